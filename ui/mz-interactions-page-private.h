/* mz-interactions-page-private.h — what the files of the Interactions
 * section share, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-follow-up-list.h"
#include "mz-interaction-list.h"
#include "mz-interactions-page.h"
#include "mz-list-export.h"
#include "mz-list-loader.h"
#include "mz-paged-model.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_INTERACTIONS_PERIOD_ALL,
  MZ_INTERACTIONS_PERIOD_THIS_YEAR,
  MZ_INTERACTIONS_PERIOD_LAST_90_DAYS,
  MZ_INTERACTIONS_PERIOD_UPCOMING,
} MzInteractionsPeriod;

struct _MzInteractionsPage
{
  MzSectionPage        parent_instance;

  GPtrArray           *unit_ids;        /* of the unit filter, after "all" */
  MzListLoader        *loader;          /* NULL without a store */
  MzPagedModel        *model;           /* the loader's */
  gboolean             filtered;
  GtkWindow           *editor;
  GtkWidget           *export_button;

  /* The follow-ups are read when their tab first shows; until then the
   * badge is a count read in a worker. */
  gboolean             follow_ups_shown;
  guint                n_overdue;
  GCancellable        *count_cancellable;

  /* Template widgets */
  GtkDropDown         *kind_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *period_filter;
  GtkInscription      *count_label;
  GtkSpinner          *spinner;
  AdwViewStack        *view_stack;
  GtkStack            *stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *view;
  AdwViewStackPage    *follow_ups_page;
  MzFollowUpList      *follow_up_list;
};

static inline MzStore *
_mz_interactions_page_get_store (MzInteractionsPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

static inline const char *
_mz_interactions_page_get_search_text (MzInteractionsPage *self)
{
  return mz_section_page_get_search_text (MZ_SECTION_PAGE (self));
}

/* mz-interactions-page.c */
void            _mz_interactions_page_update_state  (MzInteractionsPage *self);

/* mz-interactions-page-columns.c: adds the columns, newest first. */
void            _mz_interactions_page_setup_columns (MzInteractionsPage *self);

/* mz-interactions-page-load.c */
void            _mz_interactions_page_fill_filters  (MzInteractionsPage *self);
void            _mz_interactions_page_fill_unit_filter (MzInteractionsPage *self);
void            _mz_interactions_page_make_loader   (MzInteractionsPage *self);
/* Reads the list again with the filters, search and sort shown. */
void            _mz_interactions_page_reload        (MzInteractionsPage *self);
/* The query of the filters, search and sort shown, with what it points
 * to; its search is done in the thread that runs it. */
typedef struct _MzInteractionsJob MzInteractionsJob;
MzInteractionsJob *_mz_interactions_page_make_job   (MzInteractionsPage *self);
void            _mz_interactions_job_free           (gpointer            job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzInteractionsJob, _mz_interactions_job_free)
GArray         *_mz_interactions_job_rowids         (MzStore            *store,
                                                     MzInteractionsJob  *job,
                                                     GCancellable       *cancellable,
                                                     GError            **error);

/* mz-interactions-page-export.c */
void            _mz_interactions_page_setup_export  (MzInteractionsPage *self);
void            _mz_interactions_page_update_export (MzInteractionsPage *self);
/* The whole workbook's table of what the section shows (tests). */
MzListTable    *_mz_interactions_page_build_export_table (MzInteractionsPage *self);

/* For the tests */

gboolean            _mz_interactions_page_is_busy        (MzInteractionsPage *self);
MzPagedModel       *_mz_interactions_page_get_model      (MzInteractionsPage *self);
GtkColumnView      *_mz_interactions_page_get_view       (MzInteractionsPage *self);
MzFollowUpList     *_mz_interactions_page_get_follow_ups (MzInteractionsPage *self);
/* loading, empty, no-match or list */
const char         *_mz_interactions_page_get_state      (MzInteractionsPage *self);
/* The last editor opened by the page, while it is open. */
GtkWindow          *_mz_interactions_page_get_editor     (MzInteractionsPage *self);
/* The "Export to Excel…" button (an MzListExportButton). */
GtkWidget          *_mz_interactions_page_get_export_button (MzInteractionsPage *self);
/* The number on the follow-ups tab: the overdue ones. */
guint               _mz_interactions_page_get_badge      (MzInteractionsPage *self);

G_END_DECLS

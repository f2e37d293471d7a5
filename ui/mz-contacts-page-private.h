/* mz-contacts-page-private.h — what the files of the Contacts section
 * share, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact-list.h"
#include "mz-contacts-page.h"
#include "mz-list-export.h"
#include "mz-list-loader.h"
#include "mz-paged-model.h"

G_BEGIN_DECLS

struct _MzContactsPage
{
  MzSectionPage        parent_instance;

  GPtrArray           *unit_ids;         /* of the unit filter, after "any" */
  gboolean             forgetting;
  gboolean             filtered;
  guint                rows_made;
  GtkWindow           *editor;

  MzListLoader        *loader;           /* NULL without a store */
  MzPagedModel        *model;            /* the loader's */
  GtkSingleSelection  *selection;        /* the loader's */
  GtkWidget           *export_button;

  /* Template widgets */
  GtkDropDown         *language_filter;
  GtkDropDown         *type_filter;
  GtkDropDown         *unit_filter;
  GtkToggleButton     *primary_toggle;
  GtkInscription      *count_label;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *view;
};

/* The preferred languages of the language filter, in its order. */
extern const char * const _mz_contacts_page_languages[];
#define MZ_CONTACTS_PAGE_N_LANGUAGES 6

static inline MzStore *
_mz_contacts_page_get_store (MzContactsPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

static inline const char *
_mz_contacts_page_get_search_text (MzContactsPage *self)
{
  return mz_section_page_get_search_text (MZ_SECTION_PAGE (self));
}

/* mz-contacts-page.c */
void            _mz_contacts_page_update_state   (MzContactsPage *self);

/* mz-contacts-page-columns.c: adds the columns, sorted by name. */
void            _mz_contacts_page_setup_columns  (MzContactsPage *self);
/* "Given Family", possibly empty; "Title · Role", either, or NULL. */
char           *_mz_contacts_page_display_name     (MzContact *contact);
char           *_mz_contacts_page_display_position (MzContact *contact);

/* mz-contacts-page-load.c */
void            _mz_contacts_page_fill_filters   (MzContactsPage *self);
void            _mz_contacts_page_fill_unit_filter (MzContactsPage *self);
/* Makes the loader of the store's contacts. */
void            _mz_contacts_page_make_loader    (MzContactsPage *self);
/* Reads the list again with the filters, search and sort shown. */
void            _mz_contacts_page_reload         (MzContactsPage *self);
/* The query of the filters, search and sort shown, with what it points
 * to: for a worker thread (search ids are found there). */
typedef struct _MzContactsJob MzContactsJob;
MzContactsJob  *_mz_contacts_page_make_job       (MzContactsPage *self);
void            _mz_contacts_job_free            (gpointer        job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzContactsJob, _mz_contacts_job_free)
/* In a worker: the rowids the job's query shows. */
GArray         *_mz_contacts_job_rowids          (MzStore        *store,
                                                  MzContactsJob  *job,
                                                  GCancellable   *cancellable,
                                                  GError        **error);

/* mz-contacts-page-export.c */
void            _mz_contacts_page_setup_export   (MzContactsPage *self);
void            _mz_contacts_page_update_export  (MzContactsPage *self);
/* The whole workbook's table of what the section shows (tests). */
MzListTable    *_mz_contacts_page_build_export_table (MzContactsPage *self);

/* For the tests */

/* TRUE while the list or a forget runs in a thread. */
gboolean        _mz_contacts_page_is_busy        (MzContactsPage *self);
/* The list as shown (filtered and sorted: MzContact), its selection (of
 * MzRowSlot) and its view. */
GListModel     *_mz_contacts_page_get_model      (MzContactsPage *self);
GtkSelectionModel *_mz_contacts_page_get_selection (MzContactsPage *self);
GtkColumnView  *_mz_contacts_page_get_view       (MzContactsPage *self);
/* The number of contacts the table holds (filtered). */
guint           _mz_contacts_page_get_n_loaded   (MzContactsPage *self);
/* The rows, read a page at a time. */
MzPagedModel   *_mz_contacts_page_get_paged_model (MzContactsPage *self);
/* How many row widgets the table made so far. */
guint           _mz_contacts_page_get_n_rows_made (MzContactsPage *self);
/* The visible child of the page's stack: loading, empty, no-match, list. */
const char     *_mz_contacts_page_get_state      (MzContactsPage *self);
/* The last editor opened by the page, while it is open. */
GtkWindow      *_mz_contacts_page_get_editor     (MzContactsPage *self);
/* The "Export to Excel…" button (an MzListExportButton). */
GtkWidget      *_mz_contacts_page_get_export_button (MzContactsPage *self);

G_END_DECLS

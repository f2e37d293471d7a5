/* mz-partners-page-private.h — what the files of the Partners section
 * share, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-view.h"
#include "mz-partners-page.h"
#include "mz-partners-page-rows.h"
#include "mz-list-export.h"
#include "mz-slot-model.h"

G_BEGIN_DECLS

struct _MzPartnersPage
{
  MzSectionPage        parent_instance;

  GHashTable          *search_ids;        /* partner ids; NULL without a search */
  gboolean             search_truncated;

  /* Loading */
  MzStore             *reader;            /* the worker's connection, between loads */
  MzStore             *searcher;          /* the search's connection, between searches */
  guint                searcher_source;   /* closes it when the typing stopped */
  GCancellable        *cancellable;
  char                *load_error;
  char                *select_after_load;
  guint                loading : 1;
  guint                reload_pending : 1;
  guint                loaded_once : 1;
  guint                updating_filters : 1;
  guint                search_running : 1;

  /* Model chain */
  GtkSortListModel    *sort_model;
  MzPartnersPageRows  *filter_model;      /* the sorted rows, or the search's */
  MzSlotModel         *slots;             /* rows that keep their cells */
  GtkSingleSelection  *selection;
  char                *selected_id;       /* the partner selected */

  /* Codes behind the items of the dynamic filters (index 0 is "all") */
  GPtrArray           *unit_ids;
  GPtrArray           *manager_ids;
  GPtrArray           *tags;

  GPtrArray           *trail;             /* partner ids to go back to */
  GListModel          *filling;           /* rows still to add to the table */
  guint                filled;
  guint                fill_source;
  guint                research_source;   /* the rows changed under a search */
  GtkWindow           *editor;
  AdwToast            *toast;
  guint                n_cells;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *page_stack;
  GtkFlowBox          *filter_box;
  GtkDropDown         *type_filter;
  GtkDropDown         *region_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *manager_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *tag_filter;
  GtkWidget           *clear_filters_button;
  GtkSpinner          *busy_spinner;
  GtkLabel            *count_label;
  GtkWidget           *export_button;
  GtkStack            *list_stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *column_view;
  AdwStatusPage       *no_match_page;
  AdwStatusPage       *error_page;
  MzPartnerView       *partner_view;
};

static inline MzStore *
_mz_partners_page_get_store (MzPartnersPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

/* The search as typed, NULL when there is none. */
static inline const char *
_mz_partners_page_get_search_text (MzPartnersPage *self)
{
  return mz_section_page_get_search_text (MZ_SECTION_PAGE (self));
}

/* What one load reads, in the worker or, without a file, right here. */
typedef struct
{
  char       *path;
  MzStore    *reader;
  char       *type;
  char       *region;
  char       *unit_id;
  char       *manager_id;
  char       *status;
  char       *tag;
  GListModel *partners;
  GListModel *units;
  GPtrArray  *staff;
  char      **tags;
} MzPartnersPageLoad;

void                _mz_partners_page_load_free              (MzPartnersPageLoad *load);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzPartnersPageLoad, _mz_partners_page_load_free)

/* mz-partners-page-load.c */
void                _mz_partners_page_reload                 (MzPartnersPage     *self);
void                _mz_partners_page_stop_filling           (MzPartnersPage     *self);
void                _mz_partners_page_update_state           (MzPartnersPage     *self);
guint               _mz_partners_page_find_partner           (GListModel         *model,
                                                              const char         *id);

/* mz-partners-page-filters.c */
void                _mz_partners_page_setup_static_filters   (MzPartnersPage     *self);
gboolean            _mz_partners_page_filters_active         (MzPartnersPage     *self);
/* Returns TRUE if the choice of a filter was lost. */
gboolean            _mz_partners_page_update_dynamic_filters (MzPartnersPage     *self,
                                                              MzPartnersPageLoad *load);
/* A load of what the filters choose. */
MzPartnersPageLoad *_mz_partners_page_load_new               (MzPartnersPage     *self);
void                _mz_partners_page_clear_filters_action   (GtkWidget          *widget,
                                                              const char         *action_name,
                                                              GVariant           *parameter);
gboolean            _mz_partners_page_searching              (MzPartnersPage     *self);
void                _mz_partners_page_update_search          (MzPartnersPage     *self);
/* The sorted rows changed: a search shown picks its rows again. */
void                _mz_partners_page_sorted_changed         (MzPartnersPage     *self);

/* mz-partners-page-export.c */
/* Adds "Export to Excel…" beside the count. */
void                _mz_partners_page_setup_export           (MzPartnersPage     *self);
/* Lets it be clicked once the rows are all in and sorted. */
void                _mz_partners_page_update_export          (MzPartnersPage     *self);
/* The partners shown, filtered and in the table's order, with all their
 * cells filled at once as the button's worker fills them (tests). */
MzListTable        *_mz_partners_page_build_export_table     (gpointer            user_data);

/* For the tests */

GtkColumnView *_mz_partners_page_get_column_view (MzPartnersPage *self);
/* The rows shown, filtered and sorted: a GListModel of MzPartner. */
GListModel    *_mz_partners_page_get_shown       (MzPartnersPage *self);
/* All loaded rows, before the search. */
GListModel    *_mz_partners_page_get_loaded      (MzPartnersPage *self);
/* TRUE while a load or a search runs or waits. */
gboolean       _mz_partners_page_is_loading      (MzPartnersPage *self);
/* "loading", "list", "empty", "no-match" or "error"; "partner" when the
 * page of a partner is shown. */
const char    *_mz_partners_page_get_state       (MzPartnersPage *self);
/* "type", "region", "unit", "manager", "status" or "tag". */
GtkDropDown   *_mz_partners_page_get_filter      (MzPartnersPage *self,
                                                  const char     *name);
MzPartnerView *_mz_partners_page_get_view        (MzPartnersPage *self);
/* The MzListExportButton. */
GtkWidget     *_mz_partners_page_get_export_button (MzPartnersPage *self);
/* The open partner editor, or NULL. */
GtkWindow     *_mz_partners_page_get_editor      (MzPartnersPage *self);
/* The last toast shown while it is, or NULL. */
AdwToast      *_mz_partners_page_get_toast       (MzPartnersPage *self);
/* Rows the table was given so far: a search or a reload gives it none. */
guint          _mz_partners_page_get_n_slots     (MzPartnersPage *self);
/* Cell widgets the table's factories created so far. */
guint          _mz_partners_page_get_n_cells     (MzPartnersPage *self);

G_END_DECLS

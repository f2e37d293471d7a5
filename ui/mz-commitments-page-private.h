/* mz-commitments-page-private.h — what the files of the Commitments
 * section share, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mz-commitments-page.c          the widget: actions, editor, public API
 * mz-commitments-page-columns.c  the table's columns
 * mz-commitments-page-filters.c  the filters over the rows in memory
 * mz-commitments-page-load.c     loading in a worker, the page's state
 * mz-commitments-page-export.c   "Export to Excel…": the rows shown, as a workbook
 */
#pragma once

#include "mz-commitments-page.h"
#include "mz-list-export.h"

G_BEGIN_DECLS

struct _MzCommitmentsPage
{
  MzSectionPage        parent_instance;

  GCancellable        *cancellable;
  char                *load_error;
  char                *select_after_load;
  guint                n_threaded;
  guint                loading : 1;
  guint                reload_pending : 1;
  guint                loaded_once : 1;
  guint                updating_filters : 1;

  GListStore          *rows;
  GPtrArray           *filling;        /* rows still to show, a step at a time */
  guint                filled;
  guint                fill_source;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;

  /* Codes behind the items of the filters (index 0 is "all") */
  GPtrArray           *unit_ids;
  GPtrArray           *initiative_ids;
  GPtrArray           *years;
  GPtrArray           *currencies;

  GtkWindow           *editor;

  /* The filters' choices, read once per change rather than per row */
  const char          *want_stage;
  const char          *want_kind;
  const char          *want_unit;
  const char          *want_initiative;
  int                  want_year;
  const char          *want_currency;

  AdwToastOverlay     *toast_overlay;
  GtkFlowBox          *filter_box;
  GtkDropDown         *stage_filter;
  GtkDropDown         *kind_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *initiative_filter;
  GtkDropDown         *year_filter;
  GtkDropDown         *currency_filter;
  GtkWidget           *clear_filters_button;
  GtkSpinner          *busy_spinner;
  GtkLabel            *count_label;
  GtkWidget           *export_button;
  GtkStack            *list_stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *column_view;
  AdwStatusPage       *error_page;
};

static inline MzStore *
_mz_commitments_page_get_store (MzCommitmentsPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

/* The search stripped and casefolded, NULL when there is none. */
static inline const char *
_mz_commitments_page_get_search_key (MzCommitmentsPage *self)
{
  return mz_section_page_get_search_key (MZ_SECTION_PAGE (self));
}

/* What one load reads in the worker. */
typedef struct
{
  GPtrArray  *rows;          /* MzCommitmentRow */
  GListModel *units;         /* MzOrgUnit */
  GPtrArray  *initiatives;   /* MzInitiative */
} MzCommitmentsPageLoad;


/* mz-commitments-page-load.c */
void       _mz_commitments_page_load_free              (MzCommitmentsPageLoad *load);
void       _mz_commitments_page_reload                 (MzCommitmentsPage     *self);
void       _mz_commitments_page_stop_filling           (MzCommitmentsPage     *self);
void       _mz_commitments_page_update_state           (MzCommitmentsPage     *self);

/* mz-commitments-page-columns.c */
void       _mz_commitments_page_add_columns            (GtkColumnView         *view);

/* mz-commitments-page-filters.c */
void       _mz_commitments_page_setup_static_filters   (MzCommitmentsPage     *self);
gboolean   _mz_commitments_page_filters_active         (MzCommitmentsPage     *self);
gboolean   _mz_commitments_page_filter_func            (gpointer               item,
                                                        gpointer               user_data);
/* Reads the filters' choices and filters again. */
void       _mz_commitments_page_refilter               (MzCommitmentsPage     *self);
/* Units, initiatives, years and currencies of @load in the filters. */
void       _mz_commitments_page_update_dynamic_filters (MzCommitmentsPage     *self,
                                                        MzCommitmentsPageLoad *load);
/* mz-commitments-page-export.c */
/* Adds "Export to Excel…" beside the count. */
void         _mz_commitments_page_setup_export       (MzCommitmentsPage     *self);
/* Lets it be clicked once the rows are all in and sorted. */
void         _mz_commitments_page_update_export      (MzCommitmentsPage     *self);
/* The rows shown, filtered and in the table's order: the whole workbook's
 * table (tests). */
MzListTable *_mz_commitments_page_build_export_table (gpointer               user_data);

/* For the tests */

GtkColumnView *_mz_commitments_page_get_column_view (MzCommitmentsPage *self);
/* The rows shown, filtered and sorted: a GListModel of MzCommitmentRow. */
GListModel    *_mz_commitments_page_get_shown       (MzCommitmentsPage *self);
/* TRUE while a load runs or waits. */
gboolean       _mz_commitments_page_is_loading      (MzCommitmentsPage *self);
/* How many loads ran in a worker thread. */
guint          _mz_commitments_page_get_n_threaded  (MzCommitmentsPage *self);
/* "loading", "list", "empty", "no-match" or "error". */
const char    *_mz_commitments_page_get_state       (MzCommitmentsPage *self);
/* "stage", "kind", "unit", "initiative", "year" or "currency". */
GtkDropDown   *_mz_commitments_page_get_filter      (MzCommitmentsPage *self,
                                                     const char        *name);
/* The MzListExportButton. */
GtkWidget     *_mz_commitments_page_get_export_button (MzCommitmentsPage *self);
/* The open commitment editor, or NULL. */
GtkWindow     *_mz_commitments_page_get_editor      (MzCommitmentsPage *self);

G_END_DECLS

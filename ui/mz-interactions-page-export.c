/* mz-interactions-page-export.c — "Export to Excel…" in the Interactions
 * section: the interactions its filters and search let through, in the
 * table's order, as a one-sheet workbook (app/mz-list-export.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table holds rowids only (mz-paged-model.h): the click takes the
 * query of the filters shown, and the button's worker runs it again on a
 * connection of its own, reading its rows a page at a time.
 */
#define G_LOG_DOMAIN "mz-interactions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-db-list-page.h"
#include "mz-interactions-page-private.h"
#include "mz-labels.h"
#include "mz-list-export-button.h"
#include "mz-partner-format.h"

/* The line under the title: the filters chosen, the search, and how many
 * interactions they show. */
static char *
describe_shown (MzInteractionsPage *self,
                guint               n_shown)
{
  const MzListExportFilter filters[] = {
    { self->kind_filter, _("Kind") },
    { self->unit_filter, _("Unit") },
    { self->status_filter, _("Status") },
    { self->period_filter, _("Date") },
  };
  g_autoptr(GPtrArray) parts = mz_list_export_describe_filters (filters, G_N_ELEMENTS (filters),
                                                                _mz_interactions_page_get_search_text (self));

  /* Translators: in the line under the title of the exported Interactions list */
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u interaction", "%u interactions", n_shown), n_shown));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Columns of the table, in order. */
enum {
  COL_DATE, COL_KIND, COL_PARTNER, COL_UNIT, COL_STAFF, COL_SUBJECT, COL_STATUS, N_COLUMNS
};

static void
add_interaction (MzListTable   *table,
                 MzInteraction *it)
{
  const char *kind = mz_interaction_get_kind (it);
  const char *status = mz_interaction_get_status (it);

  mz_list_table_add_row (table);
  mz_list_table_set_date (table, COL_DATE, mz_interaction_get_date (it));
  mz_list_table_set_text (table, COL_KIND, kind ? mz_format_interaction_kind (kind) : NULL);
  mz_list_table_set_text (table, COL_PARTNER, mz_interaction_get_partner_name (it));
  mz_list_table_set_text (table, COL_UNIT, mz_interaction_get_unit_code (it));
  mz_list_table_set_text (table, COL_STAFF, mz_interaction_get_staff_name (it));
  mz_list_table_set_text (table, COL_SUBJECT, mz_interaction_get_subject (it));
  mz_list_table_set_text (table, COL_STATUS, status ? mz_format_interaction_status (status) : NULL);
}

/* On the main thread, at the click: the title, the line under it, the
 * columns, and the query of the filters shown; the rows are read and the
 * cells filled on the button's worker. */
static MzListTable *
snapshot_table (gpointer         user_data,
                GPtrArray      **rows,
                gpointer        *context,
                GDestroyNotify  *context_free)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (user_data);
  MzListTable *table = mz_list_table_new (_("Interactions"));
  g_autofree char *subtitle = describe_shown (self, mz_db_list_page_n_rows (self->loader));

  mz_list_table_set_subtitle (table, subtitle);
  mz_list_table_add_column (table, _("Date"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("Kind"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Partner"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Unit"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Staff"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Subject"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Status"), MZ_LIST_COLUMN_TEXT);
  g_assert (mz_list_table_get_n_columns (table) == N_COLUMNS);

  mz_db_list_page_export_context (table, _mz_interactions_page_get_store (self), _mz_interactions_page_make_job (self),
                                  _mz_interactions_job_free,
                                  (MzDbListRowidsFunc) _mz_interactions_job_rowids,
                                  mz_interaction_list_fetch, (MzDbListAddRowFunc) add_interaction,
                                  rows, context, context_free);
  return table;
}

/* The whole table at once, as the button's worker would fill it (tests). */
MzListTable *
_mz_interactions_page_build_export_table (MzInteractionsPage *self)
{
  return mz_list_export_build_now (snapshot_table, mz_db_list_page_fill_export, self);
}

/* Exported: what the table shows once it is loaded; hidden with the
 * follow-ups, which it does not export. */
void
_mz_interactions_page_update_export (MzInteractionsPage *self)
{
  gboolean busy;

  if (self->export_button == NULL)
    return;
  busy = mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (self->export_button));
  mz_list_export_button_set_ready (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                   mz_db_list_page_is_loaded (self->loader));
  gtk_widget_set_visible (self->export_button,
                          busy || g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                             "follow-ups") != 0);
}

void
_mz_interactions_page_setup_export (MzInteractionsPage *self)
{
  /* Translators: the start of the suggested file name of the exported
   * Interactions list, before a date */
  self->export_button = mz_list_export_button_new_with_fill (_("Interactions"), snapshot_table,
                                                             mz_db_list_page_fill_export, self);
  mz_list_export_button_place_after (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                     GTK_WIDGET (self->count_label),
                                     _("Save the interactions shown, as filtered, in an Excel workbook"));
  _mz_interactions_page_update_export (self);
}

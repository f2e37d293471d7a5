/* mz-partners-page-export.c — "Export to Excel…" in the Partners section:
 * the partners its filters and search let through, in the table's order,
 * as a one-sheet workbook (app/mz-list-export.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the click the main thread only takes the partners shown, in order,
 * and makes the columns; the button's worker fills the cells from those
 * partners (read by the load's worker, not changed after) and writes the
 * workbook.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-countries.h"
#include "mz-labels.h"
#include "mz-list-export-button.h"
#include "mz-partner.h"
#include "mz-partners-page-private.h"

/* The line under the title: the filters chosen, the search, and how many
 * partners they show. */
static char *
describe_shown (gpointer user_data,
                guint    n_shown)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (user_data);
  const MzListExportFilter filters[] = {
    { self->type_filter, _("Type") },
    { self->region_filter, _("Region") },
    { self->unit_filter, _("Lead unit") },
    { self->manager_filter, _("Account manager") },
    { self->status_filter, _("Status") },
    { self->tag_filter, _("Tag") },
  };
  g_autoptr(GPtrArray) parts =
    mz_list_export_describe_filters (filters, G_N_ELEMENTS (filters),
                                     _mz_partners_page_searching (self) ? _mz_partners_page_get_search_text (self) : NULL);
  g_autofree char *count = NULL;

  if (self->search_truncated)
    /* Translators: in the line under the title of the exported Partners
     * list, when the search found more names than it shows */
    count = g_strdup_printf (ngettext ("the first %u match", "the first %u matches", n_shown), n_shown);
  else
    /* Translators: in the line under the title of the exported Partners list */
    count = g_strdup_printf (ngettext ("%u partner", "%u partners", n_shown), n_shown);

  if (parts->len == 0)
    return g_steal_pointer (&count);
  g_ptr_array_add (parts, g_steal_pointer (&count));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

enum {
  COL_NAME,
  COL_LOCAL_NAME,
  COL_TYPE,
  COL_COUNTRY,
  COL_REGION,
  COL_STATUS,
  COL_UNIT,
  COL_MANAGER,
  COL_TAGS,
};

/* On the main thread, at the click: the title, the line under it, the
 * columns, and the partners shown (MzPartner: the list's objects are not
 * changed once loaded; the editor works on a copy) in the table's order.
 * The cells are filled by fill_table() on the button's worker. */
static MzListTable *
snapshot_table (gpointer         user_data,
                GPtrArray      **rows,
                gpointer        *context,
                GDestroyNotify  *context_free)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (user_data);
  /* The table sorts 20,000 rows in steps: the workbook takes the order
   * it will show, not one half sorted. */
  MzListTable *table = mz_list_export_snapshot_shown (_("Partners"), G_LIST_MODEL (self->filter_model),
                                                      self->sort_model, _mz_partners_page_get_store (self),
                                                      describe_shown, self, rows);

  mz_list_table_add_column (table, _("Name"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Local name"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Type"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Country"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Region"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Status"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Lead unit"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Account manager"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Tags"), MZ_LIST_COLUMN_TEXT);
  return table;
}

/* On the worker: the labels are static tables and gettext, the country
 * names a table made once (mz_countries_get_name() is thread-safe). */
static void
fill_table (MzListTable *table,
            GPtrArray   *rows,
            gpointer     context)
{
  for (guint i = 0; i < rows->len; i++)
    {
      MzPartner *partner = g_ptr_array_index (rows, i);
      const char *code = mz_partner_get_country (partner);
      const char *country_name = code != NULL ? mz_countries_get_name (code) : NULL;
      const char * const *partner_tags = mz_partner_get_tags (partner);

      mz_list_table_add_row (table);
      mz_list_table_set_text (table, COL_NAME, mz_partner_get_name (partner));
      mz_list_table_set_text (table, COL_LOCAL_NAME, mz_partner_get_local_name (partner));
      mz_list_table_set_text (table, COL_TYPE, mz_labels_partner_type (mz_partner_get_partner_type (partner)));
      mz_list_table_set_text (table, COL_COUNTRY, country_name != NULL ? country_name : code);
      mz_list_table_set_text (table, COL_REGION, mz_labels_region_name (mz_partner_get_region (partner)));
      mz_list_table_set_text (table, COL_STATUS, mz_labels_partner_status (mz_partner_get_status (partner)));
      mz_list_table_set_text (table, COL_UNIT, mz_partner_get_lead_unit_code (partner));
      mz_list_table_set_text (table, COL_MANAGER, mz_partner_get_account_manager_name (partner));
      if (partner_tags != NULL && partner_tags[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", (char **) partner_tags);

          mz_list_table_set_text (table, COL_TAGS, joined);
        }
    }
}

/* The whole table at once, as the button's worker would fill it (tests). */
MzListTable *
_mz_partners_page_build_export_table (gpointer user_data)
{
  return mz_list_export_build_now (snapshot_table, fill_table, user_data);
}

/* Exported: the rows shown once they are all in the table and sorted,
 * whatever the filters leave (an empty list included), and not while
 * they are read again. A workbook being
 * written keeps its Cancel button. */
void
_mz_partners_page_update_export (MzPartnersPage *self)
{
  if (self->export_button == NULL || self->sort_model == NULL)
    return;
  mz_list_export_button_set_ready (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                   self->loaded_once && !self->loading && self->load_error == NULL &&
                                   self->filling == NULL &&
                                   gtk_sort_list_model_get_pending (self->sort_model) == 0);
}

void
_mz_partners_page_setup_export (MzPartnersPage *self)
{
  /* Translators: the start of the suggested file name of the exported
   * Partners list, before a date */
  self->export_button = mz_list_export_button_new_with_fill (_("Partners"), snapshot_table, fill_table,
                                                             self);
  mz_list_export_button_place_after (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                     GTK_WIDGET (self->count_label), NULL);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (_mz_partners_page_update_export), self, G_CONNECT_SWAPPED);
}

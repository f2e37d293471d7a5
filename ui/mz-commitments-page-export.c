/* mz-commitments-page-export.c — "Export to Excel…" in the Commitments
 * section: the rows its filters and search let through, in the table's
 * order, as a one-sheet workbook (app/mz-list-export.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the click the main thread only takes the rows shown, in order (their
 * data are plain values read by the load's worker, never changed after),
 * and makes the columns; the button's worker fills the cells from them
 * and writes the workbook.
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitments-page-private.h"
#include "mz-list-export-button.h"

/* The line under the title: the filters chosen, the search, and how many
 * of the commitments loaded they show. */
static char *
describe_shown (gpointer user_data,
                guint    n_shown)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (user_data);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  const MzListExportFilter filters[] = {
    { self->stage_filter, _("Stage") },
    { self->kind_filter, _("Kind") },
    { self->unit_filter, _("Unit") },
    { self->initiative_filter, _("Initiative") },
    { self->year_filter, _("Year") },
    { self->currency_filter, _("Currency") },
  };
  const char *search = _mz_commitments_page_get_search_key (self) != NULL
                       ? mz_section_page_get_search_text (MZ_SECTION_PAGE (self)) : NULL;
  g_autoptr(GPtrArray) parts = mz_list_export_describe_filters (filters, G_N_ELEMENTS (filters), search);
  g_autofree char *joined = NULL;

  if (parts->len == 0)
    /* Translators: the line under the title of the exported Commitments list */
    return g_strdup_printf (ngettext ("All %u commitment", "All %u commitments", total), total);

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (" · ", (char **) parts->pdata);
  /* Translators: the line under the title of the exported Commitments
   * list: the filters chosen (“Stage: Signed · Year: 2025”), then how many
   * of all the commitments they show */
  return g_strdup_printf (ngettext ("%s · %u of %u commitment", "%s · %u of %u commitments", total),
                          joined, n_shown, total);
}

/* The label of @code among @codes, from @labels made once per export:
 * 50,000 rows would otherwise ask gettext 100,000 times (some 40 ms). */
static const char *
cached_label (const char * const  *codes,
              const char         **labels,
              const char          *code,
              const char *       (*label_of) (const char *code))
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      {
        if (labels[i] == NULL)
          labels[i] = label_of (code);
        return labels[i];
      }
  return label_of (code);
}

enum {
  COL_DONOR,
  COL_TITLE,
  COL_KIND,
  COL_STAGE,
  COL_SIGNED_AMOUNT,
  COL_CURRENCY,
  COL_SIGNED_ON,
  COL_START,
  COL_END,
  COL_SIGNED_CHF,
  COL_RECEIVED_CHF,
  COL_UNITS,
};

/* On the main thread, at the click: the title, the line under it, the
 * columns, and the rows shown (MzCommitmentRow, not changed once made) in
 * the table's order. The cells are filled by fill_table() on the
 * button's worker. */
static MzListTable *
snapshot_table (gpointer         user_data,
                GPtrArray      **rows,
                gpointer        *context,
                GDestroyNotify  *context_free)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (user_data);
  /* The table sorts 50,000 rows in steps: the workbook takes the order
   * it will show, not one half sorted (the button waits for the sort;
   * mz_list_export_button_export_to() may not). */
  MzListTable *table = mz_list_export_snapshot_shown (_("Commitments"), G_LIST_MODEL (self->sort_model),
                                                      self->sort_model, _mz_commitments_page_get_store (self),
                                                      describe_shown, self, rows);

  mz_list_table_add_column (table, _("Donor"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Title"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Kind"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Stage"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Signed amount"), MZ_LIST_COLUMN_MONEY);
  mz_list_table_add_column (table, _("Currency"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Signed on"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("Start"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("End"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("Signed (CHF)"), MZ_LIST_COLUMN_CHF);
  mz_list_table_add_column (table, _("Received (CHF)"), MZ_LIST_COLUMN_CHF);
  mz_list_table_add_column (table, _("Units"), MZ_LIST_COLUMN_TEXT);
  return table;
}

/* On the worker: the values behind the columns, amounts in minor units,
 * real dates. */
static void
fill_table (MzListTable *table,
            GPtrArray   *rows,
            gpointer     context)
{
  const char * const *kind_codes = mz_commitment_kinds ();
  const char * const *stage_codes = mz_commitment_stages ();
  g_autofree const char **kind_labels = g_new0 (const char *, g_strv_length ((char **) kind_codes));
  g_autofree const char **stage_labels = g_new0 (const char *, g_strv_length ((char **) stage_codes));

  for (guint i = 0; i < rows->len; i++)
    {
      MzCommitmentRow *row = g_ptr_array_index (rows, i);
      const MzCommitmentListRow *data = mz_commitment_row_get_data (row);
      gint64 chf = mz_commitment_row_get_signed_chf (row);

      mz_list_table_add_row (table);
      mz_list_table_set_text (table, COL_DONOR, data->donor_name);
      mz_list_table_set_text (table, COL_TITLE, data->title);
      mz_list_table_set_text (table, COL_KIND, cached_label (kind_codes, kind_labels, data->kind,
                                                             mz_commitment_kind_label));
      mz_list_table_set_text (table, COL_STAGE, cached_label (stage_codes, stage_labels, data->stage,
                                                              mz_commitment_stage_label));
      if (data->signed_amount != G_MININT64)
        mz_list_table_set_money (table, COL_SIGNED_AMOUNT, data->signed_amount, data->currency);
      mz_list_table_set_text (table, COL_CURRENCY, data->currency);
      mz_list_table_set_date (table, COL_SIGNED_ON, data->signed_date);
      mz_list_table_set_date (table, COL_START, data->start_date);
      mz_list_table_set_date (table, COL_END, data->end_date);
      /* Signed but without a rate for its month: left empty, as the
       * table's “No rate”, never counted at 1.0. */
      if (chf != MZ_COMMITMENT_ROW_NONE)
        mz_list_table_set_money (table, COL_SIGNED_CHF, chf, "CHF");
      mz_list_table_set_money (table, COL_RECEIVED_CHF, data->received_chf, "CHF");
      mz_list_table_set_text (table, COL_UNITS, data->unit_codes);
    }
}

/* The whole table at once, as the button's worker would fill it (tests). */
MzListTable *
_mz_commitments_page_build_export_table (gpointer user_data)
{
  return mz_list_export_build_now (snapshot_table, fill_table, user_data);
}

/* Exported: the rows once all are in the table and sorted, whatever the
 * filters leave (an empty list included), and not while they are read
 * again: the click never waits for the
 * sort (a first sort by title of 50,000 rows takes some 300 ms). A
 * workbook being written keeps its Cancel button. */
void
_mz_commitments_page_update_export (MzCommitmentsPage *self)
{
  if (self->export_button == NULL || self->sort_model == NULL)
    return;
  mz_list_export_button_set_ready (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                   self->loaded_once && !self->loading && self->load_error == NULL &&
                                   self->filling == NULL &&
                                   gtk_sort_list_model_get_pending (self->sort_model) == 0);
}

void
_mz_commitments_page_setup_export (MzCommitmentsPage *self)
{
  /* Translators: the start of the suggested file name of the exported
   * Commitments list, before a date */
  self->export_button = mz_list_export_button_new_with_fill (_("Commitments"), snapshot_table,
                                                             fill_table, self);
  mz_list_export_button_place_after (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                     GTK_WIDGET (self->count_label), NULL);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (_mz_commitments_page_update_export), self, G_CONNECT_SWAPPED);
}

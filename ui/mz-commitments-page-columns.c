/* mz-commitments-page-columns.c — the columns of the Commitments table:
 * their texts, widths, sorting and tooltips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-commitments-page-private.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-money-entry.h"

typedef enum
{
  COLUMN_DONOR,
  COLUMN_TITLE,
  COLUMN_KIND,
  COLUMN_STAGE,
  COLUMN_SIGNED,
  COLUMN_SIGNED_CHF,
  COLUMN_RECEIVED_CHF,
  COLUMN_PERIOD,
  COLUMN_UNITS,
} ColumnId;

typedef struct
{
  ColumnId    id;
  const char *title;   /* N_() */
  int         min_chars;
  int         nat_chars;
  gboolean    expand;
  gboolean    numeric;
} Column;

/* Widths in characters of the UI font, chosen so that a 1280×800 window
 * shows every column readably in English, Chinese and Arabic: figures and
 * the period hardly shrink; names, titles and
 * kinds give way first, down to a still readable minimum, and take the
 * room that is left (a tooltip has the whole text). */
static const Column columns[] = {
  { COLUMN_DONOR, N_("Donor"), 12, 28, TRUE, FALSE },
  { COLUMN_TITLE, N_("Title"), 14, 40, TRUE, FALSE },
  { COLUMN_KIND, N_("Kind"), 12, 22, FALSE, FALSE },
  { COLUMN_STAGE, N_("Stage"), 9, 11, FALSE, FALSE },
  { COLUMN_SIGNED, N_("Signed"), 14, 15, FALSE, TRUE },
  { COLUMN_SIGNED_CHF, N_("Signed (CHF)"), 10, 11, FALSE, TRUE },
  { COLUMN_RECEIVED_CHF, N_("Received (CHF)"), 10, 11, FALSE, TRUE },
  { COLUMN_PERIOD, N_("Period"), 15, 15, FALSE, FALSE },
  { COLUMN_UNITS, N_("Units"), 6, 10, FALSE, FALSE },
};

static char *
cell_text (const Column    *column,
           MzCommitmentRow *item)
{
  const MzCommitmentListRow *row = mz_commitment_row_get_data (item);
  gint64 chf;

  switch (column->id)
    {
    case COLUMN_DONOR:
      return g_strdup (row->donor_name);
    case COLUMN_TITLE:
      return g_strdup (row->title);
    case COLUMN_KIND:
      return g_strdup (mz_commitment_kind_label (row->kind));
    case COLUMN_STAGE:
      return g_strdup (mz_commitment_stage_label (row->stage));
    case COLUMN_SIGNED:
      {
        g_autofree char *amount = NULL;

        if (row->signed_amount == G_MININT64)
          return g_strdup (row->currency);
        amount = mz_money_entry_format (row->signed_amount, row->currency);
        /* The currency beside its amount (a column of its own did not
         * leave the titles room at 1280 px); isolated left to right so
         * that Arabic keeps the order. */
        return g_strdup_printf ("\u2066%s %s\u2069", amount, row->currency);
      }
    case COLUMN_SIGNED_CHF:
      chf = mz_commitment_row_get_signed_chf (item);
      if (chf == MZ_COMMITMENT_ROW_NONE)
        /* Translators: in the Signed (CHF) column, when the currency has no rate for the month */
        return mz_commitment_row_lacks_rate (item) ? g_strdup (_("No rate")) : NULL;
      return mz_money_entry_format (chf, "CHF");
    case COLUMN_RECEIVED_CHF:
      return row->received_chf == 0 ? NULL : mz_money_entry_format (row->received_chf, "CHF");
    case COLUMN_PERIOD:
      if (row->start_date == NULL && row->end_date == NULL)
        return NULL;
      /* Isolated left to right, as in the other sections, so that Arabic
       * keeps the order of the months. */
      return g_strdup_printf ("\u2066%.7s – %.7s\u2069", row->start_date ? row->start_date : "…",
                              row->end_date ? row->end_date : "…");
    case COLUMN_UNITS:
      return g_strdup (row->unit_codes);
    default:
      return NULL;
    }
}

static int
compare_strings (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_numbers (gint64 a,
                 gint64 b)
{
  /* Empty values last. */
  if (a == G_MININT64 || b == G_MININT64)
    return (a == G_MININT64) - (b == G_MININT64);
  return a < b ? -1 : a > b;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const Column *column = user_data;
  MzCommitmentRow *ra = MZ_COMMITMENT_ROW ((gpointer) a);
  MzCommitmentRow *rb = MZ_COMMITMENT_ROW ((gpointer) b);
  const MzCommitmentListRow *da = mz_commitment_row_get_data (ra);
  const MzCommitmentListRow *db = mz_commitment_row_get_data (rb);
  int result;

  switch (column->id)
    {
    case COLUMN_DONOR:
      result = strcmp (mz_commitment_row_get_donor_key (ra), mz_commitment_row_get_donor_key (rb));
      break;
    case COLUMN_TITLE:
      result = strcmp (mz_commitment_row_get_title_key (ra), mz_commitment_row_get_title_key (rb));
      break;
    case COLUMN_KIND:
      result = compare_strings (mz_commitment_kind_label (da->kind), mz_commitment_kind_label (db->kind));
      break;
    case COLUMN_STAGE:
      result = compare_strings (da->stage, db->stage);
      break;
    case COLUMN_SIGNED:
      /* by currency, then amount: amounts in different currencies do not compare */
      result = strcmp (da->currency, db->currency);
      if (result == 0)
        result = compare_numbers (da->signed_amount, db->signed_amount);
      break;
    case COLUMN_SIGNED_CHF:
      result = compare_numbers (mz_commitment_row_get_signed_chf (ra), mz_commitment_row_get_signed_chf (rb));
      break;
    case COLUMN_RECEIVED_CHF:
      result = compare_numbers (da->received_chf, db->received_chf);
      break;
    case COLUMN_PERIOD:
      result = compare_strings (da->start_date, db->start_date);
      break;
    case COLUMN_UNITS:
      result = compare_strings (da->unit_codes, db->unit_codes);
      break;
    default:
      result = 0;
    }

  return gtk_ordering_from_cmpfunc (result);
}

/* The whole text of a cell that may be cut short, computed when asked
 * (setting tooltips per row makes cells much dearer). */
static gboolean
on_query_tooltip_cb (GtkWidget  *cell,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const Column *column = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), "mz-list-item");
  MzCommitmentRow *row = item ? gtk_list_item_get_item (item) : NULL;
  g_autofree char *text = row ? cell_text (column, row) : NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const Column *column = user_data;
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column->nat_chars);
  /* Names, titles and kinds give way first; figures stay readable. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), column->min_chars);
  gtk_widget_set_hexpand (cell, TRUE);
  if (column->min_chars < column->nat_chars && !column->numeric)
    {
      g_object_set_data (G_OBJECT (cell), "mz-list-item", item);
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), user_data);
    }
  if (column->numeric)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
      gtk_widget_add_css_class (cell, "numeric");
    }
  gtk_list_item_set_child (item, cell);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const Column *column = user_data;
  MzCommitmentRow *row = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (column, row);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (column->id == COLUMN_SIGNED_CHF && mz_commitment_row_lacks_rate (row))
    gtk_widget_add_css_class (cell, "warning");
  else
    gtk_widget_remove_css_class (cell, "warning");
}

void
_mz_commitments_page_add_columns (GtkColumnView *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, (gpointer) &columns[i], NULL));
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }
}

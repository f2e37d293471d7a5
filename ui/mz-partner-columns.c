/* mz-partner-columns.c — the columns of the partner table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table's items are MzRowSlots (mz-slot-model.h): a row keeps its
 * cells while the partner in it changes, and a cell shows the new one
 * when told. Cheap cells all the same, because GTK 4.8 makes a row of
 * cells for each item it has not seen (about 200 on the first load):
 * one MzPartnersPageCell per cell (a line of text laid out only when
 * drawn, keeping no layout), no tooltip text set per item (that
 * alone made cells six times dearer), tooltips computed when asked.
 *
 * The sorters compare what the cells show (translated names) through
 * collation keys made once per value: a GtkStringSorter re-made them for
 * each sort and took most of a second for 20,000 partners. The keys of the
 * names are made by whoever loads the partners (a worker thread), with
 * mz_partner_columns_prepare().
 */
#define G_LOG_DOMAIN "mz-partner-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-countries.h"
#include "mz-labels.h"
#include "mz-partner-columns.h"
#include "mz-partner.h"
#include "mz-partners-page-cell.h"
#include "mz-row-slot.h"

typedef struct
{
  const char  *title;      /* N_() */
  const char *(*text) (MzPartner *partner);
  int          nat_chars;
  gboolean     expand;
  GQuark       key_quark;
} Column;

/* Cell texts and sort values; borrowed strings, NULL when empty. */

static const char *
name_text (MzPartner *partner)
{
  return mz_partner_get_name (partner);
}

static const char *
type_text (MzPartner *partner)
{
  return mz_labels_partner_type (mz_partner_get_partner_type (partner));
}

static const char *
country_text (MzPartner *partner)
{
  const char *code = mz_partner_get_country (partner);
  const char *name = code ? mz_countries_get_name (code) : NULL;

  return name ? name : code;
}

static const char *
region_text (MzPartner *partner)
{
  return mz_labels_region_name (mz_partner_get_region (partner));
}

static const char *
status_text (MzPartner *partner)
{
  return mz_labels_partner_status (mz_partner_get_status (partner));
}

static const char *
unit_text (MzPartner *partner)
{
  return mz_partner_get_lead_unit_code (partner);
}

static const char *
manager_text (MzPartner *partner)
{
  return mz_partner_get_account_manager_name (partner);
}

static Column columns[] = {
  { N_("Name"), name_text, 34, TRUE, 0 },
  { N_("Type"), type_text, 20, FALSE, 0 },
  { N_("Country"), country_text, 15, FALSE, 0 },
  { N_("Region"), region_text, 15, FALSE, 0 },
  { N_("Status"), status_text, 8, FALSE, 0 },
  { N_("Lead Unit"), unit_text, 8, FALSE, 0 },
  { N_("Account Manager"), manager_text, 14, FALSE, 0 },
};

#define NAME_KEY "mz-name-key"

static char *
make_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_collate_key (folded, -1);
}

/* The collation key of a shared value (a type's label, a country's name),
 * made once; main thread only, like the sorters. */
static const char *
shared_key (const char *text)
{
  static GHashTable *keys;
  const char *key;

  if (keys == NULL)
    keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  key = g_hash_table_lookup (keys, text);
  if (key == NULL)
    {
      char *made = make_key (text);

      g_hash_table_insert (keys, g_strdup (text), made);
      key = made;
    }

  return key;
}

static const char *
sort_key (const Column *column,
          MzPartner    *partner)
{
  const char *key = g_object_get_qdata (G_OBJECT (partner), column->key_quark);
  const char *text;

  if (key != NULL)
    return key;

  text = column->text (partner);
  if (text == NULL || *text == '\0')
    return NULL;

  if (column->text == name_text)
    {
      char *made = make_key (text);

      g_object_set_qdata_full (G_OBJECT (partner), column->key_quark, made, g_free);
      return made;
    }

  /* Shared keys live as long as the process: no destroy function. */
  key = shared_key (text);
  g_object_set_qdata (G_OBJECT (partner), column->key_quark, (gpointer) key);
  return key;
}

/* Empty values sort last either way round; equal ones keep the order of
 * the list (by name), as GTK's sort is stable. */
static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const Column *column = user_data;
  const char *key_a = sort_key (column, MZ_PARTNER ((gpointer) a));
  const char *key_b = sort_key (column, MZ_PARTNER ((gpointer) b));

  if (key_a == NULL || key_b == NULL)
    return (key_a == NULL) - (key_b == NULL);

  return gtk_ordering_from_cmpfunc (strcmp (key_a, key_b));
}

/* Callbacks */

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
  MzPartner *partner = item ? mz_row_slot_unwrap (gtk_list_item_get_item (item)) : NULL;
  g_autofree char *text = NULL;

  if (partner == NULL)
    return FALSE;

  if (column->text == name_text && mz_partner_get_local_name (partner) != NULL)
    text = g_strdup_printf ("%s\n%s", mz_partner_get_name (partner), mz_partner_get_local_name (partner));
  else if (column->text == unit_text && unit_text (partner) != NULL)
    text = g_strdup (mz_labels_unit_name (unit_text (partner)));
  else
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             guint                    *n_cells)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "mz-column");
  GtkWidget *cell = mz_partners_page_cell_new (MIN (column->nat_chars, 6), column->nat_chars);

  gtk_widget_set_hexpand (cell, TRUE);
  if (column->text == name_text || column->text == unit_text)
    {
      g_object_set_data (G_OBJECT (cell), "mz-list-item", item);
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), (gpointer) column);
    }
  g_object_set_data (G_OBJECT (cell), "mz-column", (gpointer) column);
  gtk_list_item_set_child (item, cell);
  (*n_cells)++;
}

static void
show_partner (const Column       *column,
              MzPartnersPageCell *cell,
              MzPartner          *partner)
{
  const char *text = partner ? column->text (partner) : NULL;
  const char *local = partner ? mz_partner_get_local_name (partner) : NULL;

  if (column->text == name_text && local != NULL)
    {
      /* The local-script name beside the name, dimmed. */
      g_autofree char *markup = g_markup_printf_escaped ("%s  <span alpha=\"60%%\">%s</span>", text, local);

      mz_partners_page_cell_set_text (cell, markup, TRUE);
    }
  else
    {
      mz_partners_page_cell_set_text (cell, text, FALSE);
    }
}

/* The row (an MzRowSlot) shows another partner. */
static void
on_slot_item_cb (MzRowSlot   *slot,
                 GParamSpec  *pspec,
                 GtkListItem *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  show_partner (g_object_get_data (G_OBJECT (cell), "mz-column"), MZ_PARTNERS_PAGE_CELL (cell),
                mz_row_slot_get_item (slot));
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "mz-column");
  MzPartnersPageCell *cell = MZ_PARTNERS_PAGE_CELL (gtk_list_item_get_child (item));
  gpointer object = gtk_list_item_get_item (item);

  if (MZ_IS_ROW_SLOT (object))
    g_signal_connect_object (object, "notify::item", G_CALLBACK (on_slot_item_cb), item, 0);
  show_partner (column, cell, mz_row_slot_unwrap (object));
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gpointer object = gtk_list_item_get_item (item);

  if (MZ_IS_ROW_SLOT (object))
    g_signal_handlers_disconnect_by_func (object, on_slot_item_cb, item);
}

/* Public API */

void
mz_partner_columns_prepare (MzPartner *partner)
{
  const char *name;

  g_return_if_fail (MZ_IS_PARTNER (partner));

  name = mz_partner_get_name (partner);
  if (name != NULL && *name != '\0')
    g_object_set_qdata_full (G_OBJECT (partner), g_quark_from_static_string (NAME_KEY),
                             make_key (name), g_free);
}

void
mz_partner_columns_add (GtkColumnView *view,
                        guint         *n_cells)
{
  GtkColumnViewColumn *name_column = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (n_cells != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *quark = g_strdup_printf ("mz-sort-key-%u", i);
      GtkSorter *sorter;
      GtkColumnViewColumn *column;

      columns[i].key_quark = columns[i].text == name_text ? g_quark_from_static_string (NAME_KEY)
                                                          : g_quark_from_string (quark);

      g_object_set_data (G_OBJECT (factory), "mz-column", &columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), n_cells);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), NULL);

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, &columns[i], NULL));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (view, column);
      g_object_unref (sorter);

      if (i == 0)
        name_column = column;
      g_object_unref (column);
    }

  gtk_column_view_sort_by_column (view, name_column, GTK_SORT_ASCENDING);
}

/* mz-partner-columns.c — the columns of the partner table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GtkInscription per cell: it measures and draws a single line
 * cheaply, which is what a table of thousands of rows wants. The sorters
 * compare what the cells show (translated names), not the stored codes.
 */
#define G_LOG_DOMAIN "mz-partner-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-countries.h"
#include "mz-labels.h"
#include "mz-partner-columns.h"
#include "mz-partner.h"

typedef struct
{
  const char *title;      /* N_() */
  char     *(*text) (MzPartner *partner);
  int         nat_chars;
  gboolean    expand;
} Column;

/* Cell texts, also the sort keys; each returns a new string or NULL. */

static char *
name_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_partner_get_name (partner)) : NULL;
}

static char *
type_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_labels_partner_type (mz_partner_get_partner_type (partner))) : NULL;
}

static char *
country_text (MzPartner *partner)
{
  const char *code = partner ? mz_partner_get_country (partner) : NULL;
  const char *name = code ? mz_countries_get_name (code) : NULL;

  return g_strdup (name ? name : code);
}

static char *
region_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_labels_region_name (mz_partner_get_region (partner))) : NULL;
}

static char *
status_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_labels_partner_status (mz_partner_get_status (partner))) : NULL;
}

static char *
unit_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_partner_get_lead_unit_code (partner)) : NULL;
}

static char *
manager_text (MzPartner *partner)
{
  return partner ? g_strdup (mz_partner_get_account_manager_name (partner)) : NULL;
}

static const Column columns[] = {
  { N_("Name"), name_text, 34, TRUE },
  { N_("Type"), type_text, 20, FALSE },
  { N_("Country"), country_text, 15, FALSE },
  { N_("Region"), region_text, 15, FALSE },
  { N_("Status"), status_text, 8, FALSE },
  { N_("Lead Unit"), unit_text, 8, FALSE },
  { N_("Account Manager"), manager_text, 14, FALSE },
};

/* Callbacks */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             guint                    *n_cells)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "mz-column");
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column->nat_chars);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), MIN (column->nat_chars, 6));
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_list_item_set_child (item, cell);
  (*n_cells)++;
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "mz-column");
  GtkInscription *cell = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  MzPartner *partner = gtk_list_item_get_item (item);
  g_autofree char *text = column->text (partner);

  if (column->text == name_text && mz_partner_get_local_name (partner) != NULL)
    {
      /* The local-script name beside the name, dimmed; the tooltip shows
       * both in full. */
      g_autofree char *markup = g_markup_printf_escaped ("%s  <span alpha=\"60%%\">%s</span>",
                                                         text, mz_partner_get_local_name (partner));
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", text, mz_partner_get_local_name (partner));

      gtk_inscription_set_markup (cell, markup);
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell), tooltip);
    }
  else if (column->text == unit_text && text != NULL)
    {
      gtk_inscription_set_text (cell, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell), mz_labels_unit_name (text));
    }
  else
    {
      gtk_inscription_set_text (cell, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell), NULL);
    }
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkInscription *cell = GTK_INSCRIPTION (gtk_list_item_get_child (item));

  gtk_inscription_set_text (cell, NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (cell), NULL);
}

/* Public API */

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
      GtkExpression *expression;
      GtkSorter *sorter;
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "mz-column", (gpointer) &columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), n_cells);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), NULL);

      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (columns[i].text), NULL, NULL);
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));

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

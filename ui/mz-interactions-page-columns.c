/* mz-interactions-page-columns.c — the cells of the Interactions table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text cell is a GtkInscription with a fixed number of characters:
 * its size does not depend on its text, so a search that puts other
 * interactions in the rows has GTK measure nothing again.
 */
#define G_LOG_DOMAIN "mz-interactions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-db-list-page.h"
#include "mz-interactions-page-private.h"
#include "mz-labels.h"
#include "mz-partner-format.h"
#include "mz-slot-model.h"

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  MzInteractionSort id = mz_db_list_page_column_id (factory);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (cell, TRUE);

  switch (id)
    {
    case MZ_INTERACTION_SORT_KIND:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

        /* "E-mail" is "بريد إلكتروني" in Arabic. */
        gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 6);
        gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 13);
        gtk_box_append (GTK_BOX (box), gtk_image_new ());
        gtk_box_append (GTK_BOX (box), cell);
        gtk_list_item_set_child (item, box);
        return;
      }
    case MZ_INTERACTION_SORT_STATUS:
      {
        GtkWidget *label = gtk_label_new (NULL);

        gtk_widget_set_halign (label, GTK_ALIGN_START);
        gtk_widget_add_css_class (label, "status-pill");
        gtk_list_item_set_child (item, label);
        g_object_ref_sink (cell);
        g_object_unref (cell);
        return;
      }
    case MZ_INTERACTION_SORT_DATE:
      /* "15 Dec 2026", but "2026年12月15日" of wide characters and
       * "15 December 2026" in Arabic. */
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 11);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 16);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case MZ_INTERACTION_SORT_UNIT:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 4);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 8);
      break;
    case MZ_INTERACTION_SORT_SUBJECT:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 12);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 40);
      break;
    case MZ_INTERACTION_SORT_PARTNER:
    case MZ_INTERACTION_SORT_STAFF:
    default:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 8);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 22);
      break;
    }
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  MzInteractionSort id = mz_db_list_page_column_id (factory);
  MzInteraction *it = mz_slot_model_bind (GTK_LIST_ITEM_FACTORY (factory), item,
                                          (MzSlotRebind) bind_cell_cb, user_data);
  GtkWidget *cell = gtk_list_item_get_child (item);

  /* Far from what the view shows: later. */
  if (mz_db_list_page_defer_cell (factory, item))
    return;

  /* A row on its way out of the table shows nothing. */
  gtk_widget_set_visible (cell, it != NULL);
  if (it == NULL)
    return;

  switch (id)
    {
    case MZ_INTERACTION_SORT_DATE:
      {
        g_autofree char *date = mz_format_date (mz_interaction_get_date (it));

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), date);
        return;
      }
    case MZ_INTERACTION_SORT_KIND:
      {
        GtkWidget *icon = gtk_widget_get_first_child (cell);
        GtkWidget *label = gtk_widget_get_next_sibling (icon);
        const char *kind = mz_interaction_get_kind (it);

        gtk_image_set_from_icon_name (GTK_IMAGE (icon), kind ? mz_format_interaction_icon (kind) : NULL);
        gtk_inscription_set_text (GTK_INSCRIPTION (label), kind ? mz_format_interaction_kind (kind) : NULL);
        return;
      }
    case MZ_INTERACTION_SORT_PARTNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_partner_name (it));
      return;
    case MZ_INTERACTION_SORT_UNIT:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_unit_code (it));
      gtk_widget_set_tooltip_text (cell, mz_labels_unit_name (mz_interaction_get_unit_code (it)));
      return;
    case MZ_INTERACTION_SORT_STAFF:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_staff_name (it));
      return;
    case MZ_INTERACTION_SORT_SUBJECT:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_subject (it));
      return;
    case MZ_INTERACTION_SORT_STATUS:
    default:
      {
        static const char * const statuses[] = { "planned", "done", "cancelled" };
        const char *status = mz_interaction_get_status (it);

        gtk_label_set_label (GTK_LABEL (cell), status ? mz_format_interaction_status (status) : "");
        for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
          {
            if (g_strcmp0 (status, statuses[i]) == 0)
              gtk_widget_add_css_class (cell, statuses[i]);
            else
              gtk_widget_remove_css_class (cell, statuses[i]);
          }
        return;
      }
    }
}

static GtkColumnViewColumn *
add_column (MzInteractionsPage *self,
            MzInteractionSort   id,
            const char         *title,
            gboolean            expand)
{
  return mz_db_list_page_add_column (self->view, id, title, expand,
                                     G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb), self);
}

void
_mz_interactions_page_setup_columns (MzInteractionsPage *self)
{
  GtkColumnViewColumn *date;

  date = add_column (self, MZ_INTERACTION_SORT_DATE, _("Date"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_KIND, _("Kind"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_PARTNER, _("Partner"), TRUE);
  add_column (self, MZ_INTERACTION_SORT_UNIT, _("Unit"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_STAFF, _("Staff"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_SUBJECT, _("Subject"), TRUE);
  add_column (self, MZ_INTERACTION_SORT_STATUS, _("Status"), FALSE);
  gtk_column_view_sort_by_column (self->view, date, GTK_SORT_DESCENDING);
}

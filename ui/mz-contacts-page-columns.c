/* mz-contacts-page-columns.c — the cells of the Contacts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every cell but the star is a GtkInscription with a fixed number of
 * characters: its size does not depend on its text, so a search that
 * puts other contacts in the rows has GTK measure nothing again.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-contacts-page-private.h"
#include "mz-db-list-page.h"
#include "mz-partner-format.h"
#include "mz-slot-model.h"

/* The columns are named by what they sort by. */
typedef MzContactSort ColumnId;

#define COLUMN_NAME MZ_CONTACT_SORT_NAME
#define COLUMN_PARTNER MZ_CONTACT_SORT_PARTNER
#define COLUMN_POSITION MZ_CONTACT_SORT_POSITION
#define COLUMN_EMAIL MZ_CONTACT_SORT_EMAIL
#define COLUMN_PHONE MZ_CONTACT_SORT_PHONE
#define COLUMN_LANGUAGE MZ_CONTACT_SORT_LANGUAGE
#define COLUMN_PRIMARY MZ_CONTACT_SORT_PRIMARY

static const char *
first_of (const char * const *strv)
{
  return strv != NULL ? strv[0] : NULL;
}

char *
_mz_contacts_page_display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);

  return g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
}

char *
_mz_contacts_page_display_position (MzContact *contact)
{
  const char *title = mz_contact_get_title (contact);
  const char *role = mz_contact_get_role (contact);

  if (title != NULL && role != NULL)
    /* Translators: a contact's job title and role in one column */
    return g_strdup_printf (_("%s · %s"), title, role);
  return g_strdup (title ? title : role);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MzContactsPage           *self)
{
  ColumnId id = mz_db_list_page_column_id (factory);
  GtkWidget *cell;

  if (id == COLUMN_PRIMARY)
    {
      cell = gtk_image_new_from_icon_name ("starred-symbolic");
      gtk_widget_set_tooltip_text (cell, _("Primary contact"));
      gtk_widget_add_css_class (cell, "accent");
    }
  else
    {
      cell = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), id == COLUMN_LANGUAGE ? 6 : 10);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell),
                                     id == COLUMN_NAME || id == COLUMN_PARTNER ? 28 :
                                     id == COLUMN_LANGUAGE ? 8 : 20);
      gtk_widget_set_hexpand (cell, TRUE);
    }

  /* One name cell per row widget: a count of the rows the view made. */
  if (id == COLUMN_NAME)
    self->rows_made++;

  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MzContactsPage           *self)
{
  ColumnId id = mz_db_list_page_column_id (factory);
  MzContact *contact = mz_slot_model_bind (GTK_LIST_ITEM_FACTORY (factory), item,
                                           (MzSlotRebind) bind_cell_cb, self);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  /* A row on its way out of the table shows nothing. */
  if (contact == NULL || id != COLUMN_PRIMARY)
    gtk_widget_set_visible (cell, contact != NULL);
  if (contact == NULL)
    return;

  switch (id)
    {
    case COLUMN_NAME:
      {
        g_autofree char *name = _mz_contacts_page_display_name (contact);
        const char *local = mz_contact_get_local_name (contact);
        g_autofree char *markup = NULL;

        if (mz_contact_get_forgotten_at (contact) != NULL)
          markup = g_markup_printf_escaped ("<i>%s</i>", _("Forgotten contact"));
        else if (*name != '\0' && local != NULL)
          markup = g_markup_printf_escaped ("%s  <span alpha=\"55%%\">%s</span>", name, local);
        else
          markup = g_markup_escape_text (*name != '\0' ? name : (local ? local : ""), -1);
        gtk_inscription_set_markup (GTK_INSCRIPTION (cell), markup);
        gtk_widget_set_opacity (cell, mz_contact_get_forgotten_at (contact) ? 0.6 : 1.0);
        return;
      }
    case COLUMN_PARTNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_contact_get_partner_name (contact));
      return;
    case COLUMN_POSITION:
      text = _mz_contacts_page_display_position (contact);
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
      return;
    case COLUMN_EMAIL:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), first_of (mz_contact_get_emails (contact)));
      return;
    case COLUMN_PHONE:
      {
        const char *phone = first_of (mz_contact_get_phones (contact));
        /* Isolated left to right: "+41 22 …" would otherwise be shown as
         * "… 22 41+" in Arabic. */
        g_autofree char *isolated = phone ? g_strdup_printf ("\u2066%s\u2069", phone) : NULL;

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), isolated);
        return;
      }
    case COLUMN_LANGUAGE:
      {
        const char *code = mz_contact_get_language (contact);

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), code ? mz_format_language (code) : NULL);
        return;
      }
    case COLUMN_PRIMARY:
    default:
      gtk_widget_set_visible (cell, mz_contact_get_is_primary (contact));
      return;
    }
}

static GtkColumnViewColumn *
add_column (MzContactsPage *self,
            ColumnId        id,
            const char     *title,
            gboolean        expand)
{
  return mz_db_list_page_add_column (self->view, id, title, expand,
                                     G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb), self);
}

void
_mz_contacts_page_setup_columns (MzContactsPage *self)
{
  GtkColumnViewColumn *name_column;

  name_column = add_column (self, COLUMN_NAME, _("Name"), TRUE);
  add_column (self, COLUMN_PARTNER, _("Partner"), TRUE);
  add_column (self, COLUMN_POSITION, _("Title / Role"), TRUE);
  add_column (self, COLUMN_EMAIL, _("E-mail"), TRUE);
  add_column (self, COLUMN_PHONE, _("Phone"), FALSE);
  add_column (self, COLUMN_LANGUAGE, _("Language"), FALSE);
  add_column (self, COLUMN_PRIMARY, _("Primary"), FALSE);

  gtk_column_view_sort_by_column (self->view, name_column, GTK_SORT_ASCENDING);
}

/* mz-contacts-page-columns.c — the cells of the Contacts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search puts other contacts in the rows GTK keeps (some 200, see
 * mz-slot-model.h) on each keystroke: a cell must change without having
 * its row measured again. Every cell but the star is a GtkInscription,
 * whose size does not depend on its text, and nothing is shown or hidden:
 * a row past the end gets empty texts, a star that does not apply is
 * transparent, the name's second script is dimmed by an attribute rather
 * than by markup to parse.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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

/* Text without attributes, for a cell that may have had some. */
static void
set_plain_text (GtkInscription *cell,
                const char     *text)
{
  gtk_inscription_set_text (cell, text);
  if (gtk_inscription_get_attributes (cell) != NULL)
    gtk_inscription_set_attributes (cell, NULL);
}

/* "Given Family  local" with the local name dimmed, the local name alone
 * or, in italics, that the contact was forgotten. */
static void
set_name (GtkInscription *cell,
          MzContact      *contact)
{
  g_autofree char *name = _mz_contacts_page_display_name (contact);
  const char *local = mz_contact_get_local_name (contact);
  gboolean forgotten = mz_contact_get_forgotten_at (contact) != NULL;
  g_autoptr(PangoAttrList) attrs = NULL;

  gtk_widget_set_opacity (GTK_WIDGET (cell), forgotten ? 0.6 : 1.0);
  if (forgotten)
    {
      PangoAttribute *italic = pango_attr_style_new (PANGO_STYLE_ITALIC);

      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, italic);
      gtk_inscription_set_text (cell, _("Forgotten contact"));
      gtk_inscription_set_attributes (cell, attrs);
    }
  else if (*name != '\0' && local != NULL)
    {
      g_autofree char *both = g_strconcat (name, "  ", local, NULL);
      PangoAttribute *dim = pango_attr_foreground_alpha_new (65535 * 55 / 100);

      dim->start_index = strlen (name) + 2;
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, dim);
      gtk_inscription_set_text (cell, both);
      gtk_inscription_set_attributes (cell, attrs);
    }
  else
    set_plain_text (cell, *name != '\0' ? name : local);
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
      /* The column's title says what it means: a tooltip on each of them
       * would cost as much to make as the rest of the row. */
      cell = gtk_image_new_from_icon_name ("starred-symbolic");
      gtk_widget_add_css_class (cell, "accent");
      gtk_widget_set_opacity (cell, 0);
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

  /* Far from what the view shows: later. */
  if (mz_db_list_page_defer_cell (factory, item))
    return;

  /* A row on its way out of the table shows nothing. */
  if (contact == NULL)
    {
      if (id == COLUMN_PRIMARY)
        gtk_widget_set_opacity (cell, 0);
      else
        set_plain_text (GTK_INSCRIPTION (cell), NULL);
      return;
    }

  switch (id)
    {
    case COLUMN_NAME:
      set_name (GTK_INSCRIPTION (cell), contact);
      return;
    case COLUMN_PARTNER:
      set_plain_text (GTK_INSCRIPTION (cell), mz_contact_get_partner_name (contact));
      return;
    case COLUMN_POSITION:
      text = _mz_contacts_page_display_position (contact);
      set_plain_text (GTK_INSCRIPTION (cell), text);
      return;
    case COLUMN_EMAIL:
      set_plain_text (GTK_INSCRIPTION (cell), first_of (mz_contact_get_emails (contact)));
      return;
    case COLUMN_PHONE:
      {
        const char *phone = first_of (mz_contact_get_phones (contact));
        /* Isolated left to right: "+41 22 …" would otherwise be shown as
         * "… 22 41+" in Arabic. */
        g_autofree char *isolated = phone ? g_strdup_printf ("\u2066%s\u2069", phone) : NULL;

        set_plain_text (GTK_INSCRIPTION (cell), isolated);
        return;
      }
    case COLUMN_LANGUAGE:
      {
        const char *code = mz_contact_get_language (contact);

        set_plain_text (GTK_INSCRIPTION (cell), code ? mz_format_language (code) : NULL);
        return;
      }
    case COLUMN_PRIMARY:
    default:
      gtk_widget_set_opacity (cell, mz_contact_get_is_primary (contact) ? 1 : 0);
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

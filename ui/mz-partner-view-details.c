/* mz-partner-view-details.c — a partner's page: the header, details,
 * contacts, relations and open follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-contact-editor.h"
#include "mz-contact-store.h"
#include "mz-countries.h"
#include "mz-follow-up-store.h"
#include "mz-labels.h"
#include "mz-partner-format.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-view-private.h"

void
_mz_partner_view_clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

void
_mz_partner_view_set_placeholder (GtkListBox *list,
                                  const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_set_placeholder (list, label);
}

GtkWidget *
_mz_partner_view_make_row (const char *title,
                           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

GtkWidget *
_mz_partner_view_make_badge (const char *text,
                             const char *style)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "partner-badge");
  if (style != NULL)
    gtk_widget_add_css_class (badge, style);
  return badge;
}

/* The label at the end of a detail row, made once. */
static GtkLabel *
row_value (AdwActionRow *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "mz-value");

  if (label == NULL)
    {
      label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (label, 1.0);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      gtk_label_set_selectable (label, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (row, GTK_WIDGET (label));
      g_object_set_data (G_OBJECT (row), "mz-value", label);
    }

  return label;
}

static void
set_value (AdwActionRow *row,
           const char   *value,
           const char   *if_none)
{
  GtkLabel *label = row_value (row);
  gboolean none = value == NULL || *value == '\0';

  gtk_label_set_label (label, none ? if_none : value);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), none ? NULL : value);
  if (none)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (row), !none || if_none != NULL);
}

char *
_mz_partner_view_join_parts (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a line, e.g. "12 Dec 2026 · TSB" */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

void
_mz_partner_view_show_header (MzPartnerView *self)
{
  MzPartner *p = self->partner;
  const char *local = mz_partner_get_local_name (p);
  const char *country = mz_partner_get_country (p);
  const char *region = mz_partner_get_region (p);
  const char *status = mz_partner_get_status (p);
  g_autoptr(GPtrArray) place = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *place_text = NULL;
  g_autofree char *name = NULL;

  if (mz_partner_get_short_name (p) != NULL)
    name = g_strdup_printf ("%s (%s)", mz_partner_get_name (p), mz_partner_get_short_name (p));
  else
    name = g_strdup (mz_partner_get_name (p));
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->local_name_label, local ? local : "");
  gtk_widget_set_visible (GTK_WIDGET (self->local_name_label), local != NULL);

  gtk_label_set_label (self->type_badge, mz_labels_partner_type (mz_partner_get_partner_type (p)));
  gtk_label_set_label (self->status_badge, mz_labels_partner_status (status));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_badge), "status-active");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_badge), "status-prospect");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_badge), "status-inactive");
  if (status != NULL)
    {
      g_autofree char *style = g_strconcat ("status-", status, NULL);

      gtk_widget_add_css_class (GTK_WIDGET (self->status_badge), style);
    }

  if (country != NULL)
    {
      const char *country_name = mz_countries_get_name (country);

      g_ptr_array_add (place, g_strdup (country_name ? country_name : country));
    }
  if (region != NULL)
    /* Translators: the ITU region of a partner, e.g. "Region: Europe" */
    g_ptr_array_add (place, g_strdup_printf (_("Region: %s"), mz_labels_region_name (region)));
  place_text = _mz_partner_view_join_parts (place);
  gtk_label_set_label (self->place_label, place_text);
}

static gboolean
membership_applies (MzPartner *p)
{
  const char *type = mz_partner_get_partner_type (p);

  return g_strcmp0 (type, "member_state") == 0 || g_strcmp0 (type, "sector_member") == 0 ||
         g_strcmp0 (type, "associate") == 0 || g_strcmp0 (type, "academia") == 0 ||
         mz_partner_get_sector_r (p) || mz_partner_get_sector_t (p) || mz_partner_get_sector_d (p) ||
         mz_partner_get_membership_category (p) != NULL ||
         mz_partner_get_contributory_units_x16 (p) > 0;
}

void
_mz_partner_view_show_details (MzPartnerView *self)
{
  MzPartner *p = self->partner;
  const char *unit = mz_partner_get_lead_unit_code (p);
  const char *website = mz_partner_get_website (p);
  const char * const *tags = mz_partner_get_tags (p);
  const char *notes = mz_partner_get_notes (p);
  int iati = mz_partner_get_iati_org_type (p);
  g_autoptr(GPtrArray) membership = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *membership_text = NULL;
  g_autofree char *iati_text = NULL;
  g_autofree char *units = mz_format_units_x16 (mz_partner_get_contributory_units_x16 (p));
  GtkWidget *child;

  set_value (self->lead_unit_row, unit ? mz_labels_unit_name (unit) : NULL, _("None"));
  set_value (self->manager_row, mz_partner_get_account_manager_name (p), _("None"));

  if (mz_partner_get_sector_r (p) || mz_partner_get_sector_t (p) || mz_partner_get_sector_d (p))
    {
      g_autoptr(GPtrArray) sectors = g_ptr_array_new ();

      if (mz_partner_get_sector_r (p))
        g_ptr_array_add (sectors, (char *) "ITU-R");
      if (mz_partner_get_sector_t (p))
        g_ptr_array_add (sectors, (char *) "ITU-T");
      if (mz_partner_get_sector_d (p))
        g_ptr_array_add (sectors, (char *) "ITU-D");
      g_ptr_array_add (sectors, NULL);
      /* Translators: separates the Sectors of membership, e.g. "ITU-T, ITU-D" */
      g_ptr_array_add (membership, g_strjoinv (_(", "), (char **) sectors->pdata));
    }
  if (mz_partner_get_membership_category (p) != NULL)
    g_ptr_array_add (membership, g_strdup (mz_partner_get_membership_category (p)));
  if (units != NULL)
    /* Translators: %s is a number of contributory units, e.g. "1½" */
    g_ptr_array_add (membership, g_strdup_printf (_("%s contributory units"), units));
  membership_text = _mz_partner_view_join_parts (membership);
  set_value (self->membership_row, membership_text,
             membership_applies (p) ? _("Not a member") : NULL);

  set_value (self->ceb_row, mz_format_ceb_type (mz_partner_get_ceb_contributor_type (p)), _("Not set"));
  if (iati != 0)
    iati_text = g_strdup_printf ("%d – %s", iati, mz_format_iati_type (iati));
  set_value (self->iati_row, iati_text, _("Not set"));

  gtk_widget_set_visible (GTK_WIDGET (self->website_row), website != NULL);
  if (website != NULL)
    {
      const char *shown = website;

      if (g_str_has_prefix (shown, "https://"))
        shown += strlen ("https://");
      else if (g_str_has_prefix (shown, "http://"))
        shown += strlen ("http://");
      gtk_link_button_set_uri (self->website_link, website);
      gtk_button_set_label (GTK_BUTTON (self->website_link), shown);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->website_link), website);
    }

  while ((child = gtk_widget_get_first_child (self->tags_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->tags_box), child);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_box_append (GTK_BOX (self->tags_box), _mz_partner_view_make_badge (tags[i], "tag"));
  gtk_widget_set_visible (GTK_WIDGET (self->tags_row), tags != NULL && tags[0] != NULL);

  gtk_label_set_label (self->notes_label, notes ? notes : "");
  gtk_widget_set_visible (self->notes_group, notes != NULL);
}

static char *
contact_name (MzContact *contact)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *local = mz_contact_get_local_name (contact);
  g_autofree char *name = NULL;

  if (mz_contact_get_forgotten_at (contact) != NULL)
    return g_strdup (_("Forgotten contact"));

  if (mz_contact_get_honorific (contact) != NULL)
    g_ptr_array_add (parts, (char *) mz_contact_get_honorific (contact));
  if (mz_contact_get_given_name (contact) != NULL)
    g_ptr_array_add (parts, (char *) mz_contact_get_given_name (contact));
  if (mz_contact_get_family_name (contact) != NULL)
    g_ptr_array_add (parts, (char *) mz_contact_get_family_name (contact));
  g_ptr_array_add (parts, NULL);
  name = g_strjoinv (" ", (char **) parts->pdata);

  if (*name == '\0')
    return g_strdup (local ? local : _("Unnamed contact"));
  if (local != NULL)
    return g_strdup_printf ("%s (%s)", name, local);
  return g_steal_pointer (&name);
}

void
_mz_partner_view_open_contact_editor (MzPartnerView *self,
                                      MzContact     *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor = mz_contact_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             self->store, mz_partner_get_id (self->partner), contact);

  g_signal_connect_object (editor, "saved", G_CALLBACK (_mz_partner_view_reload_after_edit), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
on_contact_activated_cb (AdwActionRow  *row,
                         MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzContact) contact = mz_contact_store_get (self->store,
                                                      g_object_get_data (G_OBJECT (row), "mz-contact-id"),
                                                      &error);

  if (contact == NULL)
    _mz_partner_view_show_error_toast (self, error->message);
  else
    _mz_partner_view_open_contact_editor (self, contact);
}

void
_mz_partner_view_show_contacts (MzPartnerView *self,
                                GListModel    *contacts)
{
  _mz_partner_view_clear_list (self->contacts_list);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      const char * const *emails = mz_contact_get_emails (contact);
      g_autofree char *name = contact_name (contact);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (mz_contact_get_title (contact) != NULL)
        g_ptr_array_add (parts, (char *) mz_contact_get_title (contact));
      if (mz_contact_get_role (contact) != NULL)
        g_ptr_array_add (parts, (char *) mz_contact_get_role (contact));
      if (emails != NULL && emails[0] != NULL)
        g_ptr_array_add (parts, (char *) emails[0]);
      if (mz_contact_get_language (contact) != NULL)
        g_ptr_array_add (parts, (char *) mz_format_language (mz_contact_get_language (contact)));
      subtitle = _mz_partner_view_join_parts (parts);

      row = _mz_partner_view_make_row (name, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      if (mz_contact_get_is_primary (contact))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), _mz_partner_view_make_badge (_("Primary"), "accent"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "mz-contact-id", g_strdup (mz_contact_get_id (contact)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_contact_activated_cb), self);
      gtk_list_box_append (self->contacts_list, row);
    }
}

static void
on_relation_activated_cb (AdwActionRow  *row,
                          MzPartnerView *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "mz-partner-id");

  if (id != NULL)
    _mz_partner_view_open_partner (self, id);
}

void
_mz_partner_view_show_relations (MzPartnerView *self,
                                 GListModel    *relations)
{
  _mz_partner_view_clear_list (self->relations_list);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(MzPartnerRelation) relation = g_list_model_get_item (relations, i);
      g_autofree char *title = mz_format_relation (mz_partner_relation_get_kind (relation),
                                                   mz_partner_relation_get_outgoing (relation),
                                                   mz_partner_relation_get_other_partner_name (relation));
      GtkWidget *row = _mz_partner_view_make_row (title, mz_partner_relation_get_notes (relation));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "mz-partner-id",
                              g_strdup (mz_partner_relation_get_other_partner_id (relation)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_relation_activated_cb), self);
      gtk_list_box_append (self->relations_list, row);
    }

  gtk_widget_set_visible (self->relations_group, g_list_model_get_n_items (relations) > 0);
}

void
_mz_partner_view_show_follow_ups (MzPartnerView *self,
                                  GListModel    *follow_ups)
{
  _mz_partner_view_clear_list (self->follow_ups_list);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(MzFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      const char *due = mz_follow_up_get_due_date (follow_up);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      g_autofree char *due_text = mz_format_date (due);
      GtkWidget *row;

      if (due_text != NULL)
        /* Translators: when a follow-up is due, e.g. "Due 12 Dec 2026" */
        g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), due_text));
      if (mz_follow_up_get_owner_name (follow_up) != NULL)
        g_ptr_array_add (parts, g_strdup (mz_follow_up_get_owner_name (follow_up)));
      subtitle = _mz_partner_view_join_parts (parts);

      row = _mz_partner_view_make_row (mz_follow_up_get_title (follow_up), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (due && g_strcmp0 (due, self->today) < 0
                                                               ? "task-past-due-symbolic"
                                                               : "task-due-symbolic"));
      if (due != NULL && g_strcmp0 (due, self->today) < 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), _mz_partner_view_make_badge (_("Overdue"), "error"));
      gtk_list_box_append (self->follow_ups_list, row);
    }
}

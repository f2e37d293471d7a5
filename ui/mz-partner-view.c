/* mz-partner-view.c — the page of one partner: who they are, who talks to
 * them, what every unit did and plans, and the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is the shared view of the relationship that coordination needs:
 * the approaches other units have planned come first, then the details,
 * contacts, relations, open follow-ups and one timeline of every unit's
 * interactions. Everything but the History is read at once (a few small
 * indexed queries); the History is read when its tab is opened.
 */
#define G_LOG_DOMAIN "mz-partner-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-contact-editor.h"
#include "mz-contact-store.h"
#include "mz-countries.h"
#include "mz-follow-up-store.h"
#include "mz-history-view.h"
#include "mz-interaction-editor.h"
#include "mz-interaction-store.h"
#include "mz-labels.h"
#include "mz-partner-format.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partner-merge-dialog.h"
#include "mz-partner-view-private.h"

/* Interactions shown before "Show All". */
#define TIMELINE_PAGE 30

struct _MzPartnerView
{
  AdwBin         parent_instance;

  MzStore       *store;
  MzPartner     *partner;
  GListModel    *interactions;
  guint          n_timeline_shown;
  char          *today;
  gboolean       history_loaded;

  /* Template widgets */
  AdwViewStack  *view_stack;
  GtkScrolledWindow *overview_scroller;
  GtkLabel      *name_label;
  GtkLabel      *local_name_label;
  GtkLabel      *type_badge;
  GtkLabel      *status_badge;
  GtkLabel      *place_label;
  GtkWidget     *coordination_box;
  GtkWidget     *coordination_lines;
  AdwActionRow  *lead_unit_row;
  AdwActionRow  *manager_row;
  AdwActionRow  *membership_row;
  AdwActionRow  *ceb_row;
  AdwActionRow  *iati_row;
  AdwActionRow  *website_row;
  GtkLinkButton *website_link;
  AdwActionRow  *tags_row;
  GtkWidget     *tags_box;
  GtkWidget     *notes_group;
  GtkLabel      *notes_label;
  GtkWidget     *add_contact_button;
  GtkWidget     *plan_button;
  GtkListBox    *contacts_list;
  GtkListBox    *relations_list;
  GtkWidget     *relations_group;
  GtkListBox    *follow_ups_list;
  GtkListBox    *timeline_list;
  GtkButton     *show_all_button;
  MzHistoryView *history_view;
  GtkWidget     *merged_banner;
  GtkLabel      *merged_label;
};

G_DEFINE_FINAL_TYPE (MzPartnerView, mz_partner_view, ADW_TYPE_BIN)

enum {
  OPEN_PARTNER,
  EDIT_REQUESTED,
  ARCHIVED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
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

static GtkWidget *
make_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
make_badge (const char *text,
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

static char *
join_parts (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a line, e.g. "12 Dec 2026 · TSB" */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
show_header (MzPartnerView *self)
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
  place_text = join_parts (place);
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

static void
show_details (MzPartnerView *self)
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
  membership_text = join_parts (membership);
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
    gtk_box_append (GTK_BOX (self->tags_box), make_badge (tags[i], "tag"));
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

static void reload_after_edit (MzPartnerView *self);

static void
open_contact_editor (MzPartnerView *self,
                     MzContact     *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor = mz_contact_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             self->store, mz_partner_get_id (self->partner), contact);

  g_signal_connect_object (editor, "saved", G_CALLBACK (reload_after_edit), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
open_interaction_editor (MzPartnerView *self,
                         MzInteraction *interaction,
                         gboolean       planned)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor = mz_interaction_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->store, mz_partner_get_id (self->partner),
                                                 interaction, planned);

  g_signal_connect_object (editor, "saved", G_CALLBACK (reload_after_edit), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
show_error_toast (MzPartnerView *self,
                  const char    *message);

static void
on_contact_activated_cb (AdwActionRow  *row,
                         MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzContact) contact = mz_contact_store_get (self->store,
                                                      g_object_get_data (G_OBJECT (row), "mz-contact-id"),
                                                      &error);

  if (contact == NULL)
    show_error_toast (self, error->message);
  else
    open_contact_editor (self, contact);
}

static void
on_interaction_activated_cb (AdwActionRow  *row,
                             MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) interaction =
    mz_interaction_store_get (self->store, g_object_get_data (G_OBJECT (row), "mz-interaction-id"), &error);

  if (interaction == NULL)
    show_error_toast (self, error->message);
  else
    open_interaction_editor (self, interaction, FALSE);
}

static void
show_contacts (MzPartnerView *self,
               GListModel    *contacts)
{
  clear_list (self->contacts_list);

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
      subtitle = join_parts (parts);

      row = make_row (name, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      if (mz_contact_get_is_primary (contact))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_badge (_("Primary"), "accent"));
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
    g_signal_emit (self, signals[OPEN_PARTNER], 0, id);
}

static void
show_relations (MzPartnerView *self,
                GListModel    *relations)
{
  clear_list (self->relations_list);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(MzPartnerRelation) relation = g_list_model_get_item (relations, i);
      g_autofree char *title = mz_format_relation (mz_partner_relation_get_kind (relation),
                                                   mz_partner_relation_get_outgoing (relation),
                                                   mz_partner_relation_get_other_partner_name (relation));
      GtkWidget *row = make_row (title, mz_partner_relation_get_notes (relation));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "mz-partner-id",
                              g_strdup (mz_partner_relation_get_other_partner_id (relation)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_relation_activated_cb), self);
      gtk_list_box_append (self->relations_list, row);
    }

  gtk_widget_set_visible (self->relations_group, g_list_model_get_n_items (relations) > 0);
}

static void
show_follow_ups (MzPartnerView *self,
                 GListModel    *follow_ups)
{
  clear_list (self->follow_ups_list);

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
      subtitle = join_parts (parts);

      row = make_row (mz_follow_up_get_title (follow_up), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (due && g_strcmp0 (due, self->today) < 0
                                                               ? "task-past-due-symbolic"
                                                               : "task-due-symbolic"));
      if (due != NULL && g_strcmp0 (due, self->today) < 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_badge (_("Overdue"), "error"));
      gtk_list_box_append (self->follow_ups_list, row);
    }
}

static gboolean
is_other_units_plan (MzPartnerView *self,
                     MzInteraction *interaction)
{
  const char *office = mz_store_get_office (self->store);

  return g_strcmp0 (mz_interaction_get_status (interaction), "planned") == 0 &&
         g_strcmp0 (mz_interaction_get_date (interaction), self->today) >= 0 &&
         (office == NULL || g_strcmp0 (mz_interaction_get_unit_code (interaction), office) != 0);
}

static GtkWidget *
make_timeline_row (MzPartnerView *self,
                   MzInteraction *interaction)
{
  const char *status = mz_interaction_get_status (interaction);
  const char *subject = mz_interaction_get_subject (interaction);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  g_autofree char *date = mz_format_date (mz_interaction_get_date (interaction));
  const char *kind = mz_interaction_get_kind (interaction);
  GtkWidget *row, *icon;

  g_ptr_array_add (parts, g_strdup (date ? date : mz_interaction_get_date (interaction)));
  g_ptr_array_add (parts, g_strdup (mz_format_interaction_kind (kind)));
  if (mz_interaction_get_unit_code (interaction) != NULL)
    g_ptr_array_add (parts, g_strdup (mz_interaction_get_unit_code (interaction)));
  if (mz_interaction_get_staff_name (interaction) != NULL)
    g_ptr_array_add (parts, g_strdup (mz_interaction_get_staff_name (interaction)));
  subtitle = join_parts (parts);

  row = make_row (subject ? subject : mz_format_interaction_kind (kind), subtitle);
  icon = gtk_image_new_from_icon_name (mz_format_interaction_icon (kind));
  gtk_widget_set_tooltip_text (icon, mz_format_interaction_kind (kind));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (g_strcmp0 (status, "planned") == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               make_badge (mz_format_interaction_status (status), "accent"));
  else if (g_strcmp0 (status, "cancelled") == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               make_badge (mz_format_interaction_status (status), "dim-label"));

  if (is_other_units_plan (self, interaction))
    gtk_widget_add_css_class (row, "planned-approach");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "mz-interaction-id",
                          g_strdup (mz_interaction_get_id (interaction)), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_interaction_activated_cb), self);
  return row;
}

static void
show_more_timeline (MzPartnerView *self,
                    guint          up_to)
{
  guint n = g_list_model_get_n_items (self->interactions);
  g_autofree char *label = NULL;

  for (guint i = self->n_timeline_shown; i < MIN (n, up_to); i++)
    {
      g_autoptr(MzInteraction) interaction = g_list_model_get_item (self->interactions, i);

      gtk_list_box_append (self->timeline_list, make_timeline_row (self, interaction));
    }
  self->n_timeline_shown = MIN (n, up_to);

  label = g_strdup_printf (ngettext ("Show All %u Interaction", "Show All %u Interactions", n), n);
  gtk_button_set_label (self->show_all_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), self->n_timeline_shown < n);
}

static void
show_coordination (MzPartnerView *self)
{
  guint n = g_list_model_get_n_items (self->interactions);
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (self->coordination_lines)) != NULL)
    gtk_box_remove (GTK_BOX (self->coordination_lines), child);

  /* Soonest first: the list is newest first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(MzInteraction) interaction = g_list_model_get_item (self->interactions, i - 1);
      g_autofree char *sentence = NULL;
      g_autofree char *line = NULL;
      const char *staff, *subject;
      GtkWidget *label, *box;

      if (!is_other_units_plan (self, interaction))
        continue;

      staff = mz_interaction_get_staff_name (interaction);
      subject = mz_interaction_get_subject (interaction);
      sentence = mz_format_planned_approach (mz_interaction_get_unit_code (interaction),
                                             mz_interaction_get_kind (interaction),
                                             mz_interaction_get_date (interaction));
      /* Translators: a planned approach and who plans it, e.g.
       * "TSB plans a visit on 12 Dec 2026 — Ana Pérez" */
      line = staff ? g_strdup_printf (_("%1$s — %2$s"), sentence, staff) : g_strdup (sentence);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      if (subject != NULL)
        {
          GtkWidget *detail = gtk_label_new (subject);

          gtk_label_set_xalign (GTK_LABEL (detail), 0.0);
          gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
          gtk_widget_add_css_class (detail, "dim-label");
          gtk_widget_add_css_class (detail, "caption");
          gtk_box_append (GTK_BOX (box), detail);
        }
      gtk_box_append (GTK_BOX (self->coordination_lines), box);
      any = TRUE;
    }

  gtk_widget_set_visible (self->coordination_box, any);
}

static void
load_history (MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->history_loaded || self->partner == NULL)
    return;

  self->history_loaded = TRUE;
  mz_history_view_load (self->history_view, self->store, mz_partner_get_id (self->partner));
}

static void
reload_after_edit (MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->partner == NULL)
    return;

  id = g_strdup (mz_partner_get_id (self->partner));
  if (!mz_partner_view_load (self, self->store, id, &error))
    show_error_toast (self, error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_error_toast (MzPartnerView *self,
                  const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

/* Callbacks */

static void
on_visible_page_changed_cb (MzPartnerView *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "history") == 0)
    load_history (self);
}

/* Actions */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->partner != NULL)
    g_signal_emit (self, signals[EDIT_REQUESTED], 0, mz_partner_get_id (self->partner));
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = NULL;

  if (self->partner == NULL)
    return;

  /* No question asked: the toast that follows offers Undo. */
  partner = g_object_ref (self->partner);
  if (!mz_partner_service_archive (self->store, mz_partner_get_id (partner), &error))
    {
      show_error_toast (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ARCHIVED], 0, mz_partner_get_id (partner), mz_partner_get_name (partner));
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->partner != NULL)
    open_contact_editor (self, NULL);
}

static void
plan_approach_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->partner != NULL)
    open_interaction_editor (self, NULL, TRUE);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->interactions != NULL)
    show_more_timeline (self, G_MAXUINT);
}

/* Overrides */

/* Merging with a duplicate */

static void
show_merged (MzPartnerView *self)
{
  const char *survivor_id = mz_partner_get_merged_into (self->partner);
  g_autoptr(MzPartner) survivor = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->merged_banner, survivor_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.merge", survivor_id == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.edit", survivor_id == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.open-survivor", survivor_id != NULL);
  if (survivor_id == NULL)
    return;

  survivor = mz_partner_store_get (self->store, survivor_id, NULL);
  /* Translators: on the page of a partner merged into another one */
  text = g_strdup_printf (_("Merged into “%s”: its contacts, interactions and commitments are there now."),
                          survivor ? mz_partner_get_name (survivor) : survivor_id);
  gtk_label_set_label (self->merged_label, text);
}

static void
on_merged_cb (MzPartnerView *self,
              const char    *survivor_id,
              const char    *merged_id)
{
  g_autoptr(MzPartner) survivor = mz_partner_store_get (self->store, survivor_id, NULL);
  g_autofree char *message = NULL;

  /* Translators: a toast after two partners were merged */
  message = g_strdup_printf (_("Merged into “%s”"), survivor ? mz_partner_get_name (survivor) : survivor_id);
  g_signal_emit (self, signals[CHANGED], 0);
  if (self->partner != NULL && g_str_equal (mz_partner_get_id (self->partner), merged_id))
    g_signal_emit (self, signals[OPEN_PARTNER], 0, survivor_id);
  else
    reload_after_edit (self);
  show_error_toast (self, message);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  MzPartnerMergeDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->partner == NULL)
    return;

  dialog = mz_partner_merge_dialog_new (self->store, mz_partner_get_id (self->partner), &error);
  if (dialog == NULL)
    {
      show_error_toast (self, error->message);
      return;
    }
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "merged", G_CALLBACK (on_merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_survivor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->partner != NULL && mz_partner_get_merged_into (self->partner) != NULL)
    g_signal_emit (self, signals[OPEN_PARTNER], 0, mz_partner_get_merged_into (self->partner));
}

static void
mz_partner_view_dispose (GObject *object)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->partner);
  g_clear_object (&self->interactions);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (mz_partner_view_parent_class)->dispose (object);
}

static void
mz_partner_view_class_init (MzPartnerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_view_dispose;

  signals[OPEN_PARTNER] =
    g_signal_new ("open-partner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[EDIT_REQUESTED] =
    g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ARCHIVED] =
    g_signal_new ("archived", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MZ_TYPE_HISTORY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, overview_scroller);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, name_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, local_name_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, type_badge);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, status_badge);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, place_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, coordination_box);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, coordination_lines);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, lead_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, manager_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, membership_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, ceb_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, iati_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, website_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, website_link);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, tags_row);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, tags_box);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, notes_group);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, add_contact_button);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, plan_button);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, relations_list);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, relations_group);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, history_view);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, merged_banner);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, merged_label);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "partner.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "partner.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "partner.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "partner.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "partner.plan-approach", NULL, plan_approach_action);
  gtk_widget_class_install_action (widget_class, "partner.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "partner.open-survivor", NULL, open_survivor_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "partner.edit", NULL);
}

static void
mz_partner_view_init (MzPartnerView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_placeholder (self->contacts_list, _("No contacts yet"));
  set_placeholder (self->follow_ups_list, _("Nothing to follow up"));
  set_placeholder (self->timeline_list, _("No interactions yet"));
}

/* Public API */

gboolean
mz_partner_view_load (MzPartnerView  *self,
                      MzStore        *store,
                      const char     *partner_id,
                      GError        **error)
{
  g_autoptr(MzPartner) partner = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GListModel) relations = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GListModel) interactions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 start = g_get_monotonic_time ();
  gboolean same;

  g_return_val_if_fail (MZ_IS_PARTNER_VIEW (self), FALSE);
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (partner_id != NULL, FALSE);

  partner = mz_partner_store_get (store, partner_id, error);
  if (partner == NULL ||
      (contacts = mz_contact_store_list_for_partner (store, partner_id, FALSE, error)) == NULL ||
      (relations = mz_partner_relation_store_list_for_partner (store, partner_id, error)) == NULL ||
      (follow_ups = mz_follow_up_store_list_for_partner (store, partner_id, FALSE, error)) == NULL ||
      (interactions = mz_interaction_store_list_for_partner (store, partner_id, 0, error)) == NULL)
    return FALSE;

  same = self->partner != NULL && g_str_equal (mz_partner_get_id (self->partner), partner_id);
  g_set_object (&self->store, store);
  g_set_object (&self->partner, partner);
  g_set_object (&self->interactions, interactions);
  g_free (self->today);
  self->today = g_date_time_format (now, "%Y-%m-%d");

  show_header (self);
  show_details (self);
  show_coordination (self);
  show_contacts (self, contacts);
  show_relations (self, relations);
  show_follow_ups (self, follow_ups);

  clear_list (self->timeline_list);
  self->n_timeline_shown = 0;
  show_more_timeline (self, TIMELINE_PAGE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.archive",
                                 mz_partner_get_deleted_at (partner) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.add-contact",
                                 mz_partner_get_deleted_at (partner) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.plan-approach",
                                 mz_partner_get_deleted_at (partner) == NULL);
  show_merged (self);

  /* Another partner starts at the top of its overview. */
  if (!same)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->overview_scroller), 0);

  self->history_loaded = FALSE;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "history") == 0)
    load_history (self);

  g_debug ("Showed the partner %s (%u interactions) in %.1f ms", partner_id,
           g_list_model_get_n_items (interactions), (g_get_monotonic_time () - start) / 1000.0);
  return TRUE;
}

const char *
mz_partner_view_get_partner_id (MzPartnerView *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_VIEW (self), NULL);
  return self->partner ? mz_partner_get_id (self->partner) : NULL;
}

/* Private API, for the tests */

GtkLabel *
_mz_partner_view_get_name_label (MzPartnerView *self)
{
  return self->name_label;
}

GtkWidget *
_mz_partner_view_get_coordination_box (MzPartnerView *self)
{
  return self->coordination_box;
}

GtkWidget *
_mz_partner_view_get_coordination_lines (MzPartnerView *self)
{
  return self->coordination_lines;
}

GtkListBox *
_mz_partner_view_get_contacts_list (MzPartnerView *self)
{
  return self->contacts_list;
}

GtkListBox *
_mz_partner_view_get_relations_list (MzPartnerView *self)
{
  return self->relations_list;
}

GtkListBox *
_mz_partner_view_get_follow_ups_list (MzPartnerView *self)
{
  return self->follow_ups_list;
}

GtkListBox *
_mz_partner_view_get_timeline_list (MzPartnerView *self)
{
  return self->timeline_list;
}

AdwViewStack *
_mz_partner_view_get_view_stack (MzPartnerView *self)
{
  return self->view_stack;
}

MzHistoryView *
_mz_partner_view_get_history_view (MzPartnerView *self)
{
  return self->history_view;
}

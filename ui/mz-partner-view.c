/* mz-partner-view.c — the page of one partner: who they are, who talks to
 * them, what every unit did and plans, and the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is the shared view of the relationship that coordination needs:
 * the approaches other units have planned come first, then the details,
 * contacts, relations, open follow-ups and one timeline of every unit's
 * interactions, with the partner's commitments, in-kind contributions
 * and totals in CHF after the details. Everything but the History is read
 * at once (a few small indexed queries); the History is read when its tab
 * is opened. The sections are shown by mz-partner-view-details.c and
 * mz-partner-view-timeline.c.
 */
#define G_LOG_DOMAIN "mz-partner-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-editor.h"
#include "mz-contact-store.h"
#include "mz-follow-up-store.h"
#include "mz-interaction-store.h"
#include "mz-partner-merge-dialog.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partner-view-private.h"

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
load_history (MzPartnerView *self)
{
  if (self->history_loaded || self->partner == NULL)
    return;

  self->history_loaded = TRUE;
  mz_history_view_load (self->history_view, self->store, mz_partner_get_id (self->partner));
}

void
_mz_partner_view_reload_after_edit (MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->partner == NULL)
    return;

  id = g_strdup (mz_partner_get_id (self->partner));
  if (!mz_partner_view_load (self, self->store, id, &error))
    _mz_partner_view_show_error_toast (self, error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_mz_partner_view_show_error_toast (MzPartnerView *self,
                                   const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

void
_mz_partner_view_open_partner (MzPartnerView *self,
                               const char    *partner_id)
{
  g_signal_emit (self, signals[OPEN_PARTNER], 0, partner_id);
}

/* Money: a commitment activated in the money group opens its editor (one
 * at a time); saving it refreshes the totals and the lists. */

static void
on_commitment_saved_cb (MzPartnerView *self)
{
  mz_partner_money_reload (self->money);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_open_commitment_cb (MzPartnerView *self,
                       const char    *commitment_id)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->commitment_editor != NULL)
    {
      gtk_window_present (self->commitment_editor);
      return;
    }

  self->commitment_editor = mz_commitment_editor_new (self->store, commitment_id, &error);
  if (self->commitment_editor == NULL)
    {
      _mz_partner_view_show_error_toast (self, error->message);
      return;
    }
  g_object_add_weak_pointer (G_OBJECT (self->commitment_editor), (gpointer *) &self->commitment_editor);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (self->commitment_editor, GTK_WINDOW (root));
  g_signal_connect_object (self->commitment_editor, "saved", G_CALLBACK (on_commitment_saved_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (self->commitment_editor);
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
      _mz_partner_view_show_error_toast (self, error->message);
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
    _mz_partner_view_open_contact_editor (self, NULL);
}

static void
plan_approach_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->partner != NULL)
    _mz_partner_view_open_interaction_editor (self, NULL, TRUE);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MzPartnerView *self = MZ_PARTNER_VIEW (widget);

  if (self->interactions != NULL)
    _mz_partner_view_show_more_timeline (self, G_MAXUINT);
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
    _mz_partner_view_reload_after_edit (self);
  _mz_partner_view_show_error_toast (self, message);
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
      _mz_partner_view_show_error_toast (self, error->message);
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
  g_clear_weak_pointer (&self->commitment_editor);

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
  g_type_ensure (MZ_TYPE_PARTNER_MONEY);

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
  gtk_widget_class_bind_template_child (widget_class, MzPartnerView, money);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_commitment_cb);

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

  _mz_partner_view_set_placeholder (self->contacts_list, _("No contacts yet"));
  _mz_partner_view_set_placeholder (self->follow_ups_list, _("Nothing to follow up"));
  _mz_partner_view_set_placeholder (self->timeline_list, _("No interactions yet"));
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

  _mz_partner_view_show_header (self);
  _mz_partner_view_show_details (self);
  _mz_partner_view_show_coordination (self);
  _mz_partner_view_show_contacts (self, contacts);
  _mz_partner_view_show_relations (self, relations);
  _mz_partner_view_show_follow_ups (self, follow_ups);
  /* One load of the money each time: another store starts empty. */
  if (mz_partner_money_get_store (self->money) != store)
    {
      mz_partner_money_set_partner_id (self->money, NULL);
      mz_partner_money_set_store (self->money, store);
    }
  if (g_strcmp0 (mz_partner_money_get_partner_id (self->money), partner_id) == 0)
    mz_partner_money_reload (self->money);
  else
    mz_partner_money_set_partner_id (self->money, partner_id);

  _mz_partner_view_clear_list (self->timeline_list);
  self->n_timeline_shown = 0;
  _mz_partner_view_show_more_timeline (self, TIMELINE_PAGE);

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

MzPartnerMoney *
_mz_partner_view_get_money (MzPartnerView *self)
{
  return self->money;
}

GtkWindow *
_mz_partner_view_get_commitment_editor (MzPartnerView *self)
{
  return self->commitment_editor;
}

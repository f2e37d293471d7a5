/* mz-interaction-editor-follow-ups.c — the follow-up rows of the
 * interaction editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follow-ups added, ticked done or reopened here are written when the
 * interaction is saved, after it (they need its id), each in its own
 * transaction through the service.
 */
#define G_LOG_DOMAIN "mz-interaction-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-follow-up-store.h"
#include "mz-interaction-editor-private.h"
#include "mz-interaction-service.h"
#include "mz-partner-format.h"

typedef struct
{
  MzFollowUp  *follow_up;     /* id NULL until saved */
  gboolean     was_done;
  GtkWidget   *row;
  GtkWidget   *check;
} FollowUpItem;

void
_mz_interaction_editor_follow_up_item_free (gpointer data)
{
  FollowUpItem *item = data;

  g_clear_object (&item->follow_up);
  g_free (item);
}

static void
update_follow_up_row (MzInteractionEditor *self,
                      FollowUpItem        *item)
{
  MzFollowUp *f = item->follow_up;
  g_autofree char *due = mz_format_date (mz_follow_up_get_due_date (f));
  g_autofree char *subtitle = NULL;
  const char *owner = mz_follow_up_get_owner_name (f);
  gboolean done = gtk_check_button_get_active (GTK_CHECK_BUTTON (item->check));

  if (owner == NULL)
    owner = _mz_interaction_editor_staff_name (self, mz_follow_up_get_owner_id (f));

  if (done && item->was_done)
    {
      g_autofree char *on = mz_format_date (mz_follow_up_get_done_date (f));

      /* Translators: %s is a date */
      subtitle = g_strdup_printf (_("Done on %s"), on ? on : "");
    }
  else if (done)
    subtitle = g_strdup (_("Marked done: saved with the interaction"));
  else if (due != NULL && owner != NULL)
    /* Translators: a follow-up's due date and owner */
    subtitle = g_strdup_printf (_("Due %s · %s"), due, owner);
  else if (due != NULL)
    subtitle = g_strdup_printf (_("Due %s"), due);
  else if (owner != NULL)
    subtitle = g_strdup (owner);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (item->row), subtitle ? subtitle : "");
}

static void
on_follow_up_toggled_cb (GtkCheckButton *check,
                         gpointer        user_data)
{
  FollowUpItem *item = user_data;
  MzInteractionEditor *self = g_object_get_data (G_OBJECT (check), "mz-editor");

  update_follow_up_row (self, item);
}

static void
on_follow_up_remove_clicked_cb (GtkButton *button,
                                gpointer   user_data)
{
  FollowUpItem *item = user_data;
  MzInteractionEditor *self = g_object_get_data (G_OBJECT (button), "mz-editor");

  adw_preferences_group_remove (self->follow_ups_group, item->row);
  g_ptr_array_remove (self->follow_ups, item);
}

static void
add_follow_up_row (MzInteractionEditor *self,
                   MzFollowUp          *follow_up)
{
  FollowUpItem *item = g_new0 (FollowUpItem, 1);

  item->follow_up = g_object_ref (follow_up);
  item->was_done = mz_follow_up_get_done_date (follow_up) != NULL;
  item->row = adw_action_row_new ();
  item->check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), mz_follow_up_get_title (follow_up));
  gtk_widget_set_valign (item->check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (item->check, _("Done"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (item->check), item->was_done);
  g_object_set_data (G_OBJECT (item->check), "mz-editor", self);
  g_signal_connect (item->check, "toggled", G_CALLBACK (on_follow_up_toggled_cb), item);
  adw_action_row_add_prefix (ADW_ACTION_ROW (item->row), item->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item->row), item->check);

  if (mz_follow_up_get_id (follow_up) == NULL)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "mz-editor", self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_follow_up_remove_clicked_cb), item);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), remove);
    }

  adw_preferences_group_add (self->follow_ups_group, item->row);
  g_ptr_array_add (self->follow_ups, item);
  update_follow_up_row (self, item);
}

void
_mz_interaction_editor_load_follow_ups (MzInteractionEditor *self)
{
  g_autoptr(GListModel) all = NULL;
  const char *id = mz_interaction_get_id (self->interaction);
  guint n;

  all = mz_follow_up_store_list_for_partner (self->store, mz_interaction_get_partner_id (self->interaction),
                                             TRUE, NULL);
  n = all ? g_list_model_get_n_items (all) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzFollowUp) f = g_list_model_get_item (all, i);

      if (g_strcmp0 (mz_follow_up_get_interaction_id (f), id) == 0)
        add_follow_up_row (self, f);
    }
}

void
_mz_interaction_editor_add_pending_follow_up (MzInteractionEditor *self,
                                              const char          *title,
                                              const char          *due_date,
                                              const char          *owner_id)
{
  g_autoptr(MzFollowUp) f = mz_follow_up_new ();
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));

  if (*trimmed == '\0')
    {
      gtk_label_set_label (self->follow_up_error, _("Task: say what is to be done."));
      gtk_widget_set_visible (GTK_WIDGET (self->follow_up_error), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_error), FALSE);
  mz_follow_up_set_title (f, trimmed);
  mz_follow_up_set_due_date (f, due_date);
  mz_follow_up_set_owner_id (f, owner_id);
  add_follow_up_row (self, f);
}

GPtrArray *
_mz_interaction_editor_changed_follow_ups (MzInteractionEditor *self)
{
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = _mz_interaction_editor_today_plus (0);

  for (guint i = 0; i < self->follow_ups->len; i++)
    {
      FollowUpItem *item = self->follow_ups->pdata[i];
      gboolean done = gtk_check_button_get_active (GTK_CHECK_BUTTON (item->check));

      if (mz_follow_up_get_id (item->follow_up) != NULL && done == item->was_done)
        continue;

      /* The service links a new one to the interaction and its partner. */
      if (mz_follow_up_get_id (item->follow_up) == NULL || done != item->was_done)
        mz_follow_up_set_done_date (item->follow_up, done ? today : NULL);
      g_ptr_array_add (changed, g_object_ref (item->follow_up));
    }
  return changed;
}

void
_mz_interaction_editor_follow_ups_saved (MzInteractionEditor *self)
{
  for (guint i = 0; i < self->follow_ups->len; i++)
    {
      FollowUpItem *item = self->follow_ups->pdata[i];

      item->was_done = gtk_check_button_get_active (GTK_CHECK_BUTTON (item->check));
    }
}

/* Private API, for the tests */

void
_mz_interaction_editor_add_follow_up (MzInteractionEditor *self,
                                      const char          *title,
                                      const char          *due_date)
{
  guint owner = adw_combo_row_get_selected (self->staff_row);

  _mz_interaction_editor_add_pending_follow_up (self, title, due_date,
                                                _mz_interaction_editor_staff_id_at (self, owner));
}

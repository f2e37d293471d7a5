/* mz-partner-view-timeline.c — a partner's page: one timeline of every
 * unit's interactions, and the notice of other units' planned approaches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-interaction-editor.h"
#include "mz-interaction-store.h"
#include "mz-partner-format.h"
#include "mz-partner-view-private.h"

void
_mz_partner_view_open_interaction_editor (MzPartnerView *self,
                                          MzInteraction *interaction,
                                          gboolean       planned)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor = mz_interaction_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->store, mz_partner_get_id (self->partner),
                                                 interaction, planned);

  g_signal_connect_object (editor, "saved", G_CALLBACK (_mz_partner_view_reload_after_edit), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void
on_interaction_activated_cb (AdwActionRow  *row,
                             MzPartnerView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) interaction =
    mz_interaction_store_get (self->store, g_object_get_data (G_OBJECT (row), "mz-interaction-id"), &error);

  if (interaction == NULL)
    _mz_partner_view_show_error_toast (self, error->message);
  else
    _mz_partner_view_open_interaction_editor (self, interaction, FALSE);
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
  subtitle = _mz_partner_view_join_parts (parts);

  row = _mz_partner_view_make_row (subject ? subject : mz_format_interaction_kind (kind), subtitle);
  icon = gtk_image_new_from_icon_name (mz_format_interaction_icon (kind));
  gtk_widget_set_tooltip_text (icon, mz_format_interaction_kind (kind));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (g_strcmp0 (status, "planned") == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               _mz_partner_view_make_badge (mz_format_interaction_status (status), "accent"));
  else if (g_strcmp0 (status, "cancelled") == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               _mz_partner_view_make_badge (mz_format_interaction_status (status), "dim-label"));

  if (is_other_units_plan (self, interaction))
    gtk_widget_add_css_class (row, "planned-approach");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "mz-interaction-id",
                          g_strdup (mz_interaction_get_id (interaction)), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_interaction_activated_cb), self);
  return row;
}

void
_mz_partner_view_show_more_timeline (MzPartnerView *self,
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

void
_mz_partner_view_show_coordination (MzPartnerView *self)
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

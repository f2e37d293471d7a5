/* mz-interaction-editor.c — the window that creates or edits an interaction,
 * with its follow-ups and the coordination notice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coordination: whenever the partner or the unit changes, the editor asks
 * the interaction service what other units did with the partner in the
 * last MZ_COORDINATION_DAYS or plan with it, and shows who and when above
 * the form. Saving a planned approach asks again and, if other units are
 * engaged, lets the user decide (Save Anyway / Cancel); nothing is blocked.
 *
 * Follow-ups added, ticked done or reopened here are written when the
 * interaction is saved, after it (they need its id), each in its own
 * transaction through the service.
 *
 * The coordination notice and the question before saving live in
 * mz-interaction-editor-coordination.c, the follow-up rows in
 * mz-interaction-editor-follow-ups.c; mz-interaction-editor-private.h
 * holds what they share.
 */
#define G_LOG_DOMAIN "mz-interaction-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mz-contact-store.h"
#include "mz-date-button.h"
#include "mz-follow-up-store.h"
#include "mz-interaction-editor-private.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-org-unit.h"
#include "mz-partner-chooser.h"
#include "mz-partner-format.h"
#include "mz-staff-list.h"
#include "mz-unit-row.h"
#include "mz-validate.h"

G_DEFINE_FINAL_TYPE (MzInteractionEditor, mz_interaction_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *field;
  gsize       label_offset;
  gsize       widget_offset;  /* 0: none */
} FieldPlace;

static const FieldPlace field_places[] = {
  { "partner_id", G_STRUCT_OFFSET (MzInteractionEditor, partner_error), G_STRUCT_OFFSET (MzInteractionEditor, partner_row) },
  { "contact_ids", G_STRUCT_OFFSET (MzInteractionEditor, participants_error), 0 },
  { "kind", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, kind_row) },
  { "subject", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, subject_row) },
  { "status", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, status_row) },
  { "date", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, date_row) },
  { "notes", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, notes_view) },
  { "unit_id", G_STRUCT_OFFSET (MzInteractionEditor, unit_error), G_STRUCT_OFFSET (MzInteractionEditor, unit_row) },
  { "staff_id", G_STRUCT_OFFSET (MzInteractionEditor, unit_error), G_STRUCT_OFFSET (MzInteractionEditor, staff_row) },
  { "title", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "due_date", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "owner_id", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "interaction_id", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
};

#define MEMBER(self, offset) G_STRUCT_MEMBER (gpointer, self, offset)

/* Dates */

char *
_mz_interaction_editor_today_plus (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Errors */

static const FieldPlace *
find_place (const char *field)
{
  for (gsize i = 0; field != NULL && i < G_N_ELEMENTS (field_places); i++)
    if (g_str_equal (field_places[i].field, field))
      return &field_places[i];
  return NULL;
}

static void
clear_errors (MzInteractionEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (field_places); i++)
    {
      gtk_widget_set_visible (MEMBER (self, field_places[i].label_offset), FALSE);
      if (field_places[i].widget_offset != 0)
        gtk_widget_remove_css_class (MEMBER (self, field_places[i].widget_offset), "error");
    }
}

static void
show_error (MzInteractionEditor *self,
            const GError        *error)
{
  const FieldPlace *place = find_place (mz_validation_error_get_field (error));

  clear_errors (self);

  if (place == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
      return;
    }

  gtk_label_set_label (MEMBER (self, place->label_offset), error->message);
  gtk_widget_set_visible (MEMBER (self, place->label_offset), TRUE);
  if (place->widget_offset != 0)
    {
      GtkWidget *widget = MEMBER (self, place->widget_offset);

      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget);
    }
}

/* Choices */

const char *
_mz_interaction_editor_selected_string (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item ? gtk_string_object_get_string (item) : NULL;
}

static void
select_string (AdwComboRow *row,
               const char  *value)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), value) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
}

static void
setup_code_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  with_icon)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  if (with_icon)
    gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_code_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  with_icon)
{
  const char *code = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *child = gtk_widget_get_first_child (box);

  if (with_icon)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (child), mz_format_interaction_icon (code));
      child = gtk_widget_get_next_sibling (child);
      gtk_label_set_label (GTK_LABEL (child), mz_format_interaction_kind (code));
    }
  else
    gtk_label_set_label (GTK_LABEL (child), mz_format_interaction_status (code));
}

/* A combo of codes shown by their labels (and icons for kinds). */
static void
fill_code_row (AdwComboRow        *row,
               const char * const *codes,
               gboolean            with_icon)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) codes);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_code_cb), GINT_TO_POINTER (with_icon));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_code_cb), GINT_TO_POINTER (with_icon));
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
}

static char *
unit_id_for_code (MzInteractionEditor *self,
                  const char          *code)
{
  g_autoptr(MzOrgUnit) unit = NULL;

  if (code == NULL)
    return NULL;
  unit = mz_org_unit_find (self->store, code, NULL);
  return unit ? g_strdup (mz_org_unit_get_id (unit)) : NULL;
}

char *
_mz_interaction_editor_unit_of_form (MzInteractionEditor *self)
{
  return unit_id_for_code (self, mz_unit_row_get_code (self->unit_row));
}

static void
fill_staff (MzInteractionEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->staff = mz_staff_list (self->store, &error);
  if (self->staff == NULL)
    {
      g_warning ("%s", error->message);
      self->staff = g_ptr_array_new ();
    }

  gtk_string_list_append (names, _("Not Recorded"));
  gtk_string_list_append (owners, _("Nobody Yet"));
  for (guint i = 0; i < self->staff->len; i++)
    {
      MzStaffMember *entry = self->staff->pdata[i];
      g_autofree char *label = NULL;

      /* Translators: a staff member and their unit, e.g. "Mei Lin Tan (TSB)" */
      label = entry->unit_code ? g_strdup_printf (_("%s (%s)"), entry->name, entry->unit_code)
                               : g_strdup (entry->name);
      gtk_string_list_append (names, label);
      gtk_string_list_append (owners, label);
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->follow_up_owner_dropdown, G_LIST_MODEL (owners));
}

/* Position in the staff combos (0: nobody) of @staff_id. */
static guint
staff_position (MzInteractionEditor *self,
                const char          *staff_id)
{
  for (guint i = 0; staff_id != NULL && i < self->staff->len; i++)
    if (g_strcmp0 (((MzStaffMember *) self->staff->pdata[i])->id, staff_id) == 0)
      return i + 1;
  return 0;
}

/* This user in this office, if they are on the staff list. */
static guint
own_staff_position (MzInteractionEditor *self)
{
  const char *user = mz_store_get_user (self->store);
  const char *office = mz_store_get_office (self->store);

  for (guint i = 0; user != NULL && i < self->staff->len; i++)
    {
      MzStaffMember *entry = self->staff->pdata[i];

      if (g_strcmp0 (entry->name, user) == 0 && g_strcmp0 (entry->unit_code, office) == 0)
        return i + 1;
    }
  return 0;
}

const char *
_mz_interaction_editor_staff_id_at (MzInteractionEditor *self,
                                    guint                position)
{
  if (position == 0 || position > self->staff->len)
    return NULL;
  return ((MzStaffMember *) self->staff->pdata[position - 1])->id;
}

const char *
_mz_interaction_editor_staff_name (MzInteractionEditor *self,
                                   const char          *staff_id)
{
  guint position = staff_position (self, staff_id);

  return position > 0 ? ((MzStaffMember *) self->staff->pdata[position - 1])->name : NULL;
}

/* Participants */

static void
clear_participants (MzInteractionEditor *self)
{
  for (guint i = 0; i < self->participant_rows->len; i++)
    adw_preferences_group_remove (self->participants_group, self->participant_rows->pdata[i]);
  g_ptr_array_set_size (self->participant_rows, 0);
  g_ptr_array_set_size (self->participant_checks, 0);
}

static void
add_placeholder_row (MzInteractionEditor *self,
                     const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (self->participants_group, row);
  g_ptr_array_add (self->participant_rows, row);
}

static char *
contact_display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);
  g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", given ? given : "",
                                                      family ? family : ""));

  if (*name == '\0' && mz_contact_get_local_name (contact) != NULL)
    return g_strdup (mz_contact_get_local_name (contact));
  if (*name == '\0')
    return g_strdup (mz_contact_get_forgotten_at (contact) ? _("Forgotten contact") : _("Unnamed contact"));
  return g_steal_pointer (&name);
}

static void
load_participants (MzInteractionEditor *self,
                   const char * const  *chosen)
{
  const char *partner_id = mz_partner_chooser_get_partner_id (self->partner_chooser);
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  clear_participants (self);

  if (partner_id == NULL)
    {
      add_placeholder_row (self, _("Choose the partner first"));
      return;
    }

  contacts = mz_contact_store_list_for_partner (self->store, partner_id, FALSE, &error);
  n = contacts ? g_list_model_get_n_items (contacts) : 0;
  if (n == 0)
    {
      add_placeholder_row (self, _("No contacts at this partner yet"));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_display_name (contact);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *title = mz_contact_get_title (contact);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (title != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "mz-contact-id",
                              g_strdup (mz_contact_get_id (contact)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL &&
                                   g_strv_contains (chosen, mz_contact_get_id (contact)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->participants_group, row);
      g_ptr_array_add (self->participant_rows, row);
      g_ptr_array_add (self->participant_checks, check);
    }
}

static char **
chosen_participants (MzInteractionEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->participant_checks->len; i++)
    {
      GtkCheckButton *check = self->participant_checks->pdata[i];

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "mz-contact-id"));
    }
  return g_strv_builder_end (builder);
}

/* Saving */

static MzInteraction *
read_form (MzInteractionEditor *self)
{
  MzInteraction *it = self->interaction ? mz_interaction_copy (self->interaction) : mz_interaction_new ();
  g_autofree char *unit_id = _mz_interaction_editor_unit_of_form (self);
  g_auto(GStrv) contacts = chosen_participants (self);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  mz_interaction_set_partner_id (it, mz_partner_chooser_get_partner_id (self->partner_chooser));
  mz_interaction_set_partner_name (it, mz_partner_chooser_get_partner_name (self->partner_chooser));
  mz_interaction_set_kind (it, _mz_interaction_editor_selected_string (self->kind_row));
  mz_interaction_set_status (it, _mz_interaction_editor_selected_string (self->status_row));
  mz_interaction_set_date (it, mz_date_button_get_date (self->date_button));
  mz_interaction_set_subject (it, *subject ? subject : NULL);
  mz_interaction_set_notes (it, *notes ? notes : NULL);
  mz_interaction_set_unit_id (it, unit_id);
  mz_interaction_set_unit_code (it, mz_unit_row_get_code (self->unit_row));
  mz_interaction_set_staff_id (it, _mz_interaction_editor_staff_id_at (self, adw_combo_row_get_selected (self->staff_row)));
  mz_interaction_set_contact_ids (it, (const char * const *) contacts);
  return it;
}

gboolean
_mz_interaction_editor_save_now (MzInteractionEditor *self)
{
  g_autoptr(MzInteraction) it = read_form (self);
  g_autoptr(GPtrArray) follow_ups = _mz_interaction_editor_changed_follow_ups (self);
  g_autoptr(GError) error = NULL;

  /* The interaction and its follow-ups in one transaction: all or none. */
  if (!mz_interaction_service_save (self->store, it, follow_ups, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  clear_errors (self);
  g_set_object (&self->interaction, it);
  _mz_interaction_editor_follow_ups_saved (self);

  g_signal_emit (self, signals[SAVED], 0, it);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Callbacks */

static void
on_partner_changed_cb (MzPartnerChooser    *chooser,
                       GParamSpec          *pspec,
                       MzInteractionEditor *self)
{
  g_auto(GStrv) chosen = chosen_participants (self);
  const char *name = mz_partner_chooser_get_partner_name (chooser);

  gtk_widget_set_visible (GTK_WIDGET (self->partner_error), FALSE);
  gtk_widget_remove_css_class (self->partner_row, "error");
  adw_window_title_set_subtitle (self->window_title, name ? name : "");
  load_participants (self, (const char * const *) chosen);
  _mz_interaction_editor_update_notice (self);
}

static void
on_unit_changed_cb (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    MzInteractionEditor *self)
{
  if (self->store != NULL)
    _mz_interaction_editor_update_notice (self);
}

static void
on_status_changed_cb (AdwComboRow         *row,
                      GParamSpec          *pspec,
                      MzInteractionEditor *self)
{
  gboolean planned = g_strcmp0 (_mz_interaction_editor_selected_string (row), "planned") == 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 planned ? _("Planned _date") : _("_Date"));
}

static void
on_add_follow_up_show_cb (GtkPopover          *popover,
                          MzInteractionEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_title_entry), "");
  mz_date_button_set_date (self->follow_up_due_button, NULL);
  gtk_drop_down_set_selected (self->follow_up_owner_dropdown,
                              adw_combo_row_get_selected (self->staff_row));
  gtk_widget_grab_focus (GTK_WIDGET (self->follow_up_title_entry));
}

static void
on_follow_up_add_clicked_cb (GtkButton           *button,
                             MzInteractionEditor *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->follow_up_title_entry));
  const char *due_date = mz_date_button_get_date (self->follow_up_due_button);
  guint owner = gtk_drop_down_get_selected (self->follow_up_owner_dropdown);

  _mz_interaction_editor_add_pending_follow_up (self, title, due_date,
                                                _mz_interaction_editor_staff_id_at (self, owner));
  gtk_popover_popdown (self->add_follow_up_popover);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _mz_interaction_editor_save (MZ_INTERACTION_EDITOR (widget));
}

/* GObject */

static void
mz_interaction_editor_dispose (GObject *object)
{
  MzInteractionEditor *self = MZ_INTERACTION_EDITOR (object);

  if (self->confirm_dialog != NULL)
    gtk_window_destroy (g_steal_pointer (&self->confirm_dialog));
  g_clear_object (&self->interaction);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_interaction_editor_parent_class)->dispose (object);
}

static void
mz_interaction_editor_finalize (GObject *object)
{
  MzInteractionEditor *self = MZ_INTERACTION_EDITOR (object);

  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_ptr_array_unref (self->participant_rows);
  g_ptr_array_unref (self->participant_checks);
  g_ptr_array_unref (self->follow_ups);

  G_OBJECT_CLASS (mz_interaction_editor_parent_class)->finalize (object);
}

static void
mz_interaction_editor_class_init (MzInteractionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_interaction_editor_dispose;
  object_class->finalize = mz_interaction_editor_finalize;

  /**
   * MzInteractionEditor::saved:
   * @interaction: the interaction as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MZ_TYPE_INTERACTION);

  g_type_ensure (MZ_TYPE_PARTNER_CHOOSER);
  g_type_ensure (MZ_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-interaction-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, form);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_heading);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_body);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_chooser);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, participants_group);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, participants_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, interaction_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, staff_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, unit_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, add_follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, add_follow_up_popover);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_title_entry);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_due_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_follow_up_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_add_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_interaction_editor_init (MzInteractionEditor *self)
{
  self->participant_rows = g_ptr_array_new ();
  self->participant_checks = g_ptr_array_new ();
  self->follow_ups = g_ptr_array_new_with_free_func (_mz_interaction_editor_follow_up_item_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_code_row (self->kind_row, mz_interaction_kinds (), TRUE);
  fill_code_row (self->status_row, mz_interaction_statuses (), FALSE);
  gtk_drop_down_set_expression (self->follow_up_owner_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_popover_set_default_widget (self->add_follow_up_popover, self->follow_up_add_button);
}

/* Private API, for the tests */

GtkWindow *
_mz_interaction_editor_get_confirm_dialog (MzInteractionEditor *self)
{
  return self->confirm_dialog;
}

GPtrArray *
_mz_interaction_editor_get_participant_checks (MzInteractionEditor *self)
{
  return self->participant_checks;
}

const char *
_mz_interaction_editor_get_error (MzInteractionEditor *self,
                                  const char          *field)
{
  const FieldPlace *place = find_place (field);
  GtkWidget *label;

  if (place == NULL)
    return NULL;
  label = MEMBER (self, place->label_offset);
  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* Public API */

GtkWindow *
mz_interaction_editor_new (GtkWindow     *parent,
                           MzStore       *store,
                           const char    *partner_id,
                           MzInteraction *interaction,
                           gboolean       planned)
{
  MzInteractionEditor *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) full = NULL;
  GtkTextBuffer *notes;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (interaction == NULL || MZ_IS_INTERACTION (interaction), NULL);

  self = g_object_new (MZ_TYPE_INTERACTION_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  mz_partner_chooser_set_store (self->partner_chooser, store);
  if (!mz_unit_row_set_store (self->unit_row, store, &error))
    g_warning ("%s", error->message);
  fill_staff (self);

  /* Rows of lists hold only what the list shows: read the whole row. */
  if (interaction != NULL && mz_interaction_get_id (interaction) != NULL)
    full = mz_interaction_store_get (store, mz_interaction_get_id (interaction), NULL);

  if (interaction != NULL)
    {
      MzInteraction *source = full ? full : interaction;
      g_autoptr(MzOrgUnit) unit = NULL;

      self->interaction = mz_interaction_copy (source);
      adw_window_title_set_title (self->window_title, _("Edit Interaction"));
      select_string (self->kind_row, mz_interaction_get_kind (source));
      select_string (self->status_row, mz_interaction_get_status (source));
      mz_date_button_set_date (self->date_button, mz_interaction_get_date (source));
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row),
                             mz_interaction_get_subject (source) ? mz_interaction_get_subject (source) : "");
      notes = gtk_text_view_get_buffer (self->notes_view);
      gtk_text_buffer_set_text (notes, mz_interaction_get_notes (source) ? mz_interaction_get_notes (source) : "", -1);
      mz_unit_row_select (self->unit_row, mz_interaction_get_unit_code (source));
      adw_combo_row_set_selected (self->staff_row, staff_position (self, mz_interaction_get_staff_id (source)));
      /* Sets the participants and the notice. */
      mz_partner_chooser_set_partner_id (self->partner_chooser, mz_interaction_get_partner_id (source));
      load_participants (self, mz_interaction_get_contact_ids (source));
      if (mz_interaction_get_id (source) != NULL)
        _mz_interaction_editor_load_follow_ups (self);
    }
  else
    {
      g_autofree char *date = _mz_interaction_editor_today_plus (planned ? 7 : 0);

      adw_window_title_set_title (self->window_title,
                                  planned ? _("Plan an Approach") : _("New Interaction"));
      select_string (self->kind_row, "meeting");
      select_string (self->status_row, planned ? "planned" : "done");
      mz_date_button_set_date (self->date_button, date);
      mz_unit_row_select (self->unit_row, mz_store_get_office (store));
      adw_combo_row_set_selected (self->staff_row, own_staff_position (self));
      mz_partner_chooser_set_partner_id (self->partner_chooser, partner_id);
      if (mz_partner_chooser_get_partner_id (self->partner_chooser) == NULL)
        load_participants (self, NULL);
    }

  _mz_interaction_editor_update_notice (self);
  gtk_widget_grab_focus (mz_partner_chooser_get_partner_id (self->partner_chooser) != NULL
                         ? self->subject_row : GTK_WIDGET (self->partner_chooser));
  return GTK_WINDOW (self);
}

/* mz-report-obligation-editor.c — the window that adds or edits one donor
 * reporting obligation of a commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kind (interim, final, financial), due date, delivered date and notes.
 * The service checks the dates against the commitment's period; its
 * errors name the field, which the window marks.
 */
#define G_LOG_DOMAIN "mz-report-obligation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-date-button.h"
#include "mz-partner-format.h"
#include "mz-report-obligation-editor.h"
#include "mz-validate.h"

struct _MzReportObligationEditor
{
  AdwWindow           parent_instance;

  MzStore            *store;
  char               *commitment_id;
  MzReportObligation *report;        /* NULL for a new one */
  const char         *wrong_field;

  AdwWindowTitle     *title;
  GtkLabel           *error_label;
  AdwComboRow        *kind_row;
  GtkWidget          *due_row;
  MzDateButton       *due_button;
  GtkWidget          *delivered_row;
  MzDateButton       *delivered_button;
  GtkWidget          *notes_row;
};

G_DEFINE_FINAL_TYPE (MzReportObligationEditor, mz_report_obligation_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
field_row (MzReportObligationEditor *self,
           const char               *field)
{
  if (g_strcmp0 (field, "report_kind") == 0)
    return GTK_WIDGET (self->kind_row);
  if (g_strcmp0 (field, "due_date") == 0)
    return self->due_row;
  if (g_strcmp0 (field, "delivered_date") == 0)
    return self->delivered_row;
  if (g_strcmp0 (field, "report_notes") == 0)
    return self->notes_row;
  return NULL;
}

static void
clear_error (MzReportObligationEditor *self)
{
  const char *fields[] = { "report_kind", "due_date", "delivered_date", "report_notes" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_remove_css_class (field_row (self, fields[i]), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->wrong_field = NULL;
}

static void
show_error (MzReportObligationEditor *self,
            const GError             *error)
{
  const char *field = error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL;
  GtkWidget *row = field_row (self, field);

  clear_error (self);
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
      self->wrong_field = g_intern_string (field);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzReportObligationEditor *self = MZ_REPORT_OBLIGATION_EDITOR (widget);
  const char * const *kinds = mz_commitment_report_kinds ();
  guint index = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(MzReportObligation) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row))));
  gboolean ok;

  r = mz_report_obligation_new (index < g_strv_length ((char **) kinds) ? kinds[index] : NULL,
                                mz_date_button_get_date (self->due_button));
  r->delivered_date = g_strdup (mz_date_button_get_date (self->delivered_button));
  r->notes = *notes != '\0' ? g_steal_pointer (&notes) : NULL;

  if (self->report != NULL)
    {
      r->id = g_strdup (self->report->id);
      ok = mz_commitment_service_update_report (self->store, r, &error);
    }
  else
    ok = mz_commitment_service_add_report (self->store, self->commitment_id, r, &error);

  if (!ok)
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, r->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
date_row (const char    *title,
          MzDateButton **button)
{
  GtkWidget *row = adw_action_row_new ();

  *button = MZ_DATE_BUTTON (mz_date_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (*button), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*button));
  return row;
}

static void
mz_report_obligation_editor_dispose (GObject *object)
{
  MzReportObligationEditor *self = MZ_REPORT_OBLIGATION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->commitment_id, g_free);
  g_clear_pointer (&self->report, mz_report_obligation_free);

  G_OBJECT_CLASS (mz_report_obligation_editor_parent_class)->dispose (object);
}

static void
mz_report_obligation_editor_class_init (MzReportObligationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_report_obligation_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_report_obligation_editor_init (MzReportObligationEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Reporting Obligation"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "report.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  for (const char * const *k = mz_commitment_report_kinds (); *k != NULL; k++)
    gtk_string_list_append (kinds, mz_commitment_report_kind_label (*k));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("_Kind"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->kind_row), TRUE);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->due_row = date_row (_("_Due On"), &self->due_button);
  self->delivered_row = date_row (_("De_livered On"), &self->delivered_button);
  mz_date_button_set_can_clear (self->delivered_button, TRUE);
  self->notes_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notes_row), _("_Notes"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->notes_row), TRUE);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->due_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->delivered_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->notes_row);
  gtk_box_append (GTK_BOX (form), group);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->error_label));

  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), form);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWindow *
mz_report_obligation_editor_new (MzStore                  *store,
                                 const MzCommitment       *commitment,
                                 const MzReportObligation *report)
{
  MzReportObligationEditor *self;
  const char * const *kinds = mz_commitment_report_kinds ();
  g_autofree char *start = NULL, *end = NULL, *period = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (commitment != NULL && commitment->id != NULL, NULL);

  self = g_object_new (MZ_TYPE_REPORT_OBLIGATION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->commitment_id = g_strdup (commitment->id);
  self->report = mz_report_obligation_copy (report);

  start = mz_format_date (commitment->start_date);
  end = mz_format_date (commitment->end_date);
  if (start != NULL && end != NULL)
    /* Translators: the commitment's period, shown under the window's title */
    period = g_strdup_printf (_("Period %s to %s"), start, end);
  adw_window_title_set_subtitle (self->title, period ? period : commitment->title);

  if (report != NULL)
    {
      for (guint i = 0; kinds[i] != NULL; i++)
        if (g_strcmp0 (kinds[i], report->kind) == 0)
          adw_combo_row_set_selected (self->kind_row, i);
      mz_date_button_set_date (self->due_button, report->due_date);
      mz_date_button_set_date (self->delivered_button, report->delivered_date);
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), report->notes ? report->notes : "");
    }
  else
    {
      /* A new report is due at the end of the period, when there is one. */
      mz_date_button_set_date (self->due_button, commitment->end_date);
      mz_date_button_set_date (self->delivered_button, NULL);
    }
  return GTK_WINDOW (self);
}

AdwComboRow *
_mz_report_obligation_editor_get_kind_row (MzReportObligationEditor *self)
{
  return self->kind_row;
}

GtkWidget *
_mz_report_obligation_editor_get_due (MzReportObligationEditor *self)
{
  return GTK_WIDGET (self->due_button);
}

GtkWidget *
_mz_report_obligation_editor_get_delivered (MzReportObligationEditor *self)
{
  return GTK_WIDGET (self->delivered_button);
}

GtkEditable *
_mz_report_obligation_editor_get_notes (MzReportObligationEditor *self)
{
  return GTK_EDITABLE (self->notes_row);
}

const char *
_mz_report_obligation_editor_get_error (MzReportObligationEditor *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

const char *
_mz_report_obligation_editor_get_wrong_field (MzReportObligationEditor *self)
{
  return self->wrong_field;
}

/* mz-commitment-editor-obligations.c — the donor reporting obligations of
 * the commitment editor: interim, final and financial reports with their
 * due and delivered dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each change is saved at once, in its own transaction, through
 * app/mz-commitment-service (like payments: they belong to a saved
 * commitment). Marking delivered and removing offer Undo in a toast; a
 * report not delivered by its due date is shown overdue.
 */
#define G_LOG_DOMAIN "mz-commitment-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-partner-format.h"
#include "mz-report-obligation-editor.h"

static MzReportObligation *
report_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "mz-report");
}

static void
reports_changed (MzCommitmentEditor *self,
                 AdwToast           *toast)
{
  _mz_commitment_editor_load_reports (self);
  if (toast != NULL)
    _mz_commitment_editor_toast (self, toast);
}

static void
show_failure (MzCommitmentEditor *self,
              const GError       *error)
{
  _mz_commitment_editor_show_label (self->reports_error, error->message);
}

/* Undo */

static void
on_undo_remove_cb (AdwToast           *toast,
                   MzCommitmentEditor *self)
{
  MzReportObligation *removed = g_object_get_data (G_OBJECT (toast), "mz-report");
  g_autoptr(MzReportObligation) again = mz_report_obligation_copy (removed);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&again->id, g_free);
  if (!mz_commitment_service_add_report (self->store, self->before->id, again, &error))
    show_failure (self, error);
  reports_changed (self, NULL);
}

static void
on_undo_deliver_cb (AdwToast           *toast,
                    MzCommitmentEditor *self)
{
  MzReportObligation *report = g_object_get_data (G_OBJECT (toast), "mz-report");
  g_autoptr(GError) error = NULL;

  if (!mz_commitment_service_deliver_report (self->store, report->id, report->delivered_date, &error))
    show_failure (self, error);
  reports_changed (self, NULL);
}

static AdwToast *
undo_toast_new (const char         *title,
                MzReportObligation *before,
                GCallback           undo,
                MzCommitmentEditor *self)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "mz-report", mz_report_obligation_copy (before),
                          (GDestroyNotify) mz_report_obligation_free);
  g_signal_connect_object (toast, "button-clicked", undo, self, 0);
  return toast;
}

/* Row buttons */

static void
on_deliver_clicked_cb (GtkButton          *button,
                       MzCommitmentEditor *self)
{
  MzReportObligation *report = report_of (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!mz_commitment_service_deliver_report (self->store, report->id, _mz_commitment_editor_today (), &error))
    {
      show_failure (self, error);
      return;
    }
  toast = undo_toast_new (_("Report marked delivered today"), report, G_CALLBACK (on_undo_deliver_cb), self);
  reports_changed (self, toast);
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      MzCommitmentEditor *self)
{
  MzReportObligation *report = report_of (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!mz_commitment_service_remove_report (self->store, report->id, &error))
    {
      show_failure (self, error);
      return;
    }
  toast = undo_toast_new (_("Reporting obligation removed"), report, G_CALLBACK (on_undo_remove_cb), self);
  reports_changed (self, toast);
}

static void
on_report_saved_cb (GtkWindow          *editor,
                    const char         *report_id,
                    MzCommitmentEditor *self)
{
  reports_changed (self, adw_toast_new (_("Reporting obligation saved")));
}

static void
open_editor (MzCommitmentEditor       *self,
             const MzReportObligation *report)
{
  GtkWindow *editor;

  if (self->before == NULL)
    return;
  if (self->report_editor != NULL)
    gtk_window_destroy (self->report_editor);

  editor = mz_report_obligation_editor_new (self->store, self->before, report);
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_report_saved_cb), self, 0);
  g_set_weak_pointer (&self->report_editor, editor);
  gtk_window_present (editor);
}

static void
on_edit_clicked_cb (GtkButton          *button,
                    MzCommitmentEditor *self)
{
  open_editor (self, report_of (GTK_WIDGET (button)));
}

/* Rows */

static GtkWidget *
row_button (MzCommitmentEditor *self,
            MzReportObligation *report,
            const char         *icon,
            const char         *label,
            const char         *tooltip,
            GCallback           callback)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon) : gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  if (icon != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "mz-report", report);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
report_row_new (MzCommitmentEditor *self,
                MzReportObligation *report)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *due = mz_format_date (report->due_date);
  g_autofree char *delivered = mz_format_date (report->delivered_date);
  g_autofree char *subtitle = NULL;
  gboolean overdue = report->delivered_date == NULL &&
                     strcmp (report->due_date, _mz_commitment_editor_today ()) < 0;

  if (delivered != NULL)
    /* Translators: a report's due date, then the day it was delivered */
    subtitle = g_strdup_printf (_("Due %s · delivered %s"), due, delivered);
  else
    /* Translators: a report's due date */
    subtitle = g_strdup_printf (_("Due %s"), due);
  if (report->notes != NULL)
    {
      g_autofree char *with_notes = g_strdup_printf ("%s · %s", subtitle, report->notes);

      g_free (subtitle);
      subtitle = g_steal_pointer (&with_notes);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mz_commitment_report_kind_label (report->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "mz-report", report, (GDestroyNotify) mz_report_obligation_free);

  if (overdue)
    {
      GtkWidget *tag = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), tag);
      gtk_widget_add_css_class (row, "overdue");
    }
  else if (delivered != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delivered"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  if (delivered == NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               row_button (self, report, NULL, _("Mark _Delivered"),
                                           _("The report was sent today"),
                                           G_CALLBACK (on_deliver_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, report, "document-edit-symbolic", NULL,
                                         _("Edit Reporting Obligation"), G_CALLBACK (on_edit_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, report, "user-trash-symbolic", NULL,
                                         _("Remove Reporting Obligation"), G_CALLBACK (on_remove_clicked_cb)));
  return row;
}

void
_mz_commitment_editor_load_reports (MzCommitmentEditor *self)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_list))) != NULL)
    gtk_list_box_remove (self->report_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->reports_error), FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-report", self->before != NULL);
  if (self->before == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Save the commitment first, then add the reports the donor expects."));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->report_list, row);
      return;
    }

  reports = mz_commitment_store_list_reports (self->store, self->before->id, &error);
  if (reports == NULL)
    {
      show_failure (self, error);
      return;
    }

  /* Each row owns its report. */
  g_ptr_array_set_free_func (reports, NULL);
  for (guint i = 0; i < reports->len; i++)
    gtk_list_box_append (self->report_list, report_row_new (self, g_ptr_array_index (reports, i)));

  if (reports->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No reports expected by the donor yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->report_list, row);
    }
}

void
_mz_commitment_editor_add_report (MzCommitmentEditor *self)
{
  open_editor (self, NULL);
}

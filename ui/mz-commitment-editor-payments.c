/* mz-commitment-editor-payments.c — the schedule and the payments of the
 * commitment editor: the re-planned schedule before it is applied,
 * payments recorded and reversed, the unpaid balance written off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reversal soft-deletes the payment and its links (audited) through
 * mz_payment_service_reverse(): the instalments it settled go back to
 * scheduled or partly received, and the payment stays in the list, marked
 * reversed, as part of the commitment's history.
 */
#define G_LOG_DOMAIN "mz-commitment-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-service.h"
#include "mz-instalment-store.h"
#include "mz-partner-format.h"
#include "mz-payment-editor.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-schedule.h"

/* Schedule */

gboolean
_mz_commitment_editor_terms_changed (MzCommitmentEditor *self,
                                     const MzCommitment *c)
{
  const MzCommitment *b = self->before;

  return b == NULL || b->signed_amount != c->signed_amount ||
         g_strcmp0 (b->start_date, c->start_date) != 0 ||
         g_strcmp0 (b->end_date, c->end_date) != 0 ||
         g_strcmp0 (b->schedule_frequency, c->schedule_frequency) != 0;
}

void
_mz_commitment_editor_update_schedule_preview (MzCommitmentEditor *self)
{
  g_autoptr(MzCommitment) c = self->before ? mz_commitment_copy (self->before) : mz_commitment_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) preview = NULL;
  const char *frequency;

  if (self->loading)
    return;

  mz_schedule_grid_set_currency (self->schedule_grid, _mz_commitment_editor_currency (self));
  if (!_mz_commitment_editor_read_form (self, c, NULL))
    return;

  frequency = c->schedule_frequency;
  if (g_strcmp0 (frequency, "irregular") == 0)
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE,
                                    _("Enter the instalments by hand; they must add up to the signed amount."));
      return;
    }

  if (c->signed_amount == MZ_AMOUNT_NONE || c->start_date == NULL || c->end_date == NULL)
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE,
                                    self->current != NULL && self->current->len > 0 ? NULL
                                    : _("The instalments are planned from the signed amount, the period and "
                                        "the frequency."));
      return;
    }

  if (self->before == NULL || self->current == NULL || self->current->len == 0)
    {
      g_autofree char *message = NULL;

      preview = mz_schedule_generate (c->start_date, c->end_date, mz_frequency_from_string (frequency),
                                      c->signed_amount, &error);
      if (preview == NULL)
        {
          mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, error->message);
          return;
        }
      message = g_strdup_printf (ngettext ("%u instalment, saved with the commitment once it is signed.",
                                           "%u instalments, saved with the commitment once it is signed.",
                                           preview->len), preview->len);
      mz_schedule_grid_set_preview (self->schedule_grid, preview, FALSE, message);
      return;
    }

  if (!_mz_commitment_editor_terms_changed (self, c))
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, NULL);
      return;
    }

  preview = mz_commitment_service_preview_schedule (self->store, c, &error);
  if (preview == NULL)
    mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, error->message);
  else
    mz_schedule_grid_set_preview (self->schedule_grid, preview, TRUE, NULL);
}


void
_mz_commitment_editor_load_schedule (MzCommitmentEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean outstanding = FALSE;

  g_clear_pointer (&self->current, g_array_unref);
  if (self->before != NULL)
    {
      self->current = mz_instalment_store_list (self->store, self->before->id, &error);
      if (self->current == NULL)
        g_warning ("Cannot read the instalments: %s", error->message);
    }

  for (guint i = 0; self->current != NULL && i < self->current->len; i++)
    outstanding |= mz_schedule_outstanding (&g_array_index (self->current, MzInstalment, i)) > 0;

  mz_schedule_grid_set_currency (self->schedule_grid, _mz_commitment_editor_currency (self));
  mz_schedule_grid_set_current (self->schedule_grid, self->current, _mz_commitment_editor_today ());
  mz_schedule_grid_set_can_write_off (self->schedule_grid, outstanding);
}

/* Payments */

static void
on_reverse_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        MzCommitmentEditor *self)
{
  const char *payment_id = g_object_get_data (G_OBJECT (dialog), "mz-payment-id");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reverse"))
    return;

  if (!mz_payment_service_reverse (self->store, payment_id, &error))
    {
      _mz_commitment_editor_show_label (self->payments_error, error->message);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->payments_error), FALSE);
  _mz_commitment_editor_refresh (self, _("Payment reversed"));
}

static void
on_reverse_clicked_cb (GtkButton          *button,
                       MzCommitmentEditor *self)
{
  const MzPayment *payment = g_object_get_data (G_OBJECT (button), "mz-payment");
  g_autofree char *amount = mz_money_entry_format (payment->amount, payment->currency);
  g_autofree char *date = mz_format_date (payment->date);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Reverse This Payment?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s %s is an amount and its currency, %s its date */
                                  _("The payment of %s %s received on %s will no longer count. The "
                                    "instalments it settled go back to scheduled or partly received, "
                                    "and the commitment is no longer completed by it. The payment stays "
                                    "in the list, marked reversed, and the reversal is kept in the "
                                    "history."),
                                  amount, payment->currency, date ? date : payment->date);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reverse", _("_Reverse Payment"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reverse",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "mz-payment-id", g_strdup (payment->id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reverse_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
payment_row_new (MzCommitmentEditor *self,
                 MzPayment          *payment)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *amount = mz_money_entry_format (payment->amount, payment->currency);
  g_autofree char *chf = mz_money_entry_format (payment->amount_chf, "CHF");
  g_autofree char *date = mz_format_date (payment->date);
  /* Translators: a payment: its amount, then its currency */
  g_autofree char *title = g_strdup_printf (_("%s %s"), amount, payment->currency);
  g_autofree char *subtitle = NULL;

  if (payment->reversed_at != NULL)
    {
      g_autofree char *when = g_strndup (payment->reversed_at, 10);
      g_autofree char *reversed = mz_format_date (when);

      /* Translators: a reversed payment: its date, its value in Swiss francs, when it was reversed */
      subtitle = g_strdup_printf (_("%s · CHF %s · reversed on %s"), date ? date : payment->date, chf,
                                  reversed ? reversed : when);
    }
  else
    /* Translators: a payment's date and its value in Swiss francs */
    subtitle = g_strdup_printf (_("%s · CHF %s"), date ? date : payment->date, chf);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (payment->reference != NULL)
    {
      GtkWidget *reference = gtk_label_new (payment->reference);

      gtk_label_set_ellipsize (GTK_LABEL (reference), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (reference), 16);
      gtk_widget_add_css_class (reference, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reference);
    }

  if (payment->reversed_at != NULL)
    {
      GtkWidget *tag = gtk_label_new (_("Reversed"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
      gtk_widget_add_css_class (row, "reversed");
      gtk_widget_add_css_class (row, "dim-label");
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Re_verse…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Undo this payment, e.g. one recorded by mistake"));
      g_object_set_data_full (G_OBJECT (button), "mz-payment", payment, (GDestroyNotify) mz_payment_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_reverse_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      return row;
    }
  mz_payment_free (payment);
  return row;
}

void
_mz_commitment_editor_load_payments (MzCommitmentEditor *self)
{
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->payment_list))) != NULL)
    gtk_list_box_remove (self->payment_list, child);

  gtk_widget_set_visible (self->payments_group, self->before != NULL);
  if (self->before == NULL)
    return;

  payments = mz_payment_store_list_with_reversed (self->store, self->before->id, &error);
  if (payments == NULL)
    {
      _mz_commitment_editor_show_label (self->payments_error, error->message);
      return;
    }

  /* Each row owns its payment. */
  g_ptr_array_set_free_func (payments, NULL);
  for (guint i = 0; i < payments->len; i++)
    gtk_list_box_append (self->payment_list, payment_row_new (self, g_ptr_array_index (payments, i)));

  if (payments->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No payments received yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->payment_list, row);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.record-payment",
                                 mz_commitment_stage_is_signed (self->before->stage) &&
                                 self->current != NULL && self->current->len > 0);
}

static void
on_payment_saved_cb (GtkWindow          *editor,
                     const char         *payment_id,
                     MzCommitmentEditor *self)
{
  _mz_commitment_editor_refresh (self, _("Payment recorded"));
}

void
_mz_commitment_editor_record_payment (MzCommitmentEditor *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  if (self->before == NULL)
    return;
  if (self->payment_editor != NULL)
    {
      gtk_window_present (self->payment_editor);
      return;
    }

  editor = mz_payment_editor_new (self->store, self->before->id, &error);
  if (editor == NULL)
    {
      _mz_commitment_editor_toast (self, adw_toast_new (error->message));
      return;
    }
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_payment_saved_cb), self, 0);
  g_set_weak_pointer (&self->payment_editor, editor);
  gtk_window_present (editor);
}

/* Write-off */

static void
on_write_off_response_cb (AdwMessageDialog   *dialog,
                          const char         *response,
                          MzCommitmentEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "write-off"))
    return;

  if (!mz_commitment_service_write_off (self->store, self->before->id, NULL, &error))
    {
      _mz_commitment_editor_show_label (self->schedule_error, error->message);
      return;
    }
  _mz_commitment_editor_refresh (self, _("Balance written off"));
}

void
_mz_commitment_editor_write_off (MzCommitmentEditor *self)
{
  GtkWidget *dialog;
  gint64 outstanding = 0;
  g_autofree char *amount = NULL;

  if (self->before == NULL || self->current == NULL)
    return;

  for (guint i = 0; i < self->current->len; i++)
    outstanding += mz_schedule_outstanding (&g_array_index (self->current, MzInstalment, i));
  amount = mz_money_entry_format (outstanding, self->before->currency);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Write Off the Unpaid Balance?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s %s is an amount and its currency */
                                  _("%s %s still due will be given up. The instalments stay in the "
                                    "schedule, marked written off, and the commitment completes."),
                                  amount, self->before->currency);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "write-off", _("_Write Off"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "write-off",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_write_off_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* mz-payment-editor.c — the window that records a payment received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-payment-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-currency-rates.h"
#include "mz-currency-picker.h"
#include "mz-currency.h"
#include "mz-date-button.h"
#include "mz-instalment-store.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-payment-editor.h"
#include "mz-payment-service.h"
#include "mz-schedule.h"
#include "mz-validate.h"

struct _MzPaymentEditor
{
  AdwWindow         parent_instance;

  MzStore          *store;
  MzCommitment     *commitment;
  GArray           *instalments;   /* the unpaid ones, oldest first */
  GPtrArray        *checks;        /* GtkCheckButton per instalment */

  AdwWindowTitle   *window_title;
  GtkWidget        *date_row;
  MzDateButton     *date_button;
  GtkWidget        *amount_row;
  MzMoneyEntry     *amount_entry;
  GtkWidget        *currency_row;
  MzCurrencyPicker *currency_picker;
  GtkWidget        *reference_row;
  GtkWidget        *chf_row;
  GtkLabel         *chf_label;
  GtkLabel         *payment_error;
  GtkListBox       *instalment_list;
  GtkLabel         *instalments_error;
};

G_DEFINE_FINAL_TYPE (MzPaymentEditor, mz_payment_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
currency (MzPaymentEditor *self)
{
  return mz_currency_picker_get_currency (self->currency_picker);
}

static void
select_currency (MzPaymentEditor *self,
                 const char      *code)
{
  mz_currency_picker_set_currency (self->currency_picker, code);
}

/* A rate in units per USD × 10^6 as a decimal, e.g. "0.912345". */
static char *
format_rate (gint64 micro)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%06" G_GINT64_FORMAT, micro / 1000000, micro % 1000000);
}

static void
update_conversion (MzPaymentEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *date = mz_date_button_get_date (self->date_button);
  const char *code = currency (self);
  gint64 amount = mz_money_entry_get_amount (self->amount_entry);
  MzChfConversion conversion;

  mz_money_entry_set_currency (self->amount_entry, code);
  gtk_widget_remove_css_class (GTK_WIDGET (self->chf_label), "error");

  if (amount == G_MININT64 || amount <= 0 || date == NULL)
    {
      gtk_label_set_label (self->chf_label, "—");
      return;
    }

  if (!mz_currency_rates_to_chf (self->store, amount, code, date, &conversion, &error))
    {
      gtk_label_set_label (self->chf_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->chf_label), "error");
      return;
    }

  {
    g_autofree char *chf = mz_money_entry_format (conversion.amount_chf, "CHF");
    g_autofree char *rate = format_rate (conversion.rate_micro);
    g_autofree char *chf_rate = format_rate (conversion.chf_rate_micro);
    g_autofree char *month = g_strndup (date, 7);
    g_autofree char *text = NULL;

    if (g_str_equal (code, "CHF") || g_str_equal (code, "USD"))
      /* Translators: the CHF equivalent of a payment and the UN rate used:
       * "CHF 1,234.50", "1 USD = 0.887000 CHF (2025-01)" */
      text = g_strdup_printf (_("CHF %s\n1 USD = %s CHF (%s)"), chf, chf_rate, month);
    else
      /* Translators: the CHF equivalent of a payment, then the UN rates used:
       * "CHF 1,234.50", "1 USD = 0.912345 EUR · 0.887000 CHF (2025-01)" */
      text = g_strdup_printf (_("CHF %s\n1 USD = %s %s · %s CHF (%s)"), chf, rate, code, chf_rate, month);

    gtk_label_set_label (self->chf_label, text);
  }
}

static void
clear_errors (MzPaymentEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->payment_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->instalments_error), FALSE);
  gtk_widget_remove_css_class (self->date_row, "error");
  gtk_widget_remove_css_class (self->amount_row, "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");
}

static void
show_error (MzPaymentEditor *self,
            const GError    *error)
{
  const char *field = error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL;
  GtkLabel *label = self->payment_error;

  clear_errors (self);
  if (g_strcmp0 (field, "date") == 0)
    gtk_widget_add_css_class (self->date_row, "error");
  else if (g_strcmp0 (field, "amount") == 0)
    gtk_widget_add_css_class (self->amount_row, "error");
  else if (g_strcmp0 (field, "currency") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->currency_row), "error");
  else if (g_strcmp0 (field, "instalments") == 0)
    label = self->instalments_error;

  gtk_label_set_label (label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
save (MzPaymentEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *reference = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row))));
  MzPaymentRequest request;
  MzPaymentResult result = { 0 };
  gint64 amount;

  clear_errors (self);

  if (!mz_money_entry_read (self->amount_entry, &amount, &error))
    {
      g_autoptr(GError) named = NULL;

      mz_validation_set_error (&named, MZ_VALIDATION_ERROR_NUMBER, "amount", _("Amount"), "%s", error->message);
      show_error (self, named);
      return;
    }

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (ids, g_array_index (self->instalments, MzInstalment, i).id);
  g_ptr_array_add (ids, NULL);

  mz_payment_request_init (&request);
  request.commitment_id = self->commitment->id;
  request.date = mz_date_button_get_date (self->date_button);
  request.amount = amount;
  request.currency = currency (self);
  request.reference = *reference != '\0' ? reference : NULL;
  request.instalment_ids = ids->len > 1 ? (const char * const *) ids->pdata : NULL;

  if (!mz_payment_service_record (self->store, &request, &result, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, result.payment_id);
  mz_payment_result_clear (&result);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill_instalments (MzPaymentEditor *self)
{
  gboolean first = TRUE;

  for (guint i = 0; i < self->instalments->len; i++)
    {
      const MzInstalment *instalment = &g_array_index (self->instalments, MzInstalment, i);
      gint64 due = mz_schedule_outstanding (instalment);
      g_autofree char *amount = mz_money_entry_format (due, self->commitment->currency);
      g_autofree char *subtitle = g_strdup_printf ("%s %s", amount, self->commitment->currency);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), instalment->due_date);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), first);
      first = FALSE;
      gtk_list_box_append (self->instalment_list, row);
      g_ptr_array_add (self->checks, check);
    }
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (MZ_PAYMENT_EDITOR (widget));
}

/* Overrides */

static void
mz_payment_editor_dispose (GObject *object)
{
  MzPaymentEditor *self = MZ_PAYMENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MZ_TYPE_PAYMENT_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->commitment, mz_commitment_free);
  g_clear_pointer (&self->instalments, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (mz_payment_editor_parent_class)->dispose (object);
}

static void
mz_payment_editor_class_init (MzPaymentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_payment_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_MONEY_ENTRY);
  g_type_ensure (MZ_TYPE_DATE_BUTTON);
  g_type_ensure (MZ_TYPE_CURRENCY_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-payment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, currency_picker);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, reference_row);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, chf_row);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, chf_label);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, payment_error);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, instalment_list);
  gtk_widget_class_bind_template_child (widget_class, MzPaymentEditor, instalments_error);

  gtk_widget_class_install_action (widget_class, "payment.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "payment.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_payment_editor_init (MzPaymentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();

  g_signal_connect_swapped (self->currency_picker, "notify::currency", G_CALLBACK (update_conversion), self);
  g_signal_connect_swapped (self->amount_entry, "notify::amount", G_CALLBACK (update_conversion), self);
  g_signal_connect_swapped (self->date_button, "notify::date", G_CALLBACK (update_conversion), self);
}

/* Public API */

GtkWindow *
mz_payment_editor_new (MzStore     *store,
                       const char  *commitment_id,
                       GError     **error)
{
  MzPaymentEditor *self;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (commitment_id != NULL, NULL);

  /* GTK owns toplevel windows: destroy it on failure. */
  self = g_object_new (MZ_TYPE_PAYMENT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->commitment = mz_commitment_store_get (store, commitment_id, error);
  if (self->commitment == NULL)
    goto fail;
  all = mz_instalment_store_list (store, commitment_id, error);
  if (all == NULL)
    goto fail;

  self->instalments = mz_instalment_array_new ();
  for (guint i = 0; i < all->len; i++)
    {
      MzInstalment instalment = g_array_index (all, MzInstalment, i);

      if (mz_schedule_outstanding (&instalment) <= 0)
        continue;
      instalment.id = g_strdup (instalment.id);
      g_array_append_val (self->instalments, instalment);
    }

  adw_window_title_set_subtitle (self->window_title, self->commitment->title);
  fill_instalments (self);
  mz_date_button_set_date (self->date_button, today);
  select_currency (self, self->commitment->currency);
  if (self->instalments->len > 0)
    mz_money_entry_set_amount (self->amount_entry,
                               mz_schedule_outstanding (&g_array_index (self->instalments, MzInstalment, 0)));
  update_conversion (self);
  return GTK_WINDOW (self);

fail:
  gtk_window_destroy (GTK_WINDOW (self));
  return NULL;
}

void
_mz_payment_editor_select_currency (MzPaymentEditor *self,
                                    const char      *code)
{
  select_currency (self, code);
}

const char *
_mz_payment_editor_get_conversion (MzPaymentEditor *self)
{
  return gtk_label_get_label (self->chf_label);
}

/* mz-payment-service.c — payments received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-payment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-currency.h"
#include "mz-currency-rates.h"
#include "mz-instalment-store.h"
#include "mz-money.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-schedule.h"
#include "mz-validate.h"

#define REFERENCE_MAX 200

void
mz_payment_request_init (MzPaymentRequest *request)
{
  memset (request, 0, sizeof *request);
  request->settled_amount = MZ_AMOUNT_NONE;
}

void
mz_payment_result_clear (MzPaymentResult *result)
{
  g_clear_pointer (&result->payment_id, g_free);
}

static gboolean
check_request (const MzPaymentRequest  *request,
               const MzCommitment      *c,
               GError                 **error)
{
  const char *earliest = c->signed_date ? c->signed_date : c->start_date;

  if (!mz_validate_date (request->date, TRUE, "date", _("Date"), error))
    return FALSE;

  if (request->amount <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "amount", _("Amount"),
                               _("a payment must be greater than zero."));
      return FALSE;
    }

  if (request->currency == NULL || !mz_currency_is_valid (request->currency))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "currency", _("Currency"),
                               _("“%s” is not an ISO 4217 currency code."),
                               request->currency ? request->currency : "");
      return FALSE;
    }

  if (request->settled_amount != MZ_AMOUNT_NONE && request->settled_amount <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "settled_amount", _("Amount settled"),
                               _("what the payment settles must be greater than zero."));
      return FALSE;
    }

  if (!mz_commitment_stage_is_signed (c->stage))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "commitment_id", _("Commitment"),
                               _("“%s” is not signed (stage: %s); payments are recorded against "
                                 "signed commitments."), c->title, mz_commitment_stage_label (c->stage));
      return FALSE;
    }

  if (earliest != NULL && strcmp (request->date, earliest) < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "date", _("Date"),
                               _("%s is before the commitment was signed (%s)."), request->date, earliest);
      return FALSE;
    }

  if (c->end_date != NULL && strcmp (request->date, c->end_date) > 0 && !request->accept_after_end)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "date", _("Date"),
                               _("%s is after the end of the commitment’s period (%s). Extend the "
                                 "period, or confirm that this is a late payment."),
                               request->date, c->end_date);
      return FALSE;
    }

  return TRUE;
}

/* The instalments the payment goes to, as indexes into @items. */
static GArray *
pick_targets (const MzPaymentRequest  *request,
              GArray                  *items,
              GError                 **error)
{
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (guint));

  if (items->len == 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "instalments", _("Instalments"),
                               _("the commitment has no schedule to settle; plan its instalments first."));
      return NULL;
    }

  if (request->instalment_ids != NULL && request->instalment_ids[0] != NULL)
    {
      for (guint k = 0; request->instalment_ids[k] != NULL; k++)
        {
          guint found = G_MAXUINT;

          for (guint i = 0; i < items->len && found == G_MAXUINT; i++)
            if (g_strcmp0 (g_array_index (items, MzInstalment, i).id, request->instalment_ids[k]) == 0)
              found = i;

          if (found == G_MAXUINT)
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "instalments", _("Instalments"),
                                       _("an instalment chosen is not part of this commitment’s schedule."));
              return NULL;
            }
          if (g_array_index (items, MzInstalment, found).written_off > 0)
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "instalments", _("Instalments"),
                                       _("the instalment due on %s has been written off."),
                                       g_array_index (items, MzInstalment, found).due_date);
              return NULL;
            }
          g_array_append_val (targets, found);
        }
      return g_steal_pointer (&targets);
    }

  /* The unpaid ones, oldest first; the last one takes any excess. */
  for (guint i = 0; i < items->len; i++)
    if (mz_schedule_outstanding (&g_array_index (items, MzInstalment, i)) > 0)
      g_array_append_val (targets, i);

  if (targets->len == 0)
    {
      guint last = G_MAXUINT;

      for (guint i = 0; i < items->len; i++)
        if (g_array_index (items, MzInstalment, i).written_off == 0)
          last = i;
      if (last == G_MAXUINT)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "instalments", _("Instalments"),
                                   _("every instalment has been written off; nothing is left to settle."));
          return NULL;
        }
      g_array_append_val (targets, last);
    }
  return g_steal_pointer (&targets);
}

typedef struct
{
  const MzPaymentRequest *request;
  MzPaymentResult        *result;
} RecordData;

static gboolean
record (MzStore                 *store,
        const MzPaymentRequest  *request,
        MzPaymentResult         *result,
        GError                 **error)
{
  g_autoptr(MzCommitment) c = mz_commitment_store_get (store, request->commitment_id, error);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GError) rate_error = NULL;
  g_autoptr(MzPayment) payment = g_new0 (MzPayment, 1);
  MzChfConversion conversion;
  gint64 settled, left;

  if (c == NULL || c->deleted_at != NULL)
    {
      if (c != NULL)
        g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                     _("The commitment has been archived; restore it before recording payments."));
      return FALSE;
    }

  if (!check_request (request, c, error))
    return FALSE;

  items = mz_instalment_store_list (store, c->id, error);
  if (items == NULL)
    return FALSE;
  targets = pick_targets (request, items, error);
  if (targets == NULL)
    return FALSE;

  /* The rates of the month: a missing one names the currency and month. */
  if (!mz_currency_rates_to_chf (store, request->amount, request->currency, request->date,
                                 &conversion, &rate_error))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "currency", _("Rate of exchange"),
                               "%s", rate_error->message);
      return FALSE;
    }

  settled = request->settled_amount;
  if (settled == MZ_AMOUNT_NONE &&
      !mz_currency_rates_convert (store, request->amount, request->currency, c->currency,
                                  request->date, &settled, &rate_error))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "currency", _("Rate of exchange"),
                               "%s", rate_error->message);
      return FALSE;
    }
  if (settled <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "amount", _("Amount"),
                               _("the payment is worth less than the smallest unit of %s."), c->currency);
      return FALSE;
    }

  payment->commitment_id = g_strdup (c->id);
  g_strlcpy (payment->date, request->date, sizeof payment->date);
  payment->amount = request->amount;
  g_strlcpy (payment->currency, request->currency, sizeof payment->currency);
  payment->rate_micro = conversion.rate_micro;
  payment->chf_rate_micro = conversion.chf_rate_micro;
  payment->amount_chf = conversion.amount_chf;
  payment->reference = g_strdup (request->reference);
  payment->notes = g_strdup (request->notes);

  if (!mz_validate_text (&payment->reference, FALSE, REFERENCE_MAX, "reference", _("Reference"), error) ||
      !mz_validate_text (&payment->notes, FALSE, 0, "notes", _("Notes"), error) ||
      !mz_payment_store_insert (store, payment, error))
    return FALSE;

  /* Fill each instalment's outstanding balance in order; the excess
   * stays on the last one and is flagged. */
  left = settled;
  for (guint k = 0; k < targets->len && left > 0; k++)
    {
      MzInstalment *item = &g_array_index (items, MzInstalment, g_array_index (targets, guint, k));
      gint64 share = k + 1 == targets->len ? left : MIN (left, mz_schedule_outstanding (item));

      if (share <= 0)
        continue;
      if (k + 1 == targets->len && share > mz_schedule_outstanding (item))
        result->overpaid = share - mz_schedule_outstanding (item);
      if (!mz_payment_store_link (store, payment->id, item->id, share, error))
        return FALSE;
      item->received += share;
      left -= share;
    }

  if (!mz_commitment_service_refresh (store, c->id, &result->completed, error))
    return FALSE;

  result->payment_id = g_strdup (payment->id);
  result->amount_chf = conversion.amount_chf;
  result->rate_micro = conversion.rate_micro;
  result->chf_rate_micro = conversion.chf_rate_micro;
  result->settled = settled;
  return TRUE;
}

gboolean
mz_payment_service_record (MzStore                 *store,
                           const MzPaymentRequest  *request,
                           MzPaymentResult         *result,
                           GError                 **error)
{
  MzPaymentResult local = { 0 };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (request != NULL && request->commitment_id != NULL, FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!record (store, request, &local, error) || !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      mz_payment_result_clear (&local);
      return FALSE;
    }

  if (result != NULL)
    *result = local;
  else
    mz_payment_result_clear (&local);
  return TRUE;
}

gboolean
mz_payment_service_reverse (MzStore     *store,
                            const char  *payment_id,
                            GError     **error)
{
  g_autoptr(MzPayment) payment = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  payment = mz_payment_store_get (store, payment_id, error);
  if (payment != NULL)
    {
      g_autoptr(MzCommitment) c = mz_commitment_store_get (store, payment->commitment_id, error);

      if (c == NULL)
        g_clear_pointer (&payment, mz_payment_free);
      else if (c->deleted_at != NULL)
        {
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                       _("The commitment has been archived; restore it before reversing its payments."));
          g_clear_pointer (&payment, mz_payment_free);
        }
    }
  if (payment == NULL ||
      !mz_payment_store_remove (store, payment_id, error) ||
      !mz_commitment_service_refresh (store, payment->commitment_id, NULL, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* mz-currency-rates.c — conversion at the UN operational rate of the month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-currency-rates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-currency-rates.h"
#include "mz-money.h"
#include "mz-rate-store.h"

static gboolean
month_of (const char  *date,
          char         month[8],
          GError     **error)
{
  if (date == NULL || strlen (date) < 7)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("A conversion needs a date; “%s” is not one."), date ? date : "");
      return FALSE;
    }
  g_strlcpy (month, date, 8);
  return TRUE;
}

gboolean
mz_currency_rates_to_chf (MzStore          *store,
                          gint64            amount,
                          const char       *currency,
                          const char       *date,
                          MzChfConversion  *conversion,
                          GError          **error)
{
  char month[8];
  MzChfConversion result = { 0 };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (conversion != NULL, FALSE);

  if (!month_of (date, month, error) ||
      !mz_rate_store_get (store, currency, month, &result.rate_micro, error) ||
      !mz_rate_store_get (store, "CHF", month, &result.chf_rate_micro, error) ||
      !mz_money_to_chf (amount, mz_money_currency_exponent (currency), result.rate_micro,
                        result.chf_rate_micro, &result.amount_chf, error))
    return FALSE;

  *conversion = result;
  return TRUE;
}

gboolean
mz_currency_rates_convert (MzStore     *store,
                           gint64       amount,
                           const char  *from,
                           const char  *to,
                           const char  *date,
                           gint64      *result,
                           GError     **error)
{
  char month[8];
  gint64 rate_from, rate_to;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (g_strcmp0 (from, to) == 0)
    {
      *result = amount;
      return TRUE;
    }

  return month_of (date, month, error) &&
         mz_rate_store_get (store, from, month, &rate_from, error) &&
         mz_rate_store_get (store, to, month, &rate_to, error) &&
         mz_money_convert (amount, mz_money_currency_exponent (from), rate_from,
                           mz_money_currency_exponent (to), rate_to, result, error);
}

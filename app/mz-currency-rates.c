/* mz-currency-rates.c — conversion at the UN operational rate of the month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-currency-rates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-currency-rates.h"
#include "mz-currency.h"
#include "mz-money.h"
#include "mz-rate-store.h"
#include "mz-validate.h"

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

gboolean
mz_currency_rates_to_chf_latest (MzRateTable  *rates,
                                 gint64        amount,
                                 const char   *currency,
                                 const char   *date,
                                 gint64       *amount_chf,
                                 GError      **error)
{
  char month[8];
  int index;
  gint64 rate, chf_rate;

  g_return_val_if_fail (rates != NULL, FALSE);
  g_return_val_if_fail (amount_chf != NULL, FALSE);

  if (!month_of (date, month, error))
    return FALSE;
  if (g_strcmp0 (currency, "CHF") == 0)
    {
      *amount_chf = amount;
      return TRUE;
    }

  index = mz_rate_month_index (month);
  if (!mz_rate_table_lookup_latest (rates, currency, index, &rate))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("There is no rate of exchange for %s in %s or before."), currency, month);
      return FALSE;
    }
  if (!mz_rate_table_lookup_latest (rates, "CHF", index, &chf_rate))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("There is no rate of exchange for %s in %s or before."), "CHF", month);
      return FALSE;
    }
  return mz_money_to_chf (amount, mz_money_currency_exponent (currency), rate, chf_rate,
                          amount_chf, error);
}

gboolean
mz_currency_rates_parse (const char  *text,
                         gint64      *units_per_usd_micro,
                         GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 value = 0;
  int decimals = -1;
  gboolean any_digit = FALSE;

  if (*copy == '\0')
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "units_per_usd",
                               _("Units per US dollar"), _("enter the rate."));
      return FALSE;
    }

  for (const char *p = copy; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (decimals == 6)
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                                       _("Units per US dollar"),
                                       _("“%s” has more than six decimals."), copy);
              return FALSE;
            }
          if (value > G_GINT64_CONSTANT (1000000000000))
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                                       _("Units per US dollar"), _("“%s” is too large."), copy);
              return FALSE;
            }
          value = value * 10 + (*p - '0');
          any_digit = TRUE;
          if (decimals >= 0)
            decimals++;
        }
      else if ((*p == '.' || *p == ',') && decimals < 0)
        decimals = 0;
      else
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                                   _("Units per US dollar"),
                                   _("“%s” is not a rate such as 0.921 or 151.23."), copy);
          return FALSE;
        }
    }

  if (!any_digit)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                               _("Units per US dollar"),
                               _("“%s” is not a rate such as 0.921 or 151.23."), copy);
      return FALSE;
    }
  for (int d = decimals < 0 ? 0 : decimals; d < 6; d++)
    value *= 10;
  if (value <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                               _("Units per US dollar"), _("the rate must be greater than zero."));
      return FALSE;
    }

  *units_per_usd_micro = value;
  return TRUE;
}

char *
mz_currency_rates_format (gint64 units_per_usd_micro)
{
  char *text = g_strdup_printf ("%" G_GINT64_FORMAT ".%06" G_GINT64_FORMAT,
                                units_per_usd_micro / 1000000, units_per_usd_micro % 1000000);
  gsize len = strlen (text);

  /* keep two decimals at least */
  while (len > 0 && text[len - 1] == '0' && text[len - 3] != '.')
    text[--len] = '\0';
  return text;
}

gboolean
mz_currency_rates_set (MzStore       *store,
                       const char    *currency,
                       const char    *month,
                       gint64         units_per_usd_micro,
                       MzRateChange  *change,
                       GError       **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (currency == NULL || !mz_currency_is_valid (currency))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "currency", _("Currency"),
                               _("“%s” is not an ISO 4217 currency code."), currency ? currency : "");
      return FALSE;
    }
  if (month == NULL || !mz_rate_month_is_valid (month))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "month", _("Month"),
                               _("“%s” is not a month written YYYY-MM."), month ? month : "");
      return FALSE;
    }
  if (units_per_usd_micro <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                               _("Units per US dollar"), _("the rate must be greater than zero."));
      return FALSE;
    }
  if (g_str_equal (currency, "USD") && units_per_usd_micro != MZ_RATE_USD_MICRO)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "units_per_usd",
                               _("Units per US dollar"),
                               _("the US dollar is the base of the UN rates: its rate is always 1."));
      return FALSE;
    }
  if (g_str_equal (currency, "USD"))
    {
      if (change != NULL)
        *change = MZ_RATE_UNCHANGED;
      return TRUE;
    }

  if (!mz_store_begin (store, error))
    return FALSE;
  if (!mz_rate_store_set (store, currency, month, units_per_usd_micro, change, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

char **
mz_currency_rates_in_use (MzStore  *store,
                          GError  **error)
{
  return mz_rate_store_currencies_in_use (store, error);
}

/* mz-money.c — money as int64 minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-money"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-money.h"

G_DEFINE_QUARK (mz-money-error-quark, mz_money_error)

/* The largest exponent a conversion accepts; ISO 4217 has none above 4. */
#define MAX_EXPONENT 4

typedef __int128 Wide;

static const char * const exponent_0[] = {
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
  "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
};

static const char * const exponent_3[] = {
  "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
};

static gboolean
code_in (const char         *code,
         const char * const *codes,
         gsize               n_codes)
{
  for (gsize i = 0; i < n_codes; i++)
    {
      if (g_ascii_strcasecmp (code, codes[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Ties to even on 128-bit values; @den > 0. */
static Wide
wide_round_half_even_div (Wide num,
                          Wide den)
{
  Wide q = num / den;   /* truncates toward zero */
  Wide r = num % den;   /* same sign as num */
  Wide twice;

  if (r == 0)
    return q;

  twice = (r < 0 ? -r : r) * 2;   /* |r| < den, so no overflow for den < 2^126 */
  if (twice > den || (twice == den && (q & 1) != 0))
    q += num < 0 ? -1 : 1;
  return q;
}

int
mz_money_currency_exponent (const char *code)
{
  g_return_val_if_fail (code != NULL, 2);

  if (code_in (code, exponent_0, G_N_ELEMENTS (exponent_0)))
    return 0;
  if (code_in (code, exponent_3, G_N_ELEMENTS (exponent_3)))
    return 3;
  return 2;
}

gint64
mz_money_round_half_even_div (gint64 numerator,
                              gint64 denominator)
{
  g_return_val_if_fail (denominator > 0, 0);

  return (gint64) wide_round_half_even_div (numerator, denominator);
}

gboolean
mz_money_to_chf (gint64    amount,
                 int       exponent_from,
                 gint64    rate_micro,
                 gint64    chf_rate_micro,
                 gint64   *chf_centimes,
                 GError  **error)
{
  Wide num, den, result;
  Wide scale = 1;

  g_return_val_if_fail (chf_centimes != NULL, FALSE);

  if (rate_micro <= 0 || chf_rate_micro <= 0)
    {
      g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID,
                   _("An exchange rate must be greater than zero. Check the rates of "
                     "exchange for this month."));
      return FALSE;
    }

  if (exponent_from < 0 || exponent_from > MAX_EXPONENT)
    {
      g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID,
                   _("A currency with %d decimal places is not supported."), exponent_from);
      return FALSE;
    }

  /* centimes = amount × 10^2 × chf_rate / (rate × 10^exponent); both
   * factors of the numerator are below 2^63 and 100 < 2^7, so only the
   * product of amount and chf_rate needs a check. */
  for (int i = 0; i < exponent_from; i++)
    scale *= 10;

  if (__builtin_mul_overflow ((Wide) amount, (Wide) chf_rate_micro, &num) ||
      __builtin_mul_overflow (num, (Wide) 100, &num))
    goto overflow;

  den = (Wide) rate_micro * scale;
  result = wide_round_half_even_div (num, den);
  if (result > G_MAXINT64 || result < G_MININT64)
    goto overflow;

  *chf_centimes = (gint64) result;
  return TRUE;

overflow:
  g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW,
               _("The amount is too large to convert to Swiss francs."));
  return FALSE;
}

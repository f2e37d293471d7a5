/* mz-money.c — money as int64 minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <stdarg.h>
#include <string.h>

#include "mz-money.h"

G_DEFINE_QUARK (mz-money-error-quark, mz_money_error)

/* The largest exponent a conversion accepts; ISO 4217 has none above 4. */
#define MAX_EXPONENT 4

typedef __int128 Wide;

static const char * const exponent_0[] = {
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
  "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
};

static const char * const exponent_3[] = {
  "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
};

static const char * const exponent_4[] = {
  "CLF", "UYW",
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
  if (code_in (code, exponent_4, G_N_ELEMENTS (exponent_4)))
    return 4;
  return 2;
}

gint64
mz_money_round_half_even_div (gint64 numerator,
                              gint64 denominator)
{
  g_return_val_if_fail (denominator > 0, 0);

  return (gint64) wide_round_half_even_div (numerator, denominator);
}

static gboolean
check_rates_and_exponents (gint64    rate_from,
                           gint64    rate_to,
                           int       exponent_from,
                           int       exponent_to,
                           GError  **error)
{
  if (rate_from <= 0 || rate_to <= 0)
    {
      g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID,
                   _("An exchange rate must be greater than zero. Check the rates of "
                     "exchange for this month."));
      return FALSE;
    }

  if (exponent_from < 0 || exponent_from > MAX_EXPONENT ||
      exponent_to < 0 || exponent_to > MAX_EXPONENT)
    {
      g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID,
                   _("A currency with %d decimal places is not supported."),
                   (exponent_from < 0 || exponent_from > MAX_EXPONENT) ? exponent_from : exponent_to);
      return FALSE;
    }

  return TRUE;
}

static Wide
power_of_ten (int exponent)
{
  Wide scale = 1;

  for (int i = 0; i < exponent; i++)
    scale *= 10;
  return scale;
}

gboolean
mz_money_convert (gint64    amount,
                  int       exponent_from,
                  gint64    rate_from_micro,
                  int       exponent_to,
                  gint64    rate_to_micro,
                  gint64   *result,
                  GError  **error)
{
  Wide num, den, value;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!check_rates_and_exponents (rate_from_micro, rate_to_micro, exponent_from, exponent_to, error))
    return FALSE;

  /* to = amount × 10^exp_to × rate_to / (rate_from × 10^exp_from); the
   * product of two int64 values fits in 127 bits, so only the scaling by
   * 10^exp_to needs a check. */
  if (__builtin_mul_overflow ((Wide) amount, (Wide) rate_to_micro, &num) ||
      __builtin_mul_overflow (num, power_of_ten (exponent_to), &num))
    goto overflow;

  den = (Wide) rate_from_micro * power_of_ten (exponent_from);
  value = wide_round_half_even_div (num, den);
  if (value > G_MAXINT64 || value < G_MININT64)
    goto overflow;

  *result = (gint64) value;
  return TRUE;

overflow:
  g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW,
               _("The amount is too large to convert."));
  return FALSE;
}

gboolean
mz_money_convert_share (gint64    amount,
                        gint64    num,
                        gint64    den,
                        int       exponent_from,
                        gint64    rate_from_micro,
                        int       exponent_to,
                        gint64    rate_to_micro,
                        gint64   *result,
                        GError  **error)
{
  Wide top, bottom, value;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (num >= 0 && den > 0, FALSE);

  if (!check_rates_and_exponents (rate_from_micro, rate_to_micro, exponent_from, exponent_to, error))
    return FALSE;

  /* amount × num × rate_to × 10^exp_to / (den × rate_from × 10^exp_from) */
  if (__builtin_mul_overflow ((Wide) amount, (Wide) num, &top) ||
      __builtin_mul_overflow (top, (Wide) rate_to_micro, &top) ||
      __builtin_mul_overflow (top, power_of_ten (exponent_to), &top) ||
      __builtin_mul_overflow ((Wide) den, (Wide) rate_from_micro, &bottom) ||
      __builtin_mul_overflow (bottom, power_of_ten (exponent_from), &bottom))
    {
      gint64 part;

      /* Beyond 127 bits: take the share first, then convert. */
      if (__builtin_mul_overflow ((Wide) amount, (Wide) num, &top))
        goto overflow;
      value = wide_round_half_even_div (top, den);
      if (value > G_MAXINT64 || value < G_MININT64)
        goto overflow;
      part = (gint64) value;
      return mz_money_convert (part, exponent_from, rate_from_micro, exponent_to, rate_to_micro,
                               result, error);
    }

  value = wide_round_half_even_div (top, bottom);
  if (value > G_MAXINT64 || value < G_MININT64)
    goto overflow;
  *result = (gint64) value;
  return TRUE;

overflow:
  g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW,
               _("The amount is too large to convert."));
  return FALSE;
}

gboolean
mz_money_to_chf (gint64    amount,
                 int       exponent_from,
                 gint64    rate_micro,
                 gint64    chf_rate_micro,
                 gint64   *chf_centimes,
                 GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (chf_centimes != NULL, FALSE);

  if (mz_money_convert (amount, exponent_from, rate_micro, 2, chf_rate_micro,
                        chf_centimes, &local_error))
    return TRUE;

  if (g_error_matches (local_error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW))
    g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW,
                 _("The amount is too large to convert to Swiss francs."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Parsing and formatting -------------------------------------------------- */

typedef enum
{
  SEP_NONE,
  SEP_DOT,
  SEP_COMMA,
  SEP_ARABIC_DECIMAL,   /* U+066B, only ever a decimal separator */
  SEP_APOSTROPHE,       /* ' ’ ʼ: Swiss thousands */
  SEP_SPACE,            /* space, no-break space, narrow no-break space, thin space */
  SEP_ARABIC_GROUP,     /* U+066C */
  N_SEPS
} SepKind;

static gboolean
is_group_only (SepKind kind)
{
  return kind == SEP_APOSTROPHE || kind == SEP_SPACE || kind == SEP_ARABIC_GROUP;
}

static SepKind
classify_separator (gunichar c)
{
  switch (c)
    {
    case '.':
    case 0xff0e:   /* fullwidth full stop */
      return SEP_DOT;
    case ',':
    case 0xff0c:   /* fullwidth comma */
      return SEP_COMMA;
    case 0x066b:
      return SEP_ARABIC_DECIMAL;
    case '\'':
    case 0x2019:
    case 0x02bc:
      return SEP_APOSTROPHE;
    case ' ':
    case 0x00a0:
    case 0x2007:
    case 0x2009:
    case 0x202f:
      return SEP_SPACE;
    case 0x066c:
      return SEP_ARABIC_GROUP;
    default:
      return SEP_NONE;
    }
}

static SepKind
classify_locale_separator (const char *text)
{
  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return SEP_NONE;
  return classify_separator (g_utf8_get_char (text));
}

void
mz_money_locale_current (MzMoneyLocale *locale)
{
  const char *decimal = nl_langinfo (RADIXCHAR);
  const char *group = nl_langinfo (THOUSEP);

  g_return_if_fail (locale != NULL);

  if (decimal == NULL || *decimal == '\0' || strlen (decimal) >= sizeof locale->decimal ||
      !g_utf8_validate (decimal, -1, NULL))
    decimal = ".";
  if (group == NULL || strlen (group) >= sizeof locale->group ||
      !g_utf8_validate (group, -1, NULL) || strcmp (group, decimal) == 0)
    group = "";

  g_strlcpy (locale->decimal, decimal, sizeof locale->decimal);
  g_strlcpy (locale->group, group, sizeof locale->group);
}

static gboolean
is_blank (gunichar c)
{
  return classify_separator (c) == SEP_SPACE || g_unichar_isspace (c);
}

/* Whether chars[at…] starts with @code (ASCII, any case) not followed by
 * a letter. */
static gboolean
has_code_at (const gunichar *chars,
             glong           at,
             glong           end,
             const char     *code)
{
  glong len = (glong) strlen (code);

  if (len == 0 || at + len > end)
    return FALSE;
  for (glong i = 0; i < len; i++)
    {
      if (chars[at + i] >= 0x80 || g_ascii_toupper ((char) chars[at + i]) != g_ascii_toupper (code[i]))
        return FALSE;
    }
  return at + len == end || !g_unichar_isalpha (chars[at + len]);
}

static gboolean parse_error (GError     **error,
                             int          code,
                             const char  *format,
                             ...) G_GNUC_PRINTF (3, 4);

static gboolean
parse_error (GError     **error,
             int          code,
             const char  *format,
             ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;

  va_start (args, format);
  *error = g_error_new_valist (MZ_MONEY_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

/* "1234" and "1.234" (with @decimal) from the digits of @chars. */
static char *
digits_of (const gunichar *chars,
           glong           start,
           glong           end,
           glong           split,
           const char     *decimal)
{
  GString *out = g_string_new (NULL);

  for (glong i = start; i < end; i++)
    {
      int d = g_unichar_digit_value (chars[i]);

      if (i == split && decimal != NULL)
        g_string_append (out, decimal);
      if (d >= 0)
        g_string_append_c (out, (char) ('0' + d));
    }
  return g_string_free (out, FALSE);
}

gboolean
mz_money_parse (const char           *text,
                const char           *currency,
                const MzMoneyLocale  *locale,
                gint64               *minor,
                GError              **error)
{
  MzMoneyLocale current;
  g_autofree gunichar *chars = NULL;
  int exponent = currency ? mz_money_currency_exponent (currency) : 2;
  glong n = 0, start, end, dec_at = -1;
  int count[N_SEPS] = { 0 };
  glong last[N_SEPS];
  SepKind dec_kind = SEP_NONE, group_kind = SEP_NONE;
  gboolean negative = FALSE;
  int n_group_only = 0, n_digits = 0, frac_digits = 0;
  guint64 value = 0;

  g_return_val_if_fail (minor != NULL, FALSE);

  if (locale == NULL)
    {
      mz_money_locale_current (&current);
      locale = &current;
    }

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_PARSE,
                           _("The amount is not readable text."));
      return FALSE;
    }

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  start = 0;
  end = n;

  /* Blanks, then the currency code before or after the number. */
  while (start < end && is_blank (chars[start]))
    start++;
  while (end > start && is_blank (chars[end - 1]))
    end--;
  if (currency != NULL && has_code_at (chars, start, end, currency))
    start += (glong) strlen (currency);
  else if (currency != NULL && end - (glong) strlen (currency) > start &&
           has_code_at (chars, end - (glong) strlen (currency), end, currency) &&
           !g_unichar_isalpha (chars[end - (glong) strlen (currency) - 1]))
    end -= (glong) strlen (currency);
  while (start < end && is_blank (chars[start]))
    start++;
  while (end > start && is_blank (chars[end - 1]))
    end--;

  if (start < end && (chars[start] == '-' || chars[start] == 0x2212 || chars[start] == '+'))
    {
      negative = chars[start] != '+';
      start++;
      while (start < end && is_blank (chars[start]))
        start++;
    }

  if (start >= end)
    return parse_error (error, MZ_MONEY_ERROR_PARSE,
                        _("“%s” is not an amount: there are no digits."), text);

  for (int k = 0; k < N_SEPS; k++)
    last[k] = -1;

  for (glong i = start; i < end; i++)
    {
      SepKind kind;

      if (g_unichar_digit_value (chars[i]) >= 0)
        {
          n_digits++;
          continue;
        }

      kind = classify_separator (chars[i]);
      if (kind == SEP_NONE)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: only digits, a sign and separators are allowed."), text);

      /* Two separators in a row, or one at the end. */
      if (i + 1 >= end || g_unichar_digit_value (chars[i + 1]) < 0)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: a separator is misplaced."), text);
      if (count[kind]++ == 0 && is_group_only (kind))
        n_group_only++;
      last[kind] = i;
    }

  if (n_digits == 0)
    return parse_error (error, MZ_MONEY_ERROR_PARSE,
                        _("“%s” is not an amount: there are no digits."), text);

  if (n_group_only > 1)
    return parse_error (error, MZ_MONEY_ERROR_PARSE,
                        _("“%s” is not an amount: it mixes different thousands separators."), text);

  for (int k = 0; k < N_SEPS; k++)
    if (count[k] > 0 && is_group_only (k))
      group_kind = k;

  /* Which separator is the decimal one. */
  if (count[SEP_ARABIC_DECIMAL] > 0)
    {
      if (count[SEP_DOT] > 0 || count[SEP_COMMA] > 0)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: it mixes different decimal separators."), text);
      dec_kind = SEP_ARABIC_DECIMAL;
    }
  else if (count[SEP_DOT] > 0 && count[SEP_COMMA] > 0)
    {
      if (group_kind != SEP_NONE)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: it mixes different thousands separators."), text);
      /* "1,234.56" and "1.234,56": the last one separates the decimals. */
      dec_kind = last[SEP_DOT] > last[SEP_COMMA] ? SEP_DOT : SEP_COMMA;
      group_kind = dec_kind == SEP_DOT ? SEP_COMMA : SEP_DOT;
    }
  else if (count[SEP_DOT] > 0 || count[SEP_COMMA] > 0)
    {
      SepKind s = count[SEP_DOT] > 0 ? SEP_DOT : SEP_COMMA;

      if (count[s] > 1)
        {
          /* "1,234,567": only thousands can repeat. */
          if (group_kind != SEP_NONE)
            return parse_error (error, MZ_MONEY_ERROR_PARSE,
                                _("“%s” is not an amount: it mixes different thousands separators."), text);
          group_kind = s;
        }
      else if (group_kind != SEP_NONE)
        dec_kind = s;   /* "1 234,56", "1'234.56" */
      else
        {
          glong at = last[s];
          int before = 0, after = 0;
          gboolean can_group;

          for (glong i = start; i < end; i++)
            {
              if (g_unichar_digit_value (chars[i]) >= 0)
                {
                  if (i < at)
                    before++;
                  else
                    after++;
                }
            }
          can_group = after == 3 && before >= 1 && before <= 3 &&
                      g_unichar_digit_value (chars[start]) != 0;

          if (!can_group)
            dec_kind = s;
          else if (s == classify_locale_separator (locale->decimal) &&
                   s != classify_locale_separator (locale->group))
            dec_kind = s;
          else if (s == classify_locale_separator (locale->group))
            group_kind = s;
          else
            {
              g_autofree char *whole = digits_of (chars, start, end, -1, NULL);
              g_autofree char *decimals = digits_of (chars, start, end, at, locale->decimal);
              g_autofree char *sep = g_ucs4_to_utf8 (&chars[at], 1, NULL, NULL, NULL);

              g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_AMBIGUOUS,
                           _("“%s” is ambiguous: it could be %s or %s. Type it without the “%s”, "
                             "or with the decimal separator “%s”."),
                           text, whole, decimals, sep, locale->decimal);
              return FALSE;
            }
        }
    }

  if (dec_kind != SEP_NONE)
    {
      if (count[dec_kind] > 1)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: it has more than one decimal separator."), text);
      dec_at = last[dec_kind];
      if (group_kind != SEP_NONE && last[group_kind] > dec_at)
        return parse_error (error, MZ_MONEY_ERROR_PARSE,
                            _("“%s” is not an amount: a separator is misplaced."), text);
    }

  /* Groups: the first has one to three digits, the others three. */
  if (group_kind != SEP_NONE)
    {
      int in_group = 0;
      gboolean first = TRUE;
      glong int_end = dec_at >= 0 ? dec_at : end;

      for (glong i = start; i <= int_end; i++)
        {
          if (i < int_end && g_unichar_digit_value (chars[i]) >= 0)
            {
              in_group++;
              continue;
            }
          if ((first && (in_group < 1 || in_group > 3)) || (!first && in_group != 3))
            return parse_error (error, MZ_MONEY_ERROR_PARSE,
                                _("“%s” is not an amount: thousands separators must separate "
                                  "groups of three digits."), text);
          first = FALSE;
          in_group = 0;
        }
    }

  /* The value, digit by digit, then padded to the currency's exponent. */
  for (glong i = start; i < end; i++)
    {
      int d = g_unichar_digit_value (chars[i]);

      if (d < 0)
        continue;
      if (dec_at >= 0 && i > dec_at)
        frac_digits++;
      if (value > ((guint64) G_MAXINT64 - (guint64) d) / 10)
        goto overflow;
      value = value * 10 + (guint64) d;
    }

  if (frac_digits > exponent)
    {
      if (exponent == 0)
        g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_DECIMALS,
                     _("“%s” has decimals, but amounts in %s have none."),
                     text, currency ? currency : "");
      else
        g_set_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_DECIMALS,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "“%s” has too many decimals: amounts in %s have %d decimal place.",
                                  "“%s” has too many decimals: amounts in %s have %d decimal places.",
                                  exponent),
                     text, currency ? currency : "", exponent);
      return FALSE;
    }

  for (int i = frac_digits; i < exponent; i++)
    {
      if (value > (guint64) G_MAXINT64 / 10)
        goto overflow;
      value *= 10;
    }

  *minor = negative ? -(gint64) value : (gint64) value;
  return TRUE;

overflow:
  return parse_error (error, MZ_MONEY_ERROR_OVERFLOW,
                      _("“%s” is too large for an amount."), text);
}

static char *
format_with (gint64      minor,
             const char *currency,
             const char *decimal,
             const char *group)
{
  int exponent = currency ? mz_money_currency_exponent (currency) : 2;
  guint64 magnitude = minor < 0 ? (guint64) 0 - (guint64) minor : (guint64) minor;
  guint64 scale = 1;
  char digits[32];
  GString *out = g_string_new (minor < 0 ? "-" : "");
  int len;

  for (int i = 0; i < exponent; i++)
    scale *= 10;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude / scale);
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && group != NULL)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }

  if (exponent > 0)
    {
      g_string_append (out, decimal);
      g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, exponent, magnitude % scale);
    }

  return g_string_free (out, FALSE);
}

char *
mz_money_format (gint64               minor,
                 const char          *currency,
                 const MzMoneyLocale *locale)
{
  MzMoneyLocale current;

  if (locale == NULL)
    {
      mz_money_locale_current (&current);
      locale = &current;
    }

  return format_with (minor, currency, locale->decimal[0] ? locale->decimal : ".",
                      locale->group[0] && strcmp (locale->group, locale->decimal) != 0
                        ? locale->group : NULL);
}

char *
mz_money_format_plain (gint64      minor,
                       const char *currency)
{
  return format_with (minor, currency, ".", NULL);
}

/* mz-money.h — money as int64 minor units: currency exponents, rounding,
 * conversion to CHF at UN operational rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ISO 4217 minor-unit exponent of @code: 0 for JPY, KRW, XOF…, 3 for
 * KWD, BHD, OMR, JOD, TND, LYD, IQD, 4 for CLF and UYW, 2 for every other
 * code. */
int       mz_money_currency_exponent     (const char  *code);

/* @numerator / @denominator rounded to the nearest integer, ties to even
 * (banker's rounding), the one rounding rule of Mobilize. @denominator must
 * be positive. Cannot overflow: |result| <= |numerator|. */
gint64    mz_money_round_half_even_div   (gint64       numerator,
                                          gint64       denominator);

/* Converts @amount (minor units of a currency with @exponent_from) to CHF
 * centimes at UN operational rates given as units per USD × 10^6:
 * CHF = amount / rate × chf_rate, rounded half to even. A rate that is not
 * positive, an unknown exponent or a result beyond int64 is refused with an
 * error in MZ_MONEY_ERROR. */
gboolean  mz_money_to_chf                (gint64       amount,
                                          int          exponent_from,
                                          gint64       rate_micro,
                                          gint64       chf_rate_micro,
                                          gint64      *chf_centimes,
                                          GError     **error);

/* Converts @amount in minor units of one currency to another at UN
 * operational rates (units per USD × 10^6): to = amount / rate_from ×
 * rate_to, adjusted for the exponents, rounded half to even. */
gboolean  mz_money_convert               (gint64       amount,
                                          int          exponent_from,
                                          gint64       rate_from_micro,
                                          int          exponent_to,
                                          gint64       rate_to_micro,
                                          gint64      *result,
                                          GError     **error);

/* Converts the share @num / @den of @amount (e.g. an allocation of 25 %:
 * 2500 / 10000) like mz_money_convert(), rounding once at the end.
 * @num >= 0, @den > 0. */
gboolean  mz_money_convert_share         (gint64       amount,
                                          gint64       num,
                                          gint64       den,
                                          int          exponent_from,
                                          gint64       rate_from_micro,
                                          int          exponent_to,
                                          gint64       rate_to_micro,
                                          gint64      *result,
                                          GError     **error);

/* How numbers are written: the decimal separator and the group (thousands)
 * separator, each one UTF-8 character (the group separator may be empty). */
typedef struct
{
  char decimal[8];
  char group[8];
} MzMoneyLocale;

/* The conventions of the current LC_NUMERIC locale (nl_langinfo RADIXCHAR
 * and THOUSEP); "." and no grouping when the locale says nothing. */
void      mz_money_locale_current        (MzMoneyLocale *locale);

/* Parses an amount typed by a person into minor units of @currency (its
 * ISO 4217 exponent). Accepts group separators (space, no-break spaces,
 * apostrophes, or whichever of "." and "," is not the decimal separator),
 * a leading sign, digits of any script and the currency code before or
 * after the number: "1 234,56", "1,234.56", "1234.5", "1'234.56",
 * "-12", "CHF 5". A lone "," or "." followed by exactly three digits
 * ("1,234") is read with @locale (NULL: the current one); if the locale
 * does not settle it, it is refused as ambiguous. Refuses more decimals
 * than the currency has, misplaced separators, garbage, empty text and
 * values beyond int64, with an MZ_MONEY_ERROR whose message quotes the
 * text. */
gboolean  mz_money_parse                 (const char           *text,
                                          const char           *currency,
                                          const MzMoneyLocale  *locale,
                                          gint64               *minor,
                                          GError              **error);

/* @minor units of @currency written for a person with @locale (NULL: the
 * current one): grouped thousands and exactly the currency's decimals,
 * e.g. "1’234.50", "1 234,50", "-56 800" (JPY). */
char     *mz_money_format                (gint64                minor,
                                          const char           *currency,
                                          const MzMoneyLocale  *locale);

/* The same for files and the CLI: no grouping, "." as decimal point,
 * e.g. "-1234.50". mz_money_parse() reads it back in any locale. */
char     *mz_money_format_plain          (gint64                minor,
                                          const char           *currency);

#define MZ_MONEY_ERROR (mz_money_error_quark ())

typedef enum
{
  MZ_MONEY_ERROR_INVALID,    /* a rate or an exponent out of range */
  MZ_MONEY_ERROR_OVERFLOW,   /* the result does not fit in int64 */
  MZ_MONEY_ERROR_PARSE,      /* not an amount: empty, garbage, misplaced separators */
  MZ_MONEY_ERROR_AMBIGUOUS,  /* "1,234": thousands or decimals, the locale cannot tell */
  MZ_MONEY_ERROR_DECIMALS,   /* more decimals than the currency has */
} MzMoneyError;

GQuark    mz_money_error_quark           (void);

G_END_DECLS

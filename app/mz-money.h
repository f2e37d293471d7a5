/* mz-money.h — money as int64 minor units: currency exponents, rounding,
 * conversion to CHF at UN operational rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ISO 4217 minor-unit exponent of @code: 0 for JPY, KRW, XOF…, 3 for
 * KWD, BHD, OMR, JOD, TND, LYD, IQD, 2 for every other code. */
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

#define MZ_MONEY_ERROR (mz_money_error_quark ())

typedef enum
{
  MZ_MONEY_ERROR_INVALID,   /* a rate or an exponent out of range */
  MZ_MONEY_ERROR_OVERFLOW,  /* the result does not fit in int64 */
} MzMoneyError;

GQuark    mz_money_error_quark           (void);

G_END_DECLS

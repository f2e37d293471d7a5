/* mz-currency-rates.h — conversion at the UN operational rate of the month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-rate-store.h"
#include "mz-rate-table.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* What a conversion to CHF used, as stored with a payment. */
typedef struct
{
  gint64 rate_micro;       /* units of the currency per USD × 10^6 */
  gint64 chf_rate_micro;   /* CHF per USD × 10^6 */
  gint64 amount_chf;       /* centimes */
} MzChfConversion;

/* Converts @amount (minor units of @currency) to CHF at the rates of the
 * month of @date (YYYY-MM-DD or YYYY-MM): CHF = amount / rate × chf_rate,
 * rounded half to even. A missing rate of the currency or of CHF is an
 * error naming the currency and the month; never 1.0. */
gboolean  mz_currency_rates_to_chf  (MzStore          *store,
                                     gint64            amount,
                                     const char       *currency,
                                     const char       *date,
                                     MzChfConversion  *conversion,
                                     GError          **error);

/* Converts @amount of @from into minor units of @to at the rates of the
 * month of @date, through the US dollar. */
gboolean  mz_currency_rates_convert (MzStore          *store,
                                     gint64            amount,
                                     const char       *from,
                                     const char       *to,
                                     const char       *date,
                                     gint64           *result,
                                     GError          **error);

/* Converts @amount of @currency to CHF centimes as the totals value
 * signed amounts: at the rates in @rates of the month of @date or, when
 * that month has none, of the latest month before it. A currency (or
 * CHF) without any rate on or before that month is an error naming the
 * currency and the month; never 1.0. */
gboolean  mz_currency_rates_to_chf_latest (MzRateTable      *rates,
                                           gint64            amount,
                                           const char       *currency,
                                           const char       *date,
                                           gint64           *amount_chf,
                                           GError          **error);

/* A rate as people type it, units per US dollar with a decimal point or
 * the locale's decimal separator and at most six decimals ("0.921",
 * "151.23", "1"), into micro-units. Errors are MZ_VALIDATION_ERROR on the
 * field "units_per_usd". */
gboolean  mz_currency_rates_parse         (const char       *text,
                                           gint64           *units_per_usd_micro,
                                           GError          **error);

/* Micro-units for people: the decimals that are not zero, at least two
 * ("0.921", "151.23", "1.00"), with a "." as decimal point. */
char     *mz_currency_rates_format        (gint64            units_per_usd_micro);

/* Sets the rate of @currency for @month (YYYY-MM) in one transaction,
 * stamped and audited: the currency must be a valid ISO 4217 code, the
 * rate positive; USD is 1 by definition. Errors are MZ_VALIDATION_ERROR
 * naming the field ("currency", "month", "units_per_usd"). */
gboolean  mz_currency_rates_set           (MzStore          *store,
                                           const char       *currency,
                                           const char       *month,
                                           gint64            units_per_usd_micro,
                                           MzRateChange     *change,
                                           GError          **error);

/* The currencies of live commitments, payments and in-kind contributions
 * other than USD, sorted (a NULL-terminated vector). */
char    **mz_currency_rates_in_use        (MzStore          *store,
                                           GError          **error);

G_END_DECLS

/* mz-currency-rates.h — conversion at the UN operational rate of the month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

G_END_DECLS

/* mz-rate-store.h — UN operational rates of exchange, one per currency and
 * month
 *
 * Rates are units of the currency per US dollar × 10^6 (micro-units). The
 * US dollar is the base of the UN rates: its rate is 1.000000 by
 * definition, implicit, and never stored; lookups of USD always answer
 * 1000000 and setting USD to anything else is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_RATE_USD_MICRO G_GINT64_CONSTANT (1000000)

typedef struct
{
  char   currency[4];
  char   month[8];              /* YYYY-MM */
  gint64 units_per_usd_micro;
} MzRate;

typedef enum
{
  MZ_RATE_ADDED,
  MZ_RATE_REPLACED,
  MZ_RATE_UNCHANGED,
} MzRateChange;

/* TRUE if @month is YYYY-MM with a month 01–12 and a year 1865–2200. */
gboolean  mz_rate_month_is_valid  (const char    *month);

/* The rate of @currency for @month (YYYY-MM). A missing rate is
 * MZ_STORE_ERROR_NOT_FOUND with a message naming the currency and the
 * month; there is no fallback to another month or to 1. */
gboolean  mz_rate_store_get       (MzStore       *store,
                                   const char    *currency,
                                   const char    *month,
                                   gint64        *units_per_usd_micro,
                                   GError       **error);

/* The rate of @currency for @month or, failing that, of the latest month
 * before it that has one (@used_month, may be NULL, gets that month), for
 * valuing amounts whose month has no rate yet. NOT_FOUND if the currency
 * has no rate on or before @month. */
gboolean  mz_rate_store_get_latest (MzStore      *store,
                                    const char   *currency,
                                    const char   *month,
                                    gint64       *units_per_usd_micro,
                                    char          used_month[8],
                                    GError      **error);

/* Sets the rate of @currency for @month inside the caller's transaction:
 * a new row (audited "insert"); an existing different rate is soft-deleted
 * (audited "delete") and replaced; the same rate is left as it is.
 * @change (may be NULL) says which. The currency code is not checked
 * against ISO 4217 here (app/ does). */
gboolean  mz_rate_store_set       (MzStore       *store,
                                   const char    *currency,
                                   const char    *month,
                                   gint64         units_per_usd_micro,
                                   MzRateChange  *change,
                                   GError       **error);

/* Soft-deletes the rate of @currency for @month (audited); NOT_FOUND if
 * there is none. Inside the caller's transaction. */
gboolean  mz_rate_store_remove    (MzStore       *store,
                                   const char    *currency,
                                   const char    *month,
                                   GError       **error);

/* The rates in force, filtered by @month and/or @currency (NULL: all),
 * ordered by month then currency: a GArray of MzRate. */
GArray   *mz_rate_store_list      (MzStore       *store,
                                   const char    *month,
                                   const char    *currency,
                                   GError       **error);

/* The currencies of live commitments, payments and in-kind contributions,
 * USD left out, sorted: a NULL-terminated vector. */
char    **mz_rate_store_currencies_in_use (MzStore   *store,
                                           GError   **error);

G_END_DECLS

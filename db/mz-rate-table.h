/* mz-rate-table.h — every rate of exchange in memory, for conversions of
 * many rows at once (totals, generated data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct _MzRateTable MzRateTable;

/* year × 12 + month − 1 of "YYYY-MM" or "YYYY-MM-DD…", or -1. */
int           mz_rate_month_index         (const char   *date);

/* Reads the rates in force (the latest row of each currency and month). */
MzRateTable  *mz_rate_table_load          (MzStore      *store,
                                           GError      **error);
/* An empty table, filled with mz_rate_table_add(). */
MzRateTable  *mz_rate_table_new           (void);
void          mz_rate_table_add           (MzRateTable  *self,
                                           const char   *currency,
                                           int           month_index,
                                           gint64        units_per_usd_micro);
void          mz_rate_table_free          (MzRateTable  *self);

/* The rate of exactly that month; USD is always 1000000. */
gboolean      mz_rate_table_lookup        (MzRateTable  *self,
                                           const char   *currency,
                                           int           month_index,
                                           gint64       *units_per_usd_micro);

/* The rate of that month or else of the latest month before it (for
 * valuing future amounts at the last known rate); FALSE if the currency
 * has no rate on or before that month. */
gboolean      mz_rate_table_lookup_latest (MzRateTable  *self,
                                           const char   *currency,
                                           int           month_index,
                                           gint64       *units_per_usd_micro);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzRateTable, mz_rate_table_free)

G_END_DECLS

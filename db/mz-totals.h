/* mz-totals.h — the queries behind the CHF totals: signed, received,
 * weighted pipeline and in-kind, by year, unit, initiative or partner
 *
 * The queries aggregate in SQL and hand over "facts": an amount in a
 * currency (or already in CHF centimes), the share of it that belongs to
 * the key (an allocation's percentage or amount) and the month whose rate
 * converts it. app/mz-currency-totals converts and rounds them, in one
 * place, with the rates in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_TOTALS_SIGNED,     /* signed amounts of signed/active/completed commitments, by signing date */
  MZ_TOTALS_RECEIVED,   /* payments (CHF at entry), by payment date */
  MZ_TOTALS_PIPELINE,   /* expected (else asked) × probability of pipeline stages, by start date */
  MZ_TOTALS_INKIND,     /* fair value of in-kind contributions (CHF at entry), by start date */
} MzTotalsMeasure;

typedef enum
{
  MZ_TOTALS_BY_YEAR,
  MZ_TOTALS_BY_UNIT,                  /* through allocations */
  MZ_TOTALS_BY_INITIATIVE,            /* through allocations */
  MZ_TOTALS_BY_PARTNER,               /* the donor */
  MZ_TOTALS_BY_INITIATIVE_PARTNER,    /* key "initiative_id partner_id" */
} MzTotalsGroup;

typedef struct
{
  int         year_from;    /* 0: from the beginning */
  int         year_to;      /* 0: to the end */
  const char *partner_id;   /* only this donor's; NULL: all */
} MzTotalsFilter;

typedef struct
{
  const char *key;          /* year "2024", a unit, initiative or partner id; NULL: not allocated */
  const char *currency;     /* NULL: @amount is already CHF centimes */
  const char *month;        /* YYYY-MM of the rate; NULL: the valuation month */
  gint64      amount;       /* minor units */
  gint64      num;          /* the key's share: @amount × @num / @den */
  gint64      den;
} MzTotalsFact;

typedef void (*MzTotalsFactFunc) (const MzTotalsFact *fact,
                                  gpointer            user_data);

/* Calls @func for each fact of @measure grouped by @group. @as_of
 * (YYYY-MM-DD) is the year of pipeline entries without a start date. */
gboolean    mz_totals_store_foreach  (MzStore               *store,
                                      MzTotalsMeasure        measure,
                                      MzTotalsGroup          group,
                                      const MzTotalsFilter  *filter,
                                      const char            *as_of,
                                      MzTotalsFactFunc       func,
                                      gpointer               user_data,
                                      GError               **error);

/* id → parent id (NULL for roots) of every live row of org_unit or
 * initiative. */
GHashTable *mz_totals_store_parents  (MzStore               *store,
                                      const char            *table,
                                      GError               **error);

G_END_DECLS

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

/* The aggregates of schema 3 (see migrations/0003-money-totals.sql). */

/* What a commitment contributes, one row of money_fact. */
typedef struct
{
  const char *commitment_id;
  char        grp;          /* 'Y' year, 'U' unit, 'I' initiative, 'P' partner, 'X' initiative+partner */
  char        measure;      /* 'S' signed, 'R' received, 'P' pipeline */
  const char *key;          /* "" for the year group and for what is not allocated */
  int         year;
  const char *currency;     /* "CHF": centimes; else minor units of that currency */
  gint64      value;
} MzTotalsCubeFact;

/* A commitment as the facts need it. */
typedef struct
{
  const char *id;
  gboolean    live;
  const char *stage;
  const char *donor_partner_id;
  const char *currency;
  gint64      signed_amount;      /* G_MININT64 when NULL */
  const char *signed_date;
  gint64      pipeline_amount;    /* expected, else asked; G_MININT64 when neither */
  int         probability;
  const char *pipeline_date;      /* start date, else the day it was created */
  guint       n_allocations;
  const char * const *unit_ids;   /* per allocation, NULL when none */
  const char * const *initiative_ids;
  const int  *percent_bp;         /* per allocation, -1 when by amount */
  const gint64 *amounts;          /* per allocation, G_MININT64 when by percentage */
  guint       n_years;
  const int  *received_years;     /* payments, summed per year (CHF at entry) */
  const gint64 *received_chf;
} MzTotalsSource;

typedef void (*MzTotalsSourceFunc) (const MzTotalsSource *source,
                                    gpointer              user_data);

typedef void (*MzTotalsCubeFunc) (const char *key,
                                  char        measure,
                                  int         year,
                                  const char *currency,
                                  gint64      value,
                                  gint64      n,
                                  gpointer    user_data);

/* How many commitments wait for their facts to be recomputed. */
gboolean    mz_totals_store_n_dirty       (MzStore               *store,
                                           gint64                *n,
                                           GError               **error);

/* Calls @func for the dirty commitments (@all FALSE) or for every
 * commitment (@all TRUE), with their allocations and payments. */
gboolean    mz_totals_store_foreach_source (MzStore              *store,
                                            gboolean              all,
                                            MzTotalsSourceFunc    func,
                                            gpointer              user_data,
                                            GError              **error);

/* Inside the caller's transaction: forget the facts of the dirty
 * commitments, write new facts, and mark none dirty. */
gboolean    mz_totals_store_forget_dirty  (MzStore               *store,
                                           GError               **error);
gboolean    mz_totals_store_insert_fact   (MzStore               *store,
                                           const MzTotalsCubeFact *fact,
                                           GError               **error);
gboolean    mz_totals_store_clear_dirty   (MzStore               *store,
                                           GError               **error);

/* A full rebuild, inside the caller's transaction: begin drops every
 * fact and the cube and stops the cube triggers; end fills the cube with
 * one GROUP BY and marks nothing dirty. */
gboolean    mz_totals_store_begin_rebuild (MzStore               *store,
                                           GError               **error);
gboolean    mz_totals_store_end_rebuild   (MzStore               *store,
                                           GError               **error);

/* For bulk loads: until the end of the transaction's rebuild, writes do
 * not mark commitments dirty. */
gboolean    mz_totals_store_defer         (MzStore               *store,
                                           GError               **error);

/* Calls @func for each row of the cube of @grp within the years (0: any)
 * and, when @key is not NULL, for that key only. */
gboolean    mz_totals_store_foreach_cube  (MzStore               *store,
                                           char                   grp,
                                           int                    year_from,
                                           int                    year_to,
                                           const char            *key,
                                           MzTotalsCubeFunc       func,
                                           gpointer               user_data,
                                           GError               **error);

/* The same for the keys of @grp that start with @prefix. */
gboolean    mz_totals_store_foreach_cube_prefix (MzStore         *store,
                                                 char             grp,
                                                 const char      *prefix,
                                                 MzTotalsCubeFunc func,
                                                 gpointer         user_data,
                                                 GError         **error);

/* id → parent id (NULL for roots) of every live row of org_unit or
 * initiative. */
GHashTable *mz_totals_store_parents  (MzStore               *store,
                                      const char            *table,
                                      GError               **error);

G_END_DECLS

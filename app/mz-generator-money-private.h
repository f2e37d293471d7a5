/* mz-generator-money-private.h — what the two files of the money
 * generator share: the tables drawn from, the plan in memory and the
 * helpers for dates and rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-generator-money.h"
#include "mz-rate-table.h"

G_BEGIN_DECLS

#define REPORT_EVERY 2000

typedef struct
{
  const char *code;
  double      per_usd;    /* around 2024 */
  guint       weight;     /* per hundred commitments */
} GenCurrency;

typedef struct
{
  const char *kind;
  guint       weight;   /* per hundred */
} GenKind;

typedef struct
{
  const char *stage;
  guint       weight;
  int         probability;
} GenStage;

extern const GenCurrency  _mz_gen_currencies[15];
extern const GenKind      _mz_gen_kinds[5];
/* Stages per thousand; "signed" stands for signed, active and completed,
 * decided by the payments. */
extern const GenStage     _mz_gen_stages[7];
extern const char * const _mz_gen_titles[18];
extern const char * const _mz_gen_places[9];

typedef struct
{
  guint   donor;
  guint   kind;
  guint   currency;
  guint   stage;          /* index into stages */
  gboolean is_signed;
  int     probability;
  gint64  amount;         /* signed, or expected */
  gint64  ask;
  char    signed_date[11];
  char    start_date[11];
  char    end_date[11];
  int     step;           /* months between instalments */
  guint   first;          /* instalments [first, first + n) */
  guint   n;
  guint   title;
  guint   place;
} GenCommitment;

typedef struct
{
  guint   commitment;
  char    due[11];
  gint64  amount;
  guint8  n_payments;     /* 0, 1 or 2 */
  gboolean partial;
  gboolean in_usd;
} GenInstalment;

typedef struct
{
  MzStore               *store;
  GRand                 *rand;
  GCancellable          *cancellable;
  MzGeneratorProgress    progress;
  gpointer               user_data;
  MzGeneratorMoneyCounts counts;

  GPtrArray             *partners;
  GPtrArray             *units;
  GPtrArray             *initiatives;
  MzRateTable           *rates;
  char                   today[11];
  GArray                *commitments;   /* GenCommitment */
  GArray                *instalments;   /* GenInstalment */
} Gen;

/* mz-generator-money.c */
void     _mz_gen_report             (Gen                 *gen,
                                     const char          *what,
                                     guint                done,
                                     guint                total);
void     _mz_gen_add_months         (const char          *date,
                                     int                  months,
                                     char                 out[11]);
void     _mz_gen_add_days           (const char          *date,
                                     int                  days,
                                     char                 out[11]);
void     _mz_gen_random_date        (Gen                 *gen,
                                     const char          *from,
                                     const char          *to,
                                     char                 out[11]);
void     _mz_gen_min_date           (char                 date[11],
                                     const char          *limit);
gint64   _mz_gen_rate_of            (Gen                 *gen,
                                     const char          *currency,
                                     const char          *date);

/* mz-generator-money-write.c */
/* The commitment @c with its allocations, schedule, payments and final
 * report. */
gboolean _mz_gen_write_commitment   (Gen                 *gen,
                                     guint                index,
                                     const GenCommitment *c,
                                     GError             **error);
gboolean _mz_gen_write_inkind       (Gen                 *gen,
                                     guint                total,
                                     GError             **error);

G_END_DECLS

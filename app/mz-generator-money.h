/* mz-generator-money.h — generated commitments, allocations, schedules,
 * payments, in-kind contributions, initiatives and rates of exchange for
 * the benchmark dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-generator.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_commitments;
  guint n_instalments;   /* spread over the signed commitments */
  guint n_payments;      /* settle instalments due before today */
  guint n_inkind;
} MzGeneratorMoneyOptions;

typedef struct
{
  guint commitments;
  guint instalments;
  guint payments;
  guint allocations;
  guint reports;
  guint inkind;
  guint initiatives;
  guint rates;
} MzGeneratorMoneyCounts;

/* The default counts for @n_partners partners, in the proportions of the
 * benchmark dataset (20,000 partners: 50,000 commitments, 250,000
 * instalments, 200,000 payments, 5,000 in-kind contributions). */
void      mz_generator_money_defaults (guint                     n_partners,
                                       MzGeneratorMoneyOptions  *options);

/* Adds the money side over the partners in the database, inside the
 * caller's (bulk) transaction, drawing from @rand: monthly rates of
 * exchange for 2018–2028 where missing, some thirty initiatives when
 * there are fewer than ten, then commitments of every kind, stage and
 * currency with allocations adding up to 100 % or to the amount, signed
 * ones with schedules summing exactly to the signed amount, payments in
 * the commitment's currency or in US dollars converted at the rates of
 * their month, stages and instalment statuses consistent with them, final
 * reports, and in-kind contributions. Rows are stamped but not audited
 * (the caller writes one history row for the run). Exactly the numbers of
 * @options are made, except payments when fewer instalments are due. */
gboolean  mz_generator_money_fill     (MzStore                        *store,
                                       GRand                          *rand,
                                       const MzGeneratorMoneyOptions  *options,
                                       MzGeneratorProgress             progress,
                                       gpointer                        user_data,
                                       GCancellable                   *cancellable,
                                       MzGeneratorMoneyCounts         *counts,
                                       GError                        **error);

G_END_DECLS

/* mz-partner-summary.h — one partner's money in CHF: each commitment's
 * signed amount converted, what it received, and the totals (signed,
 * received, outstanding, in-kind)
 *
 * The figures follow the rules of app/mz-currency-totals: a signed amount
 * (signed, active and completed commitments) at the UN rate of its
 * signing month or, failing that, the latest month before it; received
 * amounts and in-kind values at the CHF stored at entry. A currency with
 * no rate at all is left out of the signed total and listed, never taken
 * at 1.0. Outstanding: over signed and active commitments, the signed CHF
 * less the received CHF, at least zero each. Computed from two indexed
 * queries and the rates in memory (a few milliseconds even for the
 * largest partner of the benchmark dataset), rather than through
 * mz_totals_compute(), whose refresh of the aggregates costs more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-money-queries.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *commitments;      /* MzPartnerMoneyCommitment */
  GArray    *signed_chf;       /* gint64 per commitment: centimes; G_MININT64 not signed; -1 no rate */
  GPtrArray *inkind;           /* MzPartnerMoneyInkind */
  gint64     total_signed;     /* centimes */
  gint64     total_received;
  gint64     total_outstanding;
  gint64     total_inkind;
  char     **missing;          /* currencies without a rate, sorted; never NULL */
} MzPartnerSummary;

#define MZ_PARTNER_SUMMARY_NOT_SIGNED G_MININT64
#define MZ_PARTNER_SUMMARY_NO_RATE    G_GINT64_CONSTANT (-1)

void              mz_partner_summary_free (MzPartnerSummary *summary);

MzPartnerSummary *mz_partner_summary_load (MzStore          *store,
                                           const char       *partner_id,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzPartnerSummary, mz_partner_summary_free)

G_END_DECLS

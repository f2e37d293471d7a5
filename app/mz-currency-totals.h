/* mz-currency-totals.h — totals in Swiss francs: signed, received,
 * weighted pipeline and in-kind by year, unit (or bureau), initiative or
 * partner; initiative progress; the regular budget's assessed
 * contributions
 *
 * Conversion: signed amounts at the UN rate of their signing month, the
 * weighted pipeline (expected, else asked, × probability; its year is the
 * start's, else the year it was entered) at the rates of the valuation
 * month; when that month has no rate, the latest earlier one. Received
 * amounts and in-kind values use the CHF stored at entry. Amounts in a
 * currency that has no rate at all are left out and counted (never taken
 * at 1.0). Each commitment's share of a unit or initiative is rounded half
 * to even once.
 *
 * Speed: the totals read local aggregates (schema 3, money_cube) kept up
 * to date by triggers that mark changed commitments, whose contributions
 * are recomputed at the next total; only units and initiatives of one
 * partner are computed from the tables each time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"
#include "mz-totals.h"

G_BEGIN_DECLS

typedef struct
{
  char   *key;            /* "2024", or a unit, initiative or partner id; NULL: not allocated */
  gint64  signed_chf;     /* centimes */
  gint64  received_chf;
  gint64  pipeline_chf;   /* weighted by probability */
  gint64  inkind_chf;
} MzTotalsRow;

typedef struct
{
  GPtrArray *rows;            /* MzTotalsRow by key; the not-allocated row last */
  guint      n_unconverted;   /* groups left out for want of a rate */
  char     **missing;         /* their currencies, sorted */
} MzTotals;

void       mz_totals_free                 (MzTotals               *totals);

/* The row of @key (NULL: the not-allocated row), or NULL. */
const MzTotalsRow *mz_totals_find         (const MzTotals         *totals,
                                           const char             *key);

/* Every measure grouped by @group; with @rollup, units count for their
 * top unit (offices for their bureau) and initiatives for their top
 * initiative. @as_of (YYYY-MM-DD; NULL: today) is the valuation date of
 * the pipeline. */
MzTotals  *mz_totals_compute              (MzStore                *store,
                                           MzTotalsGroup           group,
                                           const MzTotalsFilter   *filter,
                                           gboolean                rollup,
                                           const char             *as_of,
                                           GError                **error);

/* The same, straight from the tables (every payment, every allocation)
 * rather than from the aggregates: slower, for checking them. Shares are
 * rounded once per group rather than once per commitment, so figures may
 * differ by a few centimes. */
MzTotals  *mz_totals_compute_direct       (MzStore                *store,
                                           MzTotalsGroup           group,
                                           const MzTotalsFilter   *filter,
                                           gboolean                rollup,
                                           const char             *as_of,
                                           GError                **error);

/* Recomputes the aggregates of the commitments changed since the last
 * totals (mz_totals_compute() does it first); in its own transaction
 * unless the caller has one. */
gboolean   mz_totals_refresh              (MzStore                *store,
                                           GError                **error);

/* Recomputes every aggregate, inside the caller's transaction (after a
 * bulk load). */
gboolean   mz_totals_rebuild              (MzStore                *store,
                                           GError                **error);

typedef struct
{
  char   *partner_id;
  gint64  signed_chf;
  gint64  received_chf;
  gint64  pipeline_chf;
  gint64  inkind_chf;
} MzInitiativePartner;

typedef struct
{
  char      *initiative_id;
  char      *parent_id;
  char      *name;
  gint64     target_chf;     /* -1 when none */
  gint64     signed_chf;
  gint64     received_chf;
  gint64     pipeline_chf;
  gint64     inkind_chf;
  gint64     gap_chf;        /* target − signed, at least 0; 0 without a target */
  GPtrArray *partners;       /* empty here; see mz_totals_initiative_partners() */
} MzInitiativeProgress;

void       mz_initiative_progress_free    (MzInitiativeProgress   *progress);

/* The progress of every live initiative (MzInitiativeProgress, by name);
 * with @include_children a parent counts its sub-initiatives too. */
GPtrArray *mz_totals_initiative_progress  (MzStore                *store,
                                           gboolean                include_children,
                                           const char             *as_of,
                                           GError                **error);

/* The partners contributing to one initiative (and, with
 * @include_children, to its sub-initiatives): MzInitiativePartner by
 * signed amount, largest first. */
GPtrArray *mz_totals_initiative_partners  (MzStore                *store,
                                           const char             *initiative_id,
                                           gboolean                include_children,
                                           const char             *as_of,
                                           GError                **error);

/* The regular budget's assessed contributions of @year: the Member
 * States' contributory units (in sixteenths) × the unit value (centimes),
 * or × @unit_value when it is > 0 (a scenario). */
typedef struct
{
  gint64 units_x16;          /* all Member States' units × 16 */
  gint64 unit_value_chf;     /* centimes per unit */
  gint64 assessed_chf;       /* centimes */
  guint  n_states;
} MzAssessed;

gboolean   mz_totals_assessed             (MzStore                *store,
                                           int                     year,
                                           gint64                  unit_value,
                                           MzAssessed             *assessed,
                                           GError                **error);

/* The effect on @year's income of changing the unit value to
 * @unit_value: scenario − current assessed contributions (centimes). */
gboolean   mz_totals_unit_value_effect    (MzStore                *store,
                                           int                     year,
                                           gint64                  unit_value,
                                           gint64                 *effect,
                                           GError                **error);

void       mz_initiative_partner_free     (MzInitiativePartner    *partner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzTotals, mz_totals_free)

G_END_DECLS

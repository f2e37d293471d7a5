/* mz-currency-totals.h — totals in Swiss francs: signed, received,
 * weighted pipeline and in-kind by year, unit (or bureau), initiative or
 * partner; initiative progress; the regular budget's assessed
 * contributions
 *
 * Conversion: signed amounts at the UN rate of their signing month, the
 * weighted pipeline (expected, else asked, × probability) at the rates of
 * the valuation month; when that month has no rate, the latest earlier
 * one. Received amounts and in-kind values use the CHF stored at entry.
 * Amounts in a currency that has no rate at all are left out and counted
 * (never taken at 1.0). Shares by allocation are rounded half to even
 * once per group.
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
  GPtrArray *partners;       /* MzInitiativePartner by signed amount, largest first */
} MzInitiativeProgress;

void       mz_initiative_progress_free    (MzInitiativeProgress   *progress);

/* The progress of every live initiative (MzInitiativeProgress, by name);
 * with @include_children a parent counts its sub-initiatives too. */
GPtrArray *mz_totals_initiative_progress  (MzStore                *store,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzTotals, mz_totals_free)

G_END_DECLS

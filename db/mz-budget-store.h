/* mz-budget-store.h — the regular budget: income lines per year (Table 1
 * of the strategy), the contributory unit's value and the Member States'
 * contributory units per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  int    year;
  char   line[32];      /* assessed_member_states, sector_members, publications, satellite_filings, other */
  gint64 amount_chf;    /* centimes */
} MzBudgetLine;

/* The lines in force of the years @year_from…@year_to (0: any), by year
 * and line: a GArray of MzBudgetLine. */
GArray   *mz_budget_store_lines           (MzStore     *store,
                                           int          year_from,
                                           int          year_to,
                                           GError     **error);

/* Sets a line of a year (the previous value soft-deleted), inside the
 * caller's transaction, audited. */
gboolean  mz_budget_store_set_line        (MzStore     *store,
                                           int          year,
                                           const char  *line,
                                           gint64       amount_chf,
                                           GError     **error);

/* The value of one contributory unit in @year (centimes); NOT_FOUND if
 * none is recorded. */
gboolean  mz_budget_store_unit_value      (MzStore     *store,
                                           int          year,
                                           gint64      *amount_chf,
                                           GError     **error);
gboolean  mz_budget_store_set_unit_value  (MzStore     *store,
                                           int          year,
                                           gint64       amount_chf,
                                           GError     **error);

/* The Member States' contributory units of @year, in sixteenths, and how
 * many states are assessed. */
gboolean  mz_budget_store_units           (MzStore     *store,
                                           int          year,
                                           gint64      *units_x16,
                                           guint       *n_states,
                                           GError     **error);
/* Sets a partner's units of a year (the previous value soft-deleted). */
gboolean  mz_budget_store_set_assessment  (MzStore     *store,
                                           const char  *partner_id,
                                           int          year,
                                           gint64       units_x16,
                                           GError     **error);

/* A Member State and its contributory units of a year. */
typedef struct
{
  char   *partner_id;
  char   *name;
  char   *local_name;   /* may be NULL */
  gint64  units_x16;    /* 0: none recorded for the year */
} MzBudgetAssessment;

void        mz_budget_assessment_free      (MzBudgetAssessment *assessment);

/* Every live Member State (partner type member_state) with its units of
 * @year (0 when it has none), by name: a GPtrArray of MzBudgetAssessment. */
GPtrArray  *mz_budget_store_assessments    (MzStore     *store,
                                            int          year,
                                            GError     **error);

/* The years that have a budget line, a unit value or an assessment,
 * ascending: a GArray of int. */
GArray     *mz_budget_store_years          (MzStore     *store,
                                            GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzBudgetAssessment, mz_budget_assessment_free)

G_END_DECLS

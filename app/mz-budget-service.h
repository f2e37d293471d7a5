/* mz-budget-service.h — the regular budget: income lines per year (Table 1
 * of the strategy), the value of a contributory unit, the Member States'
 * contributory units and the assessed contributions they give, with a
 * scenario for another unit value
 *
 * Every write is one transaction, stamped and audited; on any error
 * nothing is saved. Validation errors are MZ_VALIDATION_ERROR naming the
 * field ("year", "line", "amount_chf", "contributory_units"). Money is CHF
 * centimes; units are counted in sixteenths (the smallest class is 1/16).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-budget-store.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The codes of the budget lines in the order of Table 1, NULL-terminated. */
const char * const *mz_budget_lines          (void);
/* "Member States (assessed contributions)"…, translated; the code itself
 * for an unknown one. */
const char         *mz_budget_line_label     (const char *line);

/* Sets the amount of a line of a year (≥ 0). */
gboolean  mz_budget_service_set_line         (MzStore     *store,
                                              int          year,
                                              const char  *line,
                                              gint64       amount_chf,
                                              GError     **error);

/* Sets the value of a contributory unit of a year (> 0). */
gboolean  mz_budget_service_set_unit_value   (MzStore     *store,
                                              int          year,
                                              gint64       amount_chf,
                                              GError     **error);

/* Sets a Member State's contributory units of a year (> 0, sixteenths). */
gboolean  mz_budget_service_set_units        (MzStore     *store,
                                              const char  *partner_id,
                                              int          year,
                                              gint64       units_x16,
                                              GError     **error);

/* One Member State's assessed contribution: @units_x16 × @unit_value / 16,
 * rounded half to even (centimes). */
gint64    mz_budget_assessed_share           (gint64       units_x16,
                                              gint64       unit_value);

typedef struct
{
  gint64 units_x16;          /* all Member States' units × 16 */
  guint  n_states;
  gint64 unit_value;         /* centimes; 0 when none is recorded */
  gint64 assessed;           /* units × unit value, centimes; 0 without a unit value */
  gint64 scenario_value;     /* the scenario's unit value; 0: no scenario */
  gint64 scenario_assessed;  /* units × scenario value */
  gint64 difference;         /* scenario − assessed */
} MzBudgetSummary;

/* The assessed contributions of @year and, when @scenario_value > 0, what
 * they would be at that unit value; nothing is saved. A scenario value
 * that is not positive is refused (field "unit_value"). */
gboolean  mz_budget_service_summary          (MzStore          *store,
                                              int               year,
                                              gint64            scenario_value,
                                              MzBudgetSummary  *summary,
                                              GError          **error);

/* Units in sixteenths for people: "10", "1/2", "1 1/2", "3/16". */
char     *mz_budget_format_units             (gint64       units_x16);

/* Reads "10", "1/2", "1 1/2", "0.5" or "1,5" into sixteenths (ignoring
 * bidirectional marks around them); refuses
 * anything that is not a positive multiple of 1/16 (field
 * "contributory_units"). */
gboolean  mz_budget_parse_units              (const char  *text,
                                              gint64      *units_x16,
                                              GError     **error);

G_END_DECLS

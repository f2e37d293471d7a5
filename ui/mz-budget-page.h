/* mz-budget-page.h — the Regular Budget section: income lines per year
 * (Table 1), the value of a contributory unit, the Member States'
 * contributory units, the assessed contributions and a unit-value
 * scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_BUDGET_PAGE (mz_budget_page_get_type ())
G_DECLARE_FINAL_TYPE (MzBudgetPage, mz_budget_page, MZ, BUDGET_PAGE, AdwBin)

MzStore    *mz_budget_page_get_store (MzBudgetPage *self);
void        mz_budget_page_set_store (MzBudgetPage *self,
                                      MzStore      *store);

/* For tests. The year whose unit value, units and scenario are shown. */
int         _mz_budget_page_get_year          (MzBudgetPage *self);
void        _mz_budget_page_set_year          (MzBudgetPage *self,
                                               int           year);
/* The entry of a budget line of a year (GtkEditable), or NULL. */
GtkWidget  *_mz_budget_page_get_line_entry    (MzBudgetPage *self,
                                               int           year,
                                               const char   *line);
/* The text of the total of a year's lines, or NULL. */
const char *_mz_budget_page_get_line_total    (MzBudgetPage *self,
                                               int           year);
/* The units entry of a Member State (by name) in the year shown. */
GtkWidget  *_mz_budget_page_get_units_entry   (MzBudgetPage *self,
                                               const char   *name);
/* How many Member State rows the search leaves. */
guint       _mz_budget_page_get_n_states_shown (MzBudgetPage *self);
/* "unit_value", "scenario", "units", "assessed", "scenario_total",
 * "scenario_difference", "states_search": a widget of the page. */
GtkWidget  *_mz_budget_page_get_widget        (MzBudgetPage *self,
                                               const char   *name);
/* The last message shown about a refused edit, or NULL. */
const char *_mz_budget_page_get_error         (MzBudgetPage *self);

G_END_DECLS

/* mz-budget-page-private.h — the parts of the Regular Budget section
 * shared by its files (mz-budget-page.c: Table 1, the unit value and the
 * scenario; mz-budget-page-states.c: the Member States' units)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-budget-page.h"
#include "mz-money-entry.h"

G_BEGIN_DECLS

struct _MzBudgetPage
{
  AdwBin            parent_instance;

  MzStore          *store;
  GArray           *years;          /* int: the years of the chooser */
  GArray           *line_years;     /* int: the columns of Table 1 */
  int               added_year;     /* a column added by "Add Year", 0: none */
  int               year;           /* of the assessments; 0: none */
  GHashTable       *line_entries;   /* "YEAR line" → MzMoneyEntry (owned by the grid) */
  GHashTable       *totals;         /* "YEAR" → GtkLabel */
  GPtrArray        *states;         /* MzBudgetAssessment of the year shown */
  char             *search_key;
  char             *last_error;
  gboolean          loading;

  /* Template widgets */
  GtkGrid          *lines_grid;
  GtkDropDown      *year_dropdown;
  MzMoneyEntry     *unit_value_entry;
  AdwActionRow     *unit_value_row;
  AdwActionRow     *units_row;
  GtkLabel         *units_label;
  GtkLabel         *assessed_label;
  MzMoneyEntry     *scenario_entry;
  GtkLabel         *scenario_total_label;
  GtkLabel         *scenario_difference_label;
  GtkSearchEntry   *states_search;
  GtkListBox       *states_list;
};

char *_mz_budget_page_format_chf               (gint64        centimes);
char *_mz_budget_page_format_units             (gint64        units_x16);
void  _mz_budget_page_show_error               (MzBudgetPage *self,
                                                GtkWidget    *entry,
                                                const GError *error);
void  _mz_budget_page_clear_error              (GtkWidget    *entry);
void  _mz_budget_page_toast                    (MzBudgetPage *self,
                                                const char   *message);
void  _mz_budget_page_remove_children          (GtkWidget    *parent);
void  _mz_budget_page_update_summary           (MzBudgetPage *self);

/* mz-budget-page-states.c */
void  _mz_budget_page_init_states              (MzBudgetPage *self);
void  _mz_budget_page_build_states             (MzBudgetPage *self);
void  _mz_budget_page_on_states_search_changed (MzBudgetPage *self);

G_END_DECLS

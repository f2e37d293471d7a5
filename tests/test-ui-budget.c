/* test-ui-budget.c — the Regular Budget section: Table 1 and a Member
 * State's units edited through the widgets, the scenario label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-budget-page.h"
#include "mz-budget-service.h"
#include "mz-money-entry.h"
#include "test-ui-crm-fixture.h"

static gint64
line_amount (MzStore    *store,
             int         year,
             const char *line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = mz_budget_store_lines (store, year, year, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      MzBudgetLine *l = &g_array_index (lines, MzBudgetLine, i);

      if (g_str_equal (l->line, line))
        return l->amount_chf;
    }
  return -1;
}

static gint64
units_of (MzStore    *store,
          int         year,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = mz_budget_store_assessments (store, year, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < states->len; i++)
    {
      MzBudgetAssessment *a = states->pdata[i];

      if (g_str_equal (a->name, name))
        return a->units_x16;
    }
  return -1;
}

static gboolean
page_loaded (gpointer data)
{
  return _mz_budget_page_get_year (data) != 0;
}

static const char *
label_text (MzBudgetPage *page,
            const char   *name)
{
  return gtk_label_get_text (GTK_LABEL (_mz_budget_page_get_widget (page, name)));
}

static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  MzBudgetPage *page = MZ_BUDGET_PAGE (open_section (fixture, "budget"));
  MzStore *store = fixture_store (fixture);
  GtkWidget *entry;
  g_autofree char *before_total = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (MZ_IS_BUDGET_PAGE (page));
  wait_until (page_loaded, page);

  /* Table 1 as loaded: publications 2023 = CHF 16.7M */
  entry = _mz_budget_page_get_line_entry (page, 2023, "publications");
  g_assert_nonnull (entry);
  g_assert_cmpint (mz_money_entry_get_amount (MZ_MONEY_ENTRY (entry)), ==, G_GINT64_CONSTANT (1670000000));
  g_assert_nonnull (_mz_budget_page_get_line_entry (page, 2018, "assessed_member_states"));
  g_assert_null (_mz_budget_page_get_line_entry (page, 2010, "publications"));
  before_total = g_strdup (_mz_budget_page_get_line_total (page, 2023));
  expected = mz_money_entry_format (G_GINT64_CONSTANT (154300000), "JPY");
  g_assert_cmpstr (before_total, ==, expected);

  /* A negative amount: refused, marked, nothing saved */
  gtk_editable_set_text (GTK_EDITABLE (entry), "-5");
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (_mz_budget_page_get_error (page));
  g_assert_cmpint (line_amount (store, 2023, "publications"), ==, G_GINT64_CONSTANT (1670000000));

  /* 17,000,000: saved, audited, the total follows */
  gtk_editable_set_text (GTK_EDITABLE (entry), "17000000");
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (line_amount (store, 2023, "publications"), ==, G_GINT64_CONSTANT (1700000000));
  g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, _("Budget line saved"));
  g_clear_pointer (&expected, g_free);
  expected = mz_money_entry_format (G_GINT64_CONSTANT (154600000), "JPY");
  g_assert_cmpstr (_mz_budget_page_get_line_total (page, 2023), ==, expected);
}

static void
test_units_and_scenario (Fixture       *fixture,
                         gconstpointer  data)
{
  MzBudgetPage *page = MZ_BUDGET_PAGE (open_section (fixture, "budget"));
  MzStore *store = fixture_store (fixture);
  GtkWidget *entry, *scenario, *search;
  g_autofree char *assessed_before = NULL;
  g_autofree char *assessed_after = NULL;
  g_autofree char *total_before = NULL;

  _mz_budget_page_set_year (page, 2026);
  iterate ();
  g_assert_cmpint (_mz_budget_page_get_year (page), ==, 2026);
  /* 107 1/2 units in 2026 */
  g_assert_cmpstr (label_text (page, "units"), ==, "107 1/2");
  assessed_before = g_strdup (label_text (page, "assessed"));
  g_assert_nonnull (strstr (assessed_before, "CHF"));

  /* search the Member States in any script */
  search = _mz_budget_page_get_widget (page, "states_search");
  g_assert_cmpuint (_mz_budget_page_get_n_states_shown (page), ==, 8);
  gtk_editable_set_text (GTK_EDITABLE (search), "日本");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_cmpuint (_mz_budget_page_get_n_states_shown (page), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_cmpuint (_mz_budget_page_get_n_states_shown (page), ==, 8);

  /* Kenya: 1 → 1 1/2 units through the entry */
  entry = _mz_budget_page_get_units_entry (page, "Kenya");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1");
  gtk_editable_set_text (GTK_EDITABLE (entry), "0");
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (units_of (store, 2026, "Kenya"), ==, 16);

  gtk_editable_set_text (GTK_EDITABLE (entry), "1 1/2");
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (units_of (store, 2026, "Kenya"), ==, 24);
  g_assert_cmpstr (label_text (page, "units"), ==, "108");
  assessed_after = g_strdup (label_text (page, "assessed"));
  g_assert_cmpstr (assessed_after, !=, assessed_before);

  /* The scenario: CHF 330,000 per unit → 108 × 330,000 = 35,640,000; +1,296,000 */
  scenario = _mz_budget_page_get_widget (page, "scenario");
  total_before = g_strdup (label_text (page, "scenario_total"));
  gtk_editable_set_text (GTK_EDITABLE (scenario), "330000");
  iterate ();
  {
    g_autofree char *amount = mz_money_entry_format (G_GINT64_CONSTANT (3564000000), "CHF");
    g_autofree char *difference = mz_money_entry_format (G_GINT64_CONSTANT (129600000), "CHF");
    g_autofree char *total_text = g_strdup_printf (_("CHF %s"), amount);
    g_autofree char *difference_text = g_strdup_printf (_("+CHF %s"), difference);

    g_assert_cmpstr (label_text (page, "scenario_total"), !=, total_before);
    g_assert_cmpstr (label_text (page, "scenario_total"), ==, total_text);
    g_assert_cmpstr (label_text (page, "scenario_difference"), ==, difference_text);
  }
  /* nothing saved: the unit value is still 318,000 */
  {
    gint64 value = 0;

    g_assert_true (mz_budget_store_unit_value (store, 2026, &value, NULL));
    g_assert_cmpint (value, ==, 31800000);
  }
  /* a lower value: a negative difference */
  gtk_editable_set_text (GTK_EDITABLE (scenario), "300000");
  iterate ();
  g_assert_true (g_str_has_prefix (label_text (page, "scenario_difference"), "−"));
  g_assert_true (gtk_widget_has_css_class (_mz_budget_page_get_widget (page, "scenario_difference"), "error"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/budget/table", Fixture, NULL, fixture_set_up, test_table, fixture_tear_down);
  g_test_add ("/ui/budget/units-scenario", Fixture, NULL, fixture_set_up, test_units_and_scenario,
              fixture_tear_down);

  return g_test_run ();
}

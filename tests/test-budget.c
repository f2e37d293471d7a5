/* test-budget.c — the regular budget: assessed contributions from the
 * sample data, the unit-value scenario, validation and audited edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "mz-budget-service.h"
#include "mz-demo.h"
#include "mz-validate.h"
#include "test-money-fixture.h"

static void
load_demo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mz_demo_load (f->store, &error));
  g_assert_no_error (error);
}

/* Assessed contributions = every Member State's units × CHF 318,000,
 * checked against the assessments read straight from the table. */
static void
test_assessed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  load_demo (f);
  for (int year = 2023; year <= 2026; year++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce (sum (contributory_units_x16), 0) FROM assessment "
                                              "WHERE deleted_at IS NULL AND year = %d", year);
      g_autofree char *count_sql = g_strdup_printf ("SELECT count (*) FROM assessment "
                                                    "WHERE deleted_at IS NULL AND year = %d", year);
      gint64 units_x16 = query_int (f, sql, NULL);
      MzBudgetSummary s;
      g_autoptr(GPtrArray) states = NULL;
      gint64 sum = 0;

      g_assert_cmpint (units_x16, >, 0);
      g_assert_true (mz_budget_service_summary (f->store, year, 0, &s, &error));
      g_assert_no_error (error);
      g_assert_cmpint (s.unit_value, ==, G_GINT64_CONSTANT (31800000));
      g_assert_cmpint (s.units_x16, ==, units_x16);
      g_assert_cmpint (s.n_states, ==, query_int (f, count_sql, NULL));
      /* units × 318,000 CHF, in centimes; units are in sixteenths */
      g_assert_cmpint (s.assessed, ==, units_x16 * 318000 * 100 / 16);
      g_assert_cmpint (s.scenario_value, ==, 0);

      /* the per-state shares add up to the total */
      states = mz_budget_store_assessments (f->store, year, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (states->len, ==, 8);
      for (guint i = 0; i < states->len; i++)
        {
          MzBudgetAssessment *a = states->pdata[i];

          sum += mz_budget_assessed_share (a->units_x16, s.unit_value);
        }
      g_assert_cmpint (sum, ==, s.assessed);
    }

  /* 2023: 1,640 sixteenths = 102.5 units → CHF 32,595,000 */
  {
    MzBudgetSummary s;

    g_assert_true (mz_budget_service_summary (f->store, 2023, 0, &s, &error));
    g_assert_cmpint (s.units_x16, ==, 160 + 400 + 480 + 320 + 192 + 16 + 64 + 8);
    g_assert_cmpint (s.assessed, ==, G_GINT64_CONSTANT (3259500000));
  }
}

static void
test_scenario (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzBudgetSummary s;
  gint64 audit_before;

  load_demo (f);
  audit_before = query_int (f, "SELECT count (*) FROM audit_log", NULL);

  /* CHF 330,000 per unit in 2026: 1,720 sixteenths = 107.5 units */
  g_assert_true (mz_budget_service_summary (f->store, 2026, 33000000, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.units_x16, ==, 1720);
  g_assert_cmpint (s.assessed, ==, G_GINT64_CONSTANT (3418500000));
  g_assert_cmpint (s.scenario_value, ==, 33000000);
  g_assert_cmpint (s.scenario_assessed, ==, G_GINT64_CONSTANT (3547500000));
  g_assert_cmpint (s.difference, ==, G_GINT64_CONSTANT (129000000));

  /* a lower value: a negative difference, 107.5 × −18,000 */
  g_assert_true (mz_budget_service_summary (f->store, 2026, 30000000, &s, &error));
  g_assert_cmpint (s.difference, ==, -G_GINT64_CONSTANT (193500000));

  /* nothing was saved */
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM audit_log", NULL), ==, audit_before);
  g_assert_true (mz_budget_service_summary (f->store, 2026, 0, &s, &error));
  g_assert_cmpint (s.unit_value, ==, 31800000);

  /* a negative scenario is refused */
  g_assert_false (mz_budget_service_summary (f->store, 2026, -1, &s, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_NUMBER);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "unit_value");
  g_clear_error (&error);

  /* a year without a unit value: units still counted, no assessment */
  g_assert_true (mz_budget_service_summary (f->store, 1990, 0, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.unit_value, ==, 0);
  g_assert_cmpint (s.assessed, ==, 0);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ch = NULL;
  gint64 rows_before, audit_before;

  load_demo (f);
  ch = query_text (f, "SELECT id FROM partner WHERE name = 'Switzerland'", NULL);
  rows_before = query_int (f, "SELECT (SELECT count (*) FROM budget_line) + (SELECT count (*) FROM unit_value) "
                              "+ (SELECT count (*) FROM assessment)", NULL);
  audit_before = query_int (f, "SELECT count (*) FROM audit_log", NULL);

  g_assert_false (mz_budget_service_set_line (f->store, 2023, "publications", -1, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "amount_chf");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_line (f->store, 2023, "lottery", 100, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "line");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_line (f->store, 1200, "publications", 100, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "year");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_unit_value (f->store, 2023, 0, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "unit_value");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_unit_value (f->store, 2023, -31800000, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "unit_value");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_units (f->store, ch, 2023, 0, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "contributory_units");
  g_clear_error (&error);
  g_assert_false (mz_budget_service_set_units (f->store, ch, 2023, -16, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "contributory_units");
  g_clear_error (&error);
  /* an unknown partner: refused by the database, nothing saved */
  g_assert_false (mz_budget_service_set_units (f->store, "00000000-0000-0000-0000-000000000000", 2023, 16, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f, "SELECT (SELECT count (*) FROM budget_line) + (SELECT count (*) FROM unit_value) "
                                 "+ (SELECT count (*) FROM assessment)", NULL), ==, rows_before);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM audit_log", NULL), ==, audit_before);
}

static void
test_units_text (void)
{
  static const struct { const char *text; gint64 x16; } good[] = {
    { "10", 160 }, { "1/2", 8 }, { "1 1/2", 24 }, { "3/16", 3 }, { "0.5", 8 },
    { "1,25", 20 }, { " 40 ", 640 }, { "0.0625", 1 }, { "2 1/4", 36 },
    { "\u20661 1/2\u2069", 24 },
  };
  static const char *bad[] = { "", "0", "-1", "1/3", "0.1", "abc", "1/0", "2/2", "1.2.3", "3/32" };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;
      gint64 x16 = 0, again = 0;

      g_assert_true (mz_budget_parse_units (good[i].text, &x16, &error));
      g_assert_no_error (error);
      g_assert_cmpint (x16, ==, good[i].x16);
      back = mz_budget_format_units (x16);
      g_assert_true (mz_budget_parse_units (back, &again, NULL));
      g_assert_cmpint (again, ==, x16);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 x16 = 0;

      g_assert_false (mz_budget_parse_units (bad[i], &x16, &error));
      g_assert_cmpstr (mz_validation_error_get_field (error), ==, "contributory_units");
    }

  {
    g_autofree char *a = mz_budget_format_units (160);
    g_autofree char *b = mz_budget_format_units (24);
    g_autofree char *c = mz_budget_format_units (1);

    g_assert_cmpstr (a, ==, "10");
    g_assert_cmpstr (b, ==, "1 1/2");
    g_assert_cmpstr (c, ==, "1/16");
  }
}

static void
test_audited (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *ch = NULL;
  MzBudgetSummary s;
  gint64 audit_before;
  gboolean found = FALSE;

  load_demo (f);
  ch = query_text (f, "SELECT id FROM partner WHERE name = 'Switzerland'", NULL);
  audit_before = query_int (f, "SELECT count (*) FROM audit_log", NULL);

  /* a line: the old row soft-deleted and a new one, each audited */
  g_assert_true (mz_budget_service_set_line (f->store, 2023, "publications", G_GINT64_CONSTANT (1700000000), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM audit_log", NULL), ==, audit_before + 2);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM budget_line WHERE year = 2023 AND line = 'publications' "
                                 "AND deleted_at IS NULL", NULL), ==, 1);
  lines = mz_budget_store_lines (f->store, 2023, 2023, &error);
  for (guint i = 0; i < lines->len; i++)
    {
      MzBudgetLine *l = &g_array_index (lines, MzBudgetLine, i);

      if (g_str_equal (l->line, "publications"))
        {
          g_assert_cmpint (l->amount_chf, ==, G_GINT64_CONSTANT (1700000000));
          found = TRUE;
        }
    }
  g_assert_true (found);

  /* the unit value */
  g_assert_true (mz_budget_service_set_unit_value (f->store, 2026, 32000000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM audit_log WHERE table_name = 'unit_value'", NULL), >=, 2);
  g_assert_true (mz_budget_service_summary (f->store, 2026, 0, &s, &error));
  g_assert_cmpint (s.unit_value, ==, 32000000);
  g_assert_cmpint (s.assessed, ==, G_GINT64_CONSTANT (1720) * 32000000 / 16);

  /* Switzerland's units in 2026: 10 → 12 1/2 */
  g_assert_true (mz_budget_service_set_units (f->store, ch, 2026, 200, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM audit_log WHERE table_name = 'assessment' "
                                 "AND action = 'insert' AND json_extract (after, '$.contributory_units_x16') = 200 "
                                 "AND json_extract (after, '$.year') = 2026", NULL), ==, 1);
  g_assert_true (mz_budget_service_summary (f->store, 2026, 0, &s, &error));
  g_assert_cmpint (s.units_x16, ==, 1720 + 40);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM assessment WHERE deleted_at IS NULL AND year = 2026", NULL),
                   ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/budget/assessed", Fixture, NULL, fixture_set_up, test_assessed, fixture_tear_down);
  g_test_add ("/budget/scenario", Fixture, NULL, fixture_set_up, test_scenario, fixture_tear_down);
  g_test_add ("/budget/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add_func ("/budget/units-text", test_units_text);
  g_test_add ("/budget/audited", Fixture, NULL, fixture_set_up, test_audited, fixture_tear_down);

  return g_test_run ();
}

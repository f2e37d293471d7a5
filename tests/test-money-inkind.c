/* test-money-inkind.c — in-kind contributions valued in CHF at entry, and
 * initiatives with their hierarchy, through the services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "mz-commitment-service.h"
#include "mz-currency-totals.h"
#include "mz-validate.h"
#include "test-money-fixture.h"

static void
assert_field (const GError *error,
              const char   *field)
{
  g_assert_nonnull (error);
  g_test_message ("%s: %s", field, error->message);
  g_assert_true (error->domain == MZ_VALIDATION_ERROR);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, field);
}

static MzInkind *
expert (const char *partner_id)
{
  MzInkind *k = mz_inkind_new ();

  k->partner_id = g_strdup (partner_id);
  k->kind = g_strdup ("seconded_expert");
  k->description = g_strdup ("  Junior professional officer, spectrum management  ");
  k->start_date = g_strdup ("2024-03-01");
  k->end_date = g_strdup ("2025-02-28");
  k->quantity_milli = 12000;
  k->quantity_unit = g_strdup ("person_months");
  k->fair_value = 18000000;   /* EUR 180,000.00 */
  k->currency = g_strdup ("eur");
  k->valuation_basis = g_strdup ("UN standard salary costs");
  return k;
}

static void
test_inkind (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (f, "Agence", "ministry");
  g_autofree char *tsb = unit_id (f, "TSB");
  g_autoptr(MzInkind) k = expert (partner);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(MzTotals) totals = NULL;
  gint64 before;

  add_rates (f, "EUR", "2024-01", "2024-12", 920000);
  add_rates (f, "CHF", "2024-01", "2024-12", 880000);

  k->unit_id = g_strdup (tsb);
  g_assert_true (mz_inkind_service_create (f->store, k, &error));
  g_assert_no_error (error);
  /* EUR 180,000 × 0.88 / 0.92 = CHF 172,173.913… */
  g_assert_cmpint (k->fair_value_chf, ==, 17217391);
  g_assert_cmpint (k->rate_micro, ==, 920000);
  g_assert_cmpint (k->chf_rate_micro, ==, 880000);
  g_assert_cmpstr (k->currency, ==, "EUR");
  g_assert_cmpstr (k->description, ==, "Junior professional officer, spectrum management");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'inkind' AND row_id = ?", k->id), ==, 1);

  /* the totals count it for TSB in 2024 */
  totals = mz_totals_compute (f->store, MZ_TOTALS_BY_UNIT, NULL, FALSE, "2024-06-30", &error);
  g_assert_cmpint (mz_totals_find (totals, tsb)->inkind_chf, ==, 17217391);

  /* the value changes: valued again */
  k->fair_value = 9200000;
  g_assert_true (mz_inkind_service_update (f->store, k, &error));
  g_assert_cmpint (k->fair_value_chf, ==, 8800000);

  list = mz_inkind_store_list (f->store, partner, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((MzInkind *) list->pdata[0])->fair_value_chf, ==, 8800000);
  g_assert_cmpint (((MzInkind *) list->pdata[0])->quantity_milli, ==, 12000);

  /* refused, nothing saved */
  before = query_int (f, "SELECT count(*) FROM inkind", NULL) + query_int (f, "SELECT count(*) FROM audit_log", NULL);
  {
    static const struct { const char *field; } fields[] = {
      { "partner_id" }, { "kind" }, { "description" }, { "end_date" }, { "quantity_milli" },
      { "quantity_unit" }, { "fair_value" }, { "currency" }, { "currency" }, { "unit_id" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        g_autoptr(MzInkind) bad = expert (partner);

        switch (i)
          {
          case 0: g_clear_pointer (&bad->partner_id, g_free); break;
          case 1: mz_commitment_set_string (&bad->kind, "cash"); break;
          case 2: mz_commitment_set_string (&bad->description, " "); break;
          case 3: mz_commitment_set_string (&bad->end_date, "2024-02-01"); break;
          case 4: bad->quantity_milli = 0; break;
          case 5: g_clear_pointer (&bad->quantity_unit, g_free); break;
          case 6: bad->fair_value = -1; break;
          case 7: mz_commitment_set_string (&bad->currency, "EURO"); break;
          case 8: mz_commitment_set_string (&bad->start_date, "2025-03-01"); mz_commitment_set_string (&bad->end_date, NULL); break;
          default: bad->unit_id = g_strdup ("01900000-0000-7000-8000-000000000000"); break;
          }
        g_assert_false (mz_inkind_service_create (f->store, bad, &error));
        assert_field (error, fields[i].field);
        if (i == 8)
          {
            /* no rate for March 2025: named */
            g_assert_nonnull (strstr (error->message, "EUR"));
            g_assert_nonnull (strstr (error->message, "2025-03"));
          }
        g_clear_error (&error);
      }
  }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM inkind", NULL) +
                   query_int (f, "SELECT count(*) FROM audit_log", NULL), ==, before);

  g_assert_true (mz_inkind_service_archive (f->store, k->id, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = mz_inkind_store_list (f->store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpstr (mz_inkind_kind_label ("venue"), ==, "Venue or hosting");
}

static void
test_initiatives (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInitiative) gda = mz_initiative_new ();
  g_autoptr(MzInitiative) ewaste = mz_initiative_new ();
  g_autoptr(MzInitiative) fetched = NULL;
  g_autofree char *gs = unit_id (f, "GS");

  gda->name = g_strdup (" Green Digital Action ");
  gda->kind = g_strdup ("thematic");
  gda->lead_unit_id = g_strdup (gs);
  gda->start_date = g_strdup ("2024-01-01");
  gda->end_date = g_strdup ("2026-12-31");
  gda->target_chf = 1000000000;
  gda->pillars[0] = g_strdup ("Data on ICT's environmental impact and e-waste.");
  gda->pillars[3] = g_strdup ("Free standards for energy-efficient ICT.");
  g_assert_true (mz_initiative_service_create (f->store, gda, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gda->name, ==, "Green Digital Action");

  ewaste->name = g_strdup ("E-waste monitoring");
  ewaste->kind = g_strdup ("project");
  ewaste->parent_id = g_strdup (gda->id);
  g_assert_true (mz_initiative_service_create (f->store, ewaste, &error));
  g_assert_no_error (error);

  fetched = mz_initiative_store_get (f->store, gda->id, &error);
  g_assert_cmpstr (fetched->pillars[3], ==, "Free standards for energy-efficient ICT.");
  g_assert_cmpint (fetched->target_chf, ==, 1000000000);

  /* a loop is refused: GDA part of its own project, or of itself */
  mz_commitment_set_string (&gda->parent_id, ewaste->id);
  g_assert_false (mz_initiative_service_update (f->store, gda, &error));
  assert_field (error, "parent_id");
  g_clear_error (&error);
  mz_commitment_set_string (&gda->parent_id, gda->id);
  g_assert_false (mz_initiative_service_update (f->store, gda, &error));
  assert_field (error, "parent_id");
  g_clear_error (&error);
  g_clear_pointer (&gda->parent_id, g_free);

  mz_commitment_set_string (&gda->end_date, "2023-12-31");
  g_assert_false (mz_initiative_service_update (f->store, gda, &error));
  assert_field (error, "end_date");
  g_clear_error (&error);
  mz_commitment_set_string (&gda->end_date, "2026-12-31");

  mz_commitment_set_string (&gda->kind, "campaign");
  g_assert_false (mz_initiative_service_update (f->store, gda, &error));
  assert_field (error, "kind");
  g_clear_error (&error);
  mz_commitment_set_string (&gda->kind, "thematic");

  gda->target_chf = -5;
  g_assert_false (mz_initiative_service_update (f->store, gda, &error));
  assert_field (error, "target_chf");
  g_clear_error (&error);

  gda->target_chf = 1200000000;
  g_assert_true (mz_initiative_service_update (f->store, gda, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT target_chf FROM initiative WHERE id = ?", gda->id), ==, 1200000000);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'initiative' "
                                 "AND action = 'update'", NULL), ==, 1);

  g_assert_true (mz_initiative_service_archive (f->store, ewaste->id, &error));
  g_assert_cmpstr (mz_initiative_kind_label ("priority_area"), ==, "Priority area");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/inkind/service", test_inkind);
  ADD ("/initiative/service", test_initiatives);
#undef ADD

  return g_test_run ();
}

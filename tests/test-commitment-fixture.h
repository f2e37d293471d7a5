/* test-commitment-fixture.h — the database of the commitment tests: two
 * partners (a ministry and a private-sector company), BDT, an initiative
 * and rates; the three-year EUR pledge and small helpers
 *
 * Rates used (units per USD): EUR 0.92 and CHF 0.88 in every month of
 * December 2023 to 2026; GBP only in 2024-01.
 *
 * Header-only: each test program includes it once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-validate.h"
#include "test-money-fixture.h"

typedef struct
{
  Fixture  base;
  char    *donor;
  char    *company;
  char    *bdt;
  char    *initiative;
} Money;

G_GNUC_UNUSED static void
money_set_up (Money         *m,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char id[MZ_ID_LEN + 1];
  const MzRowValue initiative[] = {
    MZ_ROW_TEXT ("name", "Green Digital Action"),
    MZ_ROW_TEXT ("kind", "thematic"),
    MZ_ROW_INT ("target_chf", G_GINT64_CONSTANT (1000000000)),
  };

  fixture_set_up (&m->base, data);
  m->donor = add_partner (&m->base, "Agence de coopération", "ministry");
  m->company = add_partner (&m->base, "Nexora Networks", "private_sector");
  m->bdt = unit_id (&m->base, "BDT");

  g_assert_true (mz_store_begin (m->base.store, &error));
  g_assert_true (mz_row_insert (m->base.store, "initiative", initiative, G_N_ELEMENTS (initiative), id, &error));
  g_assert_true (mz_store_commit (m->base.store, &error));
  g_assert_no_error (error);
  m->initiative = g_strdup (id);

  add_rates (&m->base, "EUR", "2023-12", "2026-12", 920000);
  add_rates (&m->base, "CHF", "2023-12", "2026-12", 880000);
  add_rates (&m->base, "GBP", "2024-01", "2024-01", 790000);
}

G_GNUC_UNUSED static void
money_tear_down (Money         *m,
                 gconstpointer  data)
{
  g_free (m->donor);
  g_free (m->company);
  g_free (m->bdt);
  g_free (m->initiative);
  fixture_tear_down (&m->base, data);
}

G_GNUC_UNUSED static gint64
count (Money      *m,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (&m->base, sql, NULL);
}

/* Rows of every money table and of the history, to show that a refused
 * operation saved nothing. */
G_GNUC_UNUSED static gint64
footprint (Money *m)
{
  return count (m, "commitment") + count (m, "allocation") + count (m, "instalment") +
         count (m, "payment") + count (m, "payment_instalment") + count (m, "report_obligation") +
         count (m, "audit_log") * 1000 +
         query_int (&m->base, "SELECT count(*) FROM instalment WHERE deleted_at IS NOT NULL", NULL) * 100000 +
         query_int (&m->base, "SELECT coalesce (sum (amount), 0) FROM instalment WHERE deleted_at IS NULL", NULL);
}

/* The three-year EUR pledge: EUR 3,000,000.00 from 2024 to 2026. */
G_GNUC_UNUSED static MzCommitment *
pledge (Money *m)
{
  MzCommitment *c = mz_commitment_new ();

  c->donor_partner_id = g_strdup (m->donor);
  c->title = g_strdup ("  Digital skills for rural connectivity  ");
  c->kind = g_strdup ("trust_fund");
  c->ceb_category = g_strdup ("earmarked_project");
  c->stage = g_strdup ("signed");
  c->currency = g_strdup ("eur");
  c->ask_amount = 350000000;
  c->expected_amount = 300000000;
  c->signed_amount = 300000000;
  c->signed_date = g_strdup ("2023-12-15");
  c->start_date = g_strdup ("2024-01-01");
  c->end_date = g_strdup ("2026-12-31");
  c->schedule_frequency = g_strdup ("annual");
  c->psc_rate_bp = 700;
  return c;
}

G_GNUC_UNUSED static GPtrArray *
split (Money *m,
       int    bdt_bp,
       int    initiative_bp)
{
  GPtrArray *allocations = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);

  g_ptr_array_add (allocations, mz_allocation_new_percent (m->bdt, NULL, bdt_bp));
  g_ptr_array_add (allocations, mz_allocation_new_percent (NULL, m->initiative, initiative_bp));
  return allocations;
}

G_GNUC_UNUSED static char *
create_pledge (Money *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzCommitment) c = pledge (m);
  g_autoptr(GPtrArray) allocations = split (m, 6000, 4000);

  g_assert_true (mz_commitment_service_create (m->base.store, c, allocations, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_strdup (c->id);
}

G_GNUC_UNUSED static void
assert_field (const GError *error,
              const char   *field)
{
  g_assert_nonnull (error);
  g_test_message ("%s: %s", field, error->message);
  g_assert_true (error->domain == MZ_VALIDATION_ERROR);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, field);
}

/* test-money-totals.c — CHF totals by year, unit, bureau, initiative and
 * partner against hand-computed figures and the strategy's 2023 figures
 * of the sample data; initiative progress; in-kind; assessed
 * contributions = units × CHF 318,000 and the unit-value scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "mz-budget-store.h"
#include "mz-commitment-service.h"
#include "mz-currency-totals.h"
#include "mz-commitment-store.h"
#include "mz-demo.h"
#include "mz-generator.h"
#include "mz-instalment-store.h"
#include "mz-payment-store.h"
#include "mz-rate-store.h"
#include "mz-schedule.h"
#include "mz-totals.h"
#include "mz-payment-service.h"
#include "test-money-fixture.h"

#define CHF(francs) ((gint64) (francs) * 100)

static char *
add_initiative (Fixture    *f,
                const char *name,
                const char *parent_id,
                gint64      target)
{
  g_autoptr(GError) error = NULL;
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("name", name),
    MZ_ROW_TEXT ("kind", "thematic"),
    MZ_ROW_TEXT ("parent_id", parent_id),
    MZ_ROW_INT ("target_chf", target),
  };

  g_assert_true (mz_store_begin (f->store, &error));
  g_assert_true (mz_row_insert (f->store, "initiative", values, G_N_ELEMENTS (values), id, &error));
  g_assert_true (mz_store_commit (f->store, &error));
  return g_strdup (id);
}

static MzCommitment *
commitment (const char *donor,
            const char *stage,
            const char *currency,
            gint64      amount,
            const char *signed_date)
{
  MzCommitment *c = mz_commitment_new ();

  c->donor_partner_id = g_strdup (donor);
  c->title = g_strdup ("Test");
  c->kind = g_strdup ("voluntary_contribution");
  c->stage = g_strdup (stage);
  c->currency = g_strdup (currency);
  c->expected_amount = amount;
  if (mz_commitment_stage_is_signed (stage))
    {
      c->signed_amount = amount;
      c->signed_date = g_strdup (signed_date);
    }
  c->start_date = g_strdup ("2024-01-01");
  c->end_date = g_strdup ("2026-12-31");
  return c;
}

static void
create (Fixture      *f,
        MzCommitment *c,
        GPtrArray    *allocations)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mz_commitment_service_create (f->store, c, allocations, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_hand_computed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *donor = add_partner (f, "Agence", "ministry");
  g_autofree char *other = add_partner (f, "Fondation", "foundation");
  g_autofree char *bdt = unit_id (f, "BDT");
  g_autofree char *ro_afr = unit_id (f, "RO-AFR");
  g_autofree char *tsb = unit_id (f, "TSB");
  g_autofree char *gda = add_initiative (f, "Green Digital Action", NULL, CHF (10000000));
  g_autofree char *gda_child = add_initiative (f, "E-waste", gda, CHF (1000000));
  g_autoptr(MzCommitment) pledge = commitment (donor, "signed", "EUR", 300000000, "2023-12-15");
  g_autoptr(MzCommitment) prospect = commitment (other, "proposal", "EUR", 100000000, NULL);
  g_autoptr(MzCommitment) africa = commitment (other, "signed", "CHF", CHF (50000), "2024-03-01");
  g_autoptr(MzCommitment) yen = commitment (other, "signed", "JPY", 10000000, "2024-03-01");
  g_autoptr(GPtrArray) split = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);
  g_autoptr(GPtrArray) to_africa = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);
  g_autoptr(GPtrArray) to_child = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);
  g_autoptr(MzTotals) by_year = NULL;
  g_autoptr(MzTotals) by_unit = NULL;
  g_autoptr(MzTotals) by_bureau = NULL;
  g_autoptr(MzTotals) by_initiative = NULL;
  g_autoptr(MzTotals) by_partner = NULL;
  g_autoptr(MzTotals) one_partner = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  MzTotalsFilter filter = { 0 };
  MzPaymentRequest request;
  const MzTotalsRow *row;

  add_rates (f, "EUR", "2023-12", "2026-12", 920000);
  add_rates (f, "CHF", "2023-12", "2026-12", 880000);

  /* EUR 3,000,000: 60 % BDT, 40 % Green Digital Action */
  g_ptr_array_add (split, mz_allocation_new_percent (bdt, NULL, 6000));
  g_ptr_array_add (split, mz_allocation_new_percent (NULL, gda, 4000));
  create (f, pledge, split);
  /* EUR 1,000,000 proposal at 50 % (the stage's probability) */
  create (f, prospect, NULL);
  /* CHF 50,000 to the Regional Office for Africa and the e-waste sub-initiative, by amount */
  g_ptr_array_add (to_africa, mz_allocation_new_amount (ro_afr, gda_child, CHF (50000)));
  create (f, africa, to_africa);
  /* JPY 10,000,000: no JPY rate at all */
  create (f, yen, NULL);

  /* the first instalment arrives in USD: CHF 956,521.74 */
  mz_payment_request_init (&request);
  request.commitment_id = pledge->id;
  request.date = "2024-03-15";
  request.currency = "USD";
  request.amount = 108695652;
  g_assert_true (mz_payment_service_record (f->store, &request, NULL, &error));
  g_assert_no_error (error);

  /* in kind: CHF 120,000 to TSB, valued at entry */
  {
    const MzRowValue values[] = {
      MZ_ROW_TEXT ("partner_id", other),
      MZ_ROW_TEXT ("kind", "seconded_expert"),
      MZ_ROW_TEXT ("description", "Expert on e-waste statistics"),
      MZ_ROW_TEXT ("unit_id", tsb),
      MZ_ROW_TEXT ("initiative_id", gda),
      MZ_ROW_TEXT ("start_date", "2024-05-01"),
      MZ_ROW_INT ("fair_value", CHF (120000)),
      MZ_ROW_TEXT ("currency", "CHF"),
      MZ_ROW_INT ("fair_value_chf", CHF (120000)),
    };

    g_assert_true (mz_store_begin (f->store, &error));
    g_assert_true (mz_row_insert (f->store, "inkind", values, G_N_ELEMENTS (values), NULL, &error));
    g_assert_true (mz_store_commit (f->store, &error));
  }

  /* by year */
  by_year = mz_totals_compute (f->store, MZ_TOTALS_BY_YEAR, NULL, FALSE, "2024-06-30", &error);
  g_assert_no_error (error);
  /* 2023: EUR 3,000,000 × 0.88 / 0.92 = CHF 2,869,565.217… */
  row = mz_totals_find (by_year, "2023");
  g_assert_nonnull (row);
  g_assert_cmpint (row->signed_chf, ==, 286956522);
  g_assert_cmpint (row->received_chf, ==, 0);
  row = mz_totals_find (by_year, "2024");
  g_assert_cmpint (row->signed_chf, ==, CHF (50000));
  g_assert_cmpint (row->received_chf, ==, 95652174);
  /* EUR 1,000,000 × 50 % × 0.88 / 0.92 = CHF 478,260.869… */
  g_assert_cmpint (row->pipeline_chf, ==, 47826087);
  g_assert_cmpint (row->inkind_chf, ==, CHF (120000));
  /* the yen are left out and counted, never taken at 1.0 */
  g_assert_cmpuint (by_year->n_unconverted, ==, 1);
  g_assert_cmpstr (by_year->missing[0], ==, "JPY");
  g_assert_null (by_year->missing[1]);

  /* by unit */
  by_unit = mz_totals_compute (f->store, MZ_TOTALS_BY_UNIT, NULL, FALSE, "2024-06-30", &error);
  row = mz_totals_find (by_unit, bdt);
  /* 60 % of 2,869,565.217… = 1,721,739.13; of 956,521.74 = 573,913.044 */
  g_assert_cmpint (row->signed_chf, ==, 172173913);
  g_assert_cmpint (row->received_chf, ==, 57391304);
  row = mz_totals_find (by_unit, ro_afr);
  g_assert_cmpint (row->signed_chf, ==, CHF (50000));
  row = mz_totals_find (by_unit, tsb);
  g_assert_cmpint (row->inkind_chf, ==, CHF (120000));
  /* the proposal has no allocation */
  row = mz_totals_find (by_unit, NULL);
  g_assert_cmpint (row->pipeline_chf, ==, 47826087);

  /* by bureau: the Regional Office for Africa counts for BDT */
  by_bureau = mz_totals_compute (f->store, MZ_TOTALS_BY_UNIT, NULL, TRUE, "2024-06-30", &error);
  g_assert_null (mz_totals_find (by_bureau, ro_afr));
  row = mz_totals_find (by_bureau, bdt);
  g_assert_cmpint (row->signed_chf, ==, 172173913 + CHF (50000));

  /* by initiative: 40 % of 2,869,565.217… = 1,147,826.087; of 956,521.74 = 382,608.696 */
  by_initiative = mz_totals_compute (f->store, MZ_TOTALS_BY_INITIATIVE, NULL, FALSE, "2024-06-30", &error);
  row = mz_totals_find (by_initiative, gda);
  g_assert_cmpint (row->signed_chf, ==, 114782609);
  g_assert_cmpint (row->received_chf, ==, 38260870);
  g_assert_cmpint (row->inkind_chf, ==, CHF (120000));
  /* the shares add up to the whole: 573,913.04 + 382,608.70 = 956,521.74 */
  g_assert_cmpint (mz_totals_find (by_unit, bdt)->received_chf + row->received_chf, ==, 95652174);

  /* by partner, and one partner's own totals (the partner page) */
  by_partner = mz_totals_compute (f->store, MZ_TOTALS_BY_PARTNER, NULL, FALSE, "2024-06-30", &error);
  row = mz_totals_find (by_partner, donor);
  g_assert_cmpint (row->signed_chf, ==, 286956522);
  g_assert_cmpint (row->received_chf, ==, 95652174);
  filter.partner_id = other;
  one_partner = mz_totals_compute (f->store, MZ_TOTALS_BY_YEAR, &filter, FALSE, "2024-06-30", &error);
  g_assert_null (mz_totals_find (one_partner, "2023"));
  row = mz_totals_find (one_partner, "2024");
  g_assert_cmpint (row->signed_chf, ==, CHF (50000));
  g_assert_cmpint (row->received_chf, ==, 0);
  g_assert_cmpint (row->inkind_chf, ==, CHF (120000));
  g_assert_cmpint (row->pipeline_chf, ==, 47826087);

  /* a year filter */
  {
    g_autoptr(MzTotals) only_2023 = NULL;

    filter.partner_id = NULL;
    filter.year_from = filter.year_to = 2023;
    only_2023 = mz_totals_compute (f->store, MZ_TOTALS_BY_UNIT, &filter, FALSE, "2024-06-30", &error);
    row = mz_totals_find (only_2023, bdt);
    g_assert_cmpint (row->signed_chf, ==, 172173913);
    g_assert_cmpint (row->received_chf, ==, 0);
    g_assert_null (mz_totals_find (only_2023, ro_afr));
  }

  /* initiative progress: target CHF 10,000,000, gap = target − signed */
  progress = mz_totals_initiative_progress (f->store, TRUE, "2024-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress->len, ==, 2);
  for (guint i = 0; i < progress->len; i++)
    {
      MzInitiativeProgress *p = progress->pdata[i];

      if (g_strcmp0 (p->initiative_id, gda) == 0)
        {
          /* with its sub-initiative's CHF 50,000 */
          g_assert_cmpint (p->signed_chf, ==, 114782609 + CHF (50000));
          g_assert_cmpint (p->received_chf, ==, 38260870);
          g_assert_cmpint (p->gap_chf, ==, CHF (10000000) - 114782609 - CHF (50000));
          g_assert_cmpuint (p->partners->len, ==, 0);
        }
      else
        {
          g_assert_cmpstr (p->name, ==, "E-waste");
          g_assert_cmpint (p->signed_chf, ==, CHF (50000));
          g_assert_cmpint (p->gap_chf, ==, CHF (950000));
        }
    }

  /* the partners behind Green Digital Action, with its sub-initiative */
  {
    g_autoptr(GPtrArray) partners = mz_totals_initiative_partners (f->store, gda, TRUE, "2024-06-30", &error);
    g_autoptr(GPtrArray) own = mz_totals_initiative_partners (f->store, gda, FALSE, "2024-06-30", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (partners->len, ==, 2);
    g_assert_cmpstr (((MzInitiativePartner *) partners->pdata[0])->partner_id, ==, donor);
    g_assert_cmpint (((MzInitiativePartner *) partners->pdata[0])->signed_chf, ==, 114782609);
    g_assert_cmpint (((MzInitiativePartner *) partners->pdata[0])->received_chf, ==, 38260870);
    g_assert_cmpstr (((MzInitiativePartner *) partners->pdata[1])->partner_id, ==, other);
    g_assert_cmpint (((MzInitiativePartner *) partners->pdata[1])->signed_chf, ==, CHF (50000));
    g_assert_cmpint (((MzInitiativePartner *) partners->pdata[1])->inkind_chf, ==, CHF (120000));
    /* without the sub-initiative, the other partner only gave in kind */
    g_assert_cmpuint (own->len, ==, 2);
    g_assert_cmpint (((MzInitiativePartner *) own->pdata[1])->signed_chf, ==, 0);
    g_assert_cmpint (((MzInitiativePartner *) own->pdata[1])->inkind_chf, ==, CHF (120000));
  }
}

static void
test_demo_2023 (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzTotals) by_year = NULL;
  g_autoptr(MzTotals) by_unit = NULL;
  MzTotalsFilter filter = { 2023, 2023, NULL };
  static const struct { const char *code; gint64 chf; } units[] = {
    { "BDT", CHF (13804000) }, { "TSB", CHF (3451000) }, { "GS", CHF (2233000) }, { "BR", CHF (812000) },
  };

  g_assert_true (mz_demo_load (f->store, &error));
  g_assert_no_error (error);

  /* the strategy: CHF 20.3 million received in 2023 */
  by_year = mz_totals_compute (f->store, MZ_TOTALS_BY_YEAR, NULL, FALSE, "2024-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mz_totals_find (by_year, "2023")->received_chf, ==, CHF (20300000));
  g_assert_cmpuint (by_year->n_unconverted, ==, 0);

  /* BDT 68 %, TSB 17 %, GS 11 %, BR 4 % */
  by_unit = mz_totals_compute (f->store, MZ_TOTALS_BY_UNIT, &filter, TRUE, "2024-06-30", &error);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *id = unit_id (f, units[i].code);

      g_assert_cmpint (mz_totals_find (by_unit, id)->received_chf, ==, units[i].chf);
    }
}

static void
test_assessed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *big = add_partner (f, "Big State", "member_state");
  g_autofree char *small = add_partner (f, "Small State", "member_state");
  MzAssessed assessed;
  gint64 effect = 0;

  g_assert_false (mz_totals_assessed (f->store, 2024, 0, &assessed, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2024"));
  g_clear_error (&error);

  g_assert_true (mz_store_begin (f->store, &error));
  g_assert_true (mz_budget_store_set_unit_value (f->store, 2024, CHF (318000), &error));
  /* 25 units, then corrected to 30; 1/16 unit */
  g_assert_true (mz_budget_store_set_assessment (f->store, big, 2024, 25 * 16, &error));
  g_assert_true (mz_budget_store_set_assessment (f->store, big, 2024, 30 * 16, &error));
  g_assert_true (mz_budget_store_set_assessment (f->store, small, 2024, 1, &error));
  g_assert_true (mz_budget_store_set_line (f->store, 2024, "publications", CHF (16700000), &error));
  g_assert_true (mz_budget_store_set_line (f->store, 2024, "publications", CHF (16800000), &error));
  g_assert_true (mz_store_commit (f->store, &error));
  g_assert_no_error (error);

  /* 30 × 318,000 + 318,000 / 16 = 9,540,000 + 19,875 = CHF 9,559,875 */
  g_assert_true (mz_totals_assessed (f->store, 2024, 0, &assessed, &error));
  g_assert_cmpint (assessed.units_x16, ==, 30 * 16 + 1);
  g_assert_cmpuint (assessed.n_states, ==, 2);
  g_assert_cmpint (assessed.unit_value_chf, ==, CHF (318000));
  g_assert_cmpint (assessed.assessed_chf, ==, CHF (9559875));

  /* the unit at CHF 330,000: 30.0625 × 12,000 = CHF 360,750 more */
  g_assert_true (mz_totals_unit_value_effect (f->store, 2024, CHF (330000), &effect, &error));
  g_assert_cmpint (effect, ==, CHF (360750));
  g_assert_false (mz_totals_unit_value_effect (f->store, 2024, 0, &effect, &error));
  g_clear_error (&error);

  {
    g_autoptr(GArray) lines = mz_budget_store_lines (f->store, 2024, 2024, &error);

    g_assert_cmpuint (lines->len, ==, 1);
    g_assert_cmpint (g_array_index (lines, MzBudgetLine, 0).amount_chf, ==, CHF (16800000));
  }
}

static void
test_demo_assessed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzAssessed assessed;

  g_assert_true (mz_demo_load (f->store, &error));
  for (int year = 2023; year <= 2026; year++)
    {
      gint64 units = query_int (f, "SELECT sum (contributory_units_x16) FROM assessment WHERE year = ?",
                                year == 2023 ? "2023" : year == 2024 ? "2024" : year == 2025 ? "2025" : "2026");

      g_assert_true (mz_totals_assessed (f->store, year, 0, &assessed, &error));
      g_assert_no_error (error);
      /* units × CHF 318,000 */
      g_assert_cmpint (assessed.unit_value_chf, ==, CHF (318000));
      g_assert_cmpint (assessed.assessed_chf * 16, ==, units * CHF (318000));
    }
}

/* Incremental upkeep of the aggregates */

static GPtrArray *
ids_of (Fixture    *f,
        const char *sql)
{
  sqlite3 *db = mz_store_get_handle (f->store);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}

static char *
totals_text (Fixture       *f,
             MzTotalsGroup  group,
             gboolean       direct)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzTotals) totals = direct
    ? mz_totals_compute_direct (f->store, group, NULL, FALSE, "2025-06-30", &error)
    : mz_totals_compute (f->store, group, NULL, FALSE, "2025-06-30", &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < totals->rows->len; i++)
    {
      const MzTotalsRow *row = totals->rows->pdata[i];

      g_string_append_printf (text, "%s S%" G_GINT64_FORMAT " R%" G_GINT64_FORMAT " P%" G_GINT64_FORMAT
                              " K%" G_GINT64_FORMAT "\n", row->key ? row->key : "-", row->signed_chf,
                              row->received_chf, row->pipeline_chf, row->inkind_chf);
    }
  g_string_append_printf (text, "unconverted %u\n", totals->n_unconverted);
  return g_string_free (text, FALSE);
}

static void
assert_close_to_direct (Fixture       *f,
                        MzTotalsGroup  group,
                        gint64         tolerance)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzTotals) cube = mz_totals_compute (f->store, group, NULL, FALSE, "2025-06-30", &error);
  g_autoptr(MzTotals) direct = mz_totals_compute_direct (f->store, group, NULL, FALSE, "2025-06-30", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cube->rows->len, ==, direct->rows->len);
  for (guint i = 0; i < cube->rows->len; i++)
    {
      const MzTotalsRow *a = cube->rows->pdata[i], *b = direct->rows->pdata[i];

      g_assert_cmpstr (a->key, ==, b->key);
      g_assert_cmpint (ABS (a->signed_chf - b->signed_chf), <=, tolerance);
      g_assert_cmpint (ABS (a->received_chf - b->received_chf), <=, tolerance);
      g_assert_cmpint (ABS (a->pipeline_chf - b->pipeline_chf), <=, tolerance);
      g_assert_cmpint (a->inkind_chf, ==, b->inkind_chf);
      if (group == MZ_TOTALS_BY_YEAR)
        g_assert_cmpint (a->received_chf, ==, b->received_chf);
    }
}

static void
random_change (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  int what = g_test_rand_int_range (0, 6);

  if (what == 0)
    {
      /* a payment of part of an instalment, in USD or the commitment's currency */
      g_autoptr(GPtrArray) ids = ids_of (f, "SELECT id FROM commitment WHERE deleted_at IS NULL AND stage IN "
                                            "('signed', 'active') AND signed_date <= '2025-06-30' ORDER BY id");
      MzPaymentRequest request;

      if (ids->len == 0)
        return;
      mz_payment_request_init (&request);
      request.commitment_id = ids->pdata[g_test_rand_int_range (0, ids->len)];
      request.date = "2025-06-30";
      request.currency = g_test_rand_bit () ? "USD" : NULL;
      if (request.currency == NULL)
        {
          g_autoptr(MzCommitment) c = mz_commitment_store_get (f->store, request.commitment_id, &error);

          request.currency = g_intern_string (c->currency);
        }
      request.amount = g_test_rand_int_range (1000, 10000000);
      request.accept_after_end = TRUE;
      if (!mz_payment_service_record (f->store, &request, NULL, &error))
        g_test_message ("payment refused: %s", error->message);
    }
  else if (what == 1)
    {
      /* a payment of an archived commitment is refused with a message
       * and changes nothing; any other is reversed */
      g_autoptr(GPtrArray) ids = ids_of (f, "SELECT p.id || (c.deleted_at IS NOT NULL) FROM payment p "
                                            "JOIN commitment c ON c.id = p.commitment_id "
                                            "WHERE p.deleted_at IS NULL ORDER BY p.id");
      g_autofree char *id = NULL;
      gboolean archived;

      if (ids->len == 0)
        return;
      id = g_strdup (ids->pdata[g_test_rand_int_range (0, ids->len)]);
      archived = id[strlen (id) - 1] == '1';
      id[strlen (id) - 1] = '\0';
      if (archived)
        {
          g_assert_false (mz_payment_service_reverse (f->store, id, &error));
          g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
          g_assert_nonnull (strstr (error->message, "archived"));
          g_clear_error (&error);
        }
      else
        g_assert_true (mz_payment_service_reverse (f->store, id, &error));
    }
  else if (what == 2)
    {
      g_autoptr(GPtrArray) ids = ids_of (f, "SELECT id FROM commitment WHERE deleted_at IS NULL ORDER BY id");

      if (ids->len > 0)
        g_assert_true (mz_commitment_service_archive (f->store, ids->pdata[g_test_rand_int_range (0, ids->len)], &error));
    }
  else if (what == 3)
    {
      /* allocations moved to one unit, written straight through the store */
      g_autoptr(GPtrArray) ids = ids_of (f, "SELECT id FROM commitment WHERE deleted_at IS NULL ORDER BY id");
      g_autoptr(GPtrArray) units = ids_of (f, "SELECT id FROM org_unit ORDER BY id");
      g_autoptr(GPtrArray) allocations = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);

      if (ids->len == 0)
        return;
      g_ptr_array_add (allocations, mz_allocation_new_percent (units->pdata[g_test_rand_int_range (0, units->len)],
                                                               NULL, 10000));
      g_assert_true (mz_store_begin (f->store, &error));
      g_assert_true (mz_commitment_store_replace_allocations (f->store, ids->pdata[g_test_rand_int_range (0, ids->len)],
                                                              allocations, &error));
      g_assert_true (mz_store_commit (f->store, &error));
    }
  else if (what == 4)
    {
      /* a new rate for a month: the commitments it values change */
      static const char * const codes[] = { "EUR", "CHF", "GBP", "JPY" };
      g_autofree char *month = g_strdup_printf ("%04d-%02d", g_test_rand_int_range (2019, 2027),
                                                g_test_rand_int_range (1, 13));

      g_assert_true (mz_store_begin (f->store, &error));
      g_assert_true (mz_rate_store_set (f->store, codes[g_test_rand_int_range (0, G_N_ELEMENTS (codes))], month,
                                        g_test_rand_int_range (500000, 200000000), NULL, &error));
      g_assert_true (mz_store_commit (f->store, &error));
    }
  else
    {
      /* a pipeline commitment's probability changes */
      g_autoptr(GPtrArray) ids = ids_of (f, "SELECT id FROM commitment WHERE deleted_at IS NULL AND stage IN "
                                            "('identified', 'approached', 'proposal', 'negotiation') ORDER BY id");
      g_autoptr(MzCommitment) c = NULL;

      if (ids->len == 0)
        return;
      c = mz_commitment_store_get (f->store, ids->pdata[g_test_rand_int_range (0, ids->len)], &error);
      c->probability = g_test_rand_int_range (1, 100);
      g_assert_true (mz_store_begin (f->store, &error));
      g_assert_true (mz_commitment_store_update (f->store, c, &error));
      g_assert_true (mz_store_commit (f->store, &error));
    }
  g_assert_no_error (error);
}

static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzGeneratorOptions options = { 60, 0, 0, 7, 150, 600, 400, 20 };
  static const MzTotalsGroup groups[] = {
    MZ_TOTALS_BY_YEAR, MZ_TOTALS_BY_UNIT, MZ_TOTALS_BY_INITIATIVE, MZ_TOTALS_BY_PARTNER,
  };

  g_assert_true (mz_generator_run (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM commitment", NULL), ==, 150);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM instalment", NULL), ==, 600);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM payment", NULL), ==, 400);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM money_dirty", NULL), ==, 0);
  /* generated schedules add up to the signed amounts */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM commitment c WHERE signed_amount IS NOT NULL AND "
                                 "signed_amount <> (SELECT sum (amount) FROM instalment i WHERE i.commitment_id = c.id)",
                              NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM (SELECT commitment_id FROM allocation WHERE percent_bp "
                                 "IS NOT NULL GROUP BY 1 HAVING sum (percent_bp) <> 10000)", NULL), ==, 0);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    assert_close_to_direct (f, groups[g], 150);

  for (int round = 0; round < 12; round++)
    {
      for (int k = 0; k < 4; k++)
        random_change (f);

      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          g_autofree char *incremental = totals_text (f, groups[g], FALSE);
          g_autofree char *rebuilt = NULL;

          /* the same figures from a rebuild of everything */
          g_assert_true (mz_store_begin (f->store, &error));
          g_assert_true (mz_totals_rebuild (f->store, &error));
          g_assert_true (mz_store_commit (f->store, &error));
          g_assert_no_error (error);
          rebuilt = totals_text (f, groups[g], FALSE);
          g_assert_cmpstr (incremental, ==, rebuilt);
          assert_close_to_direct (f, groups[g], 150);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/totals/hand-computed", test_hand_computed);
  ADD ("/totals/demo-2023", test_demo_2023);
  ADD ("/totals/assessed", test_assessed);
  ADD ("/totals/demo-assessed", test_demo_assessed);
  ADD ("/totals/incremental", test_incremental);
#undef ADD

  return g_test_run ();
}

/* test-commitment.c — commitments through the services, on real database
 * files: validation that names the field and saves nothing, creation with
 * its allocations and schedule, the minimum threshold, due diligence,
 * stages, currencies and reporting obligations. Payments, re-planning and
 * write-off are in test-commitment-payments.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "mz-instalment-store.h"
#include "mz-money.h"
#include "mz-schedule.h"
#include "test-commitment-fixture.h"

/* Tests */

typedef void (*Spoil) (Money *m, MzCommitment *c, GPtrArray *allocations);

static void spoil_donor (Money *m, MzCommitment *c, GPtrArray *a) { g_clear_pointer (&c->donor_partner_id, g_free); }
static void spoil_donor_gone (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->donor_partner_id, "01900000-0000-7000-8000-000000000000"); }
static void spoil_title (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->title, "   "); }
static void spoil_kind (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->kind, "gift"); }
static void spoil_currency (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->currency, "XYZ"); }
static void spoil_no_currency (Money *m, MzCommitment *c, GPtrArray *a) { g_clear_pointer (&c->currency, g_free); }
static void spoil_ask (Money *m, MzCommitment *c, GPtrArray *a) { c->ask_amount = -1; }
static void spoil_signed_amount (Money *m, MzCommitment *c, GPtrArray *a) { c->signed_amount = MZ_AMOUNT_NONE; }
static void spoil_signed_zero (Money *m, MzCommitment *c, GPtrArray *a) { c->signed_amount = 0; }
static void spoil_signed_date (Money *m, MzCommitment *c, GPtrArray *a) { g_clear_pointer (&c->signed_date, g_free); }
static void spoil_start (Money *m, MzCommitment *c, GPtrArray *a) { g_clear_pointer (&c->start_date, g_free); }
static void spoil_end (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->end_date, "2023-12-31"); }
static void spoil_date (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->start_date, "2024-02-30"); }
static void spoil_signed_late (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->signed_date, "2027-01-05"); }
static void spoil_psc (Money *m, MzCommitment *c, GPtrArray *a) { c->psc_rate_bp = 10001; }
static void spoil_iati (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->iati_aid_type, "Z99"); }
static void spoil_stage (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->stage, "won"); }
static void spoil_probability (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->stage, "proposal"); c->probability = 150; }
static void spoil_frequency (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->schedule_frequency, "weekly"); }
static void spoil_irregular (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&c->schedule_frequency, "irregular"); }
static void spoil_sum (Money *m, MzCommitment *c, GPtrArray *a) { ((MzAllocation *) a->pdata[1])->percent_bp = 3000; }
static void spoil_over (Money *m, MzCommitment *c, GPtrArray *a) { ((MzAllocation *) a->pdata[1])->percent_bp = 5000; }
static void spoil_nowhere (Money *m, MzCommitment *c, GPtrArray *a) { g_clear_pointer (&((MzAllocation *) a->pdata[0])->unit_id, g_free); }
static void spoil_both (Money *m, MzCommitment *c, GPtrArray *a) { ((MzAllocation *) a->pdata[0])->amount = 100; }
static void spoil_neither (Money *m, MzCommitment *c, GPtrArray *a) { ((MzAllocation *) a->pdata[0])->percent_bp = -1; }
static void spoil_zero_share (Money *m, MzCommitment *c, GPtrArray *a) { ((MzAllocation *) a->pdata[0])->percent_bp = 0; ((MzAllocation *) a->pdata[1])->percent_bp = 10000; }
static void spoil_mixed (Money *m, MzCommitment *c, GPtrArray *a)
{
  ((MzAllocation *) a->pdata[1])->percent_bp = -1;
  ((MzAllocation *) a->pdata[1])->amount = 120000000;
}
static void spoil_twice (Money *m, MzCommitment *c, GPtrArray *a)
{
  g_ptr_array_add (a, mz_allocation_new_percent (m->bdt, NULL, 0));
  ((MzAllocation *) a->pdata[2])->percent_bp = 1000;
  ((MzAllocation *) a->pdata[0])->percent_bp = 5000;
}
static void spoil_amounts (Money *m, MzCommitment *c, GPtrArray *a)
{
  g_ptr_array_set_size (a, 0);
  g_ptr_array_add (a, mz_allocation_new_amount (m->bdt, NULL, 200000000));
  g_ptr_array_add (a, mz_allocation_new_amount (NULL, m->initiative, 99999999));
}
static void spoil_unit_gone (Money *m, MzCommitment *c, GPtrArray *a) { mz_commitment_set_string (&((MzAllocation *) a->pdata[0])->unit_id, "01900000-0000-7000-8000-000000000000"); }

static void
test_validation (Money         *m,
                 gconstpointer  data)
{
  static const struct { Spoil spoil; const char *field; } cases[] = {
    { spoil_donor, "donor_partner_id" },
    { spoil_donor_gone, "donor_partner_id" },
    { spoil_title, "title" },
    { spoil_kind, "kind" },
    { spoil_currency, "currency" },
    { spoil_no_currency, "currency" },
    { spoil_ask, "ask_amount" },
    { spoil_signed_amount, "signed_amount" },
    { spoil_signed_zero, "signed_amount" },
    { spoil_signed_date, "signed_date" },
    { spoil_start, "start_date" },
    { spoil_end, "end_date" },
    { spoil_date, "start_date" },
    { spoil_signed_late, "signed_date" },
    { spoil_psc, "psc_rate_bp" },
    { spoil_iati, "iati_aid_type" },
    { spoil_stage, "stage" },
    { spoil_probability, "probability" },
    { spoil_frequency, "schedule_frequency" },
    { spoil_irregular, "schedule_frequency" },
    { spoil_sum, "allocations" },
    { spoil_over, "allocations" },
    { spoil_nowhere, "allocations" },
    { spoil_both, "allocations" },
    { spoil_neither, "allocations" },
    { spoil_zero_share, "allocations" },
    { spoil_mixed, "allocations" },
    { spoil_twice, "allocations" },
    { spoil_amounts, "allocations" },
    { spoil_unit_gone, "allocations" },
  };
  gint64 before = footprint (m);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MzCommitment) c = pledge (m);
      g_autoptr(GPtrArray) allocations = split (m, 6000, 4000);

      cases[i].spoil (m, c, allocations);
      g_assert_false (mz_commitment_service_create (m->base.store, c, allocations, NULL, NULL, &error));
      assert_field (error, cases[i].field);
      g_assert_null (c->id);
      g_assert_cmpint (footprint (m), ==, before);
    }

  /* the allocation message gives the sum */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MzCommitment) c = pledge (m);
    g_autoptr(GPtrArray) allocations = split (m, 6000, 3000);

    g_assert_false (mz_commitment_service_create (m->base.store, c, allocations, NULL, NULL, &error));
    g_assert_nonnull (strstr (error->message, "90"));
  }
}

static void
test_create (Money         *m,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(MzCommitment) c = mz_commitment_store_get (m->base.store, id, &error);
  g_autoptr(GArray) items = mz_instalment_store_list (m->base.store, id, &error);
  g_autoptr(GPtrArray) allocations = mz_commitment_store_list_allocations (m->base.store, id, &error);

  g_assert_no_error (error);
  /* normalised: trimmed title, upper-case currency, probability of a signed one */
  g_assert_cmpstr (c->title, ==, "Digital skills for rural connectivity");
  g_assert_cmpstr (c->currency, ==, "EUR");
  g_assert_cmpint (c->probability, ==, 100);
  g_assert_cmpstr (c->donor_name, ==, "Agence de coopération");
  g_assert_cmpint (c->psc_rate_bp, ==, 700);

  /* EUR 3,000,000.00 in three annual instalments of 1,000,000.00 */
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 0).due_date, ==, "2024-01-01");
  g_assert_cmpstr (g_array_index (items, MzInstalment, 2).due_date, ==, "2026-01-01");
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (g_array_index (items, MzInstalment, i).amount, ==, 100000000);

  g_assert_cmpuint (allocations->len, ==, 2);
  g_assert_cmpint (((MzAllocation *) allocations->pdata[0])->percent_bp +
                   ((MzAllocation *) allocations->pdata[1])->percent_bp, ==, 10000);

  /* every row has its history */
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM audit_log WHERE table_name = 'commitment' "
                                        "AND row_id = ? AND action = 'insert'", id), ==, 1);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM audit_log WHERE table_name = ? "
                                        "AND action = 'insert'", "instalment"), ==, 3);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM audit_log WHERE table_name = ? "
                                        "AND action = 'insert'", "allocation"), ==, 2);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM commitment WHERE updated_by = ?",
                              "BDT/Tester"), ==, 1);

  /* a pipeline commitment: the stage's probability, no schedule */
  {
    g_autoptr(MzCommitment) p = pledge (m);

    mz_commitment_set_string (&p->stage, "proposal");
    p->signed_amount = MZ_AMOUNT_NONE;
    g_clear_pointer (&p->signed_date, g_free);
    g_assert_true (mz_commitment_service_create (m->base.store, p, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (p->probability, ==, 50);
    g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM instalment WHERE commitment_id = ?", p->id), ==, 0);
  }

  /* lists and filters */
  {
    MzCommitmentQuery query = { 0 };
    g_autoptr(GPtrArray) all = mz_commitment_store_list (m->base.store, NULL, &error);
    g_autoptr(GPtrArray) signed_ = NULL;
    g_autoptr(GPtrArray) by_unit = NULL;
    g_autoptr(GPtrArray) by_year = NULL;

    g_assert_cmpuint (all->len, ==, 2);
    query.stage = "signed";
    signed_ = mz_commitment_store_list (m->base.store, &query, &error);
    g_assert_cmpuint (signed_->len, ==, 1);
    query.stage = NULL;
    query.initiative_id = m->initiative;
    by_unit = mz_commitment_store_list (m->base.store, &query, &error);
    g_assert_cmpuint (by_unit->len, ==, 1);
    query.initiative_id = NULL;
    query.year = 2027;
    by_year = mz_commitment_store_list (m->base.store, &query, &error);
    g_assert_cmpuint (by_year->len, ==, 0);
    g_assert_no_error (error);
  }
}


static void
test_threshold (Money         *m,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mz_commitment_service_get_threshold (m->base.store, "sponsorship"), ==, 0);
  g_assert_true (mz_commitment_service_set_threshold (m->base.store, "sponsorship", 5000000, &error));
  g_assert_cmpint (mz_commitment_service_get_threshold (m->base.store, "sponsorship"), ==, 5000000);
  g_assert_false (mz_commitment_service_set_threshold (m->base.store, "gift", 1, &error));
  g_clear_error (&error);

  {
    /* CHF 40,000 < CHF 50,000: a justification is needed */
    g_autoptr(MzCommitment) c = pledge (m);

    mz_commitment_set_string (&c->kind, "sponsorship");
    mz_commitment_set_string (&c->currency, "CHF");
    c->ask_amount = c->expected_amount = c->signed_amount = 4000000;
    g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    assert_field (error, "threshold_justification");
    g_assert_nonnull (strstr (error->message, "40"));
    g_assert_nonnull (strstr (error->message, "50"));
    g_clear_error (&error);

    /* a blank justification does not count */
    c->threshold_justification = g_strdup ("   ");
    g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    assert_field (error, "threshold_justification");
    g_clear_error (&error);

    mz_commitment_set_string (&c->threshold_justification, "Strategic first sponsorship by a new member.");
    g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM commitment WHERE threshold_justification "
                                          "IS NOT NULL AND id = ?", c->id), ==, 1);
  }

  {
    /* EUR 60,000 at 0.92 and 0.88: CHF 57,391.30, above the minimum */
    g_autoptr(MzCommitment) c = pledge (m);

    mz_commitment_set_string (&c->kind, "sponsorship");
    c->ask_amount = c->expected_amount = c->signed_amount = 6000000;
    g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  {
    /* EUR 50,000: CHF 47,826.09, below */
    g_autoptr(MzCommitment) c = pledge (m);

    mz_commitment_set_string (&c->kind, "sponsorship");
    c->ask_amount = c->expected_amount = c->signed_amount = 5000000;
    g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    assert_field (error, "threshold_justification");
    g_assert_nonnull (strstr (error->message, "47"));
    g_clear_error (&error);

    /* other kinds have no minimum */
    mz_commitment_set_string (&c->kind, "voluntary_contribution");
    g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  {
    /* a currency with no rate at all: the message names it */
    g_autoptr(MzCommitment) c = pledge (m);

    mz_commitment_set_string (&c->kind, "sponsorship");
    mz_commitment_set_string (&c->currency, "JPY");
    g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
    assert_field (error, "threshold_justification");
    g_assert_nonnull (strstr (error->message, "JPY"));
  }
}

static void
test_due_diligence (Money         *m,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzCommitment) c = pledge (m);

  mz_commitment_set_string (&c->donor_partner_id, m->company);
  mz_commitment_set_string (&c->kind, "sponsorship");
  g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
  assert_field (error, "dd_override_reason");
  g_clear_error (&error);

  /* a pipeline stage needs no clearance */
  mz_commitment_set_string (&c->stage, "negotiation");
  g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* signing it: refused without clearance; an override is audited */
  mz_commitment_set_string (&c->stage, "signed");
  g_assert_false (mz_commitment_service_update (m->base.store, c, NULL, NULL, &error));
  assert_field (error, "dd_override_reason");
  g_clear_error (&error);
  mz_commitment_set_string (&c->dd_override_reason, "Approved by the Secretary-General on 2023-12-14.");
  g_assert_true (mz_commitment_service_update (m->base.store, c, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM audit_log WHERE action = 'override' "
                                        "AND row_id = ?", c->id), ==, 1);
  /* signing generated the schedule */
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM instalment WHERE commitment_id = ?", c->id), ==, 3);

  /* with a clearance valid on the signing date, no override is needed */
  {
    g_autoptr(MzCommitment) d = pledge (m);
    const MzRowValue values[] = {
      MZ_ROW_TEXT ("partner_id", m->company),
      MZ_ROW_TEXT ("decision", "cleared"),
      MZ_ROW_TEXT ("decided_at", "2023-11-01"),
      MZ_ROW_TEXT ("valid_until", "2024-10-31"),
    };

    g_assert_true (mz_store_begin (m->base.store, &error));
    g_assert_true (mz_row_insert (m->base.store, "due_diligence", values, G_N_ELEMENTS (values), NULL, &error));
    g_assert_true (mz_store_commit (m->base.store, &error));
    mz_commitment_set_string (&d->donor_partner_id, m->company);
    g_assert_true (mz_commitment_service_create (m->base.store, d, NULL, NULL, NULL, &error));
    g_assert_no_error (error);

    /* but not when signed after it expired */
    g_clear_pointer (&d->id, g_free);
    mz_commitment_set_string (&d->signed_date, "2024-11-15");
    g_assert_false (mz_commitment_service_create (m->base.store, d, NULL, NULL, NULL, &error));
    assert_field (error, "dd_override_reason");
  }
}


static void
test_stages (Money         *m,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzCommitment) c = pledge (m);

  g_assert_true (mz_commitment_stage_can_change ("identified", "negotiation"));
  g_assert_true (mz_commitment_stage_can_change ("negotiation", "approached"));
  g_assert_true (mz_commitment_stage_can_change ("proposal", "signed"));
  g_assert_true (mz_commitment_stage_can_change ("signed", "active"));
  g_assert_true (mz_commitment_stage_can_change ("completed", "active"));
  g_assert_true (mz_commitment_stage_can_change ("declined", "identified"));
  g_assert_true (mz_commitment_stage_can_change ("cancelled", "cancelled"));
  g_assert_false (mz_commitment_stage_can_change ("cancelled", "signed"));
  g_assert_false (mz_commitment_stage_can_change ("signed", "negotiation"));
  g_assert_false (mz_commitment_stage_can_change ("active", "signed"));
  g_assert_false (mz_commitment_stage_can_change ("declined", "signed"));
  g_assert_false (mz_commitment_stage_can_change ("identified", "completed"));
  g_assert_false (mz_commitment_stage_can_change ("identified", "won"));
  g_assert_cmpint (mz_commitment_stage_probability ("approached"), ==, 25);
  g_assert_cmpstr (mz_commitment_stage_label ("negotiation"), ==, "Negotiation");
  g_assert_cmpstr (mz_instalment_status_label ("partly_received"), ==, "Partly received");

  mz_commitment_set_string (&c->stage, "identified");
  c->signed_amount = MZ_AMOUNT_NONE;
  c->probability = 30;
  g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
  g_assert_cmpint (c->probability, ==, 30);

  mz_commitment_set_string (&c->stage, "cancelled");
  g_assert_true (mz_commitment_service_update (m->base.store, c, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c->probability, ==, 0);

  mz_commitment_set_string (&c->stage, "signed");
  c->signed_amount = 300000000;
  g_assert_false (mz_commitment_service_update (m->base.store, c, NULL, NULL, &error));
  assert_field (error, "stage");
  g_assert_nonnull (strstr (error->message, "Cancelled"));
}

static void
test_currencies (Money         *m,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const struct { const char *currency; gint64 amount; const char *frequency; gint64 first, last; guint n; } cases[] = {
    /* JPY 10,000,000 quarterly over 2 years: 8 × 1,250,000 */
    { "JPY", 10000000, "quarterly", 1250000, 1250000, 8 },
    /* KWD 100.000 monthly over 2 years: 24 × 4.166 and 4.182 last */
    { "KWD", 100000, "monthly", 4166, 4182, 24 },
    /* CHF 1,000.00 semi-annual: 4 × 250.00 */
    { "CHF", 100000, "semiannual", 25000, 25000, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MzCommitment) c = pledge (m);
      g_autoptr(GArray) items = NULL;

      mz_commitment_set_string (&c->currency, cases[i].currency);
      mz_commitment_set_string (&c->schedule_frequency, cases[i].frequency);
      mz_commitment_set_string (&c->end_date, "2025-12-31");
      c->ask_amount = c->expected_amount = c->signed_amount = cases[i].amount;
      g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      items = mz_instalment_store_list (m->base.store, c->id, &error);
      g_assert_cmpuint (items->len, ==, cases[i].n);
      g_assert_cmpint (g_array_index (items, MzInstalment, 0).amount, ==, cases[i].first);
      g_assert_cmpint (g_array_index (items, MzInstalment, items->len - 1).amount, ==, cases[i].last);
      g_assert_cmpint (mz_schedule_sum (items), ==, cases[i].amount);
    }

  /* an irregular one entered by hand */
  {
    g_autoptr(MzCommitment) c = pledge (m);
    g_autoptr(GArray) schedule = mz_instalment_array_new ();
    MzInstalment a = { 0 }, b = { 0 };

    mz_commitment_set_string (&c->currency, "JPY");
    mz_commitment_set_string (&c->schedule_frequency, "irregular");
    c->ask_amount = c->expected_amount = c->signed_amount = 56800000;
    g_strlcpy (a.due_date, "2024-03-01", 11);
    a.amount = 40000000;
    g_strlcpy (b.due_date, "2025-09-15", 11);
    b.amount = 16800001;
    g_array_append_val (schedule, a);
    g_array_append_val (schedule, b);
    g_assert_false (mz_commitment_service_create (m->base.store, c, NULL, NULL, schedule, &error));
    g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_SUM);
    g_clear_error (&error);
    g_array_index (schedule, MzInstalment, 1).amount = 16800000;
    g_assert_true (mz_commitment_service_create (m->base.store, c, NULL, NULL, schedule, &error));
    g_assert_no_error (error);
  }
}

static void
test_reports (Money         *m,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(MzReportObligation) interim = mz_report_obligation_new ("interim", "2024-12-31");
  g_autoptr(MzReportObligation) bad = mz_report_obligation_new ("annual", "2024-12-31");
  g_autoptr(GPtrArray) reports = NULL;

  g_assert_true (mz_commitment_service_add_report (m->base.store, id, interim, &error));
  g_assert_no_error (error);
  g_assert_false (mz_commitment_service_add_report (m->base.store, id, bad, &error));
  assert_field (error, "report_kind");
  g_clear_error (&error);

  /* dates outside the period (2024-01-01 to 2026-12-31) are refused,
   * naming the field; nothing is saved */
  {
    g_autoptr(MzReportObligation) late = mz_report_obligation_new ("final", "2028-01-01");
    g_autoptr(MzReportObligation) late_interim = mz_report_obligation_new ("interim", "2027-01-01");
    g_autoptr(MzReportObligation) after = mz_report_obligation_new ("final", "2027-12-31");
    g_autoptr(MzReportObligation) early = mz_report_obligation_new ("financial", "2023-12-31");
    g_autoptr(MzReportObligation) edit = NULL;

    g_assert_false (mz_commitment_service_add_report (m->base.store, id, late, &error));
    assert_field (error, "due_date");
    g_assert_nonnull (strstr (error->message, "2026-12-31"));
    g_assert_nonnull (strstr (error->message, "2027-12-31"));
    g_clear_error (&error);
    g_assert_false (mz_commitment_service_add_report (m->base.store, id, late_interim, &error));
    assert_field (error, "due_date");
    g_clear_error (&error);
    g_assert_false (mz_commitment_service_add_report (m->base.store, id, early, &error));
    assert_field (error, "due_date");
    g_clear_error (&error);
    g_assert_null (late->id);
    g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM report_obligation", NULL), ==, 1);

    /* a final report may be due up to a year after the period */
    g_assert_true (mz_commitment_service_add_report (m->base.store, id, after, &error));
    g_assert_no_error (error);
    g_assert_true (mz_commitment_service_remove_report (m->base.store, after->id, &error));
    g_assert_no_error (error);

    /* editing: kind and due date change; a delivered date in the future
     * or before the period is refused */
    edit = mz_report_obligation_new ("financial", "2025-06-30");
    edit->id = g_strdup (interim->id);
    g_assert_true (mz_commitment_service_update_report (m->base.store, edit, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM report_obligation "
                                "WHERE kind = 'financial' AND due_date = '2025-06-30'", NULL), ==, 1);
    edit->delivered_date = g_strdup ("2999-01-01");
    g_assert_false (mz_commitment_service_update_report (m->base.store, edit, &error));
    assert_field (error, "delivered_date");
    g_clear_error (&error);
    g_free (edit->delivered_date);
    edit->delivered_date = g_strdup ("2023-05-01");
    g_assert_false (mz_commitment_service_update_report (m->base.store, edit, &error));
    assert_field (error, "delivered_date");
    g_clear_error (&error);
    g_free (edit->kind);
    edit->kind = g_strdup ("interim");
    g_free (edit->delivered_date);
    edit->delivered_date = NULL;
    g_free (edit->due_date);
    edit->due_date = g_strdup ("2024-12-31");
    g_assert_true (mz_commitment_service_update_report (m->base.store, edit, &error));
    g_assert_no_error (error);
  }

  g_assert_true (mz_commitment_service_deliver_report (m->base.store, interim->id, "2025-01-20", &error));
  g_assert_no_error (error);
  g_assert_false (mz_commitment_service_deliver_report (m->base.store, interim->id, "2025-01-32", &error));
  g_clear_error (&error);
  reports = mz_commitment_store_list_reports (m->base.store, id, &error);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->delivered_date, ==, "2025-01-20");

  g_assert_true (mz_commitment_service_remove_report (m->base.store, interim->id, &error));
  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = mz_commitment_store_list_reports (m->base.store, id, &error);
  g_assert_cmpuint (reports->len, ==, 0);

  /* archiving keeps the rows */
  g_assert_true (mz_commitment_service_archive (m->base.store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM commitment WHERE deleted_at IS NOT NULL", NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Money, NULL, money_set_up, func, money_tear_down)
  ADD ("/commitment/validation", test_validation);
  ADD ("/commitment/create", test_create);
  ADD ("/commitment/threshold", test_threshold);
  ADD ("/commitment/due-diligence", test_due_diligence);
  ADD ("/commitment/stages", test_stages);
  ADD ("/commitment/currencies", test_currencies);
  ADD ("/commitment/reports", test_reports);
#undef ADD

  return g_test_run ();
}

/* test-commitment-payments.c — payments of commitments through the
 * services, on real database files: the three-year EUR pledge split across
 * BDT and an initiative with its first instalment received in USD, refused
 * payments, re-planning, write-off, completion and overpayment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "mz-instalment-store.h"
#include "mz-money.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-schedule.h"
#include "test-commitment-fixture.h"

/* The done-when scenario: the first EUR instalment arrives in USD. */
static void
test_payment_in_usd (Money         *m,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(MzCommitment) c = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  MzPaymentRequest request;
  MzPaymentResult result = { 0 };
  MzCommitmentBalance balance;

  mz_payment_request_init (&request);
  request.commitment_id = id;
  request.date = "2024-03-15";
  request.currency = "USD";
  request.reference = "SWIFT 2024-0315-001";
  /* USD 1,086,956.52 = EUR 999,999.9984 at 0.92: EUR 1,000,000.00 */
  request.amount = 108695652;

  g_assert_true (mz_payment_service_record (m->base.store, &request, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.settled, ==, 100000000);
  /* CHF: 1,086,956.52 × 0.88 = 956,521.7376 → 956,521.74 */
  g_assert_cmpint (result.amount_chf, ==, 95652174);
  g_assert_cmpint (result.rate_micro, ==, 1000000);
  g_assert_cmpint (result.chf_rate_micro, ==, 880000);
  g_assert_cmpint (result.overpaid, ==, 0);
  g_assert_false (result.completed);

  payments = mz_payment_store_list (m->base.store, id, &error);
  g_assert_cmpuint (payments->len, ==, 1);
  g_assert_cmpint (((MzPayment *) payments->pdata[0])->amount_chf, ==, 95652174);
  g_assert_cmpstr (((MzPayment *) payments->pdata[0])->currency, ==, "USD");
  g_assert_cmpint (((MzPayment *) payments->pdata[0])->settled, ==, 100000000);

  items = mz_instalment_store_list (m->base.store, id, &error);
  g_assert_cmpint (g_array_index (items, MzInstalment, 0).received, ==, 100000000);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 0).status, ==, "received");
  g_assert_cmpint (g_array_index (items, MzInstalment, 1).received, ==, 0);

  /* signed → active on the first money */
  c = mz_commitment_store_get (m->base.store, id, &error);
  g_assert_cmpstr (c->stage, ==, "active");

  g_assert_true (mz_commitment_service_balance (m->base.store, id, "2025-06-30", &balance, &error));
  g_assert_cmpint (balance.received, ==, 100000000);
  g_assert_cmpint (balance.outstanding, ==, 200000000);
  g_assert_cmpint (balance.n_overdue, ==, 1);
  mz_payment_result_clear (&result);
}

static void
test_payment_refused (Money         *m,
                      gconstpointer  data)
{
  g_autofree char *id = create_pledge (m);
  MzPaymentRequest request;
  gint64 before = footprint (m);
  const char *other[] = { "01900000-0000-7000-8000-000000000000", NULL };
  struct { const char *date; gint64 amount; const char *currency; gboolean late; const char **ids; const char *field; const char *names[2]; } cases[] = {
    { "2024-05-10", 50000, "GBP", FALSE, NULL, "currency", { "GBP", "2024-05" } },   /* no GBP rate in May */
    { "2027-02-01", 50000, "USD", TRUE, NULL, "currency", { "CHF", "2027-02" } },    /* late, and no CHF rate */
    { "2027-02-01", 50000, "EUR", FALSE, NULL, "date", { "2026-12-31", NULL } },      /* after the period */
    { "2023-12-01", 50000, "EUR", FALSE, NULL, "date", { "2023-12-15", NULL } },      /* before signing */
    { "2024-13-01", 50000, "EUR", FALSE, NULL, "date", { NULL, NULL } },
    { "2024-05-10", 0, "EUR", FALSE, NULL, "amount", { NULL, NULL } },
    { "2024-05-10", -5, "EUR", FALSE, NULL, "amount", { NULL, NULL } },
    { "2024-05-10", 50000, "EURO", FALSE, NULL, "currency", { NULL, NULL } },
    { "2024-05-10", 50000, "EUR", FALSE, other, "instalments", { NULL, NULL } },
  };

  mz_payment_request_init (&request);
  request.commitment_id = id;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      MzPaymentResult result = { 0 };

      request.date = cases[i].date;
      request.amount = cases[i].amount;
      request.currency = cases[i].currency;
      request.accept_after_end = cases[i].late;
      request.instalment_ids = cases[i].ids;
      g_assert_false (mz_payment_service_record (m->base.store, &request, &result, &error));
      assert_field (error, cases[i].field);
      for (guint k = 0; k < 2; k++)
        if (cases[i].names[k] != NULL)
          g_assert_nonnull (strstr (error->message, cases[i].names[k]));
      g_assert_null (result.payment_id);
      g_assert_cmpint (footprint (m), ==, before);
    }

  /* a pipeline commitment takes no payments */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MzCommitment) p = pledge (m);

    mz_commitment_set_string (&p->stage, "negotiation");
    g_assert_true (mz_commitment_service_create (m->base.store, p, NULL, NULL, NULL, &error));
    request.commitment_id = p->id;
    request.date = "2024-05-10";
    request.amount = 100;
    request.currency = "EUR";
    request.instalment_ids = NULL;
    before = footprint (m);
    g_assert_false (mz_payment_service_record (m->base.store, &request, NULL, &error));
    assert_field (error, "commitment_id");
    g_assert_cmpint (footprint (m), ==, before);
  }

  /* late, but confirmed: accepted */
  {
    g_autoptr(GError) error = NULL;

    add_rates (&m->base, "CHF", "2027-02", "2027-02", 870000);
    request.commitment_id = id;
    request.date = "2027-02-01";
    request.currency = "USD";
    request.amount = 10000;
    request.accept_after_end = TRUE;
    add_rates (&m->base, "EUR", "2027-02", "2027-02", 925000);
    g_assert_true (mz_payment_service_record (m->base.store, &request, NULL, &error));
    g_assert_no_error (error);
  }
}

static void
test_replan (Money         *m,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(MzCommitment) c = NULL;
  g_autoptr(GArray) preview = NULL;
  g_autoptr(GArray) items = NULL;
  g_autofree char *received_id = NULL;
  MzPaymentRequest request;
  gint64 before;

  mz_payment_request_init (&request);
  request.commitment_id = id;
  request.date = "2024-02-01";
  request.currency = "EUR";
  request.amount = 100000000;
  g_assert_true (mz_payment_service_record (m->base.store, &request, NULL, &error));
  g_assert_no_error (error);

  /* the amount grows to EUR 3,600,000.00: refused without a re-plan */
  c = mz_commitment_store_get (m->base.store, id, &error);
  c->signed_amount = 360000000;
  before = footprint (m);
  g_assert_false (mz_commitment_service_update (m->base.store, c, NULL, NULL, &error));
  assert_field (error, "signed_amount");
  g_clear_error (&error);
  g_assert_cmpint (footprint (m), ==, before);

  /* the preview keeps the received 1,000,000 and spreads 2,600,000 */
  preview = mz_commitment_service_preview_schedule (m->base.store, c, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 3);
  g_assert_cmpint (g_array_index (preview, MzInstalment, 0).amount, ==, 100000000);
  g_assert_cmpint (g_array_index (preview, MzInstalment, 0).received, ==, 100000000);
  g_assert_cmpint (g_array_index (preview, MzInstalment, 1).amount, ==, 130000000);
  g_assert_cmpint (g_array_index (preview, MzInstalment, 2).amount, ==, 130000000);
  /* a preview writes nothing */
  g_assert_cmpint (footprint (m), ==, before);
  received_id = g_strdup (g_array_index (preview, MzInstalment, 0).id);

  g_assert_true (mz_commitment_service_update (m->base.store, c, NULL, preview, &error));
  g_assert_no_error (error);
  items = mz_instalment_store_list (m->base.store, id, &error);
  g_assert_cmpint (mz_schedule_sum (items), ==, 360000000);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 0).id, ==, received_id);
  g_assert_cmpint (g_array_index (items, MzInstalment, 0).amount, ==, 100000000);
  g_assert_cmpint (g_array_index (items, MzInstalment, 0).received, ==, 100000000);
  /* updated in place, not replaced */
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM instalment WHERE commitment_id = ?", id), ==, 3);

  /* a hand edit that rewrites the received instalment: refused */
  g_clear_pointer (&items, g_array_unref);
  items = mz_instalment_store_list (m->base.store, id, &error);
  g_array_index (items, MzInstalment, 0).amount = 90000000;
  g_array_index (items, MzInstalment, 1).amount = 140000000;
  before = footprint (m);
  g_assert_false (mz_commitment_service_apply_schedule (m->base.store, id, items, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED);
  g_clear_error (&error);
  /* one that does not add up: refused */
  g_array_index (items, MzInstalment, 0).amount = 100000000;
  g_assert_false (mz_commitment_service_apply_schedule (m->base.store, id, items, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_SUM);
  g_clear_error (&error);
  /* one outside the period: refused */
  g_array_index (items, MzInstalment, 1).amount = 130000000;
  g_strlcpy (g_array_index (items, MzInstalment, 2).due_date, "2027-01-01", 11);
  g_assert_false (mz_commitment_service_apply_schedule (m->base.store, id, items, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);
  g_assert_cmpint (footprint (m), ==, before);

  /* moving the unpaid ones by hand: accepted */
  g_strlcpy (g_array_index (items, MzInstalment, 2).due_date, "2026-06-30", 11);
  g_array_index (items, MzInstalment, 1).amount = 100000000;
  g_array_index (items, MzInstalment, 2).amount = 160000000;
  g_assert_true (mz_commitment_service_apply_schedule (m->base.store, id, items, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (&m->base, "SELECT amount FROM instalment WHERE commitment_id = ? "
                                        "AND due_date = '2026-06-30'", id), ==, 160000000);

  /* cutting the amount below what was received is refused in the preview */
  c->signed_amount = 50000000;
  g_assert_null (mz_commitment_service_preview_schedule (m->base.store, c, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
}

static void
test_write_off_and_completion (Money         *m,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(GArray) items = NULL;
  g_autoptr(MzCommitment) c = NULL;
  MzPaymentRequest request;
  MzPaymentResult result = { 0 };
  MzCommitmentBalance balance;

  /* two instalments paid in EUR, the third partly (EUR 400,000.00) */
  mz_payment_request_init (&request);
  request.commitment_id = id;
  request.currency = "EUR";
  request.date = "2024-01-20";
  request.amount = 200000000;   /* settles the first two, oldest first */
  g_assert_true (mz_payment_service_record (m->base.store, &request, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM payment_instalment", NULL), ==, 2);
  mz_payment_result_clear (&result);
  request.date = "2026-02-01";
  request.amount = 40000000;
  g_assert_true (mz_payment_service_record (m->base.store, &request, &result, &error));
  mz_payment_result_clear (&result);

  items = mz_instalment_store_list (m->base.store, id, &error);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 2).status, ==, "partly_received");

  /* the unpaid 600,000.00 is written off, not deleted; the commitment completes itself */
  g_assert_true (mz_commitment_service_write_off (m->base.store, id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&items, g_array_unref);
  items = mz_instalment_store_list (m->base.store, id, &error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpint (g_array_index (items, MzInstalment, 2).amount, ==, 100000000);
  g_assert_cmpint (g_array_index (items, MzInstalment, 2).written_off, ==, 60000000);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 2).status, ==, "written_off");
  g_assert_cmpint (mz_schedule_sum (items), ==, 300000000);
  c = mz_commitment_store_get (m->base.store, id, &error);
  g_assert_cmpstr (c->stage, ==, "completed");

  g_assert_true (mz_commitment_service_balance (m->base.store, id, "2030-01-01", &balance, &error));
  g_assert_cmpint (balance.received, ==, 240000000);
  g_assert_cmpint (balance.written_off, ==, 60000000);
  g_assert_cmpint (balance.outstanding, ==, 0);
  g_assert_cmpint (balance.n_overdue, ==, 0);

  /* nothing left to write off */
  g_assert_false (mz_commitment_service_write_off (m->base.store, id, NULL, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_clear_error (&error);

  /* a written-off instalment cannot be re-planned away */
  c->signed_amount = 200000000;
  g_assert_null (mz_commitment_service_preview_schedule (m->base.store, c, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
}

static void
test_overpayment (Money         *m,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create_pledge (m);
  g_autoptr(MzCommitment) c = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  MzPaymentRequest request;
  MzPaymentResult result = { 0 };
  MzCommitmentBalance balance;

  mz_payment_request_init (&request);
  request.commitment_id = id;
  request.currency = "EUR";
  request.date = "2024-06-30";
  request.amount = 300050000;   /* EUR 500.00 too much */
  g_assert_true (mz_payment_service_record (m->base.store, &request, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.overpaid, ==, 50000);
  g_assert_true (result.completed);
  mz_payment_result_clear (&result);

  c = mz_commitment_store_get (m->base.store, id, &error);
  g_assert_cmpstr (c->stage, ==, "completed");
  g_assert_true (mz_commitment_service_balance (m->base.store, id, "2024-07-01", &balance, &error));
  g_assert_cmpint (balance.overpaid, ==, 50000);
  g_assert_cmpint (balance.received, ==, 300050000);

  /* reversing the payment reopens the commitment */
  payments = mz_payment_store_list (m->base.store, id, &error);
  g_assert_true (mz_payment_service_reverse (m->base.store, ((MzPayment *) payments->pdata[0])->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&c, mz_commitment_free);
  c = mz_commitment_store_get (m->base.store, id, &error);
  g_assert_cmpstr (c->stage, ==, "active");
  g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM payment_instalment WHERE deleted_at IS NULL", NULL), ==, 0);
  g_assert_true (mz_commitment_service_balance (m->base.store, id, "2024-07-01", &balance, &error));
  g_assert_cmpint (balance.received, ==, 0);

  /* the reversed payment stays in the history: listed as reversed, with
   * the reversal in the audit log */
  {
    g_autoptr(GPtrArray) live = mz_payment_store_list (m->base.store, id, &error);
    g_autoptr(GPtrArray) all = mz_payment_store_list_with_reversed (m->base.store, id, &error);
    MzPayment *reversed;

    g_assert_no_error (error);
    g_assert_cmpuint (live->len, ==, 0);
    g_assert_cmpuint (all->len, ==, payments->len);
    reversed = all->pdata[0];
    g_assert_cmpstr (reversed->id, ==, ((MzPayment *) payments->pdata[0])->id);
    g_assert_nonnull (reversed->reversed_at);
    g_assert_cmpint (reversed->amount, ==, ((MzPayment *) payments->pdata[0])->amount);
    g_assert_null (((MzPayment *) payments->pdata[0])->reversed_at);
    g_assert_cmpint (query_int (&m->base, "SELECT count(*) FROM audit_log WHERE table_name = 'payment' "
                                          "AND action = 'delete' AND row_id = ?", reversed->id), ==, 1);
  }
}


int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Money, NULL, money_set_up, func, money_tear_down)
  ADD ("/commitment/payment-in-usd", test_payment_in_usd);
  ADD ("/commitment/payment-refused", test_payment_refused);
  ADD ("/commitment/replan", test_replan);
  ADD ("/commitment/write-off-and-completion", test_write_off_and_completion);
  ADD ("/commitment/overpayment", test_overpayment);
#undef ADD

  return g_test_run ();
}

/* test-ui-partner-money.c — a partner's money summary: its commitments,
 * in-kind contributions and CHF totals against sums computed from the
 * database, a missing rate shown as such, and the "open-commitment"
 * signal
 *
 * With MOBILIZE_BENCH_DB set to a database with the money of the
 * benchmark dataset, /ui/partner-money/speed times the partner with the
 * most commitments (on a copy; the file itself is not changed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "mz-currency-rates.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-partner-money.h"
#include "mz-row-insert.h"
#include "test-ui-crm-fixture.h"

static MzStore *
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  MzStore *store = mz_store_open (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
query_int (MzStore    *store,
           const char *sql,
           const char *text)
{
  sqlite3 *db = mz_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (MzStore    *store,
            const char *sql,
            const char *text)
{
  sqlite3 *db = mz_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static char *
chf_text (gint64 centimes)
{
  g_autofree char *amount = mz_money_entry_format (centimes, "CHF");

  return g_strdup_printf (_("CHF %s"), amount);
}

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static MzPartnerMoney *
show_partner (MzStore    *store,
              const char *partner_id)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *money = mz_partner_money_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), money);
  g_object_set (money, "store", store, "partner-id", partner_id, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (mapped, money);
  return MZ_PARTNER_MONEY (money);
}

static void
on_open_commitment_cb (MzPartnerMoney *money,
                       const char     *id,
                       char          **opened)
{
  g_free (*opened);
  *opened = g_strdup (id);
}

/* Lumen Orbital Systems: CHF commitments, in-kind in USD. */
static void
test_totals (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MzStore) store = open_store (fixture);
  g_autofree char *lumen = query_text (store, "SELECT id FROM partner WHERE name = 'Lumen Orbital Systems SA'", NULL);
  g_autofree char *first = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *expected = NULL;
  MzPartnerMoney *money;
  gint64 signed_chf, received_chf, inkind_chf, outstanding_chf;

  /* By hand from the tables: every commitment here is in CHF. */
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM commitment WHERE donor_partner_id = ? "
                                     "AND deleted_at IS NULL AND currency <> 'CHF'", lumen), ==, 0);
  signed_chf = query_int (store, "SELECT sum (signed_amount) FROM commitment WHERE donor_partner_id = ? "
                                 "AND deleted_at IS NULL AND stage IN ('signed', 'active', 'completed')", lumen);
  received_chf = query_int (store, "SELECT sum (p.amount_chf) FROM payment p JOIN commitment c ON c.id = p.commitment_id "
                                   "WHERE c.donor_partner_id = ? AND p.deleted_at IS NULL AND c.deleted_at IS NULL", lumen);
  inkind_chf = query_int (store, "SELECT sum (fair_value_chf) FROM inkind WHERE partner_id = ? AND deleted_at IS NULL", lumen);
  outstanding_chf = query_int (store, "SELECT coalesce (sum (max (0, c.signed_amount - coalesce ((SELECT sum (amount_chf) "
                                      "FROM payment WHERE commitment_id = c.id AND deleted_at IS NULL), 0))), 0) "
                                      "FROM commitment c WHERE c.donor_partner_id = ? AND c.deleted_at IS NULL "
                                      "AND c.stage IN ('signed', 'active')", lumen);
  g_assert_cmpint (signed_chf, >, 0);
  g_assert_cmpint (inkind_chf, >, 0);

  money = show_partner (store, lumen);
  g_assert_cmpuint (_mz_partner_money_get_n_commitments (money), ==,
                    query_int (store, "SELECT count (*) FROM commitment WHERE donor_partner_id = ? AND deleted_at IS NULL", lumen));
  g_assert_cmpuint (_mz_partner_money_get_n_inkind (money), ==,
                    query_int (store, "SELECT count (*) FROM inkind WHERE partner_id = ? AND deleted_at IS NULL", lumen));
  expected = chf_text (signed_chf);
  g_assert_cmpstr (_mz_partner_money_get_total (money, "signed"), ==, expected);
  g_free (expected);
  expected = chf_text (received_chf);
  g_assert_cmpstr (_mz_partner_money_get_total (money, "received"), ==, expected);
  g_free (expected);
  expected = chf_text (inkind_chf);
  g_assert_cmpstr (_mz_partner_money_get_total (money, "inkind"), ==, expected);
  g_free (expected);
  expected = chf_text (outstanding_chf);
  g_assert_cmpstr (_mz_partner_money_get_total (money, "outstanding"), ==, expected);
  g_assert_null (_mz_partner_money_get_note (money));

  /* activating a row asks to open that commitment */
  first = query_text (store, "SELECT id FROM commitment WHERE donor_partner_id = ? AND deleted_at IS NULL LIMIT 1", lumen);
  g_signal_connect (money, "open-commitment", G_CALLBACK (on_open_commitment_cb), &opened);
  g_assert_true (_mz_partner_money_activate (money, first));
  g_assert_cmpstr (opened, ==, first);
}

/* Office for International Digital Cooperation: JPY and CHF commitments;
 * each JPY amount converted by hand at the rates of its signing month. */
static void
test_conversion (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(MzStore) store = open_store (fixture);
  g_autofree char *oidc = query_text (store, "SELECT id FROM partner WHERE name = 'Office for International Digital Cooperation'", NULL);
  sqlite3 *db = mz_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  MzPartnerMoney *money = show_partner (store, oidc);
  gint64 total = 0;
  guint n_jpy = 0;
  g_autofree char *expected = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT c.id, c.currency, c.signed_amount, "
                                       "  (SELECT units_per_usd_micro FROM exchange_rate WHERE deleted_at IS NULL "
                                       "   AND currency = c.currency AND month = substr (c.signed_date, 1, 7)), "
                                       "  (SELECT units_per_usd_micro FROM exchange_rate WHERE deleted_at IS NULL "
                                       "   AND currency = 'CHF' AND month = substr (c.signed_date, 1, 7)) "
                                       "FROM commitment c WHERE c.donor_partner_id = ? AND c.deleted_at IS NULL "
                                       "AND c.stage IN ('signed', 'active', 'completed')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, oidc, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *currency = (const char *) sqlite3_column_text (stmt, 1);
      gint64 amount = sqlite3_column_int64 (stmt, 2);
      gint64 chf = amount;
      g_autofree char *text = NULL;

      if (g_str_equal (currency, "JPY"))
        {
          gint64 rate = sqlite3_column_int64 (stmt, 3);
          gint64 chf_rate = sqlite3_column_int64 (stmt, 4);

          g_assert_cmpint (rate, >, 0);
          g_assert_cmpint (chf_rate, >, 0);
          /* yen (no decimals) → centimes: amount / rate × chf_rate, with the one rounding rule */
          g_assert_true (mz_money_to_chf (amount, 0, rate, chf_rate, &chf, NULL));
          /* within half a centime of the exact quotient */
          g_assert_cmpint (llabs (chf * rate - amount * 100 * chf_rate), <=, rate / 2);
          n_jpy++;
        }
      total += chf;
      text = chf_text (chf);
      g_assert_cmpstr (_mz_partner_money_get_signed_chf (money, id), ==, text);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_jpy, >=, 2);
  expected = chf_text (total);
  g_assert_cmpstr (_mz_partner_money_get_total (money, "signed"), ==, expected);
}

/* A signed commitment in a currency without any rate: "No rate", left
 * out of the signed total and named in the note; never 1.0. */
static void
test_missing_rate (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MzStore) store = open_store (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *lumen = query_text (store, "SELECT id FROM partner WHERE name = 'Lumen Orbital Systems SA'", NULL);
  g_autofree char *signed_before = NULL;
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("donor_partner_id", lumen),
    MZ_ROW_TEXT ("title", "Ground station support"),
    MZ_ROW_TEXT ("kind", "project_support"),
    MZ_ROW_TEXT ("stage", "signed"),
    MZ_ROW_INT ("probability", 100),
    MZ_ROW_TEXT ("currency", "NOK"),
    MZ_ROW_INT ("signed_amount", 5000000),
    MZ_ROW_TEXT ("signed_date", "2026-03-02"),
  };
  MzPartnerMoney *money = show_partner (store, lumen);

  signed_before = g_strdup (_mz_partner_money_get_total (money, "signed"));
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_row_insert (store, "commitment", values, G_N_ELEMENTS (values), id, &error));
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);

  mz_partner_money_reload (money);
  g_assert_cmpstr (_mz_partner_money_get_signed_chf (money, id), ==, "No rate for NOK");
  g_assert_cmpstr (_mz_partner_money_get_total (money, "signed"), ==, signed_before);
  g_assert_nonnull (_mz_partner_money_get_note (money));
  g_assert_nonnull (strstr (_mz_partner_money_get_note (money), "NOK"));

  /* another partner: the note goes */
  {
    g_autofree char *other = query_text (store, "SELECT id FROM partner WHERE name = 'Xinghe Communications Group'", NULL);

    mz_partner_money_set_partner_id (money, other);
    g_assert_null (_mz_partner_money_get_note (money));
    g_assert_cmpuint (_mz_partner_money_get_n_commitments (money), ==, 4);
  }
}

/* The largest partner of the benchmark dataset, timed. */
static void
test_speed (void)
{
  const char *bench = g_getenv ("MOBILIZE_BENCH_DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autofree char *partner = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  MzPartnerMoney *money;

  if (bench == NULL)
    {
      g_test_skip ("MOBILIZE_BENCH_DB is not set");
      return;
    }
  store = mz_store_open (bench, &error);
  g_assert_no_error (error);
  partner = query_text (store, "SELECT donor_partner_id FROM commitment WHERE deleted_at IS NULL "
                               "GROUP BY donor_partner_id ORDER BY count (*) DESC LIMIT 1", NULL);
  money = show_partner (store, partner);
  for (int i = 0; i < 7; i++)
    {
      gint64 t;

      mz_partner_money_reload (money);
      t = _mz_partner_money_get_load_time (money);
      g_array_append_val (times, t);
    }
  {
    gint64 sorted[7];

    for (int i = 0; i < 7; i++)
      sorted[i] = g_array_index (times, gint64, i);
    for (int i = 0; i < 7; i++)
      for (int j = i + 1; j < 7; j++)
        if (sorted[j] < sorted[i])
          {
            gint64 tmp = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = tmp;
          }
    g_test_message ("partner money of the largest partner (%u commitments, %u in-kind): "
                    "median %.1f ms, max %.1f ms",
                    _mz_partner_money_get_n_commitments (money), _mz_partner_money_get_n_inkind (money),
                    sorted[3] / 1000.0, sorted[6] / 1000.0);
    g_assert_cmpint (sorted[3], <=, 50000);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/partner-money/totals", Fixture, NULL, fixture_set_up, test_totals, fixture_tear_down);
  g_test_add ("/ui/partner-money/conversion", Fixture, NULL, fixture_set_up, test_conversion, fixture_tear_down);
  g_test_add ("/ui/partner-money/missing-rate", Fixture, NULL, fixture_set_up, test_missing_rate, fixture_tear_down);
  g_test_add_func ("/ui/partner-money/speed", test_speed);

  return g_test_run ();
}

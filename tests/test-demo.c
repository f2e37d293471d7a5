/* test-demo.c — the sample data: the strategy's figures, exact 2023 income,
 * consistent schedules, several scripts, refusal of a second load
 *
 * Every test loads the sample data into a fresh database file in a new
 * temporary folder and checks it with SQL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-money.h"
#include "mz-store.h"
#include "test-remove-tree.h"

typedef struct
{
  char    *dir;
  char    *path;
  MzStore *store;
  sqlite3 *db;
} Fixture;

/* The 2023 figures of the strategy, in centimes. */
#define CHF(francs) ((gint64) (francs) * 100)

#define PAID_IN_2023 \
  "p.deleted_at IS NULL AND p.date >= '2023-01-01' AND p.date < '2024-01-01'"

/* Helpers */

static void
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  f->db = mz_store_get_handle (f->store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean load = GPOINTER_TO_INT (data);

  f->dir = g_dir_make_tmp ("mz-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "mobilize.db", NULL);
  open_store (f);

  g_assert_true (mz_identity_set (f->store, "GS", "Demo", &error));
  g_assert_no_error (error);

  if (load)
    {
      g_assert_true (mz_demo_load (f->store, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static sqlite3_stmt *
prepare (Fixture    *f,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (f->db));
  return stmt;
}

/* The first column of the one row @sql returns; @text, when given, is
 * bound to every parameter. */
static gint64
query_int (Fixture    *f,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *stmt = prepare (f, sql);
  gint64 value;

  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* "key=value;…" of a two-column query, in its order. */
static char *
query_pairs (Fixture    *f,
             const char *sql)
{
  sqlite3_stmt *stmt = prepare (f, sql);
  GString *out = g_string_new (NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s=%" G_GINT64_FORMAT ";",
                            sqlite3_column_text (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1));
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

static GPtrArray *
query_strings (Fixture    *f,
               const char *sql)
{
  sqlite3_stmt *stmt = prepare (f, sql);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return out;
}

/* Row counts of every table and the clock: what a refused load must not
 * change. */
static char *
fingerprint (Fixture *f)
{
  g_autoptr(GPtrArray) tables = query_strings (f,
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
      "ORDER BY name");
  GString *out = g_string_new (NULL);
  g_autofree char *hlc = mz_store_get_setting (f->store, "hlc");

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"",
                                              (char *) tables->pdata[i]);
      g_string_append_printf (out, "%s=%" G_GINT64_FORMAT ";", (char *) tables->pdata[i],
                              query_int (f, sql, NULL));
    }
  g_string_append_printf (out, "hlc=%s", hlc);
  return g_string_free (out, FALSE);
}

/* Tests */

static void
test_table1 (Fixture       *f,
             gconstpointer  data)
{
  /* Table 1 of the strategy, CHF millions × 10^8 = centimes */
  static const struct { int year; const char *line; gint64 centimes; } figures[] = {
    { 2018, "assessed_member_states", 10860000000 }, { 2019, "assessed_member_states", 10990000000 },
    { 2020, "assessed_member_states", 10930000000 }, { 2021, "assessed_member_states", 10930000000 },
    { 2022, "assessed_member_states", 10920000000 }, { 2023, "assessed_member_states", 10920000000 },
    { 2018, "sector_members", 1630000000 }, { 2019, "sector_members", 1660000000 },
    { 2020, "sector_members", 1640000000 }, { 2021, "sector_members", 1630000000 },
    { 2022, "sector_members", 1640000000 }, { 2023, "sector_members", 1650000000 },
    { 2018, "publications", 1390000000 }, { 2019, "publications", 1560000000 },
    { 2020, "publications", 1710000000 }, { 2021, "publications", 1940000000 },
    { 2022, "publications", 1460000000 }, { 2023, "publications", 1670000000 },
    { 2018, "satellite_filings", 1910000000 }, { 2019, "satellite_filings", 1210000000 },
    { 2020, "satellite_filings", 1360000000 }, { 2021, "satellite_filings", 1120000000 },
    { 2022, "satellite_filings", 1030000000 }, { 2023, "satellite_filings", 1060000000 },
    { 2018, "other", 340000000 }, { 2019, "other", 260000000 }, { 2020, "other", 100000000 },
    { 2021, "other", 90000000 }, { 2022, "other", 125000000 }, { 2023, "other", 130000000 },
  };
  sqlite3_stmt *stmt = prepare (f,
      "SELECT count(*), sum(amount_chf) FROM budget_line "
      "WHERE year = ? AND line = ? AND deleted_at IS NULL");

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int (stmt, 1, figures[i].year);
      sqlite3_bind_text (stmt, 2, figures[i].line, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_test_message ("%d %s", figures[i].year, figures[i].line);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 1);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, figures[i].centimes);
    }
  sqlite3_finalize (stmt);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM budget_line", NULL), ==, 30);
  /* Assessed contributions were 71% of regular budget income in 2023 */
  g_assert_cmpint (query_int (f,
      "SELECT round (100.0 * sum (amount_chf) FILTER (WHERE line = 'assessed_member_states') "
      "/ sum (amount_chf)) FROM budget_line WHERE year = 2023", NULL), ==, 71);
}

static void
test_unit_value (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT year) FROM unit_value "
                                 "WHERE year BETWEEN 2006 AND 2026", NULL), ==, 21);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM unit_value", NULL), ==, 21);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM unit_value WHERE amount_chf <> 31800000",
                              NULL), ==, 0);
}

static void
test_income_2023_by_kind (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *pairs = query_pairs (f,
      "SELECT c.kind, sum (p.amount_chf) FROM payment p "
      "JOIN commitment c ON c.id = p.commitment_id AND c.deleted_at IS NULL "
      "WHERE " PAID_IN_2023 " GROUP BY c.kind ORDER BY c.kind");
  g_autofree char *expected = g_strdup_printf ("sponsorship=%" G_GINT64_FORMAT ";"
                                               "trust_fund=%" G_GINT64_FORMAT ";"
                                               "voluntary_contribution=%" G_GINT64_FORMAT ";",
                                               CHF (1600000), CHF (15100000), CHF (3600000));

  g_assert_cmpstr (pairs, ==, expected);
  g_assert_cmpint (query_int (f, "SELECT sum (p.amount_chf) FROM payment p WHERE " PAID_IN_2023,
                              NULL), ==, CHF (20300000));
}

static void
test_income_2023_by_unit (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *pairs = query_pairs (f,
      "SELECT u.code, sum (p.amount_chf * a.percent_bp) / 10000 FROM payment p "
      "JOIN allocation a ON a.commitment_id = p.commitment_id AND a.deleted_at IS NULL "
      "JOIN org_unit u ON u.id = a.unit_id "
      "WHERE " PAID_IN_2023 " GROUP BY u.code ORDER BY u.code");
  g_autofree char *expected = g_strdup_printf ("BDT=%" G_GINT64_FORMAT ";BR=%" G_GINT64_FORMAT ";"
                                               "GS=%" G_GINT64_FORMAT ";TSB=%" G_GINT64_FORMAT ";",
                                               CHF (13804000), CHF (812000), CHF (2233000),
                                               CHF (3451000));

  g_assert_cmpstr (pairs, ==, expected);

  /* Each commitment paid in 2023 is allocated exactly once in full, so the
   * split by unit loses nothing to rounding. */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM (SELECT p.commitment_id FROM payment p "
      "LEFT JOIN allocation a ON a.commitment_id = p.commitment_id AND a.unit_id IS NOT NULL "
      "WHERE " PAID_IN_2023 " GROUP BY p.id HAVING coalesce (sum (a.percent_bp), 0) <> 10000 "
      "OR sum (p.amount_chf * a.percent_bp) % 10000 <> 0)", NULL), ==, 0);

  /* About 15 to 25 commitments, some in USD, EUR, GBP and JPY */
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT p.commitment_id) FROM payment p WHERE "
                                 PAID_IN_2023, NULL), >=, 15);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT p.commitment_id) FROM payment p WHERE "
                                 PAID_IN_2023, NULL), <=, 25);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT p.currency) FROM payment p WHERE "
                                 PAID_IN_2023, NULL), >=, 4);
}

static void
test_schedules (Fixture       *f,
                gconstpointer  data)
{
  /* A commitment's instalments sum to its signed amount */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM commitment c WHERE c.signed_amount IS NOT NULL AND c.signed_amount <> "
      "(SELECT coalesce (sum (i.amount), -1) FROM instalment i "
      " WHERE i.commitment_id = c.id AND i.deleted_at IS NULL)", NULL), ==, 0);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM instalment i JOIN commitment c ON c.id = i.commitment_id "
      "WHERE c.signed_amount IS NULL", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM commitment WHERE signed_amount IS NOT NULL",
                              NULL), >=, 20);

  /* Several are multi-year */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM (SELECT commitment_id FROM instalment GROUP BY commitment_id "
      "HAVING count(DISTINCT substr (due_date, 1, 4)) > 1)", NULL), >=, 4);

  /* Every payment settles instalments of its own commitment for its full
   * amount, and no instalment is overpaid */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM payment p WHERE p.amount <> "
      "(SELECT coalesce (sum (pi.amount), 0) FROM payment_instalment pi "
      " JOIN instalment i ON i.id = pi.instalment_id AND i.commitment_id = p.commitment_id "
      " WHERE pi.payment_id = p.id)", NULL), ==, 0);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM instalment i WHERE i.amount < "
      "(SELECT coalesce (sum (pi.amount), 0) FROM payment_instalment pi WHERE pi.instalment_id = i.id)",
      NULL), ==, 0);

  /* Statuses follow the payments */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM instalment i WHERE i.status <> CASE "
      " WHEN (SELECT coalesce (sum (amount), 0) FROM payment_instalment WHERE instalment_id = i.id) = i.amount "
      "  THEN 'received' "
      " WHEN (SELECT coalesce (sum (amount), 0) FROM payment_instalment WHERE instalment_id = i.id) > 0 "
      "  THEN 'partly_received' "
      " ELSE i.status END", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM instalment WHERE status = 'partly_received'",
                              NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM instalment WHERE status = 'overdue'",
                              NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM instalment WHERE status = 'scheduled'",
                              NULL), >=, 1);
}

static void
test_conversions (Fixture       *f,
                  gconstpointer  data)
{
  sqlite3_stmt *stmt = prepare (f,
      "SELECT p.amount, p.currency, p.rate_micro, p.chf_rate_micro, p.amount_chf, "
      " (SELECT units_per_usd_micro FROM exchange_rate r WHERE r.currency = p.currency "
      "  AND r.month = substr (p.date, 1, 7)), "
      " (SELECT units_per_usd_micro FROM exchange_rate r WHERE r.currency = 'CHF' "
      "  AND r.month = substr (p.date, 1, 7)) "
      "FROM payment p UNION ALL "
      "SELECT k.fair_value, k.currency, k.rate_micro, k.chf_rate_micro, k.fair_value_chf, "
      " (SELECT units_per_usd_micro FROM exchange_rate r WHERE r.currency = k.currency "
      "  AND r.month = substr (k.start_date, 1, 7)), "
      " (SELECT units_per_usd_micro FROM exchange_rate r WHERE r.currency = 'CHF' "
      "  AND r.month = substr (k.start_date, 1, 7)) "
      "FROM inkind k");
  guint n = 0;

  /* The rates stored with a payment are those of its month, and its CHF
   * value is what mz_money_to_chf() makes of them. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      const char *currency = (const char *) sqlite3_column_text (stmt, 1);
      gint64 chf = 0;

      g_assert_cmpint (sqlite3_column_type (stmt, 5), !=, SQLITE_NULL);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, sqlite3_column_int64 (stmt, 5));
      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, sqlite3_column_int64 (stmt, 6));
      g_assert_true (mz_money_to_chf (sqlite3_column_int64 (stmt, 0),
                                      mz_money_currency_exponent (currency),
                                      sqlite3_column_int64 (stmt, 2),
                                      sqlite3_column_int64 (stmt, 3), &chf, &error));
      g_assert_no_error (error);
      g_assert_cmpint (chf, ==, sqlite3_column_int64 (stmt, 4));
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, >, 30);

  /* A rate for each of the 48 months of 2023 – 2026 in each currency */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM (SELECT currency FROM exchange_rate "
      "WHERE month BETWEEN '2023-01' AND '2026-12' GROUP BY currency "
      "HAVING count(DISTINCT month) = 48 AND count(*) = 48)", NULL), >=, 5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate WHERE currency = 'USD' "
                                 "AND units_per_usd_micro <> 1000000", NULL), ==, 0);
}

static void
test_integrity (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  sqlite3_stmt *stmt = prepare (f, "PRAGMA foreign_key_check");

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_true (mz_store_check_integrity (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
}

static void
test_stamps_and_audit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) tables = query_strings (f,
      "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND m.name <> 'org_unit' "
      "AND EXISTS (SELECT 1 FROM pragma_table_info (m.name) WHERE name = 'updated_by') "
      "ORDER BY m.name");
  gint64 total = 0;

  g_assert_cmpuint (tables->len, >=, 20);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = tables->pdata[i];
      g_autofree char *unaudited = g_strdup_printf (
          "SELECT count(*) FROM \"%s\" t WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
          "WHERE a.table_name = ? AND a.row_id = t.id AND a.action = 'insert' "
          "AND json_valid (a.after))", table);
      g_autofree char *unstamped = g_strdup_printf (
          "SELECT count(*) FROM \"%s\" WHERE updated_by <> 'GS/Demo' OR length (id) <> 36 "
          "OR created_at NOT GLOB '[0-9][0-9][0-9][0-9]-*' OR updated_at = '' "
          "OR deleted_at IS NOT NULL", table);
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);

      g_test_message ("%s", table);
      g_assert_cmpint (query_int (f, unaudited, table), ==, 0);
      g_assert_cmpint (query_int (f, unstamped, NULL), ==, 0);
      total += query_int (f, count, NULL);
    }

  /* No two rows share a clock value */
  g_assert_cmpint (query_int (f, "SELECT count(*) - count(DISTINCT at) FROM audit_log", NULL), ==, 0);
  g_assert_cmpint (total, >, 500);
}

/* audit_log is append-only: no contact's personal value may ever be in it. */
static void
test_audit_keeps_no_personal_data (Fixture       *f,
                                   gconstpointer  data)
{
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM contact c, json_each (c.emails) e, audit_log a "
      "WHERE instr (coalesce (a.after, '') || coalesce (a.before, ''), e.value) > 0", NULL), ==, 0);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM contact c, audit_log a WHERE c.family_name IS NOT NULL "
      "AND length (c.family_name) > 2 "
      "AND instr (coalesce (a.after, '') || coalesce (a.before, ''), '\"' || c.family_name || '\"') > 0",
      NULL), ==, 0);
  /* …but the insert still says which personal fields were set. */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'insert' "
      "AND json_extract (after, '$.personal') IS NULL", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact'", NULL), >, 10);
}

static void
test_scripts (Fixture       *f,
              gconstpointer  data)
{
  static const char *fragments[] = { "%电联%", "%星河%", "%الاتحاد%", "%Союз%", "%みらい%" };

  for (guint i = 0; i < G_N_ELEMENTS (fragments); i++)
    {
      g_test_message ("%s", fragments[i]);
      g_assert_cmpint (query_int (f, "SELECT count(*) FROM partner WHERE name LIKE ?1 "
                                     "OR local_name LIKE ?1", fragments[i]), >=, 1);
    }

  /* Contacts in several scripts too */
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT language) FROM contact", NULL), >=, 5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM contact WHERE local_name LIKE '%陈%' "
                                 "OR local_name LIKE '%ليلى%' OR local_name LIKE '%Ирина%'",
                              NULL), ==, 3);
}

static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  /* Partners: a few Member States with units 2023 – 2026, 15 – 25 others */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM partner WHERE type = 'member_state'", NULL), >=, 3);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM partner p WHERE p.type = 'member_state' AND "
      "(SELECT count(DISTINCT year) FROM assessment a WHERE a.partner_id = p.id "
      " AND a.year BETWEEN 2023 AND 2026) <> 4", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM partner WHERE type <> 'member_state'", NULL), >=, 15);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM partner WHERE type <> 'member_state'", NULL), <=, 25);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT type) FROM partner", NULL), >=, 9);

  /* Relations between partners */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM partner_relation r JOIN partner a ON a.id = r.from_partner_id "
      "JOIN partner b ON b.id = r.to_partner_id WHERE r.kind = 'ministry_of' "
      "AND a.type = 'ministry' AND b.type = 'member_state'", NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM partner_relation WHERE kind = 'pays_on_behalf_of'",
                              NULL), >=, 1);

  /* Contacts: 2 – 40, fictitious e-mail addresses only */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM contact", NULL), >=, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM contact", NULL), <=, 40);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM contact, json_each (contact.emails) e "
      "WHERE e.value NOT LIKE '%.example'", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM contact WHERE consent_basis IS NULL "
                                 "OR consent_date IS NULL", NULL), ==, 0);

  /* Initiatives: the two thematic pilots with all five pillars */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM initiative WHERE kind = 'thematic' AND name IN "
      "('Green Digital Action', 'AI for Good') AND start_date LIKE '2024-%' AND target_chf > 0 "
      "AND lead_unit_id IS NOT NULL AND pillar_data <> '' AND pillar_convening <> '' "
      "AND pillar_policy <> '' AND pillar_standards <> '' AND pillar_projects <> ''", NULL), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative WHERE kind = 'regional'", NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative WHERE kind = 'building' "
                                 "AND name = 'ITU headquarters building'", NULL), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM allocation WHERE initiative_id IS NOT NULL",
                              NULL), >=, 3);

  /* The pipeline */
  g_assert_cmpint (query_int (f,
      "SELECT count(DISTINCT stage) FROM commitment WHERE stage IN "
      "('identified', 'approached', 'proposal', 'negotiation')", NULL), ==, 4);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM instalment WHERE due_date >= '2026-01-01' AND status = 'scheduled'",
      NULL), >=, 2);

  /* Coordination, due diligence, in kind, staff */
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT unit_id) FROM interaction", NULL), >=, 4);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM interaction WHERE status = 'planned'", NULL), >=, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM follow_up WHERE done_date IS NULL", NULL), >=, 1);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM due_diligence d JOIN partner p ON p.id = d.partner_id "
      "WHERE p.type = 'private_sector' AND d.decision LIKE 'cleared%'", NULL), >=, 1);
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM inkind WHERE kind = 'seconded_expert' AND quantity_unit = 'person_months'",
      NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM inkind WHERE kind = 'equipment'", NULL), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT unit_id) FROM staff", NULL), >=, 4);
}

static void
test_due_diligence_before_signing (Fixture       *f,
                                   gconstpointer  data)
{
  /* Service Order 22/12: every signed commitment with a non-member private
   * company falls within a clearance. */
  g_assert_cmpint (query_int (f,
      "SELECT count(*) FROM commitment c JOIN partner p ON p.id = c.donor_partner_id "
      "WHERE p.type = 'private_sector' AND c.signed_date IS NOT NULL AND NOT EXISTS "
      "(SELECT 1 FROM due_diligence d WHERE d.partner_id = p.id AND d.decision LIKE 'cleared%' "
      " AND d.decided_at <= c.signed_date AND d.valid_until >= c.signed_date)", NULL), ==, 0);
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) columns = query_strings (f,
      "SELECT m.name || '.' || c.name FROM sqlite_schema m, pragma_table_info (m.name) c "
      "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND (c.name = 'date' "
      "OR c.name LIKE '%\\_date' ESCAPE '\\' OR c.name IN ('requested_at', 'decided_at', 'valid_until'))");

  g_assert_cmpuint (columns->len, >=, 10);
  for (guint i = 0; i < columns->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (columns->pdata[i], ".", 2);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE \"%s\" > '2026-12-31'",
                                              parts[0], parts[1]);

      g_test_message ("%s", (char *) columns->pdata[i]);
      g_assert_cmpint (query_int (f, sql, NULL), ==, 0);
    }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate WHERE month > '2026-12'", NULL), ==, 0);
}

static void
test_load_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = fingerprint (f);
  g_autofree char *after = NULL;

  g_assert_false (mz_demo_load (f->store, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "partners"));
  g_assert_false (mz_store_in_transaction (f->store));

  after = fingerprint (f);
  g_assert_cmpstr (after, ==, before);

  /* and after reopening the file */
  g_clear_object (&f->store);
  open_store (f);
  g_clear_pointer (&after, g_free);
  after = fingerprint (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_needs_identity (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mz-test-demo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mobilize.db", NULL);
  g_autoptr(MzStore) store = NULL;

  g_assert_no_error (error);
  store = mz_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_false (mz_demo_load (store, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_assert_false (mz_store_in_transaction (store));

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  /* A second database gets the same figures */
  static const char *sql =
    "SELECT 'payments', sum (amount_chf) + 7 * sum (amount) FROM payment UNION ALL "
    "SELECT 'instalments', sum (amount) FROM instalment UNION ALL "
    "SELECT 'commitments', sum (coalesce (signed_amount, 0) + coalesce (ask_amount, 0)) FROM commitment UNION ALL "
    "SELECT 'rates', sum (units_per_usd_micro) FROM exchange_rate UNION ALL "
    "SELECT 'inkind', sum (fair_value_chf) FROM inkind UNION ALL "
    "SELECT 'rows', (SELECT count(*) FROM audit_log)";
  g_autofree char *first = query_pairs (f, sql);
  Fixture other = { 0 };
  g_autofree char *second = NULL;

  fixture_set_up (&other, GINT_TO_POINTER (TRUE));
  second = query_pairs (&other, sql);
  fixture_tear_down (&other, NULL);

  g_assert_cmpstr (first, ==, second);
}

static int
run_cli (const char *db_path,
         const char *command)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  const char *argv[] = { cli, "--db", db_path, command, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s %s: %s%s", cli, command, out, err);
  return g_spawn_check_wait_status (status, NULL) ? 0 : (WIFEXITED (status) ? WEXITSTATUS (status) : -1);
}

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_getenv ("MOBILIZE_CLI") == NULL)
    {
      g_test_skip ("MOBILIZE_CLI is not set");
      return;
    }

  dir = g_dir_make_tmp ("mz-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "mobilize.db", NULL);

  g_assert_cmpint (run_cli (path, "demo"), ==, 0);
  g_assert_cmpint (run_cli (path, "check"), ==, 0);
  /* a second load is refused with exit status 1 */
  g_assert_cmpint (run_cli (path, "demo"), ==, 1);
  g_assert_cmpint (run_cli (path, "check"), ==, 0);

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/demo/" name, Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, func, fixture_tear_down)

  ADD ("table1", test_table1);
  ADD ("unit-value", test_unit_value);
  ADD ("income-2023-by-kind", test_income_2023_by_kind);
  ADD ("income-2023-by-unit", test_income_2023_by_unit);
  ADD ("schedules", test_schedules);
  ADD ("conversions", test_conversions);
  ADD ("integrity", test_integrity);
  ADD ("stamps-and-audit", test_stamps_and_audit);
  ADD ("audit-keeps-no-personal-data", test_audit_keeps_no_personal_data);
  ADD ("scripts", test_scripts);
  ADD ("content", test_content);
  ADD ("due-diligence-before-signing", test_due_diligence_before_signing);
  ADD ("dates", test_dates);
  ADD ("load-twice", test_load_twice);
  ADD ("deterministic", test_deterministic);
  g_test_add_func ("/demo/needs-identity", test_needs_identity);
  g_test_add_func ("/demo/cli", test_cli);

#undef ADD

  return g_test_run ();
}

/* test-store-rules.c — the SQLite store: the schema's rules, audit_log,
 * settings, JSON, identity and the clock
 *
 * Every test works on a real database file in a fresh temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-store-fixture.h"

static void
test_foreign_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = mz_id_new ();
  char partner[MZ_ID_LEN + 1];

  g_assert_true (mz_store_begin (store, &error));
  g_assert_false (insert_contact (store, missing, "Nobody", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* The cached statement was reset and works for a good row. */
  g_assert_true (insert_partner (store, "Ministry of ICT", "ministry", "KE", partner, &error));
  g_assert_no_error (error);
  g_assert_true (insert_contact (store, partner, "Wanjiru", &error));
  g_assert_no_error (error);
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact"), ==, 1);

  /* A partner with contacts cannot be removed from under them. */
  g_assert_false (mz_store_exec (store, "DELETE FROM partner", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM partner"), ==, 1);
}

static void
test_check_constraints (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  char partner[MZ_ID_LEN + 1];
  struct { const char *type, *country; } bad_partners[] = {
    { "government", "KE" },   /* not a partner type */
    { "ministry", "xx" },     /* lower case */
    { "ministry", "KEN" },    /* alpha-3 */
    { "ministry", "K1" },
    { "", NULL },
  };
  const char *bad_currencies[] = { "chf", "CHFX", "CH", "C1F", "" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_partners); i++)
    {
      g_assert_false (insert_partner (store, "Bad", bad_partners[i].type, bad_partners[i].country,
                                      partner, &error));
      g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
      g_clear_error (&error);
    }
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM partner"), ==, 0);

  g_assert_true (insert_partner (store, "Good", "foundation", NULL, partner, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_currencies); i++)
    {
      g_assert_false (insert_commitment (store, partner, bad_currencies[i], &error));
      g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
      g_clear_error (&error);
    }
  g_assert_true (insert_commitment (store, partner, "CHF", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM commitment"), ==, 1);

  /* NOT NULL */
  g_assert_false (insert_partner (store, NULL, "foundation", NULL, partner, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
}

static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *hlc_before = mz_store_get_setting (store, "hlc");
  g_autofree char *hlc_after = NULL;
  char id[MZ_ID_LEN + 1];

  g_assert_nonnull (hlc_before);

  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_store_in_transaction (store));
  g_assert_true (insert_partner (store, "One", "academia", "CH", id, &error));
  g_assert_true (insert_partner (store, "Two", "academia", "FR", id, &error));
  g_assert_true (mz_store_audit (store, "partner", id, "insert", NULL, "{\"name\":\"Two\"}", &error));
  g_assert_no_error (error);
  g_assert_false (insert_partner (store, "Three", "academia", "fr", id, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  mz_store_rollback (store);
  g_assert_false (mz_store_in_transaction (store));

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM partner"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name = 'partner'"), ==, 0);
  hlc_after = mz_store_get_setting (store, "hlc");
  g_assert_cmpstr (hlc_after, ==, hlc_before);

  /* Rolling back outside a transaction is harmless. */
  mz_store_rollback (store);

  /* The same statements work in the next transaction. */
  g_clear_error (&error);
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (insert_partner (store, "One", "academia", "CH", id, &error));
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM partner"), ==, 1);
}

static void
test_audit_append_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  gint64 rows = query_int (store, "SELECT count(*) FROM audit_log");

  g_assert_cmpint (rows, >, 0);

  g_assert_false (mz_store_exec (store, "UPDATE audit_log SET user = 'Someone else'", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_false (mz_store_exec (store, "DELETE FROM audit_log", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, rows);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE user = 'Tester'"), ==, rows);

  /* Invalid JSON is refused. */
  g_assert_true (mz_store_begin (store, &error));
  g_assert_false (mz_store_audit (store, "partner", "x", "insert", NULL, "{not json", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CONSTRAINT);
  mz_store_rollback (store);
}

static void
test_audit_needs_identity (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (mz_store_begin (store, &error));
  g_assert_false (mz_store_audit (store, "partner", "x", "insert", NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  mz_store_rollback (store);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_integrity (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *missing = mz_id_new ();

  g_assert_true (mz_store_check_integrity (store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_clear_pointer (&report, g_free);

  /* A row that slipped past the foreign keys is reported. */
  g_assert_true (mz_store_exec (store, "PRAGMA foreign_keys = OFF", &error));
  g_assert_true (insert_contact (store, missing, "Orphan", &error));
  g_assert_true (mz_store_exec (store, "PRAGMA foreign_keys = ON", &error));
  g_assert_no_error (error);

  g_assert_true (mz_store_check_integrity (store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, !=, "ok");
  g_assert_nonnull (strstr (report, "contact"));
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = mz_store_get_setting (store, "no such key");
  g_autofree char *value = NULL;
  g_autofree char *again = NULL;
  g_autofree char *cleared = NULL;

  g_assert_null (missing);

  g_assert_true (mz_store_set_setting (store, "greeting", "Добрый день, 你好, مرحبا", &error));
  g_assert_no_error (error);
  value = mz_store_get_setting (store, "greeting");
  g_assert_cmpstr (value, ==, "Добрый день, 你好, مرحبا");

  g_assert_true (mz_store_set_setting (store, "greeting", "Bonjour", &error));
  again = mz_store_get_setting (store, "greeting");
  g_assert_cmpstr (again, ==, "Bonjour");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM settings WHERE key = 'greeting'"), ==, 1);

  g_assert_true (mz_store_set_setting (store, "greeting", NULL, &error));
  cleared = mz_store_get_setting (store, "greeting");
  g_assert_null (cleared);

  /* Inside a transaction, a setting goes with the rollback. */
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_store_set_setting (store, "temporary", "1", &error));
  mz_store_rollback (store);
  g_clear_pointer (&value, g_free);
  value = mz_store_get_setting (store, "temporary");
  g_assert_null (value);

  g_clear_object (&store);
  store = open_ok (f->path);
  g_clear_pointer (&value, g_free);
  value = mz_store_get_setting (store, "greeting");
  g_assert_null (value);
}

static void
test_now_iso (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *now = mz_store_now_iso ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) current = g_date_time_new_now_utc ();

  g_assert_nonnull (parsed);
  g_assert_true (g_str_has_suffix (now, "Z"));
  g_assert_cmpint (ABS (g_date_time_difference (current, parsed)), <, 5 * G_USEC_PER_SEC);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  const char *tricky = "Quote \" backslash \\ tab \t newline \n bell \a 中文 العربية";
  g_autofree char *json = mz_json_object ("name", tricky, "empty", "", "none", NULL,
                                          "bad", "caf\xe9", NULL);
  g_autofree char *empty = mz_json_object (NULL, NULL);
  sqlite3_stmt *stmt;

  g_assert_cmpstr (empty, ==, "{}");

  /* SQLite's JSON reader agrees, and the values come back unchanged. */
  stmt = mz_store_prepare (store,
                           "SELECT json_valid (?1), json_extract (?1, '$.name'), "
                           "json_extract (?1, '$.empty'), json_type (?1, '$.none'), "
                           "json_extract (?1, '$.bad')",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, tricky);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "null");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "caf\xef\xbf\xbd");
  sqlite3_reset (stmt);

  /* And audit_log accepts it. */
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_store_audit (store, "partner", "x", "update", json, json, &error));
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);
}

/* Identity */

static void
assert_nothing_stored (MzStore *store)
{
  g_autofree char *office = mz_store_get_setting (store, "office_code");
  g_autofree char *user = mz_store_get_setting (store, "user_name");

  g_assert_null (office);
  g_assert_null (user);
  g_assert_null (mz_store_get_actor (store));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, 0);
  g_assert_false (mz_store_in_transaction (store));
}

static void
test_identity_invalid (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  g_autofree char *long_name = g_strnfill (MZ_IDENTITY_USER_MAX + 1, 'a');
  struct { const char *office, *user; } cases[] = {
    { "BDT", "" },
    { "BDT", "   " },
    { "BDT", "Ana/Maria" },
    { "BDT", long_name },
    { "BDT", "\xff\xfe" },
    { "BDT", NULL },
    { "NOPE", "Ana" },
    { "bdt", "Ana" },
    { "", "Ana" },
    { NULL, "Ana" },
    { "BDT' OR '1'='1", "Ana" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (mz_identity_set (store, cases[i].office, cases[i].user, &error));
      g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
      g_assert_null (strchr (error->message, '\n'));
      g_test_message ("case %u: %s", i, error->message);
      if (cases[i].office != NULL && g_str_equal (cases[i].office, "NOPE"))
        g_assert_nonnull (strstr (error->message, "NOPE"));
      assert_nothing_stored (store);
    }

  g_assert_false (mz_identity_is_set (store));
}

static void
test_identity_set (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = NULL;
  g_autofree char *updated_by = NULL;
  g_autofree char *updated_at = NULL;
  g_autofree char *unit = NULL;

  g_assert_true (mz_identity_set (store, "BDT", "  Amina Diallo ", &error));
  g_assert_no_error (error);
  g_assert_true (mz_identity_is_set (store));
  g_assert_cmpstr (mz_store_get_actor (store), ==, "BDT/Amina Diallo");
  g_assert_false (mz_store_in_transaction (store));

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  staff_id = query_text (store, "SELECT id FROM staff");
  g_assert_true (mz_id_is_valid (staff_id));
  updated_by = query_text (store, "SELECT updated_by FROM staff");
  g_assert_cmpstr (updated_by, ==, "BDT/Amina Diallo");
  updated_at = query_text (store, "SELECT updated_at FROM staff");
  g_assert_cmpint (mz_clock_parse_ms (updated_at, NULL), >, 0);
  unit = query_text (store, "SELECT o.code FROM staff s JOIN org_unit o ON o.id = s.unit_id");
  g_assert_cmpstr (unit, ==, "BDT");

  /* One audit row for the staff member, one for the identity. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log"), ==, 2);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name = 'staff' "
                                     "AND action = 'insert' AND office = 'BDT' AND user = 'Amina Diallo'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name = 'settings' "
                                     "AND action = 'insert' AND json_extract (after, '$.office') = 'BDT'"), ==, 1);

  /* The same person again: no second staff row. */
  g_assert_true (mz_identity_set (store, "BDT", "Amina Diallo", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name = 'settings' "
                                     "AND action = 'update'"), ==, 1);

  /* A refused change keeps the identity that was set. */
  g_assert_false (mz_identity_set (store, "NOPE", "Amina Diallo", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (mz_store_get_actor (store), ==, "BDT/Amina Diallo");

  /* Moving to a regional office adds the person there. */
  g_assert_true (mz_identity_set (store, "RO-AFR", "Amina Diallo", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mz_store_get_actor (store), ==, "RO-AFR/Amina Diallo");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM staff"), ==, 2);

  g_clear_object (&store);
  store = open_ok (f->path);
  g_assert_cmpstr (mz_store_get_actor (store), ==, "RO-AFR/Amina Diallo");
}

/* The hybrid clock across restarts */

static char *
clock_value_at (gint64 ms)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (ms / 1000);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ-0003-0123456789abcdef", iso, (int) (ms % 1000));
}

static void
test_clock_persisted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = mz_store_get_setting (store, "hlc");
  g_autofree char *latest_audit = query_text (store, "SELECT max (at) FROM audit_log");
  g_autofree char *future = NULL;
  g_autofree char *after_commit = NULL;
  char tick[MZ_CLOCK_LEN + 1];
  gint64 future_ms;

  /* The commit kept the last value issued. */
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored, ==, latest_audit);

  g_assert_true (mz_store_begin (store, &error));
  mz_store_tick (store, tick);
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);
  after_commit = mz_store_get_setting (store, "hlc");
  g_assert_cmpstr (after_commit, ==, tick);
  g_clear_object (&store);

  /* After a restart the clock continues after it. */
  store = open_ok (f->path);
  g_assert_true (mz_store_begin (store, &error));
  mz_store_tick (store, tick);
  mz_store_rollback (store);
  g_assert_cmpstr (tick, >, after_commit);

  /* Even when the stored value is a day ahead of the wall clock. */
  future_ms = g_get_real_time () / 1000 + 24 * 3600 * 1000;
  future = clock_value_at (future_ms);
  g_assert_cmpint (mz_clock_parse_ms (future, NULL), ==, future_ms);
  g_assert_true (mz_store_set_setting (store, "hlc", future, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_ok (f->path);
  g_assert_true (mz_store_begin (store, &error));
  mz_store_tick (store, tick);
  g_assert_true (mz_store_commit (store, &error));
  g_assert_cmpstr (tick, >, future);
  g_assert_cmpint (mz_clock_parse_ms (tick, NULL), >=, future_ms);
}

static void
test_clock_shared (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MzStore) a = open_identified (f->path);
  g_autoptr(MzStore) b = open_ok (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  char tick_a[MZ_CLOCK_LEN + 1];
  char tick_b[MZ_CLOCK_LEN + 1];

  /* A's clock runs ahead, e.g. after seeing a value from a fast remote
   * office, and A commits. B, opened before, must continue after it. */
  {
    g_autofree char *future = clock_value_at (g_get_real_time () / 1000 + 3600 * 1000);

    g_assert_true (mz_store_set_setting (a, "hlc", future, &error));
    g_clear_object (&a);
    a = open_ok (f->path);
  }
  g_assert_true (mz_store_begin (a, &error));
  mz_store_tick (a, tick_a);
  g_assert_true (mz_store_commit (a, &error));
  g_assert_no_error (error);
  stored = mz_store_get_setting (b, "hlc");
  g_assert_cmpstr (stored, ==, tick_a);

  g_assert_true (mz_store_begin (b, &error));
  mz_store_tick (b, tick_b);
  g_assert_true (mz_store_commit (b, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tick_b, >, tick_a);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/rules/foreign-keys", test_foreign_keys);
  ADD ("/store/rules/check-constraints", test_check_constraints);
  ADD ("/store/rules/rollback", test_rollback);
  ADD ("/store/rules/audit-append-only", test_audit_append_only);
  ADD ("/store/rules/audit-needs-identity", test_audit_needs_identity);
  ADD ("/store/integrity", test_integrity);
  ADD ("/store/settings", test_settings);
  ADD ("/store/now-iso", test_now_iso);
  ADD ("/store/json", test_json);
  ADD ("/store/identity/invalid", test_identity_invalid);
  ADD ("/store/identity/set", test_identity_set);
  ADD ("/store/clock/persisted", test_clock_persisted);
  ADD ("/store/clock/shared", test_clock_shared);

#undef ADD

  return g_test_run ();
}

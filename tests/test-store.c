/* test-store.c — the SQLite store: opening and refusing files
 *
 * Every test works on a real database file in a fresh temporary folder;
 * the rules of the schema are in test-store-rules.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-store-fixture.h"


static void
test_open_creates_private_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(MzStore) store = NULL;
  g_autofree char *wal = side_file (f->path, "-wal");
  g_autofree char *shm = side_file (f->path, "-shm");
  mode_t old_umask = umask (0);

  /* Even with a permissive umask the files are private. */
  store = open_ok (f->path);
  umask (old_umask);

  g_assert_cmpstr (mz_store_get_path (store), ==, f->path);
  g_assert_cmpint (file_mode (f->path), ==, 0600);
  g_assert_true (exists (wal));
  g_assert_cmpint (file_mode (wal), ==, 0600);
  g_assert_true (exists (shm));
  g_assert_cmpint (file_mode (shm), ==, 0600);
}

static void
test_open_creates_parent_folders (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *parent = g_build_filename (f->dir, "a", "b", NULL);
  g_autofree char *path = g_build_filename (parent, "office.db", NULL);
  g_autoptr(MzStore) store = open_ok (path);

  g_assert_cmpint (file_mode (parent), ==, 0700);
  g_assert_cmpint (file_mode (path), ==, 0600);
}

static void
test_open_default_path (Fixture       *f,
                        gconstpointer  data)
{
  /* G_TEST_OPTION_ISOLATE_DIRS points XDG_DATA_HOME at a temporary folder. */
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "mobilize", "mobilize.db", NULL);
  g_autofree char *path = mz_store_default_path ();
  g_autoptr(MzStore) store = NULL;

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (exists (path));
  store = open_ok (NULL);
  g_assert_cmpstr (mz_store_get_path (store), ==, expected);
  g_assert_cmpint (file_mode (path), ==, 0600);
}

static void
test_open_migrates_empty (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  int latest = mz_store_get_latest_schema_version ();

  g_assert_cmpint (latest, >=, 1);
  g_assert_cmpint (mz_store_get_schema_version (store), ==, latest);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, latest);
  g_assert_cmpint (query_int (store, "PRAGMA application_id"), ==, MZ_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM org_unit WHERE code IN ('GS', 'BR', 'TSB', 'BDT')"), ==, 4);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log'"), ==, 1);
  g_assert_false (mz_store_in_transaction (store));

  /* No identity yet. */
  g_assert_null (mz_store_get_actor (store));
  g_assert_false (mz_identity_is_set (store));
}

static void
test_open_pragmas (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MzStore) store = open_ok (f->path);
  g_autofree char *journal = query_text (store, "PRAGMA journal_mode");

  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (store, "PRAGMA synchronous"), ==, 2);

  g_clear_object (&store);
  store = open_ok (f->path);
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (store, "PRAGMA synchronous"), ==, 2);
}

static void
test_open_reopen (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MzStore) store = open_identified (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *node = mz_store_get_setting (store, "node_id");
  g_autofree char *node_again = NULL;
  g_autofree char *marker = NULL;
  gint64 units = query_int (store, "SELECT count(*) FROM org_unit");

  g_assert_nonnull (node);
  g_assert_cmpuint (strlen (node), ==, 16);
  mz_store_set_setting (store, "marker", "kept", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_ok (f->path);
  /* Opening an up-to-date database writes nothing: no migration ran. */
  g_assert_cmpint (sqlite3_total_changes (mz_store_get_handle (store)), ==, 0);
  g_assert_cmpint (mz_store_get_schema_version (store), ==, mz_store_get_latest_schema_version ());
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM org_unit"), ==, units);

  marker = mz_store_get_setting (store, "marker");
  g_assert_cmpstr (marker, ==, "kept");
  node_again = mz_store_get_setting (store, "node_id");
  g_assert_cmpstr (node_again, ==, node);
  g_assert_cmpstr (mz_store_get_actor (store), ==, "BDT/Tester");
  g_assert_cmpstr (mz_store_get_office (store), ==, "BDT");
  g_assert_cmpstr (mz_store_get_user (store), ==, "Tester");
}

static void
test_open_empty_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MzStore) store = NULL;

  write_file (f->path, "", 0);
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  store = open_ok (f->path);
  g_assert_cmpint (mz_store_get_schema_version (store), ==, mz_store_get_latest_schema_version ());
  g_assert_cmpint (file_mode (f->path), ==, 0600);
}

static void
test_open_two_connections (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MzStore) a = open_identified (f->path);
  g_autoptr(MzStore) b = open_ok (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *node_a = mz_store_get_setting (a, "node_id");
  g_autofree char *node_b = mz_store_get_setting (b, "node_id");

  g_assert_cmpstr (node_a, ==, node_b);
  g_assert_cmpstr (mz_store_get_actor (b), ==, "BDT/Tester");

  mz_store_set_setting (a, "shared", "yes", &error);
  g_assert_no_error (error);
  seen = mz_store_get_setting (b, "shared");
  g_assert_cmpstr (seen, ==, "yes");
}

/* Refusing files that are not ours */

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          mz_store_get_latest_schema_version () + 1);
  g_autofree char *wal = side_file (f->path, "-wal");

  {
    g_autoptr(MzStore) store = open_identified (f->path);
  }
  raw_exec (f->path, sql, FALSE);
  g_assert_false (exists (wal));

  assert_refused (f->path, MZ_STORE_ERROR_TOO_NEW, TRUE);
  g_assert_false (exists (wal));
}

static void
test_refuse_too_new_in_wal (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          mz_store_get_latest_schema_version () + 1);
  g_autofree char *wal = side_file (f->path, "-wal");
  g_autoptr(Snapshot) wal_before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;

  {
    g_autoptr(MzStore) first = open_identified (f->path);
  }

  /* A newer Mobilize that stopped before checkpointing: the new schema
   * number is only in the WAL, the main file still says the old one. */
  raw_exec (f->path, sql, TRUE);
  g_assert_true (exists (wal));
  wal_before = snapshot_take (wal);

  assert_refused (f->path, MZ_STORE_ERROR_TOO_NEW, FALSE);

  /* The WAL was neither checkpointed into the file nor changed. */
  {
    g_autoptr(Snapshot) wal_after = snapshot_take (wal);
    g_assert_true (g_bytes_equal (wal_before->contents, wal_after->contents));
  }
}

static void
test_refuse_garbage (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 junk[8192];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int_range (rand, 0, 256);
  write_file (f->path, junk, sizeof junk);

  assert_refused (f->path, MZ_STORE_ERROR_NOT_DATABASE, TRUE);
}

static void
test_refuse_text (Fixture       *f,
                  gconstpointer  data)
{
  const char *text = "Partner,Country\nMinistry of ICT,KE\n";

  write_file (f->path, text, strlen (text));
  assert_refused (f->path, MZ_STORE_ERROR_NOT_DATABASE, TRUE);

  /* Shorter than the SQLite header. */
  write_file (f->path, "SQLite", 6);
  assert_refused (f->path, MZ_STORE_ERROR_NOT_DATABASE, TRUE);
}

static void
test_refuse_sqlite_header_then_junk (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 junk[4096];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int_range (rand, 0, 256);
  memcpy (junk, "SQLite format 3", 16);
  write_file (f->path, junk, sizeof junk);

  assert_refused (f->path, MZ_STORE_ERROR_NOT_DATABASE, TRUE);
}

static void
test_refuse_other_application (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);

  /* Tables but no application id. */
  raw_exec (f->path, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);", FALSE);
  assert_refused (f->path, MZ_STORE_ERROR_NOT_DATABASE, TRUE);

  /* Another application id, even with no tables. */
  raw_exec (other, "PRAGMA application_id = 1234", FALSE);
  assert_refused (other, MZ_STORE_ERROR_NOT_DATABASE, TRUE);

  /* Another application id in WAL mode with tables. */
  g_unlink (other);
  raw_exec (other, "PRAGMA journal_mode = WAL; PRAGMA application_id = 99; CREATE TABLE t (x);", FALSE);
  assert_refused (other, MZ_STORE_ERROR_NOT_DATABASE, TRUE);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  gsize page = 4096;

  {
    g_autoptr(MzStore) store = open_identified (f->path);
    g_assert_cmpint (query_int (store, "PRAGMA page_size"), ==, (gint64) page);
    g_assert_cmpint (query_int (store, "PRAGMA freelist_count"), ==, 0);
  }

  /* Junk over pages in the middle: with no free pages, they are in use. */
  g_file_get_contents (f->path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >=, 40 * page);
  for (gsize i = len / 3; i < len / 3 + 8 * page; i++)
    contents[i] = g_rand_int_range (rand, 0, 256);
  write_file (f->path, contents, len);

  {
    g_autoptr(Snapshot) before = snapshot_take (f->path);
    g_autoptr(MzStore) store = NULL;

    g_usleep (20 * 1000);
    store = mz_store_open (f->path, &error);
    g_assert_null (store);
    g_assert_nonnull (error);
    g_assert_true (error->domain == MZ_STORE_ERROR);
    if (error->code != MZ_STORE_ERROR_CORRUPT && error->code != MZ_STORE_ERROR_NOT_DATABASE)
      g_error ("a damaged database gave error %d: %s", error->code, error->message);
    g_assert_null (strchr (error->message, '\n'));
    g_test_message ("refused: %s", error->message);
    snapshot_assert_same (before, f->path, FALSE);
  }
}

/* A large file opens without the full check when asked; the check then
 * runs on its own and finds the damage; the default open refuses. */
static void
test_deferred_check (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (22);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  {
    g_autoptr(MzStore) store = open_identified (f->path);
    sqlite3_stmt *stmt;

    g_assert_false (mz_store_get_check_pending (store));
    g_assert_true (mz_store_begin (store, &error));
    stmt = mz_store_prepare (store, "INSERT INTO settings (key, value) VALUES (?, ?)", &error);
    g_assert_nonnull (stmt);
    for (int i = 0; i < 160000; i++)
      {
        g_autofree char *key = g_strdup_printf ("bulk.%08d", i);
        g_autofree char *value = g_strnfill (100, 'a' + i % 26);

        sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
        g_assert_true (mz_store_step_done (store, stmt, &error));
      }
    g_assert_true (mz_store_commit (store, &error));
  }

  /* Healthy and large: the check is deferred and then passes. */
  {
    g_autoptr(MzStore) store = mz_store_open_full (f->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);

    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_assert_no_error (error);
    g_assert_true (mz_store_get_check_pending (store));
    g_assert_true (mz_store_verify_file (f->path, NULL, &error));
    g_assert_no_error (error);

    g_cancellable_cancel (cancellable);
    g_assert_false (mz_store_verify_file (f->path, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  g_file_get_contents (f->path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, MZ_STORE_CHECK_AT_OPEN_MAX);
  for (gsize i = len / 2; i < len / 2 + 8 * 4096; i++)
    contents[i] = g_rand_int_range (rand, 0, 256);
  write_file (f->path, contents, len);

  {
    g_autoptr(MzStore) store = mz_store_open_full (f->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);

    g_assert_no_error (error);
    g_assert_true (mz_store_get_check_pending (store));
    g_assert_false (mz_store_verify_file (f->path, NULL, &error));
    g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CORRUPT);
    g_clear_error (&error);
  }

  {
    g_autoptr(MzStore) store = mz_store_open (f->path, &error);

    g_assert_null (store);
    g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CORRUPT);
  }
}

static void
test_refuse_directory (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE);
}

/* Permissions: run as an ordinary user. As root (containers, CI) the test
 * drops to “nobody” in a subprocess, since root may write anywhere. */

static gboolean
become_ordinary_user (const char *dir)
{
  const uid_t nobody = 65534;

  if (geteuid () != 0)
    return TRUE;

  if (chown (dir, nobody, nobody) != 0 || g_chmod (dir, 0755) != 0)
    return FALSE;
  if (setgroups (0, NULL) != 0 || setgid (nobody) != 0 || setuid (nobody) != 0)
    return FALSE;
  return geteuid () == nobody;
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sub = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      if (!g_test_trap_has_passed ())
        {
          /* Fails unless the child said why it could not run. */
          g_test_trap_assert_stdout ("*cannot run as an ordinary user*");
          g_test_skip ("Cannot run as an ordinary user");
        }
      return;
    }

  if (!become_ordinary_user (f->dir))
    {
      g_print ("cannot run as an ordinary user: %s\n", g_strerror (errno));
      exit (1);
    }

  sub = g_build_filename (f->dir, "shared", NULL);
  existing = g_build_filename (sub, "office.db", NULL);
  fresh = g_build_filename (sub, "new.db", NULL);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  {
    g_autoptr(MzStore) first = open_identified (existing);
  }

  /* A folder that may not be written: neither a new database nor an
   * existing one (its WAL lives beside it) can be used. */
  g_assert_cmpint (g_chmod (sub, 0555), ==, 0);

  store = mz_store_open (fresh, &error);
  g_assert_null (store);
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, fresh));
  g_test_message ("new: %s", error->message);
  g_clear_error (&error);
  g_assert_false (exists (fresh));

  assert_refused (existing, MZ_STORE_ERROR_IO, TRUE);

  /* A read-only database file in a writable folder. */
  g_assert_cmpint (g_chmod (sub, 0700), ==, 0);
  g_assert_cmpint (g_chmod (existing, 0400), ==, 0);
  assert_refused (existing, MZ_STORE_ERROR_IO, TRUE);

  /* A folder that cannot be created. */
  g_assert_cmpint (g_chmod (sub, 0555), ==, 0);
  {
    g_autofree char *deeper = g_build_filename (sub, "x", "y.db", NULL);

    store = mz_store_open (deeper, &error);
    g_assert_null (store);
    g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO);
    g_test_message ("deeper: %s", error->message);
  }
  g_assert_cmpint (g_chmod (sub, 0700), ==, 0);
}

/* Rules the schema enforces */

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/creates-private-file", test_open_creates_private_file);
  ADD ("/store/open/creates-parent-folders", test_open_creates_parent_folders);
  ADD ("/store/open/default-path", test_open_default_path);
  ADD ("/store/open/migrates-empty", test_open_migrates_empty);
  ADD ("/store/open/pragmas", test_open_pragmas);
  ADD ("/store/open/reopen", test_open_reopen);
  ADD ("/store/open/empty-file", test_open_empty_file);
  ADD ("/store/open/two-connections", test_open_two_connections);
  ADD ("/store/refuse/too-new", test_refuse_too_new);
  ADD ("/store/refuse/too-new-in-wal", test_refuse_too_new_in_wal);
  ADD ("/store/refuse/garbage", test_refuse_garbage);
  ADD ("/store/refuse/text", test_refuse_text);
  ADD ("/store/refuse/sqlite-header-then-junk", test_refuse_sqlite_header_then_junk);
  ADD ("/store/refuse/other-application", test_refuse_other_application);
  ADD ("/store/refuse/corrupt", test_refuse_corrupt);
  ADD ("/store/refuse/directory", test_refuse_directory);
  ADD ("/store/open/deferred-check", test_deferred_check);
  ADD ("/store/refuse/read-only", test_read_only);

#undef ADD

  return g_test_run ();
}

/* test-store.c — the SQLite store: opening, refusing, migrating, rules
 *
 * Every test works on a real database file in a fresh temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mz-clock.h"
#include "mz-id.h"
#include "mz-identity.h"
#include "mz-json.h"
#include "mz-store.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Helpers */

static void
remove_tree (const char *path)
{
  struct stat st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      /* A test may have left a folder read-only. */
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "mobilize.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
side_file (const char *path,
           const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static gboolean
exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static int
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
write_file (const char   *path,
            const void   *data,
            gsize         len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

/* A raw connection, as another program would have. */
static void
raw_exec (const char *path,
          const char *sql,
          gboolean    keep_wal)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (keep_wal)
    sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
query_int (MzStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (mz_store_get_handle (store)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (MzStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (mz_store_get_handle (store)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static MzStore *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  MzStore *store = mz_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static MzStore *
open_identified (const char *path)
{
  g_autoptr(GError) error = NULL;
  MzStore *store = open_ok (path);

  mz_identity_set (store, "BDT", "Tester", &error);
  g_assert_no_error (error);
  return store;
}

/* A file and its folder before and after an attempt to open it. */
typedef struct
{
  GBytes    *contents;
  gint64     mtime_ns;
  gint64     dir_mtime_ns;
  GPtrArray *listing;
} Snapshot;

static Snapshot *
snapshot_take (const char *path)
{
  Snapshot *snap = g_new0 (Snapshot, 1);
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  g_autoptr(GError) error = NULL;
  const char *name;
  char *data = NULL;
  gsize len = 0;
  struct stat st;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  snap->contents = g_bytes_new_take (data, len);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  snap->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  g_assert_cmpint (g_stat (dirname, &st), ==, 0);
  snap->dir_mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;

  snap->listing = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (snap->listing, g_strdup (name));

  return snap;
}

static void
snapshot_free (Snapshot *snap)
{
  g_bytes_unref (snap->contents);
  g_ptr_array_unref (snap->listing);
  g_free (snap);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* With @folder_untouched, not even a passing -wal or -shm file was made
 * beside @path (the folder's modification time is the same). */
static void
snapshot_assert_same (Snapshot   *before,
                      const char *path,
                      gboolean    folder_untouched)
{
  g_autoptr(Snapshot) after = snapshot_take (path);

  g_assert_true (g_bytes_equal (before->contents, after->contents));
  g_assert_cmpint (before->mtime_ns, ==, after->mtime_ns);
  if (folder_untouched)
    g_assert_cmpint (before->dir_mtime_ns, ==, after->dir_mtime_ns);

  g_ptr_array_sort (before->listing, compare_strings);
  g_ptr_array_sort (after->listing, compare_strings);
  g_assert_cmpuint (before->listing->len, ==, after->listing->len);
  for (guint i = 0; i < before->listing->len; i++)
    g_assert_cmpstr (g_ptr_array_index (before->listing, i), ==,
                     g_ptr_array_index (after->listing, i));
}

/* Opens @path expecting @code, and checks that nothing changed. */
static void
assert_refused (const char *path,
                int         code,
                gboolean    folder_untouched)
{
  g_autoptr(Snapshot) before = snapshot_take (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;

  /* A refusal must not even touch the modification time. */
  g_usleep (20 * 1000);

  store = mz_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MZ_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strchr (error->message, '\n'));
  g_test_message ("refused: %s", error->message);

  snapshot_assert_same (before, path, folder_untouched);
}

static gboolean
insert_partner (MzStore    *store,
                const char *name,
                const char *type,
                const char *country,
                char        id[MZ_ID_LEN + 1],
                GError    **error)
{
  g_autofree char *now = mz_store_now_iso ();
  char hlc[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "INSERT INTO partner (id, created_at, updated_at, updated_by, name, type, country) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (store, id);
  mz_store_tick (store, hlc);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, mz_store_get_actor (store) ? mz_store_get_actor (store) : "GS/Test", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, country, -1, SQLITE_TRANSIENT);
  return mz_store_step_done (store, stmt, error);
}

static gboolean
insert_contact (MzStore    *store,
                const char *partner_id,
                const char *family_name,
                GError    **error)
{
  g_autofree char *now = mz_store_now_iso ();
  char id[MZ_ID_LEN + 1];
  char hlc[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "INSERT INTO contact (id, created_at, updated_at, updated_by, partner_id, family_name) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (store, id);
  mz_store_tick (store, hlc);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, "GS/Test", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, partner_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, family_name, -1, SQLITE_TRANSIENT);
  return mz_store_step_done (store, stmt, error);
}

static gboolean
insert_commitment (MzStore    *store,
                   const char *donor_id,
                   const char *currency,
                   GError    **error)
{
  g_autofree char *now = mz_store_now_iso ();
  char id[MZ_ID_LEN + 1];
  char hlc[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "INSERT INTO commitment (id, created_at, updated_at, updated_by, "
                           "donor_partner_id, title, kind, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (store, id);
  mz_store_tick (store, hlc);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, "GS/Test", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, donor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, "Digital skills", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, "voluntary_contribution", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, currency, -1, SQLITE_TRANSIENT);
  return mz_store_step_done (store, stmt, error);
}

/* Opening a new database */

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

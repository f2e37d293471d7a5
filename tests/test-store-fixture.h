/* test-store-fixture.h — what the store tests share: a fresh temporary
 * folder per test and helpers to write, read and snapshot database files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
#include "test-remove-tree.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Helpers */

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "mobilize.db", NULL);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static inline char *
side_file (const char *path,
           const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static inline gboolean
exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static inline int
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static inline void
write_file (const char   *path,
            const void   *data,
            gsize         len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

/* A raw connection, as another program would have. */
static inline void
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

static inline gint64
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

static inline char *
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

static inline MzStore *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  MzStore *store = mz_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static inline MzStore *
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

static inline Snapshot *
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

static inline void
snapshot_free (Snapshot *snap)
{
  g_bytes_unref (snap->contents);
  g_ptr_array_unref (snap->listing);
  g_free (snap);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static inline int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* With @folder_untouched, not even a passing -wal or -shm file was made
 * beside @path (the folder's modification time is the same). */
static inline void
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
static inline void
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

static inline gboolean
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

static inline gboolean
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

static inline gboolean
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

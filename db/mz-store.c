/* mz-store.c — the local SQLite database of one office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mz-store-private.h"

G_DEFINE_FINAL_TYPE (MzStore, mz_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mz-store-error-quark, mz_store_error)

/* Helpers */

int
_mz_store_error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return MZ_STORE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return MZ_STORE_ERROR_BUSY;
    case SQLITE_NOTADB:
      return MZ_STORE_ERROR_NOT_DATABASE;
    case SQLITE_CORRUPT:
      return MZ_STORE_ERROR_CORRUPT;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
      return MZ_STORE_ERROR_IO;
    default:
      return MZ_STORE_ERROR_FAILED;
    }
}

void
mz_store_set_error (MzStore    *self,
                    GError    **error,
                    const char *doing)
{
  int rc = sqlite3_extended_errcode (self->db);
  const char *advice = NULL;

  /* SQLite's own words are terse; add what the user can do about the
   * common cases. */
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      advice = _("Another program is using the database; try again in a moment.");
      break;
    case SQLITE_FULL:
      advice = _("The disk is full; free some space and try again.");
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      advice = _("Check that you may write to the database file and its folder.");
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      advice = _("The database is damaged; restore it from a backup.");
      break;
    default:
      break;
    }

  if (advice != NULL)
    g_set_error (error, MZ_STORE_ERROR, _mz_store_error_code_for_sqlite (rc),
                 "%s: %s. %s", doing, sqlite3_errmsg (self->db), advice);
  else
    g_set_error (error, MZ_STORE_ERROR, _mz_store_error_code_for_sqlite (rc),
                 "%s: %s", doing, sqlite3_errmsg (self->db));
}

gboolean
_mz_store_query_int (MzStore     *self,
           const char  *sql,
           int         *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    goto fail;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    goto fail;

  *out = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  sqlite3_finalize (stmt);
  return TRUE;

fail:
  mz_store_set_error (self, error, _("Cannot read the database"));
  sqlite3_finalize (stmt);
  return FALSE;
}

/* Is this file ours, and can this build read its schema? */
static gboolean
check_identity (MzStore  *self,
                GError  **error)
{
  int app_id = 0, version = 0, n_tables = 0;

  if (!_mz_store_query_int (self, "PRAGMA application_id", &app_id, error) ||
      !_mz_store_query_int (self, "PRAGMA user_version", &version, error) ||
      !_mz_store_query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if ((app_id != 0 && app_id != MZ_STORE_APPLICATION_ID) ||
      (app_id == 0 && n_tables > 0))
    {
      _mz_store_set_not_ours_error (error, self->path);
      return FALSE;
    }

  if (version > mz_store_get_latest_schema_version ())
    {
      _mz_store_set_too_new_error (error, self->path, version);
      return FALSE;
    }

  self->schema_version = version;
  return TRUE;
}

static gboolean
is_node_id (const char *node)
{
  if (node == NULL || strlen (node) != 16)
    return FALSE;
  for (guint i = 0; i < 16; i++)
    if (!g_ascii_isxdigit (node[i]) || g_ascii_isupper (node[i]))
      return FALSE;
  return TRUE;
}

/* The node id names this installation in clock values. Two processes may
 * open a new database at once: the first id stored wins and both read it
 * back, so that they stamp with the same node. */
static gboolean
ensure_node_id (MzStore  *self,
                GError  **error)
{
  g_autofree char *node = mz_store_get_setting (self, "node_id");
  g_autofree char *last = NULL;

  if (!is_node_id (node))
    {
      const char *sql = node == NULL
        ? "INSERT INTO settings (key, value) VALUES ('node_id', ?) ON CONFLICT (key) DO NOTHING"
        : "UPDATE settings SET value = ? WHERE key = 'node_id'";
      sqlite3_stmt *stmt;
      guint8 bytes[8];
      char fresh[17];

      for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
        bytes[i] = g_random_int_range (0, 256);
      g_snprintf (fresh, sizeof fresh, "%02x%02x%02x%02x%02x%02x%02x%02x",
                  bytes[0], bytes[1], bytes[2], bytes[3],
                  bytes[4], bytes[5], bytes[6], bytes[7]);

      stmt = mz_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, fresh, -1, SQLITE_TRANSIENT);
      if (!mz_store_step_done (self, stmt, error))
        return FALSE;

      g_free (node);
      node = mz_store_get_setting (self, "node_id");
      if (!is_node_id (node))
        {
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                       _("Cannot record this installation’s identity in “%s”."), self->path);
          return FALSE;
        }
    }

  last = mz_store_get_setting (self, "hlc");
  mz_clock_init (&self->clock, node, last);
  return TRUE;
}

static MzStore *
open_and_migrate (const char        *path,
                  MzStoreOpenFlags   flags,
                  GError           **error)
{
  g_autoptr(MzStore) self = g_object_new (MZ_TYPE_STORE, NULL);
  gboolean defer_check = FALSE;
  struct stat st;
  int rc;

  if ((flags & MZ_STORE_OPEN_DEFER_LARGE_CHECK) &&
      g_stat (path, &st) == 0 && st.st_size > MZ_STORE_CHECK_AT_OPEN_MAX)
    defer_check = TRUE;

  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot open the database “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  /* SQLite silently falls back to read-only when it may not write. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write to the database “%s”. Mobilize needs to write to its "
                     "database; check the file’s permissions or copy it to a folder of "
                     "yours."), path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  /* Closing the last connection checkpoints the WAL into the database:
   * a refused file whose WAL holds frames would be rewritten on the way
   * out. Keep the WAL as it is until the file is accepted. */
  if (_mz_store_wal_has_frames (path))
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  /* Read-only checks first: nothing is written until the file is known to
   * be a healthy Mobilize database of a schema this build understands. */
  if (!defer_check && !_mz_store_quick_check_db (self->db, path, error))
    return NULL;
  if (!check_identity (self, error))
    return NULL;

  /* A migration writes: never on a file that has not been checked. */
  if (defer_check && self->schema_version < mz_store_get_latest_schema_version ())
    {
      if (!_mz_store_quick_check_db (self->db, path, error))
        return NULL;
      defer_check = FALSE;
    }
  self->check_pending = defer_check;

  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (!mz_store_exec (self,
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = FULL;"
                      "PRAGMA foreign_keys = ON;"
                      "PRAGMA temp_store = MEMORY;"
                      /* 8 MiB: the system's file cache holds the rest of
                       * a large file; each connection's own cache adds
                       * to the memory of the process (the window's). */
                      "PRAGMA cache_size = -8192;",
                      error))
    return NULL;

  if (!_mz_store_migrate (self, error) || !ensure_node_id (self, error))
    return NULL;

  mz_store_reload_identity (self);

  return g_steal_pointer (&self);
}

/* GObject */

static void
mz_store_finalize (GObject *object)
{
  MzStore *self = MZ_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->office);
  g_free (self->user);
  g_free (self->actor);

  G_OBJECT_CLASS (mz_store_parent_class)->finalize (object);
}

static void
mz_store_class_init (MzStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_store_finalize;
}

static void
mz_store_init (MzStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

/* Public API */

char *
mz_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "mobilize", "mobilize.db", NULL);
}

MzStore *
mz_store_open (const char  *path,
               GError     **error)
{
  return mz_store_open_full (path, MZ_STORE_OPEN_DEFAULT, error);
}

MzStore *
mz_store_open_full (const char        *path,
                    MzStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(MzStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean created = FALSE;

  if (path == NULL)
    path = default_path = mz_store_default_path ();

  if (!_mz_store_prepare_file (path, &created, error))
    return NULL;

  self = open_and_migrate (path, flags, error);
  if (self == NULL && created)
    _mz_store_remove_database_files (path);

  return g_steal_pointer (&self);
}

gboolean
mz_store_get_check_pending (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);
  return self->check_pending;
}

const char *
mz_store_get_path (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), NULL);
  return self->path;
}

int
mz_store_get_schema_version (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), 0);
  return self->schema_version;
}

sqlite3 *
mz_store_get_handle (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), NULL);
  return self->db;
}

gboolean
mz_store_exec (MzStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      mz_store_set_error (self, error, _("Database error"));
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_store_begin (MzStore  *self,
                GError  **error)
{
  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  if (!mz_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another connection (the CLI beside the window, a worker thread) may
   * have issued and persisted later clock values since this one started:
   * continue after them, or a newer change could sort before an older. */
  if (self->schema_version >= 1)
    {
      g_autofree char *last = mz_store_get_setting (self, "hlc");

      if (last != NULL)
        mz_clock_observe (&self->clock, last);
    }

  return TRUE;
}

gboolean
mz_store_commit (MzStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);

  /* Persist the last clock value issued so that the clock never runs
   * backwards across restarts, even if the wall clock does. */
  if (self->clock_dirty &&
      !mz_store_set_setting (self, "hlc", self->clock_last, error))
    return FALSE;

  if (!mz_store_exec (self, "COMMIT", error))
    return FALSE;

  self->clock_dirty = FALSE;
  return TRUE;
}

void
mz_store_rollback (MzStore *self)
{
  g_return_if_fail (MZ_IS_STORE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->clock_dirty = FALSE;
}

gboolean
mz_store_finish (MzStore   *self,
                 gboolean   ok,
                 GError   **error)
{
  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);

  if (ok && mz_store_commit (self, error))
    return TRUE;
  mz_store_rollback (self);
  return FALSE;
}

gboolean
mz_store_in_transaction (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);
  return !sqlite3_get_autocommit (self->db);
}

sqlite3_stmt *
mz_store_prepare (MzStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      mz_store_set_error (self, error, _("Database error"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
mz_store_step_done (MzStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      mz_store_set_error (self, error, _("Cannot save the change"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
mz_store_check_integrity (MzStore  *self,
                          char    **report,
                          GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      mz_store_set_error (self, error, _("Cannot check the database"));
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (self, error, _("Cannot check the database"));
      return FALSE;
    }

  /* Foreign keys are not part of integrity_check. */
  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (g_strcmp0 (out->str, "ok") == 0)
            g_string_truncate (out, 0);
          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append_printf (out, "foreign key violation in %s row %lld",
                                  sqlite3_column_text (stmt, 0),
                                  (long long) sqlite3_column_int64 (stmt, 1));
        }
      sqlite3_finalize (stmt);
    }

  if (report)
    *report = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

char *
mz_store_get_setting (MzStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt = mz_store_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
mz_store_set_setting (MzStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt = mz_store_prepare (self,
                                         "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT (key) DO UPDATE SET value = ?2",
                                         error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return mz_store_step_done (self, stmt, error);
}

void
mz_store_reload_identity (MzStore *self)
{
  g_clear_pointer (&self->office, g_free);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->actor, g_free);

  self->office = mz_store_get_setting (self, "office_code");
  self->user = mz_store_get_setting (self, "user_name");
  if (self->office != NULL && self->user != NULL)
    self->actor = g_strdup_printf ("%s/%s", self->office, self->user);
}

const char *
mz_store_get_actor (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), NULL);
  return self->actor;
}

const char *
mz_store_get_office (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), NULL);
  return self->office;
}

const char *
mz_store_get_user (MzStore *self)
{
  g_return_val_if_fail (MZ_IS_STORE (self), NULL);
  return self->user;
}

void
mz_store_new_id (MzStore *self,
                 char     id[MZ_ID_LEN + 1])
{
  mz_id_new_into (id);
}

void
mz_store_tick (MzStore *self,
               char     hlc[MZ_CLOCK_LEN + 1])
{
  g_return_if_fail (MZ_IS_STORE (self));

  mz_clock_tick (&self->clock, hlc);
  memcpy (self->clock_last, hlc, MZ_CLOCK_LEN + 1);
  self->clock_dirty = TRUE;
}

char *
mz_store_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
mz_store_audit (MzStore     *self,
                const char  *table,
                const char  *row_id,
                const char  *action,
                const char  *before,
                const char  *after,
                GError     **error)
{
  char id[MZ_ID_LEN + 1];
  char at[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (self), FALSE);

  if (self->office == NULL || self->user == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them in Preferences before making changes."));
      return FALSE;
    }

  stmt = mz_store_prepare (self,
                           "INSERT INTO audit_log (id, at, office, user, table_name, row_id, "
                           "action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (self, id);
  mz_store_tick (self, at);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, self->office, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->user, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, before, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, after, -1, SQLITE_STATIC);

  return mz_store_step_done (self, stmt, error);
}

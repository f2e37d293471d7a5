/* mz-store-file.c — the database file before and beside SQLite: refusing
 * what is not ours untouched, creating with mode 0600, quick_check
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

#define SQLITE_MAGIC "SQLite format 3"

void
_mz_store_set_not_ours_error (GError     **error,
                    const char  *path)
{
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE,
               _("“%s” is a database of another application, not of Mobilize. "
                 "It was left untouched; choose another file."), path);
}

void
_mz_store_set_too_new_error (GError     **error,
                   const char  *path,
                   int          version)
{
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_TOO_NEW,
               _("“%s” was written by a newer version of Mobilize (schema %d; this "
                 "version knows up to %d). It was left untouched; update Mobilize "
                 "to open it."),
               path, version, mz_store_get_latest_schema_version ());
}

static gboolean
ensure_parent_dir (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot create the folder “%s”: %s. Choose a folder you may write to."),
                   dir, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

gboolean
_mz_store_wal_has_frames (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* SQLite in WAL mode creates the -wal and -shm files beside the database
 * and deletes them on close: both the file and its folder must be
 * writable. Checked here so that the user gets a sentence instead of
 * "attempt to write a readonly database" from somewhere inside SQLite. */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, R_OK | W_OK) != 0)
    {
      int saved = errno;
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write to the database “%s”: %s. Mobilize needs to write "
                     "to its database; check the file’s permissions or copy it to a "
                     "folder of yours."), path, g_strerror (saved));
      return FALSE;
    }

  if (g_access (dir, W_OK | X_OK) != 0)
    {
      int saved = errno;
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot use the database “%s”: its folder may not be written (%s). "
                     "Mobilize keeps a journal beside the database; move it to a "
                     "folder you may write to."), path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

/* Refuses a file that is not SQLite, or whose header already tells that it
 * belongs to another application or to a newer Mobilize, before SQLite
 * gets a chance to create its -wal and -shm files beside it. Creates a
 * missing file with mode 0600 so that the WAL and shared memory files
 * SQLite adds inherit that mode; @created tells whether it did. */
gboolean
_mz_store_prepare_file (const char  *path,
              gboolean    *created,
              GError     **error)
{
  guint8 header[100] = { 0 };
  struct stat st;
  gssize n;
  int fd;

  *created = FALSE;

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        {
          int saved = errno;
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                       _("Cannot read “%s”: %s"), path, g_strerror (saved));
          return FALSE;
        }

      if (!ensure_parent_dir (path, error))
        return FALSE;

      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved = errno;
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                       _("Cannot create the database “%s”: %s. Choose a folder you may "
                         "write to."), path, g_strerror (saved));
          return FALSE;
        }
      fchmod (fd, 0600);
      close (fd);
      *created = TRUE;
      return check_writable (path, error);
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a file. Choose a Mobilize database file."), path);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      /* An empty file becomes a new database: give it the mode of one.
       * Failing that (not our file) is not a reason to refuse it. */
      if (!check_writable (path, error))
        return FALSE;
      if (g_chmod (path, 0600) != 0)
        g_debug ("Cannot restrict the mode of %s: %s", path, g_strerror (errno));
      return TRUE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }

  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (gssize) sizeof SQLITE_MAGIC || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Mobilize database. The file was left untouched; "
                     "choose another file or start a new database."), path);
      return FALSE;
    }

  /* Bytes 21-23 are fixed in every SQLite file since 3.0. */
  if (n == sizeof header && (header[21] != 64 || header[22] != 32 || header[23] != 32))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Mobilize database. The file was left untouched; "
                     "choose another file or start a new database."), path);
      return FALSE;
    }

  /* The header holds user_version (offset 60) and application_id (68).
   * A WAL with frames may hold a newer first page: then SQLite decides. */
  if (n == sizeof header && !_mz_store_wal_has_frames (path))
    {
      guint32 version = read_be32 (header + 60);
      guint32 app_id = read_be32 (header + 68);

      if (app_id != 0 && app_id != MZ_STORE_APPLICATION_ID)
        {
          _mz_store_set_not_ours_error (error, path);
          return FALSE;
        }

      if (app_id == MZ_STORE_APPLICATION_ID &&
          version > (guint32) mz_store_get_latest_schema_version ())
        {
          _mz_store_set_too_new_error (error, path, (int) MIN (version, G_MAXINT));
          return FALSE;
        }
    }

  return check_writable (path, error);
}

/* PRAGMA quick_check on @db; the error names @path. */
gboolean
_mz_store_quick_check_db (sqlite3     *db,
                const char  *path,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      ok = g_strcmp0 (result, "ok") == 0;
      if (!ok)
        {
          /* SQLite's report spans lines; errors are one sentence. */
          g_autofree char *line = g_strdelimit (g_strdup (result ? result : ""), "\n", ' ');

          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CORRUPT,
                       _("The database “%s” is damaged (%s). It was left untouched; "
                         "restore it from a backup."), path, line);
        }
    }
  else if ((rc & 0xff) == SQLITE_NOTADB)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE,
                 _("“%s” is not a Mobilize database. The file was left untouched; "
                   "choose another file or start a new database."), path);
  else if ((rc & 0xff) == SQLITE_CORRUPT)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CORRUPT,
                 _("The database “%s” is damaged. It was left untouched; "
                   "restore it from a backup."), path);
  else if ((rc & 0xff) == SQLITE_INTERRUPT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                 _("The check of “%s” was cancelled."), path);
  else
    g_set_error (error, MZ_STORE_ERROR, _mz_store_error_code_for_sqlite (rc),
                 _("Cannot check the database “%s”: %s"), path, sqlite3_errmsg (db));

  sqlite3_finalize (stmt);
  return ok;
}

/* Removes a database this process created and could not set up, so that
 * a failed open leaves nothing behind. */
void
_mz_store_remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_unlink (side);
    }
  g_unlink (path);
}

static int
progress_cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

gboolean
mz_store_verify_file (const char    *path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot open the database “%s”: %s"), path,
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close_v2 (db);
      return FALSE;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, progress_cancelled_cb, cancellable);

  ok = _mz_store_quick_check_db (db, path, error);
  sqlite3_close_v2 (db);
  return ok;
}

/* mz-store.h — the local SQLite database of one office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "mz-clock.h"
#include "mz-id.h"

G_BEGIN_DECLS

#define MZ_STORE_ERROR (mz_store_error_quark ())

typedef enum
{
  MZ_STORE_ERROR_FAILED,
  MZ_STORE_ERROR_NOT_DATABASE,  /* not SQLite, or SQLite of another application */
  MZ_STORE_ERROR_CORRUPT,       /* fails PRAGMA quick_check */
  MZ_STORE_ERROR_TOO_NEW,       /* schema newer than this build knows */
  MZ_STORE_ERROR_IO,            /* cannot create, read or write the file */
  MZ_STORE_ERROR_CONSTRAINT,    /* a CHECK, FOREIGN KEY or NOT NULL rule refused a write */
  MZ_STORE_ERROR_NOT_FOUND,
  MZ_STORE_ERROR_INVALID,       /* a value refused before it reached SQLite */
  MZ_STORE_ERROR_BUSY,
} MzStoreError;

/* "MOBI": PRAGMA application_id of every Mobilize database. */
#define MZ_STORE_APPLICATION_ID 0x4d4f4249

#define MZ_TYPE_STORE (mz_store_get_type ())
G_DECLARE_FINAL_TYPE (MzStore, mz_store, MZ, STORE, GObject)

GQuark        mz_store_error_quark              (void);

/* $XDG_DATA_HOME/mobilize/mobilize.db */
char         *mz_store_default_path             (void);

typedef enum
{
  MZ_STORE_OPEN_DEFAULT = 0,
  /* Skip PRAGMA quick_check at open for files larger than
   * MZ_STORE_CHECK_AT_OPEN_MAX (it reads every page: seconds at the
   * benchmark size) when no migration is due; the caller then runs
   * mz_store_verify_file() in a thread. Header, application and schema
   * checks still run. */
  MZ_STORE_OPEN_DEFER_LARGE_CHECK = 1 << 0,
} MzStoreOpenFlags;

#define MZ_STORE_CHECK_AT_OPEN_MAX (16 * 1024 * 1024)

/* Opens (creating with mode 0600 if missing) and migrates the database at
 * @path. A file that is not a Mobilize database, is corrupt or comes from a
 * newer schema is refused with an error and left untouched. */
MzStore      *mz_store_open                     (const char   *path,
                                                 GError      **error);

MzStore      *mz_store_open_full                (const char        *path,
                                                 MzStoreOpenFlags   flags,
                                                 GError           **error);

/* TRUE when the open skipped PRAGMA quick_check (see above). */
gboolean      mz_store_get_check_pending        (MzStore      *self);

/* Runs PRAGMA quick_check on @path through a read-only connection of its
 * own, so it may run in a worker thread while @path is open elsewhere.
 * Stops early when @cancellable is cancelled (G_IO_ERROR_CANCELLED). */
gboolean      mz_store_verify_file              (const char    *path,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

const char   *mz_store_get_path                 (MzStore      *self);
int           mz_store_get_schema_version       (MzStore      *self);
int           mz_store_get_latest_schema_version (void);

/* The raw connection, for query code inside db/ only. */
sqlite3      *mz_store_get_handle               (MzStore      *self);

/* Transactions: begin takes the write lock (BEGIN IMMEDIATE). Every
 * operation that writes is one transaction; on any error call rollback. */
gboolean      mz_store_begin                    (MzStore      *self,
                                                 GError      **error);
gboolean      mz_store_commit                   (MzStore      *self,
                                                 GError      **error);
void          mz_store_rollback                 (MzStore      *self);
/* Ends the transaction: commits when @ok, rolls back when not or when the
 * commit fails. Returns whether it was committed. */
gboolean      mz_store_finish                   (MzStore      *self,
                                                 gboolean      ok,
                                                 GError      **error);
gboolean      mz_store_in_transaction           (MzStore      *self);

gboolean      mz_store_exec                     (MzStore      *self,
                                                 const char   *sql,
                                                 GError      **error);

/* A prepared statement, cached per connection by SQL text and reset for
 * reuse; do not finalize it. */
sqlite3_stmt *mz_store_prepare                  (MzStore      *self,
                                                 const char   *sql,
                                                 GError      **error);

/* Steps @stmt to completion (expects no rows) and resets it. */
gboolean      mz_store_step_done                (MzStore      *self,
                                                 sqlite3_stmt *stmt,
                                                 GError      **error);

/* Sets @error from the connection's last error, in words for a user. */
void          mz_store_set_error                (MzStore      *self,
                                                 GError      **error,
                                                 const char   *doing);

/* Runs PRAGMA integrity_check; @report gets "ok" or the problems found. */
gboolean      mz_store_check_integrity          (MzStore      *self,
                                                 char        **report,
                                                 GError      **error);

/* Local settings (this office, this user, …), outside sync. */
char         *mz_store_get_setting              (MzStore      *self,
                                                 const char   *key);
gboolean      mz_store_set_setting              (MzStore      *self,
                                                 const char   *key,
                                                 const char   *value,
                                                 GError      **error);

/* Who is making changes: "OFFICE/user" once the office identity is set,
 * else NULL. Used for updated_by and audit_log. */
const char   *mz_store_get_actor                (MzStore      *self);
const char   *mz_store_get_office              (MzStore      *self);
const char   *mz_store_get_user                 (MzStore      *self);
void          mz_store_reload_identity          (MzStore      *self);

/* Row stamps made in one place: a new UUIDv7 key, the next hybrid clock
 * value (also persisted at commit), and the current UTC time. */
void          mz_store_new_id                   (MzStore      *self,
                                                 char          id[MZ_ID_LEN + 1]);
void          mz_store_tick                     (MzStore      *self,
                                                 char          hlc[MZ_CLOCK_LEN + 1]);
char         *mz_store_now_iso                  (void);

/* Appends to audit_log, inside the caller's transaction. @before and
 * @after are JSON texts or NULL. Fails if no office identity is set. */
gboolean      mz_store_audit                    (MzStore      *self,
                                                 const char   *table,
                                                 const char   *row_id,
                                                 const char   *action,
                                                 const char   *before,
                                                 const char   *after,
                                                 GError      **error);

G_END_DECLS

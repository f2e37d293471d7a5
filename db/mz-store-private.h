/* mz-store-private.h — shared by the files of MzStore (mz-store.c,
 * mz-store-file.c, mz-store-migrate.c); not for other code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

struct _MzStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt* */
  int         schema_version;
  gboolean    check_pending;

  MzClock     clock;
  char        clock_last[MZ_CLOCK_LEN + 1];
  gboolean    clock_dirty;

  char       *office;
  char       *user;
  char       *actor;
};

/* mz-store.c */
int      _mz_store_error_code_for_sqlite  (int          rc);
gboolean _mz_store_query_int              (MzStore     *self,
                                           const char  *sql,
                                           int         *out,
                                           GError     **error);

/* mz-store-file.c */
void     _mz_store_set_not_ours_error     (GError     **error,
                                           const char  *path);
void     _mz_store_set_too_new_error      (GError     **error,
                                           const char  *path,
                                           int          version);
gboolean _mz_store_wal_has_frames         (const char  *path);
gboolean _mz_store_prepare_file           (const char  *path,
                                           gboolean    *created,
                                           GError     **error);
gboolean _mz_store_quick_check_db         (sqlite3     *db,
                                           const char  *path,
                                           GError     **error);
void     _mz_store_remove_database_files  (const char  *path);

/* mz-store-migrate.c */
gboolean _mz_store_migrate                (MzStore     *self,
                                           GError     **error);

G_END_DECLS

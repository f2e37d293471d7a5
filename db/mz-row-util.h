/* mz-row-util.h — small helpers shared by the CRM queries of db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* The stamps of one write: a new id (inserts only), the hybrid clock value
 * for updated_at, the wall time for created_at and the actor. */
typedef struct
{
  char        id[MZ_ID_LEN + 1];
  char        hlc[MZ_CLOCK_LEN + 1];
  char        now[32];
  const char *actor;
} MzRowStamp;

/* Fills @stamp; FALSE with an error when the office identity is not set. */
gboolean  mz_row_stamp          (MzStore             *store,
                                 gboolean             new_id,
                                 MzRowStamp          *stamp,
                                 GError             **error);

/* Copies @stamp into a row object's stamp fields; @id and @created_at only
 * when @created (an insert). */
void      mz_row_stamp_apply    (const MzRowStamp    *stamp,
                                 gboolean             created,
                                 char               **id,
                                 char               **created_at,
                                 char               **updated_at,
                                 char               **updated_by);

/* Binds id, created_at, updated_at and updated_by to parameters 1–4 of an
 * INSERT; @stamp must outlive the statement's step. */
void      mz_row_stamp_bind_insert (sqlite3_stmt     *stmt,
                                    const MzRowStamp *stamp);

/* A JSON array of strings, or NULL for NULL or an empty vector. */
char     *mz_row_strv_to_json   (const char * const  *strv);

/* The strings of a JSON array; NULL for NULL, non-arrays and empty arrays.
 * Non-string members are skipped. */
char    **mz_row_json_to_strv   (const char          *json);

/* A copy of a text column, NULL for SQL NULL. */
char     *mz_row_dup_column     (sqlite3_stmt        *stmt,
                                 int                  column);

/* After an UPDATE: FALSE with MZ_STORE_ERROR_NOT_FOUND if no row changed. */
gboolean  mz_row_check_changed  (MzStore             *store,
                                 const char          *message,
                                 GError             **error);

/* Steps a statement that returns one JSON text (e.g. a json_object() of a
 * row) and returns it, or NULL with MZ_STORE_ERROR_NOT_FOUND. */
char     *mz_row_step_json      (MzStore             *store,
                                 sqlite3_stmt        *stmt,
                                 GError             **error);

/* Whether the row @id of @table (partner, contact, interaction, follow_up,
 * org_unit or staff) exists and, unless @include_deleted, is not deleted. */
gboolean  mz_row_exists         (MzStore             *store,
                                 const char          *table,
                                 const char          *id,
                                 gboolean             include_deleted,
                                 gboolean            *exists,
                                 GError             **error);

/* Today (UTC) as YYYY-MM-DD, moved by @days. */
char     *mz_row_date_today     (int                  days);

G_END_DECLS

/* mz-staff.c — people of the task force
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-staff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-json.h"
#include "mz-staff.h"

gboolean
mz_staff_ensure (MzStore     *store,
                 const char  *name,
                 const char  *unit_id,
                 char       **id_out,
                 GError     **error)
{
  g_autofree char *now = mz_store_now_iso ();
  g_autofree char *after = NULL;
  char id[MZ_ID_LEN + 1];
  char hlc[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  stmt = mz_store_prepare (store,
                           "SELECT id FROM staff WHERE name = ? AND unit_id IS ? "
                           "AND deleted_at IS NULL ORDER BY id LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, unit_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (id_out)
        *id_out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the staff list"));
      return FALSE;
    }

  stmt = mz_store_prepare (store,
                           "INSERT INTO staff (id, created_at, updated_at, updated_by, name, unit_id) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (store, id);
  mz_store_tick (store, hlc);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, mz_store_get_actor (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, unit_id, -1, SQLITE_STATIC);
  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  after = mz_json_object ("name", name, "unit_id", unit_id, NULL);
  if (!mz_store_audit (store, "staff", id, "insert", NULL, after, error))
    return FALSE;

  if (id_out)
    *id_out = g_strdup (id);
  return TRUE;
}

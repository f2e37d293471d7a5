/* mz-follow-up-count.c — how many open follow-ups are overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-follow-up-count"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "mz-follow-up-count.h"

gint64
mz_follow_up_count_overdue (MzStore     *store,
                            const char  *today,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (MZ_IS_STORE (store), -1);
  g_return_val_if_fail (today != NULL, -1);

  /* The same rows as the list of open follow-ups, counted. */
  stmt = mz_store_prepare (store,
                           "SELECT count(*) FROM follow_up f JOIN partner p ON p.id = f.partner_id "
                           "WHERE f.done_date IS NULL AND f.deleted_at IS NULL "
                           "AND p.deleted_at IS NULL AND f.due_date IS NOT NULL AND f.due_date < ?",
                           error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    mz_store_set_error (store, error, _("Cannot count the overdue follow-ups"));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return n;
}

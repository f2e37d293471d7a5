/* mz-stats.c — counts for the dashboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-stats"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-stats.h"

static gboolean
count_rows (MzStore     *store,
            const char  *sql,
            gint64      *out,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      mz_store_set_error (store, error, _("Cannot count the records"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
mz_stats_get_counts (MzStore        *store,
                     MzStatsCounts  *counts,
                     GError        **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  *counts = (MzStatsCounts) { 0 };

  return count_rows (store,
                     "SELECT count(*) FROM partner "
                     "WHERE deleted_at IS NULL AND merged_into IS NULL",
                     &counts->partners, error) &&
         count_rows (store,
                     "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
                     &counts->contacts, error) &&
         count_rows (store,
                     "SELECT count(*) FROM interaction WHERE deleted_at IS NULL",
                     &counts->interactions, error) &&
         count_rows (store,
                     "SELECT count(*) FROM follow_up "
                     "WHERE done_date IS NULL AND deleted_at IS NULL",
                     &counts->open_follow_ups, error) &&
         count_rows (store,
                     "SELECT count(*) FROM commitment WHERE deleted_at IS NULL",
                     &counts->commitments, error) &&
         count_rows (store,
                     "SELECT count(*) FROM inkind WHERE deleted_at IS NULL",
                     &counts->inkind, error) &&
         count_rows (store,
                     "SELECT count(*) FROM initiative WHERE deleted_at IS NULL",
                     &counts->initiatives, error) &&
         count_rows (store,
                     "SELECT count(*) FROM due_diligence WHERE deleted_at IS NULL",
                     &counts->due_diligence, error);
}

void
mz_stats_get_change_counters (MzStore *store,
                              gint64  *data_version,
                              gint64  *changes)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MZ_IS_STORE (store));

  /* data_version moves with other connections' commits, total_changes
   * with this connection's writes. */
  if (!count_rows (store, "PRAGMA data_version", data_version, &error))
    {
      g_debug ("Cannot read the data version: %s", error->message);
      *data_version = -1;
    }
  *changes = sqlite3_total_changes64 (mz_store_get_handle (store));
}

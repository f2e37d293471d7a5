/* mz-staff-list.c — the people of the task force, for choosers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-staff-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-row-util.h"
#include "mz-staff-list.h"

void
mz_staff_member_free (MzStaffMember *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->unit_id);
  g_free (entry->unit_code);
  g_free (entry);
}

GPtrArray *
mz_staff_list (MzStore  *store,
               GError  **error)
{
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_staff_member_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT s.id, s.name, s.unit_id, u.code FROM staff s "
                           "LEFT JOIN org_unit u ON u.id = s.unit_id "
                           "WHERE s.deleted_at IS NULL "
                           "ORDER BY u.code IS NULL, u.code, s.name COLLATE NOCASE, s.id",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzStaffMember *entry = g_new0 (MzStaffMember, 1);

      entry->id = mz_row_dup_column (stmt, 0);
      entry->name = mz_row_dup_column (stmt, 1);
      entry->unit_id = mz_row_dup_column (stmt, 2);
      entry->unit_code = mz_row_dup_column (stmt, 3);
      g_ptr_array_add (staff, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the staff list"));
      return NULL;
    }

  return g_steal_pointer (&staff);
}

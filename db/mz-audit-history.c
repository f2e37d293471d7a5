/* mz-audit-history.c — reading the append-only history (audit_log)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-audit-history"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-audit-entry-private.h"
#include "mz-audit-history.h"
#include "mz-row-util.h"

#define AUDIT_COLUMNS "id, at, office, user, table_name, row_id, action, before, after"

static GListModel *
list_from_statement (MzStore       *store,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_AUDIT_ENTRY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzAuditEntry *e = mz_audit_entry_new ();

      e->id = mz_row_dup_column (stmt, 0);
      e->at = mz_row_dup_column (stmt, 1);
      e->office = mz_row_dup_column (stmt, 2);
      e->user = mz_row_dup_column (stmt, 3);
      e->table_name = mz_row_dup_column (stmt, 4);
      e->row_id = mz_row_dup_column (stmt, 5);
      e->action = mz_row_dup_column (stmt, 6);
      e->before = mz_row_dup_column (stmt, 7);
      e->after = mz_row_dup_column (stmt, 8);
      g_ptr_array_add (rows, e);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the history"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
mz_audit_history_for_row (MzStore     *store,
                          const char  *table_name,
                          const char  *row_id,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = ? AND row_id = ? ORDER BY at",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, table_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row_id, -1, SQLITE_STATIC);
  return list_from_statement (store, stmt, error);
}

GListModel *
mz_audit_history_for_partner (MzStore     *store,
                              const char  *partner_id,
                              guint        limit,
                              GError     **error)
{
  sqlite3_stmt *stmt;

  /* Each branch is an index lookup on audit_log (table_name, row_id, at);
   * live and archived rows are looked up through their partial indexes. */
  stmt = mz_store_prepare (store,
                           "SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'partner' AND row_id = ?1 "
                           "UNION ALL SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'contact' AND row_id IN ("
                           "  SELECT id FROM contact WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "  UNION ALL SELECT id FROM contact WHERE partner_id = ?1 AND deleted_at IS NOT NULL) "
                           "UNION ALL SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'partner_relation' AND row_id IN ("
                           "  SELECT id FROM partner_relation WHERE from_partner_id = ?1 "
                           "  UNION ALL SELECT id FROM partner_relation WHERE to_partner_id = ?1) "
                           "UNION ALL SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'interaction' AND row_id IN ("
                           "  SELECT id FROM interaction WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "  UNION ALL SELECT id FROM interaction WHERE partner_id = ?1 AND deleted_at IS NOT NULL) "
                           "UNION ALL SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'interaction_contact' AND row_id IN ("
                           "  SELECT l.id FROM interaction_contact l WHERE l.interaction_id IN ("
                           "    SELECT id FROM interaction WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "    UNION ALL SELECT id FROM interaction WHERE partner_id = ?1 AND deleted_at IS NOT NULL)) "
                           "UNION ALL SELECT " AUDIT_COLUMNS " FROM audit_log "
                           "WHERE table_name = 'follow_up' AND row_id IN ("
                           "  SELECT id FROM follow_up WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "  UNION ALL SELECT id FROM follow_up WHERE partner_id = ?1 AND deleted_at IS NOT NULL) "
                           "ORDER BY 2 DESC LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  return list_from_statement (store, stmt, error);
}

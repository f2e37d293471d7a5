/* mz-partner-relation-store.c — the queries for typed links between partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-relation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-partner-relation-private.h"
#include "mz-partner-relation-store.h"
#include "mz-row-util.h"

gboolean
mz_partner_relation_store_insert (MzStore            *store,
                                  MzPartnerRelation  *r,
                                  GError            **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (r), FALSE);

  stmt = mz_store_prepare (store,
                           "INSERT INTO partner_relation (id, created_at, updated_at, updated_by, "
                           "from_partner_id, to_partner_id, kind, notes) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  sqlite3_bind_text (stmt, 5, r->from_partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, r->to_partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, r->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, r->notes, -1, SQLITE_STATIC);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  g_free (r->id);
  r->id = g_strdup (stamp.id);
  g_free (r->created_at);
  r->created_at = g_strdup (stamp.now);
  g_free (r->updated_at);
  r->updated_at = g_strdup (stamp.hlc);
  g_free (r->updated_by);
  r->updated_by = g_strdup (stamp.actor);
  return TRUE;
}

gboolean
mz_partner_relation_store_set_deleted (MzStore     *store,
                                       const char  *id,
                                       const char  *deleted_at,
                                       GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE partner_relation SET deleted_at = ?2, updated_at = ?3, "
                           "updated_by = ?4 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This link between partners no longer exists."), error);
}

gboolean
mz_partner_relation_store_exists (MzStore     *store,
                                  const char  *from_partner_id,
                                  const char  *to_partner_id,
                                  const char  *kind,
                                  gboolean    *exists,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT 1 FROM partner_relation WHERE from_partner_id = ? "
                           "AND to_partner_id = ? AND kind = ? AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, from_partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to_partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the links between partners"));
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

GListModel *
mz_partner_relation_store_list_for_partner (MzStore     *store,
                                            const char  *partner_id,
                                            GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_PARTNER_RELATION);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  /* Two index lookups (from, to), one list. */
  stmt = mz_store_prepare (store,
                           "SELECT r.id, r.created_at, r.updated_at, r.updated_by, r.from_partner_id, "
                           "r.to_partner_id, r.kind, r.notes, o.id, o.name, 1 FROM partner_relation r "
                           "JOIN partner o ON o.id = r.to_partner_id "
                           "WHERE r.from_partner_id = ?1 AND r.deleted_at IS NULL "
                           "UNION ALL "
                           "SELECT r.id, r.created_at, r.updated_at, r.updated_by, r.from_partner_id, "
                           "r.to_partner_id, r.kind, r.notes, o.id, o.name, 0 FROM partner_relation r "
                           "JOIN partner o ON o.id = r.from_partner_id "
                           "WHERE r.to_partner_id = ?1 AND r.deleted_at IS NULL "
                           "ORDER BY 7, 10 COLLATE NOCASE",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzPartnerRelation *r = mz_partner_relation_new ();

      r->id = mz_row_dup_column (stmt, 0);
      r->created_at = mz_row_dup_column (stmt, 1);
      r->updated_at = mz_row_dup_column (stmt, 2);
      r->updated_by = mz_row_dup_column (stmt, 3);
      r->from_partner_id = mz_row_dup_column (stmt, 4);
      r->to_partner_id = mz_row_dup_column (stmt, 5);
      r->kind = mz_row_dup_column (stmt, 6);
      r->notes = mz_row_dup_column (stmt, 7);
      r->other_partner_id = mz_row_dup_column (stmt, 8);
      r->other_partner_name = mz_row_dup_column (stmt, 9);
      r->outgoing = sqlite3_column_int (stmt, 10) != 0;
      g_ptr_array_add (rows, r);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the links between partners"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

char *
mz_partner_relation_store_row_json (MzStore     *store,
                                    const char  *id,
                                    GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('from_partner_id', from_partner_id, "
                           "'to_partner_id', to_partner_id, 'kind', kind, 'notes', notes, "
                           "'deleted_at', deleted_at, 'updated_at', updated_at) "
                           "FROM partner_relation WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

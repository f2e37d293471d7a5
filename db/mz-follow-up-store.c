/* mz-follow-up-store.c — the queries for follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-follow-up-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-follow-up-private.h"
#include "mz-follow-up-store.h"
#include "mz-row-util.h"

#define SELECT_FOLLOW_UP \
  "SELECT f.id, f.created_at, f.updated_at, f.updated_by, f.deleted_at, f.partner_id, " \
  "f.interaction_id, f.title, f.due_date, f.owner_id, f.done_date, s.name " \
  "FROM follow_up f LEFT JOIN staff s ON s.id = f.owner_id "

static MzFollowUp *
follow_up_from_row (sqlite3_stmt *stmt)
{
  MzFollowUp *f = mz_follow_up_new ();

  f->id = mz_row_dup_column (stmt, 0);
  f->created_at = mz_row_dup_column (stmt, 1);
  f->updated_at = mz_row_dup_column (stmt, 2);
  f->updated_by = mz_row_dup_column (stmt, 3);
  f->deleted_at = mz_row_dup_column (stmt, 4);
  f->partner_id = mz_row_dup_column (stmt, 5);
  f->interaction_id = mz_row_dup_column (stmt, 6);
  f->title = mz_row_dup_column (stmt, 7);
  f->due_date = mz_row_dup_column (stmt, 8);
  f->owner_id = mz_row_dup_column (stmt, 9);
  f->done_date = mz_row_dup_column (stmt, 10);
  f->owner_name = mz_row_dup_column (stmt, 11);
  return f;
}

static void
bind_editable (sqlite3_stmt *stmt,
               MzFollowUp   *f)
{
  sqlite3_bind_text (stmt, 5, f->partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, f->interaction_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, f->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, f->due_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, f->owner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, f->done_date, -1, SQLITE_STATIC);
}

static void
set_stamps (MzFollowUp       *f,
            const MzRowStamp *stamp,
            gboolean          created)
{
  mz_row_stamp_apply (stamp, created, &f->id, &f->created_at,
                      &f->updated_at, &f->updated_by);
}

gboolean
mz_follow_up_store_insert (MzStore     *store,
                           MzFollowUp  *follow_up,
                           GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_FOLLOW_UP (follow_up), FALSE);

  stmt = mz_store_prepare (store,
                           "INSERT INTO follow_up (id, created_at, updated_at, updated_by, partner_id, "
                           "interaction_id, title, due_date, owner_id, done_date) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  bind_editable (stmt, follow_up);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  set_stamps (follow_up, &stamp, TRUE);
  return TRUE;
}

gboolean
mz_follow_up_store_update (MzStore     *store,
                           MzFollowUp  *follow_up,
                           GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_FOLLOW_UP (follow_up), FALSE);

  stmt = mz_store_prepare (store,
                           "UPDATE follow_up SET updated_at = ?3, updated_by = ?4, partner_id = ?5, "
                           "interaction_id = ?6, title = ?7, due_date = ?8, owner_id = ?9, "
                           "done_date = ?10 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, follow_up->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);
  bind_editable (stmt, follow_up);

  if (!mz_store_step_done (store, stmt, error) ||
      !mz_row_check_changed (store, _("This follow-up no longer exists."), error))
    return FALSE;

  set_stamps (follow_up, &stamp, FALSE);
  return TRUE;
}

gboolean
mz_follow_up_store_set_deleted (MzStore     *store,
                                const char  *id,
                                const char  *deleted_at,
                                GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE follow_up SET deleted_at = ?2, updated_at = ?3, updated_by = ?4 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This follow-up no longer exists."), error);
}

MzFollowUp *
mz_follow_up_store_get (MzStore     *store,
                        const char  *id,
                        GError     **error)
{
  MzFollowUp *follow_up = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, SELECT_FOLLOW_UP "WHERE f.id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    follow_up = follow_up_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("This follow-up no longer exists."));
  else
    mz_store_set_error (store, error, _("Cannot read the follow-up"));
  sqlite3_reset (stmt);

  return follow_up;
}

GListModel *
mz_follow_up_store_list_for_partner (MzStore     *store,
                                     const char  *partner_id,
                                     gboolean     include_done,
                                     GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_FOLLOW_UP);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (include_done)
    stmt = mz_store_prepare (store,
                             SELECT_FOLLOW_UP "WHERE f.partner_id = ?1 AND f.deleted_at IS NULL "
                             "ORDER BY f.done_date IS NOT NULL, f.due_date IS NULL, f.due_date, f.id",
                             error);
  else
    stmt = mz_store_prepare (store,
                             SELECT_FOLLOW_UP "WHERE f.partner_id = ?1 AND f.deleted_at IS NULL "
                             "AND f.done_date IS NULL "
                             "ORDER BY f.due_date IS NULL, f.due_date, f.id",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, follow_up_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the follow-ups"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

char *
mz_follow_up_store_row_json (MzStore     *store,
                             const char  *id,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('partner_id', partner_id, "
                           "'interaction_id', interaction_id, 'title', title, 'due_date', due_date, "
                           "'owner_id', owner_id, 'done_date', done_date, 'deleted_at', deleted_at, "
                           "'updated_at', updated_at) FROM follow_up WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

/* mz-interaction-store.c — the queries for interactions and their contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-interaction-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-interaction-private.h"
#include "mz-interaction-store.h"
#include "mz-row-util.h"

static void
bind_editable (sqlite3_stmt  *stmt,
               MzInteraction *i)
{
  sqlite3_bind_text (stmt, 5, i->partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, i->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, i->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, i->unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, i->staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, i->subject, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, i->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, i->status ? i->status : "done", -1, SQLITE_STATIC);
}

static void
set_stamps (MzInteraction    *i,
            const MzRowStamp *stamp,
            gboolean          created)
{
  mz_row_stamp_apply (stamp, created, &i->id, &i->created_at,
                      &i->updated_at, &i->updated_by);
}

gboolean
mz_interaction_store_insert (MzStore        *store,
                             MzInteraction  *interaction,
                             GError        **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);

  stmt = mz_store_prepare (store,
                           "INSERT INTO interaction (id, created_at, updated_at, updated_by, "
                           "partner_id, kind, date, unit_id, staff_id, subject, notes, status) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  bind_editable (stmt, interaction);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  set_stamps (interaction, &stamp, TRUE);
  return TRUE;
}

gboolean
mz_interaction_store_update (MzStore        *store,
                             MzInteraction  *interaction,
                             GError        **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);

  stmt = mz_store_prepare (store,
                           "UPDATE interaction SET updated_at = ?3, updated_by = ?4, partner_id = ?5, "
                           "kind = ?6, date = ?7, unit_id = ?8, staff_id = ?9, subject = ?10, "
                           "notes = ?11, status = ?12 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, interaction->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);
  bind_editable (stmt, interaction);

  if (!mz_store_step_done (store, stmt, error) ||
      !mz_row_check_changed (store, _("This interaction no longer exists."), error))
    return FALSE;

  set_stamps (interaction, &stamp, FALSE);
  return TRUE;
}

gboolean
mz_interaction_store_set_deleted (MzStore     *store,
                                  const char  *id,
                                  const char  *deleted_at,
                                  GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE interaction SET deleted_at = ?2, updated_at = ?3, updated_by = ?4 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This interaction no longer exists."), error);
}

gboolean
mz_interaction_store_add_contact (MzStore     *store,
                                  const char  *interaction_id,
                                  const char  *contact_id,
                                  char         link_id[MZ_ID_LEN + 1],
                                  GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "INSERT INTO interaction_contact (id, created_at, updated_at, updated_by, "
                           "interaction_id, contact_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  sqlite3_bind_text (stmt, 5, interaction_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, contact_id, -1, SQLITE_STATIC);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  if (link_id != NULL)
    memcpy (link_id, stamp.id, MZ_ID_LEN + 1);
  return TRUE;
}

gboolean
mz_interaction_store_set_contacts (MzStore             *store,
                                   const char          *interaction_id,
                                   const char * const  *contact_ids,
                                   GPtrArray           *added,
                                   GPtrArray           *removed,
                                   GError             **error)
{
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT contact_id, id FROM interaction_contact "
                           "WHERE interaction_id = ? AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, interaction_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (current, mz_row_dup_column (stmt, 0), mz_row_dup_column (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the interaction’s contacts"));
      return FALSE;
    }

  for (guint i = 0; contact_ids != NULL && contact_ids[i] != NULL; i++)
    {
      char link_id[MZ_ID_LEN + 1];

      if (g_hash_table_remove (current, contact_ids[i]))
        continue;
      if (!mz_interaction_store_add_contact (store, interaction_id, contact_ids[i], link_id, error))
        return FALSE;
      if (added != NULL)
        g_ptr_array_add (added, g_strdup (link_id));
    }

  /* What is left in @current is no longer a participant. */
  g_hash_table_iter_init (&iter, current);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *deleted_at = mz_store_now_iso ();
      MzRowStamp stamp;

      stmt = mz_store_prepare (store,
                               "UPDATE interaction_contact SET deleted_at = ?2, updated_at = ?3, "
                               "updated_by = ?4 WHERE id = ?1",
                               error);
      if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);
      if (!mz_store_step_done (store, stmt, error))
        return FALSE;
      if (removed != NULL)
        g_ptr_array_add (removed, g_strdup (value));
    }

  return TRUE;
}

static char **
load_contact_ids (MzStore     *store,
                  const char  *interaction_id,
                  GError     **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  char **result;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT contact_id FROM interaction_contact "
                           "WHERE interaction_id = ? AND deleted_at IS NULL ORDER BY id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, interaction_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the interaction’s contacts"));
      return NULL;
    }

  result = g_strv_builder_end (ids);
  if (result[0] == NULL)
    g_clear_pointer (&result, g_strfreev);
  return result;
}

MzInteraction *
mz_interaction_store_get (MzStore     *store,
                          const char  *id,
                          GError     **error)
{
  g_autoptr(MzInteraction) i = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT i.id, i.created_at, i.updated_at, i.updated_by, i.deleted_at, "
                           "i.partner_id, i.kind, i.date, i.unit_id, i.staff_id, i.subject, i.notes, "
                           "i.status, u.code, s.name, p.name FROM interaction i "
                           "JOIN partner p ON p.id = i.partner_id "
                           "LEFT JOIN org_unit u ON u.id = i.unit_id "
                           "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      i = mz_interaction_new ();
      i->id = mz_row_dup_column (stmt, 0);
      i->created_at = mz_row_dup_column (stmt, 1);
      i->updated_at = mz_row_dup_column (stmt, 2);
      i->updated_by = mz_row_dup_column (stmt, 3);
      i->deleted_at = mz_row_dup_column (stmt, 4);
      i->partner_id = mz_row_dup_column (stmt, 5);
      i->kind = mz_row_dup_column (stmt, 6);
      i->date = mz_row_dup_column (stmt, 7);
      i->unit_id = mz_row_dup_column (stmt, 8);
      i->staff_id = mz_row_dup_column (stmt, 9);
      i->subject = mz_row_dup_column (stmt, 10);
      i->notes = mz_row_dup_column (stmt, 11);
      i->status = mz_row_dup_column (stmt, 12);
      i->unit_code = mz_row_dup_column (stmt, 13);
      i->staff_name = mz_row_dup_column (stmt, 14);
      i->partner_name = mz_row_dup_column (stmt, 15);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("This interaction no longer exists."));
  else
    mz_store_set_error (store, error, _("Cannot read the interaction"));
  sqlite3_reset (stmt);

  if (i == NULL)
    return NULL;

  i->contact_ids = load_contact_ids (store, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&i);
}

/* Rows of the lists: the columns a table of interactions shows. */
static GListModel *
list_from_statement (MzStore       *store,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_INTERACTION);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzInteraction *i = mz_interaction_new ();

      i->id = mz_row_dup_column (stmt, 0);
      i->partner_id = mz_row_dup_column (stmt, 1);
      i->kind = mz_row_dup_column (stmt, 2);
      i->date = mz_row_dup_column (stmt, 3);
      i->unit_id = mz_row_dup_column (stmt, 4);
      i->unit_code = mz_row_dup_column (stmt, 5);
      i->staff_id = mz_row_dup_column (stmt, 6);
      i->staff_name = mz_row_dup_column (stmt, 7);
      i->subject = mz_row_dup_column (stmt, 8);
      i->status = mz_row_dup_column (stmt, 9);
      g_ptr_array_add (rows, i);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the interactions"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

#define SELECT_LIST \
  "SELECT i.id, i.partner_id, i.kind, i.date, i.unit_id, u.code, i.staff_id, s.name, " \
  "i.subject, i.status FROM interaction i LEFT JOIN org_unit u ON u.id = i.unit_id " \
  "LEFT JOIN staff s ON s.id = i.staff_id "

GListModel *
mz_interaction_store_list_for_partner (MzStore     *store,
                                       const char  *partner_id,
                                       guint        limit,
                                       GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           SELECT_LIST "WHERE i.partner_id = ?1 AND i.deleted_at IS NULL "
                           "ORDER BY i.date DESC, i.id DESC LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  return list_from_statement (store, stmt, error);
}

GListModel *
mz_interaction_store_list_for_unit (MzStore     *store,
                                    const char  *unit_id,
                                    guint        limit,
                                    GError     **error)
{
  g_autoptr(GListModel) list = NULL;
  sqlite3_stmt *stmt;
  guint n;

  stmt = mz_store_prepare (store,
                           SELECT_LIST "WHERE i.unit_id = ?1 AND i.deleted_at IS NULL "
                           "ORDER BY i.date DESC LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  list = list_from_statement (store, stmt, error);
  if (list == NULL)
    return NULL;

  /* Partner names for the page, one primary-key lookup each. */
  stmt = mz_store_prepare (store, "SELECT name FROM partner WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(MzInteraction) i = g_list_model_get_item (list, k);

      sqlite3_bind_text (stmt, 1, i->partner_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        i->partner_name = mz_row_dup_column (stmt, 0);
      sqlite3_reset (stmt);
    }

  return g_steal_pointer (&list);
}

GListModel *
mz_interaction_store_coordination (MzStore     *store,
                                   const char  *partner_id,
                                   const char  *unit_id,
                                   const char  *since,
                                   GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           SELECT_LIST "WHERE i.partner_id = ?1 AND i.deleted_at IS NULL "
                           "AND i.date >= ?3 AND i.status <> 'cancelled' "
                           "AND (?2 IS NULL OR i.unit_id IS NULL OR i.unit_id <> ?2) "
                           "ORDER BY i.date DESC, i.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, since, -1, SQLITE_STATIC);
  return list_from_statement (store, stmt, error);
}

char *
mz_interaction_store_row_json (MzStore     *store,
                               const char  *id,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('partner_id', partner_id, 'kind', kind, 'date', date, "
                           "'unit_id', unit_id, 'staff_id', staff_id, 'subject', subject, "
                           "'notes', notes, 'status', status, 'deleted_at', deleted_at, "
                           "'updated_at', updated_at, 'contact_ids', "
                           "(SELECT json_group_array (contact_id) FROM interaction_contact l "
                           "WHERE l.interaction_id = interaction.id AND l.deleted_at IS NULL)) "
                           "FROM interaction WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

char *
mz_interaction_store_link_json (MzStore     *store,
                                const char  *link_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('interaction_id', interaction_id, "
                           "'contact_id', contact_id, 'deleted_at', deleted_at, "
                           "'updated_at', updated_at) FROM interaction_contact WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, link_id, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

gboolean
mz_interaction_store_count (MzStore   *store,
                            gint64    *count,
                            GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT count(*) FROM interaction WHERE deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    mz_store_set_error (store, error, _("Cannot read the interactions"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

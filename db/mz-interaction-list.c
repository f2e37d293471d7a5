/* mz-interaction-list.c — interactions for the Interactions table, a page
 * at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-interaction-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-interaction-list.h"
#include "mz-interaction-private.h"
#include "mz-row-util.h"

static int
progress_cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static const char *
order_by (MzInteractionSort sort)
{
  switch (sort)
    {
    case MZ_INTERACTION_SORT_KIND:
      return "i.kind";
    case MZ_INTERACTION_SORT_PARTNER:
      return "p.name COLLATE NOCASE";
    case MZ_INTERACTION_SORT_UNIT:
      return "u.code";
    case MZ_INTERACTION_SORT_STAFF:
      return "s.name COLLATE NOCASE";
    case MZ_INTERACTION_SORT_SUBJECT:
      return "i.subject COLLATE NOCASE";
    case MZ_INTERACTION_SORT_STATUS:
      return "i.status";
    case MZ_INTERACTION_SORT_DATE:
    default:
      return "i.date";
    }
}

/* %, _ and \ in @text match themselves. */
static char *
like_pattern (const char *text)
{
  GString *out = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

static char *
strv_to_json (const char * const *strv)
{
  char *json = mz_row_strv_to_json (strv);

  return json != NULL ? json : g_strdup ("[]");
}

GArray *
mz_interaction_list_rowids (MzStore                       *store,
                            const MzInteractionListQuery  *query,
                            GCancellable                  *cancellable,
                            GError                       **error)
{
  static const MzInteractionListQuery all = { .descending = TRUE };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  g_autofree char *partners_json = NULL;
  gboolean join_partner, join_unit, join_staff, search;
  const char *direction;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;

  search = query->partner_ids != NULL || (query->text != NULL && *query->text != '\0');
  join_partner = query->sort == MZ_INTERACTION_SORT_PARTNER;
  join_unit = query->sort == MZ_INTERACTION_SORT_UNIT;
  join_staff = query->sort == MZ_INTERACTION_SORT_STAFF;
  direction = query->descending ? "DESC" : "ASC";

  /* Assembled from constant fragments only; every value is bound. Joins
   * only for the column sorted by, so that the date order can walk its
   * index. */
  g_string_append (sql, "SELECT i.rowid FROM interaction i ");
  if (join_partner)
    g_string_append (sql, "LEFT JOIN partner p ON p.id = i.partner_id ");
  if (join_unit)
    g_string_append (sql, "LEFT JOIN org_unit u ON u.id = i.unit_id ");
  if (join_staff)
    g_string_append (sql, "LEFT JOIN staff s ON s.id = i.staff_id ");
  g_string_append (sql,
                   "WHERE i.deleted_at IS NULL "
                   "AND (?1 IS NULL OR i.kind = ?1) "
                   "AND (?2 IS NULL OR i.unit_id = ?2) "
                   "AND (?3 IS NULL OR i.status = ?3) "
                   "AND (?4 IS NULL OR i.date >= ?4) "
                   "AND (?5 IS NULL OR i.date <= ?5) ");
  if (search)
    g_string_append (sql,
                     "AND (i.partner_id IN (SELECT value FROM json_each (?6)) "
                     "OR (?7 IS NOT NULL AND i.subject LIKE ?7 ESCAPE '\\')) ");
  if (query->sort == MZ_INTERACTION_SORT_DATE)
    g_string_append_printf (sql, "ORDER BY i.date %s, i.rowid %s", direction, direction);
  else
    g_string_append_printf (sql, "ORDER BY %s %s, i.date DESC, i.rowid DESC",
                            order_by (query->sort), direction);

  stmt = mz_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, query->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, query->since, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, query->until, -1, SQLITE_STATIC);
  if (search)
    {
      partners_json = strv_to_json (query->partner_ids);
      if (query->text != NULL && *query->text != '\0')
        pattern = like_pattern (query->text);
      sqlite3_bind_text (stmt, 6, partners_json, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, pattern, -1, SQLITE_STATIC);
    }

  db = mz_store_get_handle (store);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, progress_cancelled_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (rowids, rowid);
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        mz_store_set_error (store, error, _("Cannot read the interactions"));
      return NULL;
    }

  return g_steal_pointer (&rowids);
}

GPtrArray *
mz_interaction_list_fetch (MzStore       *store,
                           const gint64  *rowids,
                           guint          n_rowids,
                           GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_rowids, g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT i.id, i.partner_id, p.name, i.kind, i.date, i.unit_id, u.code, "
                           "i.staff_id, s.name, i.subject, i.status FROM interaction i "
                           "LEFT JOIN partner p ON p.id = i.partner_id "
                           "LEFT JOIN org_unit u ON u.id = i.unit_id "
                           "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.rowid = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  for (guint n = 0; n < n_rowids; n++)
    {
      MzInteraction *i = mz_interaction_new ();
      int rc;

      sqlite3_bind_int64 (stmt, 1, rowids[n]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          i->id = mz_row_dup_column (stmt, 0);
          i->partner_id = mz_row_dup_column (stmt, 1);
          i->partner_name = mz_row_dup_column (stmt, 2);
          i->kind = mz_row_dup_column (stmt, 3);
          i->date = mz_row_dup_column (stmt, 4);
          i->unit_id = mz_row_dup_column (stmt, 5);
          i->unit_code = mz_row_dup_column (stmt, 6);
          i->staff_id = mz_row_dup_column (stmt, 7);
          i->staff_name = mz_row_dup_column (stmt, 8);
          i->subject = mz_row_dup_column (stmt, 9);
          i->status = mz_row_dup_column (stmt, 10);
        }
      sqlite3_reset (stmt);
      g_ptr_array_add (rows, i);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          mz_store_set_error (store, error, _("Cannot read the interactions"));
          return NULL;
        }
    }

  return g_steal_pointer (&rows);
}

/* mz-commitment-rows.c — audited updates and soft deletes of one row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-rows"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-commitment-rows.h"
#include "mz-json.h"

/* Identifiers end up in SQL text: only the caller's own lower-case names. */
static gboolean
is_identifier (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
check_identifiers (const char        *table,
                   const MzRowValue  *values,
                   gsize              n_values,
                   GError           **error)
{
  gboolean ok = is_identifier (table);

  for (gsize i = 0; ok && i < n_values; i++)
    ok = is_identifier (values[i].column);

  if (!ok)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                 _("Internal error: a row was to be saved under an invalid name. "
                   "Nothing was saved; please report this problem."));
  return ok;
}

static void
not_found (GError **error)
{
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
               _("The record no longer exists; another change may have removed it."));
}

char *
mz_rows_get_json (MzStore     *store,
                  const char  *table,
                  const char  *id,
                  GError     **error)
{
  g_autofree char *sql = NULL;
  GString *json;
  sqlite3_stmt *stmt;
  int rc;

  if (!check_identifiers (table, NULL, 0, error))
    return NULL;

  sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        not_found (error);
      else
        mz_store_set_error (store, error, _("Cannot read the database"));
      sqlite3_reset (stmt);
      return NULL;
    }

  json = g_string_new ("{");
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      mz_json_append_string (json, sqlite3_column_name (stmt, i));
      g_string_append_c (json, ':');
      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_INTEGER:
          g_string_append_printf (json, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_NULL:
          g_string_append (json, "null");
          break;
        default:
          mz_json_append_string (json, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }
  g_string_append_c (json, '}');
  sqlite3_reset (stmt);

  return g_string_free (json, FALSE);
}

static void
bind_value (sqlite3_stmt     *stmt,
            int               index,
            const MzRowValue *value)
{
  switch (value->kind)
    {
    case MZ_ROW_VALUE_TEXT:
      if (value->text != NULL)
        sqlite3_bind_text (stmt, index, value->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, index);
      break;
    case MZ_ROW_VALUE_INT:
      sqlite3_bind_int64 (stmt, index, value->integer);
      break;
    case MZ_ROW_VALUE_NULL:
    default:
      sqlite3_bind_null (stmt, index);
      break;
    }
}

/* UPDATE @table SET @values…, updated_at, updated_by [, deleted_at] WHERE
 * id = ? AND deleted_at IS NULL, with before and after images. */
static gboolean
update_row (MzStore           *store,
            const char        *table,
            const char        *id,
            const MzRowValue  *values,
            gsize              n_values,
            gboolean           delete,
            GError           **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = NULL;
  char hlc[MZ_CLOCK_LEN + 1];
  GString *sql;
  g_autofree char *sql_text = NULL;
  sqlite3_stmt *stmt;
  int index = 1;

  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  if (!check_identifiers (table, values, n_values, error))
    return FALSE;

  if (mz_store_get_actor (store) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them in Preferences before making changes."));
      return FALSE;
    }

  before = mz_rows_get_json (store, table, id, error);
  if (before == NULL)
    return FALSE;

  sql = g_string_new ("UPDATE ");
  g_string_append_printf (sql, "%s SET ", table);
  for (gsize i = 0; i < n_values; i++)
    g_string_append_printf (sql, "%s = ?, ", values[i].column);
  g_string_append (sql, "updated_at = ?, updated_by = ?");
  if (delete)
    g_string_append (sql, ", deleted_at = ?");
  g_string_append (sql, " WHERE id = ? AND deleted_at IS NULL");
  sql_text = g_string_free (sql, FALSE);

  stmt = mz_store_prepare (store, sql_text, error);
  if (stmt == NULL)
    return FALSE;

  mz_store_tick (store, hlc);
  now = mz_store_now_iso ();
  for (gsize i = 0; i < n_values; i++)
    bind_value (stmt, index++, &values[i]);
  sqlite3_bind_text (stmt, index++, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, index++, mz_store_get_actor (store), -1, SQLITE_TRANSIENT);
  if (delete)
    sqlite3_bind_text (stmt, index++, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, index, id, -1, SQLITE_TRANSIENT);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  if (sqlite3_changes (mz_store_get_handle (store)) == 0)
    {
      not_found (error);
      return FALSE;
    }

  after = mz_rows_get_json (store, table, id, error);
  if (after == NULL)
    return FALSE;

  return mz_store_audit (store, table, id, delete ? "delete" : "update", before, after, error);
}

gboolean
mz_rows_update (MzStore           *store,
                const char        *table,
                const char        *id,
                const MzRowValue  *values,
                gsize              n_values,
                GError           **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return update_row (store, table, id, values, n_values, FALSE, error);
}

gboolean
mz_rows_soft_delete (MzStore     *store,
                     const char  *table,
                     const char  *id,
                     GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return update_row (store, table, id, NULL, 0, TRUE, error);
}

/* mz-row-insert.c — insert one stamped, audited row into a synced table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-row-insert"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-store.h"
#include "mz-json.h"
#include "mz-row-insert.h"

/* Identifiers end up in SQL text, so they are restricted to what the schema
 * uses; they come from the caller's code, never from a user. */
static gboolean
is_identifier (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;

  for (const char *p = name; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_identifiers (const char        *table,
                   const MzRowValue  *values,
                   gsize              n_values,
                   GError           **error)
{
  if (!is_identifier (table))
    goto invalid;

  for (gsize i = 0; i < n_values; i++)
    {
      if (!is_identifier (values[i].column))
        goto invalid;
    }
  return TRUE;

invalid:
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
               _("Internal error: a row was to be saved under an invalid name. "
                 "Nothing was saved; please report this problem."));
  return FALSE;
}

static char *
build_insert_sql (const char       *table,
                  const MzRowValue *values,
                  gsize             n_values)
{
  GString *sql = g_string_new ("INSERT INTO ");

  g_string_append_printf (sql, "%s (id, created_at, updated_at, updated_by", table);
  for (gsize i = 0; i < n_values; i++)
    g_string_append_printf (sql, ", %s", values[i].column);
  g_string_append (sql, ") VALUES (?, ?, ?, ?");
  for (gsize i = 0; i < n_values; i++)
    g_string_append (sql, ", ?");
  g_string_append_c (sql, ')');

  return g_string_free (sql, FALSE);
}

/* audit_log is append-only, so personal data must never reach it: for
 * contacts the after-image names the personal fields that were set, as the
 * contact store does, instead of their values. */
static gboolean
is_personal (const char *table,
             const char *column)
{
  return g_str_equal (table, "contact") &&
         g_strv_contains ((const char * const *) mz_contact_personal_fields (), column);
}

static char *
build_after_json (const char       *table,
                  const MzRowValue *values,
                  gsize             n_values)
{
  GString *json = g_string_new ("{");
  g_autoptr(GString) personal = g_string_new (NULL);

  for (gsize i = 0; i < n_values; i++)
    {
      if (is_personal (table, values[i].column))
        {
          if (values[i].kind != MZ_ROW_VALUE_NULL &&
              (values[i].kind != MZ_ROW_VALUE_TEXT || values[i].text != NULL))
            {
              g_string_append_c (personal, personal->len ? ',' : '[');
              mz_json_append_string (personal, values[i].column);
            }
          continue;
        }

      if (json->len > 1)
        g_string_append_c (json, ',');
      mz_json_append_string (json, values[i].column);
      g_string_append_c (json, ':');
      switch (values[i].kind)
        {
        case MZ_ROW_VALUE_TEXT:
          mz_json_append_string (json, values[i].text);
          break;
        case MZ_ROW_VALUE_INT:
          g_string_append_printf (json, "%" G_GINT64_FORMAT, values[i].integer);
          break;
        case MZ_ROW_VALUE_NULL:
        default:
          g_string_append (json, "null");
          break;
        }
    }
  if (personal->len > 0)
    g_string_append_printf (json, "%s\"personal\":%s]", json->len > 1 ? "," : "", personal->str);
  g_string_append_c (json, '}');

  return g_string_free (json, FALSE);
}

gboolean
mz_row_insert (MzStore           *store,
               const char        *table,
               const MzRowValue  *values,
               gsize              n_values,
               char              *id_out,
               GError           **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = mz_store_now_iso ();
  char id[MZ_ID_LEN + 1];
  char hlc[MZ_CLOCK_LEN + 1];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);
  g_return_val_if_fail (values != NULL || n_values == 0, FALSE);

  if (!check_identifiers (table, values, n_values, error))
    return FALSE;

  if (mz_store_get_actor (store) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them in Preferences before making changes."));
      return FALSE;
    }

  sql = build_insert_sql (table, values, n_values);
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  mz_store_new_id (store, id);
  mz_store_tick (store, hlc);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hlc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, mz_store_get_actor (store), -1, SQLITE_TRANSIENT);
  for (gsize i = 0; i < n_values; i++)
    {
      int index = 5 + (int) i;

      switch (values[i].kind)
        {
        case MZ_ROW_VALUE_TEXT:
          if (values[i].text != NULL)
            sqlite3_bind_text (stmt, index, values[i].text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, index);
          break;
        case MZ_ROW_VALUE_INT:
          sqlite3_bind_int64 (stmt, index, values[i].integer);
          break;
        case MZ_ROW_VALUE_NULL:
        default:
          sqlite3_bind_null (stmt, index);
          break;
        }
    }

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  after = build_after_json (table, values, n_values);
  if (!mz_store_audit (store, table, id, "insert", NULL, after, error))
    return FALSE;

  if (id_out != NULL)
    memcpy (id_out, id, MZ_ID_LEN + 1);
  return TRUE;
}

gboolean
mz_row_count (MzStore     *store,
              const char  *table,
              gint64      *count,
              GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!check_identifiers (table, NULL, 0, error))
    return FALSE;

  sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      mz_store_set_error (store, error, _("Cannot read the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

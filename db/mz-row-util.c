/* mz-row-util.c — small helpers shared by the CRM queries of db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-row-util"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-json.h"
#include "mz-row-util.h"

gboolean
mz_row_stamp (MzStore     *store,
              gboolean     new_id,
              MzRowStamp  *stamp,
              GError     **error)
{
  g_autofree char *now = NULL;

  stamp->actor = mz_store_get_actor (store);
  if (stamp->actor == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them in Preferences before making changes."));
      return FALSE;
    }

  if (new_id)
    mz_store_new_id (store, stamp->id);
  else
    stamp->id[0] = '\0';
  mz_store_tick (store, stamp->hlc);
  now = mz_store_now_iso ();
  g_strlcpy (stamp->now, now, sizeof stamp->now);
  return TRUE;
}

char *
mz_row_strv_to_json (const char * const *strv)
{
  GString *out;

  if (strv == NULL || strv[0] == NULL)
    return NULL;

  out = g_string_new ("[");
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      mz_json_append_string (out, strv[i]);
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

static const char *
skip_space (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Parses one JSON string literal at @p (on the opening quote); returns the
 * position after it, or NULL if malformed. */
static const char *
parse_string (const char  *p,
              GString     *out)
{
  p++;
  while (*p != '"')
    {
      if (*p == '\0')
        return NULL;
      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      p++;
      switch (*p)
        {
        case '"': case '\\': case '/':
          g_string_append_c (out, *p);
          break;
        case 'b':
          g_string_append_c (out, '\b');
          break;
        case 'f':
          g_string_append_c (out, '\f');
          break;
        case 'n':
          g_string_append_c (out, '\n');
          break;
        case 'r':
          g_string_append_c (out, '\r');
          break;
        case 't':
          g_string_append_c (out, '\t');
          break;
        case 'u':
          {
            int c = hex4 (p + 1);

            if (c < 0)
              return NULL;
            p += 4;
            if (c >= 0xd800 && c < 0xdc00 && p[1] == '\\' && p[2] == 'u')
              {
                int low = hex4 (p + 3);

                if (low >= 0xdc00 && low < 0xe000)
                  {
                    c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                    p += 6;
                  }
              }
            if (c >= 0xd800 && c < 0xe000)
              c = 0xfffd;
            g_string_append_unichar (out, c);
          }
          break;
        default:
          return NULL;
        }
      p++;
    }

  return p + 1;
}

/* Skips one JSON value that is not a string (number, literal, nested
 * array or object); good enough for tolerant reading. */
static const char *
skip_value (const char *p)
{
  int depth = 0;

  for (; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          g_autoptr(GString) ignored = g_string_new (NULL);

          p = parse_string (p, ignored);
          if (p == NULL)
            return NULL;
          p--;
        }
      else if (*p == '[' || *p == '{')
        depth++;
      else if (*p == ']' || *p == '}')
        {
          if (depth == 0)
            return p;
          depth--;
        }
      else if (*p == ',' && depth == 0)
        return p;
    }

  return NULL;
}

char **
mz_row_json_to_strv (const char *json)
{
  g_autoptr(GPtrArray) items = NULL;
  const char *p;

  if (json == NULL)
    return NULL;

  p = skip_space (json);
  if (*p != '[')
    return NULL;

  items = g_ptr_array_new_with_free_func (g_free);
  p = skip_space (p + 1);
  while (*p != ']')
    {
      if (*p == '"')
        {
          GString *item = g_string_new (NULL);

          p = parse_string (p, item);
          if (p == NULL)
            {
              g_string_free (item, TRUE);
              break;
            }
          g_ptr_array_add (items, g_string_free (item, FALSE));
        }
      else
        {
          p = skip_value (p);
          if (p == NULL)
            break;
        }

      p = skip_space (p);
      if (*p == ',')
        p = skip_space (p + 1);
      else if (*p != ']')
        break;
    }

  if (items->len == 0)
    return NULL;

  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}

char *
mz_row_dup_column (sqlite3_stmt *stmt,
                   int           column)
{
  const void *bytes;
  int length;

  /* sqlite3_column_text() copies every value to add its terminating NUL;
   * the blob view of the same UTF-8 text does not. Lists of 20,000 rows
   * feel the difference. */
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  bytes = sqlite3_column_blob (stmt, column);
  length = sqlite3_column_bytes (stmt, column);
  return length > 0 ? g_strndup (bytes, length) : g_strdup ("");
}

gboolean
mz_row_check_changed (MzStore     *store,
                      const char  *message,
                      GError     **error)
{
  if (sqlite3_changes (mz_store_get_handle (store)) > 0)
    return TRUE;

  g_set_error_literal (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

char *
mz_row_step_json (MzStore       *store,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  char *json = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    json = mz_row_dup_column (stmt, 0);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                         _("The row to record in the history no longer exists."));
  else
    mz_store_set_error (store, error, _("Cannot read the database"));
  sqlite3_reset (stmt);

  return json;
}

gboolean
mz_row_exists (MzStore     *store,
               const char  *table,
               const char  *id,
               gboolean     include_deleted,
               gboolean    *exists,
               GError     **error)
{
  static const char * const tables[] = {
    "partner", "contact", "interaction", "follow_up", "org_unit", "staff", NULL
  };
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* The table name is one of ours, never user text. */
  g_return_val_if_fail (g_strv_contains (tables, table), FALSE);

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1 AND (?2 OR deleted_at IS NULL)", table);
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, include_deleted);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the database"));
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

char *
mz_row_date_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

void
mz_row_stamp_apply (const MzRowStamp  *stamp,
                    gboolean           created,
                    char             **id,
                    char             **created_at,
                    char             **updated_at,
                    char             **updated_by)
{
  if (created)
    {
      g_free (*id);
      *id = g_strdup (stamp->id);
      g_free (*created_at);
      *created_at = g_strdup (stamp->now);
    }
  g_free (*updated_at);
  *updated_at = g_strdup (stamp->hlc);
  g_free (*updated_by);
  *updated_by = g_strdup (stamp->actor);
}

void
mz_row_stamp_bind_insert (sqlite3_stmt     *stmt,
                          const MzRowStamp *stamp)
{
  sqlite3_bind_text (stmt, 1, stamp->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, stamp->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp->hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp->actor, -1, SQLITE_STATIC);
}

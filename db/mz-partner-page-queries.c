/* mz-partner-page-queries.c — small lookups for the partner list, page and
 * editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-page-queries"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-partner-page-queries.h"
#include "mz-row-util.h"

void
mz_staff_entry_free (MzStaffEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->unit_code);
  g_free (entry);
}

void
mz_field_change_free (MzFieldChange *change)
{
  if (change == NULL)
    return;

  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

GPtrArray *
mz_partner_page_list_staff (MzStore  *store,
                            GError  **error)
{
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_staff_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT s.id, s.name, u.code FROM staff s "
                           "LEFT JOIN org_unit u ON u.id = s.unit_id "
                           "WHERE s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE, s.id",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzStaffEntry *entry = g_new0 (MzStaffEntry, 1);

      entry->id = mz_row_dup_column (stmt, 0);
      entry->name = mz_row_dup_column (stmt, 1);
      entry->unit_code = mz_row_dup_column (stmt, 2);
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

char **
mz_partner_page_list_tags (MzStore  *store,
                           GError  **error)
{
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT DISTINCT j.value FROM partner p, "
                           "json_each (CASE WHEN json_valid (p.tags) THEN p.tags ELSE '[]' END) j "
                           "WHERE p.deleted_at IS NULL AND p.tags IS NOT NULL "
                           "AND j.type = 'text' ORDER BY j.value COLLATE NOCASE",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (tags, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partners’ tags"));
      return NULL;
    }

  return g_strv_builder_end (tags);
}

GPtrArray *
mz_partner_page_json_changes (MzStore     *store,
                              const char  *before,
                              const char  *after,
                              GError     **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_field_change_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  /* Values are compared as JSON texts (json_quote keeps 1 and "1"
   * apart) and given back for display: texts and numbers as they are,
   * arrays as their members joined by ", ", null as NULL. Members missing
   * on one side count as changed. */
  stmt = mz_store_prepare (store,
                           "WITH b (k, v, t, q) AS (SELECT key, value, type, json_quote (value) FROM json_each ("
                           "    CASE WHEN json_valid (?1) AND json_type (?1) = 'object' THEN ?1 ELSE '{}' END)), "
                           "  a (k, v, t, q, o) AS (SELECT key, value, type, json_quote (value), id FROM json_each ("
                           "    CASE WHEN json_valid (?2) AND json_type (?2) = 'object' THEN ?2 ELSE '{}' END)) "
                           "SELECT a.k, "
                           "  CASE b.t WHEN 'array' THEN (SELECT group_concat (value, ', ') FROM json_each (b.v)) "
                           "    WHEN 'object' THEN NULL ELSE b.v END, "
                           "  CASE a.t WHEN 'array' THEN (SELECT group_concat (value, ', ') FROM json_each (a.v)) "
                           "    WHEN 'object' THEN NULL ELSE a.v END, "
                           "  0 AS side, a.o AS ord FROM a LEFT JOIN b ON b.k = a.k WHERE b.q IS NOT a.q "
                           "UNION ALL "
                           "SELECT b.k, "
                           "  CASE b.t WHEN 'array' THEN (SELECT group_concat (value, ', ') FROM json_each (b.v)) "
                           "    WHEN 'object' THEN NULL ELSE b.v END, "
                           "  NULL, 1, 0 FROM b WHERE b.k NOT IN (SELECT k FROM a) "
                           "ORDER BY side, ord",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, before, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, after, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzFieldChange *change = g_new0 (MzFieldChange, 1);

      change->field = mz_row_dup_column (stmt, 0);
      change->before = mz_row_dup_column (stmt, 1);
      change->after = mz_row_dup_column (stmt, 2);
      g_ptr_array_add (changes, change);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the history"));
      return NULL;
    }

  return g_steal_pointer (&changes);
}

gboolean
mz_partner_page_limit_cache (MzStore  *store,
                             guint     kib,
                             GError  **error)
{
  /* PRAGMA takes no parameters; the value is a number made here. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = -%u", kib);

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  return mz_store_exec (store, sql, error);
}

/* mz-commitment-bulk.c — rows of the money tables written in bulk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-bulk"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-bulk.h"
#include "mz-row-util.h"

static const char * const tables[] = {
  "commitment", "allocation", "instalment", "payment", "payment_instalment",
  "report_obligation", "inkind", "initiative", "exchange_rate", NULL
};

static gboolean
is_column (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
mz_commitment_bulk_insert (MzStore           *store,
                           const char        *table,
                           const MzRowValue  *values,
                           gsize              n_values,
                           char              *id_out,
                           GError           **error)
{
  char sql[1024];
  gsize len;
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  /* Table and columns are the caller's constants. */
  g_return_val_if_fail (g_strv_contains (tables, table), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  len = g_snprintf (sql, sizeof sql, "INSERT INTO %s (id, created_at, updated_at, updated_by", table);
  for (gsize i = 0; i < n_values; i++)
    {
      g_return_val_if_fail (is_column (values[i].column), FALSE);
      len += g_snprintf (sql + len, sizeof sql - len, ", %s", values[i].column);
    }
  len += g_snprintf (sql + len, sizeof sql - len, ") VALUES (?, ?, ?, ?");
  for (gsize i = 0; i < n_values; i++)
    len += g_snprintf (sql + len, sizeof sql - len, ", ?");
  g_snprintf (sql + len, sizeof sql - len, ")");
  g_return_val_if_fail (len + 2 < sizeof sql, FALSE);

  if (!mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  for (gsize i = 0; i < n_values; i++)
    {
      int index = 5 + (int) i;

      switch (values[i].kind)
        {
        case MZ_ROW_VALUE_TEXT:
          if (values[i].text != NULL)
            sqlite3_bind_text (stmt, index, values[i].text, -1, SQLITE_STATIC);
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

  if (id_out != NULL)
    memcpy (id_out, stamp.id, MZ_ID_LEN + 1);
  return TRUE;
}

GPtrArray *
mz_commitment_bulk_partner_ids (MzStore  *store,
                                GError  **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT id FROM partner WHERE deleted_at IS NULL ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, mz_row_dup_column (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partners"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

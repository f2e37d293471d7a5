/* mz-instalment-store.c — the instalments of a commitment's schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-instalment-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-commitment-rows.h"
#include "mz-instalment-store.h"
#include "mz-row-insert.h"

void
mz_instalment_clear (MzInstalment *instalment)
{
  g_clear_pointer (&instalment->id, g_free);
}

GArray *
mz_instalment_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (MzInstalment));

  g_array_set_clear_func (array, (GDestroyNotify) mz_instalment_clear);
  return array;
}

GArray *
mz_instalment_array_copy (const GArray *instalments)
{
  GArray *copy = mz_instalment_array_new ();

  g_return_val_if_fail (instalments != NULL, copy);

  for (guint i = 0; i < instalments->len; i++)
    {
      MzInstalment item = g_array_index (instalments, MzInstalment, i);

      item.id = g_strdup (item.id);
      g_array_append_val (copy, item);
    }
  return copy;
}

GArray *
mz_instalment_store_list (MzStore     *store,
                          const char  *commitment_id,
                          GError     **error)
{
  g_autoptr(GArray) items = mz_instalment_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT i.id, i.due_date, i.amount, i.written_off_amount, i.status, "
                           "  (SELECT coalesce (sum (pi.amount), 0) FROM payment_instalment pi "
                           "   JOIN payment p ON p.id = pi.payment_id AND p.deleted_at IS NULL "
                           "   WHERE pi.instalment_id = i.id AND pi.deleted_at IS NULL) "
                           "FROM instalment i WHERE i.commitment_id = ? AND i.deleted_at IS NULL "
                           "ORDER BY i.due_date, i.created_at, i.id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzInstalment item = { 0 };

      item.id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_strlcpy (item.due_date, (const char *) sqlite3_column_text (stmt, 1), sizeof item.due_date);
      item.amount = sqlite3_column_int64 (stmt, 2);
      item.written_off = sqlite3_column_int64 (stmt, 3);
      g_strlcpy (item.status, (const char *) sqlite3_column_text (stmt, 4), sizeof item.status);
      item.received = sqlite3_column_int64 (stmt, 5);
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the instalments"));
      return NULL;
    }
  return g_steal_pointer (&items);
}

gboolean
mz_instalment_store_insert (MzStore       *store,
                            const char    *commitment_id,
                            MzInstalment  *instalment,
                            GError       **error)
{
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("commitment_id", commitment_id),
    MZ_ROW_TEXT ("due_date", instalment->due_date),
    MZ_ROW_INT ("amount", instalment->amount),
    MZ_ROW_INT ("written_off_amount", instalment->written_off),
    MZ_ROW_TEXT ("status", instalment->status[0] ? instalment->status : "scheduled"),
  };

  if (!mz_row_insert (store, "instalment", values, G_N_ELEMENTS (values), id, error))
    return FALSE;

  g_free (instalment->id);
  instalment->id = g_strdup (id);
  return TRUE;
}

gboolean
mz_instalment_store_update (MzStore             *store,
                            const MzInstalment  *instalment,
                            GError             **error)
{
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("due_date", instalment->due_date),
    MZ_ROW_INT ("amount", instalment->amount),
    MZ_ROW_INT ("written_off_amount", instalment->written_off),
    MZ_ROW_TEXT ("status", instalment->status[0] ? instalment->status : "scheduled"),
  };

  g_return_val_if_fail (instalment->id != NULL, FALSE);

  return mz_rows_update (store, "instalment", instalment->id, values, G_N_ELEMENTS (values), error);
}

gboolean
mz_instalment_store_remove (MzStore     *store,
                            const char  *instalment_id,
                            GError     **error)
{
  return mz_rows_soft_delete (store, "instalment", instalment_id, error);
}

gboolean
mz_instalment_store_set_status (MzStore     *store,
                                const char  *instalment_id,
                                const char  *status,
                                GError     **error)
{
  const MzRowValue values[] = { MZ_ROW_TEXT ("status", status) };

  return mz_rows_update (store, "instalment", instalment_id, values, 1, error);
}

/* mz-inkind-store.c — in-kind contributions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-inkind-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-commitment-rows.h"
#include "mz-inkind-store.h"
#include "mz-row-insert.h"
#include "mz-row-util.h"

#define COLUMNS \
  "id, partner_id, commitment_id, kind, description, unit_id, initiative_id, start_date, end_date, " \
  "quantity_milli, quantity_unit, fair_value, currency, rate_micro, chf_rate_micro, fair_value_chf, " \
  "valuation_basis, deleted_at"

#define N_VALUES 16

MzInkind *
mz_inkind_new (void)
{
  MzInkind *self = g_new0 (MzInkind, 1);

  self->quantity_milli = -1;
  return self;
}

void
mz_inkind_free (MzInkind *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->partner_id);
  g_free (self->commitment_id);
  g_free (self->kind);
  g_free (self->description);
  g_free (self->unit_id);
  g_free (self->initiative_id);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->quantity_unit);
  g_free (self->currency);
  g_free (self->valuation_basis);
  g_free (self->deleted_at);
  g_free (self);
}

static gsize
values_of (const MzInkind *k,
           MzRowValue      values[N_VALUES])
{
  gsize n = 0;

  values[n++] = MZ_ROW_TEXT ("partner_id", k->partner_id);
  values[n++] = MZ_ROW_TEXT ("commitment_id", k->commitment_id);
  values[n++] = MZ_ROW_TEXT ("kind", k->kind);
  values[n++] = MZ_ROW_TEXT ("description", k->description);
  values[n++] = MZ_ROW_TEXT ("unit_id", k->unit_id);
  values[n++] = MZ_ROW_TEXT ("initiative_id", k->initiative_id);
  values[n++] = MZ_ROW_TEXT ("start_date", k->start_date);
  values[n++] = MZ_ROW_TEXT ("end_date", k->end_date);
  values[n++] = k->quantity_milli < 0 ? MZ_ROW_NULL ("quantity_milli") : MZ_ROW_INT ("quantity_milli", k->quantity_milli);
  values[n++] = MZ_ROW_TEXT ("quantity_unit", k->quantity_unit);
  values[n++] = MZ_ROW_INT ("fair_value", k->fair_value);
  values[n++] = MZ_ROW_TEXT ("currency", k->currency);
  values[n++] = MZ_ROW_INT ("rate_micro", k->rate_micro);
  values[n++] = MZ_ROW_INT ("chf_rate_micro", k->chf_rate_micro);
  values[n++] = MZ_ROW_INT ("fair_value_chf", k->fair_value_chf);
  values[n++] = MZ_ROW_TEXT ("valuation_basis", k->valuation_basis);
  return n;
}

gboolean
mz_inkind_store_insert (MzStore   *store,
                        MzInkind  *inkind,
                        GError   **error)
{
  MzRowValue values[N_VALUES];
  char id[MZ_ID_LEN + 1];
  gsize n = values_of (inkind, values);

  if (!mz_row_insert (store, "inkind", values, n, id, error))
    return FALSE;
  g_free (inkind->id);
  inkind->id = g_strdup (id);
  return TRUE;
}

gboolean
mz_inkind_store_update (MzStore         *store,
                        const MzInkind  *inkind,
                        GError         **error)
{
  MzRowValue values[N_VALUES];
  gsize n = values_of (inkind, values);

  return mz_rows_update (store, "inkind", inkind->id, values, n, error);
}

gboolean
mz_inkind_store_archive (MzStore     *store,
                         const char  *id,
                         GError     **error)
{
  return mz_rows_soft_delete (store, "inkind", id, error);
}

static gint64
column_int (sqlite3_stmt *stmt,
            int           column,
            gint64        none)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? none : sqlite3_column_int64 (stmt, column);
}

static MzInkind *
read_row (sqlite3_stmt *stmt)
{
  MzInkind *k = mz_inkind_new ();
  int i = 0;

  k->id = mz_row_dup_column (stmt, i++);
  k->partner_id = mz_row_dup_column (stmt, i++);
  k->commitment_id = mz_row_dup_column (stmt, i++);
  k->kind = mz_row_dup_column (stmt, i++);
  k->description = mz_row_dup_column (stmt, i++);
  k->unit_id = mz_row_dup_column (stmt, i++);
  k->initiative_id = mz_row_dup_column (stmt, i++);
  k->start_date = mz_row_dup_column (stmt, i++);
  k->end_date = mz_row_dup_column (stmt, i++);
  k->quantity_milli = column_int (stmt, i++, -1);
  k->quantity_unit = mz_row_dup_column (stmt, i++);
  k->fair_value = column_int (stmt, i++, 0);
  k->currency = mz_row_dup_column (stmt, i++);
  k->rate_micro = column_int (stmt, i++, 0);
  k->chf_rate_micro = column_int (stmt, i++, 0);
  k->fair_value_chf = column_int (stmt, i++, 0);
  k->valuation_basis = mz_row_dup_column (stmt, i++);
  k->deleted_at = mz_row_dup_column (stmt, i++);
  return k;
}

MzInkind *
mz_inkind_store_get (MzStore     *store,
                     const char  *id,
                     GError     **error)
{
  MzInkind *k = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT " COLUMNS " FROM inkind WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    k = read_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The in-kind contribution no longer exists; another change may have removed it."));
  else
    mz_store_set_error (store, error, _("Cannot read the in-kind contribution"));
  sqlite3_reset (stmt);
  return k;
}

GPtrArray *
mz_inkind_store_list (MzStore     *store,
                      const char  *partner_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_inkind_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT " COLUMNS " FROM inkind WHERE deleted_at IS NULL "
                           "AND (?1 IS NULL OR partner_id = ?1) ORDER BY start_date DESC, description",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the in-kind contributions"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

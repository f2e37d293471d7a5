/* mz-initiative-store.c — thematic initiatives and priority areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-initiative-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-commitment-rows.h"
#include "mz-initiative-store.h"
#include "mz-row-insert.h"
#include "mz-row-util.h"

#define COLUMNS \
  "id, parent_id, name, kind, lead_unit_id, start_date, end_date, target_chf, description, " \
  "pillar_data, pillar_convening, pillar_policy, pillar_standards, pillar_projects, deleted_at"

#define N_VALUES 13

MzInitiative *
mz_initiative_new (void)
{
  MzInitiative *self = g_new0 (MzInitiative, 1);

  self->target_chf = -1;
  return self;
}

void
mz_initiative_free (MzInitiative *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->parent_id);
  g_free (self->name);
  g_free (self->kind);
  g_free (self->lead_unit_id);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->description);
  for (guint i = 0; i < G_N_ELEMENTS (self->pillars); i++)
    g_free (self->pillars[i]);
  g_free (self->deleted_at);
  g_free (self);
}

static gsize
values_of (const MzInitiative *in,
           MzRowValue          values[N_VALUES])
{
  gsize n = 0;

  values[n++] = MZ_ROW_TEXT ("parent_id", in->parent_id);
  values[n++] = MZ_ROW_TEXT ("name", in->name);
  values[n++] = MZ_ROW_TEXT ("kind", in->kind);
  values[n++] = MZ_ROW_TEXT ("lead_unit_id", in->lead_unit_id);
  values[n++] = MZ_ROW_TEXT ("start_date", in->start_date);
  values[n++] = MZ_ROW_TEXT ("end_date", in->end_date);
  values[n++] = in->target_chf < 0 ? MZ_ROW_NULL ("target_chf") : MZ_ROW_INT ("target_chf", in->target_chf);
  values[n++] = MZ_ROW_TEXT ("description", in->description);
  values[n++] = MZ_ROW_TEXT ("pillar_data", in->pillars[0]);
  values[n++] = MZ_ROW_TEXT ("pillar_convening", in->pillars[1]);
  values[n++] = MZ_ROW_TEXT ("pillar_policy", in->pillars[2]);
  values[n++] = MZ_ROW_TEXT ("pillar_standards", in->pillars[3]);
  values[n++] = MZ_ROW_TEXT ("pillar_projects", in->pillars[4]);
  return n;
}

gboolean
mz_initiative_store_insert (MzStore       *store,
                            MzInitiative  *initiative,
                            GError       **error)
{
  MzRowValue values[N_VALUES];
  char id[MZ_ID_LEN + 1];
  gsize n = values_of (initiative, values);

  if (!mz_row_insert (store, "initiative", values, n, id, error))
    return FALSE;
  g_free (initiative->id);
  initiative->id = g_strdup (id);
  return TRUE;
}

gboolean
mz_initiative_store_update (MzStore             *store,
                            const MzInitiative  *initiative,
                            GError             **error)
{
  MzRowValue values[N_VALUES];
  gsize n = values_of (initiative, values);

  return mz_rows_update (store, "initiative", initiative->id, values, n, error);
}

gboolean
mz_initiative_store_archive (MzStore     *store,
                             const char  *id,
                             GError     **error)
{
  return mz_rows_soft_delete (store, "initiative", id, error);
}

static MzInitiative *
read_row (sqlite3_stmt *stmt)
{
  MzInitiative *in = mz_initiative_new ();
  int i = 0;

  in->id = mz_row_dup_column (stmt, i++);
  in->parent_id = mz_row_dup_column (stmt, i++);
  in->name = mz_row_dup_column (stmt, i++);
  in->kind = mz_row_dup_column (stmt, i++);
  in->lead_unit_id = mz_row_dup_column (stmt, i++);
  in->start_date = mz_row_dup_column (stmt, i++);
  in->end_date = mz_row_dup_column (stmt, i++);
  in->target_chf = sqlite3_column_type (stmt, i) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, i);
  i++;
  in->description = mz_row_dup_column (stmt, i++);
  for (guint p = 0; p < G_N_ELEMENTS (in->pillars); p++)
    in->pillars[p] = mz_row_dup_column (stmt, i++);
  in->deleted_at = mz_row_dup_column (stmt, i++);
  return in;
}

MzInitiative *
mz_initiative_store_get (MzStore     *store,
                         const char  *id,
                         GError     **error)
{
  MzInitiative *in = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT " COLUMNS " FROM initiative WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    in = read_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The initiative no longer exists; another change may have removed it."));
  else
    mz_store_set_error (store, error, _("Cannot read the initiative"));
  sqlite3_reset (stmt);
  return in;
}

GPtrArray *
mz_initiative_store_list (MzStore  *store,
                          GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_initiative_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT " COLUMNS " FROM initiative WHERE deleted_at IS NULL "
                           "ORDER BY name COLLATE NOCASE",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the initiatives"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* mz-partner-merge-store.c — moving what points to a partner onto another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-merge-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-json.h"
#include "mz-partner-merge-store.h"
#include "mz-row-util.h"

/* The simple references: one column pointing to a partner. Relations have
 * two and are handled on their own. Table and column names are constants,
 * never user text. */
static const struct
{
  MzMergeKind  kind;
  const char  *table;
  const char  *column;
} references[] = {
  { MZ_MERGE_CONTACTS, "contact", "partner_id" },
  { MZ_MERGE_INTERACTIONS, "interaction", "partner_id" },
  { MZ_MERGE_FOLLOW_UPS, "follow_up", "partner_id" },
  { MZ_MERGE_COMMITMENTS, "commitment", "donor_partner_id" },
  { MZ_MERGE_PAID_COMMITMENTS, "commitment", "payer_partner_id" },
  { MZ_MERGE_INKIND, "inkind", "partner_id" },
  { MZ_MERGE_DUE_DILIGENCE, "due_diligence", "partner_id" },
  { MZ_MERGE_ASSESSMENTS, "assessment", "partner_id" },
  { MZ_MERGE_MERGED_PARTNERS, "partner", "merged_into" },
};

static gboolean
query_count (MzStore     *store,
             const char  *sql,
             const char  *id,
             guint       *count,
             GError     **error)
{
  sqlite3_stmt *stmt = mz_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      mz_store_set_error (store, error, _("Could not count what the partner has"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_partner_merge_store_count (MzStore        *store,
                              const char     *partner_id,
                              MzMergeCounts  *counts,
                              GError        **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (partner_id != NULL, FALSE);

  memset (counts, 0, sizeof *counts);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ?",
                                              references[i].table, references[i].column);

      if (!query_count (store, sql, partner_id, &counts->n[references[i].kind], error))
        return FALSE;
    }

  return query_count (store,
                      "SELECT count(*) FROM partner_relation WHERE from_partner_id = ?1 OR to_partner_id = ?1",
                      partner_id, &counts->n[MZ_MERGE_RELATIONS], error);
}

static gboolean
collect_ids (MzStore      *store,
             sqlite3_stmt *stmt,
             GPtrArray    *ids,
             GError      **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read what the partner has"));
      return FALSE;
    }
  return TRUE;
}

/* Points @column of the row @id of @table from @from_id to @to_id, stamped
 * and audited. */
static gboolean
move_row (MzStore     *store,
          const char  *table,
          const char  *column,
          const char  *id,
          const char  *from_id,
          const char  *to_id,
          GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?2, updated_at = ?3, updated_by = ?4 "
                                          "WHERE id = ?1", table, column);
  g_autofree char *before = mz_json_object (column, from_id, NULL);
  g_autofree char *after = mz_json_object (column, to_id, NULL);
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_store_audit (store, table, id, "merge", before, after, error);
}

static gboolean
move_references (MzStore        *store,
                 const char     *from_id,
                 const char     *to_id,
                 MzMergeCounts  *moved,
                 GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ? ORDER BY id",
                                              references[i].table, references[i].column);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt = mz_store_prepare (store, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, from_id, -1, SQLITE_STATIC);
      if (!collect_ids (store, stmt, ids, error))
        return FALSE;

      for (guint j = 0; j < ids->len; j++)
        if (!move_row (store, references[i].table, references[i].column,
                       g_ptr_array_index (ids, j), from_id, to_id, error))
          return FALSE;
      moved->n[references[i].kind] += ids->len;
    }

  return TRUE;
}

static gboolean
archive_relation (MzStore     *store,
                  const char  *id,
                  GError     **error)
{
  g_autofree char *now = mz_store_now_iso ();
  g_autofree char *after = mz_json_object ("deleted_at", now, NULL);
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE partner_relation SET deleted_at = ?2, updated_at = ?3, updated_by = ?4 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_store_audit (store, "partner_relation", id, "delete", NULL, after, error);
}

static gboolean
move_relation (MzStore     *store,
               const char  *id,
               const char  *from,
               const char  *to,
               const char  *new_from,
               const char  *new_to,
               GError     **error)
{
  g_autofree char *before = mz_json_object ("from_partner_id", from, "to_partner_id", to, NULL);
  g_autofree char *after = mz_json_object ("from_partner_id", new_from, "to_partner_id", new_to, NULL);
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE partner_relation SET from_partner_id = ?2, to_partner_id = ?3, "
                           "updated_at = ?4, updated_by = ?5 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, new_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, new_to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_store_audit (store, "partner_relation", id, "merge", before, after, error);
}

typedef struct
{
  char     *id;
  char     *from;
  char     *to;
  char     *kind;
  gboolean  live;
} Relation;

static void
relation_free (gpointer data)
{
  Relation *r = data;

  g_free (r->id);
  g_free (r->from);
  g_free (r->to);
  g_free (r->kind);
  g_free (r);
}

static gboolean
move_relations (MzStore        *store,
                const char     *from_id,
                const char     *to_id,
                MzMergeCounts  *moved,
                GError        **error)
{
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (relation_free);
  sqlite3_stmt *stmt;
  sqlite3_stmt *twin;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id, from_partner_id, to_partner_id, kind, deleted_at IS NULL "
                           "FROM partner_relation WHERE from_partner_id = ?1 OR to_partner_id = ?1 ORDER BY id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Relation *r = g_new0 (Relation, 1);

      r->id = mz_row_dup_column (stmt, 0);
      r->from = mz_row_dup_column (stmt, 1);
      r->to = mz_row_dup_column (stmt, 2);
      r->kind = mz_row_dup_column (stmt, 3);
      r->live = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (relations, r);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read the partner’s relations"));
      return FALSE;
    }

  twin = mz_store_prepare (store,
                           "SELECT count(*) FROM partner_relation WHERE from_partner_id = ?1 "
                           "AND to_partner_id = ?2 AND kind = ?3 AND id <> ?4 AND deleted_at IS NULL",
                           error);
  if (twin == NULL)
    return FALSE;

  for (guint i = 0; i < relations->len; i++)
    {
      Relation *r = g_ptr_array_index (relations, i);
      const char *new_from = g_str_equal (r->from, from_id) ? to_id : r->from;
      const char *new_to = g_str_equal (r->to, from_id) ? to_id : r->to;
      gboolean drop = FALSE;

      moved->n[MZ_MERGE_RELATIONS]++;

      if (g_str_equal (new_from, new_to))
        drop = TRUE;   /* between the two: it would link the survivor to itself */
      else if (r->live)
        {
          int n = 0;

          sqlite3_bind_text (twin, 1, new_from, -1, SQLITE_STATIC);
          sqlite3_bind_text (twin, 2, new_to, -1, SQLITE_STATIC);
          sqlite3_bind_text (twin, 3, r->kind, -1, SQLITE_STATIC);
          sqlite3_bind_text (twin, 4, r->id, -1, SQLITE_STATIC);
          rc = sqlite3_step (twin);
          if (rc == SQLITE_ROW)
            n = sqlite3_column_int (twin, 0);
          sqlite3_reset (twin);
          if (rc != SQLITE_ROW)
            {
              mz_store_set_error (store, error, _("Could not read the partner’s relations"));
              return FALSE;
            }
          drop = n > 0;
        }

      if (drop)
        {
          /* Archived, never rewritten: a relation between the two would
           * break CHECK (from <> to); a twin is kept once. */
          if (r->live && !archive_relation (store, r->id, error))
            return FALSE;
          moved->relations_dropped++;
        }
      else if (!move_relation (store, r->id, r->from, r->to, new_from, new_to, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
mz_partner_merge_store_move (MzStore        *store,
                             const char     *from_id,
                             const char     *to_id,
                             MzMergeCounts  *moved,
                             GError        **error)
{
  MzMergeCounts counts = { { 0 }, 0 };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);
  g_return_val_if_fail (from_id != NULL && to_id != NULL, FALSE);

  if (!move_references (store, from_id, to_id, &counts, error) ||
      !move_relations (store, from_id, to_id, &counts, error))
    return FALSE;

  if (moved != NULL)
    *moved = counts;
  return TRUE;
}

gboolean
mz_partner_merge_store_mark_merged (MzStore     *store,
                                    const char  *merged_id,
                                    const char  *survivor_id,
                                    GError     **error)
{
  g_autofree char *now = mz_store_now_iso ();
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  stmt = mz_store_prepare (store,
                           "UPDATE partner SET merged_into = ?2, deleted_at = coalesce (deleted_at, ?3), "
                           "updated_at = ?4, updated_by = ?5 WHERE id = ?1 AND merged_into IS NULL",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, merged_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, survivor_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This partner no longer exists or has already been merged."), error);
}

/* mz-budget-store.c — the regular budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-budget-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-budget-store.h"
#include "mz-commitment-rows.h"
#include "mz-row-insert.h"
#include "mz-row-util.h"

GArray *
mz_budget_store_lines (MzStore     *store,
                       int          year_from,
                       int          year_to,
                       GError     **error)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (MzBudgetLine));
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT year, line, amount_chf, max (updated_at) FROM budget_line "
                           "WHERE deleted_at IS NULL AND (?1 = 0 OR year >= ?1) AND (?2 = 0 OR year <= ?2) "
                           "GROUP BY year, line ORDER BY year, line",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, year_from);
  sqlite3_bind_int (stmt, 2, year_to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzBudgetLine line = { 0 };

      line.year = sqlite3_column_int (stmt, 0);
      g_strlcpy (line.line, (const char *) sqlite3_column_text (stmt, 1), sizeof line.line);
      line.amount_chf = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (lines, line);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the regular budget"));
      return NULL;
    }
  return g_steal_pointer (&lines);
}

/* Soft-deletes the live rows that @sql (with ?1, ?2, ?3 bound) selects. */
static gboolean
retire (MzStore      *store,
        const char   *table,
        const char   *sql,
        int           year,
        const char   *text,
        GError      **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = mz_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, mz_row_dup_column (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the regular budget"));
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!mz_rows_soft_delete (store, table, ids->pdata[i], error))
      return FALSE;
  return TRUE;
}

gboolean
mz_budget_store_set_line (MzStore     *store,
                          int          year,
                          const char  *line,
                          gint64       amount_chf,
                          GError     **error)
{
  const MzRowValue values[] = {
    MZ_ROW_INT ("year", year),
    MZ_ROW_TEXT ("line", line),
    MZ_ROW_INT ("amount_chf", amount_chf),
  };

  return retire (store, "budget_line",
                 "SELECT id FROM budget_line WHERE deleted_at IS NULL AND year = ?1 AND line = ?2",
                 year, line, error) &&
         mz_row_insert (store, "budget_line", values, G_N_ELEMENTS (values), NULL, error);
}

gboolean
mz_budget_store_unit_value (MzStore     *store,
                            int          year,
                            gint64      *amount_chf,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT amount_chf FROM unit_value WHERE deleted_at IS NULL AND year = ? "
                           "ORDER BY updated_at DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *amount_chf = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The value of the contributory unit for %d is not recorded; enter it first."), year);
  else
    mz_store_set_error (store, error, _("Cannot read the regular budget"));
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

gboolean
mz_budget_store_set_unit_value (MzStore     *store,
                                int          year,
                                gint64       amount_chf,
                                GError     **error)
{
  const MzRowValue values[] = {
    MZ_ROW_INT ("year", year),
    MZ_ROW_INT ("amount_chf", amount_chf),
  };

  return retire (store, "unit_value",
                 "SELECT id FROM unit_value WHERE deleted_at IS NULL AND year = ?1 AND ?2 IS NULL",
                 year, NULL, error) &&
         mz_row_insert (store, "unit_value", values, G_N_ELEMENTS (values), NULL, error);
}

gboolean
mz_budget_store_units (MzStore     *store,
                       int          year,
                       gint64      *units_x16,
                       guint       *n_states,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* One row per partner: the latest when several offices entered it. */
  stmt = mz_store_prepare (store,
                           "SELECT coalesce (sum (units), 0), count (*) FROM ("
                           "  SELECT a.contributory_units_x16 AS units, max (a.updated_at) "
                           "  FROM assessment a JOIN partner p ON p.id = a.partner_id AND p.deleted_at IS NULL "
                           "  WHERE a.deleted_at IS NULL AND a.year = ? GROUP BY a.partner_id)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *units_x16 = sqlite3_column_int64 (stmt, 0);
      if (n_states != NULL)
        *n_states = (guint) sqlite3_column_int (stmt, 1);
    }
  else
    mz_store_set_error (store, error, _("Cannot read the assessments"));
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

gboolean
mz_budget_store_set_assessment (MzStore     *store,
                                const char  *partner_id,
                                int          year,
                                gint64       units_x16,
                                GError     **error)
{
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("partner_id", partner_id),
    MZ_ROW_INT ("year", year),
    MZ_ROW_INT ("contributory_units_x16", units_x16),
  };

  return retire (store, "assessment",
                 "SELECT id FROM assessment WHERE deleted_at IS NULL AND year = ?1 AND partner_id = ?2",
                 year, partner_id, error) &&
         mz_row_insert (store, "assessment", values, G_N_ELEMENTS (values), NULL, error);
}

void
mz_budget_assessment_free (MzBudgetAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->partner_id);
  g_free (assessment->name);
  g_free (assessment->local_name);
  g_free (assessment);
}

GPtrArray *
mz_budget_store_assessments (MzStore     *store,
                             int          year,
                             GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_budget_assessment_free);
  sqlite3_stmt *stmt;
  int rc;

  /* The latest assessment of the year per partner, as mz_budget_store_units() counts it. */
  stmt = mz_store_prepare (store,
                           "SELECT p.id, p.name, p.local_name, coalesce (a.units, 0) "
                           "FROM partner p LEFT JOIN ("
                           "  SELECT partner_id, contributory_units_x16 AS units, max (updated_at) "
                           "  FROM assessment WHERE deleted_at IS NULL AND year = ?1 GROUP BY partner_id"
                           ") a ON a.partner_id = p.id "
                           "WHERE p.deleted_at IS NULL AND (p.type = 'member_state' OR a.units IS NOT NULL) "
                           "ORDER BY p.name COLLATE NOCASE, p.id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzBudgetAssessment *a = g_new0 (MzBudgetAssessment, 1);

      a->partner_id = mz_row_dup_column (stmt, 0);
      a->name = mz_row_dup_column (stmt, 1);
      a->local_name = mz_row_dup_column (stmt, 2);
      a->units_x16 = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (rows, a);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the assessments"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GArray *
mz_budget_store_years (MzStore     *store,
                       GError     **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT year FROM budget_line WHERE deleted_at IS NULL "
                           "UNION SELECT year FROM unit_value WHERE deleted_at IS NULL "
                           "UNION SELECT year FROM assessment WHERE deleted_at IS NULL "
                           "ORDER BY 1",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the regular budget"));
      return NULL;
    }
  return g_steal_pointer (&years);
}

/* mz-commitment-store.c — the queries for commitments, their allocations
 * and their reporting obligations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-rows.h"
#include "mz-commitment-store.h"
#include "mz-row-insert.h"
#include "mz-row-util.h"

#define COMMITMENT_COLUMNS \
  "c.id, c.created_at, c.updated_at, c.updated_by, c.deleted_at, c.donor_partner_id, " \
  "c.payer_partner_id, c.title, c.kind, c.ceb_category, c.iati_aid_type, c.stage, " \
  "c.probability, c.currency, c.ask_amount, c.expected_amount, c.signed_amount, " \
  "c.signed_date, c.start_date, c.end_date, c.schedule_frequency, c.psc_rate_bp, " \
  "c.threshold_justification, c.dd_override_reason, c.notes, p.name"

#define N_EDITABLE 20

static MzRowValue
amount_value (const char *column,
              gint64      amount)
{
  return amount == MZ_AMOUNT_NONE ? MZ_ROW_NULL (column) : MZ_ROW_INT (column, amount);
}

static MzRowValue
int_value (const char *column,
           int         value)
{
  return value < 0 ? MZ_ROW_NULL (column) : MZ_ROW_INT (column, value);
}

/* The editable columns of @c; @values has room for N_EDITABLE. */
static gsize
commitment_values (const MzCommitment *c,
                   MzRowValue          values[N_EDITABLE])
{
  gsize n = 0;

  values[n++] = MZ_ROW_TEXT ("donor_partner_id", c->donor_partner_id);
  values[n++] = MZ_ROW_TEXT ("payer_partner_id", c->payer_partner_id);
  values[n++] = MZ_ROW_TEXT ("title", c->title);
  values[n++] = MZ_ROW_TEXT ("kind", c->kind);
  values[n++] = MZ_ROW_TEXT ("ceb_category", c->ceb_category);
  values[n++] = MZ_ROW_TEXT ("iati_aid_type", c->iati_aid_type);
  values[n++] = MZ_ROW_TEXT ("stage", c->stage);
  values[n++] = MZ_ROW_INT ("probability", MAX (c->probability, 0));
  values[n++] = MZ_ROW_TEXT ("currency", c->currency);
  values[n++] = amount_value ("ask_amount", c->ask_amount);
  values[n++] = amount_value ("expected_amount", c->expected_amount);
  values[n++] = amount_value ("signed_amount", c->signed_amount);
  values[n++] = MZ_ROW_TEXT ("signed_date", c->signed_date);
  values[n++] = MZ_ROW_TEXT ("start_date", c->start_date);
  values[n++] = MZ_ROW_TEXT ("end_date", c->end_date);
  values[n++] = MZ_ROW_TEXT ("schedule_frequency", c->schedule_frequency);
  values[n++] = int_value ("psc_rate_bp", c->psc_rate_bp);
  values[n++] = MZ_ROW_TEXT ("threshold_justification", c->threshold_justification);
  values[n++] = MZ_ROW_TEXT ("dd_override_reason", c->dd_override_reason);
  values[n++] = MZ_ROW_TEXT ("notes", c->notes);
  g_assert (n == N_EDITABLE);
  return n;
}

static gint64
column_amount (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? MZ_AMOUNT_NONE
                                                            : sqlite3_column_int64 (stmt, column);
}

static int
column_int_or_minus_one (sqlite3_stmt *stmt,
                         int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, column);
}

static MzCommitment *
read_commitment (sqlite3_stmt *stmt)
{
  MzCommitment *c = mz_commitment_new ();
  int i = 0;

  c->id = mz_row_dup_column (stmt, i++);
  c->created_at = mz_row_dup_column (stmt, i++);
  c->updated_at = mz_row_dup_column (stmt, i++);
  c->updated_by = mz_row_dup_column (stmt, i++);
  c->deleted_at = mz_row_dup_column (stmt, i++);
  c->donor_partner_id = mz_row_dup_column (stmt, i++);
  c->payer_partner_id = mz_row_dup_column (stmt, i++);
  c->title = mz_row_dup_column (stmt, i++);
  c->kind = mz_row_dup_column (stmt, i++);
  c->ceb_category = mz_row_dup_column (stmt, i++);
  c->iati_aid_type = mz_row_dup_column (stmt, i++);
  c->stage = mz_row_dup_column (stmt, i++);
  c->probability = sqlite3_column_int (stmt, i++);
  c->currency = mz_row_dup_column (stmt, i++);
  c->ask_amount = column_amount (stmt, i++);
  c->expected_amount = column_amount (stmt, i++);
  c->signed_amount = column_amount (stmt, i++);
  c->signed_date = mz_row_dup_column (stmt, i++);
  c->start_date = mz_row_dup_column (stmt, i++);
  c->end_date = mz_row_dup_column (stmt, i++);
  c->schedule_frequency = mz_row_dup_column (stmt, i++);
  c->psc_rate_bp = column_int_or_minus_one (stmt, i++);
  c->threshold_justification = mz_row_dup_column (stmt, i++);
  c->dd_override_reason = mz_row_dup_column (stmt, i++);
  c->notes = mz_row_dup_column (stmt, i++);
  c->donor_name = mz_row_dup_column (stmt, i++);
  return c;
}

gboolean
mz_commitment_store_insert (MzStore       *store,
                            MzCommitment  *commitment,
                            GError       **error)
{
  MzRowValue values[N_EDITABLE];
  char id[MZ_ID_LEN + 1];
  gsize n = commitment_values (commitment, values);

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!mz_row_insert (store, "commitment", values, n, id, error))
    return FALSE;

  mz_commitment_set_string (&commitment->id, id);
  return TRUE;
}

gboolean
mz_commitment_store_update (MzStore             *store,
                            const MzCommitment  *commitment,
                            GError             **error)
{
  MzRowValue values[N_EDITABLE];
  gsize n = commitment_values (commitment, values);

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (commitment->id != NULL, FALSE);

  return mz_rows_update (store, "commitment", commitment->id, values, n, error);
}

gboolean
mz_commitment_store_set_stage (MzStore     *store,
                               const char  *id,
                               const char  *stage,
                               int          probability,
                               GError     **error)
{
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("stage", stage),
    MZ_ROW_INT ("probability", probability),
  };

  return mz_rows_update (store, "commitment", id, values, G_N_ELEMENTS (values), error);
}

gboolean
mz_commitment_store_archive (MzStore     *store,
                             const char  *id,
                             GError     **error)
{
  return mz_rows_soft_delete (store, "commitment", id, error);
}

MzCommitment *
mz_commitment_store_get (MzStore     *store,
                         const char  *id,
                         GError     **error)
{
  MzCommitment *c = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT " COMMITMENT_COLUMNS " FROM commitment c "
                           "LEFT JOIN partner p ON p.id = c.donor_partner_id WHERE c.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    c = read_commitment (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The commitment no longer exists; another change may have removed it."));
  else
    mz_store_set_error (store, error, _("Cannot read the commitment"));
  sqlite3_reset (stmt);

  return c;
}

GPtrArray *
mz_commitment_store_list (MzStore                 *store,
                          const MzCommitmentQuery *query,
                          GError                 **error)
{
  static const MzCommitmentQuery all = { 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_commitment_free);
  g_autofree char *year_start = NULL;
  g_autofree char *year_end = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;

  stmt = mz_store_prepare (store,
                           "SELECT " COMMITMENT_COLUMNS " FROM commitment c "
                           "LEFT JOIN partner p ON p.id = c.donor_partner_id "
                           "WHERE (?1 OR c.deleted_at IS NULL) "
                           "AND (?2 IS NULL OR c.stage = ?2) "
                           "AND (?3 IS NULL OR c.kind = ?3) "
                           "AND (?4 IS NULL OR c.currency = ?4) "
                           "AND (?5 IS NULL OR c.donor_partner_id = ?5 OR c.payer_partner_id = ?5) "
                           "AND (?6 IS NULL OR EXISTS (SELECT 1 FROM allocation a WHERE a.commitment_id = c.id "
                           "  AND a.deleted_at IS NULL AND a.unit_id = ?6)) "
                           "AND (?7 IS NULL OR EXISTS (SELECT 1 FROM allocation a WHERE a.commitment_id = c.id "
                           "  AND a.deleted_at IS NULL AND a.initiative_id = ?7)) "
                           "AND (?8 IS NULL OR (coalesce (c.start_date, c.signed_date, substr (c.created_at, 1, 10)) <= ?9 "
                           "  AND coalesce (c.end_date, c.start_date, c.signed_date, substr (c.created_at, 1, 10)) >= ?8)) "
                           "ORDER BY c.signed_date IS NULL, c.signed_date DESC, c.title COLLATE NOCASE",
                           error);
  if (stmt == NULL)
    return NULL;

  if (query->year > 0)
    {
      year_start = g_strdup_printf ("%04d-01-01", query->year);
      year_end = g_strdup_printf ("%04d-12-31", query->year);
    }

  sqlite3_bind_int (stmt, 1, query->include_archived);
  sqlite3_bind_text (stmt, 2, query->stage, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, query->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, query->currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, query->partner_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, query->unit_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, query->initiative_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, year_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, year_end, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_commitment (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the commitments"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Allocations */

GPtrArray *
mz_commitment_store_list_allocations (MzStore     *store,
                                      const char  *commitment_id,
                                      GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id, commitment_id, unit_id, initiative_id, percent_bp, amount "
                           "FROM allocation WHERE commitment_id = ? AND deleted_at IS NULL "
                           "ORDER BY created_at, id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzAllocation *a = g_new0 (MzAllocation, 1);

      a->id = mz_row_dup_column (stmt, 0);
      a->commitment_id = mz_row_dup_column (stmt, 1);
      a->unit_id = mz_row_dup_column (stmt, 2);
      a->initiative_id = mz_row_dup_column (stmt, 3);
      a->percent_bp = column_int_or_minus_one (stmt, 4);
      a->amount = column_amount (stmt, 5);
      g_ptr_array_add (rows, a);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the allocations"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
same_allocation (const MzAllocation *a,
                 const MzAllocation *b)
{
  return g_strcmp0 (a->unit_id, b->unit_id) == 0 &&
         g_strcmp0 (a->initiative_id, b->initiative_id) == 0 &&
         (a->percent_bp < 0 ? -1 : a->percent_bp) == (b->percent_bp < 0 ? -1 : b->percent_bp) &&
         a->amount == b->amount;
}

gboolean
mz_commitment_store_replace_allocations (MzStore      *store,
                                         const char   *commitment_id,
                                         GPtrArray    *allocations,
                                         GError      **error)
{
  g_autoptr(GPtrArray) current = NULL;
  g_autofree gboolean *kept = NULL;
  guint n_new = allocations ? allocations->len : 0;

  current = mz_commitment_store_list_allocations (store, commitment_id, error);
  if (current == NULL)
    return FALSE;

  kept = g_new0 (gboolean, n_new + 1);
  for (guint i = 0; i < current->len; i++)
    {
      const MzAllocation *old = current->pdata[i];
      gboolean found = FALSE;

      for (guint j = 0; j < n_new && !found; j++)
        {
          if (!kept[j] && same_allocation (old, allocations->pdata[j]))
            found = kept[j] = TRUE;
        }
      if (!found && !mz_rows_soft_delete (store, "allocation", old->id, error))
        return FALSE;
    }

  for (guint j = 0; j < n_new; j++)
    {
      MzAllocation *a = allocations->pdata[j];
      char id[MZ_ID_LEN + 1];
      const MzRowValue values[] = {
        MZ_ROW_TEXT ("commitment_id", commitment_id),
        MZ_ROW_TEXT ("unit_id", a->unit_id),
        MZ_ROW_TEXT ("initiative_id", a->initiative_id),
        int_value ("percent_bp", a->percent_bp),
        amount_value ("amount", a->amount),
      };

      if (kept[j])
        continue;
      if (!mz_row_insert (store, "allocation", values, G_N_ELEMENTS (values), id, error))
        return FALSE;
      mz_commitment_set_string (&a->id, id);
      mz_commitment_set_string (&a->commitment_id, commitment_id);
    }

  return TRUE;
}

/* Reporting obligations */

GPtrArray *
mz_commitment_store_list_reports (MzStore     *store,
                                  const char  *commitment_id,
                                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_report_obligation_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id, commitment_id, kind, due_date, delivered_date, notes "
                           "FROM report_obligation WHERE commitment_id = ? AND deleted_at IS NULL "
                           "ORDER BY due_date, kind",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzReportObligation *r = g_new0 (MzReportObligation, 1);

      r->id = mz_row_dup_column (stmt, 0);
      r->commitment_id = mz_row_dup_column (stmt, 1);
      r->kind = mz_row_dup_column (stmt, 2);
      r->due_date = mz_row_dup_column (stmt, 3);
      r->delivered_date = mz_row_dup_column (stmt, 4);
      r->notes = mz_row_dup_column (stmt, 5);
      g_ptr_array_add (rows, r);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the reporting obligations"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

MzReportObligation *
mz_commitment_store_get_report (MzStore     *store,
                                const char  *report_id,
                                GError     **error)
{
  MzReportObligation *r = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id, commitment_id, kind, due_date, delivered_date, notes "
                           "FROM report_obligation WHERE id = ? AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, report_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      r = g_new0 (MzReportObligation, 1);
      r->id = mz_row_dup_column (stmt, 0);
      r->commitment_id = mz_row_dup_column (stmt, 1);
      r->kind = mz_row_dup_column (stmt, 2);
      r->due_date = mz_row_dup_column (stmt, 3);
      r->delivered_date = mz_row_dup_column (stmt, 4);
      r->notes = mz_row_dup_column (stmt, 5);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The reporting obligation no longer exists; another change may have removed it."));
  else
    mz_store_set_error (store, error, _("Cannot read the reporting obligation"));
  sqlite3_reset (stmt);

  return r;
}

gboolean
mz_commitment_store_insert_report (MzStore             *store,
                                   MzReportObligation  *report,
                                   GError             **error)
{
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("commitment_id", report->commitment_id),
    MZ_ROW_TEXT ("kind", report->kind),
    MZ_ROW_TEXT ("due_date", report->due_date),
    MZ_ROW_TEXT ("delivered_date", report->delivered_date),
    MZ_ROW_TEXT ("notes", report->notes),
  };

  if (!mz_row_insert (store, "report_obligation", values, G_N_ELEMENTS (values), id, error))
    return FALSE;
  mz_commitment_set_string (&report->id, id);
  return TRUE;
}

gboolean
mz_commitment_store_update_report (MzStore                   *store,
                                   const MzReportObligation  *report,
                                   GError                   **error)
{
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("kind", report->kind),
    MZ_ROW_TEXT ("due_date", report->due_date),
    MZ_ROW_TEXT ("delivered_date", report->delivered_date),
    MZ_ROW_TEXT ("notes", report->notes),
  };

  return mz_rows_update (store, "report_obligation", report->id, values, G_N_ELEMENTS (values), error);
}

gboolean
mz_commitment_store_remove_report (MzStore     *store,
                                   const char  *report_id,
                                   GError     **error)
{
  return mz_rows_soft_delete (store, "report_obligation", report_id, error);
}

/* Lookups for validation */

gboolean
mz_commitment_store_row_exists (MzStore     *store,
                                const char  *table,
                                const char  *id,
                                gboolean    *exists,
                                GError     **error)
{
  static const char * const tables[] = {
    "partner", "org_unit", "initiative", "commitment", "instalment", "payment", NULL
  };
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* The table name is one of ours, never user text. */
  g_return_val_if_fail (g_strv_contains (tables, table), FALSE);

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ? AND deleted_at IS NULL", table);
  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
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

gboolean
mz_commitment_store_partner_type (MzStore     *store,
                                  const char  *partner_id,
                                  char       **type,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *type = NULL;
  stmt = mz_store_prepare (store, "SELECT type FROM partner WHERE id = ? AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *type = mz_row_dup_column (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partner"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_commitment_store_dd_cleared (MzStore     *store,
                                const char  *partner_id,
                                const char  *date,
                                gboolean    *cleared,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT 1 FROM due_diligence WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "AND decision IN ('cleared', 'cleared_with_conditions') "
                           "AND (decided_at IS NULL OR decided_at <= ?2) "
                           "AND (valid_until IS NULL OR valid_until >= ?2) LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the due diligence register"));
      return FALSE;
    }

  *cleared = rc == SQLITE_ROW;
  return TRUE;
}

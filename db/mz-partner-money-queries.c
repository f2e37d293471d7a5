/* mz-partner-money-queries.c — one partner's commitments and in-kind
 * contributions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-money-queries"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-partner-money-queries.h"
#include "mz-row-util.h"

void
mz_partner_money_commitment_free (MzPartnerMoneyCommitment *row)
{
  if (row == NULL)
    return;
  g_free (row->id);
  g_free (row->title);
  g_free (row->kind);
  g_free (row->stage);
  g_free (row->signed_date);
  g_free (row);
}

void
mz_partner_money_inkind_free (MzPartnerMoneyInkind *row)
{
  if (row == NULL)
    return;
  g_free (row->id);
  g_free (row->kind);
  g_free (row->description);
  g_free (row->start_date);
  g_free (row->end_date);
  g_free (row);
}

static void
copy_currency (char          dest[4],
               sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  g_strlcpy (dest, text != NULL ? text : "", 4);
}

GPtrArray *
mz_partner_money_commitments (MzStore     *store,
                              const char  *partner_id,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_partner_money_commitment_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (partner_id != NULL, NULL);

  stmt = mz_store_prepare (store,
                           "SELECT c.id, c.title, c.kind, c.stage, c.currency, c.signed_amount, c.signed_date, "
                           "  coalesce (p.chf, 0), coalesce (p.n, 0), coalesce (c.expected_amount, c.ask_amount) "
                           "FROM commitment c LEFT JOIN ("
                           "  SELECT commitment_id, sum (amount_chf) AS chf, count (*) AS n FROM payment "
                           "  WHERE deleted_at IS NULL AND commitment_id IN "
                           "    (SELECT id FROM commitment WHERE donor_partner_id = ?1 AND deleted_at IS NULL) "
                           "  GROUP BY commitment_id"
                           ") p ON p.commitment_id = c.id "
                           "WHERE c.donor_partner_id = ?1 AND c.deleted_at IS NULL "
                           "ORDER BY coalesce (c.signed_date, c.start_date, substr (c.created_at, 1, 10)) DESC, c.title",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzPartnerMoneyCommitment *row = g_new0 (MzPartnerMoneyCommitment, 1);

      row->id = mz_row_dup_column (stmt, 0);
      row->title = mz_row_dup_column (stmt, 1);
      row->kind = mz_row_dup_column (stmt, 2);
      row->stage = mz_row_dup_column (stmt, 3);
      copy_currency (row->currency, stmt, 4);
      row->signed_amount = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                             ? G_MININT64 : sqlite3_column_int64 (stmt, 5);
      row->signed_date = mz_row_dup_column (stmt, 6);
      row->received_chf = sqlite3_column_int64 (stmt, 7);
      row->n_payments = (guint) sqlite3_column_int (stmt, 8);
      row->expected_amount = sqlite3_column_type (stmt, 9) == SQLITE_NULL
                               ? G_MININT64 : sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partner’s commitments"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
mz_partner_money_inkind (MzStore     *store,
                         const char  *partner_id,
                         GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_partner_money_inkind_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (partner_id != NULL, NULL);

  stmt = mz_store_prepare (store,
                           "SELECT id, kind, description, start_date, end_date, fair_value, currency, "
                           "  fair_value_chf "
                           "FROM inkind WHERE partner_id = ?1 AND deleted_at IS NULL "
                           "ORDER BY coalesce (start_date, substr (created_at, 1, 10)) DESC, description",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzPartnerMoneyInkind *row = g_new0 (MzPartnerMoneyInkind, 1);

      row->id = mz_row_dup_column (stmt, 0);
      row->kind = mz_row_dup_column (stmt, 1);
      row->description = mz_row_dup_column (stmt, 2);
      row->start_date = mz_row_dup_column (stmt, 3);
      row->end_date = mz_row_dup_column (stmt, 4);
      row->fair_value = sqlite3_column_int64 (stmt, 5);
      copy_currency (row->currency, stmt, 6);
      row->fair_value_chf = sqlite3_column_type (stmt, 7) == SQLITE_NULL
                              ? G_MININT64 : sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partner’s in-kind contributions"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

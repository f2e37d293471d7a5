/* mz-payment-store.c — payments received and the instalments they settle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-payment-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-commitment-rows.h"
#include "mz-payment-store.h"
#include "mz-row-insert.h"
#include "mz-row-util.h"

#define PAYMENT_COLUMNS \
  "p.id, p.commitment_id, p.date, p.amount, p.currency, p.rate_micro, p.chf_rate_micro, " \
  "p.amount_chf, p.reference, p.notes, " \
  "(SELECT coalesce (sum (pi.amount), 0) FROM payment_instalment pi " \
  " WHERE pi.payment_id = p.id AND pi.deleted_at IS NULL), " \
  "p.deleted_at"

void
mz_payment_free (MzPayment *payment)
{
  if (payment == NULL)
    return;
  g_free (payment->id);
  g_free (payment->commitment_id);
  g_free (payment->reference);
  g_free (payment->notes);
  g_free (payment->reversed_at);
  g_free (payment);
}

gboolean
mz_payment_store_insert (MzStore    *store,
                         MzPayment  *payment,
                         GError    **error)
{
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("commitment_id", payment->commitment_id),
    MZ_ROW_TEXT ("date", payment->date),
    MZ_ROW_INT ("amount", payment->amount),
    MZ_ROW_TEXT ("currency", payment->currency),
    MZ_ROW_INT ("rate_micro", payment->rate_micro),
    MZ_ROW_INT ("chf_rate_micro", payment->chf_rate_micro),
    MZ_ROW_INT ("amount_chf", payment->amount_chf),
    MZ_ROW_TEXT ("reference", payment->reference),
    MZ_ROW_TEXT ("notes", payment->notes),
  };

  if (!mz_row_insert (store, "payment", values, G_N_ELEMENTS (values), id, error))
    return FALSE;

  g_free (payment->id);
  payment->id = g_strdup (id);
  return TRUE;
}

gboolean
mz_payment_store_link (MzStore     *store,
                       const char  *payment_id,
                       const char  *instalment_id,
                       gint64       amount,
                       GError     **error)
{
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("payment_id", payment_id),
    MZ_ROW_TEXT ("instalment_id", instalment_id),
    MZ_ROW_INT ("amount", amount),
  };

  return mz_row_insert (store, "payment_instalment", values, G_N_ELEMENTS (values), NULL, error);
}

gboolean
mz_payment_store_remove (MzStore     *store,
                         const char  *payment_id,
                         GError     **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id FROM payment_instalment WHERE payment_id = ? AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, payment_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (links, mz_row_dup_column (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the payment"));
      return FALSE;
    }

  for (guint i = 0; i < links->len; i++)
    if (!mz_rows_soft_delete (store, "payment_instalment", links->pdata[i], error))
      return FALSE;

  return mz_rows_soft_delete (store, "payment", payment_id, error);
}

static MzPayment *
read_payment (sqlite3_stmt *stmt)
{
  MzPayment *p = g_new0 (MzPayment, 1);

  p->id = mz_row_dup_column (stmt, 0);
  p->commitment_id = mz_row_dup_column (stmt, 1);
  g_strlcpy (p->date, (const char *) sqlite3_column_text (stmt, 2), sizeof p->date);
  p->amount = sqlite3_column_int64 (stmt, 3);
  g_strlcpy (p->currency, (const char *) sqlite3_column_text (stmt, 4), sizeof p->currency);
  p->rate_micro = sqlite3_column_int64 (stmt, 5);
  p->chf_rate_micro = sqlite3_column_int64 (stmt, 6);
  p->amount_chf = sqlite3_column_int64 (stmt, 7);
  p->reference = mz_row_dup_column (stmt, 8);
  p->notes = mz_row_dup_column (stmt, 9);
  p->settled = sqlite3_column_int64 (stmt, 10);
  p->reversed_at = mz_row_dup_column (stmt, 11);
  return p;
}

static GPtrArray *
list_payments (MzStore     *store,
               const char  *commitment_id,
               gboolean     reversed_too,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_payment_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           reversed_too
                           ? "SELECT " PAYMENT_COLUMNS " FROM payment p "
                             "WHERE p.commitment_id = ? ORDER BY p.date, p.created_at"
                           : "SELECT " PAYMENT_COLUMNS " FROM payment p "
                             "WHERE p.commitment_id = ? AND p.deleted_at IS NULL ORDER BY p.date, p.created_at",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_payment (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the payments"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
mz_payment_store_list (MzStore     *store,
                       const char  *commitment_id,
                       GError     **error)
{
  return list_payments (store, commitment_id, FALSE, error);
}

GPtrArray *
mz_payment_store_list_with_reversed (MzStore     *store,
                                     const char  *commitment_id,
                                     GError     **error)
{
  return list_payments (store, commitment_id, TRUE, error);
}

MzPayment *
mz_payment_store_get (MzStore     *store,
                      const char  *payment_id,
                      GError     **error)
{
  MzPayment *p = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT " PAYMENT_COLUMNS " FROM payment p WHERE p.id = ? AND p.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, payment_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    p = read_payment (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("The payment no longer exists; another change may have removed it."));
  else
    mz_store_set_error (store, error, _("Cannot read the payment"));
  sqlite3_reset (stmt);

  return p;
}

/* mz-report-commitments.c — the commitments in scope, read once
 *
 * Fifty thousand commitments fit easily in memory; a quarter of a million
 * instalments and payments joined to them in SQL by text keys do not run
 * fast. So the report reads the commitments and their allocations once,
 * and the sheets of instalments and payments look theirs up here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include "mz-money.h"
#include "mz-report-private.h"

/* Helpers */

static const char *
keep (MzReport     *self,
      MzReportRows *rows,
      int           column)
{
  const char *text = mz_report_rows_get_text (rows, column);

  return text != NULL ? g_string_chunk_insert_const (self->text, text) : NULL;
}

static void
commitment_free (MzReportCommitment *c)
{
  g_clear_pointer (&c->shares, g_array_unref);
  g_free (c->due);
  g_free (c->has_due);
  g_free (c);
}

static gboolean
load_shares (MzReport  *self,
             GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_shares (self->store, &self->scope, error);
  GError *local_error = NULL;

  if (rows == NULL)
    return FALSE;

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = _mz_report_find_commitment (self,
                                                          mz_report_rows_get_text (rows, MZ_REPORT_SHARE_COMMITMENT_ID));
      MzReportShare share = { 0 };

      if (c == NULL)
        continue;

      share.unit_id = keep (self, rows, MZ_REPORT_SHARE_UNIT_ID);
      share.by_percent = !mz_report_rows_is_null (rows, MZ_REPORT_SHARE_PERCENT_BP);
      share.percent_bp = mz_report_rows_get_int (rows, MZ_REPORT_SHARE_PERCENT_BP);
      share.amount = mz_report_rows_get_int (rows, MZ_REPORT_SHARE_AMOUNT);
      if (c->shares == NULL)
        c->shares = g_array_new (FALSE, FALSE, sizeof (MzReportShare));
      g_array_append_val (c->shares, share);
    }

  return _mz_report_rows_finished (local_error, error);
}

/* Shared with the sheets */

gboolean
_mz_report_load_commitments (MzReport  *self,
                             GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_commitments (self->store, &self->scope, error);
  GError *local_error = NULL;

  if (rows == NULL)
    return FALSE;
  /* Read ahead on a thread while the rows before are written. */
  mz_report_rows_prefetch (rows);

  self->text = g_string_chunk_new (64 * 1024);
  self->commitments = g_ptr_array_new_with_free_func ((GDestroyNotify) commitment_free);
  self->commitment_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = g_new0 (MzReportCommitment, 1);

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        {
          commitment_free (c);
          return FALSE;
        }

      c->id = keep (self, rows, MZ_REPORT_COMMITMENT_ID);
      c->donor_id = keep (self, rows, MZ_REPORT_COMMITMENT_DONOR_ID);
      c->donor = keep (self, rows, MZ_REPORT_COMMITMENT_DONOR);
      c->payer = keep (self, rows, MZ_REPORT_COMMITMENT_PAYER);
      c->title = keep (self, rows, MZ_REPORT_COMMITMENT_TITLE);
      c->kind = keep (self, rows, MZ_REPORT_COMMITMENT_KIND);
      c->kind_label = _mz_report_code (self, "report kind", c->kind);
      c->stage = keep (self, rows, MZ_REPORT_COMMITMENT_STAGE);
      c->currency = keep (self, rows, MZ_REPORT_COMMITMENT_CURRENCY);
      c->signed_date = keep (self, rows, MZ_REPORT_COMMITMENT_SIGNED_DATE);
      c->start_date = keep (self, rows, MZ_REPORT_COMMITMENT_START_DATE);
      c->end_date = keep (self, rows, MZ_REPORT_COMMITMENT_END_DATE);
      c->allocation = keep (self, rows, MZ_REPORT_COMMITMENT_ALLOCATION);
      c->probability = (int) mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_PROBABILITY);
      c->exponent = mz_money_currency_exponent (c->currency);
      c->has_ask = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_ASK);
      c->has_expected = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_EXPECTED);
      c->has_signed = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_SIGNED);
      c->ask = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_ASK);
      c->expected = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_EXPECTED);
      c->signed_amount = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_SIGNED);
      c->touches = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_TOUCHES) != 0;

      g_ptr_array_add (self->commitments, c);
      g_hash_table_insert (self->commitment_by_id, (gpointer) c->id, c);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  return load_shares (self, error);
}

MzReportCommitment *
_mz_report_find_commitment (MzReport   *self,
                            const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->commitment_by_id, id) : NULL;
}

void
_mz_report_clear_commitments (MzReport *self)
{
  g_clear_pointer (&self->commitment_by_id, g_hash_table_unref);
  g_clear_pointer (&self->commitments, g_ptr_array_unref);
  if (self->text != NULL)
    {
      g_string_chunk_free (self->text);
      self->text = NULL;
    }
  g_clear_pointer (&self->received, g_hash_table_unref);
  g_clear_pointer (&self->income, _mz_report_income_free);
}

/* mz-report-commitments.c — the commitments in scope, read once
 *
 * Fifty thousand commitments fit easily in memory; a quarter of a million
 * instalments and payments joined to them in SQL by text keys do not run
 * fast. So the report reads the commitments and their allocations once,
 * and the sheets of instalments and payments look theirs up here, in a
 * table of their own (a hash of the id and the commitment, side by side:
 * the commitment itself is only looked at when the hash matches), fetched
 * ahead of time (_mz_report_prefetch_commitment()). What each of those
 * rows needs of its commitment is worked out here once: labels in the
 * workbook's language, the rates of its currency, the top unit of each
 * allocation, a number for its donor (the sheets add up per donor in
 * arrays).
 *
 * The summary of each commitment's allocations, which only the
 * Commitments sheet shows, is read apart by
 * _mz_report_load_allocation_summaries(), once the threads writing
 * Instalments and Payments (mz-report-worker.c) have what they need and
 * run; they never read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <string.h>

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

/* FNV-1a: the ids are random hex, any hash spreads them. */
static guint32
id_hash (const char *id)
{
  guint32 hash = 2166136261u;

  for (; *id != '\0'; id++)
    hash = (hash ^ (guint8) *id) * 16777619u;
  return hash;
}

static void
index_commitments (MzReport *self)
{
  guint n_slots = 16;

  while (n_slots < 2 * self->commitments->len)
    n_slots *= 2;
  self->commitment_slots = g_new0 (MzReportSlot, n_slots);
  self->commitment_mask = n_slots - 1;

  for (guint i = 0; i < self->commitments->len; i++)
    {
      MzReportCommitment *c = g_ptr_array_index (self->commitments, i);
      guint32 slot = c->hash & self->commitment_mask;

      while (self->commitment_slots[slot].commitment != NULL)
        slot = (slot + 1) & self->commitment_mask;
      self->commitment_slots[slot].hash = c->hash;
      self->commitment_slots[slot].commitment = c;
    }
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
      share.top = share.unit_id != NULL ? _mz_report_top_unit (self, share.unit_id) : NULL;
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
  g_autoptr(GHashTable) donors = NULL;   /* donor id (kept once) → index + 1 */
  MzReportCommitment *previous = NULL;
  GError *local_error = NULL;

  if (rows == NULL)
    return FALSE;
  /* Read ahead on a thread while the rows before are written. */
  mz_report_rows_prefetch (rows);

  self->text = g_string_chunk_new (64 * 1024);
  self->commitments = g_ptr_array_new_with_free_func ((GDestroyNotify) commitment_free);
  self->donor_ids = g_ptr_array_new ();
  donors = g_hash_table_new (NULL, NULL);

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = g_new0 (MzReportCommitment, 1);

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        {
          commitment_free (c);
          return FALSE;
        }

      {
        const char *id = mz_report_rows_get_text (rows, MZ_REPORT_COMMITMENT_ID);

        if (id != NULL && strlen (id) < sizeof c->id_inline)
          c->id = strcpy (c->id_inline, id);
        else
          c->id = keep (self, rows, MZ_REPORT_COMMITMENT_ID);
      }
      c->hash = c->id != NULL ? id_hash (c->id) : 0;
      c->donor_id = keep (self, rows, MZ_REPORT_COMMITMENT_DONOR_ID);
      c->donor = keep (self, rows, MZ_REPORT_COMMITMENT_DONOR);
      c->payer = keep (self, rows, MZ_REPORT_COMMITMENT_PAYER);
      c->title = keep (self, rows, MZ_REPORT_COMMITMENT_TITLE);
      c->kind = keep (self, rows, MZ_REPORT_COMMITMENT_KIND);
      c->kind_label = _mz_report_code (self, "report kind", c->kind);
      c->kind_index = _mz_report_income_kind (c->kind);
      c->stage = keep (self, rows, MZ_REPORT_COMMITMENT_STAGE);
      c->stage_label = _mz_report_code (self, "report stage", c->stage);
      c->currency = keep (self, rows, MZ_REPORT_COMMITMENT_CURRENCY);
      c->is_chf = g_strcmp0 (c->currency, "CHF") == 0;
      c->rates = _mz_report_rates_of (self, c->currency);
      c->signed_date = keep (self, rows, MZ_REPORT_COMMITMENT_SIGNED_DATE);
      c->start_date = keep (self, rows, MZ_REPORT_COMMITMENT_START_DATE);
      c->end_date = keep (self, rows, MZ_REPORT_COMMITMENT_END_DATE);
      c->probability = (int) mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_PROBABILITY);
      c->exponent = mz_money_currency_exponent (c->currency);
      c->has_ask = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_ASK);
      c->has_expected = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_EXPECTED);
      c->has_signed = !mz_report_rows_is_null (rows, MZ_REPORT_COMMITMENT_SIGNED);
      c->ask = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_ASK);
      c->expected = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_EXPECTED);
      c->signed_amount = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_SIGNED);
      /* By its own dates; an instalment due in the period also brings it
       * on the sheet (MzReportCommitment.due). */
      c->touches = mz_report_rows_get_int (rows, MZ_REPORT_COMMITMENT_TOUCHES) != 0;

      /* Kept strings are kept once: the same donor, the same pointer. A
       * donor's commitments mostly come one after the other. */
      if (previous != NULL && previous->donor_id == c->donor_id)
        c->donor_index = previous->donor_index;
      else
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (donors, c->donor_id));

          if (index == 0)
            {
              g_ptr_array_add (self->donor_ids, (gpointer) c->donor_id);
              index = self->donor_ids->len;
              g_hash_table_insert (donors, (gpointer) c->donor_id, GUINT_TO_POINTER (index));
            }
          c->donor_index = index - 1;
        }

      g_ptr_array_add (self->commitments, c);
      previous = c;
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  index_commitments (self);
  return load_shares (self, error);
}

gboolean
_mz_report_load_allocation_summaries (MzReport  *self,
                                      GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_allocation_summaries (self->store, &self->scope, error);
  GError *local_error = NULL;

  if (rows == NULL)
    return FALSE;

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = _mz_report_find_commitment (self,
                                                          mz_report_rows_get_text (rows, MZ_REPORT_ALLOCATION_COMMITMENT_ID));

      if (c != NULL)
        c->allocation = keep (self, rows, MZ_REPORT_ALLOCATION_SUMMARY);
    }

  return _mz_report_rows_finished (local_error, error);
}

MzReportCommitment *
_mz_report_find_commitment (MzReport   *self,
                            const char *id)
{
  const MzReportSlot *slot;
  guint32 hash, i;

  if (id == NULL || self->commitment_slots == NULL)
    return NULL;

  hash = id_hash (id);
  for (i = hash & self->commitment_mask;
       (slot = &self->commitment_slots[i])->commitment != NULL;
       i = (i + 1) & self->commitment_mask)
    /* Only a likely match costs a look at the commitment. */
    if (slot->hash == hash && slot->commitment->id != NULL && strcmp (slot->commitment->id, id) == 0)
      return slot->commitment;
  return NULL;
}

void
_mz_report_prefetch_commitment (MzReport   *self,
                                const char *id,
                                guint       ahead)
{
  const MzReportSlot *slot;
  guint32 hash;

  if (id == NULL || self->commitment_slots == NULL)
    return;

  hash = id_hash (id);
  slot = &self->commitment_slots[hash & self->commitment_mask];
  if (ahead >= _MZ_REPORT_AHEAD_FAR)
    {
      /* The slot, for when the row is nearer. */
      __builtin_prefetch (slot);
      return;
    }
  /* The slot was fetched: the commitment's first lines (its id and what
   * the rows write). */
  if (slot->commitment != NULL && slot->hash == hash)
    {
      __builtin_prefetch (slot->commitment);
      __builtin_prefetch ((const char *) slot->commitment + 64);
      __builtin_prefetch ((const char *) slot->commitment + 128);
    }
}

void
_mz_report_clear_commitments (MzReport *self)
{
  g_clear_pointer (&self->commitment_slots, g_free);
  g_clear_pointer (&self->donor_ids, g_ptr_array_unref);
  g_clear_pointer (&self->commitments, g_ptr_array_unref);
  if (self->text != NULL)
    {
      g_string_chunk_free (self->text);
      self->text = NULL;
    }
  g_clear_pointer (&self->received, g_hash_table_unref);
  g_clear_pointer (&self->income, _mz_report_income_free);
}

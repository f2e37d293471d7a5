/* mz-report-sheets-money.c — the report's detail sheets about money:
 * Commitments (the multi-year matrix), Instalments (with overdue ageing),
 * Payments, In-kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <string.h>

#include "mz-money.h"
#include "mz-report-private.h"

/* Commitments: fixed columns, then per year of the period the amount due
 * in the commitment's currency, then per year in CHF, then the total. */
enum {
  COMMITMENT_DONOR, COMMITMENT_PAYER, COMMITMENT_TITLE, COMMITMENT_KIND, COMMITMENT_STAGE,
  COMMITMENT_PROBABILITY, COMMITMENT_ALLOCATION, COMMITMENT_CURRENCY, COMMITMENT_SIGNED,
  COMMITMENT_SIGNED_ON, COMMITMENT_START, COMMITMENT_END, COMMITMENT_FIRST_YEAR,
};

/* Helpers */

static gboolean
is_pipeline (const char *stage)
{
  static const char * const stages[] = { "identified", "approached", "proposal", "negotiation" };

  for (gsize i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stage, stages[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
year_of (const char *iso)
{
  return iso != NULL ? (int) g_ascii_strtoll (iso, NULL, 10) : 0;
}

/* Adds an instalment due to the commitment's line of the matrix. */
static void
add_due (MzReport           *self,
         MzReportCommitment *c,
         const char         *due_date,
         gint64              amount,
         gboolean            has_chf,
         gint64              chf)
{
  guint n_years = self->year_to - self->year_from + 1;
  int y = year_of (due_date) - self->year_from;

  if (y < 0 || y >= (int) n_years)
    return;

  if (c->due == NULL)
    {
      c->due = g_new0 (gint64, 2 * n_years);
      c->has_due = g_new0 (guint8, 2 * n_years);
    }

  c->due[y] += amount;
  c->has_due[y] = TRUE;
  if (has_chf)
    {
      c->due[n_years + y] += chf;
      c->has_due[n_years + y] = TRUE;
    }
}

/* Headline figures: signed in the period, and the weighted pipeline. */
static void
add_commitment_kpis (MzReport           *self,
                     MzReportCommitment *c)
{
  gint64 chf;

  self->kpis.n_commitments++;
  if (c->has_signed && c->signed_date != NULL &&
      year_of (c->signed_date) >= self->year_from && year_of (c->signed_date) <= self->year_to &&
      !is_pipeline (c->stage) && g_strcmp0 (c->stage, "declined") != 0 &&
      g_strcmp0 (c->stage, "cancelled") != 0)
    {
      if (_mz_report_commitment_to_chf (self, c, c->signed_amount, c->signed_date, TRUE, &chf))
        self->kpis.signed_chf += chf;
    }
  else if (is_pipeline (c->stage) && (c->has_expected || c->has_ask) &&
           _mz_report_commitment_to_chf (self, c, c->has_expected ? c->expected : c->ask, NULL, TRUE, &chf))
    self->kpis.pipeline_chf += mz_money_round_half_even_div (chf * c->probability, 100);
}

/* "=SUM(M5:U5)" into @formula (48 bytes) without printf: a row each. */
static void
sum_formula (char       *formula,
             const char *first_col,
             const char *last_col,
             guint32     row)
{
  char digits[12];
  int n = 0;
  char *p = formula;

  do
    digits[n++] = (char) ('0' + row % 10);
  while ((row /= 10) != 0);

  p = g_stpcpy (p, "=SUM(");
  p = g_stpcpy (p, first_col);
  for (int i = n - 1; i >= 0; i--)
    *p++ = digits[i];
  *p++ = ':';
  p = g_stpcpy (p, last_col);
  for (int i = n - 1; i >= 0; i--)
    *p++ = digits[i];
  *p++ = ')';
  *p = '\0';
}

static void
write_commitment (MzReport           *self,
                  MzXlsxSheet        *sheet,
                  MzReportCommitment *c,
                  guint               n_years,
                  const char         *first_chf_name,
                  const char         *last_chf_name,
                  gint64             *totals)
{
  guint16 first_chf = COMMITMENT_FIRST_YEAR + n_years;
  guint16 total_col = first_chf + n_years;
  guint32 row = mz_xlsx_sheet_get_row (sheet) + 1;
  char formula[48];
  gint64 total = 0;

  mz_xlsx_sheet_write_text (sheet, COMMITMENT_DONOR, c->donor, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_PAYER, c->payer, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_TITLE, c->title, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_KIND, c->kind_label, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_STAGE, c->stage_label, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_percent (sheet, COMMITMENT_PROBABILITY, c->probability / 100.0);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_ALLOCATION, c->allocation, MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, COMMITMENT_CURRENCY, c->currency, MZ_XLSX_TEXT);
  if (c->has_signed)
    mz_xlsx_sheet_write_money (sheet, COMMITMENT_SIGNED, c->signed_amount, c->exponent);
  mz_xlsx_sheet_write_date (sheet, COMMITMENT_SIGNED_ON, c->signed_date);
  mz_xlsx_sheet_write_date (sheet, COMMITMENT_START, c->start_date);
  mz_xlsx_sheet_write_date (sheet, COMMITMENT_END, c->end_date);

  for (guint y = 0; c->due != NULL && y < n_years; y++)
    {
      if (c->has_due[y])
        mz_xlsx_sheet_write_money (sheet, COMMITMENT_FIRST_YEAR + y, c->due[y], c->exponent);
      if (c->has_due[n_years + y])
        {
          mz_xlsx_sheet_write_chf (sheet, first_chf + y, c->due[n_years + y]);
          total += c->due[n_years + y];
          totals[y] += c->due[n_years + y];
        }
    }

  totals[n_years] += total;
  sum_formula (formula, first_chf_name, last_chf_name, row);
  mz_xlsx_sheet_write_formula (sheet, total_col, formula, (double) total / 100.0,
                               MZ_XLSX_VALUE_CHF, FALSE);
  mz_xlsx_sheet_next_row (sheet);
}

/* The commitment of the current row (NULL: not in scope), once those of
 * rows further on are asked for: see _mz_report_prefetch_commitment(). */
static MzReportCommitment *
row_commitment (MzReport     *self,
                MzReportRows *rows,
                int           column)
{
  _mz_report_prefetch_commitment (self, mz_report_rows_peek_text (rows, _MZ_REPORT_AHEAD_FAR, column),
                                  _MZ_REPORT_AHEAD_FAR);
  _mz_report_prefetch_commitment (self, mz_report_rows_peek_text (rows, _MZ_REPORT_AHEAD_NEAR, column),
                                  _MZ_REPORT_AHEAD_NEAR);
  return _mz_report_find_commitment (self, mz_report_rows_get_text (rows, column));
}

/* What was paid of an instalment. */
typedef struct
{
  gint64      rowid;
  gint64      received;
  const char *last;        /* in @dates */
} Paid;

struct _MzReportPaid
{
  GArray       *entries;   /* Paid, by rowid */
  GStringChunk *dates;     /* a few thousand different days */
};

static int
compare_paid (gconstpointer a,
              gconstpointer b)
{
  gint64 x = ((const Paid *) a)->rowid, y = ((const Paid *) b)->rowid;

  return x < y ? -1 : x > y;
}

/* Shared with the report */

MzReportPaid *
_mz_report_paid_load (MzStore             *store,
                      const MzReportScope *scope,
                      GCancellable        *cancellable,
                      GError             **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_instalments_paid (store, scope, error);
  MzReportPaid *paid;
  GError *local_error = NULL;

  if (rows == NULL)
    return NULL;

  paid = g_new0 (MzReportPaid, 1);
  paid->entries = g_array_new (FALSE, FALSE, sizeof (Paid));
  paid->dates = g_string_chunk_new (4096);
  while (mz_report_rows_next (rows, &local_error))
    {
      const char *last = mz_report_rows_get_text (rows, MZ_REPORT_PAID_LAST);
      Paid entry = {
        .rowid = mz_report_rows_get_int (rows, MZ_REPORT_PAID_INSTALMENT_ROWID),
        .received = mz_report_rows_get_int (rows, MZ_REPORT_PAID_RECEIVED),
        .last = last != NULL ? g_string_chunk_insert_const (paid->dates, last) : NULL,
      };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          _mz_report_paid_free (paid);
          return NULL;
        }
      g_array_append_val (paid->entries, entry);
    }
  if (!_mz_report_rows_finished (local_error, error))
    {
      _mz_report_paid_free (paid);
      return NULL;
    }

  g_array_sort (paid->entries, compare_paid);
  return paid;
}

void
_mz_report_paid_free (MzReportPaid *paid)
{
  if (paid == NULL)
    return;

  g_array_unref (paid->entries);
  g_string_chunk_free (paid->dates);
  g_free (paid);
}

/* Sheets */

gboolean
_mz_report_write_commitments (MzReport     *self,
                              MzXlsxSheet  *sheet,
                              GError      **error)
{
  static const char * const fixed[] = {
    "Donor", "Paying partner", "Title", "Kind", "Stage", "Probability", "Allocation",
    "Currency", "Signed amount", "Signed on", "Start", "End",
  };
  guint n_years = self->year_to - self->year_from + 1;
  guint n_columns = COMMITMENT_FIRST_YEAR + 2 * n_years + 1;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree gint64 *totals = g_new0 (gint64, n_years + 1);
  char first_chf[4], last_chf[4];
  guint32 first;

  for (gsize i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (labels, g_strdup (_mz_report_tr (self, fixed[i])));
  for (guint y = 0; y < n_years; y++)
    g_ptr_array_add (labels, _mz_report_year_label (self->year_from + y,
                                                    _mz_report_tr (self, "due (original currency)")));
  for (guint y = 0; y < n_years; y++)
    g_ptr_array_add (labels, _mz_report_year_label (self->year_from + y,
                                                    _mz_report_tr (self, "due (CHF)")));
  g_ptr_array_add (labels, g_strdup (_mz_report_tr (self, "Due in the period (CHF)")));

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Commitments"));
  mz_xlsx_sheet_write_header (sheet, (const char * const *) labels->pdata, n_columns, TRUE);
  first = mz_xlsx_sheet_get_row (sheet);
  mz_xlsx_column_name (COMMITMENT_FIRST_YEAR + n_years, first_chf);
  mz_xlsx_column_name (COMMITMENT_FIRST_YEAR + 2 * n_years - 1, last_chf);

  /* In donor and title order, as read. */
  for (guint i = 0; i < self->commitments->len; i++)
    {
      MzReportCommitment *c = g_ptr_array_index (self->commitments, i);

      if (!_mz_report_step (self, error))
        return FALSE;
      /* In the period by its own dates, or by an instalment due in it. */
      if (!c->touches && c->due == NULL)
        continue;

      add_commitment_kpis (self, c);
      write_commitment (self, sheet, c, n_years, first_chf, last_chf, totals);
    }

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  for (guint y = 0; y <= n_years; y++)
    mz_xlsx_sheet_write_sum_chf (sheet, COMMITMENT_FIRST_YEAR + n_years + y, first,
                                 mz_xlsx_sheet_get_row (sheet) - 1, totals[y]);
  mz_xlsx_sheet_next_row (sheet);
  return TRUE;
}

gboolean
_mz_report_write_instalments (MzReport     *self,
                              MzXlsxSheet  *sheet,
                              GError      **error)
{
  static const char * const headers[] = {
    "Due date", "Donor", "Commitment", "Kind", "Status", "Currency", "Amount", "Received",
    "Written off", "Outstanding", "Amount (CHF)", "Outstanding (CHF)", "Last payment",
    "Days overdue", "Overdue 0–30 days (CHF)", "Overdue 31–90 days (CHF)",
    "Overdue 91–180 days (CHF)", "Overdue over 180 days (CHF)",
  };
  enum { AMOUNT_CHF = 10, OUTSTANDING_CHF = 11, DAYS = 13, FIRST_BUCKET = 14, N_BUCKETS = 4 };
  static const int bucket_limits[N_BUCKETS - 1] = { 30, 90, 180 };
  g_autoptr(MzReportRows) rows = NULL;
  gint64 totals[FIRST_BUCKET + N_BUCKETS] = { 0 };
  MzReportCodeCache statuses = { 0 };
  g_autoptr(MzReportPaid) paid = NULL;
  GError *local_error = NULL;
  guint32 first;

  /* A worker (mz-report-worker.c) read what was paid and started the
   * query early. */
  paid = self->prepared_paid != NULL ? g_steal_pointer (&self->prepared_paid)
                                     : _mz_report_paid_load (self->store, &self->scope, self->cancellable, error);
  if (paid == NULL)
    return FALSE;
  rows = self->prepared_rows != NULL ? g_steal_pointer (&self->prepared_rows)
                                     : mz_report_query_instalments (self->store, &self->scope, error);
  if (rows == NULL)
    return FALSE;
  /* Read ahead on a thread while the rows before are written. */
  mz_report_rows_prefetch (rows);

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Instalments"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = row_commitment (self, rows, MZ_REPORT_INSTALMENT_COMMITMENT_ID);
      const char *due_date = mz_report_rows_get_text (rows, MZ_REPORT_INSTALMENT_DUE_DATE);
      const char *status = mz_report_rows_get_text (rows, MZ_REPORT_INSTALMENT_STATUS);
      gint64 amount = mz_report_rows_get_int (rows, MZ_REPORT_INSTALMENT_AMOUNT);
      const Paid *paid_of = _mz_report_find_rowid (paid->entries, mz_report_rows_get_int (rows, MZ_REPORT_INSTALMENT_ROWID));
      gint64 received = paid_of != NULL ? paid_of->received : 0;
      gint64 written_off = mz_report_rows_get_int (rows, MZ_REPORT_INSTALMENT_WRITTEN_OFF);
      gint64 outstanding = MAX (0, amount - received - written_off);
      gint64 amount_chf = 0, outstanding_chf = 0;
      gboolean has_chf;
      int days;

      if (!_mz_report_step (self, error))
        return FALSE;
      /* Not in scope. */
      if (c == NULL)
        continue;

      days = _mz_report_days_before (self, due_date);
      mz_xlsx_sheet_write_date (sheet, 0, due_date);
      mz_xlsx_sheet_write_text (sheet, 1, c->donor, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, c->title, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, c->kind_label, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, _mz_report_code_cached (self, &statuses, "report instalment", status), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 5, c->currency, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_money (sheet, 6, amount, c->exponent);
      mz_xlsx_sheet_write_money (sheet, 7, received, c->exponent);
      mz_xlsx_sheet_write_money (sheet, 8, written_off, c->exponent);
      mz_xlsx_sheet_write_money (sheet, 9, outstanding, c->exponent);

      /* Scheduled amounts in CHF at the rate of the month due. */
      has_chf = _mz_report_commitment_to_chf (self, c, amount, due_date, TRUE, &amount_chf) &&
                _mz_report_commitment_to_chf (self, c, outstanding, due_date, TRUE, &outstanding_chf);
      if (has_chf)
        {
          mz_xlsx_sheet_write_chf (sheet, AMOUNT_CHF, amount_chf);
          mz_xlsx_sheet_write_chf (sheet, OUTSTANDING_CHF, outstanding_chf);
          totals[AMOUNT_CHF] += amount_chf;
          totals[OUTSTANDING_CHF] += outstanding_chf;
        }
      mz_xlsx_sheet_write_date (sheet, 12, paid_of != NULL ? paid_of->last : NULL);

      if (outstanding > 0 && days > 0 && (status == NULL || strcmp (status, "written_off") != 0))
        {
          int bucket = 0;

          while (bucket < N_BUCKETS - 1 && days > bucket_limits[bucket])
            bucket++;

          mz_xlsx_sheet_write_integer (sheet, DAYS, days);
          if (has_chf)
            {
              mz_xlsx_sheet_write_chf (sheet, FIRST_BUCKET + bucket, outstanding_chf);
              totals[FIRST_BUCKET + bucket] += outstanding_chf;
              self->kpis.overdue_chf += outstanding_chf;
            }
        }


      /* The same instalment, due in its year, for the Commitments matrix. */
      add_due (self, c, due_date, amount, has_chf, amount_chf);
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  for (guint16 col = AMOUNT_CHF; col < FIRST_BUCKET + N_BUCKETS; col++)
    {
      if (col == 12 || col == DAYS)
        continue;
      mz_xlsx_sheet_write_sum_chf (sheet, col, first, mz_xlsx_sheet_get_row (sheet) - 1, totals[col]);
    }
  mz_xlsx_sheet_next_row (sheet);
  return TRUE;
}

gboolean
_mz_report_write_payments (MzReport     *self,
                           MzXlsxSheet  *sheet,
                           GError      **error)
{
  static const char * const headers[] = {
    "Date", "Donor", "Commitment", "Kind", "Currency", "Amount", "Rate (per USD)",
    "CHF rate (per USD)", "Amount (CHF)", "Reference",
  };
  enum { AMOUNT_CHF = 8 };
  g_autoptr(MzReportRows) rows = NULL;
  guint n_donors = self->donor_ids != NULL ? self->donor_ids->len : 0;
  g_autofree gint64 *received = NULL;
  g_autofree guint8 *has_received = NULL;
  GError *local_error = NULL;
  gint64 total = 0;
  guint32 first;

  /* A worker (mz-report-worker.c) started the query early. */
  rows = self->prepared_rows != NULL ? g_steal_pointer (&self->prepared_rows)
                                     : mz_report_query_payments (self->store, &self->scope, error);
  if (rows == NULL)
    return FALSE;
  /* Read ahead on a thread while the rows before are written. */
  mz_report_rows_prefetch (rows);

  /* Per donor (MzReportCommitment.donor_index) until the end. */
  received = g_new0 (gint64, n_donors);
  has_received = g_new0 (guint8, n_donors);

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Payments"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportCommitment *c = row_commitment (self, rows, MZ_REPORT_PAYMENT_COMMITMENT_ID);
      const char *currency = mz_report_rows_get_text (rows, MZ_REPORT_PAYMENT_CURRENCY);
      const char *date = mz_report_rows_get_text (rows, MZ_REPORT_PAYMENT_DATE);
      gint64 chf = mz_report_rows_get_int (rows, MZ_REPORT_PAYMENT_AMOUNT_CHF);
      int exponent;

      if (!_mz_report_step (self, error))
        return FALSE;
      /* Not in scope. */
      if (c == NULL)
        continue;

      /* Mostly the commitment's currency. */
      exponent = currency != NULL && c->currency != NULL && strcmp (currency, c->currency) == 0
                   ? c->exponent : mz_money_currency_exponent (currency);

      mz_xlsx_sheet_write_date (sheet, 0, date);
      mz_xlsx_sheet_write_text (sheet, 1, c->donor, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, c->title, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, c->kind_label, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, currency, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_money (sheet, 5, mz_report_rows_get_int (rows, MZ_REPORT_PAYMENT_AMOUNT), exponent);
      mz_xlsx_sheet_write_micro (sheet, 6, mz_report_rows_get_int (rows, MZ_REPORT_PAYMENT_RATE_MICRO));
      mz_xlsx_sheet_write_micro (sheet, 7, mz_report_rows_get_int (rows, MZ_REPORT_PAYMENT_CHF_RATE_MICRO));
      mz_xlsx_sheet_write_chf (sheet, AMOUNT_CHF, chf);
      mz_xlsx_sheet_write_text (sheet, 9, mz_report_rows_get_text (rows, MZ_REPORT_PAYMENT_REFERENCE), MZ_XLSX_TEXT);
      total += chf;
      mz_xlsx_sheet_next_row (sheet);

      /* Income of the donor (Partners) and by kind and unit. */
      received[c->donor_index] += chf;
      has_received[c->donor_index] = TRUE;
      _mz_report_income_add (self, c, year_of (date), chf);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  /* Partners looks its donors up by id. */
  if (self->received == NULL)
    self->received = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint d = 0; d < n_donors; d++)
    if (has_received[d])
      {
        const char *donor_id = g_ptr_array_index (self->donor_ids, d);
        gint64 *sum = g_hash_table_lookup (self->received, donor_id);

        if (sum == NULL)
          {
            sum = g_new0 (gint64, 1);
            g_hash_table_insert (self->received, (gpointer) donor_id, sum);
          }
        *sum += received[d];
      }

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  mz_xlsx_sheet_write_sum_chf (sheet, AMOUNT_CHF, first, mz_xlsx_sheet_get_row (sheet) - 1, total);
  mz_xlsx_sheet_next_row (sheet);
  return TRUE;
}

gboolean
_mz_report_write_inkind (MzReport     *self,
                         MzXlsxSheet  *sheet,
                         GError      **error)
{
  static const char * const headers[] = {
    "Partner", "Kind", "Description", "Unit", "Initiative", "Start", "End", "Quantity",
    "Quantity unit", "Fair value", "Currency", "Fair value (CHF)", "Valuation basis",
  };
  enum { VALUE_CHF = 11 };
  g_autoptr(MzReportRows) rows = mz_report_query_inkind (self->store, &self->scope, error);
  GError *local_error = NULL;
  gint64 total = 0;
  guint32 first;

  if (rows == NULL)
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "In-kind"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  while (mz_report_rows_next (rows, &local_error))
    {
      const char *currency = mz_report_rows_get_text (rows, MZ_REPORT_INKIND_CURRENCY);
      const char *start = mz_report_rows_get_text (rows, MZ_REPORT_INKIND_START_DATE);
      gint64 value = mz_report_rows_get_int (rows, MZ_REPORT_INKIND_FAIR_VALUE);
      gint64 chf;
      gboolean has_chf;

      if (!_mz_report_step (self, error))
        return FALSE;

      mz_xlsx_sheet_write_text (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_PARTNER), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 1, _mz_report_code (self, "report in-kind",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_INKIND_KIND)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_DESCRIPTION), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_UNIT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_INITIATIVE), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_date (sheet, 5, start);
      mz_xlsx_sheet_write_date (sheet, 6, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_END_DATE));
      if (!mz_report_rows_is_null (rows, MZ_REPORT_INKIND_QUANTITY_MILLI))
        mz_xlsx_sheet_write_number (sheet, 7, mz_report_rows_get_int (rows, MZ_REPORT_INKIND_QUANTITY_MILLI) / 1000.0);
      mz_xlsx_sheet_write_text (sheet, 8, _mz_report_code (self, "report quantity",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_INKIND_QUANTITY_UNIT)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_money (sheet, 9, value, mz_money_currency_exponent (currency));
      mz_xlsx_sheet_write_text (sheet, 10, currency, MZ_XLSX_TEXT);

      /* The CHF value recorded at entry, else at the rate of the start. */
      if (!mz_report_rows_is_null (rows, MZ_REPORT_INKIND_FAIR_VALUE_CHF))
        {
          chf = mz_report_rows_get_int (rows, MZ_REPORT_INKIND_FAIR_VALUE_CHF);
          has_chf = TRUE;
        }
      else
        has_chf = _mz_report_to_chf (self, value, currency, start, &chf);
      if (has_chf)
        {
          mz_xlsx_sheet_write_chf (sheet, VALUE_CHF, chf);
          total += chf;
        }

      mz_xlsx_sheet_write_text (sheet, 12, mz_report_rows_get_text (rows, MZ_REPORT_INKIND_VALUATION_BASIS), MZ_XLSX_TEXT);
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  mz_xlsx_sheet_write_sum_chf (sheet, VALUE_CHF, first, mz_xlsx_sheet_get_row (sheet) - 1, total);
  mz_xlsx_sheet_next_row (sheet);
  self->kpis.inkind_chf = total;
  return TRUE;
}

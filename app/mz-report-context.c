/* mz-report-context.c — what the sheets of the report share: words in
 * the workbook's language, progress and cancellation, exchange rates,
 * units, shares of allocations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mz-money.h"
#include "mz-report-private.h"

typedef struct
{
  int    month;        /* year × 12 + month − 1 */
  gint64 rate_micro;
} Rate;

/* Helpers */

static void
unit_free (MzReportUnit *unit)
{
  g_free (unit->id);
  g_free (unit->code);
  g_free (unit->parent_id);
  g_free (unit->kind);
  g_free (unit->name);
  g_free (unit);
}

static int
month_index (const char *iso)
{
  int year, month;

  if (!_mz_report_parse_date (iso, 7, &year, &month, NULL) || month < 1 || month > 12)
    return -1;
  return year * 12 + month - 1;
}

gboolean
_mz_report_load_rates (MzReport  *self,
            GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_rates (self->store, error);
  g_autoptr(GError) local_error = NULL;

  if (rows == NULL)
    return FALSE;

  self->rates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_array_unref);
  while (mz_report_rows_next (rows, &local_error))
    {
      const char *currency = mz_report_rows_get_text (rows, MZ_REPORT_RATE_CURRENCY);
      Rate rate = {
        .month = month_index (mz_report_rows_get_text (rows, MZ_REPORT_RATE_MONTH)),
        .rate_micro = mz_report_rows_get_int (rows, MZ_REPORT_RATE_MICRO),
      };
      GArray *list = g_hash_table_lookup (self->rates, currency);

      if (rate.month < 0 || rate.rate_micro <= 0)
        continue;

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Rate));
          g_hash_table_insert (self->rates, g_strdup (currency), list);
        }

      /* Rows come by month, the latest change of a month last. */
      if (list->len > 0 && g_array_index (list, Rate, list->len - 1).month == rate.month)
        g_array_index (list, Rate, list->len - 1) = rate;
      else
        g_array_append_val (list, rate);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* Every conversion needs them: looked up once. */
  self->chf_rates = g_hash_table_lookup (self->rates, "CHF");
  return TRUE;
}

/* The rate of @month in @list, or the latest before it. */
static gboolean
find_rate (GArray *list,
           int     month,
           gint64 *rate_micro)
{
  guint low = 0, high;

  if (list == NULL || list->len == 0 || month < g_array_index (list, Rate, 0).month)
    return FALSE;

  high = list->len;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (list, Rate, middle).month <= month)
        low = middle;
      else
        high = middle;
    }

  *rate_micro = g_array_index (list, Rate, low).rate_micro;
  return TRUE;
}

/* @amount (minor units, @exponent) in CHF at the rates of @month. */
static gboolean
convert (MzReport *self,
         gint64    amount,
         int       exponent,
         GArray   *rates,
         int       month,
         gint64   *chf)
{
  gint64 rate, chf_rate;

  return month >= 0 &&
         find_rate (rates, month, &rate) &&
         find_rate (self->chf_rates, month, &chf_rate) &&
         mz_money_to_chf (amount, exponent, rate, chf_rate, chf, NULL);
}

gboolean
_mz_report_load_units (MzReport  *self,
            GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_units (self->store, error);
  g_autoptr(GError) local_error = NULL;

  if (rows == NULL)
    return FALSE;

  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) unit_free);
  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportUnit *unit = g_new0 (MzReportUnit, 1);

      unit->id = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_ID));
      unit->code = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_CODE));
      unit->parent_id = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_PARENT_ID));
      unit->kind = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_KIND));
      unit->name = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_NAME));
      g_hash_table_insert (self->units, unit->id, unit);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

const MzReportUnit *
_mz_report_find_unit (MzReport   *self,
                   const char *code)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->units);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const MzReportUnit *unit = value;

      if (g_strcmp0 (unit->code, code) == 0)
        return unit;
    }
  return NULL;
}

void
_mz_report_progress (MzReport *self,
                 gboolean  force)
{
  double fraction;

  if (self->progress == NULL)
    return;

  fraction = self->work_done;
  for (guint i = 0; i < MZ_REPORT_N_WORKERS; i++)
    fraction += _mz_report_worker_done (self->workers[i]);
  fraction = self->work_total > 0 ? CLAMP (fraction / self->work_total, 0, 1) : 0;
  if (!force && fraction - self->last_fraction < 0.005)
    return;

  self->last_fraction = fraction;
  self->progress (fraction, self->progress_data);
}

/* Shared with the sheets */

gboolean
_mz_report_parse_date (const char *iso,
                       gsize       length,
                       int        *year,
                       int        *month,
                       int        *day)
{
  static const int digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };

  if (iso == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (digits) && (gsize) digits[i] < length; i++)
    if (!g_ascii_isdigit (iso[digits[i]]))
      return FALSE;
  if (iso[4] != '-' || (length > 7 && iso[7] != '-'))
    return FALSE;

  *year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  *month = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (day != NULL)
    *day = (iso[8] - '0') * 10 + (iso[9] - '0');
  return TRUE;
}


const char *
_mz_report_tr (MzReport   *self,
               const char *msgid)
{
  return mz_report_strings_get (self->strings, "report", msgid);
}

const char *
_mz_report_code (MzReport   *self,
                 const char *context,
                 const char *code)
{
  return mz_report_strings_code (self->strings, context, code);
}

const char *
_mz_report_code_cached (MzReport          *self,
                        MzReportCodeCache *cache,
                        const char        *context,
                        const char        *code)
{
  guint i;

  if (code == NULL)
    return NULL;
  for (i = 0; i < G_N_ELEMENTS (cache->entries) && cache->entries[i].label != NULL; i++)
    if (strcmp (cache->entries[i].code, code) == 0)
      return cache->entries[i].label;
  if (i == G_N_ELEMENTS (cache->entries) || strlen (code) >= sizeof cache->entries[i].code)
    return _mz_report_code (self, context, code);
  g_strlcpy (cache->entries[i].code, code, sizeof cache->entries[i].code);
  cache->entries[i].label = _mz_report_code (self, context, code);
  return cache->entries[i].label;
}

gconstpointer
_mz_report_find_rowid (GArray *array,
                       gint64  rowid)
{
  guint size = g_array_get_element_size (array);
  guint low = 0, high = array->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const char *entry = array->data + (gsize) middle * size;
      gint64 found;

      memcpy (&found, entry, sizeof found);
      if (found == rowid)
        return entry;
      if (found < rowid)
        low = middle + 1;
      else
        high = middle;
    }
  return NULL;
}

void
_mz_report_begin_work (MzReport *self,
                       double    budget)
{
  self->work_start = self->work_done;
  self->work_budget = MAX (budget, 1);
}

gboolean
_mz_report_stopped (MzReport  *self,
                    GError   **error)
{
  if (self->parent != NULL && g_atomic_int_get (&self->parent->stop_workers))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was stopped."));
      return TRUE;
    }
  return g_cancellable_set_error_if_cancelled (self->cancellable, error);
}

gboolean
_mz_report_step (MzReport  *self,
                 GError   **error)
{
  /* A worker's rows are counted for the caller, who reports them. */
  if (self->parent != NULL)
    {
      g_atomic_int_inc (&self->parallel_done);
      if (g_atomic_int_get (&self->parent->stop_workers))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was stopped."));
          return FALSE;
        }
    }
  else
    {
      if (self->work_done < self->work_start + self->work_budget)
        self->work_done += 1;
      _mz_report_progress (self, FALSE);
    }

  return !g_cancellable_set_error_if_cancelled (self->cancellable, error) &&
         mz_xlsx_book_check (self->book, error);
}

void
_mz_report_end_work (MzReport *self)
{
  self->work_done = self->work_start + self->work_budget;
  _mz_report_progress (self, FALSE);
}

void
_mz_report_write_header (MzReport          *self,
                         MzXlsxSheet       *sheet,
                         const char *const *msgids,
                         guint              n,
                         gboolean           table)
{
  g_autofree const char **labels = g_new0 (const char *, n);

  for (guint i = 0; i < n; i++)
    labels[i] = msgids[i] != NULL ? _mz_report_tr (self, msgids[i]) : NULL;
  mz_xlsx_sheet_write_header (sheet, labels, n, table);
}

gboolean
_mz_report_rows_finished (GError  *local_error,
                          GError **error)
{
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

char *
_mz_report_period_text (MzReport *self)
{
  return self->year_from == self->year_to
           ? g_strdup_printf ("%d", self->year_from)
           : g_strdup_printf ("%d–%d", self->year_from, self->year_to);
}

void
_mz_report_begin_sheet (MzReport    *self,
                        MzXlsxSheet *sheet,
                        const char  *title)
{
  g_autofree char *period = _mz_report_period_text (self);
  g_autofree char *line = g_strdup_printf ("%s: %s · %s: %s · %s: %s · %s: %s",
                                           _mz_report_tr (self, "Period"), period,
                                           _mz_report_tr (self, "Unit"), self->unit_label,
                                           _mz_report_tr (self, "Initiative"), self->initiative_label,
                                           _mz_report_tr (self, "Report date"), self->as_of);

  mz_xlsx_sheet_write_text (sheet, 0, title, MZ_XLSX_TITLE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, line, MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);
}

gboolean
_mz_report_to_chf (MzReport   *self,
                   gint64      amount,
                   const char *currency,
                   const char *date,
                   gint64     *chf)
{
  if (g_strcmp0 (currency, "CHF") == 0)
    {
      *chf = amount;
      return TRUE;
    }

  if (currency == NULL ||
      !convert (self, amount, mz_money_currency_exponent (currency),
                g_hash_table_lookup (self->rates, currency),
                month_index (date != NULL ? date : self->as_of), chf))
    {
      self->kpis.missing_rates++;
      return FALSE;
    }

  return TRUE;
}

gboolean
_mz_report_commitment_to_chf (MzReport                 *self,
                              const MzReportCommitment *c,
                              gint64                    amount,
                              const char               *date,
                              gboolean                  count_missing,
                              gint64                   *chf)
{
  if (c->is_chf)
    {
      *chf = amount;
      return TRUE;
    }

  if (c->currency == NULL ||
      !convert (self, amount, c->exponent, c->rates, month_index (date != NULL ? date : self->as_of), chf))
    {
      if (count_missing)
        self->kpis.missing_rates++;
      return FALSE;
    }

  return TRUE;
}

GArray *
_mz_report_rates_of (MzReport   *self,
                     const char *currency)
{
  return currency != NULL ? g_hash_table_lookup (self->rates, currency) : NULL;
}

const MzReportUnit *
_mz_report_top_unit (MzReport   *self,
                     const char *unit_id)
{
  const MzReportUnit *unit = unit_id ? g_hash_table_lookup (self->units, unit_id) : NULL;

  /* Area office → regional office → bureau; a loop cannot hold us. */
  for (int depth = 0; unit != NULL && unit->parent_id != NULL && depth < 16; depth++)
    {
      const MzReportUnit *parent = g_hash_table_lookup (self->units, unit->parent_id);

      if (parent == NULL)
        break;
      unit = parent;
    }

  return unit;
}

gint64
_mz_report_share (gint64   amount,
                  gboolean by_percent,
                  gint64   percent_bp,
                  gint64   allocated,
                  gint64   base)
{
  gint64 bp;

  if (by_percent)
    bp = percent_bp;
  else if (base > 0 && allocated >= 0 && allocated <= G_MAXINT64 / 10000)
    bp = mz_money_round_half_even_div (allocated * 10000, base);
  else
    return 0;

  bp = CLAMP (bp, 0, 10000);
  if (amount > G_MAXINT64 / 10000 || amount < -(G_MAXINT64 / 10000))
    return amount / 10000 * bp;
  return mz_money_round_half_even_div (amount * bp, 10000);
}

int
_mz_report_days_before (MzReport   *self,
                        const char *iso)
{
  GDate date;
  int y, m, d;

  if (!_mz_report_parse_date (iso, 10, &y, &m, &d) || !g_date_valid_dmy (d, m, y) ||
      !g_date_valid (&self->as_of_date))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_days_between (&date, &self->as_of_date);
}

char *
_mz_report_year_label (int         year,
                       const char *suffix)
{
  return suffix != NULL ? g_strdup_printf ("%d %s", year, suffix) : g_strdup_printf ("%d", year);
}


/* mz-report-sheets-income->c — the report's sheets of income: Extra-budgetary
 * (CHF received per year by kind and by unit, shares, concentration, with
 * charts) and Regular budget (Table 1 of the strategy, with a chart)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mz-report-private.h"

/* Kinds of commitment, in the order of the strategy's 2023 figures. */
static const char * const kinds[] = {
  "trust_fund", "voluntary_contribution", "sponsorship", "project_support", "secondment",
};

/* Table 1 of the strategy, in its order. */
static const char * const budget_lines[] = {
  "assessed_member_states", "sector_members", "publications", "satellite_filings", "other",
};

/* The units income is reported by: GS, then the bureaux. */
static const char * const top_unit_order[] = { "GS", "BR", "TSB", "BDT" };

#define UNALLOCATED "\001unallocated"

/* Extra-budgetary income, added up one payment at a time as the Payments
 * sheet is written. */
struct _MzReportIncome
{
  MzReport   *report;
  gboolean    filtered;
  guint       n_years;
  gint64     *by_kind;       /* [kind × year] */
  GHashTable *by_unit;       /* code → gint64[n_years] */
  GPtrArray  *unit_codes;    /* report order */
  gint64     *by_donor;      /* [donor_index × (n_years + 1)] */
  guint       n_donors;
  GArray     *pieces;        /* Piece, of the payment being added */
  /* The rows of by_unit last found, by the code's address: a few top
   * units for every payment. */
  struct
  {
    const char *code;
    gint64     *row;
  } recent[8];
  guint       n_recent;
};

typedef MzReportIncome Income;

typedef struct
{
  const char *unit_code;     /* UNALLOCATED for a share without unit */
  gint64      chf;
  gint64      bp;
} Piece;

/* Helpers */

static void
write_row_sum (MzXlsxSheet *sheet,
               guint16      col,
               guint16      first_col,
               guint16      last_col,
               gint64       centimes)
{
  g_autofree char *formula = NULL;
  guint32 row = mz_xlsx_sheet_get_row (sheet) + 1;
  char first[4], last[4];

  mz_xlsx_column_name (first_col, first);
  mz_xlsx_column_name (last_col, last);
  formula = g_strdup_printf ("=SUM(%s%u:%s%u)", first, row, last, row);
  mz_xlsx_sheet_write_formula (sheet, col, formula, (double) centimes / 100.0, MZ_XLSX_VALUE_CHF, FALSE);
}

/* =part/whole for a share; @whole_row is 0-based. */
static void
write_share (MzXlsxSheet *sheet,
             guint16      col,
             guint32      part_row,
             guint32      whole_row,
             gint64       part,
             gint64       whole,
             gboolean     total)
{
  g_autofree char *formula = NULL;
  char name[4];

  if (whole <= 0)
    return;

  mz_xlsx_column_name (col, name);
  formula = g_strdup_printf ("=%s%u/%s$%u", name, part_row + 1, name, whole_row + 1);
  mz_xlsx_sheet_write_formula (sheet, col, formula, (double) part / (double) whole,
                               MZ_XLSX_VALUE_PERCENT, total);
}

static void
write_year_header (MzReport    *self,
                   MzXlsxSheet *sheet,
                   const char  *first,
                   gboolean     with_total,
                   gboolean     table)
{
  guint n_years = self->year_to - self->year_from + 1;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (labels, g_strdup (_mz_report_tr (self, first)));
  for (guint y = 0; y < n_years; y++)
    g_ptr_array_add (labels, _mz_report_year_label (self->year_from + y, NULL));
  if (with_total)
    g_ptr_array_add (labels, g_strdup (_mz_report_tr (self, "Total")));
  mz_xlsx_sheet_write_header (sheet, (const char * const *) labels->pdata, labels->len, table);
}

/* Extra-budgetary: adding up */

static Income *
income_new (MzReport *report)
{
  Income *self = g_new0 (Income, 1);

  self->report = report;
  self->filtered = report->scope.unit_code != NULL || report->scope.initiative_id != NULL;
  self->n_years = report->year_to - report->year_from + 1;
  self->by_kind = g_new0 (gint64, G_N_ELEMENTS (kinds) * self->n_years);
  self->by_unit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  self->n_donors = report->donor_ids != NULL ? report->donor_ids->len : 0;
  self->by_donor = g_new0 (gint64, (gsize) self->n_donors * (self->n_years + 1));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  return self;
}

static gint64 *
unit_row (Income     *self,
          const char *code)
{
  gint64 *row;

  /* Codes are the units' own strings (or UNALLOCATED): the same address
   * for the same unit. */
  for (guint i = 0; i < self->n_recent; i++)
    if (self->recent[i].code == code)
      return self->recent[i].row;

  row = g_hash_table_lookup (self->by_unit, code);
  if (row == NULL)
    {
      row = g_new0 (gint64, self->n_years);
      g_hash_table_insert (self->by_unit, g_strdup (code), row);
      if (strcmp (code, UNALLOCATED) != 0)
        g_ptr_array_add (self->unit_codes, g_strdup (code));
    }
  if (self->n_recent < G_N_ELEMENTS (self->recent))
    {
      self->recent[self->n_recent].code = code;
      self->recent[self->n_recent].row = row;
      self->n_recent++;
    }
  return row;
}

/* Per donor: CHF of each year of the period, then of the whole period. */
static void
add_to_donor (Income *self,
              guint   donor_index,
              int     y,
              gint64  chf)
{
  gint64 *totals;

  g_return_if_fail (donor_index < self->n_donors);
  totals = self->by_donor + (gsize) donor_index * (self->n_years + 1);
  totals[y] += chf;
  totals[self->n_years] += chf;
}

/* The shares of @amount that the commitment's allocations in scope give,
 * each rolled up to GS or its bureau. */
static void
split (Income             *self,
       MzReportCommitment *c,
       gint64              amount)
{
  gint64 base = c->has_signed ? c->signed_amount : c->has_expected ? c->expected : c->ask;

  g_array_set_size (self->pieces, 0);
  for (guint i = 0; c->shares != NULL && i < c->shares->len; i++)
    {
      const MzReportShare *share = &g_array_index (c->shares, MzReportShare, i);
      Piece piece = { 0 };

      /* Without a filter, a share for an initiative only is not a unit's. */
      if (!self->filtered && share->unit_id == NULL)
        continue;

      piece.bp = share->by_percent ? share->percent_bp : 0;
      piece.chf = _mz_report_share (amount, share->by_percent, share->percent_bp, share->amount, base);
      /* The top unit was found as the allocations were read. */
      piece.unit_code = share->unit_id != NULL && share->top != NULL ? share->top->code : UNALLOCATED;
      g_array_append_val (self->pieces, piece);
    }
}

void
_mz_report_income_add (MzReport           *report,
                       MzReportCommitment *c,
                       int                 year,
                       gint64              amount)
{
  Income *self;
  int y = year - report->year_from;
  gint64 counted, allocated = 0, bp = 0;

  if (report->income == NULL)
    report->income = income_new (report);
  self = report->income;
  if (y < 0 || y >= (int) self->n_years)
    return;

  split (self, c, amount);
  for (guint i = 0; i < self->pieces->len; i++)
    {
      allocated += g_array_index (self->pieces, Piece, i).chf;
      bp += g_array_index (self->pieces, Piece, i).bp;
    }

  /* Shares that make the whole payment: the cent lost to rounding goes to
   * the largest, so that units add up to the payment. */
  if (bp == 10000 && allocated != amount && self->pieces->len > 0)
    {
      guint largest = 0;

      for (guint i = 1; i < self->pieces->len; i++)
        if (g_array_index (self->pieces, Piece, i).chf > g_array_index (self->pieces, Piece, largest).chf)
          largest = i;
      g_array_index (self->pieces, Piece, largest).chf += amount - allocated;
      allocated = amount;
    }

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);

      unit_row (self, piece->unit_code)[y] += piece->chf;
    }

  if (self->filtered)
    counted = allocated;
  else
    {
      counted = amount;
      if (amount > allocated)
        unit_row (self, UNALLOCATED)[y] += amount - allocated;
    }

  if (c->kind_index >= 0)
    self->by_kind[c->kind_index * self->n_years + y] += counted;

  add_to_donor (self, c->donor_index, y, counted);
  report->kpis.received_chf += counted;
}

void
_mz_report_income_free (MzReportIncome *self)
{
  if (self == NULL)
    return;

  g_free (self->by_kind);
  g_hash_table_unref (self->by_unit);
  g_ptr_array_unref (self->unit_codes);
  g_free (self->by_donor);
  g_array_unref (self->pieces);
  g_free (self);
}

int
_mz_report_income_kind (const char *kind)
{
  for (gsize k = 0; kind != NULL && k < G_N_ELEMENTS (kinds); k++)
    if (strcmp (kind, kinds[k]) == 0)
      return (int) k;
  return -1;
}

static int
unit_order (const char *code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (top_unit_order); i++)
    if (g_strcmp0 (code, top_unit_order[i]) == 0)
      return (int) i;
  return G_N_ELEMENTS (top_unit_order);
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const char *code_a = *(const char * const *) a;
  const char *code_b = *(const char * const *) b;
  int order = unit_order (code_a) - unit_order (code_b);

  return order != 0 ? order : g_strcmp0 (code_a, code_b);
}

static int
compare_largest_first (gconstpointer a,
                       gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x > y ? -1 : x < y;
}

/* Top-5 share and Herfindahl–Hirschman index of the donors of year @y of
 * the period, or of the whole period when @y is n_years. */
static void
concentration (Income *self,
               guint   y,
               double *top5,
               double *hhi)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 total = 0, top = 0;

  for (guint d = 0; d < self->n_donors; d++)
    {
      gint64 amount = self->by_donor[(gsize) d * (self->n_years + 1) + y];

      if (amount <= 0)
        continue;
      g_array_append_val (amounts, amount);
      total += amount;
    }

  *top5 = *hhi = NAN;
  if (total <= 0)
    return;

  g_array_sort (amounts, compare_largest_first);
  *hhi = 0;
  for (guint i = 0; i < amounts->len; i++)
    {
      double share = 100.0 * g_array_index (amounts, gint64, i) / total;

      *hhi += share * share;
      if (i < 5)
        top += g_array_index (amounts, gint64, i);
    }
  *top5 = (double) top / total;
}

/* Writes a block of rows × years with a row total column and a total row;
 * then a block of their shares. Returns the first and last data rows of
 * the amounts. */
static void
write_block (MzReport     *self,
             MzXlsxSheet  *sheet,
             const char   *title,
             const char   *share_title,
             const char   *first_header,
             GPtrArray    *labels,
             gint64      **values,
             gboolean      table,
             guint32      *first_row,
             guint32      *last_row)
{
  guint n_years = self->year_to - self->year_from + 1;
  g_autofree gint64 *totals = g_new0 (gint64, n_years + 1);
  guint32 first, total_row;

  mz_xlsx_sheet_write_text (sheet, 0, title, MZ_XLSX_LABEL);
  mz_xlsx_sheet_next_row (sheet);
  write_year_header (self, sheet, first_header, TRUE, table);
  first = mz_xlsx_sheet_get_row (sheet);

  for (guint r = 0; r < labels->len; r++)
    {
      gint64 row_total = 0;

      mz_xlsx_sheet_write_text (sheet, 0, g_ptr_array_index (labels, r), MZ_XLSX_TEXT);
      for (guint y = 0; y < n_years; y++)
        {
          mz_xlsx_sheet_write_chf (sheet, 1 + y, values[r][y]);
          row_total += values[r][y];
          totals[y] += values[r][y];
        }
      write_row_sum (sheet, 1 + n_years, 1, n_years, row_total);
      totals[n_years] += row_total;
      mz_xlsx_sheet_next_row (sheet);
    }

  if (table)
    mz_xlsx_sheet_end_table (sheet);
  total_row = mz_xlsx_sheet_get_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  for (guint y = 0; y <= n_years; y++)
    mz_xlsx_sheet_write_sum_chf (sheet, 1 + y, first, total_row - 1, totals[y]);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);

  *first_row = first;
  *last_row = total_row - 1;

  /* Shares of each year's total. */
  mz_xlsx_sheet_write_text (sheet, 0, share_title, MZ_XLSX_LABEL);
  mz_xlsx_sheet_next_row (sheet);
  write_year_header (self, sheet, first_header, TRUE, FALSE);
  for (guint r = 0; r <= labels->len; r++)
    {
      gboolean is_total = r == labels->len;
      gint64 row_total = 0;

      mz_xlsx_sheet_write_text (sheet, 0, is_total ? _mz_report_tr (self, "Total")
                                                   : g_ptr_array_index (labels, r),
                                is_total ? MZ_XLSX_TOTAL_LABEL : MZ_XLSX_TEXT);
      for (guint y = 0; y <= n_years; y++)
        {
          gint64 part;

          if (is_total)
            part = totals[y];
          else if (y < n_years)
            part = values[r][y];
          else
            {
              for (guint z = 0; z < n_years; z++)
                row_total += values[r][z];
              part = row_total;
            }
          write_share (sheet, 1 + y, first + r, total_row, part, totals[y], is_total);
        }
      mz_xlsx_sheet_next_row (sheet);
    }
  mz_xlsx_sheet_next_row (sheet);
}

static void
add_stacked_chart (MzReport    *self,
                   MzXlsxSheet *sheet,
                   const char  *title,
                   guint32      header_row,
                   guint32      first_row,
                   guint32      last_row,
                   guint32      at_row,
                   guint16      at_col)
{
  guint n_years = self->year_to - self->year_from + 1;
  lxw_chart *chart;

  if (last_row < first_row)
    return;

  chart = mz_xlsx_book_add_chart (self->book, LXW_CHART_COLUMN_STACKED, title);
  if (chart == NULL)
    return;

  for (guint32 row = first_row; row <= last_row; row++)
    mz_xlsx_chart_add_series (chart, sheet, row, 0,
                              header_row, 1, header_row, n_years,
                              row, 1, row, n_years);
  chart_axis_set_num_format (chart->y_axis, "#,##0");
  mz_xlsx_sheet_insert_chart (sheet, at_row, at_col, chart, 1.4, 1.2);
}

/* Sheets */

gboolean
_mz_report_write_income (MzReport     *self,
                         MzXlsxSheet  *sheet,
                         GError      **error)
{
  guint n_years = self->year_to - self->year_from + 1;
  Income *income;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree gint64 **values = NULL;
  guint32 kind_header, kind_first, kind_last, unit_header, unit_first, unit_last;
  guint16 chart_col = n_years + 3;

  /* Payments, written before, added the income up. */
  if (!_mz_report_step (self, error))
    return FALSE;
  if (self->income == NULL)
    self->income = income_new (self);
  income = self->income;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Extra-budgetary"));

  /* By kind: every kind, so that years compare. */
  values = g_new0 (gint64 *, G_N_ELEMENTS (kinds));
  for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_ptr_array_add (labels, g_strdup (_mz_report_code (self, "report kind", kinds[k])));
      values[k] = income->by_kind + k * n_years;
    }
  kind_header = mz_xlsx_sheet_get_row (sheet) + 1;
  write_block (self, sheet, _mz_report_tr (self, "CHF received by kind of contribution"),
               _mz_report_tr (self, "Share by kind of contribution"), "Kind",
               labels, values, TRUE, &kind_first, &kind_last);

  /* By unit: GS and the bureaux, each with its offices. */
  for (gsize i = 0; i < G_N_ELEMENTS (top_unit_order); i++)
    unit_row (income, top_unit_order[i]);
  g_ptr_array_sort (income->unit_codes, compare_units);
  g_free (values);
  values = g_new0 (gint64 *, income->unit_codes->len + 1);
  g_ptr_array_set_size (labels, 0);
  for (guint i = 0; i < income->unit_codes->len; i++)
    {
      const char *code = g_ptr_array_index (income->unit_codes, i);
      const char *name = _mz_report_code (self, "report unit", code);

      g_ptr_array_add (labels, g_strcmp0 (name, code) != 0 ? g_strdup_printf ("%s — %s", code, name)
                                                          : g_strdup (code));
      values[i] = g_hash_table_lookup (income->by_unit, code);
    }
  if (g_hash_table_contains (income->by_unit, UNALLOCATED))
    {
      values[labels->len] = g_hash_table_lookup (income->by_unit, UNALLOCATED);
      g_ptr_array_add (labels, g_strdup (_mz_report_tr (self, "Unallocated")));
    }
  unit_header = mz_xlsx_sheet_get_row (sheet) + 1;
  write_block (self, sheet, _mz_report_tr (self, "CHF received by unit"),
               _mz_report_tr (self, "Share by unit"), "Unit",
               labels, values, FALSE, &unit_first, &unit_last);

  /* Concentration, per year and for the period. */
  {
    static const char * const headers[] = {
      "Year", "Share of the five largest donors", "Concentration index (HHI)",
    };
    g_autofree char *period = _mz_report_period_text (self);

    mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Concentration of income"), MZ_XLSX_LABEL);
    mz_xlsx_sheet_next_row (sheet);
    _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), FALSE);
    for (guint y = 0; y <= n_years; y++)
      {
        g_autofree char *key = y < n_years ? g_strdup_printf ("%d", self->year_from + (int) y)
                                           : g_strdup ("all");
        double top5, hhi;

        concentration (income, y, &top5, &hhi);
        mz_xlsx_sheet_write_text (sheet, 0, y < n_years ? key : period,
                                  y < n_years ? MZ_XLSX_TEXT : MZ_XLSX_TOTAL_LABEL);
        mz_xlsx_sheet_write_percent (sheet, 1, top5);
        mz_xlsx_sheet_write_number (sheet, 2, round (hhi));
        if (y == n_years)
          {
            self->kpis.top5_share = top5;
            self->kpis.hhi = hhi;
          }
        mz_xlsx_sheet_next_row (sheet);
      }
    mz_xlsx_sheet_next_row (sheet);
  }

  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Income is counted when received: payments "
                                                     "dated in the year, CHF equivalent at entry."), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Offices count with their bureau: a bureau’s "
                                                     "figures include its regional and area offices."), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);

  add_stacked_chart (self, sheet, _mz_report_tr (self, "CHF received by kind of contribution"),
                     kind_header, kind_first, kind_last, kind_header - 1, chart_col);
  add_stacked_chart (self, sheet, _mz_report_tr (self, "CHF received by unit"),
                     unit_header, unit_first, unit_last, unit_header - 1, chart_col);
  return TRUE;
}

gboolean
_mz_report_write_budget (MzReport     *self,
                         MzXlsxSheet  *sheet,
                         GError      **error)
{
  guint n_years = self->year_to - self->year_from + 1;
  g_autoptr(MzReportRows) rows = mz_report_query_budget (self->store, &self->scope, error);
  g_autofree gint64 *amounts = g_new0 (gint64, G_N_ELEMENTS (budget_lines) * n_years);
  g_autofree gboolean *known = g_new0 (gboolean, G_N_ELEMENTS (budget_lines) * n_years);
  g_autofree gint64 *totals = g_new0 (gint64, n_years);
  GError *local_error = NULL;
  guint32 header, first;
  lxw_chart *chart;

  if (rows == NULL)
    return FALSE;

  while (mz_report_rows_next (rows, &local_error))
    {
      int y = (int) mz_report_rows_get_int (rows, MZ_REPORT_BUDGET_YEAR) - self->year_from;
      const char *line = mz_report_rows_get_text (rows, MZ_REPORT_BUDGET_LINE);

      if (!_mz_report_step (self, error))
        return FALSE;
      if (y < 0 || y >= (int) n_years)
        continue;
      for (gsize l = 0; l < G_N_ELEMENTS (budget_lines); l++)
        if (g_strcmp0 (line, budget_lines[l]) == 0)
          {
            amounts[l * n_years + y] += mz_report_rows_get_int (rows, MZ_REPORT_BUDGET_AMOUNT_CHF);
            known[l * n_years + y] = TRUE;
          }
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Regular budget income (CHF)"));
  header = mz_xlsx_sheet_get_row (sheet);
  write_year_header (self, sheet, "Line", FALSE, TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  for (gsize l = 0; l < G_N_ELEMENTS (budget_lines); l++)
    {
      mz_xlsx_sheet_write_text (sheet, 0, _mz_report_code (self, "report budget line", budget_lines[l]),
                                MZ_XLSX_TEXT);
      for (guint y = 0; y < n_years; y++)
        {
          /* A year without figures stays empty rather than showing 0. */
          if (known[l * n_years + y])
            mz_xlsx_sheet_write_chf (sheet, 1 + y, amounts[l * n_years + y]);
          totals[y] += amounts[l * n_years + y];
        }
      mz_xlsx_sheet_next_row (sheet);
    }

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  for (guint y = 0; y < n_years; y++)
    mz_xlsx_sheet_write_sum_chf (sheet, 1 + y, first, first + G_N_ELEMENTS (budget_lines) - 1, totals[y]);
  mz_xlsx_sheet_next_row (sheet);

  chart = mz_xlsx_book_add_chart (self->book, LXW_CHART_COLUMN_STACKED,
                                  _mz_report_tr (self, "Regular budget income (CHF)"));
  if (chart != NULL)
    {
      for (guint32 row = first; row < first + G_N_ELEMENTS (budget_lines); row++)
        mz_xlsx_chart_add_series (chart, sheet, row, 0, header, 1, header, n_years, row, 1, row, n_years);
      chart_axis_set_num_format (chart->y_axis, "#,##0");
      mz_xlsx_sheet_insert_chart (sheet, mz_xlsx_sheet_get_row (sheet) + 1, 0, chart, 1.6, 1.3);
    }
  return TRUE;
}


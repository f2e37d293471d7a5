/* mz-report-sheets-summary.c — the report's Summary (parameters, who and
 * when, the exchange-rate basis, headline figures) and Initiatives (target,
 * signed, received, weighted pipeline, gap, funded, with a chart)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mz-money.h"
#include "mz-report-private.h"

typedef struct
{
  gint64 signed_chf;
  gint64 received_chf;
  gint64 pipeline_chf;
} Funding;

/* Helpers */

static void
add_funding (Funding       *funding,
             MzReport      *self,
             MzReportRows  *rows)
{
  const char *stage = mz_report_rows_get_text (rows, MZ_REPORT_FUNDING_STAGE);
  const char *currency = mz_report_rows_get_text (rows, MZ_REPORT_FUNDING_CURRENCY);
  gboolean by_percent = !mz_report_rows_is_null (rows, MZ_REPORT_FUNDING_PERCENT_BP);
  gint64 bp = mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_PERCENT_BP);
  gint64 allocated = mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_ALLOCATED);
  gint64 base = mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_BASE);
  gint64 chf;

  funding->received_chf += _mz_report_share (mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_RECEIVED_CHF),
                                             by_percent, bp, allocated, base);

  if ((g_strcmp0 (stage, "signed") == 0 || g_strcmp0 (stage, "active") == 0 ||
       g_strcmp0 (stage, "completed") == 0) &&
      !mz_report_rows_is_null (rows, MZ_REPORT_FUNDING_SIGNED) &&
      _mz_report_to_chf (self, mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_SIGNED), currency,
                         mz_report_rows_get_text (rows, MZ_REPORT_FUNDING_SIGNED_DATE), &chf))
    funding->signed_chf += _mz_report_share (chf, by_percent, bp, allocated, base);
  else if (g_strcmp0 (stage, "identified") == 0 || g_strcmp0 (stage, "approached") == 0 ||
           g_strcmp0 (stage, "proposal") == 0 || g_strcmp0 (stage, "negotiation") == 0)
    {
      int column = !mz_report_rows_is_null (rows, MZ_REPORT_FUNDING_EXPECTED)
                     ? MZ_REPORT_FUNDING_EXPECTED : MZ_REPORT_FUNDING_ASK;

      if (!mz_report_rows_is_null (rows, column) &&
          _mz_report_to_chf (self, mz_report_rows_get_int (rows, column), currency, NULL, &chf))
        funding->pipeline_chf += _mz_report_share (
          mz_money_round_half_even_div (chf * mz_report_rows_get_int (rows, MZ_REPORT_FUNDING_PROBABILITY), 100),
          by_percent, bp, allocated, base);
    }
}

/* Sheets */

gboolean
_mz_report_write_initiatives (MzReport     *self,
                              MzXlsxSheet  *sheet,
                              GError      **error)
{
  static const char * const headers[] = {
    "Name", "Part of", "Kind", "Lead unit", "Start", "End", "Target (CHF)", "Signed (CHF)",
    "Received (CHF)", "Weighted pipeline (CHF)", "Gap (CHF)", "Funded",
  };
  enum { TARGET = 6, SIGNED, RECEIVED, PIPELINE, GAP, FUNDED };
  g_autoptr(GHashTable) funding = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(MzReportRows) rows = NULL;
  gint64 totals[FUNDED] = { 0 };
  GError *local_error = NULL;
  guint32 first, last;
  lxw_chart *chart;

  rows = mz_report_query_initiative_funding (self->store, &self->scope, error);
  if (rows == NULL)
    return FALSE;
  while (mz_report_rows_next (rows, &local_error))
    {
      const char *id = mz_report_rows_get_text (rows, MZ_REPORT_FUNDING_INITIATIVE_ID);
      Funding *f = g_hash_table_lookup (funding, id);

      if (!_mz_report_step (self, error))
        return FALSE;
      if (f == NULL)
        {
          f = g_new0 (Funding, 1);
          g_hash_table_insert (funding, g_strdup (id), f);
        }
      add_funding (f, self, rows);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;
  g_clear_pointer (&rows, mz_report_rows_free);

  rows = mz_report_query_initiatives (self->store, &self->scope, error);
  if (rows == NULL)
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Initiatives"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  while (mz_report_rows_next (rows, &local_error))
    {
      const Funding none = { 0 };
      const Funding *f = g_hash_table_lookup (funding, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_ID));
      gboolean has_target = !mz_report_rows_is_null (rows, MZ_REPORT_INITIATIVE_TARGET_CHF);
      gint64 target = mz_report_rows_get_int (rows, MZ_REPORT_INITIATIVE_TARGET_CHF);
      guint32 row = mz_xlsx_sheet_get_row (sheet) + 1;

      if (!_mz_report_step (self, error))
        return FALSE;
      if (f == NULL)
        f = &none;

      mz_xlsx_sheet_write_text (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_NAME), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 1, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_PARENT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, _mz_report_code (self, "report initiative",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_KIND)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_LEAD_UNIT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_date (sheet, 4, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_START_DATE));
      mz_xlsx_sheet_write_date (sheet, 5, mz_report_rows_get_text (rows, MZ_REPORT_INITIATIVE_END_DATE));
      if (has_target)
        mz_xlsx_sheet_write_chf (sheet, TARGET, target);
      mz_xlsx_sheet_write_chf (sheet, SIGNED, f->signed_chf);
      mz_xlsx_sheet_write_chf (sheet, RECEIVED, f->received_chf);
      mz_xlsx_sheet_write_chf (sheet, PIPELINE, f->pipeline_chf);
      if (has_target)
        {
          g_autofree char *gap = g_strdup_printf ("=MAX(0,G%u-H%u)", row, row);
          g_autofree char *funded = g_strdup_printf ("=H%u/G%u", row, row);

          mz_xlsx_sheet_write_formula (sheet, GAP, gap, MAX (0, target - f->signed_chf) / 100.0,
                                       MZ_XLSX_VALUE_CHF, FALSE);
          totals[GAP - TARGET] += MAX (0, target - f->signed_chf);
          if (target > 0)
            mz_xlsx_sheet_write_formula (sheet, FUNDED, funded, (double) f->signed_chf / target,
                                         MZ_XLSX_VALUE_PERCENT, FALSE);
        }
      totals[TARGET - TARGET] += has_target ? target : 0;
      totals[SIGNED - TARGET] += f->signed_chf;
      totals[RECEIVED - TARGET] += f->received_chf;
      totals[PIPELINE - TARGET] += f->pipeline_chf;
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  last = mz_xlsx_sheet_get_row (sheet) - 1;
  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  for (guint16 col = TARGET; col <= GAP; col++)
    mz_xlsx_sheet_write_sum_chf (sheet, col, first, last, totals[col - TARGET]);
  if (totals[0] > 0)
    {
      guint32 row = mz_xlsx_sheet_get_row (sheet) + 1;
      g_autofree char *funded = g_strdup_printf ("=H%u/G%u", row, row);

      mz_xlsx_sheet_write_formula (sheet, FUNDED, funded, (double) totals[SIGNED - TARGET] / totals[0],
                                   MZ_XLSX_VALUE_PERCENT, TRUE);
    }
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Signed: commitments signed, active or completed, "
                                                     "at the rate of the month signed. Received: payments up to "
                                                     "the report date. Weighted pipeline: expected amount × "
                                                     "probability of open commitments. Gap: target less signed. "
                                                     "Funded: signed over target."), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);

  if (last < first)
    return TRUE;

  chart = mz_xlsx_book_add_chart (self->book, LXW_CHART_BAR,
                                  _mz_report_tr (self, "Funding of the initiatives (CHF)"));
  if (chart != NULL)
    {
      for (guint16 col = TARGET; col <= RECEIVED; col++)
        mz_xlsx_chart_add_series (chart, sheet, first - 1, col, first, 0, last, 0, first, col, last, col);
      chart_axis_set_num_format (chart->x_axis, "#,##0");
      chart_axis_set_reverse (chart->y_axis);
      mz_xlsx_sheet_insert_chart (sheet, mz_xlsx_sheet_get_row (sheet) + 1, 0, chart, 2.0, 1.5);
    }
  return TRUE;
}

gboolean
_mz_report_write_summary (MzReport     *self,
                          MzXlsxSheet  *sheet,
                          GError      **error)
{
  static const char * const headers[] = { "Indicator", "Value" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *period = _mz_report_period_text (self);
  const char *office = mz_store_get_office (self->store);
  const char *user = mz_store_get_user (self->store);
  const char *office_name = office != NULL ? _mz_report_code (self, "report unit", office) : NULL;
  g_autofree char *by = NULL;
  const char *language = mz_report_strings_get_language (self->strings);
  static const struct { const char *code, *name; } language_names[] = {
    { "en", "English" }, { "zh_CN", "中文（简体）" }, { "fr", "Français" },
    { "es", "Español" }, { "ar", "العربية" }, { "ru", "Русский" },
  };
  struct { const char *label; gint64 chf; } money[] = {
    { "Extra-budgetary income received (CHF)", self->kpis.received_chf },
    { "Commitments signed in the period (CHF)", self->kpis.signed_chf },
    { "Overdue instalments outstanding (CHF)", self->kpis.overdue_chf },
    { "Weighted pipeline (CHF)", self->kpis.pipeline_chf },
    { "In-kind contributions (CHF)", self->kpis.inkind_chf },
  };

  if (!_mz_report_step (self, error))
    return FALSE;

  if (office != NULL && g_strcmp0 (office_name, office) != 0)
    by = g_strdup_printf ("%s (%s — %s)", user ? user : "", office, office_name);
  else
    by = g_strdup_printf ("%s (%s)", user ? user : "", office ? office : "");

  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Resource mobilization report"), MZ_XLSX_TITLE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "International Telecommunication Union"), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);

  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Parameters"), MZ_XLSX_LABEL);
  mz_xlsx_sheet_next_row (sheet);

#define PARAMETER(label, WRITE) \
  G_STMT_START { \
    mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, label), MZ_XLSX_TEXT); \
    WRITE; \
    mz_xlsx_sheet_next_row (sheet); \
  } G_STMT_END

  PARAMETER ("Period", mz_xlsx_sheet_write_text (sheet, 1, period, MZ_XLSX_TEXT));
  PARAMETER ("Unit", mz_xlsx_sheet_write_text (sheet, 1, self->unit_label, MZ_XLSX_TEXT));
  PARAMETER ("Initiative", mz_xlsx_sheet_write_text (sheet, 1, self->initiative_label, MZ_XLSX_TEXT));
  for (gsize i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (strcmp (language_names[i].code, language) == 0)
      PARAMETER ("Language", mz_xlsx_sheet_write_text (sheet, 1, language_names[i].name, MZ_XLSX_TEXT));
  PARAMETER ("Personal data", mz_xlsx_sheet_write_text (sheet, 1, _mz_report_tr (self, self->scope.personal ? "Included" : "Left out"), MZ_XLSX_TEXT));
  PARAMETER ("Report date", mz_xlsx_sheet_write_date (sheet, 1, self->as_of));
  PARAMETER ("Generated at", mz_xlsx_sheet_write_datetime (sheet, 1, now));
  PARAMETER ("Generated by", mz_xlsx_sheet_write_text (sheet, 1, by, MZ_XLSX_TEXT));
  PARAMETER ("Exchange-rate basis",
             mz_xlsx_sheet_write_text (sheet, 1, _mz_report_tr (self, "Payments: the CHF equivalent recorded at entry, "
                                                                "at the UN operational rate of exchange of the payment’s "
                                                                "month. Scheduled and pipeline amounts: the UN operational "
                                                                "rate of the month due or signed, or the latest rate "
                                                                "published before it."), MZ_XLSX_NOTE));
  mz_xlsx_sheet_next_row (sheet);

  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Headline figures"), MZ_XLSX_LABEL);
  mz_xlsx_sheet_next_row (sheet);
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (money); i++)
    PARAMETER (money[i].label, mz_xlsx_sheet_write_chf (sheet, 1, money[i].chf));
  PARAMETER ("Partners", mz_xlsx_sheet_write_integer (sheet, 1, self->kpis.n_partners));
  PARAMETER ("Commitments", mz_xlsx_sheet_write_integer (sheet, 1, self->kpis.n_commitments));
  PARAMETER ("Share of the five largest donors", mz_xlsx_sheet_write_percent (sheet, 1, self->kpis.top5_share));
  PARAMETER ("Concentration index (HHI)", mz_xlsx_sheet_write_number (sheet, 1, round (self->kpis.hhi)));
  PARAMETER ("Amounts without an exchange rate", mz_xlsx_sheet_write_integer (sheet, 1, self->kpis.missing_rates));

#undef PARAMETER

  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Offices count with their bureau: a bureau’s "
                                                     "figures include its regional and area offices."), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Detail sheets list whole records; Extra-budgetary "
                                                     "and Initiatives count the share allocated to the unit or "
                                                     "initiative chosen."), MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  return TRUE;
}

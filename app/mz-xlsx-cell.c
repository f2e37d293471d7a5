/* mz-xlsx-cell.c — writing and checking cells, rows, headers and
 * tables of a sheet; the column widths they need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mz-xlsx-private.h"
#include "mz-xlsx.h"

/* Excel's limit for a cell, in UTF-16 code units. */
#define CELL_MAX_UNITS 32767
#define WIDTH_MIN 6.0
#define WIDTH_MAX 60.0
#define HEADER_WRAP 16.0

/* Helpers */

void
_mz_xlsx_record (MzXlsxSheet *sheet,
                 guint16      col,
                 lxw_error    error)
{
  char cell[16];

  if (G_LIKELY (error == LXW_NO_ERROR) || _mz_xlsx_book_error (sheet->book) != LXW_NO_ERROR)
    return;

  lxw_rowcol_to_cell (cell, sheet->row, col);
  _mz_xlsx_book_fail (sheet->book, error, g_strdup_printf ("%s!%s", sheet->name, cell));
}

static void
fit (MzXlsxSheet *sheet,
     guint16      col,
     double       width)
{
  if (col >= sheet->widths->len)
    {
      guint old = sheet->widths->len;

      g_array_set_size (sheet->widths, col + 1);
      for (guint i = old; i <= col; i++)
        g_array_index (sheet->widths, double, i) = 0;
    }

  if (width > g_array_index (sheet->widths, double, col))
    g_array_index (sheet->widths, double, col) = width;
}

static double
column_width (MzXlsxSheet *sheet,
              guint16      col)
{
  return col < sheet->widths->len ? g_array_index (sheet->widths, double, col) : 0;
}

/* Display width of the longest line of @text: East Asian wide characters
 * take two columns. */
static double
text_width (const char *text)
{
  double longest = 0, line = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          longest = MAX (longest, line);
          line = 0;
          continue;
        }
      line += g_unichar_iswide (c) ? 2 : 1;
    }

  return MAX (longest, line);
}

/* Width of @value shown with thousands separators and @decimals. */
static double
number_width (double value,
              int    decimals)
{
  double magnitude = fabs (value);
  int digits = magnitude >= 1 ? (int) floor (log10 (magnitude)) + 1 : 1;

  return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0);
}

/* Numbers: measure only while the column is narrower than any amount. */
static void
fit_number (MzXlsxSheet *sheet,
            guint16      col,
            double       value,
            int          decimals)
{
  if (column_width (sheet, col) >= 22)
    return;
  fit (sheet, col, number_width (value, decimals));
}

void
_mz_xlsx_apply_widths (MzXlsxSheet *sheet)
{
  for (guint col = 0; col < sheet->widths->len; col++)
    {
      double width = g_array_index (sheet->widths, double, col);

      if (width <= 0)
        continue;
      width = CLAMP (width + 1.5, WIDTH_MIN, WIDTH_MAX);
      _mz_xlsx_record (sheet, col, worksheet_set_column (sheet->ws, col, col, width, NULL));
    }
}

/* Before libxlsxwriter writes at the current row: a table's rows written
 * straight (mz-xlsx-rows.c) go in front of the row it writes first. */
static gboolean
lxw_row_ok (MzXlsxSheet *sheet,
            guint16      col)
{
  if (G_LIKELY (sheet->pending == NULL))
    return TRUE;

  if (sheet->row < sheet->rows_end)
    {
      _mz_xlsx_record (sheet, col, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
      return FALSE;
    }
  sheet->pending->marker = g_strdup_printf ("<row r=\"%u\"", sheet->row + 1);
  sheet->pending = NULL;
  return TRUE;
}

void
_mz_xlsx_sheet_end_rows (MzXlsxSheet *sheet)
{
  _mz_xlsx_rows_end (sheet);
  /* Nothing after them: they end the sheet's data. */
  if (sheet->pending != NULL)
    {
      sheet->pending->marker = g_strdup ("</sheetData>");
      sheet->pending = NULL;
    }
}

/* "YYYY-MM-DD…", digits only where digits belong. */
static gboolean
parse_date (const char *iso,
            int        *year,
            int        *month,
            int        *day)
{
  static const int digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };

  for (gsize i = 0; i < G_N_ELEMENTS (digits); i++)
    if (!g_ascii_isdigit (iso[digits[i]]))
      return FALSE;
  if (iso[4] != '-' || iso[7] != '-')
    return FALSE;

  *year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  *month = (iso[5] - '0') * 10 + (iso[6] - '0');
  *day = (iso[8] - '0') * 10 + (iso[9] - '0');
  return TRUE;
}

/* TRUE when @text can go to the file as it is: valid UTF-8, no character
 * XML refuses, short enough for a cell. Most text is, and is not copied.
 * Sets @length to its length in bytes. */
static gboolean
text_is_clean_len (const char *text,
                   gsize      *length)
{
  const guchar *p = (const guchar *) text;

  for (; *p != '\0'; p++)
    {
      if (G_LIKELY (*p >= 0x20 && *p != 0xEF))
        continue;
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        break;
      /* U+FFFE and U+FFFF: EF BF BE, EF BF BF. */
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        break;
    }
  *length = p - (const guchar *) text;

  /* UTF-16 units never outnumber UTF-8 bytes. */
  return *p == '\0' && *length < CELL_MAX_UNITS && g_utf8_validate (text, *length, NULL);
}

static gboolean
text_is_clean (const char *text)
{
  gsize length;

  return text_is_clean_len (text, &length);
}

/* A text's display width is at most its length in bytes: measure only
 * what could widen the column. */
static void
fit_text_len (MzXlsxSheet *sheet,
              guint16      col,
              const char  *text,
              gsize        length)
{
  double current = column_width (sheet, col);

  if (current >= WIDTH_MAX || length <= current)
    return;
  fit (sheet, col, text_width (text));
}

/* Public API */

char *
mz_xlsx_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint units = 0;

  if (text == NULL)
    return NULL;

  if (text_is_clean (text))
    return g_strdup (text);

  if (!g_utf8_validate (text, -1, NULL))
    valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (valid ? valid : text));
  for (const char *p = valid ? valid : text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint size = c >= 0x10000 ? 2 : 1;

      /* XML 1.0 has no place for C0 controls other than tab, newline and
       * return, nor for U+FFFE and U+FFFF. */
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        c = 0xFFFD;

      if (units + size > CELL_MAX_UNITS - 1)
        {
          g_string_append_unichar (out, 0x2026);  /* … */
          break;
        }

      g_string_append_unichar (out, c);
      units += size;
    }

  return g_string_free (out, FALSE);
}

void
mz_xlsx_column_name (guint16 col,
                     char    name[4])
{
  char buffer[8];

  lxw_col_to_name (buffer, col, LXW_FALSE);
  g_strlcpy (name, buffer, 4);
}

const char *
mz_xlsx_sheet_get_name (MzXlsxSheet *sheet)
{
  return sheet->name;
}

guint32
mz_xlsx_sheet_get_row (MzXlsxSheet *sheet)
{
  return sheet->row;
}

void
mz_xlsx_sheet_next_row (MzXlsxSheet *sheet)
{
  sheet->row++;
}

void
mz_xlsx_sheet_skip_rows (MzXlsxSheet *sheet,
                         guint        n_rows)
{
  sheet->row += n_rows;
}

void
mz_xlsx_sheet_write_header (MzXlsxSheet        *sheet,
                            const char * const *labels,
                            guint               n_labels,
                            gboolean            table)
{
  double lines = 1;

  /* Long headers wrap rather than widen their column. */
  for (guint i = 0; i < n_labels; i++)
    if (labels[i] != NULL)
      lines = MAX (lines, ceil (text_width (labels[i]) / HEADER_WRAP));
  /* A table ended before: its rows first. */
  if (sheet->rows != NULL)
    mz_xlsx_sheet_end_table (sheet);
  if (_mz_xlsx_sheet_ok (sheet) && lines > 1 && lxw_row_ok (sheet, 0))
    _mz_xlsx_record (sheet, 0, worksheet_set_row (sheet->ws, sheet->row, 15 * MIN (lines, 4), NULL));

  for (guint i = 0; i < n_labels; i++)
    {
      mz_xlsx_sheet_write_text (sheet, i, labels[i], MZ_XLSX_HEADER);
      /* Room for the autofilter's button. */
      if (labels[i] != NULL)
        fit (sheet, i, MIN (text_width (labels[i]), HEADER_WRAP) + (table ? 2 : 0));
    }

  if (table)
    {
      sheet->header_row = sheet->row;
      sheet->n_columns = n_labels;
      if (_mz_xlsx_sheet_ok (sheet))
        worksheet_freeze_panes (sheet->ws, sheet->row + 1, 0);
    }
  sheet->row++;

  /* The table's rows go straight to the file. */
  if (table && sheet->book->bulk_rows && _mz_xlsx_sheet_ok (sheet))
    sheet->rows = _mz_xlsx_rows_new (sheet);
}

void
mz_xlsx_sheet_end_table (MzXlsxSheet *sheet)
{
  guint32 last;

  if (sheet->rows != NULL)
    _mz_xlsx_rows_end (sheet);
  if (sheet->header_row < 0 || sheet->n_columns == 0)
    return;

  last = MAX ((guint32) sheet->header_row, sheet->row > 0 ? sheet->row - 1 : 0);
  if (_mz_xlsx_sheet_ok (sheet))
    _mz_xlsx_record (sheet, 0, worksheet_autofilter (sheet->ws, sheet->header_row, 0, last,
                                                     sheet->n_columns - 1));
  sheet->header_row = -1;
}

void
mz_xlsx_sheet_write_text (MzXlsxSheet *sheet,
                          guint16      col,
                          const char  *text,
                          MzXlsxStyle  style)
{
  g_autofree char *copy = NULL;
  const char *clean = text;
  gsize length;

  if (text == NULL || *text == '\0' || !_mz_xlsx_sheet_ok (sheet))
    return;

  if (!text_is_clean_len (text, &length))
    {
      clean = copy = mz_xlsx_clean_text (text);
      length = strlen (clean);
    }

  if (sheet->rows != NULL)
    _mz_xlsx_rows_text (sheet, col, clean, length, _mz_xlsx_style_format (sheet->book, style));
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_string (sheet->ws, sheet->row, col, clean,
                                                         _mz_xlsx_style_format (sheet->book, style)));
  /* A title runs over the empty cells beside it. */
  if (style != MZ_XLSX_TITLE && style != MZ_XLSX_HEADER && style != MZ_XLSX_NOTE)
    fit_text_len (sheet, col, clean, length);
}

void
mz_xlsx_sheet_write_integer (MzXlsxSheet *sheet,
                             guint16      col,
                             gint64       value)
{
  if (!_mz_xlsx_sheet_ok (sheet))
    return;

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_fixed (number, value, 0), sheet->book->integer);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, (double) value,
                                                         sheet->book->integer));
  fit_number (sheet, col, (double) value, 0);
}

void
mz_xlsx_sheet_write_chf (MzXlsxSheet *sheet,
                         guint16      col,
                         gint64       centimes)
{
  mz_xlsx_sheet_write_money (sheet, col, centimes, 2);
}

void
mz_xlsx_sheet_write_money (MzXlsxSheet *sheet,
                           guint16      col,
                           gint64       minor,
                           int          exponent)
{
  static const double scale[N_EXPONENTS] = { 1, 10, 100, 1000, 10000 };
  double value;

  if (!_mz_xlsx_sheet_ok (sheet))
    return;

  /* The one place where money becomes a double: the spreadsheet cell. */
  exponent = CLAMP (exponent, 0, N_EXPONENTS - 1);
  value = (double) minor / scale[exponent];

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_fixed (number, minor, exponent),
                            sheet->book->money[exponent]);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value,
                                                         sheet->book->money[exponent]));
  fit_number (sheet, col, value, exponent);
}

void
mz_xlsx_sheet_write_micro (MzXlsxSheet *sheet,
                           guint16      col,
                           gint64       micro)
{
  double value = (double) micro / 1e6;

  if (!_mz_xlsx_sheet_ok (sheet))
    return;

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_fixed (number, micro, 6), sheet->book->micro);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value,
                                                         sheet->book->micro));
  fit_number (sheet, col, value, 6);
}

void
mz_xlsx_sheet_write_number (MzXlsxSheet *sheet,
                            guint16      col,
                            double       value)
{
  if (!_mz_xlsx_sheet_ok (sheet) || !isfinite (value))
    return;

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_double (number, value), NULL);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value, NULL));
  fit (sheet, col, number_width (value, value == floor (value) ? 0 : 3));
}

void
mz_xlsx_sheet_write_percent (MzXlsxSheet *sheet,
                             guint16      col,
                             double       fraction)
{
  if (!_mz_xlsx_sheet_ok (sheet) || !isfinite (fraction))
    return;

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_double (number, fraction), sheet->book->percent);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, fraction,
                                                         sheet->book->percent));
  fit (sheet, col, number_width (fraction * 100, 1) + 1);
}

void
mz_xlsx_sheet_write_date (MzXlsxSheet *sheet,
                          guint16      col,
                          const char  *iso)
{
  lxw_datetime datetime = { 0 };
  int year, month, day;

  if (iso == NULL || !_mz_xlsx_sheet_ok (sheet))
    return;

  if (!parse_date (iso, &year, &month, &day) || year < 1900 || !g_date_valid_dmy (day, month, year))
    {
      mz_xlsx_sheet_write_text (sheet, col, iso, MZ_XLSX_TEXT);
      return;
    }

  datetime.year = year;
  datetime.month = month;
  datetime.day = day;
  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];
      /* Whole days. */
      gint64 serial = (gint64) lxw_datetime_to_excel_datetime (&datetime);

      _mz_xlsx_rows_number (sheet, col, _mz_xlsx_format_fixed (number, serial, 0), sheet->book->date);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_datetime (sheet->ws, sheet->row, col, &datetime,
                                                           sheet->book->date));
  fit (sheet, col, 10);
}

void
mz_xlsx_sheet_write_datetime (MzXlsxSheet *sheet,
                              guint16      col,
                              GDateTime   *value)
{
  lxw_datetime datetime = { 0 };

  if (value == NULL || !_mz_xlsx_sheet_ok (sheet))
    return;

  datetime.year = g_date_time_get_year (value);
  datetime.month = g_date_time_get_month (value);
  datetime.day = g_date_time_get_day_of_month (value);
  datetime.hour = g_date_time_get_hour (value);
  datetime.min = g_date_time_get_minute (value);
  datetime.sec = g_date_time_get_second (value);
  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_number (sheet, col,
                            _mz_xlsx_format_double (number, lxw_datetime_to_excel_datetime (&datetime)),
                            sheet->book->datetime);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_datetime (sheet->ws, sheet->row, col, &datetime,
                                                           sheet->book->datetime));
  fit (sheet, col, 16);
}

void
mz_xlsx_sheet_write_formula (MzXlsxSheet *sheet,
                             guint16      col,
                             const char  *formula,
                             double       value,
                             MzXlsxValue  kind,
                             gboolean     total)
{
  MzXlsxBook *book = sheet->book;
  lxw_format *format;
  double width;

  if (!_mz_xlsx_sheet_ok (sheet) || !isfinite (value))
    return;

  switch (kind)
    {
    case MZ_XLSX_VALUE_PERCENT:
      format = total ? book->percent_total : book->percent;
      width = number_width (value * 100, 1) + 1;
      break;
    case MZ_XLSX_VALUE_INTEGER:
      format = total ? book->integer_total : book->integer;
      width = number_width (value, 0);
      break;
    case MZ_XLSX_VALUE_CHF:
    default:
      format = total ? book->chf_total : book->chf;
      width = number_width (value, 2);
      break;
    }

  if (sheet->rows != NULL)
    {
      char number[MZ_XLSX_NUMBER_MAX];

      _mz_xlsx_rows_formula (sheet, col, formula, _mz_xlsx_format_double (number, value), format);
    }
  else if (lxw_row_ok (sheet, col))
    _mz_xlsx_record (sheet, col, worksheet_write_formula_num (sheet->ws, sheet->row, col, formula,
                                                              format, value));
  fit (sheet, col, width);
}

void
mz_xlsx_sheet_write_sum_chf (MzXlsxSheet *sheet,
                             guint16      col,
                             guint32      first_row,
                             guint32      last_row,
                             gint64       centimes)
{
  g_autofree char *formula = NULL;
  char name[4];

  if (first_row > last_row)
    {
      mz_xlsx_sheet_write_formula (sheet, col, "=0", 0, MZ_XLSX_VALUE_CHF, TRUE);
      return;
    }

  mz_xlsx_column_name (col, name);
  formula = g_strdup_printf ("=SUM(%s%u:%s%u)", name, first_row + 1, name, last_row + 1);
  mz_xlsx_sheet_write_formula (sheet, col, formula, (double) centimes / 100.0,
                               MZ_XLSX_VALUE_CHF, TRUE);
}

void
mz_xlsx_sheet_insert_chart (MzXlsxSheet *sheet,
                            guint32      row,
                            guint16      col,
                            lxw_chart   *chart,
                            double       x_scale,
                            double       y_scale)
{
  lxw_chart_options options = { 0 };

  if (chart == NULL || !_mz_xlsx_sheet_ok (sheet))
    return;

  options.x_scale = x_scale;
  options.y_scale = y_scale;
  _mz_xlsx_record (sheet, col, worksheet_insert_chart_opt (sheet->ws, row, col, chart, &options));
}

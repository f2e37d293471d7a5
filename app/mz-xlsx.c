/* mz-xlsx.c — a thin, safe layer over libxlsxwriter 1.1.4
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mz-store.h"
#include "mz-xlsx-private.h"
#include "mz-xlsx.h"

/* Excel's limit for a cell, in UTF-16 code units. */
#define CELL_MAX_UNITS 32767
#define SHEET_NAME_MAX 31
#define WIDTH_MIN 6.0
#define WIDTH_MAX 60.0
#define HEADER_WRAP 16.0
#define N_EXPONENTS 5

struct _MzXlsxSheet
{
  MzXlsxBook    *book;
  lxw_worksheet *ws;
  char          *name;
  guint32        row;
  gint64         header_row;  /* -1: no table */
  guint16        n_columns;
  GArray        *widths;      /* double per column, in characters */
};

struct _MzXlsxBook
{
  lxw_workbook *wb;
  char         *path;
  gboolean      rtl;
  GPtrArray    *sheets;       /* MzXlsxSheet */
  GPtrArray    *strings;      /* kept alive until the workbook is written */

  lxw_format   *title;
  lxw_format   *header;
  lxw_format   *label;
  lxw_format   *note;
  lxw_format   *total_label;
  lxw_format   *chf;
  lxw_format   *chf_total;
  lxw_format   *money[N_EXPONENTS];
  lxw_format   *micro;
  lxw_format   *percent;
  lxw_format   *percent_total;
  lxw_format   *integer;
  lxw_format   *integer_total;
  lxw_format   *date;
  lxw_format   *datetime;

  /* The first error, then every write is skipped. Sheets may be written
   * on different threads at once: @error is set under @error_lock and
   * read atomically. */
  GMutex        error_lock;
  gint          error;        /* lxw_error */
  char         *error_where;
};

/* Helpers */

static void
sheet_free (MzXlsxSheet *sheet)
{
  g_free (sheet->name);
  g_array_unref (sheet->widths);
  g_free (sheet);
}

static lxw_format *
new_format (lxw_workbook *wb,
            const char   *num_format,
            gboolean      bold,
            gboolean      rule_above)
{
  lxw_format *format = workbook_add_format (wb);

  if (format == NULL)
    return NULL;
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  if (bold)
    format_set_bold (format);
  if (rule_above)
    format_set_top (format, LXW_BORDER_THIN);
  return format;
}

static void
create_formats (MzXlsxBook *book)
{
  static const char * const money_formats[N_EXPONENTS] = {
    "#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000",
  };
  lxw_workbook *wb = book->wb;

  book->title = new_format (wb, NULL, TRUE, FALSE);
  format_set_font_size (book->title, 14);
  book->header = new_format (wb, NULL, TRUE, FALSE);
  format_set_bg_color (book->header, 0xDDEBF7);
  format_set_bottom (book->header, LXW_BORDER_THIN);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_TOP);
  book->label = new_format (wb, NULL, TRUE, FALSE);
  book->note = new_format (wb, NULL, FALSE, FALSE);
  format_set_italic (book->note);
  format_set_font_color (book->note, 0x595959);
  book->total_label = new_format (wb, NULL, TRUE, TRUE);
  book->chf = new_format (wb, "#,##0.00", FALSE, FALSE);
  book->chf_total = new_format (wb, "#,##0.00", TRUE, TRUE);
  for (int i = 0; i < N_EXPONENTS; i++)
    book->money[i] = i == 2 ? book->chf : new_format (wb, money_formats[i], FALSE, FALSE);
  book->micro = new_format (wb, "#,##0.000000", FALSE, FALSE);
  book->percent = new_format (wb, "0.0%", FALSE, FALSE);
  book->percent_total = new_format (wb, "0.0%", TRUE, TRUE);
  book->integer = book->money[0];
  book->integer_total = new_format (wb, "#,##0", TRUE, TRUE);
  book->date = new_format (wb, "yyyy-mm-dd", FALSE, FALSE);
  book->datetime = new_format (wb, "yyyy-mm-dd hh:mm", FALSE, FALSE);

  /* A format gets its index in the file when a cell first uses it, and
   * the workbook's table of used formats grows then: give every format
   * its index now, so that sheets written on different threads at once
   * only read them. (Each format above differs from the others: a format
   * equal to one indexed before never keeps an index of its own, and
   * would look itself up in that table for every cell.) */
  {
    lxw_format *all[] = {
      book->title, book->header, book->label, book->note, book->total_label, book->chf,
      book->chf_total, book->money[0], book->money[1], book->money[3], book->money[4],
      book->micro, book->percent, book->percent_total, book->integer_total, book->date,
      book->datetime,
    };

    for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
      if (all[i] != NULL)
        lxw_format_get_xf_index (all[i]);
  }
}

static lxw_format *
style_format (MzXlsxBook  *book,
              MzXlsxStyle  style)
{
  switch (style)
    {
    case MZ_XLSX_TITLE: return book->title;
    case MZ_XLSX_HEADER: return book->header;
    case MZ_XLSX_LABEL: return book->label;
    case MZ_XLSX_NOTE: return book->note;
    case MZ_XLSX_TOTAL_LABEL: return book->total_label;
    case MZ_XLSX_TEXT:
    default:
      return NULL;
    }
}

static lxw_error
book_error (MzXlsxBook *book)
{
  return (lxw_error) g_atomic_int_get (&book->error);
}

/* Keeps @error as the book's error unless it has one. */
static void
book_fail (MzXlsxBook *book,
           lxw_error   error,
           char       *where)
{
  g_mutex_lock (&book->error_lock);
  if (book->error == LXW_NO_ERROR)
    {
      book->error_where = where;
      g_atomic_int_set (&book->error, error);
      where = NULL;
    }
  g_mutex_unlock (&book->error_lock);
  g_free (where);
}

static gboolean
sheet_ok (MzXlsxSheet *sheet)
{
  return sheet->ws != NULL && book_error (sheet->book) == LXW_NO_ERROR;
}

static void
record (MzXlsxSheet *sheet,
        guint16      col,
        lxw_error    error)
{
  char cell[16];

  if (G_LIKELY (error == LXW_NO_ERROR) || book_error (sheet->book) != LXW_NO_ERROR)
    return;

  lxw_rowcol_to_cell (cell, sheet->row, col);
  book_fail (sheet->book, error, g_strdup_printf ("%s!%s", sheet->name, cell));
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

static double text_width (const char *text);

/* A text's display width is at most its length in bytes: measure only
 * what could widen the column. */
static void
fit_text (MzXlsxSheet *sheet,
          guint16      col,
          const char  *text)
{
  double current = column_width (sheet, col);

  if (current >= WIDTH_MAX)
    return;
  if (strlen (text) <= current)
    return;
  fit (sheet, col, text_width (text));
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

static void
apply_widths (MzXlsxSheet *sheet)
{
  for (guint col = 0; col < sheet->widths->len; col++)
    {
      double width = g_array_index (sheet->widths, double, col);

      if (width <= 0)
        continue;
      width = CLAMP (width + 1.5, WIDTH_MIN, WIDTH_MAX);
      record (sheet, col, worksheet_set_column (sheet->ws, col, col, width, NULL));
    }
}

static const char *
keep (MzXlsxBook *book,
      char       *string)
{
  if (string != NULL)
    g_ptr_array_add (book->strings, string);
  return string;
}

static char *
valid_sheet_name (const char *name)
{
  g_autofree char *clean = mz_xlsx_clean_text (name);
  GString *out;

  if (clean == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = clean; *p != '\0' && g_utf8_strlen (out->str, -1) < SHEET_NAME_MAX;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL))
        c = '-';
      g_string_append_unichar (out, c);
    }

  /* Neither first nor last may be an apostrophe. */
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, out->len == 0);
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

static const char *
lxw_error_text (lxw_error error)
{
  return lxw_strerror (error);
}

/* TRUE when @text can go to the file as it is: valid UTF-8, no character
 * XML refuses, short enough for a cell. Most text is, and is not copied. */
static gboolean
text_is_clean (const char *text)
{
  gsize length = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++, length++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      /* U+FFFE and U+FFFF: EF BF BE, EF BF BF. */
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }

  /* UTF-16 units never outnumber UTF-8 bytes. */
  return length < CELL_MAX_UNITS && g_utf8_validate (text, length, NULL);
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

MzXlsxBook *
mz_xlsx_book_new (const char *path,
                  gboolean    rtl)
{
  lxw_workbook_options options = { 0 };
  MzXlsxBook *book = g_new0 (MzXlsxBook, 1);

  g_mutex_init (&book->error_lock);
  book->path = g_strdup (path);
  book->rtl = rtl;
  book->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  book->strings = g_ptr_array_new_with_free_func (g_free);

  _mz_xlsx_zip_init ();

  /* Rows go to a temporary file per sheet as they are written: memory
   * stays flat however many rows a sheet has. */
  options.constant_memory = LXW_TRUE;
  book->wb = workbook_new_opt (book->path, &options);
  if (book->wb == NULL)
    {
      book_fail (book, LXW_ERROR_MEMORY_MALLOC_FAILED, g_strdup (path));
      return book;
    }

  create_formats (book);
  return book;
}

void
mz_xlsx_book_set_properties (MzXlsxBook *book,
                             const char *title,
                             const char *subject,
                             const char *author,
                             const char *company,
                             const char *comments,
                             GDateTime  *created)
{
  lxw_doc_properties properties = { 0 };

  if (book->wb == NULL)
    return;

  properties.title = (char *) keep (book, mz_xlsx_clean_text (title));
  properties.subject = (char *) keep (book, mz_xlsx_clean_text (subject));
  properties.author = (char *) keep (book, mz_xlsx_clean_text (author));
  properties.company = (char *) keep (book, mz_xlsx_clean_text (company));
  properties.comments = (char *) keep (book, mz_xlsx_clean_text (comments));
  properties.created = created != NULL ? (time_t) g_date_time_to_unix (created) : 0;

  if (book_error (book) == LXW_NO_ERROR)
    {
      lxw_error error = workbook_set_properties (book->wb, &properties);

      if (error != LXW_NO_ERROR)
        book_fail (book, error, g_strdup (_("document properties")));
    }
}

MzXlsxSheet *
mz_xlsx_book_add_sheet (MzXlsxBook *book,
                        const char *name,
                        const char *fallback)
{
  MzXlsxSheet *sheet = g_new0 (MzXlsxSheet, 1);
  g_autofree char *valid = valid_sheet_name (name);

  sheet->book = book;
  sheet->header_row = -1;
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (book->sheets, sheet);

  if (book->wb == NULL)
    {
      sheet->name = g_strdup (name);
      return sheet;
    }

  if (valid == NULL || workbook_validate_sheet_name (book->wb, valid) != LXW_NO_ERROR)
    {
      g_free (valid);
      valid = valid_sheet_name (fallback);
    }
  if (valid == NULL || workbook_validate_sheet_name (book->wb, valid) != LXW_NO_ERROR)
    {
      g_free (valid);
      valid = g_strdup_printf ("Sheet%u", book->sheets->len);
    }

  sheet->name = g_steal_pointer (&valid);
  sheet->ws = workbook_add_worksheet (book->wb, sheet->name);
  if (sheet->ws == NULL)
    {
      record (sheet, 0, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return sheet;
    }
  if (book->rtl)
    worksheet_right_to_left (sheet->ws);
  /* Each row goes to the sheet's temporary file in a few dozen small
   * fprintf() calls: a buffer of 256 KiB instead of stdio's 4 KiB makes
   * one write() of several hundred rows rather than of a few. Nothing has
   * been written to the file yet, as setvbuf() requires. */
  if (sheet->ws->optimize_tmpfile != NULL)
    setvbuf (sheet->ws->optimize_tmpfile, NULL, _IOFBF, 256 * 1024);

  return sheet;
}

gboolean
mz_xlsx_book_check (MzXlsxBook  *book,
                    GError     **error)
{
  lxw_error failure = book_error (book);
  g_autofree char *where = NULL;

  if (G_LIKELY (failure == LXW_NO_ERROR))
    return TRUE;

  g_mutex_lock (&book->error_lock);
  where = g_strdup (book->error_where);
  g_mutex_unlock (&book->error_lock);

  if (failure == LXW_ERROR_MEMORY_MALLOC_FAILED)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                 _("There is not enough memory to make the workbook. Close other "
                   "applications or export a shorter period."));
  else
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                 _("The workbook could not be made: %s (at %s). Please report this problem."),
                 lxw_error_text (failure), where);
  return FALSE;
}

static void
book_free (MzXlsxBook *book)
{
  g_ptr_array_unref (book->sheets);
  g_ptr_array_unref (book->strings);
  g_free (book->error_where);
  g_mutex_clear (&book->error_lock);
  g_free (book->path);
  g_free (book);
}

void
mz_xlsx_book_discard (MzXlsxBook *book)
{
  if (book == NULL)
    return;

  if (book->wb != NULL)
    {
      /* lxw_workbook_free() leaves the constant-memory row files open. */
      for (guint i = 0; i < book->sheets->len; i++)
        {
          MzXlsxSheet *sheet = g_ptr_array_index (book->sheets, i);

          if (sheet->ws != NULL && sheet->ws->optimize_tmpfile != NULL)
            {
              fclose (sheet->ws->optimize_tmpfile);
              sheet->ws->optimize_tmpfile = NULL;
            }
        }
      lxw_workbook_free (book->wb);
    }

  book_free (book);
}

gboolean
mz_xlsx_book_close (MzXlsxBook  *book,
                    GError     **error)
{
  lxw_error result;
  int saved_errno;

  if (!mz_xlsx_book_check (book, error))
    {
      mz_xlsx_book_discard (book);
      return FALSE;
    }

  for (guint i = 0; i < book->sheets->len; i++)
    apply_widths (g_ptr_array_index (book->sheets, i));
  if (!mz_xlsx_book_check (book, error))
    {
      mz_xlsx_book_discard (book);
      return FALSE;
    }

  errno = 0;
  result = workbook_close (book->wb);
  saved_errno = errno;
  book->wb = NULL;

  switch (result)
    {
    case LXW_NO_ERROR:
      break;

    case LXW_ERROR_CREATING_XLSX_FILE:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot create the workbook “%s”: %s. Choose a folder you may write to."),
                   book->path, saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;

    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot use temporary files to make the workbook: %s. The disk may be "
                     "full; free some space and export again."),
                   saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;

    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                   _("There is not enough memory to make the workbook. Close other "
                     "applications or export a shorter period."));
      break;

    default:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write the workbook “%s”: %s. The disk may be full or the "
                     "folder not writable; free some space or choose another folder."),
                   book->path, saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;
    }

  book_free (book);
  return result == LXW_NO_ERROR;
}

lxw_chart *
mz_xlsx_book_add_chart (MzXlsxBook *book,
                        guint8      type,
                        const char *title)
{
  lxw_chart *chart;

  if (book->wb == NULL || book_error (book) != LXW_NO_ERROR)
    return NULL;

  chart = workbook_add_chart (book->wb, type);
  if (chart == NULL)
    {
      book_fail (book, LXW_ERROR_MEMORY_MALLOC_FAILED, g_strdup (title));
      return NULL;
    }

  if (title != NULL)
    chart_title_set_name (chart, keep (book, mz_xlsx_clean_text (title)));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

void
mz_xlsx_chart_add_series (lxw_chart   *chart,
                          MzXlsxSheet *sheet,
                          guint32      name_row,
                          guint16      name_col,
                          guint32      cat_first_row,
                          guint16      cat_first_col,
                          guint32      cat_last_row,
                          guint16      cat_last_col,
                          guint32      val_first_row,
                          guint16      val_first_col,
                          guint32      val_last_row,
                          guint16      val_last_col)
{
  lxw_chart_series *series;

  if (chart == NULL || !sheet_ok (sheet))
    return;

  series = chart_add_series (chart, NULL, NULL);
  if (series == NULL)
    {
      record (sheet, 0, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  chart_series_set_name_range (series, sheet->name, name_row, name_col);
  chart_series_set_categories (series, sheet->name, cat_first_row, cat_first_col,
                               cat_last_row, cat_last_col);
  chart_series_set_values (series, sheet->name, val_first_row, val_first_col,
                           val_last_row, val_last_col);
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
  if (sheet_ok (sheet) && lines > 1)
    record (sheet, 0, worksheet_set_row (sheet->ws, sheet->row, 15 * MIN (lines, 4), NULL));

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
      if (sheet_ok (sheet))
        worksheet_freeze_panes (sheet->ws, sheet->row + 1, 0);
    }
  sheet->row++;
}

void
mz_xlsx_sheet_end_table (MzXlsxSheet *sheet)
{
  guint32 last;

  if (sheet->header_row < 0 || sheet->n_columns == 0)
    return;

  last = MAX ((guint32) sheet->header_row, sheet->row > 0 ? sheet->row - 1 : 0);
  if (sheet_ok (sheet))
    record (sheet, 0, worksheet_autofilter (sheet->ws, sheet->header_row, 0, last,
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

  if (text == NULL || *text == '\0' || !sheet_ok (sheet))
    return;

  if (!text_is_clean (text))
    clean = copy = mz_xlsx_clean_text (text);

  record (sheet, col, worksheet_write_string (sheet->ws, sheet->row, col, clean,
                                              style_format (sheet->book, style)));
  /* A title runs over the empty cells beside it. */
  if (style != MZ_XLSX_TITLE && style != MZ_XLSX_HEADER && style != MZ_XLSX_NOTE)
    fit_text (sheet, col, clean);
}

void
mz_xlsx_sheet_write_integer (MzXlsxSheet *sheet,
                             guint16      col,
                             gint64       value)
{
  if (!sheet_ok (sheet))
    return;

  record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, (double) value,
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

  if (!sheet_ok (sheet))
    return;

  /* The one place where money becomes a double: the spreadsheet cell. */
  exponent = CLAMP (exponent, 0, N_EXPONENTS - 1);
  value = (double) minor / scale[exponent];

  record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value,
                                              sheet->book->money[exponent]));
  fit_number (sheet, col, value, exponent);
}

void
mz_xlsx_sheet_write_micro (MzXlsxSheet *sheet,
                           guint16      col,
                           gint64       micro)
{
  double value = (double) micro / 1e6;

  if (!sheet_ok (sheet))
    return;

  record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value,
                                              sheet->book->micro));
  fit_number (sheet, col, value, 6);
}

void
mz_xlsx_sheet_write_number (MzXlsxSheet *sheet,
                            guint16      col,
                            double       value)
{
  if (!sheet_ok (sheet) || !isfinite (value))
    return;

  record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, value, NULL));
  fit (sheet, col, number_width (value, value == floor (value) ? 0 : 3));
}

void
mz_xlsx_sheet_write_percent (MzXlsxSheet *sheet,
                             guint16      col,
                             double       fraction)
{
  if (!sheet_ok (sheet) || !isfinite (fraction))
    return;

  record (sheet, col, worksheet_write_number (sheet->ws, sheet->row, col, fraction,
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

  if (iso == NULL || !sheet_ok (sheet))
    return;

  if (!parse_date (iso, &year, &month, &day) || year < 1900 || !g_date_valid_dmy (day, month, year))
    {
      mz_xlsx_sheet_write_text (sheet, col, iso, MZ_XLSX_TEXT);
      return;
    }

  datetime.year = year;
  datetime.month = month;
  datetime.day = day;
  record (sheet, col, worksheet_write_datetime (sheet->ws, sheet->row, col, &datetime,
                                                sheet->book->date));
  fit (sheet, col, 10);
}

void
mz_xlsx_sheet_write_datetime (MzXlsxSheet *sheet,
                              guint16      col,
                              GDateTime   *value)
{
  lxw_datetime datetime = { 0 };

  if (value == NULL || !sheet_ok (sheet))
    return;

  datetime.year = g_date_time_get_year (value);
  datetime.month = g_date_time_get_month (value);
  datetime.day = g_date_time_get_day_of_month (value);
  datetime.hour = g_date_time_get_hour (value);
  datetime.min = g_date_time_get_minute (value);
  datetime.sec = g_date_time_get_second (value);
  record (sheet, col, worksheet_write_datetime (sheet->ws, sheet->row, col, &datetime,
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

  if (!sheet_ok (sheet) || !isfinite (value))
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

  record (sheet, col, worksheet_write_formula_num (sheet->ws, sheet->row, col, formula,
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

  if (chart == NULL || !sheet_ok (sheet))
    return;

  options.x_scale = x_scale;
  options.y_scale = y_scale;
  record (sheet, col, worksheet_insert_chart_opt (sheet->ws, row, col, chart, &options));
}

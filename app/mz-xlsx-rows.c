/* mz-xlsx-rows.c — a table's rows written straight as sheet XML
 *
 * libxlsxwriter 1.1.4 writes a constant-memory sheet's cells one by one:
 * a malloc()ed cell each, a handful of fprintf() calls each (numbers with
 * "%.16G"), into a temporary file that is copied into a second one when
 * the workbook closes, and read back to be zipped. At the benchmark size
 * (five million cells, 325 MB of XML) that was more than half of the
 * export's CPU time.
 *
 * The rows of a table (between mz_xlsx_sheet_write_header() and
 * mz_xlsx_sheet_end_table(), see mz-xlsx-cell.c) take a shorter way: the
 * sheet XML of each cell is put together here, in the very form
 * libxlsxwriter gives it (<row r="5"><c r="A5" s="16"><v>43480</v></c>…;
 * strings inline, escaped alike, numbers from integers without printf),
 * and handed in blocks to the threads that deflate (mz-xlsx-zip.c): the
 * segment holds the table's rows deflated, in a temporary file about a
 * seventh of their size. The title, header and totals rows around the
 * table are still libxlsxwriter's, as are styles, widths, filters and the
 * rest of the package; when libxlsxwriter zips the sheet's part, the
 * segment goes in where the table's rows belong — before the first row
 * libxlsxwriter wrote after them, or before </sheetData> — and the
 * sheet's dimensions are widened to cover them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "mz-xlsx-private.h"

/* XML gathered before it goes to the segment. */
#define FLUSH_SIZE (256 * 1024)
/* Columns whose names are kept. */
#define N_NAMES 64

/* A cell of the open row, where its XML is in the buffer. */
typedef struct
{
  guint16 col;
  gsize   start;
  gsize   len;
} Cell;

struct _MzXlsxRows
{
  MzXlsxSegment *segment;
  char          *buf;
  gsize          len;
  gsize          cap;
  gint64         open_row;      /* -1: none */
  gint32         last_col;      /* the open row's last cell */
  GArray        *cells;         /* Cell, of the open row */
  gboolean       unordered;     /* its cells came out of column order */
  char          *scratch;
  char           row_name[12];  /* the open row's number, from 1 */
  gsize          row_name_len;
  guint32        first_row;
  guint32        last_row;
  guint16        max_col;
  gboolean       any;
  char           col_names[N_NAMES][4];
};

/* Helpers */

static inline void
reserve (MzXlsxRows *rows,
         gsize       more)
{
  if (G_UNLIKELY (rows->len + more > rows->cap))
    {
      rows->cap = MAX (rows->cap * 2, rows->len + more);
      rows->buf = g_realloc (rows->buf, rows->cap);
    }
}

static inline void
put (MzXlsxRows *rows,
     const char *data,
     gsize       len)
{
  reserve (rows, len);
  memcpy (rows->buf + rows->len, data, len);
  rows->len += len;
}

#define PUT_LITERAL(rows, literal) put ((rows), (literal), sizeof (literal) - 1)

/* Decimal digits of @value at the end of @end; returns the first. */
static inline char *
digits (char    *end,
        guint64  value)
{
  do
    {
      *--end = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  return end;
}

static void
flush (MzXlsxRows *rows)
{
  _mz_xlsx_segment_write (rows->segment, rows->buf, rows->len);
  rows->len = 0;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  return (int) ((const Cell *) a)->col - (int) ((const Cell *) b)->col;
}

/* Cells written out of column order (a matrix filled year by year) are
 * put in order, as a reader expects them. */
static gboolean
order_cells (MzXlsxRows *rows)
{
  Cell *cells = (Cell *) rows->cells->data;
  gsize from = cells[0].start;
  gsize size = rows->len - from;

  cells[rows->cells->len - 1].len = rows->len - cells[rows->cells->len - 1].start;
  g_array_sort (rows->cells, compare_cells);
  for (guint i = 1; i < rows->cells->len; i++)
    if (cells[i].col == cells[i - 1].col)
      return FALSE;

  rows->scratch = g_realloc (rows->scratch, size);
  memcpy (rows->scratch, rows->buf + from, size);
  rows->len = from;
  for (guint i = 0; i < rows->cells->len; i++)
    put (rows, rows->scratch + (cells[i].start - from), cells[i].len);
  return TRUE;
}

static void
close_row (MzXlsxRows  *rows,
           MzXlsxSheet *sheet)
{
  if (rows->open_row < 0)
    return;
  if (rows->unordered && !order_cells (rows))
    _mz_xlsx_record (sheet, 0, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
  g_array_set_size (rows->cells, 0);
  rows->unordered = FALSE;
  PUT_LITERAL (rows, "</row>");
  rows->open_row = -1;
  if (rows->len >= FLUSH_SIZE)
    flush (rows);
}

/* Starts the cell at @col of the sheet's current row, up to its style. */
static gboolean
begin_cell (MzXlsxSheet *sheet,
            guint16      col,
            lxw_format  *format)
{
  MzXlsxRows *rows = sheet->rows;
  int32_t xf;

  if (G_UNLIKELY ((gint64) sheet->row != rows->open_row))
    {
      char number[16];
      char *first;

      /* Rows and cells go in order, as in constant-memory mode. */
      if ((gint64) sheet->row < rows->open_row || sheet->row >= LXW_ROW_MAX ||
          (rows->any && sheet->row <= rows->last_row))
        {
          _mz_xlsx_record (sheet, col, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
          return FALSE;
        }
      close_row (rows, sheet);
      first = digits (number + sizeof number, (guint64) sheet->row + 1);
      rows->row_name_len = number + sizeof number - first;
      memcpy (rows->row_name, first, rows->row_name_len);
      PUT_LITERAL (rows, "<row r=\"");
      put (rows, rows->row_name, rows->row_name_len);
      PUT_LITERAL (rows, "\">");
      rows->open_row = sheet->row;
      rows->last_col = -1;
      rows->last_row = sheet->row;
      rows->any = TRUE;
    }

  if (G_UNLIKELY (col >= LXW_COL_MAX))
    {
      _mz_xlsx_record (sheet, col, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
      return FALSE;
    }
  if (G_UNLIKELY ((gint32) col <= rows->last_col))
    rows->unordered = TRUE;
  rows->last_col = col;
  rows->max_col = MAX (rows->max_col, col);
  {
    Cell cell = { col, rows->len, 0 };

    if (rows->cells->len > 0)
      g_array_index (rows->cells, Cell, rows->cells->len - 1).len =
        rows->len - g_array_index (rows->cells, Cell, rows->cells->len - 1).start;
    g_array_append_val (rows->cells, cell);
  }

  PUT_LITERAL (rows, "<c r=\"");
  if (col < N_NAMES)
    put (rows, rows->col_names[col], strlen (rows->col_names[col]));
  else
    {
      char name[8];

      lxw_col_to_name (name, col, LXW_FALSE);
      put (rows, name, strlen (name));
    }
  put (rows, rows->row_name, rows->row_name_len);
  PUT_LITERAL (rows, "\"");

  /* Every format has its index before any sheet is written. */
  xf = format != NULL ? lxw_format_get_xf_index (format) : 0;
  if (xf > 0)
    {
      char number[16];
      char *first = digits (number + sizeof number, (guint64) xf);

      PUT_LITERAL (rows, " s=\"");
      put (rows, first, number + sizeof number - first);
      PUT_LITERAL (rows, "\"");
    }
  return TRUE;
}

/* Bytes character data cannot hold as they are. */
static const guint8 special[256] = {
  [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1,
  [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1,
  [0x1F] = 1, ['&'] = 1, ['<'] = 1, ['>'] = 1,
};

/* XML character data, as libxlsxwriter escapes it: &, < and >, and the
 * control characters a clean text still has as _xHHHH_ (a return). */
static void
put_escaped (MzXlsxRows *rows,
             const char *text,
             gsize       length)
{
  const char *end = text + length;
  const char *run = text;
  const char *p = text;

  reserve (rows, length);
  for (;;)
    {
      const char *entity;
      char control[8];

      while (p < end && !special[(guchar) *p])
        p++;
      put (rows, run, p - run);
      if (p == end)
        return;

      switch (*p)
        {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        default:
          g_snprintf (control, sizeof control, "_x%04X_", (guint) (guchar) *p);
          entity = control;
          break;
        }
      put (rows, entity, strlen (entity));
      run = ++p;
    }
}

/* Shared with the sheet */

MzXlsxRows *
_mz_xlsx_rows_new (MzXlsxSheet *sheet)
{
  MzXlsxRows *rows = g_new0 (MzXlsxRows, 1);

  rows->segment = _mz_xlsx_segment_new ();
  rows->cap = FLUSH_SIZE + 64 * 1024;
  rows->buf = g_malloc (rows->cap);
  rows->open_row = -1;
  rows->cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), 32);
  rows->first_row = sheet->row;
  for (guint col = 0; col < N_NAMES; col++)
    {
      char name[8];

      lxw_col_to_name (name, col, LXW_FALSE);
      g_strlcpy (rows->col_names[col], name, sizeof rows->col_names[col]);
    }
  return rows;
}

void
_mz_xlsx_rows_free (MzXlsxRows *rows)
{
  if (rows == NULL)
    return;

  _mz_xlsx_segment_free (rows->segment);
  g_array_unref (rows->cells);
  g_free (rows->scratch);
  g_free (rows->buf);
  g_free (rows);
}

void
_mz_xlsx_rows_text (MzXlsxSheet *sheet,
                    guint16      col,
                    const char  *text,
                    gsize        len,
                    lxw_format  *format)
{
  MzXlsxRows *rows = sheet->rows;

  if (!begin_cell (sheet, col, format))
    return;

  /* Leading or trailing white space is kept. */
  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
    PUT_LITERAL (rows, " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
  else
    PUT_LITERAL (rows, " t=\"inlineStr\"><is><t>");
  put_escaped (rows, text, len);
  PUT_LITERAL (rows, "</t></is></c>");
}

void
_mz_xlsx_rows_number (MzXlsxSheet *sheet,
                      guint16      col,
                      const char  *value,
                      lxw_format  *format)
{
  MzXlsxRows *rows = sheet->rows;

  if (!begin_cell (sheet, col, format))
    return;

  PUT_LITERAL (rows, "><v>");
  put (rows, value, strlen (value));
  PUT_LITERAL (rows, "</v></c>");
}

void
_mz_xlsx_rows_formula (MzXlsxSheet *sheet,
                       guint16      col,
                       const char  *formula,
                       const char  *value,
                       lxw_format  *format)
{
  MzXlsxRows *rows = sheet->rows;

  if (!begin_cell (sheet, col, format))
    return;

  PUT_LITERAL (rows, "><f>");
  if (formula[0] == '=')
    formula++;
  put_escaped (rows, formula, strlen (formula));
  PUT_LITERAL (rows, "</f><v>");
  put (rows, value, strlen (value));
  PUT_LITERAL (rows, "</v></c>");
}

void
_mz_xlsx_rows_end (MzXlsxSheet *sheet)
{
  MzXlsxRows *rows = g_steal_pointer (&sheet->rows);
  MzXlsxBook *book = sheet->book;
  MzXlsxSplice *splice;
  int failed;

  if (rows == NULL)
    return;

  close_row (rows, sheet);
  if (rows->len > 0)
    flush (rows);
  failed = _mz_xlsx_segment_finish (rows->segment);
  if (failed != 0)
    {
      if (_mz_xlsx_book_error (book) == LXW_NO_ERROR)
        _mz_xlsx_book_fail (book, LXW_ERROR_CREATING_TMPFILE, g_strdup (g_strerror (failed)));
      _mz_xlsx_rows_free (rows);
      return;
    }
  if (!rows->any)
    {
      _mz_xlsx_rows_free (rows);
      return;
    }

  /* The sheet's <dimension> covers them. */
  if (sheet->ws->dim_rowmax == LXW_ROW_MAX || sheet->ws->dim_rowmax < rows->last_row)
    sheet->ws->dim_rowmax = rows->last_row;
  if (sheet->ws->dim_colmax == LXW_COL_MAX || sheet->ws->dim_colmax < rows->max_col)
    sheet->ws->dim_colmax = rows->max_col;
  if (sheet->ws->dim_rowmin == LXW_ROW_MAX || sheet->ws->dim_rowmin > rows->first_row)
    sheet->ws->dim_rowmin = rows->first_row;
  if (sheet->ws->dim_colmin == LXW_COL_MAX)
    sheet->ws->dim_colmin = 0;

  /* Its marker is known once libxlsxwriter writes a row after it, or the
   * sheet is closed (mz-xlsx-cell.c). */
  splice = g_new0 (MzXlsxSplice, 1);
  splice->part = g_strdup_printf ("xl/worksheets/sheet%u.xml", sheet->part);
  splice->segment = g_steal_pointer (&rows->segment);
  sheet->pending = splice;
  sheet->rows_end = rows->last_row + 1;
  g_mutex_lock (&book->error_lock);
  g_ptr_array_add (book->splices, splice);
  g_mutex_unlock (&book->error_lock);
  _mz_xlsx_rows_free (rows);
}

/* Numbers */

const char *
_mz_xlsx_format_fixed (char   buffer[MZ_XLSX_NUMBER_MAX],
                       gint64 value,
                       int    decimals)
{
  char *end = buffer + MZ_XLSX_NUMBER_MAX - 1;
  char *first;
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  int kept = decimals;

  *end = '\0';
  /* Trailing zeros of the fraction are not written, as with "%.16G". */
  while (kept > 0 && magnitude % 10 == 0 && magnitude != 0)
    {
      magnitude /= 10;
      kept--;
    }
  if (magnitude == 0)
    kept = 0;

  first = end;
  for (int i = 0; i < kept; i++)
    {
      *--first = '0' + magnitude % 10;
      magnitude /= 10;
    }
  if (kept > 0)
    *--first = '.';
  first = digits (first, magnitude);
  if (value < 0)
    *--first = '-';
  return first;
}

const char *
_mz_xlsx_format_double (char   buffer[MZ_XLSX_NUMBER_MAX],
                        double value)
{
  return g_ascii_formatd (buffer, MZ_XLSX_NUMBER_MAX, "%.16G", value);
}

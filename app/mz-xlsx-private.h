/* mz-xlsx-private.h — shared between the parts of the libxlsxwriter layer:
 * mz-xlsx.c (the book), mz-xlsx-format.c (formats), mz-xlsx-cell.c (cells
 * and their checks) and mz-xlsx-zip.c (the zip step)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "mz-xlsx.h"

G_BEGIN_DECLS

#define N_EXPONENTS 5

typedef struct _MzXlsxSegment MzXlsxSegment;

typedef struct
{
  char          *part;     /* "xl/worksheets/sheet4.xml" */
  char          *marker;   /* "<row r=\"250006\"" or "</sheetData>" */
  MzXlsxSegment *segment;
} MzXlsxSplice;

typedef struct _MzXlsxRows MzXlsxRows;

struct _MzXlsxSheet
{
  MzXlsxBook    *book;
  lxw_worksheet *ws;
  char          *name;
  guint32        row;
  gint64         header_row;  /* -1: no table */
  guint16        n_columns;
  GArray        *widths;      /* double per column, in characters */
  guint          part;        /* its part is xl/worksheets/sheet<part>.xml */
  MzXlsxRows    *rows;        /* a table's rows being written, or NULL */
  guint32        rows_end;    /* the first row after the last rows ended */
  gboolean       after_rows;  /* rows ended, libxlsxwriter has not written since */
  MzXlsxSplice  *pending;     /* the splice of the last rows, its marker not yet known */
};

struct _MzXlsxBook
{
  lxw_workbook *wb;
  char         *path;
  gboolean      rtl;
  GPtrArray    *sheets;       /* MzXlsxSheet */
  GPtrArray    *strings;      /* kept alive until the workbook is written */
  GPtrArray    *splices;      /* MzXlsxSplice, under error_lock */
  guint         n_parts;      /* worksheets added */
  gboolean      bulk_rows;    /* tables' rows go straight to segments */

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

static inline lxw_error
_mz_xlsx_book_error (MzXlsxBook *book)
{
  return (lxw_error) g_atomic_int_get (&book->error);
}

static inline gboolean
_mz_xlsx_sheet_ok (MzXlsxSheet *sheet)
{
  return sheet->ws != NULL && _mz_xlsx_book_error (sheet->book) == LXW_NO_ERROR;
}

/* mz-xlsx.c: keeps @error as the book's error unless it has one; takes
 * @where. */
void        _mz_xlsx_book_fail      (MzXlsxBook  *book,
                                     lxw_error    error,
                                     char        *where);

/* mz-xlsx-format.c */
void        _mz_xlsx_create_formats (MzXlsxBook  *book);
lxw_format *_mz_xlsx_style_format   (MzXlsxBook  *book,
                                     MzXlsxStyle  style);

/* mz-xlsx-cell.c: keeps @error, met at @col of the current row, as the
 * book's error; sets the widths the cells written need. */
void        _mz_xlsx_record         (MzXlsxSheet *sheet,
                                     guint16      col,
                                     lxw_error    error);
void        _mz_xlsx_apply_widths   (MzXlsxSheet *sheet);
/* Ends a table's rows left open; they close the sheet's data. */
void        _mz_xlsx_sheet_end_rows (MzXlsxSheet *sheet);

/* See mz-xlsx-zip.c: call before writing any workbook. */
void _mz_xlsx_zip_init (void);

/* mz-xlsx-zip.c: rows deflated as they are written (a segment), put into
 * their sheet's part when the workbook is zipped, before the first
 * occurrence of @marker (which starts with a byte found nowhere else in
 * it). */

gboolean       _mz_xlsx_zip_can_splice  (void);
MzXlsxSegment *_mz_xlsx_segment_new     (void);
void           _mz_xlsx_segment_write   (MzXlsxSegment *segment,
                                         const char    *data,
                                         gsize          len);
/* 0, or the errno of the temporary file's failure. */
int            _mz_xlsx_segment_finish  (MzXlsxSegment *segment);
guint64        _mz_xlsx_segment_get_size (MzXlsxSegment *segment);
void           _mz_xlsx_segment_free    (MzXlsxSegment *segment);
/* The splices of the workbook this thread closes (NULL: none). */
void           _mz_xlsx_zip_set_splices (GPtrArray     *splices);

/* mz-xlsx-rows.c: a table's rows, written as sheet XML straight into a
 * segment instead of through libxlsxwriter's cells (see there). */
MzXlsxRows *_mz_xlsx_rows_new        (MzXlsxSheet  *sheet);
void        _mz_xlsx_rows_free       (MzXlsxRows   *rows);
void        _mz_xlsx_rows_text       (MzXlsxSheet  *sheet,
                                      guint16       col,
                                      const char   *text,
                                      gsize         length,
                                      lxw_format   *format);
/* @value: the number as the file writes it ("1234.5"). */
void        _mz_xlsx_rows_number     (MzXlsxSheet  *sheet,
                                      guint16       col,
                                      const char   *value,
                                      lxw_format   *format);
void        _mz_xlsx_rows_formula    (MzXlsxSheet  *sheet,
                                      guint16       col,
                                      const char   *formula,
                                      const char   *value,
                                      lxw_format   *format);
/* Ends the rows: their segment is finished and kept as a splice of the
 * book; the sheet's dimensions cover them. */
void        _mz_xlsx_rows_end        (MzXlsxSheet  *sheet);

/* Numbers as the file writes them; @buffer holds MZ_XLSX_NUMBER_MAX. */
#define MZ_XLSX_NUMBER_MAX 40
const char *_mz_xlsx_format_fixed    (char          buffer[MZ_XLSX_NUMBER_MAX],
                                      gint64        value,
                                      int           decimals);
const char *_mz_xlsx_format_double   (char          buffer[MZ_XLSX_NUMBER_MAX],
                                      double        value);

G_END_DECLS

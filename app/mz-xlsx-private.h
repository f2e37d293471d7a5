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

/* See mz-xlsx-zip.c: call before writing any workbook. */
void _mz_xlsx_zip_init (void);

G_END_DECLS

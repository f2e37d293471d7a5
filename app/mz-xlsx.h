/* mz-xlsx.h — a thin, safe layer over libxlsxwriter 1.1.4
 *
 * Workbooks are written in constant-memory mode: each sheet's rows are
 * written in order, top to bottom, and a cell once left cannot be written
 * again. Every string is made valid UTF-8 and XML-safe before it reaches
 * the file, every number is checked finite, and the first libxlsxwriter
 * error is kept (later writes are skipped) until mz_xlsx_book_check() or
 * mz_xlsx_book_close() turns it into a GError a user can read.
 *
 * Different sheets of one book may be written on different threads at
 * once (cells, rows, headers, tables); adding sheets and charts, setting
 * properties and closing stay on one thread, before or after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

typedef struct _MzXlsxBook  MzXlsxBook;
typedef struct _MzXlsxSheet MzXlsxSheet;

typedef enum
{
  MZ_XLSX_TEXT,         /* plain */
  MZ_XLSX_TITLE,        /* large, bold: the first line of a sheet */
  MZ_XLSX_HEADER,       /* a column header */
  MZ_XLSX_LABEL,        /* bold */
  MZ_XLSX_NOTE,         /* italic, grey */
  MZ_XLSX_TOTAL_LABEL,  /* bold, rule above: "Total" */
} MzXlsxStyle;

/* How a formula's value is shown. */
typedef enum
{
  MZ_XLSX_VALUE_CHF,      /* #,##0.00 */
  MZ_XLSX_VALUE_PERCENT,  /* 0.0% */
  MZ_XLSX_VALUE_INTEGER,  /* #,##0 */
} MzXlsxValue;

/* Creates the workbook that mz_xlsx_book_close() will write at @path
 * (nothing is written before). Sheets read right to left if @rtl. */
MzXlsxBook  *mz_xlsx_book_new            (const char   *path,
                                          gboolean      rtl);

/* Title, subject, author, company and comments (NULL: none); @created is
 * the creation time shown by Excel. */
void         mz_xlsx_book_set_properties (MzXlsxBook   *book,
                                          const char   *title,
                                          const char   *subject,
                                          const char   *author,
                                          const char   *company,
                                          const char   *comments,
                                          GDateTime    *created);

/* Adds a sheet named @name, made valid for Excel (no []:*?/\, at most 31
 * characters, unique); @fallback is used if @name cannot be. Never NULL:
 * a failure is kept as the book's error. */
MzXlsxSheet *mz_xlsx_book_add_sheet      (MzXlsxBook   *book,
                                          const char   *name,
                                          const char   *fallback);

/* FALSE with @error once any write failed. */
gboolean     mz_xlsx_book_check          (MzXlsxBook   *book,
                                          GError      **error);

/* Writes the file and frees @book, whatever happens. */
gboolean     mz_xlsx_book_close          (MzXlsxBook   *book,
                                          GError      **error);

/* Frees @book without writing anything; its temporary files go too. */
void         mz_xlsx_book_discard        (MzXlsxBook   *book);

lxw_chart   *mz_xlsx_book_add_chart      (MzXlsxBook   *book,
                                          guint8        type,
                                          const char   *title);

/* A series named by the cell @name_row/@name_col, with categories and
 * values as ranges of @sheet. */
void         mz_xlsx_chart_add_series    (lxw_chart    *chart,
                                          MzXlsxSheet  *sheet,
                                          guint32       name_row,
                                          guint16       name_col,
                                          guint32       cat_first_row,
                                          guint16       cat_first_col,
                                          guint32       cat_last_row,
                                          guint16       cat_last_col,
                                          guint32       val_first_row,
                                          guint16       val_first_col,
                                          guint32       val_last_row,
                                          guint16       val_last_col);

const char  *mz_xlsx_sheet_get_name      (MzXlsxSheet  *sheet);

/* The row being written (0-based). */
guint32      mz_xlsx_sheet_get_row       (MzXlsxSheet  *sheet);
void         mz_xlsx_sheet_next_row      (MzXlsxSheet  *sheet);
void         mz_xlsx_sheet_skip_rows     (MzXlsxSheet  *sheet,
                                          guint         n_rows);

/* Writes @labels as a header row at the current row and moves to the next
 * row. With @table, the rows above and including it are frozen and the
 * header begins a table (see mz_xlsx_sheet_end_table()). */
void         mz_xlsx_sheet_write_header  (MzXlsxSheet        *sheet,
                                          const char * const *labels,
                                          guint               n_labels,
                                          gboolean            table);

/* Ends the table begun by the last header: an autofilter over the header
 * and the rows written since. Call it before writing any total row. */
void         mz_xlsx_sheet_end_table     (MzXlsxSheet  *sheet);

/* Cell writers for the current row. NULL text is an empty cell. */
void         mz_xlsx_sheet_write_text    (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          const char   *text,
                                          MzXlsxStyle   style);
void         mz_xlsx_sheet_write_integer (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          gint64        value);
/* CHF centimes, shown as francs with two decimals. */
void         mz_xlsx_sheet_write_chf     (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          gint64        centimes);
/* Minor units of a currency whose ISO 4217 exponent is @exponent. */
void         mz_xlsx_sheet_write_money   (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          gint64        minor,
                                          int           exponent);
/* @micro / 10^6, with six decimals (exchange rates, quantities). */
void         mz_xlsx_sheet_write_micro   (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          gint64        micro);
/* A plain number (quantities); not finite: an empty cell. */
void         mz_xlsx_sheet_write_number  (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          double        value);
/* A fraction shown as a percentage; not finite: an empty cell. */
void         mz_xlsx_sheet_write_percent (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          double        fraction);
/* An ISO 8601 date ("YYYY-MM-DD…") as an Excel date; text that is not a
 * date is written as text. */
void         mz_xlsx_sheet_write_date    (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          const char   *iso);
void         mz_xlsx_sheet_write_datetime (MzXlsxSheet *sheet,
                                           guint16      col,
                                           GDateTime   *datetime);
/* A formula with the value it computes, so every viewer shows a number. */
void         mz_xlsx_sheet_write_formula (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          const char   *formula,
                                          double        value,
                                          MzXlsxValue   kind,
                                          gboolean      total);
/* =SUM() of rows @first_row…@last_row of column @col, whose sum is
 * @centimes; bold with a rule above. No rows: 0. */
void         mz_xlsx_sheet_write_sum_chf (MzXlsxSheet  *sheet,
                                          guint16       col,
                                          guint32       first_row,
                                          guint32       last_row,
                                          gint64        centimes);

void         mz_xlsx_sheet_insert_chart  (MzXlsxSheet  *sheet,
                                          guint32       row,
                                          guint16       col,
                                          lxw_chart    *chart,
                                          double        x_scale,
                                          double        y_scale);

/* "B" for column 1. */
void         mz_xlsx_column_name         (guint16       col,
                                          char          name[4]);

/* @text as valid UTF-8 that XML 1.0 accepts (invalid bytes and control
 * characters replaced by U+FFFD) and that fits in one Excel cell (at most
 * 32,767 UTF-16 units, cut with an ellipsis). NULL gives NULL. */
char        *mz_xlsx_clean_text          (const char   *text);

G_END_DECLS

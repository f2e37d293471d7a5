/* mz-list-export.h — what a list section shows, as a one-sheet workbook
 *
 * A section fills an MzListTable with the rows its filter lets through,
 * in the order shown, and the values behind its columns (real dates,
 * amounts in minor units): a snapshot that owns all its data. The rows can
 * be added on the worker (mz_list_export_fill_write_async()) from what the
 * main thread copied or referenced, so that the main thread only makes
 * the columns. mz_list_export_write() then makes the workbook on any thread:
 * the section's title, a line describing the filter, a styled and frozen
 * header row with an autofilter, dates as Excel dates, amounts as numbers
 * in their currency's format, and a total of each CHF column as a formula
 * that carries its value. The file is written under a hidden temporary
 * name beside the target and renamed at the end: a failed or cancelled
 * export leaves no partial file and an existing target untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  MZ_LIST_COLUMN_TEXT,
  MZ_LIST_COLUMN_INTEGER,  /* a count, with thousands separators */
  MZ_LIST_COLUMN_NUMBER,   /* a quantity with decimals */
  MZ_LIST_COLUMN_MONEY,    /* minor units of the cell's currency */
  MZ_LIST_COLUMN_CHF,      /* centimes; totalled below the table */
  MZ_LIST_COLUMN_DATE,     /* "YYYY-MM-DD" */
  MZ_LIST_COLUMN_PERCENT,  /* a fraction, shown as a percentage */
} MzListColumnType;

typedef struct _MzListTable MzListTable;

/* @title names the sheet and heads it ("In-kind contributions"). */
MzListTable *mz_list_table_new          (const char       *title);
MzListTable *mz_list_table_ref          (MzListTable      *table);
void         mz_list_table_unref        (MzListTable      *table);

/* A line under the title: what the filter lets through, e.g. “Search:
 * laptop · 12 of 40 contributions”. */
void         mz_list_table_set_subtitle (MzListTable      *table,
                                         const char       *subtitle);

/* The workbook's author, e.g. "BDT / Amina Diallo" (mz_store_get_actor()). */
void         mz_list_table_set_author   (MzListTable      *table,
                                         const char       *author);

/* Columns come first, then rows; returns the column's index. */
guint        mz_list_table_add_column   (MzListTable      *table,
                                         const char       *header,
                                         MzListColumnType  type);
guint        mz_list_table_get_n_columns (MzListTable     *table);

/* Starts a new row; its cells are empty until set. */
void         mz_list_table_add_row      (MzListTable      *table);
guint        mz_list_table_get_n_rows   (MzListTable      *table);

/* Set a cell of the last row. The setter must match the column's type
 * (TEXT, INTEGER, NUMBER, MONEY and CHF, DATE, PERCENT); NULL text and
 * dates leave the cell empty. */
void         mz_list_table_set_text     (MzListTable      *table,
                                         guint             column,
                                         const char       *text);
void         mz_list_table_set_integer  (MzListTable      *table,
                                         guint             column,
                                         gint64            value);
void         mz_list_table_set_number   (MzListTable      *table,
                                         guint             column,
                                         double            value);
/* MONEY: @minor units of @currency (ISO 4217); CHF: @currency is ignored. */
void         mz_list_table_set_money    (MzListTable      *table,
                                         guint             column,
                                         gint64            minor,
                                         const char       *currency);
void         mz_list_table_set_date     (MzListTable      *table,
                                         guint             column,
                                         const char       *iso);
void         mz_list_table_set_percent  (MzListTable      *table,
                                         guint             column,
                                         double            fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzListTable, mz_list_table_unref)

/* @fraction goes from 0 to 1; on the writing thread for
 * mz_list_export_write(), in the caller's main context for the async
 * version. */
typedef void (*MzListExportProgressFunc) (double   fraction,
                                          gpointer user_data);

/* Writes @table to @out_path (see above). Errors: MZ_STORE_ERROR_INVALID
 * for a folder given as the target, MZ_STORE_ERROR_IO for a folder that
 * cannot be written or a full disk, G_IO_ERROR_CANCELLED. */
gboolean     mz_list_export_write        (MzListTable              *table,
                                          const char               *out_path,
                                          GCancellable             *cancellable,
                                          MzListExportProgressFunc  progress,
                                          gpointer                  progress_data,
                                          GError                  **error);

/* The same on a worker thread; @table is kept until @callback. @progress
 * runs in the caller's thread-default main context, never after
 * @callback; @progress_data must live until @callback has run. */
void         mz_list_export_write_async  (MzListTable              *table,
                                          const char               *out_path,
                                          GCancellable             *cancellable,
                                          MzListExportProgressFunc  progress,
                                          gpointer                  progress_data,
                                          GAsyncReadyCallback       callback,
                                          gpointer                  user_data);
gboolean     mz_list_export_write_finish (GAsyncResult             *result,
                                          GError                  **error);

/* Adds the rows to @table, on the worker thread, from @fill_data (what
 * the caller copied or referenced for it: nothing another thread
 * changes); checks @cancellable now and then. */
typedef gboolean (*MzListTableFillFunc) (MzListTable   *table,
                                         gpointer       fill_data,
                                         GCancellable  *cancellable,
                                         GError       **error);

/* As mz_list_export_write_async(), with @table's rows added by @fill on
 * the worker first: the caller's thread only makes the table's columns
 * and the snapshot in @fill_data, which must live until @callback (free
 * it there, in the caller's thread). Finish with
 * mz_list_export_write_finish(). */
void         mz_list_export_fill_write_async (MzListTable              *table,
                                              MzListTableFillFunc       fill,
                                              gpointer                  fill_data,
                                              const char               *out_path,
                                              GCancellable             *cancellable,
                                              MzListExportProgressFunc  progress,
                                              gpointer                  progress_data,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);

G_END_DECLS

/* mz-list-export.c — what a list section shows, as a one-sheet workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-list-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mz-list-export.h"
#include "mz-money.h"
#include "mz-store.h"
#include "mz-xlsx.h"
#include "mz-xlsx-file.h"

/* Rows between two looks at the cancellable and two progress reports. */
#define STEP_ROWS 512

typedef struct
{
  char             *header;
  MzListColumnType  type;
} Column;

typedef struct
{
  gboolean    set;
  const char *text;      /* TEXT, DATE; the currency of MONEY (in the chunk) */
  union
  {
    gint64 integer;      /* INTEGER, MONEY, CHF */
    double number;       /* NUMBER, PERCENT */
  };
} Cell;

struct _MzListTable
{
  gint          ref_count;
  char         *title;
  char         *subtitle;
  char         *author;
  GArray       *columns;  /* Column */
  GArray       *cells;    /* Cell, row by row */
  GStringChunk *text;
};

/* The table */

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->header);
}

MzListTable *
mz_list_table_new (const char *title)
{
  MzListTable *table = g_new0 (MzListTable, 1);

  table->ref_count = 1;
  table->title = g_strdup (title);
  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, column_clear);
  table->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  table->text = g_string_chunk_new (16 * 1024);
  return table;
}

MzListTable *
mz_list_table_ref (MzListTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  g_atomic_int_inc (&table->ref_count);
  return table;
}

void
mz_list_table_unref (MzListTable *table)
{
  if (table == NULL || !g_atomic_int_dec_and_test (&table->ref_count))
    return;

  g_free (table->title);
  g_free (table->subtitle);
  g_free (table->author);
  g_array_unref (table->columns);
  g_array_unref (table->cells);
  g_string_chunk_free (table->text);
  g_free (table);
}

void
mz_list_table_set_subtitle (MzListTable *table,
                            const char  *subtitle)
{
  g_return_if_fail (table != NULL);

  g_free (table->subtitle);
  table->subtitle = g_strdup (subtitle);
}

void
mz_list_table_set_author (MzListTable *table,
                          const char  *author)
{
  g_return_if_fail (table != NULL);

  g_free (table->author);
  table->author = g_strdup (author);
}

guint
mz_list_table_add_column (MzListTable      *table,
                          const char       *header,
                          MzListColumnType  type)
{
  Column column = { g_strdup (header), type };

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (table->cells->len == 0, 0);

  g_array_append_val (table->columns, column);
  return table->columns->len - 1;
}

guint
mz_list_table_get_n_columns (MzListTable *table)
{
  return table->columns->len;
}

void
mz_list_table_add_row (MzListTable *table)
{
  g_return_if_fail (table != NULL && table->columns->len > 0);

  g_array_set_size (table->cells, table->cells->len + table->columns->len);
}

guint
mz_list_table_get_n_rows (MzListTable *table)
{
  return table->columns->len > 0 ? table->cells->len / table->columns->len : 0;
}

/* The cell @column of the last row, if its type is one of @a or @b. */
static Cell *
last_cell (MzListTable      *table,
           guint             column,
           MzListColumnType  a,
           MzListColumnType  b)
{
  MzListColumnType type;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (column < table->columns->len, NULL);
  g_return_val_if_fail (table->cells->len > 0, NULL);

  type = g_array_index (table->columns, Column, column).type;
  g_return_val_if_fail (type == a || type == b, NULL);

  return &g_array_index (table->cells, Cell,
                         table->cells->len - table->columns->len + column);
}

void
mz_list_table_set_text (MzListTable *table,
                        guint        column,
                        const char  *text)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_TEXT, MZ_LIST_COLUMN_TEXT);

  if (cell == NULL || text == NULL)
    return;
  cell->set = TRUE;
  cell->text = g_string_chunk_insert_const (table->text, text);
}

void
mz_list_table_set_integer (MzListTable *table,
                           guint        column,
                           gint64       value)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_INTEGER, MZ_LIST_COLUMN_INTEGER);

  if (cell == NULL)
    return;
  cell->set = TRUE;
  cell->integer = value;
}

void
mz_list_table_set_number (MzListTable *table,
                          guint        column,
                          double       value)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_NUMBER, MZ_LIST_COLUMN_NUMBER);

  if (cell == NULL)
    return;
  cell->set = TRUE;
  cell->number = value;
}

void
mz_list_table_set_money (MzListTable *table,
                         guint        column,
                         gint64       minor,
                         const char  *currency)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_MONEY, MZ_LIST_COLUMN_CHF);

  if (cell == NULL)
    return;
  cell->set = TRUE;
  cell->integer = minor;
  cell->text = currency != NULL ? g_string_chunk_insert_const (table->text, currency) : NULL;
}

void
mz_list_table_set_date (MzListTable *table,
                        guint        column,
                        const char  *iso)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_DATE, MZ_LIST_COLUMN_DATE);

  if (cell == NULL || iso == NULL)
    return;
  cell->set = TRUE;
  cell->text = g_string_chunk_insert_const (table->text, iso);
}

void
mz_list_table_set_percent (MzListTable *table,
                           guint        column,
                           double       fraction)
{
  Cell *cell = last_cell (table, column, MZ_LIST_COLUMN_PERCENT, MZ_LIST_COLUMN_PERCENT);

  if (cell == NULL)
    return;
  cell->set = TRUE;
  cell->number = fraction;
}

/* Writing */

static gboolean
check_target (const char  *out_path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (out_path);

  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” is a folder. Give the name of the workbook to write, such as "
                     "list.xlsx."), out_path);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write “%s”: there is no folder “%s”. Choose an existing folder."),
                   out_path, dir);
      return FALSE;
    }
  return TRUE;
}

static void
write_cell (MzXlsxSheet  *sheet,
            guint16       col,
            const Column *column,
            const Cell   *cell)
{
  if (!cell->set)
    return;

  switch (column->type)
    {
    case MZ_LIST_COLUMN_TEXT:
      mz_xlsx_sheet_write_text (sheet, col, cell->text, MZ_XLSX_TEXT);
      break;
    case MZ_LIST_COLUMN_INTEGER:
      mz_xlsx_sheet_write_integer (sheet, col, cell->integer);
      break;
    case MZ_LIST_COLUMN_NUMBER:
      mz_xlsx_sheet_write_number (sheet, col, cell->number);
      break;
    case MZ_LIST_COLUMN_MONEY:
      {
        int exponent = cell->text != NULL ? mz_money_currency_exponent (cell->text) : 2;

        mz_xlsx_sheet_write_money (sheet, col, cell->integer, exponent >= 0 ? exponent : 2);
        break;
      }
    case MZ_LIST_COLUMN_CHF:
      mz_xlsx_sheet_write_chf (sheet, col, cell->integer);
      break;
    case MZ_LIST_COLUMN_DATE:
      mz_xlsx_sheet_write_date (sheet, col, cell->text);
      break;
    case MZ_LIST_COLUMN_PERCENT:
      mz_xlsx_sheet_write_percent (sheet, col, cell->number);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
write_book (MzListTable               *table,
            MzXlsxBook                *book,
            GCancellable              *cancellable,
            MzListExportProgressFunc   progress,
            gpointer                   progress_data,
            GError                   **error)
{
  guint n_columns = table->columns->len;
  guint n_rows = mz_list_table_get_n_rows (table);
  g_autofree const char **headers = g_new0 (const char *, n_columns + 1);
  g_autofree gint64 *totals = g_new0 (gint64, n_columns);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  MzXlsxSheet *sheet;
  gboolean any_total = FALSE;
  guint32 first;

  mz_xlsx_book_set_properties (book, table->title, table->subtitle, table->author,
                               _("International Telecommunication Union"), NULL, now);
  sheet = mz_xlsx_book_add_sheet (book, table->title, "List");

  mz_xlsx_sheet_write_text (sheet, 0, table->title, MZ_XLSX_TITLE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, table->subtitle, MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_skip_rows (sheet, 1);

  for (guint c = 0; c < n_columns; c++)
    headers[c] = g_array_index (table->columns, Column, c).header;
  mz_xlsx_sheet_write_header (sheet, headers, n_columns, TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  for (guint r = 0; r < n_rows; r++)
    {
      const Cell *row = &g_array_index (table->cells, Cell, r * n_columns);

      if (r % STEP_ROWS == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (0.9 * r / n_rows, progress_data);
        }

      for (guint c = 0; c < n_columns; c++)
        {
          const Column *column = &g_array_index (table->columns, Column, c);

          write_cell (sheet, c, column, &row[c]);
          if (column->type == MZ_LIST_COLUMN_CHF && row[c].set)
            totals[c] += row[c].integer;
        }
      mz_xlsx_sheet_next_row (sheet);
    }
  mz_xlsx_sheet_end_table (sheet);

  /* Totals of the CHF columns, as formulas carrying their value. */
  for (guint c = 0; c < n_columns; c++)
    if (g_array_index (table->columns, Column, c).type == MZ_LIST_COLUMN_CHF)
      {
        mz_xlsx_sheet_write_sum_chf (sheet, c, first, mz_xlsx_sheet_get_row (sheet) - 1, totals[c]);
        any_total = TRUE;
      }
  if (any_total && g_array_index (table->columns, Column, 0).type != MZ_LIST_COLUMN_CHF)
    mz_xlsx_sheet_write_text (sheet, 0, _("Total"), MZ_XLSX_TOTAL_LABEL);
  mz_xlsx_sheet_next_row (sheet);

  return mz_xlsx_book_check (book, error);
}

gboolean
mz_list_export_write (MzListTable               *table,
                      const char                *out_path,
                      GCancellable              *cancellable,
                      MzListExportProgressFunc   progress,
                      gpointer                   progress_data,
                      GError                   **error)
{
  g_autofree char *tmp_path = NULL;
  MzXlsxBook *book;
  gboolean ok;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);

  if (!check_target (out_path, error))
    return FALSE;
  tmp_path = mz_xlsx_file_create_temporary (out_path, FALSE, error);
  if (tmp_path == NULL)
    return FALSE;

  book = mz_xlsx_book_new (tmp_path, FALSE);
  if (!write_book (table, book, cancellable, progress, progress_data, error))
    {
      mz_xlsx_book_discard (book);
      g_unlink (tmp_path);
      return FALSE;
    }

  ok = mz_xlsx_book_close (book, error) &&
       mz_xlsx_file_commit (tmp_path, out_path, cancellable, error);
  if (!ok)
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

/* On a worker thread */

typedef struct
{
  MzListTable              *table;
  MzListTableFillFunc       fill;
  gpointer                  fill_data;
  char                     *out_path;
  MzListExportProgressFunc  progress;
  gpointer                  progress_data;
  GMainContext             *context;
  gint                      pending;  /* progress reports queued */
  double                    fraction; /* the latest, under the lock */
  gboolean                  done;     /* main context only */
  GMutex                    lock;
} Job;

static Job *
job_ref (Job *job)
{
  g_atomic_int_inc (&job->pending);
  return job;
}

static void
job_free (Job *job)
{
  mz_list_table_unref (job->table);
  g_free (job->out_path);
  g_main_context_unref (job->context);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static void
job_unref (Job *job)
{
  if (g_atomic_int_dec_and_test (&job->pending))
    job_free (job);
}

static gboolean
deliver_progress_cb (gpointer user_data)
{
  Job *job = user_data;
  double fraction;

  g_mutex_lock (&job->lock);
  fraction = job->fraction;
  g_mutex_unlock (&job->lock);
  if (!job->done && job->progress != NULL)
    job->progress (fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
thread_progress_cb (double   fraction,
                    gpointer user_data)
{
  Job *job = user_data;
  GSource *source;

  g_mutex_lock (&job->lock);
  job->fraction = fraction;
  g_mutex_unlock (&job->lock);

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, job_ref (job), (GDestroyNotify) job_unref);
  g_source_attach (source, job->context);
  g_source_unref (source);
}

static void
write_thread_cb (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gint64 begin = g_get_monotonic_time ();

  if (job->fill != NULL)
    {
      if (!job->fill (job->table, job->fill_data, cancellable, &error) ||
          g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      g_debug ("%u rows filled on the worker in %.1f ms", mz_list_table_get_n_rows (job->table),
               (g_get_monotonic_time () - begin) / 1000.0);
    }

  if (mz_list_export_write (job->table, job->out_path, cancellable,
                            job->progress != NULL ? thread_progress_cb : NULL, job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
mz_list_export_write_async (MzListTable              *table,
                            const char               *out_path,
                            GCancellable             *cancellable,
                            MzListExportProgressFunc  progress,
                            gpointer                  progress_data,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  mz_list_export_fill_write_async (table, NULL, NULL, out_path, cancellable,
                                   progress, progress_data, callback, user_data);
}

void
mz_list_export_fill_write_async (MzListTable              *table,
                                 MzListTableFillFunc       fill,
                                 gpointer                  fill_data,
                                 const char               *out_path,
                                 GCancellable             *cancellable,
                                 MzListExportProgressFunc  progress,
                                 gpointer                  progress_data,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (table != NULL);
  g_return_if_fail (out_path != NULL);

  job = g_new0 (Job, 1);
  job->table = mz_list_table_ref (table);
  job->fill = fill;
  job->fill_data = fill_data;
  job->out_path = g_strdup (out_path);
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  job->pending = 1;
  g_mutex_init (&job->lock);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mz_list_export_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_unref);
  g_task_run_in_thread (task, write_thread_cb);
}

gboolean
mz_list_export_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  /* Progress reports still queued are dropped from here on. */
  ((Job *) g_task_get_task_data (G_TASK (result)))->done = TRUE;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* test-report-list.c — a list section's rows as a one-sheet workbook
 * (app/mz-list-export.c), read back by an independent reader
 * (tests/check-report-list.py with Debian's /usr/bin/python3 and openpyxl):
 * title, styled frozen header, autofilter over exactly the rows given,
 * numbers as numbers, dates as dates, totals as formulas with their value;
 * cancellation and an unwritable folder leave no file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "mz-list-export.h"
#include "mz-store.h"
#include "test-remove-tree.h"

#define PYTHON "/usr/bin/python3"
#define SKIP_STATUS 77

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("mobilize-list-export-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Runs the checker on @xlsx with the JSON @spec; FALSE when skipped. */
static gboolean
check (Fixture    *f,
       const char *xlsx,
       const char *spec)
{
  g_autofree char *spec_path = g_build_filename (f->dir, "spec.json", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report-list.py", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { PYTHON, script, xlsx, spec_path, NULL };
  int status;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing");
      return FALSE;
    }
  g_assert_true (g_file_set_contents (spec_path, spec, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_unlink (spec_path);
  if (WIFEXITED (status) && WEXITSTATUS (status) == SKIP_STATUS)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("check-report-list.py %s:\n%s%s", xlsx, out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static const char * const currencies[] = { "CHF", "JPY", "EUR", "KWD" };

/* In-kind contributions as the section would hand them over: only those
 * its filter lets through (here: every third of @n_all). Returns the
 * table; *total_chf the sum of its CHF column in centimes. */
static MzListTable *
make_table (guint   n_all,
            guint  *n_shown,
            gint64 *total_chf)
{
  MzListTable *table = mz_list_table_new ("In-kind contributions");
  guint partner, kind, start, quantity, value, chf, count, share;

  mz_list_table_set_subtitle (table, "Search: every third · 400 of 1,200 contributions");
  mz_list_table_set_author (table, "BDT / Amina Diallo");
  partner = mz_list_table_add_column (table, "Partner", MZ_LIST_COLUMN_TEXT);
  kind = mz_list_table_add_column (table, "Kind", MZ_LIST_COLUMN_TEXT);
  start = mz_list_table_add_column (table, "Start", MZ_LIST_COLUMN_DATE);
  quantity = mz_list_table_add_column (table, "Quantity", MZ_LIST_COLUMN_NUMBER);
  value = mz_list_table_add_column (table, "Fair value", MZ_LIST_COLUMN_MONEY);
  chf = mz_list_table_add_column (table, "CHF", MZ_LIST_COLUMN_CHF);
  count = mz_list_table_add_column (table, "Items", MZ_LIST_COLUMN_INTEGER);
  share = mz_list_table_add_column (table, "Share", MZ_LIST_COLUMN_PERCENT);
  g_assert_cmpuint (mz_list_table_get_n_columns (table), ==, 8);

  *n_shown = 0;
  *total_chf = 0;
  for (guint i = 0; i < n_all; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *date = NULL;

      if (i % 3 != 0)
        continue;

      name = i % 2 == 0 ? g_strdup_printf ("Partner %u", i) : g_strdup_printf ("合作伙伴 %u", i);
      date = g_strdup_printf ("20%02u-%02u-%02u", 20 + i % 6, 1 + i % 12, 1 + i % 28);
      mz_list_table_add_row (table);
      mz_list_table_set_text (table, partner, name);
      mz_list_table_set_text (table, kind, i % 4 == 0 ? "Equipment" : "Seconded expert");
      /* Some cells stay empty, as in the section. */
      if (i % 5 != 0)
        mz_list_table_set_date (table, start, date);
      mz_list_table_set_number (table, quantity, 1.5 * i);
      mz_list_table_set_money (table, value, 1000 * (gint64) i + 7, currencies[i % 4]);
      mz_list_table_set_money (table, chf, 100 * (gint64) i + 1, NULL);
      mz_list_table_set_integer (table, count, i);
      mz_list_table_set_percent (table, share, (i % 100) / 100.0);
      *total_chf += 100 * (gint64) i + 1;
      (*n_shown)++;
    }
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, *n_shown);
  return table;
}

static void
test_write (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "in-kind.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *spec = NULL;
  guint n_shown;
  gint64 total;
  g_autoptr(MzListTable) table = make_table (1200, &n_shown, &total);

  g_assert_true (mz_list_export_write (table, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_shown, ==, 400);
  /* Nothing else beside it: the temporary file was renamed. */
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  /* Row 5 is item 0 (CHF), row 6 item 3 (KWD: three decimals), row 7 item 6
   * (EUR). */
  spec = g_strdup_printf ("{\"title\": \"In-kind contributions\","
                          " \"headers\": [\"Partner\", \"Kind\", \"Start\", \"Quantity\", \"Fair value\","
                          "   \"CHF\", \"Items\", \"Share\"],"
                          " \"types\": [\"text\", \"text\", \"date\", \"number\", \"money\", \"chf\","
                          "   \"integer\", \"percent\"],"
                          " \"rows\": %u,"
                          " \"cells\": {\"A5\": \"Partner 0\", \"A6\": \"合作伙伴 3\", \"B5\": \"Equipment\","
                          "   \"C5\": null, \"C6\": \"2023-04-04\", \"D6\": 4.5, \"E5\": 0.07,"
                          "   \"E6\": 3.007, \"E7\": 60.07, \"F6\": 3.01, \"G7\": 6, \"H6\": 0.03},"
                          " \"totals\": {\"F\": %.2f}}",
                          n_shown, total / 100.0);
  check (f, out, spec);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "empty.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  guint n_shown;
  gint64 total;
  g_autoptr(MzListTable) table = make_table (0, &n_shown, &total);

  g_assert_true (mz_list_export_write (table, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  check (f, out,
         "{\"title\": \"In-kind contributions\","
         " \"headers\": [\"Partner\", \"Kind\", \"Start\", \"Quantity\", \"Fair value\", \"CHF\","
         "   \"Items\", \"Share\"],"
         " \"types\": [\"text\", \"text\", \"date\", \"number\", \"money\", \"chf\", \"integer\","
         "   \"percent\"],"
         " \"rows\": 0, \"totals\": {\"F\": 0}}");
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "cancelled.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint n_shown;
  gint64 total;
  g_autoptr(MzListTable) table = make_table (3000, &n_shown, &total);

  g_cancellable_cancel (cancellable);
  g_assert_false (mz_list_export_write (table, out, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "no-such-folder", "list.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  guint n_shown;
  gint64 total;
  g_autoptr(MzListTable) table = make_table (10, &n_shown, &total);

  g_assert_false (mz_list_export_write (table, out, NULL, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  /* A folder as the target. */
  g_assert_false (mz_list_export_write (table, f->dir, NULL, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  double     last;
  guint      n_progress;
  gboolean   finished;
  gboolean   ok;
  GError    *error;
} AsyncState;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_false (state->finished);
  g_assert_cmpfloat (fraction, >=, state->last);
  state->last = fraction;
  state->n_progress++;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;

  state->ok = mz_list_export_write_finish (result, &state->error);
  state->finished = TRUE;
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "async.xlsx", NULL);
  AsyncState state = { 0 };
  guint n_shown;
  gint64 total;
  g_autoptr(MzListTable) table = make_table (30000, &n_shown, &total);

  state.loop = g_main_loop_new (NULL, FALSE);
  mz_list_export_write_async (table, out, NULL, progress_cb, &state, written_cb, &state);
  g_main_loop_run (state.loop);
  g_main_loop_unref (state.loop);

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.n_progress, >, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

/* What the main thread hands the worker: the names of the rows, in order. */
typedef struct
{
  GPtrArray *names;
  GThread   *thread;  /* where the fill ran */
  guint      n_rows_before;  /* the table's rows when the fill began */
  gboolean   fail;
} FillData;

static gboolean
fill_cb (MzListTable   *table,
         gpointer       user_data,
         GCancellable  *cancellable,
         GError       **error)
{
  FillData *fill = user_data;

  fill->thread = g_thread_self ();
  fill->n_rows_before = mz_list_table_get_n_rows (table);
  if (fill->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The rows could not be read.");
      return FALSE;
    }
  for (guint i = 0; i < fill->names->len; i++)
    {
      mz_list_table_add_row (table);
      mz_list_table_set_text (table, 0, g_ptr_array_index (fill->names, i));
      mz_list_table_set_money (table, 1, 100 * (gint64) i, NULL);
    }
  return TRUE;
}

/* The rows added on the worker from what the caller took: the caller's
 * thread only makes the columns; a fill that fails leaves no file. */
static void
test_fill_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "filled.xlsx", NULL);
  g_autofree char *spec = NULL;
  FillData fill = { g_ptr_array_new_with_free_func (g_free), NULL, 0, FALSE };
  AsyncState state = { 0 };
  gint64 total = 0;
  guint n = 20000;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (fill.names, g_strdup_printf ("Partner %u", i));
      total += 100 * (gint64) i;
    }

  for (int fail = 0; fail < 2; fail++)
    {
      g_autoptr(MzListTable) table = mz_list_table_new ("Partners");

      mz_list_table_add_column (table, "Name", MZ_LIST_COLUMN_TEXT);
      mz_list_table_add_column (table, "Received (CHF)", MZ_LIST_COLUMN_CHF);
      fill.fail = fail;
      fill.thread = NULL;
      fill.n_rows_before = G_MAXUINT;
      state = (AsyncState) { .loop = g_main_loop_new (NULL, FALSE) };
      mz_list_export_fill_write_async (table, fill_cb, &fill, out, NULL, progress_cb, &state,
                                       written_cb, &state);
      g_main_loop_run (state.loop);
      g_main_loop_unref (state.loop);

      /* Nothing was filled here: the worker found the table empty. */
      g_assert_cmpuint (fill.n_rows_before, ==, 0);
      g_assert_nonnull (fill.thread);
      g_assert_true (fill.thread != g_thread_self ());
      if (fail)
        {
          g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_FAILED);
          g_assert_false (state.ok);
          g_clear_error (&state.error);
          continue;
        }
      g_assert_no_error (state.error);
      g_assert_true (state.ok);
      g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n);
    }
  /* The failed fill left the first workbook as it was, and nothing else. */
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  spec = g_strdup_printf ("{\"title\": \"Partners\", \"headers\": [\"Name\", \"Received (CHF)\"],"
                          " \"types\": [\"text\", \"chf\"], \"rows\": %u,"
                          " \"cells\": {\"A5\": \"Partner 0\", \"A6\": \"Partner 1\"},"
                          " \"totals\": {\"B\": %.2f}}", n, total / 100.0);
  check (f, out, spec);
  g_ptr_array_unref (fill.names);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/list-export/write", Fixture, NULL, fixture_set_up, test_write, fixture_tear_down);
  g_test_add ("/list-export/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/list-export/cancelled", Fixture, NULL, fixture_set_up, test_cancelled, fixture_tear_down);
  g_test_add ("/list-export/unwritable", Fixture, NULL, fixture_set_up, test_unwritable, fixture_tear_down);
  g_test_add ("/list-export/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/list-export/fill-async", Fixture, NULL, fixture_set_up, test_fill_async, fixture_tear_down);

  return g_test_run ();
}

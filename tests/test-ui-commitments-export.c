/* test-ui-commitments-export.c — "Export to Excel…" in the Commitments
 * section: the rows the filters leave, in the table's order, read back by
 * openpyxl (tests/check-report-list.py)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With MOBILIZE_BENCH_DB=path (a database of mobilize-cli generate),
 * /ui/commitments-export/bench times, for its 50,000 commitments sorted by
 * title, what the click costs the main thread (the snapshot: the rows in
 * order and the columns; the cells are filled on the worker) and the whole
 * export; and, for comparison, the whole table made at once on one thread.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitments-page-private.h"
#include "mz-list-export-button.h"
#include "test-ui-crm-fixture.h"
#include "test-ui-export-check.h"

static gboolean
page_loaded (gpointer data)
{
  return !_mz_commitments_page_is_loading (data) &&
         g_strcmp0 (_mz_commitments_page_get_state (data), "loading") != 0;
}

static gboolean
button_sensitive (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

static gboolean
export_done (gpointer data)
{
  return !mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (data));
}

/* A currency filter and the table sorted by title, last first: the
 * workbook has those rows in that order, its CHF columns add up to the
 * rows' figures, numbers and dates as such. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  MzCommitmentsPage *page = MZ_COMMITMENTS_PAGE (open_section (fixture, "commitments"));
  GtkWidget *button;
  GListModel *shown = _mz_commitments_page_get_shown (page);
  GtkColumnView *view = _mz_commitments_page_get_column_view (page);
  GtkDropDown *currency_filter = _mz_commitments_page_get_filter (page, "currency");
  g_autoptr(GtkColumnViewColumn) title_column = NULL;
  g_autoptr(GListStore) all = g_list_store_new (MZ_TYPE_COMMITMENT_ROW);
  g_autoptr(MzListTable) table = NULL;
  g_autoptr(MzCommitmentRow) first = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "commitments.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autofree char *spec = NULL, *subtitle = NULL, *subtitle_json = NULL, *title_json = NULL;
  const char *currency = NULL, *currency_label, *last_title_key = NULL, *last_title = NULL;
  guint n_all, n_currency = 0, n_without_chf = 0;
  gint64 signed_chf = 0, received_chf = 0;

  button = _mz_commitments_page_get_export_button (page);
  g_assert_true (MZ_IS_LIST_EXPORT_BUTTON (button));
  /* Not while the rows are still on their way. */
  if (!page_loaded (page))
    g_assert_false (gtk_widget_get_sensitive (button));
  wait_until (page_loaded, page);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  /* Beside the count, before “New Commitment”. */
  g_assert_true (gtk_widget_get_parent (button) ==
                 gtk_widget_get_parent (gtk_widget_get_prev_sibling (button)));
  g_assert_true (GTK_IS_LABEL (gtk_widget_get_prev_sibling (button)));

  n_all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_all, >, 1);
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (shown, i);
      g_list_store_append (all, row);
    }

  /* The currencies of the filter, by code (“CHF — Swiss Franc”). */
  {
    GListModel *items = gtk_drop_down_get_model (currency_filter);

    g_assert_cmpuint (g_list_model_get_n_items (items), >, 2);
    for (guint i = 2; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(GtkStringObject) a = g_list_model_get_item (items, i - 1);
        g_autoptr(GtkStringObject) b = g_list_model_get_item (items, i);

        g_assert_cmpint (strncmp (gtk_string_object_get_string (a), gtk_string_object_get_string (b), 3), <, 0);
      }
  }

  /* The first currency of the filter, counted from all the rows. */
  gtk_drop_down_set_selected (currency_filter, 1);
  iterate ();
  currency_label = gtk_string_object_get_string (gtk_drop_down_get_selected_item (currency_filter));
  first = g_list_model_get_item (shown, 0);
  currency = mz_commitment_row_get_data (first)->currency;
  g_assert_nonnull (strstr (currency_label, currency));
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (G_LIST_MODEL (all), i);
      const MzCommitmentListRow *d = mz_commitment_row_get_data (row);

      if (g_strcmp0 (d->currency, currency) != 0)
        continue;
      n_currency++;
      if (mz_commitment_row_get_signed_chf (row) != MZ_COMMITMENT_ROW_NONE)
        signed_chf += mz_commitment_row_get_signed_chf (row);
      else
        n_without_chf++;
      received_chf += d->received_chf;
      if (last_title_key == NULL || strcmp (mz_commitment_row_get_title_key (row), last_title_key) > 0)
        {
          last_title_key = mz_commitment_row_get_title_key (row);
          last_title = d->title;
        }
    }
  g_assert_cmpuint (n_currency, <, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_currency);

  /* Sorted by title, last first, and built at once: the table does not
   * wait for the sort's steps. */
  title_column = g_list_model_get_item (gtk_column_view_get_columns (view), 1);
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_DESCENDING);
  table = _mz_commitments_page_build_export_table (page);
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n_currency);
  g_assert_cmpuint (mz_list_table_get_n_columns (table), ==, 12);
  iterate ();

  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  g_assert_true (mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (button)));
  wait_until (export_done, button);
  g_assert_null (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  subtitle = g_strdup_printf ("Currency: %s · %u of %u commitments", currency_label, n_currency, n_all);
  subtitle_json = json_string (subtitle);
  title_json = json_string (last_title);
  spec = g_strdup_printf ("{\"title\": \"Commitments\","
                          " \"headers\": [\"Donor\", \"Title\", \"Kind\", \"Stage\", \"Signed amount\","
                          "   \"Currency\", \"Signed on\", \"Start\", \"End\", \"Signed (CHF)\","
                          "   \"Received (CHF)\", \"Units\"],"
                          " \"types\": [\"text\", \"text\", \"text\", \"text\", \"money\", \"text\","
                          "   \"date\", \"date\", \"date\", \"chf\", \"chf\", \"text\"],"
                          " \"rows\": %u, \"cells\": {\"A2\": %s, \"B5\": %s, \"F5\": \"%s\"},"
                          " \"totals\": {\"J\": %.2f, \"K\": %.2f}}",
                          n_currency, subtitle_json, title_json, currency,
                          signed_chf / 100.0, received_chf / 100.0);
  g_test_message ("%u %s commitments, %u without a CHF figure: %s", n_currency, currency, n_without_chf, spec);
  if (!check_workbook (fixture->dir, out, spec))
    return;

  /* Cancelled at once: nothing at the target. */
  g_unlink (out);
  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  mz_list_export_button_cancel (MZ_LIST_EXPORT_BUTTON (button));
  wait_until (export_done, button);
  if (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)) != NULL)
    {
      g_assert_error ((GError *) mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)),
                      G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* Filters cleared: every commitment, “All …” under the title. */
  gtk_widget_activate_action (GTK_WIDGET (page), "commitments.clear-filters", NULL);
  iterate ();
  g_clear_pointer (&table, mz_list_table_unref);
  table = _mz_commitments_page_build_export_table (page);
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n_all);
}

/* The CPU time of this thread, in milliseconds: on a loaded machine, a
 * closer figure of what a step costs than the time on the clock. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* With MOBILIZE_BENCH_DB: the table of the 50,000 commitments, made on
 * the main thread, and the workbook written by the worker. */
static void
test_bench (Fixture       *fixture,
            gconstpointer  data)
{
  const char *bench = g_getenv ("MOBILIZE_BENCH_DB");
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzListTable) table = NULL;
  MzCommitmentsPage *page;
  GtkWidget *button;
  gsize length;
  gint64 start;
  double build_ms, write_s;

  if (bench == NULL || !g_file_test (bench, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("MOBILIZE_BENCH_DB is not set");
      return;
    }
  g_assert_true (g_file_get_contents (bench, &contents, &length, &error));
  g_assert_no_error (error);
  g_remove (fixture->path);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);

  page = MZ_COMMITMENTS_PAGE (open_section (fixture, "commitments"));
  wait_until (page_loaded, page);
  button = _mz_commitments_page_get_export_button (page);

  for (int i = 0; i < 3; i++)
    {
      g_clear_pointer (&table, mz_list_table_unref);
      start = g_get_monotonic_time ();
      table = _mz_commitments_page_build_export_table (page);
      build_ms = (g_get_monotonic_time () - start) / 1000.0;
      g_test_message ("Whole table of %u commitments (snapshot and cells) made in %.1f ms",
                      mz_list_table_get_n_rows (table), build_ms);
    }
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==,
                    g_list_model_get_n_items (_mz_commitments_page_get_shown (page)));

  /* Just after a click on the Title column: the sort is finished first. */
  {
    GtkColumnView *view = _mz_commitments_page_get_column_view (page);
    g_autoptr(GtkColumnViewColumn) title_column = g_list_model_get_item (gtk_column_view_get_columns (view), 1);

    gtk_column_view_sort_by_column (view, title_column, GTK_SORT_DESCENDING);
    /* The button waits for the sort's steps… */
    g_assert_false (gtk_widget_get_sensitive (button));
    start = g_get_monotonic_time ();
    wait_until (button_sensitive, button);
    g_test_message ("Sorted by title in steps in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
    g_clear_pointer (&table, mz_list_table_unref);
    start = g_get_monotonic_time ();
    table = _mz_commitments_page_build_export_table (page);
    build_ms = (g_get_monotonic_time () - start) / 1000.0;
    g_test_message ("Table of %u commitments, sorted by title, made in %.1f ms",
                    mz_list_table_get_n_rows (table), build_ms);

    /* …and a table asked for at once finishes it. */
    gtk_column_view_sort_by_column (view, title_column, GTK_SORT_ASCENDING);
    g_clear_pointer (&table, mz_list_table_unref);
    start = g_get_monotonic_time ();
    table = _mz_commitments_page_build_export_table (page);
    build_ms = (g_get_monotonic_time () - start) / 1000.0;
    g_test_message ("Table of %u commitments, sorted the other way at once, made in %.1f ms",
                    mz_list_table_get_n_rows (table), build_ms);
    iterate ();
  }

  /* The click: what the main thread does before the worker takes over
   * (the table sorted by title), then the whole export. */
  out = g_build_filename (fixture->dir, "commitments.xlsx", NULL);
  file = g_file_new_for_path (out);
  wait_until (button_sensitive, button);
  for (int i = 0; i < 3; i++)
    {
      double click_ms, cpu_ms;

      g_unlink (out);
      cpu_ms = thread_cpu_ms ();
      start = g_get_monotonic_time ();
      mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
      click_ms = (g_get_monotonic_time () - start) / 1000.0;
      cpu_ms = thread_cpu_ms () - cpu_ms;
      g_assert_true (mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (button)));
      wait_until (export_done, button);
      write_s = (g_get_monotonic_time () - start) / 1e6;
      g_assert_null (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)));
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
      g_test_message ("Export click of %u commitments: %.1f ms on the main thread (%.1f ms of CPU); "
                      "workbook written in %.2f s",
                      g_list_model_get_n_items (_mz_commitments_page_get_shown (page)), click_ms, cpu_ms,
                      write_s);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/commitments-export/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);
  g_test_add ("/ui/commitments-export/bench", Fixture, NULL, fixture_set_up, test_bench,
              fixture_tear_down);

  return g_test_run ();
}

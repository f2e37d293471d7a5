/* test-xlsx-rows.c — tables' rows written straight as sheet XML
 * (app/mz-xlsx-rows.c) give the same workbook as libxlsxwriter's cells
 *
 * Each workbook is written twice, once with MOBILIZE_XLSX_ROWS set to
 * "libxlsxwriter" (every cell through libxlsxwriter), once the fast way,
 * and an independent reader (Debian's openpyxl, tests/check-same-cells.py)
 * compares them cell by cell: values, types, number formats, bold,
 * dimensions, frozen panes, filters, widths. Text that needs escaping,
 * white space at either end, every kind of number, cells written out of
 * column order, tables followed by totals or ending the sheet, two tables
 * on a sheet; then the whole report pack on the demo data, with personal
 * data. And the errors: a cell written twice, rows going back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-report.h"
#include "mz-store.h"
#include "mz-xlsx-private.h"
#include "mz-xlsx.h"
#include "test-remove-tree.h"

#define PYTHON "/usr/bin/python3"
#define SKIP_STATUS 77
#define ENV "MOBILIZE_XLSX_ROWS"

typedef struct
{
  char *dir;
} Fixture;

/* Helpers */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-xlsx-rows-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_unsetenv (ENV);
}

/* Compares two workbooks with check-same-cells.py; skips without
 * openpyxl. */
static void
assert_same_cells (const char *a,
                   const char *b,
                   const char *clock_slack)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-same-cells.py", NULL);
  const char *argv[] = { PYTHON, script, a, b, "--clock-slack", clock_slack, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing");
      return;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == SKIP_STATUS)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static const char * const texts[] = {
  "Plain",
  "AT&T <Wireless> & \"Partners\" 'Ltd'",
  "  leading spaces",
  "trailing space ",
  "\ttab first",
  "line one\nline two",
  "carriage\rreturn",
  "_x0041_ looks escaped",
  "国际电信联盟 数字化转型",
  "الاتحاد الدولي للاتصالات",
  "Emoji 📡 and accents: Genève, São Tomé",
  "bell\a and nul-free controls \x1f",
  "\xff\xfe not UTF-8",
};

/* A sheet with a title, a table with a totals row under it, a second
 * table ending the sheet; every kind of cell. */
static void
write_book (const char *path,
            guint      *n_splices)
{
  static const char * const headers[] = {
    "Text", "Integer", "CHF", "JPY", "BHD", "Micro", "Number", "Percent", "Date", "Bad date",
    "Formula", "Year 1", "Year 2",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 28, 14, 30, 15);
  MzXlsxBook *book = mz_xlsx_book_new (path, FALSE);
  MzXlsxSheet *sheet = mz_xlsx_book_add_sheet (book, "Rows", "Rows");
  MzXlsxSheet *other = mz_xlsx_book_add_sheet (book, "End", "End");
  guint32 first;
  gint64 total = 0;

  mz_xlsx_sheet_write_text (sheet, 0, "A title", MZ_XLSX_TITLE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_datetime (sheet, 0, when);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_header (sheet, headers, G_N_ELEMENTS (headers), TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  for (gint64 i = 0; i < 300; i++)
    {
      gint64 sign = i % 3 == 0 ? -1 : 1;
      gint64 chf = sign * (i * i * 1237 + i);
      g_autofree char *formula = g_strdup_printf ("=C%u*2&\"<&>\"", mz_xlsx_sheet_get_row (sheet) + 1);

      mz_xlsx_sheet_write_text (sheet, 0, texts[i % G_N_ELEMENTS (texts)], MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_integer (sheet, 1, sign * i * 1000003);
      /* Out of column order, as the commitments' matrix writes them. */
      mz_xlsx_sheet_write_money (sheet, 12, i * 7, 2);
      mz_xlsx_sheet_write_chf (sheet, 2, chf);
      mz_xlsx_sheet_write_money (sheet, 3, sign * i * 100, 0);
      mz_xlsx_sheet_write_money (sheet, 4, sign * (i * 1001 % 7000), 3);
      mz_xlsx_sheet_write_micro (sheet, 5, sign * i * 123457);
      mz_xlsx_sheet_write_number (sheet, 6, i == 0 ? 1e20 : 1.0 / (i + 0.5));
      mz_xlsx_sheet_write_percent (sheet, 7, (i % 101) / 100.0);
      mz_xlsx_sheet_write_date (sheet, 8, i % 2 == 0 ? "2023-02-28" : "1999-12-31T10:00:00Z");
      mz_xlsx_sheet_write_date (sheet, 9, i % 5 == 0 ? "2023-02-30" : NULL);
      mz_xlsx_sheet_write_formula (sheet, 10, formula, (double) chf / 50.0, MZ_XLSX_VALUE_CHF, FALSE);
      if (i % 4 != 0)
        mz_xlsx_sheet_write_chf (sheet, 11, i);
      mz_xlsx_sheet_write_text (sheet, 13, i % 7 == 0 ? "" : NULL, MZ_XLSX_TEXT);
      total += chf;
      mz_xlsx_sheet_next_row (sheet);
    }
  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, "Total", MZ_XLSX_TOTAL_LABEL);
  mz_xlsx_sheet_write_sum_chf (sheet, 2, first, mz_xlsx_sheet_get_row (sheet) - 1, total);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);

  /* A second table, nothing after it. */
  mz_xlsx_sheet_write_header (sheet, headers, 3, TRUE);
  for (guint i = 0; i < 40; i++)
    {
      mz_xlsx_sheet_write_text (sheet, 0, texts[(i * 5) % G_N_ELEMENTS (texts)], MZ_XLSX_LABEL);
      mz_xlsx_sheet_write_integer (sheet, 1, i);
      mz_xlsx_sheet_next_row (sheet);
    }
  mz_xlsx_sheet_end_table (sheet);

  /* A table never ended: the book ends it. */
  mz_xlsx_sheet_write_header (other, headers, 2, TRUE);
  for (guint i = 0; i < 10; i++)
    {
      mz_xlsx_sheet_write_text (other, 0, texts[i], MZ_XLSX_TEXT);
      mz_xlsx_sheet_next_row (other);
    }

  g_assert_true (mz_xlsx_book_check (book, &error));
  g_assert_no_error (error);
  *n_splices = book->splices->len;
  g_assert_true (mz_xlsx_book_close (book, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_format_fixed (void)
{
  static const struct
  {
    gint64      value;
    int         decimals;
    const char *expected;
  } cases[] = {
    { 0, 2, "0" }, { 5, 2, "0.05" }, { -5, 2, "-0.05" }, { 123450, 2, "1234.5" },
    { 100, 2, "1" }, { -100000, 0, "-100000" }, { 1, 6, "0.000001" }, { 1234567, 6, "1.234567" },
    { 10, 0, "10" }, { G_MAXINT64, 0, "9223372036854775807" },
    { G_MININT64, 2, "-92233720368547758.08" }, { -1200, 4, "-0.12" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buffer[MZ_XLSX_NUMBER_MAX];

      g_assert_cmpstr (_mz_xlsx_format_fixed (buffer, cases[i].value, cases[i].decimals), ==,
                       cases[i].expected);
    }
}

static void
test_book (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *slow = g_build_filename (f->dir, "libxlsxwriter.xlsx", NULL);
  g_autofree char *fast = g_build_filename (f->dir, "rows.xlsx", NULL);
  guint n_splices = 0;

  g_setenv (ENV, "libxlsxwriter", TRUE);
  write_book (slow, &n_splices);
  g_assert_cmpuint (n_splices, ==, 0);

  g_unsetenv (ENV);
  write_book (fast, &n_splices);
  /* The two tables ended were written straight (unless this
   * libxlsxwriter has its own minizip, where they cannot be); the third
   * is ended when the book closes. */
  if (_mz_xlsx_zip_can_splice ())
    g_assert_cmpuint (n_splices, ==, 2);

  assert_same_cells (slow, fast, "0");
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *db_path = g_build_filename (f->dir, "mobilize.db", NULL);
  g_autofree char *slow = g_build_filename (f->dir, "report-libxlsxwriter.xlsx", NULL);
  g_autofree char *fast = g_build_filename (f->dir, "report-rows.xlsx", NULL);
  MzReportOptions options = { .as_of = "2026-11-28", .personal_data = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;

  store = mz_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (mz_identity_set (store, "GS", "Demo", &error));
  g_assert_true (mz_demo_load (store, &error));
  g_assert_no_error (error);
  /* A partner whose name needs escaping, and keeps its spaces. */
  g_assert_cmpint (sqlite3_exec (mz_store_get_handle (store),
                                 "UPDATE partner SET name = ' <Tele&Com> \"Ltd\" ' "
                                 "WHERE id = (SELECT MIN(id) FROM partner)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&store);

  g_setenv (ENV, "libxlsxwriter", TRUE);
  g_assert_true (mz_report_export (db_path, slow, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_unsetenv (ENV);
  g_assert_true (mz_report_export (db_path, fast, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  assert_same_cells (slow, fast, "600");
}

static void
test_cell_twice (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const headers[] = { "A", "B" };
  g_autofree char *path = g_build_filename (f->dir, "twice.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  MzXlsxBook *book;
  MzXlsxSheet *sheet;

  if (!_mz_xlsx_zip_can_splice ())
    {
      g_test_skip ("this libxlsxwriter zips with its own minizip");
      return;
    }

  book = mz_xlsx_book_new (path, FALSE);
  sheet = mz_xlsx_book_add_sheet (book, "S", "S");
  mz_xlsx_sheet_write_header (sheet, headers, 2, TRUE);
  mz_xlsx_sheet_write_text (sheet, 1, "first", MZ_XLSX_TEXT);
  mz_xlsx_sheet_write_text (sheet, 1, "again", MZ_XLSX_TEXT);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_end_table (sheet);

  g_assert_false (mz_xlsx_book_close (book, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "S!"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_rows_back (Fixture       *f,
                gconstpointer  data)
{
  static const char * const headers[] = { "A" };
  g_autofree char *path = g_build_filename (f->dir, "back.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  MzXlsxBook *book;
  MzXlsxSheet *sheet;

  if (!_mz_xlsx_zip_can_splice ())
    {
      g_test_skip ("this libxlsxwriter zips with its own minizip");
      return;
    }

  book = mz_xlsx_book_new (path, FALSE);
  sheet = mz_xlsx_book_add_sheet (book, "S", "S");
  mz_xlsx_sheet_write_header (sheet, headers, 1, TRUE);
  mz_xlsx_sheet_skip_rows (sheet, 5);
  mz_xlsx_sheet_write_text (sheet, 0, "row 7", MZ_XLSX_TEXT);
  mz_xlsx_sheet_end_table (sheet);
  /* Totals written inside the table's rows. */
  g_assert_true (mz_xlsx_sheet_get_row (sheet) == 6);
  mz_xlsx_sheet_write_text (sheet, 0, "over row 7", MZ_XLSX_TEXT);

  g_assert_false (mz_xlsx_book_close (book, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx-rows/format/fixed", test_format_fixed);
  g_test_add ("/xlsx-rows/same/book", Fixture, NULL, fixture_set_up, test_book, fixture_tear_down);
  g_test_add ("/xlsx-rows/same/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/xlsx-rows/error/cell-twice", Fixture, NULL, fixture_set_up, test_cell_twice,
              fixture_tear_down);
  g_test_add ("/xlsx-rows/error/rows-back", Fixture, NULL, fixture_set_up, test_rows_back,
              fixture_tear_down);

  return g_test_run ();
}

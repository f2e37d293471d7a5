/* test-report.c — the Excel report pack, through the API and the CLI
 *
 * Every test loads the sample data into a fresh database, writes a
 * workbook and has it read by an independent reader, Debian's openpyxl
 * (tests/check-report.py, run with /usr/bin/python3): sheet names in
 * English and Chinese, Table 1 and the 2023 income to the figure, totals
 * equal to their rows, dates as dates, amounts as numbers, personal data
 * only when asked for. Then the ways an export fails: a folder that cannot
 * be written, a full disk, cancellation, bytes that are not UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-report.h"
#include "mz-store.h"
#include "mz-xlsx.h"
#include "test-remove-tree.h"

#define PYTHON "/usr/bin/python3"
#define AS_OF "2026-11-28"
#define SKIP_STATUS 77

typedef struct
{
  char    *dir;
  char    *db_path;
  char    *out_dir;
  MzStore *store;
} Fixture;

typedef struct
{
  GArray       *fractions;
  GCancellable *cancel_at;   /* cancelled once past @cancel_after */
  double        cancel_after; /* 0: 0.3 */
  GThread      *thread;      /* where progress must arrive */
} Progress;

/* Helpers */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->dir, "mobilize.db", NULL);
  f->out_dir = g_build_filename (f->dir, "out", NULL);
  g_assert_cmpint (g_mkdir (f->out_dir, 0700), ==, 0);

  f->store = mz_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (mz_identity_set (f->store, "GS", "Demo", &error));
  g_assert_no_error (error);
  g_assert_true (mz_demo_load (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_chmod (f->out_dir, 0700);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->out_dir);
}

static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->out_dir, name, NULL);
}

/* Names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (mz_store_get_handle (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* Runs check-report.py on @xlsx; extra arguments end with NULL. Skips the
 * test when openpyxl is missing. */
static gboolean
check_workbook (Fixture    *f,
                const char *xlsx,
                const char *lang,
                gboolean    personal,
                ...)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing");
      return FALSE;
    }

  g_ptr_array_add (argv, (char *) PYTHON);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, (char *) xlsx);
  g_ptr_array_add (argv, (char *) "--lang");
  g_ptr_array_add (argv, (char *) lang);
  g_ptr_array_add (argv, (char *) "--personal");
  g_ptr_array_add (argv, (char *) (personal ? "yes" : "no"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db_path);
  va_start (args, personal);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);

  if (WIFEXITED (status) && WEXITSTATUS (status) == SKIP_STATUS)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("check-report.py %s:\n%s%s", xlsx, out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static int
run_cli (Fixture     *f,
         char       **err_out,
         ...)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db_path);
  va_start (args, err_out);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, err_out, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->thread != NULL)
    g_assert_true (g_thread_self () == progress->thread);
  g_array_append_val (progress->fractions, fraction);
  if (progress->cancel_at != NULL &&
      fraction > (progress->cancel_after > 0 ? progress->cancel_after : 0.3))
    g_cancellable_cancel (progress->cancel_at);
}

static void
assert_progress (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >=, 3);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), <, 0.5);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

/* Tests: what the workbook holds */

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = out_path (f, "report.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Progress progress = { .fractions = fractions, .thread = g_thread_self () };
  MzReportOptions options = { .as_of = AS_OF };
  g_autofree char *listing = NULL;
  GStatBuf st;
  mode_t mask;

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, progress_cb, &progress, &error));
  g_assert_no_error (error);
  assert_progress (fractions);

  /* Only the workbook: the temporary file was renamed. */
  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "report.xlsx");
  /* Without personal data, a file like any other: the umask decides. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  mask = umask (0);
  umask (mask);
  g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~mask);

  check_workbook (f, path, "en", FALSE, "--author", "GS/Demo", NULL);
}

static void
test_chinese_personal (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = out_path (f, "报告.xlsx");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .language = "zh_CN", .personal_data = TRUE, .as_of = AS_OF };
  GStatBuf st;

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Personal data: readable by its owner only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  check_workbook (f, path, "zh_CN", TRUE, NULL);
}

static void
test_table_1 (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = out_path (f, "table-1.xlsx");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .year_from = 2018, .year_to = 2023, .as_of = AS_OF };

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  check_workbook (f, path, "en", FALSE, "--years", "2018", "2023", NULL);
}

static void
test_unit_rolls_up (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = out_path (f, "bdt.xlsx");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .unit_code = "BDT", .as_of = AS_OF };

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* RO-ARB's phase 2 commitment counts for BDT, its bureau. */
  check_workbook (f, path, "en", FALSE, "--unit", "BDT", "--expect-text",
                  "Digital inclusion for women and girls in the Arab region, phase 2", NULL);
}

static void
test_initiative (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = out_path (f, "gda.xlsx");
  g_autofree char *id = query_text (f, "SELECT id FROM initiative WHERE name = 'Green Digital Action'");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .initiative_id = id, .as_of = AS_OF };

  g_assert_nonnull (id);
  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Its sub-initiative comes with it. */
  check_workbook (f, path, "en", FALSE, "--filtered", "--expect-text",
                  "E-waste data and policy toolkit", NULL);
}

static void
test_arabic_right_to_left (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = out_path (f, "ar.xlsx");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .language = "ar", .as_of = AS_OF };

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  check_workbook (f, path, "ar", FALSE, "--rtl", NULL);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = out_path (f, "async.xlsx");
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { .fractions = fractions, .thread = g_thread_self () };
  MzReportOptions options = { .language = "zh", .as_of = AS_OF };
  guint n_progress;

  g_main_context_push_thread_default (context);
  mz_report_export_async (f->db_path, path, &options, NULL, progress_cb, &progress,
                          async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  /* Progress arrived on this thread, never after the end. */
  n_progress = fractions->len;
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  g_assert_cmpuint (fractions->len, ==, n_progress);

  g_assert_true (mz_report_export_finish (result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 1);
  check_workbook (f, path, "zh_CN", FALSE, NULL);
}

/* Tests: the CLI */

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = out_path (f, "cli.xlsx");
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (f, &err, "export", "report", "--out", path, "--lang", "zh_CN",
                            "--personal-data", "--as-of", AS_OF, NULL), ==, 0);
  check_workbook (f, path, "zh_CN", TRUE, NULL);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &err, "export", "report", "--out", path, "--from", "2018",
                            "--to", "2023", NULL), ==, 0);
  check_workbook (f, path, "en", FALSE, "--years", "2018", "2023", NULL);
}

static void
test_cli_usage (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = out_path (f, "cli.xlsx");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "r.xlsx", NULL);
  g_autofree char *listing = NULL;
  struct { int status; const char *args[9]; } cases[] = {
    { 2, { "export", NULL } },
    { 2, { "export", "partners", NULL } },
    { 2, { "export", "report", NULL } },
    { 2, { "export", "report", "--out", path, "--from", "20x3", NULL } },
    { 2, { "export", "report", "--out", path, "--from", "1700", NULL } },
    { 2, { "export", "report", "--out", path, "--from", "2024", "--to", "2023", NULL } },
    { 2, { "export", "report", "--out", path, "--lang", "xx", NULL } },
    { 2, { "export", "report", "--out", path, "extra", NULL } },
    { 1, { "export", "report", "--out", path, "--unit", "NOPE", NULL } },
    { 1, { "export", "report", "--out", path, "--initiative", "nope", NULL } },
    { 1, { "export", "report", "--out", missing, NULL } },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const *a = cases[i].args;
      g_autofree char *err = NULL;
      int status = run_cli (f, &err, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
      g_auto(GStrv) lines = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, err);
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_true (g_str_has_prefix (err, "mobilize-cli: "));
      /* A failure is one line; bad usage adds the hint. */
      lines = g_strsplit (err, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines) - 1, ==, status == 1 ? 1 : 2);
    }

  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "");
}

/* Tests: failures leave nothing behind */

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .as_of = AS_OF };

  if (getuid () != 0)
    {
      path = out_path (f, "report.xlsx");
      g_assert_cmpint (g_chmod (f->out_dir, 0500), ==, 0);
    }
  else if (g_file_test ("/sys", G_FILE_TEST_IS_DIR))
    path = g_strdup ("/sys/mobilize-test-report.xlsx");   /* even root cannot */
  else
    {
      g_test_skip ("no folder that cannot be written");
      return;
    }

  g_assert_false (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Choose a folder"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_chmod (f->out_dir, 0700);
  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = out_path (f, "report.xlsx");
      g_autofree char *probe = out_path (f, "probe.xlsx");
      g_autofree char *contents = NULL;
      g_autofree char *listing = NULL;
      g_autoptr(GError) error = NULL;
      MzReportOptions options = { .as_of = AS_OF, .personal_data = TRUE };
      struct rlimit limit;
      GStatBuf st;

      /* How big the workbook is; then a disk with room for half of it. */
      g_assert_true (mz_report_export (f->db_path, probe, &options, NULL, NULL, NULL, &error));
      g_assert_cmpint (g_stat (probe, &st), ==, 0);
      g_unlink (probe);
      g_assert_true (g_file_set_contents (path, "the previous report", -1, NULL));

      signal (SIGXFSZ, SIG_IGN);
      limit.rlim_cur = limit.rlim_max = st.st_size / 2;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
      g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO);
      g_printerr ("\n%s\n", error->message);

      /* The previous report is untouched and no temporary file is left. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous report");
      listing = list_dir (f->out_dir);
      g_assert_cmpstr (listing, ==, "report.xlsx");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Cannot write the workbook*disk may be full*");
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = out_path (f, "report.xlsx");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  Progress progress = { .fractions = fractions, .cancel_at = cancellable };
  MzReportOptions options = { .as_of = AS_OF };

  /* Midway. */
  g_assert_false (mz_report_export (f->db_path, path, &options, cancellable, progress_cb, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), <, 1.0);
  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "");
  g_clear_error (&error);

  /* Before it starts, over an earlier report that must stay as it was. */
  g_assert_true (g_file_set_contents (path, "the previous report", -1, NULL));
  g_assert_false (mz_report_export (f->db_path, path, &options, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous report");
  g_clear_pointer (&listing, g_free);
  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "report.xlsx");
}

/* Instalments and Payments are written on threads of their own beside
 * the other sheets: a cancellation anywhere stops them all and leaves no
 * file, and exports
 * after it, one after another, all succeed alike. */
static void
test_cancel_anywhere (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = out_path (f, "report.xlsx");
  MzReportOptions options = { .as_of = AS_OF, .personal_data = TRUE };
  gsize first_size = 0;

  for (int step = 0; step < 20; step++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;
      Progress progress = { .fractions = fractions, .cancel_at = cancellable,
                            .cancel_after = 0.001 + step * 0.05 };

      if (mz_report_export (f->db_path, path, &options, cancellable, progress_cb, &progress, &error))
        {
          /* Cancelled after the last step: the workbook is whole. */
          g_assert_no_error (error);
          g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
          g_unlink (path);
          continue;
        }
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      listing = list_dir (f->out_dir);
      g_assert_cmpstr (listing, ==, "");
    }

  for (int run = 0; run < 10; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize size;

      g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
      /* The same rows each time (only the time of writing changes). */
      if (run == 0)
        first_size = size;
      g_assert_cmpint (ABS ((gssize) size - (gssize) first_size), <, 64);
      g_unlink (path);
    }
}

static void
test_bad_options (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = out_path (f, "report.xlsx");
  g_autofree char *nowhere = g_build_filename (f->dir, "nowhere.db", NULL);
  g_autofree char *listing = NULL;
  struct { MzReportOptions options; int code; } cases[] = {
    { { .year_from = 2024, .year_to = 2023 }, MZ_STORE_ERROR_INVALID },
    { { .year_from = 1200 }, MZ_STORE_ERROR_INVALID },
    { { .language = "tlh" }, MZ_STORE_ERROR_INVALID },
    { { .as_of = "2026-02-30" }, MZ_STORE_ERROR_INVALID },
    { { .unit_code = "XYZ" }, MZ_STORE_ERROR_NOT_FOUND },
    { { .initiative_id = "01800000-0000-7000-8000-0000000000ff" }, MZ_STORE_ERROR_NOT_FOUND },
  };
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) case_error = NULL;

      g_assert_false (mz_report_export (f->db_path, path, &cases[i].options, NULL, NULL, NULL, &case_error));
      g_assert_error (case_error, MZ_STORE_ERROR, cases[i].code);
    }

  /* Exporting never creates a database; a folder is not a workbook. */
  g_assert_false (mz_report_export (nowhere, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_false (mz_report_export (f->db_path, f->out_dir, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);

  listing = list_dir (f->out_dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = out_path (f, "report.xlsx");
  g_autofree char *long_notes = NULL;
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .as_of = AS_OF, .personal_data = TRUE };
  GString *sql;

  /* Bytes that are not UTF-8 and a control character, straight into the
   * database as another program could leave them. */
  exec_sql (f, "UPDATE partner SET name = CAST (X'58696E676865FFFE2047726F757001' AS TEXT) "
               "WHERE name = 'Xinghe Communications Group'");

  /* A text longer than a cell can hold. */
  sql = g_string_new ("UPDATE interaction SET notes = '");
  for (int i = 0; i < 40000; i++)
    g_string_append_c (sql, 'a' + i % 26);
  g_string_append (sql, "' WHERE rowid = (SELECT min (rowid) FROM interaction)");
  long_notes = g_string_free (sql, FALSE);
  exec_sql (f, long_notes);

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* "Xinghe", two replacement characters, " Group", one more. */
  check_workbook (f, path, "en", TRUE, "--expect-text",
                  "Xinghe\xef\xbf\xbd\xef\xbf\xbd Group\xef\xbf\xbd", NULL);
}

static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = out_path (f, "report.xlsx");
  g_autofree char *csv = out_path (f, "report.csv");
  g_autoptr(GError) error = NULL;
  MzReportOptions options = { .as_of = AS_OF };
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  g_assert_true (mz_report_export (f->db_path, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { soffice, "--headless", "--convert-to", "csv", "--outdir", f->out_dir, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (csv, G_FILE_TEST_EXISTS));
}

/* Tests: the text of cells */

static void
test_clean_text (void)
{
  g_autofree char *valid = mz_xlsx_clean_text ("Genève 日内瓦");
  g_autofree char *invalid = mz_xlsx_clean_text ("a\xff" "b");
  g_autofree char *control = mz_xlsx_clean_text ("a\x01" "b\tc\nd");
  g_autofree char *noncharacter = mz_xlsx_clean_text ("a\xef\xbf\xbe" "b");
  g_autofree char *long_text = NULL;
  g_autofree char *cut = NULL;
  glong units = 0;

  g_assert_null (mz_xlsx_clean_text (NULL));
  g_assert_cmpstr (valid, ==, "Genève 日内瓦");
  g_assert_cmpstr (invalid, ==, "a\xef\xbf\xbd" "b");
  g_assert_cmpstr (control, ==, "a\xef\xbf\xbd" "b\tc\nd");
  g_assert_cmpstr (noncharacter, ==, "a\xef\xbf\xbd" "b");

  /* Characters beyond the BMP count twice toward Excel's 32,767. */
  {
    GString *s = g_string_new (NULL);

    for (int i = 0; i < 20000; i++)
      g_string_append (s, "\xf0\x9f\x8c\x8d");   /* 🌍 */
    long_text = g_string_free (s, FALSE);
  }
  cut = mz_xlsx_clean_text (long_text);
  g_assert_true (g_utf8_validate (cut, -1, NULL));
  g_free (g_utf8_to_utf16 (cut, -1, NULL, &units, NULL));
  g_assert_cmpint (units, <=, 32767);
  g_assert_cmpint (units, >, 32000);
  g_assert_true (g_str_has_suffix (cut, "…"));
}

static void
test_languages (void)
{
  g_assert_cmpstr (mz_report_language_normalize (NULL), ==, "en");
  g_assert_cmpstr (mz_report_language_normalize ("zh"), ==, "zh_CN");
  g_assert_cmpstr (mz_report_language_normalize ("zh-CN"), ==, "zh_CN");
  g_assert_cmpstr (mz_report_language_normalize ("fr_CH.UTF-8"), ==, "fr");
  g_assert_cmpstr (mz_report_language_normalize ("ar"), ==, "ar");
  g_assert_null (mz_report_language_normalize ("zh_TW"));
  g_assert_null (mz_report_language_normalize ("de"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/report/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("workbook/english", test_english);
  ADD ("workbook/chinese-personal", test_chinese_personal);
  ADD ("workbook/table-1", test_table_1);
  ADD ("workbook/unit-rolls-up", test_unit_rolls_up);
  ADD ("workbook/initiative", test_initiative);
  ADD ("workbook/arabic-right-to-left", test_arabic_right_to_left);
  ADD ("workbook/async", test_async);
  ADD ("workbook/libreoffice", test_libreoffice);
  ADD ("cli/export", test_cli);
  ADD ("cli/usage", test_cli_usage);
  ADD ("error/unwritable-folder", test_unwritable_folder);
  ADD ("error/disk-full", test_disk_full);
  ADD ("error/cancel", test_cancel);
  ADD ("error/cancel-anywhere", test_cancel_anywhere);
  ADD ("error/bad-options", test_bad_options);
  ADD ("error/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/report/text/clean", test_clean_text);
  g_test_add_func ("/report/text/languages", test_languages);

#undef ADD

  return g_test_run ();
}

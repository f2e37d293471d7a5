/* mz-report.c — the Excel report pack: options, the temporary file and its
 * rename, and the order of the sheets
 *
 * What the sheets share is in mz-report-context.c, the sheets themselves
 * in mz-report-sheets-*.c, the threaded export in mz-report-async.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mz-report-private.h"
#include "mz-xlsx-file.h"

typedef gboolean (*SheetFunc) (MzReport     *self,
                               MzXlsxSheet  *sheet,
                               GError      **error);

/* Workbook order; Summary is written last, from what the others found. */
static const struct
{
  const char *name;
  SheetFunc   write;
  gboolean    personal_only;
} sheets[] = {
  { "Summary", _mz_report_write_summary, FALSE },
  { "Partners", _mz_report_write_partners, FALSE },
  { "Commitments", _mz_report_write_commitments, FALSE },
  { "Instalments", _mz_report_write_instalments, FALSE },
  { "Payments", _mz_report_write_payments, FALSE },
  { "In-kind", _mz_report_write_inkind, FALSE },
  { "Initiatives", _mz_report_write_initiatives, FALSE },
  { "Extra-budgetary", _mz_report_write_income, FALSE },
  { "Due diligence", _mz_report_write_due_diligence, FALSE },
  { "Regular budget", _mz_report_write_budget, FALSE },
  { "Interactions", _mz_report_write_interactions, TRUE },
};

/* The order the sheets are written in (indexes into sheets[]): each
 * sheet is its own file in constant-memory mode, so any order will do.
 * Instalments adds up the Commitments matrix, Payments the income of
 * Partners and Extra-budgetary, and Summary comes last, from them all.
 * Instalments, Payments and (with personal data) Interactions are written
 * on threads of their own meanwhile (see mz-report-worker.c), and the
 * Instalments thread writes Commitments right after, once this thread has
 * read the allocations' summaries: the sheets before each of them in this
 * order do not need it, and a worker is waited for where its first sheet
 * stands. Without a worker, this thread writes its sheets in this order. */
#define COMMITMENTS 2
#define INSTALMENTS 3
#define PAYMENTS 4
#define INTERACTIONS 10
static const gsize write_order[] = { 5, 6, 8, 9, PAYMENTS, 1, 7, INSTALMENTS, COMMITMENTS, INTERACTIONS, 0 };

static const struct
{
  gsize               sheet;
  gssize              then_sheet;   /* -1: none */
  MzReportWorkerSheet which;
} worker_sheets[] = {
  { INSTALMENTS, COMMITMENTS, MZ_REPORT_WORKER_INSTALMENTS },
  { PAYMENTS, -1, MZ_REPORT_WORKER_PAYMENTS },
  { INTERACTIONS, -1, MZ_REPORT_WORKER_INTERACTIONS },
};

/* Helpers */

static void
report_clear (MzReport *self)
{
  /* Waits for a running interrupt_cb(). */
  if (self->interrupt_id != 0)
    g_cancellable_disconnect (self->cancellable, self->interrupt_id);
  self->interrupt_id = 0;
  /* Before the book they may be writing to goes. */
  for (guint i = 0; i < MZ_REPORT_N_WORKERS; i++)
    g_clear_pointer (&self->workers[i], _mz_report_worker_cancel);
  g_clear_object (&self->store);
  g_clear_pointer (&self->book, mz_xlsx_book_discard);
  g_clear_pointer (&self->strings, mz_report_strings_free);
  g_clear_pointer (&self->unit_code, g_free);
  g_clear_pointer (&self->unit_label, g_free);
  g_clear_pointer (&self->initiative_id, g_free);
  g_clear_pointer (&self->initiative_label, g_free);
  g_clear_pointer (&self->rates, g_hash_table_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);
  _mz_report_clear_commitments (self);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MzReport, report_clear)

/* Cancelled: a query that sorts or counts for seconds stops at once. */
static void
interrupt_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  sqlite3_interrupt (mz_store_get_handle (MZ_STORE (user_data)));
}

static gboolean
resolve_scope (MzReport              *self,
               const MzReportOptions *options,
               GError               **error)
{
  int first = 0, last = 0;

  if (options->unit_code != NULL)
    {
      const MzReportUnit *unit = _mz_report_find_unit (self, options->unit_code);
      const char *name;
      gboolean has_offices = FALSE;
      GHashTableIter iter;
      gpointer value;

      if (unit == NULL)
        {
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                       _("There is no unit “%s”. Use a code such as GS, BR, TSB, BDT or RO-AFR."),
                       options->unit_code);
          return FALSE;
        }

      g_hash_table_iter_init (&iter, self->units);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (g_strcmp0 (((MzReportUnit *) value)->parent_id, unit->id) == 0)
          has_offices = TRUE;

      name = _mz_report_code (self, "report unit", unit->code);
      if (g_strcmp0 (name, unit->code) == 0)
        name = unit->name;
      self->unit_code = g_strdup (unit->code);
      self->unit_label = g_strdup_printf ("%s — %s%s%s", unit->code, name,
                                          has_offices ? ", " : "",
                                          has_offices ? _mz_report_tr (self, "with its offices") : "");
    }
  else
    self->unit_label = g_strdup (_mz_report_tr (self, "All units"));

  if (options->initiative_id != NULL)
    {
      self->initiative_label = mz_report_initiative_name (self->store, options->initiative_id, error);
      if (self->initiative_label == NULL)
        return FALSE;
      self->initiative_id = g_strdup (options->initiative_id);
    }
  else
    self->initiative_label = g_strdup (_mz_report_tr (self, "All initiatives"));

  if (!mz_report_data_years (self->store, &first, &last, error))
    return FALSE;

  if (first == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      first = last = g_date_time_get_year (now);
    }

  self->year_from = options->year_from != 0 ? options->year_from : first;
  self->year_to = options->year_to != 0 ? options->year_to : last;
  if (options->year_from != 0 && options->year_to == 0)
    self->year_to = MAX (self->year_from, last);
  if (options->year_to != 0 && options->year_from == 0)
    self->year_from = MIN (self->year_to, first);

  if (options->as_of != NULL)
    g_strlcpy (self->as_of, options->as_of, sizeof self->as_of);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      g_strlcpy (self->as_of, today, sizeof self->as_of);
    }
  g_date_clear (&self->as_of_date, 1);
  {
    int y, m, d;

    if (sscanf (self->as_of, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
      g_date_set_dmy (&self->as_of_date, d, m, y);
  }

  self->scope = (MzReportScope) {
    .year_from = self->year_from,
    .year_to = self->year_to,
    .unit_code = self->unit_code,
    .initiative_id = self->initiative_id,
    .as_of = self->as_of,
    .personal = options->personal_data,
  };
  return TRUE;
}

static double
sheet_budget (MzReport       *self,
              SheetFunc       write,
              MzReportCounts *counts)
{
  if (write == _mz_report_write_partners)
    return counts->partners;
  if (write == _mz_report_write_commitments)
    return counts->commitments;
  if (write == _mz_report_write_instalments)
    return counts->instalments;
  if (write == _mz_report_write_payments)
    return counts->payments;
  if (write == _mz_report_write_inkind)
    return counts->inkind;
  if (write == _mz_report_write_interactions)
    return counts->interactions;
  return 20;
}

static gboolean
check_target (const char  *out_path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (out_path);

  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” is a folder. Give the name of the workbook to write, such as "
                     "report.xlsx."), out_path);
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

static const char *
language_name (const char *code)
{
  /* Each language in its own words. */
  static const struct { const char *code, *name; } names[] = {
    { "en", "English" }, { "zh_CN", "中文（简体）" }, { "fr", "Français" },
    { "es", "Español" }, { "ar", "العربية" }, { "ru", "Русский" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].code, code) == 0)
      return names[i].name;
  return code;
}

static void
set_properties (MzReport *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *actor = mz_store_get_actor (self->store);
  g_autofree char *period = _mz_report_period_text (self);
  g_autofree char *comments = g_strdup_printf ("%s: %s; %s: %s; %s: %s; %s: %s",
                                               _mz_report_tr (self, "Period"), period,
                                               _mz_report_tr (self, "Unit"), self->unit_label,
                                               _mz_report_tr (self, "Initiative"), self->initiative_label,
                                               _mz_report_tr (self, "Language"),
                                               language_name (mz_report_strings_get_language (self->strings)));

  mz_xlsx_book_set_properties (self->book,
                               _mz_report_tr (self, "Resource mobilization report"),
                               period,
                               actor,
                               _mz_report_tr (self, "International Telecommunication Union"),
                               comments,
                               now);
}

/* For the debug log: this thread's CPU time. */
static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* For the debug log: VmHWM of /proc/self/status ("123456 kB"). */
static const char *
peak_memory (void)
{
  static char line[64];
  g_autofree char *status = NULL;
  const char *hwm;

  line[0] = '\0';
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (hwm = strstr (status, "VmHWM:")) != NULL)
    {
      hwm += strlen ("VmHWM:");
      while (*hwm == ' ' || *hwm == '\t')
        hwm++;
      g_strlcpy (line, hwm, sizeof line);
      {
        char *end = strchr (line, '\n');

        if (end != NULL)
          *end = '\0';
      }
    }
  return line;
}

static gboolean
write_workbook (MzReport               *self,
                const MzReportOptions  *options,
                GError                **error)
{
  MzXlsxSheet *made[G_N_ELEMENTS (sheets)] = { NULL };
  gboolean by_worker[G_N_ELEMENTS (sheets)] = { FALSE };
  MzReportCounts counts;

  if (!mz_report_count_rows (self->store, &counts, error))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      if (sheets[i].personal_only && !options->personal_data)
        continue;
      made[i] = mz_xlsx_book_add_sheet (self->book, _mz_report_tr (self, sheets[i].name),
                                        sheets[i].name);
      self->work_total += sheet_budget (self, sheets[i].write, &counts);
    }
  _mz_report_progress (self, TRUE);

  for (gsize k = 0; k < G_N_ELEMENTS (worker_sheets); k++)
    {
      gsize i = worker_sheets[k].sheet;
      gssize then = worker_sheets[k].then_sheet;
      MzReportWorkerSheet which = worker_sheets[k].which;
      double budget = sheet_budget (self, sheets[i].write, &counts);

      if (then >= 0)
        budget += sheet_budget (self, sheets[then].write, &counts);
      if (self->workers[which] == NULL)
        continue;
      _mz_report_worker_run (self->workers[which], made[i], then >= 0 ? made[then] : NULL, budget);
      by_worker[i] = TRUE;
      if (then >= 0)
        by_worker[then] = TRUE;
    }

  /* What Commitments needs besides, while the workers write. */
  {
    gint64 started = g_get_monotonic_time ();
    double cpu = cpu_seconds ();

    if (!_mz_report_load_allocation_summaries (self, error) ||
        g_cancellable_set_error_if_cancelled (self->cancellable, error))
      return FALSE;
    _mz_report_worker_open_gate (self->workers[MZ_REPORT_WORKER_INSTALMENTS]);
    g_debug ("reading the allocations: %.2f s (CPU %.2f s)",
             (g_get_monotonic_time () - started) / 1e6, cpu_seconds () - cpu);
  }

  for (gsize n = 0; n < G_N_ELEMENTS (write_order); n++)
    {
      gsize i = write_order[n];

      if (made[i] == NULL)
        continue;

      gint64 started = g_get_monotonic_time ();
      double cpu = cpu_seconds ();

      if (by_worker[i])
        {
          for (guint w = 0; w < MZ_REPORT_N_WORKERS; w++)
            if (_mz_report_worker_writes (self->workers[w], made[i]))
              {
                /* Counted in the progress until it has finished. */
                if (!_mz_report_worker_finish (self->workers[w], error))
                  return FALSE;
                g_debug ("waiting for %s: %.2f s (CPU %.2f s)", sheets[i].name,
                         (g_get_monotonic_time () - started) / 1e6, cpu_seconds () - cpu);
                break;
              }
          /* Written, or a worker that wrote it is gone. */
          continue;
        }

      _mz_report_begin_work (self, sheet_budget (self, sheets[i].write, &counts));
      if (!sheets[i].write (self, made[i], error))
        return FALSE;
      _mz_report_end_work (self);
      g_debug ("%s: %.2f s (CPU %.2f s), peak %s", sheets[i].name,
               (g_get_monotonic_time () - started) / 1e6, cpu_seconds () - cpu, peak_memory ());
      if (!mz_xlsx_book_check (self->book, error))
        return FALSE;
    }

  set_properties (self);
  return mz_xlsx_book_check (self->book, error);
}

static gboolean
close_book (MzReport  *self,
            GError   **error)
{
  gint64 started = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  gboolean ok = mz_xlsx_book_close (g_steal_pointer (&self->book), error);

  g_debug ("writing the file: %.2f s (CPU %.2f s), peak %s", (g_get_monotonic_time () - started) / 1e6,
           cpu_seconds () - cpu, peak_memory ());
  return ok;
}

/* Public API */

const char *
mz_report_language_normalize (const char *language)
{
  return mz_report_strings_normalize_language (language);
}

gboolean
mz_report_options_validate (const MzReportOptions  *options,
                            GError                **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if ((options->year_from != 0 &&
       (options->year_from < MZ_REPORT_YEAR_MIN || options->year_from > MZ_REPORT_YEAR_MAX)) ||
      (options->year_to != 0 &&
       (options->year_to < MZ_REPORT_YEAR_MIN || options->year_to > MZ_REPORT_YEAR_MAX)))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("A report covers years from %d to %d."), MZ_REPORT_YEAR_MIN, MZ_REPORT_YEAR_MAX);
      return FALSE;
    }

  if (options->year_from != 0 && options->year_to != 0 && options->year_from > options->year_to)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("The first year (%d) comes after the last (%d)."),
                   options->year_from, options->year_to);
      return FALSE;
    }

  if (mz_report_strings_normalize_language (options->language) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("A report can be written in English (en), Chinese (zh_CN), French (fr), "
                     "Spanish (es), Arabic (ar) or Russian (ru), not “%s”."), options->language);
      return FALSE;
    }

  if (options->as_of != NULL)
    {
      int y, m, d;

      if (strlen (options->as_of) != 10 || sscanf (options->as_of, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
          !g_date_valid_dmy (d, m, y))
        {
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                       _("The report date “%s” is not a date such as 2024-12-31."), options->as_of);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
export_report (const char             *db_path,
               const char             *out_path,
               const MzReportOptions  *options,
               GCancellable           *cancellable,
               MzReportProgressFunc    progress,
               gpointer                progress_data,
               GError                **error)
{
  g_auto(MzReport) report = { 0 };
  g_autofree char *tmp_path = NULL;
  MzReportOptions defaults = { 0 };
  gint64 started = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  if (!mz_report_options_validate (options, error) || !check_target (out_path, error))
    return FALSE;

  /* Exporting must not create a database. */
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("There is no database at “%s”."), db_path);
      return FALSE;
    }

  report.cancellable = cancellable;
  report.progress = progress;
  report.progress_data = progress_data;
  report.last_fraction = -1;
  report.strings = mz_report_strings_new (options->language);

  /* Our own connection: the caller's MzStore may live on another thread.
   * Its page cache: 32 MB; 16 MB with personal data, when the Interactions
   * worker reads beside it (at the benchmark size 137 MB at the peak
   * instead of 155 MB, in the same time within the noise).
   *
   * The export only reads, and SQLite checks every page it reads: the
   * whole-file quick_check that opening runs otherwise (5 s of the export
   * at the benchmark size) is left to the window's background check and
   * to "mobilize-cli check", as for the window. */
  report.store = mz_store_open_full (db_path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, error);
  if (report.store != NULL && cancellable != NULL)
    report.interrupt_id = g_cancellable_connect (cancellable, G_CALLBACK (interrupt_cb),
                                                 report.store, NULL);
  if (report.store == NULL ||
      !mz_report_tune_connection (report.store, options->personal_data ? 16 : 32, error) ||
      !_mz_report_load_units (&report, error) ||
      !_mz_report_load_rates (&report, error) ||
      !resolve_scope (&report, options, error))
    return FALSE;
  /* Instalments, payments and interactions are read, then written, on
   * threads of their own. */
  for (guint i = 0; i < MZ_REPORT_N_WORKERS; i++)
    if (i != MZ_REPORT_WORKER_INTERACTIONS || options->personal_data)
      report.workers[i] = _mz_report_worker_new (&report, db_path, i);
  g_debug ("opening the database: %.2f s (CPU %.2f s)", (g_get_monotonic_time () - started) / 1e6,
           cpu_seconds () - cpu);
  started = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  if (!_mz_report_load_commitments (&report, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  g_debug ("reading the commitments: %.2f s (CPU %.2f s)", (g_get_monotonic_time () - started) / 1e6,
           cpu_seconds () - cpu);

  tmp_path = mz_xlsx_file_create_temporary (out_path, options->personal_data, error);
  if (tmp_path == NULL)
    return FALSE;

  report.book = mz_xlsx_book_new (tmp_path, mz_report_strings_is_rtl (report.strings));
  ok = write_workbook (&report, options, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       close_book (&report, error) &&
       mz_xlsx_file_commit (tmp_path, out_path, cancellable, error);

  if (!ok)
    {
      for (guint i = 0; i < MZ_REPORT_N_WORKERS; i++)
        g_clear_pointer (&report.workers[i], _mz_report_worker_cancel);
      g_clear_pointer (&report.book, mz_xlsx_book_discard);
      g_unlink (tmp_path);
      return FALSE;
    }

  report.work_done = report.work_total = MAX (report.work_total, 1);
  _mz_report_progress (&report, TRUE);
  return TRUE;
}

gboolean
mz_report_export (const char             *db_path,
                  const char             *out_path,
                  const MzReportOptions  *options,
                  GCancellable           *cancellable,
                  MzReportProgressFunc    progress,
                  gpointer                progress_data,
                  GError                **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (export_report (db_path, out_path, options, cancellable, progress, progress_data, &local_error))
    return TRUE;

  /* A read stopped by the cancellation fails as interrupted: say cancelled. */
  if (g_cancellable_is_cancelled (cancellable) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&local_error);
      g_cancellable_set_error_if_cancelled (cancellable, &local_error);
    }
  g_propagate_error (error, local_error);
  return FALSE;
}


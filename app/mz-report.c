/* mz-report.c — the Excel report pack: options, the temporary file and its
 * rename, progress and cancellation, and the order of the sheets
 *
 * The sheets themselves are in mz-report-sheets-*.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-report-private.h"

typedef struct
{
  int    month;        /* year × 12 + month − 1 */
  gint64 rate_micro;
} Rate;

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

/* Helpers */

static void
unit_free (MzReportUnit *unit)
{
  g_free (unit->id);
  g_free (unit->code);
  g_free (unit->parent_id);
  g_free (unit->kind);
  g_free (unit->name);
  g_free (unit);
}

static void
report_clear (MzReport *self)
{
  g_clear_object (&self->store);
  g_clear_pointer (&self->book, mz_xlsx_book_discard);
  g_clear_pointer (&self->strings, mz_report_strings_free);
  g_clear_pointer (&self->unit_code, g_free);
  g_clear_pointer (&self->unit_label, g_free);
  g_clear_pointer (&self->initiative_id, g_free);
  g_clear_pointer (&self->initiative_label, g_free);
  g_clear_pointer (&self->rates, g_hash_table_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MzReport, report_clear)

static int
month_index (const char *iso)
{
  int year, month;

  if (iso == NULL || strlen (iso) < 7 || sscanf (iso, "%4d-%2d", &year, &month) != 2 ||
      month < 1 || month > 12)
    return -1;
  return year * 12 + month - 1;
}

static gboolean
load_rates (MzReport  *self,
            GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_rates (self->store, error);
  g_autoptr(GError) local_error = NULL;

  if (rows == NULL)
    return FALSE;

  self->rates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_array_unref);
  while (mz_report_rows_next (rows, &local_error))
    {
      const char *currency = mz_report_rows_get_text (rows, MZ_REPORT_RATE_CURRENCY);
      Rate rate = {
        .month = month_index (mz_report_rows_get_text (rows, MZ_REPORT_RATE_MONTH)),
        .rate_micro = mz_report_rows_get_int (rows, MZ_REPORT_RATE_MICRO),
      };
      GArray *list = g_hash_table_lookup (self->rates, currency);

      if (rate.month < 0 || rate.rate_micro <= 0)
        continue;

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Rate));
          g_hash_table_insert (self->rates, g_strdup (currency), list);
        }

      /* Rows come by month, the latest change of a month last. */
      if (list->len > 0 && g_array_index (list, Rate, list->len - 1).month == rate.month)
        g_array_index (list, Rate, list->len - 1) = rate;
      else
        g_array_append_val (list, rate);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The rate of @month, or the latest before it. */
static gboolean
find_rate (MzReport   *self,
           const char *currency,
           int         month,
           gint64     *rate_micro)
{
  GArray *list = g_hash_table_lookup (self->rates, currency);
  guint low = 0, high;

  if (list == NULL || list->len == 0 || month < g_array_index (list, Rate, 0).month)
    return FALSE;

  high = list->len;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (list, Rate, middle).month <= month)
        low = middle;
      else
        high = middle;
    }

  *rate_micro = g_array_index (list, Rate, low).rate_micro;
  return TRUE;
}

static gboolean
load_units (MzReport  *self,
            GError   **error)
{
  g_autoptr(MzReportRows) rows = mz_report_query_units (self->store, error);
  g_autoptr(GError) local_error = NULL;

  if (rows == NULL)
    return FALSE;

  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) unit_free);
  while (mz_report_rows_next (rows, &local_error))
    {
      MzReportUnit *unit = g_new0 (MzReportUnit, 1);

      unit->id = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_ID));
      unit->code = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_CODE));
      unit->parent_id = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_PARENT_ID));
      unit->kind = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_KIND));
      unit->name = g_strdup (mz_report_rows_get_text (rows, MZ_REPORT_UNIT_NAME));
      g_hash_table_insert (self->units, unit->id, unit);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static const MzReportUnit *
find_unit_by_code (MzReport   *self,
                   const char *code)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->units);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const MzReportUnit *unit = value;

      if (g_strcmp0 (unit->code, code) == 0)
        return unit;
    }
  return NULL;
}

static gboolean
resolve_scope (MzReport              *self,
               const MzReportOptions *options,
               GError               **error)
{
  int first = 0, last = 0;

  if (options->unit_code != NULL)
    {
      const MzReportUnit *unit = find_unit_by_code (self, options->unit_code);
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

static void
report_progress (MzReport *self,
                 gboolean  force)
{
  double fraction;

  if (self->progress == NULL)
    return;

  fraction = self->work_total > 0 ? CLAMP (self->work_done / self->work_total, 0, 1) : 0;
  if (!force && fraction - self->last_fraction < 0.005)
    return;

  self->last_fraction = fraction;
  self->progress (fraction, self->progress_data);
}

static double
sheet_budget (MzReport       *self,
              SheetFunc       write,
              MzReportCounts *counts)
{
  if (write == _mz_report_write_partners)
    return counts->partners;
  if (write == _mz_report_write_commitments)
    return counts->commitments + counts->instalments;
  if (write == _mz_report_write_instalments)
    return counts->instalments;
  if (write == _mz_report_write_payments || write == _mz_report_write_income)
    return counts->payments;
  if (write == _mz_report_write_inkind)
    return counts->inkind;
  if (write == _mz_report_write_interactions)
    return counts->interactions;
  return 20;
}

static char *
temporary_path (const char *out_path)
{
  g_autofree char *dir = g_path_get_dirname (out_path);
  g_autofree char *base = g_path_get_basename (out_path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (dir, name, NULL);
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

/* Makes the hidden temporary file beside @out_path (so the final rename
 * stays within one file system). Personal data: readable by the owner
 * only. */
static char *
create_temporary (const char  *out_path,
                  gboolean     personal,
                  GError     **error)
{
  g_autofree char *path = temporary_path (out_path);
  int fd;

  fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, personal ? 0600 : 0666);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir = g_path_get_dirname (out_path);

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write in the folder “%s”: %s. Choose a folder you may write to."),
                   dir, g_strerror (saved));
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&path);
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write the workbook “%s”: %s. The disk may be full; free some "
                     "space and export again."), path, g_strerror (saved));
      return FALSE;
    }

  close (fd);
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
  g_autofree char *period = self->year_from == self->year_to
                              ? g_strdup_printf ("%d", self->year_from)
                              : g_strdup_printf ("%d–%d", self->year_from, self->year_to);
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

static gboolean
write_workbook (MzReport               *self,
                const MzReportOptions  *options,
                GError                **error)
{
  MzXlsxSheet *made[G_N_ELEMENTS (sheets)] = { NULL };
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
  report_progress (self, TRUE);

  /* Summary (index 0) last: its figures come from the other sheets. */
  for (gsize n = 1; n <= G_N_ELEMENTS (sheets); n++)
    {
      gsize i = n % G_N_ELEMENTS (sheets);

      if (made[i] == NULL)
        continue;

      _mz_report_begin_work (self, sheet_budget (self, sheets[i].write, &counts));
      if (!sheets[i].write (self, made[i], error))
        return FALSE;
      _mz_report_end_work (self);
      if (!mz_xlsx_book_check (self->book, error))
        return FALSE;
    }

  set_properties (self);
  return mz_xlsx_book_check (self->book, error);
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

gboolean
mz_report_export (const char             *db_path,
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

  /* Our own connection: the caller's MzStore may live on another thread. */
  report.store = mz_store_open (db_path, error);
  if (report.store == NULL ||
      !load_units (&report, error) ||
      !load_rates (&report, error) ||
      !resolve_scope (&report, options, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  tmp_path = create_temporary (out_path, options->personal_data, error);
  if (tmp_path == NULL)
    return FALSE;

  report.book = mz_xlsx_book_new (tmp_path, mz_report_strings_is_rtl (report.strings));
  ok = write_workbook (&report, options, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       mz_xlsx_book_close (g_steal_pointer (&report.book), error) &&
       sync_file (tmp_path, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error);

  if (ok && g_rename (tmp_path, out_path) != 0)
    {
      int saved = errno;

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot save the workbook as “%s”: %s. Choose another name or folder."),
                   out_path, g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    {
      g_clear_pointer (&report.book, mz_xlsx_book_discard);
      g_unlink (tmp_path);
      return FALSE;
    }

  report.work_done = report.work_total = MAX (report.work_total, 1);
  report_progress (&report, TRUE);
  return TRUE;
}

/* Shared with the sheets */

const char *
_mz_report_tr (MzReport   *self,
               const char *msgid)
{
  return mz_report_strings_get (self->strings, "report", msgid);
}

const char *
_mz_report_code (MzReport   *self,
                 const char *context,
                 const char *code)
{
  return mz_report_strings_code (self->strings, context, code);
}

void
_mz_report_begin_work (MzReport *self,
                       double    budget)
{
  self->work_start = self->work_done;
  self->work_budget = MAX (budget, 1);
}

gboolean
_mz_report_step (MzReport  *self,
                 GError   **error)
{
  if (self->work_done < self->work_start + self->work_budget)
    self->work_done += 1;
  report_progress (self, FALSE);

  return !g_cancellable_set_error_if_cancelled (self->cancellable, error) &&
         mz_xlsx_book_check (self->book, error);
}

void
_mz_report_end_work (MzReport *self)
{
  self->work_done = self->work_start + self->work_budget;
  report_progress (self, FALSE);
}

void
_mz_report_write_header (MzReport          *self,
                         MzXlsxSheet       *sheet,
                         const char *const *msgids,
                         guint              n,
                         gboolean           table)
{
  g_autofree const char **labels = g_new0 (const char *, n);

  for (guint i = 0; i < n; i++)
    labels[i] = msgids[i] != NULL ? _mz_report_tr (self, msgids[i]) : NULL;
  mz_xlsx_sheet_write_header (sheet, labels, n, table);
}

gboolean
_mz_report_rows_finished (GError  *local_error,
                          GError **error)
{
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

void
_mz_report_begin_sheet (MzReport    *self,
                        MzXlsxSheet *sheet,
                        const char  *title)
{
  g_autofree char *period = self->year_from == self->year_to
                              ? g_strdup_printf ("%d", self->year_from)
                              : g_strdup_printf ("%d–%d", self->year_from, self->year_to);
  g_autofree char *line = g_strdup_printf ("%s: %s · %s: %s · %s: %s · %s: %s",
                                           _mz_report_tr (self, "Period"), period,
                                           _mz_report_tr (self, "Unit"), self->unit_label,
                                           _mz_report_tr (self, "Initiative"), self->initiative_label,
                                           _mz_report_tr (self, "Report date"), self->as_of);

  mz_xlsx_sheet_write_text (sheet, 0, title, MZ_XLSX_TITLE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, line, MZ_XLSX_NOTE);
  mz_xlsx_sheet_next_row (sheet);
  mz_xlsx_sheet_next_row (sheet);
}

gboolean
_mz_report_to_chf (MzReport   *self,
                   gint64      amount,
                   const char *currency,
                   const char *date,
                   gint64     *chf)
{
  int month = month_index (date != NULL ? date : self->as_of);
  gint64 rate, chf_rate;

  if (g_strcmp0 (currency, "CHF") == 0)
    {
      *chf = amount;
      return TRUE;
    }

  if (currency == NULL || month < 0 ||
      !find_rate (self, currency, month, &rate) ||
      !find_rate (self, "CHF", month, &chf_rate) ||
      !mz_money_to_chf (amount, mz_money_currency_exponent (currency), rate, chf_rate, chf, NULL))
    {
      self->kpis.missing_rates++;
      return FALSE;
    }

  return TRUE;
}

const MzReportUnit *
_mz_report_top_unit (MzReport   *self,
                     const char *unit_id)
{
  const MzReportUnit *unit = unit_id ? g_hash_table_lookup (self->units, unit_id) : NULL;

  /* Area office → regional office → bureau; a loop cannot hold us. */
  for (int depth = 0; unit != NULL && unit->parent_id != NULL && depth < 16; depth++)
    {
      const MzReportUnit *parent = g_hash_table_lookup (self->units, unit->parent_id);

      if (parent == NULL)
        break;
      unit = parent;
    }

  return unit;
}

gint64
_mz_report_share (gint64   amount,
                  gboolean by_percent,
                  gint64   percent_bp,
                  gint64   allocated,
                  gint64   base)
{
  gint64 bp;

  if (by_percent)
    bp = percent_bp;
  else if (base > 0 && allocated >= 0 && allocated <= G_MAXINT64 / 10000)
    bp = mz_money_round_half_even_div (allocated * 10000, base);
  else
    return 0;

  bp = CLAMP (bp, 0, 10000);
  if (amount > G_MAXINT64 / 10000 || amount < -(G_MAXINT64 / 10000))
    return amount / 10000 * bp;
  return mz_money_round_half_even_div (amount * bp, 10000);
}

int
_mz_report_days_before (MzReport   *self,
                        const char *iso)
{
  GDate date;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y) ||
      !g_date_valid (&self->as_of_date))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_days_between (&date, &self->as_of_date);
}

char *
_mz_report_year_label (int         year,
                       const char *suffix)
{
  return suffix != NULL ? g_strdup_printf ("%d %s", year, suffix) : g_strdup_printf ("%d", year);
}

/* Asynchronous export */

typedef struct
{
  gint                  ref_count;
  MzReportProgressFunc  func;
  gpointer              data;
  gboolean              done;      /* main context only */
  GMainContext         *context;
} ProgressRelay;

typedef struct
{
  char                *db_path;
  char                *out_path;
  MzReportOptions      options;   /* strings owned */
  ProgressRelay       *relay;
  GAsyncReadyCallback  callback;
  gpointer             user_data;
} ExportData;

typedef struct
{
  ProgressRelay *relay;
  double         fraction;
} ProgressUpdate;

static ProgressRelay *
relay_ref (ProgressRelay *relay)
{
  g_atomic_int_inc (&relay->ref_count);
  return relay;
}

static void
relay_unref (ProgressRelay *relay)
{
  if (g_atomic_int_dec_and_test (&relay->ref_count))
    {
      g_main_context_unref (relay->context);
      g_free (relay);
    }
}

static void
export_data_free (ExportData *data)
{
  g_free (data->db_path);
  g_free (data->out_path);
  g_free ((char *) data->options.unit_code);
  g_free ((char *) data->options.initiative_id);
  g_free ((char *) data->options.language);
  g_free ((char *) data->options.as_of);
  relay_unref (data->relay);
  g_free (data);
}

static gboolean
deliver_progress_cb (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  if (!update->relay->done && update->relay->func != NULL)
    update->relay->func (update->fraction, update->relay->data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  relay_unref (update->relay);
  g_free (update);
}

static void
relay_progress_cb (double   fraction,
                   gpointer user_data)
{
  ProgressRelay *relay = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);
  GSource *source = g_idle_source_new ();

  update->relay = relay_ref (relay);
  update->fraction = fraction;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, update, progress_update_free);
  g_source_attach (source, relay->context);
  g_source_unref (source);
}

static void
export_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (mz_report_export (data->db_path, data->out_path, &data->options, cancellable,
                        data->relay->func != NULL ? relay_progress_cb : NULL, data->relay,
                        &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportData *data = g_task_get_task_data (G_TASK (result));

  /* Progress updates still queued are dropped from here on. */
  data->relay->done = TRUE;
  if (data->callback != NULL)
    data->callback (source_object, result, data->user_data);
}

void
mz_report_export_async (const char             *db_path,
                        const char             *out_path,
                        const MzReportOptions  *options,
                        GCancellable           *cancellable,
                        MzReportProgressFunc    progress,
                        gpointer                progress_data,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (out_path != NULL);

  data = g_new0 (ExportData, 1);
  data->db_path = g_strdup (db_path);
  data->out_path = g_strdup (out_path);
  if (options != NULL)
    data->options = *options;
  data->options.unit_code = g_strdup (data->options.unit_code);
  data->options.initiative_id = g_strdup (data->options.initiative_id);
  data->options.language = g_strdup (data->options.language);
  data->options.as_of = g_strdup (data->options.as_of);
  data->relay = g_new0 (ProgressRelay, 1);
  data->relay->ref_count = 1;
  data->relay->func = progress;
  data->relay->data = progress_data;
  data->relay->context = g_main_context_ref_thread_default ();
  data->callback = callback;
  data->user_data = user_data;

  task = g_task_new (NULL, cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, mz_report_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread_cb);
}

gboolean
mz_report_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mz_report_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

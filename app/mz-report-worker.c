/* mz-report-worker.c — sheets of the report written on threads of their
 * own, beside the others
 *
 * At the benchmark size the Instalments and Payments sheets take most of
 * the export, and each needs only the commitments: a worker thread writes
 * each of them, from a database connection of its own, while the calling
 * thread writes the rest. With personal data, so does the Interactions
 * sheet (half a million rows read at random, the longest of all), which
 * needs nothing else. Sheets of one book can be written on different
 * threads at once: a table's rows go to a segment of their own
 * (mz-xlsx-rows.c), libxlsxwriter keeps each constant-memory sheet's
 * other rows in a file of its own, and nothing else is shared while cells
 * are written once every format has its index (see
 * _mz_xlsx_create_formats() in mz-xlsx-format.c); the workbook's first
 * error is kept under a lock. The commitments are
 * only read by the workers, except that Instalments adds what falls due
 * to each commitment's line of the matrix (MzReportCommitment.due): so
 * the Instalments worker writes the Commitments sheet too, right after,
 * instead of the calling thread waiting for it. The Commitments sheet
 * also shows the summaries of allocations, which the calling thread reads
 * while the workers run (no worker reads them before): the worker waits
 * at a gate, opened by _mz_report_worker_open_gate(), before that sheet.
 *
 * A worker opens its connection and starts its query (which sorts for a
 * while before the first row; Instalments first reads what was paid of
 * each instalment) as soon as the scope is known, so that this happens
 * while the commitments are read; it writes once
 * _mz_report_worker_run() hands it the sheet. It works on a copy of the
 * report: what it adds up (income, received per donor, headline figures)
 * is merged back by _mz_report_worker_finish().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "mz-report-private.h"

typedef MzReportRows *(*QueryFunc) (MzStore             *store,
                                    const MzReportScope *scope,
                                    GError             **error);

static MzReportRows *
query_interaction_contacts (MzStore             *store,
                            const MzReportScope *scope,
                            GError             **error)
{
  return mz_report_query_interaction_contacts (store, error);
}

static const struct
{
  const char *name;
  QueryFunc   query;
  gboolean  (*write) (MzReport *self, MzXlsxSheet *sheet, GError **error);
  const char *failed;
  /* Then, past the gate, this sheet too; NULL: none. */
  gboolean  (*then_write) (MzReport *self, MzXlsxSheet *sheet, GError **error);
  const char *then_name;
} kinds[MZ_REPORT_N_WORKERS] = {
  [MZ_REPORT_WORKER_INSTALMENTS] = {
    "Instalments", mz_report_query_instalments, _mz_report_write_instalments,
    N_("The instalments could not be written to the workbook."),
    _mz_report_write_commitments, "Commitments",
  },
  [MZ_REPORT_WORKER_PAYMENTS] = {
    "Payments", mz_report_query_payments, _mz_report_write_payments,
    N_("The payments could not be written to the workbook."),
    NULL, NULL,
  },
  /* Its first query: the contacts' names (see mz-report-sheets-crm.c). */
  [MZ_REPORT_WORKER_INTERACTIONS] = {
    "Interactions", query_interaction_contacts, _mz_report_write_interactions,
    N_("The interactions could not be written to the workbook."),
    NULL, NULL,
  },
};

struct _MzReportWorker
{
  MzReport     *report;     /* the caller's */
  MzReportWorkerSheet which;
  double        budget;     /* rows it expects; set by the caller's thread */
  MzReport      copy;       /* the worker's; valid once running */
  GThread      *thread;
  char         *db_path;

  GMutex        lock;
  GCond         cond;
  gboolean      started;    /* under the lock: the copy and the sheet are set */
  gboolean      gate_open;  /* under the lock: then_sheet may be written */
  gboolean      finished;   /* under the lock */
  MzXlsxSheet  *sheet;      /* NULL when told to stop */
  MzXlsxSheet  *then_sheet; /* of kinds[].then_write, or NULL */

  /* The worker's own, until it has finished. */
  MzStore      *store;
  MzReportPaid *paid;
  MzReportRows *rows;
  GError       *error;
  gboolean      ok;
  double        seconds;
  double        cpu_seconds;
  double        then_seconds;
  double        then_cpu_seconds;
};

/* Helpers */

static double
thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
interrupt_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  sqlite3_interrupt (mz_store_get_handle (MZ_STORE (user_data)));
}

static gpointer
worker_thread (gpointer data)
{
  MzReportWorker *self = data;
  MzReport *report = self->report;
  gulong interrupt_id = 0;
  MzXlsxSheet *sheet, *then_sheet;
  gboolean go_on;
  gint64 started;
  double cpu;

  /* Its own connection, and the query started at once. */
  self->store = mz_store_open_full (self->db_path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &self->error);
  if (self->store != NULL && report->cancellable != NULL)
    interrupt_id = g_cancellable_connect (report->cancellable, G_CALLBACK (interrupt_cb),
                                          self->store, NULL);
  /* A small page cache (mz_report_tune_worker_connection()): the query
   * walks one index in order, and the caller's connection already has a
   * large cache. Interactions reads its table (150 MB at the benchmark
   * size) at random: a 32 MB cache added 30 MB to the peak and did not
   * make it faster. */
  if (self->store != NULL && !mz_report_tune_worker_connection (self->store, &self->error))
    g_clear_object (&self->store);
  /* Instalments: what was paid of each first (see mz-report-sheets-money.c). */
  if (self->store != NULL && self->which == MZ_REPORT_WORKER_INSTALMENTS)
    {
      self->paid = _mz_report_paid_load (self->store, &report->scope, report->cancellable, &self->error);
      if (self->paid == NULL)
        g_clear_object (&self->store);
    }
  if (self->store != NULL)
    {
      self->rows = kinds[self->which].query (self->store, &report->scope, &self->error);
      if (self->rows != NULL)
        mz_report_rows_prefetch (self->rows);
    }

  g_mutex_lock (&self->lock);
  while (!self->started)
    g_cond_wait (&self->cond, &self->lock);
  sheet = self->sheet;
  then_sheet = self->then_sheet;
  g_mutex_unlock (&self->lock);

  started = g_get_monotonic_time ();
  cpu = thread_cpu_seconds ();
  if (sheet != NULL && self->rows != NULL)
    {
      self->copy.store = self->store;
      self->copy.prepared_rows = g_steal_pointer (&self->rows);
      self->copy.prepared_paid = g_steal_pointer (&self->paid);
      self->ok = kinds[self->which].write (&self->copy, sheet, &self->error);
      g_clear_pointer (&self->copy.prepared_rows, mz_report_rows_free);
      g_clear_pointer (&self->copy.prepared_paid, _mz_report_paid_free);
    }
  self->seconds = (g_get_monotonic_time () - started) / 1e6;
  self->cpu_seconds = thread_cpu_seconds () - cpu;

  /* The next sheet, once the caller says what it needs is there. */
  if (self->ok && then_sheet != NULL)
    {
      g_mutex_lock (&self->lock);
      while (!self->gate_open && !g_atomic_int_get (&report->stop_workers))
        g_cond_wait (&self->cond, &self->lock);
      go_on = self->gate_open && !g_atomic_int_get (&report->stop_workers);
      g_mutex_unlock (&self->lock);

      started = g_get_monotonic_time ();
      cpu = thread_cpu_seconds ();
      if (go_on)
        self->ok = kinds[self->which].then_write (&self->copy, then_sheet, &self->error);
      else
        {
          g_set_error_literal (&self->error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was stopped."));
          self->ok = FALSE;
        }
      self->then_seconds = (g_get_monotonic_time () - started) / 1e6;
      self->then_cpu_seconds = thread_cpu_seconds () - cpu;
    }

  g_clear_pointer (&self->rows, mz_report_rows_free);
  g_clear_pointer (&self->paid, _mz_report_paid_free);
  if (interrupt_id != 0)
    g_cancellable_disconnect (report->cancellable, interrupt_id);

  g_mutex_lock (&self->lock);
  self->finished = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
  return NULL;
}

static void
worker_free (MzReportWorker *self)
{
  g_clear_pointer (&self->rows, mz_report_rows_free);
  g_clear_pointer (&self->paid, _mz_report_paid_free);
  g_clear_object (&self->store);
  g_clear_error (&self->error);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self->db_path);
  g_free (self);
}

static void
merge_kpis (MzReportKpis       *into,
            const MzReportKpis *from)
{
  into->received_chf += from->received_chf;
  into->signed_chf += from->signed_chf;
  into->overdue_chf += from->overdue_chf;
  into->pipeline_chf += from->pipeline_chf;
  into->inkind_chf += from->inkind_chf;
  into->n_partners += from->n_partners;
  into->n_commitments += from->n_commitments;
  into->missing_rates += from->missing_rates;
}

/* Shared with the report */

MzReportWorker *
_mz_report_worker_new (MzReport            *report,
                       const char          *db_path,
                       MzReportWorkerSheet  which)
{
  MzReportWorker *self = g_new0 (MzReportWorker, 1);

  g_return_val_if_fail (which < MZ_REPORT_N_WORKERS, NULL);
  self->report = report;
  self->which = which;
  self->db_path = g_strdup (db_path);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  self->thread = g_thread_try_new ("mz-report-sheet", worker_thread, self, NULL);
  if (self->thread == NULL)
    {
      worker_free (self);
      return NULL;
    }
  return self;
}

void
_mz_report_worker_run (MzReportWorker *self,
                       MzXlsxSheet    *sheet,
                       MzXlsxSheet    *then_sheet,
                       double          budget)
{
  MzReport *report = self->report;

  /* The copy shares what is only read (commitments, rates, units, words,
   * the book), and adds up on its own what it finds. */
  self->copy = *report;
  self->copy.parent = report;
  self->copy.store = NULL;
  self->copy.progress = NULL;
  self->copy.interrupt_id = 0;
  memset (self->copy.workers, 0, sizeof self->copy.workers);
  self->copy.received = NULL;
  self->copy.income = NULL;
  self->copy.kpis = (MzReportKpis) { 0 };
  self->copy.parallel_done = 0;
  _mz_report_begin_work (&self->copy, budget);
  self->budget = budget;

  g_mutex_lock (&self->lock);
  self->sheet = sheet;
  self->then_sheet = kinds[self->which].then_write != NULL ? then_sheet : NULL;
  self->started = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

gboolean
_mz_report_worker_finish (MzReportWorker  *self,
                          GError         **error)
{
  MzReport *report = self->report;
  gboolean ok;

  /* Progress goes on while waiting. */
  g_mutex_lock (&self->lock);
  while (!self->finished)
    {
      gint64 until = g_get_monotonic_time () + G_TIME_SPAN_SECOND / 10;

      g_cond_wait_until (&self->cond, &self->lock, until);
      g_mutex_unlock (&self->lock);
      _mz_report_progress (report, FALSE);
      g_mutex_lock (&self->lock);
    }
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);
  g_debug ("%s, on its own thread: %.2f s (CPU %.2f s)", kinds[self->which].name,
           self->seconds, self->cpu_seconds);
  if (self->then_sheet != NULL)
    g_debug ("%s, on the same thread: %.2f s (CPU %.2f s)", kinds[self->which].then_name,
             self->then_seconds, self->then_cpu_seconds);

  /* Its rows are counted as done from now on, no longer as the worker's. */
  for (guint i = 0; i < MZ_REPORT_N_WORKERS; i++)
    if (report->workers[i] == self)
      report->workers[i] = NULL;
  report->work_done += self->budget;

  ok = self->ok;
  if (ok)
    {
      /* Only Payments adds these up. */
      if (self->copy.received != NULL)
        {
          g_clear_pointer (&report->received, g_hash_table_unref);
          report->received = g_steal_pointer (&self->copy.received);
        }
      if (self->copy.income != NULL)
        {
          g_clear_pointer (&report->income, _mz_report_income_free);
          report->income = g_steal_pointer (&self->copy.income);
        }
      merge_kpis (&report->kpis, &self->copy.kpis);
    }
  else
    {
      g_clear_pointer (&self->copy.received, g_hash_table_unref);
      g_clear_pointer (&self->copy.income, _mz_report_income_free);
      if (self->error == NULL)
        g_set_error_literal (&self->error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                             _(kinds[self->which].failed));
      g_propagate_error (error, g_steal_pointer (&self->error));
    }

  worker_free (self);
  return ok;
}

void
_mz_report_worker_cancel (MzReportWorker *self)
{
  if (self == NULL)
    return;

  /* A worker still waiting to start stops there; one writing stops at its
   * next row. */
  g_atomic_int_set (&self->report->stop_workers, 1);
  g_mutex_lock (&self->lock);
  if (!self->started)
    {
      self->sheet = NULL;
      self->started = TRUE;
    }
  /* Also wakes one waiting at the gate. */
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);

  g_clear_pointer (&self->copy.received, g_hash_table_unref);
  g_clear_pointer (&self->copy.income, _mz_report_income_free);
  worker_free (self);
}

void
_mz_report_worker_open_gate (MzReportWorker *self)
{
  if (self == NULL)
    return;

  g_mutex_lock (&self->lock);
  self->gate_open = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

gboolean
_mz_report_worker_writes (MzReportWorker *self,
                          MzXlsxSheet    *sheet)
{
  return self != NULL && sheet != NULL && (self->sheet == sheet || self->then_sheet == sheet);
}

double
_mz_report_worker_done (MzReportWorker *self)
{
  if (self == NULL)
    return 0;
  /* Before _mz_report_worker_run() the budget is 0. */
  return MIN (g_atomic_int_get (&self->copy.parallel_done), self->budget);
}

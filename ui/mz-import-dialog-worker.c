/* mz-import-dialog-worker.c — the import dialog: the check and the
 * import, each in a worker
 *
 * The file is read off the main thread again for the check (a dry run,
 * again after each change of the mapping), then for the import itself,
 * in one transaction. Nothing is saved unless the whole file is right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-crm-import.h"
#include "mz-import-dialog-private.h"
#include "mz-worker.h"

typedef struct
{
  MzImportKind     kind;
  GFile           *file;
  MzImportMapping *mapping;   /* a copy owned by the job */
  gboolean         dry_run;
  GCancellable    *cancellable;
  GWeakRef         dialog;
  double           shown;     /* last fraction sent, worker thread only */
} Job;

typedef struct
{
  GWeakRef dialog;
  double   fraction;
} ProgressUpdate;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->mapping);
  g_clear_object (&job->cancellable);
  g_weak_ref_clear (&job->dialog);
  g_free (job);
}

static MzImportMapping *
copy_mapping (MzImportMapping *mapping)
{
  MzImportMapping *copy = mz_import_mapping_new (mz_import_mapping_get_kind (mapping),
                                                 mz_import_mapping_get_header (mapping));

  for (guint f = 0; f < mz_import_mapping_get_n_fields (mapping); f++)
    mz_import_mapping_set_column (copy, f, mz_import_mapping_get_column (mapping, f));
  return copy;
}

/* Progress, from the worker thread to the main loop. */

static gboolean
progress_idle_cb (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(MzImportDialog) self = g_weak_ref_get (&update->dialog);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, update->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_weak_ref_clear (&update->dialog);
  g_free (update);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;
  g_autoptr(GObject) dialog = NULL;
  ProgressUpdate *update;

  if (fraction - job->shown < 0.01 && fraction < 1.0)
    return;
  job->shown = fraction;

  dialog = g_weak_ref_get (&job->dialog);
  if (dialog == NULL)
    return;
  update = g_new0 (ProgressUpdate, 1);
  g_weak_ref_init (&update->dialog, dialog);
  update->fraction = fraction;
  g_idle_add_full (G_PRIORITY_DEFAULT, progress_idle_cb, update, progress_update_free);
}

static gpointer
run_job (MzStore       *store,
         gpointer       data,
         GCancellable  *cancellable,
         GError       **error)
{
  Job *job = data;

  /* The job's own cancellable, not the worker's: a cancellation that
   * comes after the commit must not hide that the rows were saved. */
  return mz_crm_import_file (store, job->kind, job->file, job->mapping, job->dry_run,
                             on_progress, job, job->cancellable, error);
}

static Job *
new_job (MzImportDialog *self,
         gboolean        dry_run)
{
  Job *job = g_new0 (Job, 1);

  job->kind = self->kind;
  job->file = g_object_ref (self->file);
  job->mapping = copy_mapping (self->mapping);
  job->dry_run = dry_run;
  job->cancellable = g_object_ref (self->cancellable);
  g_weak_ref_init (&job->dialog, self);
  return job;
}

void
_mz_import_dialog_restart_cancellable (MzImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* A check in flight: the dialog and the cancellable it was started with. */
typedef struct
{
  MzImportDialog *self;
  GCancellable   *cancellable;
} Pending;

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(MzImportDialog) self = pending->self;
  g_autoptr(GCancellable) cancellable = pending->cancellable;
  g_autoptr(GError) error = NULL;
  MzImportReport *report = mz_worker_run_finish (result, &error);

  g_free (pending);
  _mz_import_dialog_set_busy (self, FALSE);
  if (self->disposed || g_cancellable_is_cancelled (cancellable))
    {
      /* Closed, or a newer check replaced this one. */
      g_clear_pointer (&report, mz_import_report_free);
      return;
    }
  if (report == NULL)
    {
      gtk_spinner_stop (self->check_spinner);
      gtk_label_set_text (self->report_label, error->message);
      _mz_import_dialog_update_import_button (self);
      return;
    }

  gtk_spinner_stop (self->check_spinner);
  g_clear_pointer (&self->report, mz_import_report_free);
  self->report = report;
  _mz_import_dialog_fill_report (self);
  _mz_import_dialog_update_import_button (self);
}

void
_mz_import_dialog_check_file (MzImportDialog *self)
{
  Pending *pending = g_new0 (Pending, 1);

  _mz_import_dialog_restart_cancellable (self);
  pending->self = g_object_ref (self);
  pending->cancellable = g_object_ref (self->cancellable);
  g_clear_pointer (&self->report, mz_import_report_free);
  _mz_import_dialog_update_import_button (self);
  _mz_import_dialog_clear_report_list (self);
  gtk_label_set_text (self->report_label, _("Checking every row…"));
  gtk_spinner_start (self->check_spinner);

  _mz_import_dialog_set_busy (self, TRUE);
  mz_worker_run_async (mz_store_get_path (self->store), run_job, new_job (self, TRUE), job_free,
                       (GDestroyNotify) mz_import_report_free, NULL,
                       check_done_cb, pending);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MzImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  MzImportReport *report = mz_worker_run_finish (result, &error);

  _mz_import_dialog_set_busy (self, FALSE);
  self->importing = FALSE;
  if (self->disposed)
    {
      /* Closed while saving: the lists still need the new rows. */
      if (report != NULL && report->saved && self->parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.reload", NULL);
      g_clear_pointer (&report, mz_import_report_free);
      return;
    }
  gtk_widget_set_sensitive (self->cancel_button, TRUE);

  if (report == NULL)
    {
      _mz_import_dialog_show_page (self, "content");
      _mz_import_dialog_update_import_button (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _mz_import_dialog_toast (self, _("Import cancelled; nothing was saved"));
      else
        _mz_import_dialog_toast (self, error->message);
      return;
    }

  g_clear_pointer (&self->report, mz_import_report_free);
  self->report = report;
  if (!report->saved)
    {
      /* The database changed since the check: show why. */
      _mz_import_dialog_fill_report (self);
      _mz_import_dialog_show_page (self, "content");
      _mz_import_dialog_update_import_button (self);
      return;
    }

  _mz_import_dialog_show_done (self);

  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.reload", NULL);
  g_signal_emit_by_name (self, "finished", report->n_saved);
}

void
_mz_import_dialog_start_import (MzImportDialog *self)
{
  g_autofree char *text = NULL;

  if (self->busy > 0 || self->report == NULL || self->report->n_errors > 0)
    return;

  if (self->kind == MZ_IMPORT_PARTNERS)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Importing %u partner…", "Importing %u partners…",
                                         self->report->n_rows), self->report->n_rows);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Importing %u contact…", "Importing %u contacts…",
                                         self->report->n_rows), self->report->n_rows);
  _mz_import_dialog_restart_cancellable (self);
  self->importing = TRUE;
  gtk_label_set_text (self->busy_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  _mz_import_dialog_show_page (self, "busy");

  _mz_import_dialog_set_busy (self, TRUE);
  mz_worker_run_async (mz_store_get_path (self->store), run_job, new_job (self, FALSE), job_free,
                       (GDestroyNotify) mz_import_report_free, NULL,
                       import_done_cb, g_object_ref (self));
}

/* mz-report-async.c — the export of the report on a worker thread, with
 * progress delivered in the caller's main context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include "mz-report.h"

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

/* mz-worker.c — run a query or a long write off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-worker"

#include "config.h"

#include "mz-reader.h"
#include "mz-worker.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Scans read each page once: a small cache does as well as a large one. */
#define READER_CACHE_KIB 2048

typedef struct
{
  char           *path;
  MzWorkerFunc    func;
  gpointer        data;
  GDestroyNotify  data_free;
  GDestroyNotify  result_free;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->data_free != NULL && job->data != NULL)
    job->data_free (job->data);
  g_free (job->path);
  g_free (job);
}

static void
worker_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(MzStore) store = NULL;
  GError *error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The window has already checked the file; a second full check of a
   * large one would take seconds. */
  store = mz_store_open_full (job->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!mz_reader_set_cache (store, READER_CACHE_KIB, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  result = job->func (store, job->data, cancellable, &error);
  g_clear_object (&store);
#ifdef __GLIBC__
  /* What the connection and the job freed goes back to the system rather
   * than staying in this thread's malloc arena. */
  malloc_trim (0);
#endif

  if (error != NULL)
    {
      if (result != NULL && job->result_free != NULL)
        job->result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, job->result_free);
}

void
mz_worker_run_async (const char          *path,
                     MzWorkerFunc         func,
                     gpointer             data,
                     GDestroyNotify       data_free,
                     GDestroyNotify       result_free,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (func != NULL);

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mz_worker_run_async);
  g_task_set_task_data (task, job, job_free);
  /* A result that arrives after cancellation is dropped, not delivered. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, worker_thread);
}

#define TRIM_DELAY_MS 2000

static guint trim_source;

static gboolean
trim_cb (gpointer data)
{
  trim_source = 0;
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

void
mz_worker_trim_later (void)
{
  g_clear_handle_id (&trim_source, g_source_remove);
  trim_source = g_timeout_add (TRIM_DELAY_MS, trim_cb, NULL);
}

gpointer
mz_worker_run_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  /* GTask checks the cancellable: a cancelled job fails with
   * G_IO_ERROR_CANCELLED and its result is freed. */
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* mz-worker.h — run a query or a long write off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

/* Runs in a worker thread with @store, a connection of its own to the
 * window's database file (an MzStore is not shared between threads: its
 * statement cache and transaction are per connection). Returns the result
 * or NULL with @error set. */
typedef gpointer (*MzWorkerFunc) (MzStore       *store,
                                  gpointer       data,
                                  GCancellable  *cancellable,
                                  GError       **error);

/* Opens @path in a worker thread, calls @func (@data) and completes with
 * its result; @data_free frees @data, @result_free a result nobody took
 * (e.g. after cancellation). */
void     mz_worker_run_async  (const char          *path,
                               MzWorkerFunc         func,
                               gpointer             data,
                               GDestroyNotify       data_free,
                               GDestroyNotify       result_free,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);

/* The result (owned by the caller), or NULL with @error set;
 * G_IO_ERROR_CANCELLED if @cancellable was cancelled. */
gpointer mz_worker_run_finish (GAsyncResult        *result,
                               GError             **error);

/* After a large load or a burst of searches: gives the memory malloc
 * keeps for reuse (in every thread's arena) back to the system, once,
 * a couple of seconds after the last call. Main thread only. */
void     mz_worker_trim_later (void);

G_END_DECLS

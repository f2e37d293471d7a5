/* mz-reader.h — a short-lived connection that reads in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* Prepares @store, a connection of its own opened for one job in a worker
 * thread, for scanning tables: a small page cache (@kib KiB) rather than
 * the 8 MiB of the window's connection, which a scan would fill and
 * leave in the process's memory. */
gboolean mz_reader_set_cache (MzStore  *store,
                              int       kib,
                              GError  **error);

G_END_DECLS

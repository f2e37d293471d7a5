/* mz-reader.c — a short-lived connection that reads in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-reader"

#include "config.h"

#include "mz-reader.h"

gboolean
mz_reader_set_cache (MzStore  *store,
                     int       kib,
                     GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (kib > 0, FALSE);

  /* A number, not user text. */
  sql = g_strdup_printf ("PRAGMA cache_size = -%d", kib);
  return mz_store_exec (store, sql, error);
}

/* mz-bulk.c — one large write, made fast for its duration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-bulk"

#include "config.h"

#include "mz-bulk.h"
#include "mz-search.h"

static void
restore_settings (MzStore *store)
{
  /* The values mz_store_open() sets, and SQLite's default cache. */
  mz_store_exec (store, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON", NULL);
}

gboolean
mz_bulk_begin (MzStore  *store,
               GError  **error)
{
  if (!mz_store_exec (store, "PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA foreign_keys = OFF", error))
    return FALSE;

  if (!mz_store_begin (store, error))
    {
      restore_settings (store);
      return FALSE;
    }

  if (!mz_search_defer_indexing (store, error))
    {
      mz_bulk_rollback (store);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_bulk_commit (MzStore  *store,
                GError  **error)
{
  gboolean ok = mz_search_index_deferred (store, error) && mz_store_commit (store, error);

  if (ok)
    mz_store_exec (store, "PRAGMA wal_checkpoint (TRUNCATE)", NULL);
  else
    mz_store_rollback (store);
  restore_settings (store);
  return ok;
}

void
mz_bulk_rollback (MzStore *store)
{
  mz_store_rollback (store);
  restore_settings (store);
}

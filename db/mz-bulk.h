/* mz-bulk.h — one large write (generated data), made fast for its duration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* Relaxes durability (synchronous = OFF), enlarges the page cache and turns
 * foreign key checks off (the loader must write consistent rows; “check”
 * verifies them), then begins the transaction and defers the search index
 * to the end. A crash during a bulk write loses the write, not the
 * database. */
gboolean mz_bulk_begin    (MzStore  *store,
                           GError  **error);

/* Indexes the new rows for search, commits, checkpoints the write-ahead
 * log and restores the settings. */
gboolean mz_bulk_commit   (MzStore  *store,
                           GError  **error);

/* Rolls back and restores the settings. */
void     mz_bulk_rollback (MzStore  *store);

G_END_DECLS

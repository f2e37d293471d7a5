/* mz-search.h — find partners and contacts by any part of their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-search-hit.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_SEARCH_PAGE 50

/* Partners (name, local-script and short name) and contacts (names,
 * e-mails) containing @text anywhere, in any script, case-insensitive for
 * cased scripts; archived rows and contacts of archived partners are left
 * out. Queries of three characters or more use the trigram index; one or
 * two characters use its term list (see migration 0002). At most @limit
 * hits (0: MZ_SEARCH_PAGE), partners first: a GListModel of MzSearchHit.
 * An empty or blank @text gives an empty list. */
GListModel *mz_search_names (MzStore     *store,
                             const char  *text,
                             guint        limit,
                             GError     **error);

/* For bulk loads, inside their transaction: stop indexing inserted
 * partners and contacts row by row (see migration 0002)… */
gboolean    mz_search_defer_indexing (MzStore     *store,
                                      GError     **error);

/* …and index every partner and contact that is not yet, in one statement
 * each, then resume indexing row by row. */
gboolean    mz_search_index_deferred (MzStore     *store,
                                      GError     **error);

/* Rewrites the index without the entries of deleted or changed texts, which
 * FTS5 otherwise keeps (marked deleted) until segments merge. Used when a
 * person is forgotten; about a second and a half at the benchmark size.
 * Inside the caller's transaction. */
gboolean    mz_search_purge          (MzStore     *store,
                                      GError     **error);

G_END_DECLS

/* mz-interaction-list.h — interactions for the Interactions table, a page
 * at a time
 *
 * At the benchmark size (500,000 interactions) a table cannot hold an
 * object per row. It holds the rowids of the matching rows in their order
 * (8 bytes each), computed once per filter and sort in a worker thread, and
 * reads the rows it shows a page at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-interaction.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_INTERACTION_SORT_DATE,
  MZ_INTERACTION_SORT_KIND,
  MZ_INTERACTION_SORT_PARTNER,
  MZ_INTERACTION_SORT_UNIT,
  MZ_INTERACTION_SORT_STAFF,
  MZ_INTERACTION_SORT_SUBJECT,
  MZ_INTERACTION_SORT_STATUS,
} MzInteractionSort;

/* Filters; NULL members do not filter. With @partner_ids or @text set, a
 * row matches if its partner is one of @partner_ids OR its subject
 * contains @text (case-insensitive for ASCII letters). */
typedef struct
{
  const char          *kind;
  const char          *unit_id;
  const char          *status;
  const char          *since;        /* YYYY-MM-DD, inclusive */
  const char          *until;        /* YYYY-MM-DD, inclusive */
  const char * const  *partner_ids;
  const char          *text;
  MzInteractionSort    sort;
  gboolean             descending;
} MzInteractionListQuery;

/* The rowids (gint64) of the live interactions matching @query, in its
 * order (ties: newest first). For a worker thread on a connection of its
 * own; stops with G_IO_ERROR_CANCELLED when @cancellable is cancelled. */
GArray     *mz_interaction_list_rowids (MzStore                       *store,
                                        const MzInteractionListQuery  *query,
                                        GCancellable                  *cancellable,
                                        GError                       **error);

/* The rows @rowids[0 .. @n_rowids - 1], in that order: a GPtrArray of
 * MzInteraction holding id, partner id and name, kind, date, unit id and
 * code, staff id and name, subject and status. A row that no longer exists
 * gives an MzInteraction without id. */
GPtrArray  *mz_interaction_list_fetch  (MzStore                       *store,
                                        const gint64                  *rowids,
                                        guint                          n_rowids,
                                        GError                       **error);

G_END_DECLS

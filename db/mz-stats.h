/* mz-stats.h — counts for the dashboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* Rows that are not deleted (merged partners excluded). */
typedef struct
{
  gint64 partners;
  gint64 contacts;
  gint64 interactions;
  gint64 open_follow_ups;
  gint64 commitments;
  gint64 inkind;
  gint64 initiatives;
  gint64 due_diligence;
} MzStatsCounts;

/* Fills @counts, one query per kind of record. */
gboolean mz_stats_get_counts (MzStore        *store,
                              MzStatsCounts  *counts,
                              GError        **error);

/* Two cheap counters that together change whenever anything is written to
 * the database, through this connection or another: read the counts again
 * only when they differ from the last time. */
void     mz_stats_get_change_counters (MzStore        *store,
                                       gint64         *data_version,
                                       gint64         *changes);

G_END_DECLS

/* mz-clock.h — hybrid logical clock for updated_at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2026-11-28T07:45:12.345Z-0000-0123456789abcdef": UTC wall time in
 * milliseconds, a logical counter and the node (installation) id. Values
 * sort as text in causal order. */
#define MZ_CLOCK_LEN 46

typedef struct
{
  gint64 ms;
  guint  counter;
  char   node[17];
} MzClock;

/* Starts @clock for @node (16 hex digits) after @last, the last value this
 * node issued (may be NULL), so that values never go backwards across
 * restarts even when the wall clock does. */
void      mz_clock_init     (MzClock    *clock,
                             const char *node,
                             const char *last);

/* Issues the next value into @buf. */
void      mz_clock_tick     (MzClock    *clock,
                             char        buf[MZ_CLOCK_LEN + 1]);

/* Merges a value received from another node, so that the next tick sorts
 * after it. Returns FALSE if @remote is not a clock value. */
gboolean  mz_clock_observe  (MzClock    *clock,
                             const char *remote);

/* Milliseconds since the epoch of a clock value, or -1 if malformed. */
gint64    mz_clock_parse_ms (const char *value,
                             guint      *counter);

G_END_DECLS

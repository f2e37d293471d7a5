/* mz-follow-up-count.h — how many open follow-ups are overdue, without
 * reading them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* The open follow-ups (not done, not archived) of live partners due
 * before @today ("YYYY-MM-DD"): the ones mz_follow_up_entry_list_open()
 * lists first. -1 with @error set on failure. Can run in a worker thread
 * on a connection of its own. */
gint64 mz_follow_up_count_overdue (MzStore     *store,
                                   const char  *today,
                                   GError     **error);

G_END_DECLS

/* mz-follow-up-entry.h — an open follow-up with its partner, for the list
 * of open follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-follow-up.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_FOLLOW_UP_ENTRY (mz_follow_up_entry_get_type ())
G_DECLARE_FINAL_TYPE (MzFollowUpEntry, mz_follow_up_entry, MZ, FOLLOW_UP_ENTRY, GObject)

/* Properties: "follow-up" (MzFollowUp), "partner-name",
 * "interaction-subject" (NULL for a follow-up of the partner itself). */
MzFollowUp *mz_follow_up_entry_get_follow_up           (MzFollowUpEntry *self);
const char *mz_follow_up_entry_get_partner_name        (MzFollowUpEntry *self);
const char *mz_follow_up_entry_get_interaction_subject (MzFollowUpEntry *self);

/* The open follow-ups (not done, not archived) of live partners, by due
 * date, undated last: a GListModel of MzFollowUpEntry. At most @limit
 * (0: all). Can run in a worker thread on a connection of its own. */
GListModel *mz_follow_up_entry_list_open (MzStore      *store,
                                          guint         limit,
                                          GError      **error);

G_END_DECLS

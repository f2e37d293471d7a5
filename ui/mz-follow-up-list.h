/* mz-follow-up-list.h — the open follow-ups of every partner, by due date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_FOLLOW_UP_LIST (mz_follow_up_list_get_type ())
G_DECLARE_FINAL_TYPE (MzFollowUpList, mz_follow_up_list, MZ, FOLLOW_UP_LIST, AdwBin)

/* A table of the open follow-ups, overdue ones highlighted, each with a
 * “Mark Done” button (undo in the toast). Properties: "store",
 * "search-text" (task or partner contains it), "n-overdue" (read-only).
 * Signals: "changed" after a follow-up was marked done or reopened,
 * "open-interaction" (const char *interaction_id) when a row of a
 * follow-up of an interaction is activated. */
GtkWidget *mz_follow_up_list_new             (void);

void       mz_follow_up_list_set_store       (MzFollowUpList *self,
                                              MzStore        *store);
void       mz_follow_up_list_set_search_text (MzFollowUpList *self,
                                              const char     *text);
/* Reads the list again (in a worker thread). */
void       mz_follow_up_list_reload          (MzFollowUpList *self);
guint      mz_follow_up_list_get_n_overdue   (MzFollowUpList *self);
/* The follow-ups shown, for the tests: a GListModel of MzFollowUpEntry. */
GListModel *mz_follow_up_list_get_model      (MzFollowUpList *self);
gboolean   mz_follow_up_list_is_loading      (MzFollowUpList *self);

G_END_DECLS

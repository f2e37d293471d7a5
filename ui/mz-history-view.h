/* mz-history-view.h — the history of a partner: who changed what, when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_HISTORY_VIEW (mz_history_view_get_type ())
G_DECLARE_FINAL_TYPE (MzHistoryView, mz_history_view, MZ, HISTORY_VIEW, AdwBin)

/* Changes shown at first, newest first; "Show Earlier Changes" adds as
 * many again. */
#define MZ_HISTORY_VIEW_PAGE 100

/* Shows the history of the partner @partner_id (its row, its contacts,
 * relations, interactions and follow-ups). Personal values of contacts are
 * never shown, only which fields changed. */
void        mz_history_view_load     (MzHistoryView *self,
                                      MzStore       *store,
                                      const char    *partner_id);

/* The list of changes (for the tests): one row per audit entry. */
GtkListBox *mz_history_view_get_list (MzHistoryView *self);

G_END_DECLS

/* mz-interactions-page-private.h — what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-follow-up-list.h"
#include "mz-paged-model.h"
#include "mz-interactions-page.h"

G_BEGIN_DECLS

gboolean            _mz_interactions_page_is_busy        (MzInteractionsPage *self);
MzPagedModel *_mz_interactions_page_get_model      (MzInteractionsPage *self);
GtkColumnView      *_mz_interactions_page_get_view       (MzInteractionsPage *self);
MzFollowUpList     *_mz_interactions_page_get_follow_ups (MzInteractionsPage *self);
/* loading, empty, no-match or list */
const char         *_mz_interactions_page_get_state      (MzInteractionsPage *self);
/* The last editor opened by the page, while it is open. */
GtkWindow          *_mz_interactions_page_get_editor     (MzInteractionsPage *self);

G_END_DECLS

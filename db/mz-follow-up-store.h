/* mz-follow-up-store.h — the queries for follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-follow-up.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Writes inside the caller's transaction; no audit_log row. */
gboolean    mz_follow_up_store_insert       (MzStore      *store,
                                             MzFollowUp   *follow_up,
                                             GError      **error);
gboolean    mz_follow_up_store_update       (MzStore      *store,
                                             MzFollowUp   *follow_up,
                                             GError      **error);
gboolean    mz_follow_up_store_set_deleted  (MzStore      *store,
                                             const char   *id,
                                             const char   *deleted_at,
                                             GError      **error);

MzFollowUp *mz_follow_up_store_get          (MzStore      *store,
                                             const char   *id,
                                             GError      **error);

/* The follow-ups of a partner, open ones only unless @include_done, by
 * due date (undated last): a GListModel of MzFollowUp with the owner's
 * name. */
GListModel *mz_follow_up_store_list_for_partner (MzStore    *store,
                                                 const char *partner_id,
                                                 gboolean    include_done,
                                                 GError    **error);

char       *mz_follow_up_store_row_json     (MzStore      *store,
                                             const char   *id,
                                             GError      **error);

G_END_DECLS

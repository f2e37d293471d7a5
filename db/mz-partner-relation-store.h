/* mz-partner-relation-store.h — the queries for typed links between partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-partner-relation.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Writes inside the caller's transaction; no audit_log row. */
gboolean    mz_partner_relation_store_insert       (MzStore            *store,
                                                    MzPartnerRelation  *relation,
                                                    GError            **error);
gboolean    mz_partner_relation_store_set_deleted  (MzStore            *store,
                                                    const char         *id,
                                                    const char         *deleted_at,
                                                    GError            **error);

/* TRUE in @exists when the same link (from, to, kind) is already there and
 * not archived. */
gboolean    mz_partner_relation_store_exists       (MzStore            *store,
                                                    const char         *from_partner_id,
                                                    const char         *to_partner_id,
                                                    const char         *kind,
                                                    gboolean           *exists,
                                                    GError            **error);

/* The links of a partner seen from it, both sides: a GListModel of
 * MzPartnerRelation whose "outgoing", "other-partner-id" and
 * "other-partner-name" tell the direction and the other end. */
GListModel *mz_partner_relation_store_list_for_partner (MzStore        *store,
                                                        const char     *partner_id,
                                                        GError        **error);

char       *mz_partner_relation_store_row_json     (MzStore            *store,
                                                    const char         *id,
                                                    GError            **error);

G_END_DECLS

/* mz-audit-history.h — reading the append-only history (audit_log)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-audit-entry.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The history of one row, oldest first: a GListModel of MzAuditEntry. */
GListModel *mz_audit_history_for_row     (MzStore     *store,
                                          const char  *table_name,
                                          const char  *row_id,
                                          GError     **error);

/* The history of a partner, newest first: the partner row and the rows of
 * its contacts, relations (both sides), interactions with their contact
 * links, and follow-ups, archived ones included. @limit 0 means all. */
GListModel *mz_audit_history_for_partner (MzStore     *store,
                                          const char  *partner_id,
                                          guint        limit,
                                          GError     **error);

G_END_DECLS

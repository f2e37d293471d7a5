/* mz-partner-service-private.h — partner writes inside a caller's transaction
 *
 * For the import, which saves many partners in one transaction with the
 * same insert and audit_log code as mz_partner_service_create().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-service.h"

G_BEGIN_DECLS

/* Inserts @partner (already validated with mz_partner_service_validate)
 * and its audit_log row; the caller holds the transaction. */
gboolean  mz_partner_service_insert_in_transaction (MzStore     *store,
                                                    MzPartner   *partner,
                                                    GError     **error);

G_END_DECLS

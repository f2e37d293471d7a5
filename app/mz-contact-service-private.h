/* mz-contact-service-private.h — contact writes inside a caller's transaction
 *
 * For the import, which saves many contacts in one transaction with the
 * same insert and audit_log code as mz_contact_service_create(), and the
 * merge, which keeps one primary contact on the survivor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact-service.h"

G_BEGIN_DECLS

/* Inserts @contact (already validated with mz_contact_service_validate)
 * and its audit_log row; when it is primary, the partner's other primary
 * contacts lose the flag (audited). The caller holds the transaction. */
gboolean  mz_contact_service_insert_in_transaction (MzStore     *store,
                                                    MzContact   *contact,
                                                    GError     **error);

/* One primary contact per partner: when @contact is primary, the other
 * live contacts of its partner that are primary lose the flag, each
 * audited as an update. The caller holds the transaction (the import,
 * the merge). */
gboolean  mz_contact_service_clear_other_primaries (MzStore     *store,
                                                    MzContact   *contact,
                                                    GError     **error);

G_END_DECLS

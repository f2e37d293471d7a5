/* mz-identity.h — which office this installation belongs to, and its user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_IDENTITY_USER_MAX 100

/* TRUE once the office and the user have been set for this database. */
gboolean  mz_identity_is_set  (MzStore     *store);

/* Stores @office_code (a code of org_unit: GS, BR, TSB, BDT, RO-AFR, …) and
 * @user_name in this database, adds the user to staff if new, and records
 * the change in audit_log, all in one transaction. A bad code or an empty or
 * overlong name is refused with MZ_STORE_ERROR_INVALID and nothing is kept. */
gboolean  mz_identity_set     (MzStore     *store,
                               const char  *office_code,
                               const char  *user_name,
                               GError     **error);

G_END_DECLS

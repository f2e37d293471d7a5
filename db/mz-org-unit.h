/* mz-org-unit.h — a unit of ITU: GS, a bureau, a regional or area office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_ORG_UNIT (mz_org_unit_get_type ())
G_DECLARE_FINAL_TYPE (MzOrgUnit, mz_org_unit, MZ, ORG_UNIT, GObject)

const char *mz_org_unit_get_id     (MzOrgUnit  *self);
const char *mz_org_unit_get_code   (MzOrgUnit  *self);
/* The English name as stored; see mz_labels_unit_name() for the UI. */
const char *mz_org_unit_get_name   (MzOrgUnit  *self);
const char *mz_org_unit_get_kind   (MzOrgUnit  *self);
const char *mz_org_unit_get_region (MzOrgUnit  *self);

/* Every unit not deleted, GS and bureaux first, then offices by code. A
 * GListModel of MzOrgUnit. */
GListModel *mz_org_unit_list       (MzStore    *store,
                                    GError    **error);

/* The unit with @code, or NULL with MZ_STORE_ERROR_NOT_FOUND. */
MzOrgUnit  *mz_org_unit_find       (MzStore    *store,
                                    const char *code,
                                    GError    **error);

G_END_DECLS

/* mz-dashboard.h — what the database holds, at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_DASHBOARD (mz_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (MzDashboard, mz_dashboard, MZ, DASHBOARD, AdwBin)

/* Counts are read again when the store is set, on "page.reload" and each
 * time the page is shown. */
MzStore *mz_dashboard_get_store (MzDashboard *self);
void     mz_dashboard_set_store (MzDashboard *self,
                                 MzStore     *store);

G_END_DECLS

/* mz-staff.h — people of the task force
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* Finds the staff member named @name in unit @unit_id, or adds one, inside
 * the caller's transaction. @id_out (may be NULL) gets the row's id. */
gboolean mz_staff_ensure (MzStore     *store,
                          const char  *name,
                          const char  *unit_id,
                          char       **id_out,
                          GError     **error);

G_END_DECLS

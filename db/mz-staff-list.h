/* mz-staff-list.h — the people of the task force, for choosers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;
  char *unit_id;
  char *unit_code;
} MzStaffEntry;

void mz_staff_entry_free (MzStaffEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzStaffEntry, mz_staff_entry_free)

/* Every staff member not deleted, by unit code then name: a GPtrArray of
 * MzStaffEntry (freed with the array). */
GPtrArray *mz_staff_list (MzStore  *store,
                          GError  **error);

G_END_DECLS

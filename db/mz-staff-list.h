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
} MzStaffMember;

void mz_staff_member_free (MzStaffMember *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzStaffMember, mz_staff_member_free)

/* Every staff member not deleted, by unit code then name: a GPtrArray of
 * MzStaffMember (freed with the array). */
GPtrArray *mz_staff_list (MzStore  *store,
                          GError  **error);

G_END_DECLS

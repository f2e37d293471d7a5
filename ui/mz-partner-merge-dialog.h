/* mz-partner-merge-dialog.h — merge a duplicate partner into another,
 * choosing the values field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_MERGE_DIALOG (mz_partner_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerMergeDialog, mz_partner_merge_dialog, MZ, PARTNER_MERGE_DIALOG, AdwWindow)

/* A dialog that merges the partner @partner_id with another one the user
 * chooses: which of the two stays, the value of each differing field, and
 * what will move. Merge runs mz_partner_merge() and emits "merged"
 * (const char *survivor_id, const char *merged_id), then closes; an error
 * is shown in the dialog and nothing is saved. NULL with @error if the
 * partner cannot be read. */
MzPartnerMergeDialog *mz_partner_merge_dialog_new (MzStore     *store,
                                                   const char  *partner_id,
                                                   GError     **error);

G_END_DECLS

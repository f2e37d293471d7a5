/* mz-partner-merge-dialog-private.h — what the tests drive in the merge
 * dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-merge.h"
#include "mz-partner-merge-dialog.h"

G_BEGIN_DECLS

/* The MzPartnerChooser of the other partner. */
GtkWidget  *_mz_partner_merge_dialog_get_chooser        (MzPartnerMergeDialog *self);
/* The check button that keeps this partner (@other FALSE) or the other. */
GtkWidget  *_mz_partner_merge_dialog_get_keep_button    (MzPartnerMergeDialog *self,
                                                         gboolean              other);
/* The toggle of @field that picks this partner's value (side 0), the
 * other's (1) or both (2, tags and notes); NULL when the field is the same
 * on both or the side does not exist. */
GtkWidget  *_mz_partner_merge_dialog_get_choice         (MzPartnerMergeDialog *self,
                                                         MzMergeField          field,
                                                         guint                 side);
GtkWidget  *_mz_partner_merge_dialog_get_merge_button   (MzPartnerMergeDialog *self);
const char *_mz_partner_merge_dialog_get_summary        (MzPartnerMergeDialog *self);
const char *_mz_partner_merge_dialog_get_error          (MzPartnerMergeDialog *self);

G_END_DECLS

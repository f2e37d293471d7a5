/* mz-partner-editor-private.h — what the tests drive in the partner editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-editor.h"

G_BEGIN_DECLS

/* The widget that edits @field, named as in the service's validation
 * errors ("name", "partner_type", "country", "lead_unit_id", …): an
 * AdwEntryRow, AdwComboRow, GtkDropDown (country) or GtkTextView (notes);
 * "sector_r", "sector_t", "sector_d" give the GtkSwitch. */
GtkWidget  *_mz_partner_editor_get_field_widget (MzPartnerEditor *self,
                                                 const char      *field);
GtkWidget  *_mz_partner_editor_get_save_button  (MzPartnerEditor *self);
/* The error shown and the field it is shown next to (NULL: above the
 * form, or no error). */
const char *_mz_partner_editor_get_error        (MzPartnerEditor *self);
const char *_mz_partner_editor_get_error_field  (MzPartnerEditor *self);
/* The region row's subtitle-less state: the region code selected. */
const char *_mz_partner_editor_get_region       (MzPartnerEditor *self);

/* The MzDuplicateBanner of likely duplicates (new partners only), and a
 * look for them now instead of after the typing pause. */
GtkWidget  *_mz_partner_editor_get_duplicates   (MzPartnerEditor *self);
void        _mz_partner_editor_check_duplicates_now (MzPartnerEditor *self);

G_END_DECLS

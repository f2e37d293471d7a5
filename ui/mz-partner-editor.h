/* mz-partner-editor.h — the window that creates or edits a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_EDITOR (mz_partner_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerEditor, mz_partner_editor, MZ, PARTNER_EDITOR, AdwWindow)

/* An editor for the partner @partner_id of @store, or for a new partner
 * when @partner_id is NULL; NULL with @error if the partner or the lists it
 * offers cannot be read. Nothing is saved until Save and the data are
 * valid; errors show next to the field they are about. Emits "saved"
 * (const char *partner_id) and closes after saving. While creating, it
 * lists likely duplicates as the user types; opening one emits
 * "open-partner" (const char *partner_id) and closes (with no handler, it
 * opens that partner's editor instead). Like any window, it
 * belongs to GTK until it is destroyed. */
MzPartnerEditor *mz_partner_editor_new (MzStore     *store,
                                        const char  *partner_id,
                                        GError     **error);

G_END_DECLS

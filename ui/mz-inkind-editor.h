/* mz-inkind-editor.h — a dialog that records an in-kind contribution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_INKIND_EDITOR (mz_inkind_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzInkindEditor, mz_inkind_editor, MZ, INKIND_EDITOR, AdwWindow)

/* A new contribution. Signal "saved" (id of the new row) after a save;
 * the dialog then closes. Errors stay in the dialog, next to the field. */
MzInkindEditor *mz_inkind_editor_new    (MzStore        *store,
                                         GtkWindow      *parent);

/* For tests: presses Save; TRUE if the contribution was saved. */
gboolean        _mz_inkind_editor_save  (MzInkindEditor *self);
/* For tests: the error shown, or NULL, and the field it names. */
const char     *_mz_inkind_editor_get_error       (MzInkindEditor *self);
const char     *_mz_inkind_editor_get_error_field (MzInkindEditor *self);
/* For tests: the partner chooser. */
GtkWidget      *_mz_inkind_editor_get_partner_chooser (MzInkindEditor *self);

G_END_DECLS

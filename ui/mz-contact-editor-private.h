/* mz-contact-editor-private.h — what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact-editor.h"

G_BEGIN_DECLS

/* The entry rows of the e-mail addresses and phone numbers, in order. */
GPtrArray  *_mz_contact_editor_get_email_rows (MzContactEditor *self);
GPtrArray  *_mz_contact_editor_get_phone_rows (MzContactEditor *self);
/* The inline error shown for @field (a column name), or NULL. */
const char *_mz_contact_editor_get_error      (MzContactEditor *self,
                                               const char      *field);
/* Saves as Ctrl+S does; FALSE if it did not (the error is shown). */
gboolean    _mz_contact_editor_save           (MzContactEditor *self);

G_END_DECLS

/* mz-contact-editor.h — the window that creates or edits a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_CONTACT_EDITOR (mz_contact_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzContactEditor, mz_contact_editor, MZ, CONTACT_EDITOR, AdwWindow)

/* A window, transient for @parent (may be NULL), that creates a contact
 * (@contact NULL) or edits a copy of @contact. @partner_id (may be NULL)
 * presets the partner of a new contact. Present it with
 * gtk_window_present(). After a successful save it emits
 * "saved" (MzContact *contact, as saved) and closes; Escape or Cancel close
 * it without saving. A forgotten contact opens read-only. */
GtkWindow *mz_contact_editor_new (GtkWindow  *parent,
                                  MzStore    *store,
                                  const char *partner_id,
                                  MzContact  *contact);

G_END_DECLS

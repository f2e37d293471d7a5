/* mz-interaction-editor.h — the window that creates or edits an interaction,
 * with its follow-ups and the coordination notice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-interaction.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_INTERACTION_EDITOR (mz_interaction_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzInteractionEditor, mz_interaction_editor, MZ, INTERACTION_EDITOR, AdwWindow)

/* A window, transient for @parent (may be NULL), that creates an
 * interaction (@interaction NULL) or edits a copy of @interaction.
 * @partner_id (may be NULL) presets the partner of a new one; @planned
 * makes a new one a planned approach (status planned, dated a week ahead)
 * rather than a record of something done today. The unit defaults to this
 * office and the staff member to this user.
 *
 * Whenever the partner is chosen the editor shows which other units are
 * engaging it (planned, or within MZ_COORDINATION_DAYS), and before saving
 * a planned approach it asks “Save Anyway” / “Cancel” if there are any.
 *
 * After a successful save it emits "saved" (MzInteraction *interaction, as
 * saved) and closes; Escape or Cancel close it without saving. */
GtkWindow *mz_interaction_editor_new (GtkWindow     *parent,
                                      MzStore       *store,
                                      const char    *partner_id,
                                      MzInteraction *interaction,
                                      gboolean       planned);

G_END_DECLS

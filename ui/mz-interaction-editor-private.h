/* mz-interaction-editor-private.h — what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-interaction-editor.h"

G_BEGIN_DECLS

/* The coordination notice as shown (heading, a new line, the body), or
 * NULL while it is hidden. */
char       *_mz_interaction_editor_get_notice_text    (MzInteractionEditor *self);
/* The "Other units are engaging this partner" dialog while it is open. */
GtkWindow  *_mz_interaction_editor_get_confirm_dialog (MzInteractionEditor *self);
/* The check buttons of the participants, in the order of the partner's
 * contacts; "mz-contact-id" data on each holds the contact's id. */
GPtrArray  *_mz_interaction_editor_get_participant_checks (MzInteractionEditor *self);
/* The inline error shown for @field (a column name), or NULL. */
const char *_mz_interaction_editor_get_error          (MzInteractionEditor *self,
                                                       const char          *field);
/* Adds a follow-up as the Add popover does; saved with the interaction. */
void        _mz_interaction_editor_add_follow_up      (MzInteractionEditor *self,
                                                       const char          *title,
                                                       const char          *due_date);

G_END_DECLS

/* mz-commitment-editor.h — the window that creates or edits a commitment
 * with its allocations, schedule and payments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_COMMITMENT_EDITOR (mz_commitment_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzCommitmentEditor, mz_commitment_editor, MZ, COMMITMENT_EDITOR, AdwWindow)

/* The editor of @commitment_id, or of a new commitment when NULL; NULL
 * with @error when it cannot be read. Signal "saved" (commitment id) after
 * each save; nothing is saved until every field is valid. */
GtkWindow  *mz_commitment_editor_new            (MzStore            *store,
                                                 const char         *commitment_id,
                                                 GError            **error);

/* The commitment's id, NULL until a new one is saved. */
const char *mz_commitment_editor_get_commitment_id (MzCommitmentEditor *self);

G_END_DECLS

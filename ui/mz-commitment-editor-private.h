/* mz-commitment-editor-private.h — what the tests drive in the
 * commitment editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-commitment-editor.h"

G_BEGIN_DECLS

/* The widgets of allocation line @index (0-based); FALSE if none. */
gboolean    _mz_commitment_editor_get_allocation (MzCommitmentEditor *self,
                                                  guint               index,
                                                  GtkDropDown       **unit,
                                                  GtkDropDown       **initiative,
                                                  GtkEditable       **share,
                                                  GtkDropDown       **mode);
/* Selects @code in the currency row. */
void        _mz_commitment_editor_select_currency (MzCommitmentEditor *self,
                                                   const char         *code);
/* The text of the allocations' indicator ("Adds up to 100 %"). */
const char *_mz_commitment_editor_get_allocation_total (MzCommitmentEditor *self);
/* The open payment editor, or NULL. */
GtkWindow  *_mz_commitment_editor_get_payment_editor (MzCommitmentEditor *self);

G_END_DECLS

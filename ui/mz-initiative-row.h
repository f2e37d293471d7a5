/* mz-initiative-row.h — one initiative of the Initiatives section: its
 * progress and what the table shows of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "mz-currency-totals.h"
#include "mz-initiative-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_INITIATIVE_ROW (mz_initiative_row_get_type ())
G_DECLARE_FINAL_TYPE (MzInitiativeRow, mz_initiative_row, MZ, INITIATIVE_ROW, GObject)

/* Takes @progress and @initiative; @lead_code may be NULL. @depth is 0
 * for a top initiative, 1 for its sub-initiatives… */
MzInitiativeRow            *mz_initiative_row_new            (MzInitiativeProgress *progress,
                                                              MzInitiative         *initiative,
                                                              const char           *lead_code,
                                                              guint                 depth);

const MzInitiativeProgress *mz_initiative_row_get_progress   (MzInitiativeRow *self);
const MzInitiative         *mz_initiative_row_get_initiative (MzInitiativeRow *self);
const char                 *mz_initiative_row_get_lead_code  (MzInitiativeRow *self);
guint                       mz_initiative_row_get_depth      (MzInitiativeRow *self);

/* Signed ÷ target, 0 … 1 (may exceed 1); -1 without a target. */
double                      mz_initiative_row_get_funded     (MzInitiativeRow *self);

G_END_DECLS

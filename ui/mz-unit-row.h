/* mz-unit-row.h — an AdwComboRow listing the units of ITU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

/* Fills @row with the units of @store, shown by their translated names. */
gboolean    mz_unit_row_set_store (AdwComboRow  *row,
                                   MzStore      *store,
                                   GError      **error);

/* Selects the unit with @code; unknown codes leave the selection alone. */
void        mz_unit_row_select    (AdwComboRow  *row,
                                   const char   *code);

/* The code of the selected unit, or NULL. */
const char *mz_unit_row_get_code  (AdwComboRow  *row);

G_END_DECLS

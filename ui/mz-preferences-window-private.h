/* mz-preferences-window-private.h — parts the tests fill in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-preferences-window.h"

G_BEGIN_DECLS

AdwComboRow  *_mz_preferences_window_get_unit_row (MzPreferencesWindow *self);
AdwEntryRow  *_mz_preferences_window_get_name_row (MzPreferencesWindow *self);
AdwActionRow *_mz_preferences_window_get_path_row (MzPreferencesWindow *self);

G_END_DECLS

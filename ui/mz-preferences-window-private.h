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

/* The entry of the minimum amount of a commitment kind (MzMoneyEntry),
 * and the last reason a minimum was refused (NULL after a save). */
GtkWidget    *_mz_preferences_window_get_threshold_entry (MzPreferencesWindow *self,
                                                          const char          *kind);
const char   *_mz_preferences_window_get_threshold_error (MzPreferencesWindow *self);

G_END_DECLS

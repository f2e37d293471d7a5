/* mz-preferences-window.h — this installation's office, user and database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PREFERENCES_WINDOW (mz_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MzPreferencesWindow, mz_preferences_window, MZ, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Emits "identity-changed" after the office or the user changed. */
MzPreferencesWindow *mz_preferences_window_new (MzStore *store);

G_END_DECLS

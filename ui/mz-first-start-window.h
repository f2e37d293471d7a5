/* mz-first-start-window.h — choose the office and the user of a new database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_FIRST_START_WINDOW (mz_first_start_window_get_type ())
G_DECLARE_FINAL_TYPE (MzFirstStartWindow, mz_first_start_window, MZ, FIRST_START_WINDOW, AdwWindow)

/* Emits "identity-set" (gboolean load_sample) once the office and the user
 * are stored in @store, then closes. */
MzFirstStartWindow *mz_first_start_window_new (MzStore *store);

G_END_DECLS

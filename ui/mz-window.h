/* mz-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-application.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_WINDOW (mz_window_get_type ())
G_DECLARE_FINAL_TYPE (MzWindow, mz_window, MZ, WINDOW, AdwApplicationWindow)

/* @store may be NULL when opening failed; @error then says why. */
MzWindow *mz_window_new (MzApplication *app,
                         MzStore       *store,
                         const GError  *error);

G_END_DECLS

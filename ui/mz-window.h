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

/* A window without a database; open one with mz_window_open_database().
 * @app may be NULL (tests). */
MzWindow *mz_window_new           (MzApplication *app);

/* Opens the database at @path (NULL: the default one) in this window and
 * remembers it as the last database. On failure the current database stays
 * open and the error is shown; without one, the window shows the error with
 * ways out. The file is never changed when it cannot be opened. */
gboolean  mz_window_open_database (MzWindow      *self,
                                   const char    *path);

/* Shows @store in this window, replacing the current database. */
void      mz_window_set_store     (MzWindow      *self,
                                   MzStore       *store);

/* The database shown, or NULL when none could be opened. */
MzStore  *mz_window_get_store     (MzWindow      *self);

/* Shows a short message at the bottom of the window; takes @toast. */
void      mz_window_add_toast     (MzWindow      *self,
                                   AdwToast      *toast);

G_END_DECLS

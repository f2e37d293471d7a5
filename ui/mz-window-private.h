/* mz-window-private.h — parts of the main window the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-window.h"

G_BEGIN_DECLS

/* The first-start window while it is open, else NULL. */
GtkWindow      *_mz_window_get_first_start   (MzWindow *self);
/* The open preferences window, else NULL. */
GtkWindow      *_mz_window_get_preferences   (MzWindow *self);
/* "main" or "error". */
const char     *_mz_window_get_mode          (MzWindow *self);
AdwStatusPage  *_mz_window_get_error_page    (MzWindow *self);
GtkStack       *_mz_window_get_content_stack (MzWindow *self);
AdwWindowTitle *_mz_window_get_content_title (MzWindow *self);
GtkListBox     *_mz_window_get_sidebar       (MzWindow *self);
GtkLabel       *_mz_window_get_office_badge  (MzWindow *self);
GtkSearchBar   *_mz_window_get_search_bar    (MzWindow *self);
/* The title of the last toast shown, or NULL. */
const char     *_mz_window_get_last_toast    (MzWindow *self);

G_END_DECLS

/* mz-first-start-window-private.h — parts the tests fill in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-first-start-window.h"

G_BEGIN_DECLS

AdwComboRow *_mz_first_start_window_get_unit_row     (MzFirstStartWindow *self);
AdwEntryRow *_mz_first_start_window_get_name_row     (MzFirstStartWindow *self);
GtkSwitch   *_mz_first_start_window_get_sample_switch (MzFirstStartWindow *self);
GtkButton   *_mz_first_start_window_get_start_button (MzFirstStartWindow *self);
/* The inline error, or NULL when none is shown. */
const char  *_mz_first_start_window_get_error        (MzFirstStartWindow *self);

G_END_DECLS

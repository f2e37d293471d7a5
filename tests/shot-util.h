/* shot-util.h — what the screenshot tools (shot-*.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds. */
void  wait_ms     (guint       ms);

/* Renders @window as it is now into DIR/NAME (PNG) and prints the path. */
void  save_window (GtkWidget  *window,
                   const char *dir,
                   const char *name);

G_END_DECLS

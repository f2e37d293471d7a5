/* mz-partner-columns.h — the columns of the partner table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Appends the columns (name, type, country, region, status, lead unit,
 * account manager) to @view, each sortable, and sorts by name. Each cell
 * widget the factories create adds one to *@n_cells (for the tests: the
 * table must recycle its rows, not make one per partner). */
void mz_partner_columns_add (GtkColumnView *view,
                             guint         *n_cells);

G_END_DECLS

/* mz-partner-columns.h — the columns of the partner table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mz-partner.h"

G_BEGIN_DECLS

/* Makes what sorting @partner by name needs; thread-safe, for the thread
 * that loads the partners, so that the table sorts at once. */
void mz_partner_columns_prepare (MzPartner     *partner);

/* Appends the columns (name, type, country, region, status, lead unit,
 * account manager) to @view, each sortable, and sorts by name. Each cell
 * widget the factories create adds one to *@n_cells (for the tests: the
 * table must recycle its rows, not make one per partner). */
void mz_partner_columns_add (GtkColumnView *view,
                             guint         *n_cells);

G_END_DECLS

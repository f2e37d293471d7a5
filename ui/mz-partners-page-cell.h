/* mz-partners-page-cell.h — a cell of the Partners table: one line of
 * text laid out only when drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MZ_TYPE_PARTNERS_PAGE_CELL (mz_partners_page_cell_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnersPageCell, mz_partners_page_cell, MZ, PARTNERS_PAGE_CELL, GtkWidget)

/* A cell asking for room for @nat_chars characters (at least
 * @min_chars) on one line, ellipsized at the end. */
GtkWidget  *mz_partners_page_cell_new        (int                 min_chars,
                                              int                 nat_chars);
/* Shows @text (NULL: nothing); with @markup TRUE, Pango markup. */
void        mz_partners_page_cell_set_text   (MzPartnersPageCell *self,
                                              const char         *text,
                                              gboolean            markup);
const char *mz_partners_page_cell_get_text   (MzPartnersPageCell *self);

/* For the tests: how many times cells were drawn. */
guint       mz_partners_page_cell_get_n_drawn (void);

G_END_DECLS

/* mz-column-sort.h — which column a GtkColumnView sorts by, for lists that
 * are sorted elsewhere (in SQL or in a worker thread)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A sorter to give a column (gtk_column_view_column_set_sorter) so that
 * its header sorts; it never orders anything itself. @column is any
 * number the caller uses for the column, 0 or more. */
GtkSorter *mz_column_sort_marker (int            column);

/* The column the user sorts by first and its direction, as given to
 * mz_column_sort_marker(); FALSE when no column sorts. GTK 4.8 has no
 * gtk_column_view_sorter_get_primary_sort_column() (it came in 4.10). */
gboolean   mz_column_sort_read   (GtkColumnView *view,
                                  int           *column,
                                  gboolean      *descending);

G_END_DECLS

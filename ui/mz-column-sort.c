/* mz-column-sort.c — which column a GtkColumnView sorts by, for lists that
 * are sorted elsewhere (in SQL or in a worker thread)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column view's sorter compares two items with the sorter of its
 * primary column first and turns the answer round when that column sorts
 * descending; only when they tie does it ask the next column. Each marker
 * answers "smaller" and notes its column, so comparing two dummy objects
 * once tells the primary column and its direction. Main thread only.
 */
#define G_LOG_DOMAIN "mz-column-sort"

#include "config.h"

#include "mz-column-sort.h"

static int probed_column = -1;

static int
marker_compare (gconstpointer a,
                gconstpointer b,
                gpointer      column)
{
  if (probed_column < 0)
    probed_column = GPOINTER_TO_INT (column);
  return -1;
}

GtkSorter *
mz_column_sort_marker (int column)
{
  g_return_val_if_fail (column >= 0, NULL);

  return GTK_SORTER (gtk_custom_sorter_new (marker_compare, GINT_TO_POINTER (column), NULL));
}

gboolean
mz_column_sort_read (GtkColumnView *view,
                     int           *column,
                     gboolean      *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);

  probed_column = -1;
  order = gtk_sorter_compare (gtk_column_view_get_sorter (view), a, b);
  if (probed_column < 0)
    return FALSE;

  *column = probed_column;
  *descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}

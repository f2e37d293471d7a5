/* mz-partners-page-rows.h — the rows the Partners table shows: all the
 * sorted partners, or those a search found, swapped in one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MZ_TYPE_PARTNERS_PAGE_ROWS (mz_partners_page_rows_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnersPageRows, mz_partners_page_rows, MZ, PARTNERS_PAGE_ROWS, GObject)

/* A GListModel of the items of @sorted: all of them, following its
 * changes, or, once given a subset, the subset's items only. */
MzPartnersPageRows *mz_partners_page_rows_new          (GListModel         *sorted);

/* Shows @subset (takes it; a GPtrArray of items of @sorted, in the order
 * to show, freeing its items), or all of @sorted if NULL, in one
 * "items-changed": the main thread does no work per item, whatever the
 * number of rows, and a view updates only the rows it shows. */
void                mz_partners_page_rows_set_subset   (MzPartnersPageRows *self,
                                                        GPtrArray          *subset);
gboolean            mz_partners_page_rows_has_subset   (MzPartnersPageRows *self);

/* The items of @sorted in its order (a new reference to an array no one
 * changes: a worker thread may read it). Made once after each change of
 * @sorted, then shared. */
GPtrArray          *mz_partners_page_rows_dup_sorted   (MzPartnersPageRows *self);

/* Removes @item from the subset shown, if there (e.g. a partner archived
 * while a search is shown). */
void                mz_partners_page_rows_remove       (MzPartnersPageRows *self,
                                                        gpointer            item);

G_END_DECLS

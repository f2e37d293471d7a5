/* mz-paged-model.h — a list of rows read from the database a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_PAGED_MODEL_PAGE 100

/* Reads the rows @rowids[0 .. @n - 1] of one table, in that order: a
 * GPtrArray of objects (e.g. mz_contact_list_fetch()). */
typedef GPtrArray *(*MzPagedModelFetch) (MzStore       *store,
                                         const gint64  *rowids,
                                         guint          n,
                                         GError       **error);

#define MZ_TYPE_PAGED_MODEL (mz_paged_model_get_type ())
G_DECLARE_FINAL_TYPE (MzPagedModel, mz_paged_model, MZ, PAGED_MODEL, GObject)

/* A GListModel of @item_type over the rowids set with
 * mz_paged_model_set_rowids(): it holds 8 bytes per row and reads the rows
 * a view asks for with @fetch from @store, MZ_PAGED_MODEL_PAGE at a time,
 * keeping the last few pages. */
MzPagedModel *mz_paged_model_new            (MzStore           *store,
                                             GType              item_type,
                                             MzPagedModelFetch  fetch);

/* Shows the rows @rowids (gint64, in order); takes @rowids. */
void          mz_paged_model_set_rowids     (MzPagedModel      *self,
                                             GArray            *rowids);
/* As mz_paged_model_set_rowids(), with the rows of its first pages
 * already read (@first: the items of @rowids[0 ..], a multiple of
 * MZ_PAGED_MODEL_PAGE or all of them; taken), e.g. in the worker thread
 * that read @rowids: the rows a view shows first need no query on the
 * main thread. */
void          mz_paged_model_set_rowids_and_rows (MzPagedModel *self,
                                                  GArray       *rowids,
                                                  GPtrArray    *first);

/* Forgets the pages read, e.g. after a row changed. */
void          mz_paged_model_invalidate     (MzPagedModel      *self);

/* How many rows were read from the database so far (for tests). */
guint         mz_paged_model_get_n_fetched  (MzPagedModel      *self);

G_END_DECLS

/* mz-list-loader.h — the rows of a long table, read in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mz-paged-model.h"
#include "mz-worker.h"

G_BEGIN_DECLS

#define MZ_TYPE_LIST_LOADER (mz_list_loader_get_type ())
G_DECLARE_FINAL_TYPE (MzListLoader, mz_list_loader, MZ, LIST_LOADER, GObject)

/* What a table over a big table of the database shares: the rows it
 * shows (an MzPagedModel of @item_type read with @fetch from @store),
 * the slots that keep the rows' cells while the rows change
 * (mz-slot-model.h), a single selection over them, and loading the rowids
 * to show in a worker thread, the last load winning.
 *
 * MzListLoader::loaded (const GError *error) is emitted when a load
 * ends: @error NULL when the rows are shown (the selection is cleared:
 * other items are in its rows), else why they could not be read. */
MzListLoader       *mz_list_loader_new           (MzStore           *store,
                                                  GType              item_type,
                                                  MzPagedModelFetch  fetch);

/* The rows shown, in order (a GListModel of the item type). */
MzPagedModel       *mz_list_loader_get_model     (MzListLoader      *self);
/* For the column view: a selection over slots (MzRowSlot). */
GtkSingleSelection *mz_list_loader_get_selection (MzListLoader      *self);
/* The item selected (borrowed), or NULL. */
gpointer            mz_list_loader_get_selected  (MzListLoader      *self);
/* The item at @position of the view (owned by the caller), or NULL. */
gpointer            mz_list_loader_dup_item      (MzListLoader      *self,
                                                  guint              position);

/* Reads the rowids to show with @func (@job) in a worker thread on a
 * connection of its own (@func returns a GArray of gint64), cancelling a
 * load still running; @job_free frees @job. */
void                mz_list_loader_load          (MzListLoader      *self,
                                                  MzWorkerFunc       func,
                                                  gpointer           job,
                                                  GDestroyNotify     job_free);
/* Forgets a load still running: its result is dropped. */
void                mz_list_loader_cancel        (MzListLoader      *self);
gboolean            mz_list_loader_is_loading    (MzListLoader      *self);
/* TRUE once a load showed its rows. */
gboolean            mz_list_loader_is_loaded     (MzListLoader      *self);

/* Shows @spinner turning once it has been @busy for a moment without
 * being shown, hides it at once when not: a search typed a key at a time
 * restarts its load on each key, and a turning spinner has the window
 * drawn anew every frame (tens of ms a keystroke with the cairo
 * renderer). Call with FALSE on a keystroke to hide it while typing. */
void                mz_list_loader_show_busy     (GtkSpinner        *spinner,
                                                  gboolean           busy);

G_END_DECLS

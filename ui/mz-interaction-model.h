/* mz-interaction-model.h — a list of interactions read a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_INTERACTION_MODEL_PAGE 100

#define MZ_TYPE_INTERACTION_MODEL (mz_interaction_model_get_type ())
G_DECLARE_FINAL_TYPE (MzInteractionModel, mz_interaction_model, MZ, INTERACTION_MODEL, GObject)

/* A GListModel of MzInteraction over the rowids set with
 * mz_interaction_model_set_rowids(): it holds 8 bytes per row and reads
 * the rows a view asks for from @store, MZ_INTERACTION_MODEL_PAGE at a
 * time, keeping the last few pages. */
MzInteractionModel *mz_interaction_model_new            (MzStore            *store);

/* Shows the rows @rowids (gint64, in order); takes @rowids. */
void                mz_interaction_model_set_rowids     (MzInteractionModel *self,
                                                         GArray             *rowids);

/* Forgets the pages read, e.g. after a row changed. */
void                mz_interaction_model_invalidate     (MzInteractionModel *self);

/* How many rows were read from the database so far (for tests). */
guint               mz_interaction_model_get_n_fetched  (MzInteractionModel *self);

G_END_DECLS

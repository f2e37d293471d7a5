/* mz-slot-model.h — a list whose rows keep their widgets when it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mz-row-slot.h"

G_BEGIN_DECLS

#define MZ_TYPE_SLOT_MODEL (mz_slot_model_get_type ())
G_DECLARE_FINAL_TYPE (MzSlotModel, mz_slot_model, MZ, SLOT_MODEL, GObject)

/* A GListModel of MzRowSlot over @model: the slot at a position stays the
 * same object while the item in it follows @model. When @model changes
 * (a search, a filter, a sort, a reload), the slots a view holds get their
 * new items, and only a change in the number of rows is signalled: GTK 4.8
 * makes new cells for every new item it is given (about 200 rows of them
 * on each keystroke), but keeps the cells of items it already has. */
MzSlotModel *mz_slot_model_new         (GListModel  *model);
GListModel  *mz_slot_model_get_model   (MzSlotModel *self);

typedef void (*MzSlotRebind) (GtkListItemFactory *factory,
                              GtkListItem        *list_item,
                              gpointer            user_data);

/* For a factory's "bind" handler @rebind: the item @list_item shows (the
 * slot's item if it is an MzRowSlot) and, for a slot, @rebind (@factory,
 * @list_item, @user_data) is called again whenever the slot's item
 * changes, until the factory's "unbind" calls mz_slot_model_unbind(). */
gpointer     mz_slot_model_bind        (GtkListItemFactory *factory,
                                        GtkListItem        *list_item,
                                        MzSlotRebind        rebind,
                                        gpointer            user_data);
void         mz_slot_model_unbind      (GtkListItem        *list_item);

/* Shows every row of the model now, without the remaining steps: e.g.
 * before selecting a row far down. */
void         mz_slot_model_flush       (MzSlotModel        *self);

/* Shows @model (may be NULL) in @view while @view is mapped, and no
 * model while it is not: a table in a section or tab not shown keeps no
 * rows of cells (GTK 4.8 keeps some 200 rows of them whatever the
 * screen shows) and has none to update when its rows change. Where the
 * view was scrolled to is restored when it shows again. Use instead of
 * gtk_column_view_set_model(). */
void         mz_slot_model_show_in_view (GtkColumnView     *view,
                                         GtkSelectionModel *model);

/* How many slots were made so far (for the tests). */
guint        mz_slot_model_get_n_made  (MzSlotModel *self);

G_END_DECLS

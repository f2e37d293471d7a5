/* mz-row-slot.h — a row of a table whose item changes in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_ROW_SLOT (mz_row_slot_get_type ())
G_DECLARE_FINAL_TYPE (MzRowSlot, mz_row_slot, MZ, ROW_SLOT, GObject)

/* A row of an MzSlotModel: the item shown at its position, which changes
 * (MzRowSlot:item notifies) when the list under it does. */
MzRowSlot *mz_row_slot_new      (gpointer   item);
/* The item (borrowed), or NULL. */
gpointer   mz_row_slot_get_item (MzRowSlot *self);
void       mz_row_slot_set_item (MzRowSlot *self,
                                 gpointer   item);

/* The item of @object if it is an MzRowSlot, else @object itself. */
gpointer   mz_row_slot_unwrap   (gpointer   object);

G_END_DECLS

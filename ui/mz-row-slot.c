/* mz-row-slot.c — a row of a table whose item changes in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-row-slot"

#include "config.h"

#include "mz-row-slot.h"

struct _MzRowSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (MzRowSlot, mz_row_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_row_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MzRowSlot *self = MZ_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_row_slot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MzRowSlot *self = MZ_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      mz_row_slot_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_row_slot_finalize (GObject *object)
{
  g_clear_object (&MZ_ROW_SLOT (object)->item);

  G_OBJECT_CLASS (mz_row_slot_parent_class)->finalize (object);
}

static void
mz_row_slot_class_init (MzRowSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mz_row_slot_get_property;
  object_class->set_property = mz_row_slot_set_property;
  object_class->finalize = mz_row_slot_finalize;

  /**
   * MzRowSlot:item:
   *
   * The item shown in this row.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_row_slot_init (MzRowSlot *self)
{
}

MzRowSlot *
mz_row_slot_new (gpointer item)
{
  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), NULL);

  return g_object_new (MZ_TYPE_ROW_SLOT, "item", item, NULL);
}

gpointer
mz_row_slot_get_item (MzRowSlot *self)
{
  g_return_val_if_fail (MZ_IS_ROW_SLOT (self), NULL);
  return self->item;
}

void
mz_row_slot_set_item (MzRowSlot *self,
                      gpointer   item)
{
  g_return_if_fail (MZ_IS_ROW_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

gpointer
mz_row_slot_unwrap (gpointer object)
{
  if (object != NULL && MZ_IS_ROW_SLOT (object))
    return MZ_ROW_SLOT (object)->item;
  return object;
}

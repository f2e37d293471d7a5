/* mz-slot-model.c — a list whose rows keep their widgets when it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view asks for the rows it shows; each gets a slot, kept in @slots by
 * its position (a few hundred, however long the list). When the model under it changes from a position on, the
 * slots from there take their new items and the view is told only that
 * rows were added or removed at the end. Slots nobody else holds any more
 * are dropped on the way, so that scrolling through a long list does not
 * leave one behind per row.
 */
#define G_LOG_DOMAIN "mz-slot-model"

#include "config.h"

#include "mz-slot-model.h"

struct _MzSlotModel
{
  GObject     parent_instance;

  GListModel *model;
  GHashTable *slots;     /* position → MzRowSlot, for the rows handed out */
  guint       n_items;
  guint       n_made;
};

static void mz_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MzSlotModel, mz_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mz_slot_model_list_model_init))

static void
on_items_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     MzSlotModel *self)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (model);
  /* Where items stop moving: after a same-size change, its end. */
  guint end = removed == added ? position + added : MIN (old_n, new_n);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint i = GPOINTER_TO_UINT (key);
      MzRowSlot *slot = value;

      if (i < position)
        continue;

      /* Past the end, or held by nobody but this model: not needed. */
      if (i >= new_n || G_OBJECT (slot)->ref_count == 1)
        {
          g_hash_table_iter_remove (&iter);
          continue;
        }

      if (i < end)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          mz_row_slot_set_item (slot, item);
        }
    }

  self->n_items = new_n;

  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  else if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
}

/* GListModel */

static GType
mz_slot_model_get_item_type (GListModel *model)
{
  return MZ_TYPE_ROW_SLOT;
}

static guint
mz_slot_model_get_n_items (GListModel *model)
{
  return MZ_SLOT_MODEL (model)->n_items;
}

static gpointer
mz_slot_model_get_item (GListModel *model,
                        guint       position)
{
  MzSlotModel *self = MZ_SLOT_MODEL (model);
  MzRowSlot *slot;

  if (position >= self->n_items)
    return NULL;

  slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position));
  if (slot == NULL)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, position);

      slot = mz_row_slot_new (item);
      g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);
      self->n_made++;
    }

  return g_object_ref (slot);
}

static void
mz_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mz_slot_model_get_item_type;
  iface->get_n_items = mz_slot_model_get_n_items;
  iface->get_item = mz_slot_model_get_item;
}

/* GObject */

static void
mz_slot_model_dispose (GObject *object)
{
  MzSlotModel *self = MZ_SLOT_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mz_slot_model_parent_class)->dispose (object);
}

static void
mz_slot_model_finalize (GObject *object)
{
  g_hash_table_unref (MZ_SLOT_MODEL (object)->slots);

  G_OBJECT_CLASS (mz_slot_model_parent_class)->finalize (object);
}

static void
mz_slot_model_class_init (MzSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mz_slot_model_dispose;
  object_class->finalize = mz_slot_model_finalize;
}

static void
mz_slot_model_init (MzSlotModel *self)
{
  self->slots = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

/* Public API */

MzSlotModel *
mz_slot_model_new (GListModel *model)
{
  MzSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (MZ_TYPE_SLOT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}

GListModel *
mz_slot_model_get_model (MzSlotModel *self)
{
  g_return_val_if_fail (MZ_IS_SLOT_MODEL (self), NULL);
  return self->model;
}

typedef struct
{
  GtkListItemFactory *factory;
  MzSlotRebind        rebind;
  gpointer            user_data;
  MzRowSlot          *slot;
} Binding;

static void
on_slot_item_cb (MzRowSlot   *slot,
                 GParamSpec  *pspec,
                 GtkListItem *list_item)
{
  Binding *binding = g_object_get_data (G_OBJECT (list_item), "mz-slot-binding");

  if (binding != NULL)
    binding->rebind (binding->factory, list_item, binding->user_data);
}

gpointer
mz_slot_model_bind (GtkListItemFactory *factory,
                    GtkListItem        *list_item,
                    MzSlotRebind        rebind,
                    gpointer            user_data)
{
  gpointer object = gtk_list_item_get_item (list_item);
  Binding *binding = g_object_get_data (G_OBJECT (list_item), "mz-slot-binding");

  if (MZ_IS_ROW_SLOT (object) && (binding == NULL || binding->slot != object))
    {
      mz_slot_model_unbind (list_item);
      binding = g_new0 (Binding, 1);
      binding->factory = factory;
      binding->rebind = rebind;
      binding->user_data = user_data;
      binding->slot = object;
      g_object_set_data_full (G_OBJECT (list_item), "mz-slot-binding", binding, g_free);
      g_signal_connect (object, "notify::item", G_CALLBACK (on_slot_item_cb), list_item);
    }

  return mz_row_slot_unwrap (object);
}

void
mz_slot_model_unbind (GtkListItem *list_item)
{
  Binding *binding = g_object_get_data (G_OBJECT (list_item), "mz-slot-binding");

  if (binding == NULL)
    return;
  g_signal_handlers_disconnect_by_func (binding->slot, on_slot_item_cb, list_item);
  g_object_set_data (G_OBJECT (list_item), "mz-slot-binding", NULL);
}

guint
mz_slot_model_get_n_made (MzSlotModel *self)
{
  g_return_val_if_fail (MZ_IS_SLOT_MODEL (self), 0);
  return self->n_made;
}

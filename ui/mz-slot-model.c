/* mz-slot-model.c — a list whose rows keep their widgets when it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view asks for the rows it shows; each gets a slot, kept in @slots by
 * its position (a few hundred, however long the list). When the model
 * under it changes from a position on, the slots from there take their
 * new items and the view is told only that rows were added or removed at
 * the end, the rows with widgets a step at a time (rows past the new end
 * show nothing meanwhile). Slots nobody else holds any more are dropped on
 * the way, so that scrolling through a long list does not leave one
 * behind per row.
 */
#define G_LOG_DOMAIN "mz-slot-model"

#include "config.h"

#include <gtk/gtk.h>

#include "mz-slot-model.h"

struct _MzSlotModel
{
  GObject     parent_instance;

  GListModel *model;
  GHashTable *slots;     /* position → MzRowSlot, for the rows handed out */
  guint       n_items;   /* shown: the model's, or on the way to it */
  guint       n_made;
  guint       step_source;
};

static void mz_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MzSlotModel, mz_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mz_slot_model_list_model_init))

/* Rows GTK 4.8 keeps widgets for: at most about 200 around the top of
 * what is shown. Rows past them cost nothing to add or remove. */
#define WIDGET_ROWS 256
/* Rows with widgets added or removed in one step, a frame's work. */
#define STEP_ROWS 40

static gboolean step_cb (gpointer data);

/* The highest position of a slot a view holds, from @from on; or @from. */
static guint
held_end (MzSlotModel *self,
          guint        from)
{
  GHashTableIter iter;
  gpointer key, value;
  guint end = from;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (key) >= from && G_OBJECT (value)->ref_count > 1)
      end = MAX (end, GPOINTER_TO_UINT (key) + 1);
  return end;
}

/* Forgets the slots of rows no longer shown. */
static void
prune (MzSlotModel *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (GPOINTER_TO_UINT (key) >= self->n_items)
      g_hash_table_iter_remove (&iter);
}

/* Brings the number of rows shown a step closer to the model's: rows
 * that get or lose widgets STEP_ROWS at a time, one step a frame, so that
 * a search that empties or fills the table never makes or destroys some
 * 200 rows of cells at once. Returns TRUE when there is more to do. */
static gboolean
step (MzSlotModel *self)
{
  guint target = g_list_model_get_n_items (self->model);
  guint n = self->n_items;

  if (target > n)
    {
      guint add = n < WIDGET_ROWS ? MIN (target - n, STEP_ROWS) : target - n;

      self->n_items += add;
      g_list_model_items_changed (G_LIST_MODEL (self), n, 0, add);
    }
  else if (target < n)
    {
      /* Blank rows no view holds go at once, held ones a step at a time. */
      guint end = held_end (self, target);
      guint keep = end > target ? MAX (target, end - MIN (end - target, STEP_ROWS)) : target;

      self->n_items = keep;
      g_list_model_items_changed (G_LIST_MODEL (self), keep, n - keep, 0);
      prune (self);
    }

  return self->n_items != target;
}

static gboolean
step_cb (gpointer data)
{
  MzSlotModel *self = data;

  if (step (self))
    return G_SOURCE_CONTINUE;
  self->step_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     MzSlotModel *self)
{
  guint new_n = g_list_model_get_n_items (model);
  /* Where items stop moving: after a same-size change, its end. */
  guint end = removed == added ? position + added : G_MAXUINT;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint i = GPOINTER_TO_UINT (key);
      MzRowSlot *slot = value;

      if (i < position)
        continue;

      /* Held by nobody but this model: not needed. */
      if (G_OBJECT (slot)->ref_count == 1)
        {
          g_hash_table_iter_remove (&iter);
          continue;
        }

      /* Past the new end: blank until its row goes. */
      if (i >= new_n)
        mz_row_slot_set_item (slot, NULL);
      else if (i < end)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          mz_row_slot_set_item (slot, item);
        }
    }

  if (step (self) && self->step_source == 0)
    /* After the frame that shows this step. */
    self->step_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, step_cb, self, NULL);
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
      /* NULL for a row on its way out: blank. */
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

  g_clear_handle_id (&self->step_source, g_source_remove);
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

void
mz_slot_model_flush (MzSlotModel *self)
{
  g_return_if_fail (MZ_IS_SLOT_MODEL (self));

  g_clear_handle_id (&self->step_source, g_source_remove);
  while (step (self))
    ;
}

typedef struct
{
  GtkSelectionModel *model;
  double             value;   /* of the vertical scroll when hidden */
  guint              tick;
  guint              n_ticks;
} ViewModel;

static void
view_model_free (gpointer data)
{
  ViewModel *vm = data;

  g_clear_object (&vm->model);
  g_free (vm);
}

/* The rows' height is known a frame or two after they show, and GTK
 * 4.8 puts a new model at its top on its first frames: the value is set
 * again on the first frames and until it stays. */
#define RESTORE_TICKS 10
#define SETTLE_TICKS 3

static gboolean
restore_scroll_cb (GtkWidget     *view,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  ViewModel *vm = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  if (adjustment != NULL && ++vm->n_ticks < RESTORE_TICKS &&
      (vm->n_ticks <= SETTLE_TICKS || ABS (gtk_adjustment_get_value (adjustment) - vm->value) >= 1))
    {
      gtk_adjustment_set_value (adjustment, vm->value);
      return G_SOURCE_CONTINUE;
    }

  vm->tick = 0;
  return G_SOURCE_REMOVE;
}

static void
on_view_map_cb (GtkWidget *view,
                ViewModel *vm)
{
  if (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)) != vm->model)
    gtk_column_view_set_model (GTK_COLUMN_VIEW (view), vm->model);
  if (vm->value > 0 && vm->tick == 0)
    {
      vm->n_ticks = 0;
      vm->tick = gtk_widget_add_tick_callback (view, restore_scroll_cb, vm, NULL);
    }
}

static void
on_view_unmap_cb (GtkWidget *view,
                  ViewModel *vm)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  if (vm->tick != 0)
    gtk_widget_remove_tick_callback (view, vm->tick);
  else
    vm->value = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
  vm->tick = 0;
  /* Its rows of cells go with the model. */
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), NULL);
}

void
mz_slot_model_show_in_view (GtkColumnView     *view,
                            GtkSelectionModel *model)
{
  ViewModel *vm;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (model == NULL || GTK_IS_SELECTION_MODEL (model));

  vm = g_object_get_data (G_OBJECT (view), "mz-view-model");
  if (vm == NULL)
    {
      vm = g_new0 (ViewModel, 1);
      g_object_set_data_full (G_OBJECT (view), "mz-view-model", vm, view_model_free);
      g_signal_connect (view, "map", G_CALLBACK (on_view_map_cb), vm);
      g_signal_connect (view, "unmap", G_CALLBACK (on_view_unmap_cb), vm);
    }
  if (vm->model != model)
    vm->value = 0;
  g_set_object (&vm->model, model);
  gtk_column_view_set_model (view, gtk_widget_get_mapped (GTK_WIDGET (view)) ? model : NULL);
}

guint
mz_slot_model_get_n_made (MzSlotModel *self)
{
  g_return_val_if_fail (MZ_IS_SLOT_MODEL (self), 0);
  return self->n_made;
}

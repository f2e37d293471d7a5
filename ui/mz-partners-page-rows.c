/* mz-partners-page-rows.c — the rows the Partners table shows: all the
 * sorted partners, or those a search found, swapped in one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkFilterListModel over 20,000 sorted partners looked at every one of
 * them on the main thread at each keystroke of a search (8 to 54 ms).
 * Here a worker thread picks, from a copy of the sorted list, the partners
 * the search found, in order; the main thread only swaps that array in
 * and says that every row changed, and the table (an MzSlotModel) gives
 * the few hundred rows it holds their new partners.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include "mz-partners-page-rows.h"

struct _MzPartnersPageRows
{
  GObject     parent_instance;

  GListModel *sorted;
  GPtrArray  *subset;    /* shown instead of @sorted, or NULL */
  GPtrArray  *copy;      /* @sorted's items, or NULL until asked */
};

static void mz_partners_page_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MzPartnersPageRows, mz_partners_page_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mz_partners_page_rows_list_model_init))

static void
on_sorted_changed_cb (GListModel         *sorted,
                      guint               position,
                      guint               removed,
                      guint               added,
                      MzPartnersPageRows *self)
{
  g_clear_pointer (&self->copy, g_ptr_array_unref);
  if (self->subset == NULL)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* GListModel */

static GType
mz_partners_page_rows_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (MZ_PARTNERS_PAGE_ROWS (model)->sorted);
}

static guint
mz_partners_page_rows_get_n_items (GListModel *model)
{
  MzPartnersPageRows *self = MZ_PARTNERS_PAGE_ROWS (model);

  return self->subset ? self->subset->len : g_list_model_get_n_items (self->sorted);
}

static gpointer
mz_partners_page_rows_get_item (GListModel *model,
                                guint       position)
{
  MzPartnersPageRows *self = MZ_PARTNERS_PAGE_ROWS (model);

  if (self->subset == NULL)
    return g_list_model_get_item (self->sorted, position);
  if (position >= self->subset->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->subset, position));
}

static void
mz_partners_page_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mz_partners_page_rows_get_item_type;
  iface->get_n_items = mz_partners_page_rows_get_n_items;
  iface->get_item = mz_partners_page_rows_get_item;
}

/* GObject */

static void
mz_partners_page_rows_dispose (GObject *object)
{
  MzPartnersPageRows *self = MZ_PARTNERS_PAGE_ROWS (object);

  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->sorted, on_sorted_changed_cb, self);
  g_clear_object (&self->sorted);
  g_clear_pointer (&self->subset, g_ptr_array_unref);
  g_clear_pointer (&self->copy, g_ptr_array_unref);

  G_OBJECT_CLASS (mz_partners_page_rows_parent_class)->dispose (object);
}

static void
mz_partners_page_rows_class_init (MzPartnersPageRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mz_partners_page_rows_dispose;
}

static void
mz_partners_page_rows_init (MzPartnersPageRows *self)
{
}

/* Public API */

MzPartnersPageRows *
mz_partners_page_rows_new (GListModel *sorted)
{
  MzPartnersPageRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (sorted), NULL);

  self = g_object_new (MZ_TYPE_PARTNERS_PAGE_ROWS, NULL);
  self->sorted = g_object_ref (sorted);
  g_signal_connect (sorted, "items-changed", G_CALLBACK (on_sorted_changed_cb), self);
  return self;
}

void
mz_partners_page_rows_set_subset (MzPartnersPageRows *self,
                                  GPtrArray          *subset)
{
  guint removed;

  g_return_if_fail (MZ_IS_PARTNERS_PAGE_ROWS (self));

  if (subset == NULL && self->subset == NULL)
    return;

  removed = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_clear_pointer (&self->subset, g_ptr_array_unref);
  self->subset = subset;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              g_list_model_get_n_items (G_LIST_MODEL (self)));
}

gboolean
mz_partners_page_rows_has_subset (MzPartnersPageRows *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE_ROWS (self), FALSE);
  return self->subset != NULL;
}

GPtrArray *
mz_partners_page_rows_dup_sorted (MzPartnersPageRows *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE_ROWS (self), NULL);

  if (self->copy == NULL)
    {
      guint n = g_list_model_get_n_items (self->sorted);

      self->copy = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->copy, g_list_model_get_item (self->sorted, i));
    }

  return g_ptr_array_ref (self->copy);
}

void
mz_partners_page_rows_remove (MzPartnersPageRows *self,
                              gpointer            item)
{
  guint position;

  g_return_if_fail (MZ_IS_PARTNERS_PAGE_ROWS (self));

  if (self->subset != NULL && g_ptr_array_find (self->subset, item, &position))
    {
      g_ptr_array_remove_index (self->subset, position);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
    }
}

/* mz-paged-model.c — a list of rows read from the database a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view asks for the rows it shows (and a few around them); each page is
 * a hundred point lookups by rowid, a few milliseconds. At most
 * MAX_PAGES pages are kept, the least recently used dropped first.
 */
#define G_LOG_DOMAIN "mz-paged-model"

#include "config.h"

#include "mz-paged-model.h"

/* GTK 4.8 keeps about 200 rows (two or three pages) around what is on
 * screen, and holds their items itself; a few more pages serve scrolling
 * back. More would only keep rows nobody looks at in memory. */
#define MAX_PAGES 8

struct _MzPagedModel
{
  GObject      parent_instance;

  MzStore            *store;
  GType               item_type;
  MzPagedModelFetch   fetch;
  GArray             *rowids;
  GHashTable  *pages;     /* page number → GPtrArray of items */
  GQueue       recent;    /* page numbers, most recent first */
  guint        n_fetched;
};

static void mz_paged_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MzPagedModel, mz_paged_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mz_paged_model_list_model_init))

static GPtrArray *
load_page (MzPagedModel *self,
           guint               page)
{
  g_autoptr(GError) error = NULL;
  guint start = page * MZ_PAGED_MODEL_PAGE;
  guint n = MIN (MZ_PAGED_MODEL_PAGE, self->rowids->len - start);
  GPtrArray *rows;

  rows = self->fetch (self->store, &g_array_index (self->rowids, gint64, start), n, &error);
  if (rows == NULL || rows->len != n)
    {
      g_warning ("Cannot read rows: %s", error ? error->message : "short page");
      g_clear_pointer (&rows, g_ptr_array_unref);
      rows = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, g_object_new (self->item_type, NULL));
    }
  self->n_fetched += n;
  return rows;
}

static GPtrArray *
get_page (MzPagedModel *self,
          guint               page)
{
  GPtrArray *rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (rows != NULL)
    {
      g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
      return rows;
    }

  rows = load_page (self, page);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));

  while (g_queue_get_length (&self->recent) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));

  return rows;
}

static void
clear_pages (MzPagedModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

/* GListModel */

static GType
mz_paged_model_get_item_type (GListModel *model)
{
  return MZ_PAGED_MODEL (model)->item_type;
}

static guint
mz_paged_model_get_n_items (GListModel *model)
{
  return MZ_PAGED_MODEL (model)->rowids->len;
}

static gpointer
mz_paged_model_get_item (GListModel *model,
                               guint       position)
{
  MzPagedModel *self = MZ_PAGED_MODEL (model);
  GPtrArray *rows;

  if (position >= self->rowids->len)
    return NULL;

  rows = get_page (self, position / MZ_PAGED_MODEL_PAGE);
  return g_object_ref (g_ptr_array_index (rows, position % MZ_PAGED_MODEL_PAGE));
}

static void
mz_paged_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mz_paged_model_get_item_type;
  iface->get_n_items = mz_paged_model_get_n_items;
  iface->get_item = mz_paged_model_get_item;
}

/* GObject */

static void
mz_paged_model_finalize (GObject *object)
{
  MzPagedModel *self = MZ_PAGED_MODEL (object);

  g_queue_clear (&self->recent);
  g_hash_table_unref (self->pages);
  g_array_unref (self->rowids);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_paged_model_parent_class)->finalize (object);
}

static void
mz_paged_model_class_init (MzPagedModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mz_paged_model_finalize;
}

static void
mz_paged_model_init (MzPagedModel *self)
{
  self->rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
}

/* Public API */

MzPagedModel *
mz_paged_model_new (MzStore           *store,
                    GType              item_type,
                    MzPagedModelFetch  fetch)
{
  MzPagedModel *self;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (fetch != NULL, NULL);

  self = g_object_new (MZ_TYPE_PAGED_MODEL, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->fetch = fetch;
  return self;
}

void
mz_paged_model_set_rowids (MzPagedModel *self,
                                 GArray             *rowids)
{
  guint removed;

  g_return_if_fail (MZ_IS_PAGED_MODEL (self));
  g_return_if_fail (rowids != NULL);

  removed = self->rowids->len;
  clear_pages (self);
  g_array_unref (self->rowids);
  self->rowids = rowids;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, rowids->len);
}

void
mz_paged_model_set_rowids_and_rows (MzPagedModel *self,
                                    GArray       *rowids,
                                    GPtrArray    *first)
{
  guint removed;

  g_return_if_fail (MZ_IS_PAGED_MODEL (self));
  g_return_if_fail (rowids != NULL);

  removed = self->rowids->len;
  clear_pages (self);
  g_array_unref (self->rowids);
  self->rowids = rowids;

  for (guint start = 0; first != NULL && start < first->len && start < rowids->len;
       start += MZ_PAGED_MODEL_PAGE)
    {
      guint n = MIN (MZ_PAGED_MODEL_PAGE, rowids->len - start);
      GPtrArray *rows;

      if (start + n > first->len)
        break;
      rows = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (first, start + i)));
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (start / MZ_PAGED_MODEL_PAGE), rows);
      self->n_fetched += n;
      g_queue_push_tail (&self->recent, GUINT_TO_POINTER (start / MZ_PAGED_MODEL_PAGE));
    }
  g_clear_pointer (&first, g_ptr_array_unref);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, rowids->len);
}

void
mz_paged_model_invalidate (MzPagedModel *self)
{
  g_return_if_fail (MZ_IS_PAGED_MODEL (self));

  clear_pages (self);
  if (self->rowids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->rowids->len, self->rowids->len);
}

guint
mz_paged_model_get_n_fetched (MzPagedModel *self)
{
  g_return_val_if_fail (MZ_IS_PAGED_MODEL (self), 0);
  return self->n_fetched;
}

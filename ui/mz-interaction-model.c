/* mz-interaction-model.c — a list of interactions read a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view asks for the rows it shows (and a few around them); each page is
 * a handful of point lookups by rowid, well under a millisecond. At most
 * MAX_PAGES pages are kept, the least recently used dropped first.
 */
#define G_LOG_DOMAIN "mz-interaction-model"

#include "config.h"

#include "mz-interaction-list.h"
#include "mz-interaction-model.h"

#define MAX_PAGES 40

struct _MzInteractionModel
{
  GObject      parent_instance;

  MzStore     *store;
  GArray      *rowids;
  GHashTable  *pages;     /* page number → GPtrArray of MzInteraction */
  GQueue       recent;    /* page numbers, most recent first */
  guint        n_fetched;
};

static void mz_interaction_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MzInteractionModel, mz_interaction_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mz_interaction_model_list_model_init))

static GPtrArray *
load_page (MzInteractionModel *self,
           guint               page)
{
  g_autoptr(GError) error = NULL;
  guint start = page * MZ_INTERACTION_MODEL_PAGE;
  guint n = MIN (MZ_INTERACTION_MODEL_PAGE, self->rowids->len - start);
  GPtrArray *rows;

  rows = mz_interaction_list_fetch (self->store, &g_array_index (self->rowids, gint64, start), n, &error);
  if (rows == NULL)
    {
      g_warning ("Cannot read interactions: %s", error->message);
      rows = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, mz_interaction_new ());
    }
  self->n_fetched += n;
  return rows;
}

static GPtrArray *
get_page (MzInteractionModel *self,
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
clear_pages (MzInteractionModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

/* GListModel */

static GType
mz_interaction_model_get_item_type (GListModel *model)
{
  return MZ_TYPE_INTERACTION;
}

static guint
mz_interaction_model_get_n_items (GListModel *model)
{
  return MZ_INTERACTION_MODEL (model)->rowids->len;
}

static gpointer
mz_interaction_model_get_item (GListModel *model,
                               guint       position)
{
  MzInteractionModel *self = MZ_INTERACTION_MODEL (model);
  GPtrArray *rows;

  if (position >= self->rowids->len)
    return NULL;

  rows = get_page (self, position / MZ_INTERACTION_MODEL_PAGE);
  return g_object_ref (g_ptr_array_index (rows, position % MZ_INTERACTION_MODEL_PAGE));
}

static void
mz_interaction_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mz_interaction_model_get_item_type;
  iface->get_n_items = mz_interaction_model_get_n_items;
  iface->get_item = mz_interaction_model_get_item;
}

/* GObject */

static void
mz_interaction_model_finalize (GObject *object)
{
  MzInteractionModel *self = MZ_INTERACTION_MODEL (object);

  g_queue_clear (&self->recent);
  g_hash_table_unref (self->pages);
  g_array_unref (self->rowids);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_interaction_model_parent_class)->finalize (object);
}

static void
mz_interaction_model_class_init (MzInteractionModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mz_interaction_model_finalize;
}

static void
mz_interaction_model_init (MzInteractionModel *self)
{
  self->rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
}

/* Public API */

MzInteractionModel *
mz_interaction_model_new (MzStore *store)
{
  MzInteractionModel *self;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  self = g_object_new (MZ_TYPE_INTERACTION_MODEL, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
mz_interaction_model_set_rowids (MzInteractionModel *self,
                                 GArray             *rowids)
{
  guint removed;

  g_return_if_fail (MZ_IS_INTERACTION_MODEL (self));
  g_return_if_fail (rowids != NULL);

  removed = self->rowids->len;
  clear_pages (self);
  g_array_unref (self->rowids);
  self->rowids = rowids;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, rowids->len);
}

void
mz_interaction_model_invalidate (MzInteractionModel *self)
{
  g_return_if_fail (MZ_IS_INTERACTION_MODEL (self));

  clear_pages (self);
  if (self->rowids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->rowids->len, self->rowids->len);
}

guint
mz_interaction_model_get_n_fetched (MzInteractionModel *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION_MODEL (self), 0);
  return self->n_fetched;
}

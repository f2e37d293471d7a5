/* mz-list-loader.c — the rows of a long table, read in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Contacts and Interactions sections read which rows to show (a
 * query over 100,000 or 500,000 rows, filtered, searched and sorted in
 * SQL) in a worker thread, and the rows themselves a page at a time as
 * the view asks for them.
 */
#define G_LOG_DOMAIN "mz-list-loader"

#include "config.h"

#include "mz-list-loader.h"
#include "mz-slot-model.h"

/* Rows read with the rowids in the worker: what GTK 4.8 shows and keeps
 * (about 200 rows) at the top of a table. */
#define PREFETCH_ROWS (3 * MZ_PAGED_MODEL_PAGE)

struct _MzListLoader
{
  GObject             parent_instance;

  MzStore            *store;
  MzPagedModelFetch   fetch;
  MzPagedModel       *model;
  MzSlotModel        *slots;
  GtkSingleSelection *selection;
  GCancellable       *cancellable;
  guint               loading : 1;
  guint               loaded : 1;
};

G_DEFINE_FINAL_TYPE (MzListLoader, mz_list_loader, G_TYPE_OBJECT)

enum {
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A load: the page's job, then the first rows of what it found. */
typedef struct
{
  MzWorkerFunc       func;
  gpointer           job;
  GDestroyNotify     job_free;
  MzPagedModelFetch  fetch;
} Load;

typedef struct
{
  GArray    *rowids;
  GPtrArray *first;
} Loaded;

static void
load_free (gpointer data)
{
  Load *load = data;

  if (load->job_free != NULL && load->job != NULL)
    load->job_free (load->job);
  g_free (load);
}

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_pointer (&loaded->rowids, g_array_unref);
  g_clear_pointer (&loaded->first, g_ptr_array_unref);
  g_free (loaded);
}

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  Load *load = data;
  g_autoptr(GError) fetch_error = NULL;
  Loaded *loaded;
  GArray *rowids;
  guint n;

  rowids = load->func (store, load->job, cancellable, error);
  if (rowids == NULL)
    return NULL;

  loaded = g_new0 (Loaded, 1);
  loaded->rowids = rowids;
  n = MIN (rowids->len, PREFETCH_ROWS);
  if (n > 0 && !g_cancellable_is_cancelled (cancellable))
    {
      /* Without them the main thread reads them as the view asks. */
      loaded->first = load->fetch (store, (const gint64 *) rowids->data, n, &fetch_error);
      if (loaded->first != NULL && loaded->first->len != n)
        g_clear_pointer (&loaded->first, g_ptr_array_unref);
    }
  return loaded;
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MzListLoader *self = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *loaded;

  loaded = mz_worker_run_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (loaded != NULL)
    {
      gint64 start = g_get_monotonic_time ();
      guint n = loaded->rowids->len;

      self->loaded = TRUE;
      /* Other items in the same rows: what was selected is not. */
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      mz_paged_model_set_rowids_and_rows (self->model, g_steal_pointer (&loaded->rowids),
                                          g_steal_pointer (&loaded->first));
      loaded_free (loaded);
      g_debug ("Showed %u rows in %.1f ms (main thread), %u read on it so far", n,
               (g_get_monotonic_time () - start) / 1000.0, mz_paged_model_get_n_fetched (self->model));
      /* What the load freed goes back to the system. */
      mz_worker_trim_later ();
    }

  g_signal_emit (self, signals[LOADED], 0, error);
}

static void
mz_list_loader_dispose (GObject *object)
{
  MzListLoader *self = MZ_LIST_LOADER (object);

  mz_list_loader_cancel (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_list_loader_parent_class)->dispose (object);
}

static void
mz_list_loader_class_init (MzListLoaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mz_list_loader_dispose;

  /**
   * MzListLoader::loaded:
   * @error: (nullable): why the rows could not be read, or NULL
   *
   * A load ended (not emitted for a cancelled one).
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
mz_list_loader_init (MzListLoader *self)
{
}

MzListLoader *
mz_list_loader_new (MzStore           *store,
                    GType              item_type,
                    MzPagedModelFetch  fetch)
{
  MzListLoader *self;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  self = g_object_new (MZ_TYPE_LIST_LOADER, NULL);
  self->store = g_object_ref (store);
  self->fetch = fetch;
  self->model = mz_paged_model_new (store, item_type, fetch);
  /* Rows that keep their cells while the items in them change (a search,
   * a filter): GTK 4.8 would make some 200 rows anew. */
  self->slots = mz_slot_model_new (G_LIST_MODEL (self->model));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  return self;
}

MzPagedModel *
mz_list_loader_get_model (MzListLoader *self)
{
  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), NULL);
  return self->model;
}

GtkSingleSelection *
mz_list_loader_get_selection (MzListLoader *self)
{
  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), NULL);
  return self->selection;
}

gpointer
mz_list_loader_get_selected (MzListLoader *self)
{
  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), NULL);
  return mz_row_slot_unwrap (gtk_single_selection_get_selected_item (self->selection));
}

gpointer
mz_list_loader_dup_item (MzListLoader *self,
                         guint         position)
{
  g_autoptr(GObject) slot = NULL;
  gpointer item;

  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), NULL);

  slot = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  item = mz_row_slot_unwrap (slot);
  return item ? g_object_ref (item) : NULL;
}

void
mz_list_loader_load (MzListLoader   *self,
                     MzWorkerFunc    func,
                     gpointer        job,
                     GDestroyNotify  job_free)
{
  Load *load;

  g_return_if_fail (MZ_IS_LIST_LOADER (self));
  g_return_if_fail (func != NULL);

  load = g_new0 (Load, 1);
  load->func = func;
  load->job = job;
  load->job_free = job_free;
  load->fetch = self->fetch;

  mz_list_loader_cancel (self);
  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  mz_worker_run_async (mz_store_get_path (self->store), load_in_thread, load, load_free,
                       loaded_free, self->cancellable, on_loaded_cb, self);
}

void
mz_list_loader_cancel (MzListLoader *self)
{
  g_return_if_fail (MZ_IS_LIST_LOADER (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->loading = FALSE;
}

gboolean
mz_list_loader_is_loading (MzListLoader *self)
{
  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), FALSE);
  return self->loading;
}

gboolean
mz_list_loader_is_loaded (MzListLoader *self)
{
  g_return_val_if_fail (MZ_IS_LIST_LOADER (self), FALSE);
  return self->loaded;
}

/* A load shorter than this shows no spinner. */
#define SPINNER_DELAY_MS 400

static gboolean
show_spinner_cb (gpointer data)
{
  GtkWidget *spinner = data;

  g_object_set_data (G_OBJECT (spinner), "mz-spinner-source", NULL);
  gtk_widget_set_visible (spinner, TRUE);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  return G_SOURCE_REMOVE;
}

void
mz_list_loader_show_busy (GtkSpinner *spinner,
                          gboolean    busy)
{
  guint source;

  g_return_if_fail (GTK_IS_SPINNER (spinner));

  if (busy && gtk_widget_get_visible (GTK_WIDGET (spinner)))
    return;

  source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spinner), "mz-spinner-source"));
  if (source != 0)
    g_source_remove (source);
  source = 0;
  if (busy)
    source = g_timeout_add_full (G_PRIORITY_DEFAULT, SPINNER_DELAY_MS, show_spinner_cb,
                                 g_object_ref (spinner), g_object_unref);
  g_object_set_data (G_OBJECT (spinner), "mz-spinner-source", GUINT_TO_POINTER (source));
  gtk_widget_set_visible (GTK_WIDGET (spinner), FALSE);
  gtk_spinner_set_spinning (spinner, FALSE);
}

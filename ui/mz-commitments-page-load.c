/* mz-commitments-page-load.c — loading the Commitments section in a worker
 * thread, showing the rows a step at a time, and the state of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-commitments-page-private.h"
#include "mz-commitment-list.h"
#include "mz-commitment-row.h"
#include "mz-initiative-store.h"
#include "mz-org-unit.h"
#include "mz-rate-table.h"
#include "mz-worker.h"


void
_mz_commitments_page_load_free (MzCommitmentsPageLoad *load)
{
  g_clear_pointer (&load->rows, g_ptr_array_unref);
  g_clear_object (&load->units);
  g_clear_pointer (&load->initiatives, g_ptr_array_unref);
  g_free (load);
}

void
_mz_commitments_page_update_state (MzCommitmentsPage *self)
{
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *number = g_strdup_printf ("%'u", n_shown);
  g_autofree char *count = NULL;
  gboolean searching = _mz_commitments_page_get_search_key (self) != NULL;
  const char *state;

  if (self->load_error != NULL)
    state = "error";
  else if (!self->loaded_once)
    state = "loading";
  else if (n_shown > 0)
    state = "list";
  else if (n_loaded == 0 && !_mz_commitments_page_filters_active (self) && !searching)
    state = "empty";
  else
    state = "no-match";

  if (g_str_equal (state, "error"))
    adw_status_page_set_description (self->error_page, self->load_error);

  gtk_stack_set_visible_child_name (self->list_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  gtk_spinner_set_spinning (self->busy_spinner, self->loading && self->loaded_once);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), self->loading && self->loaded_once);
  gtk_widget_set_visible (self->clear_filters_button, _mz_commitments_page_filters_active (self));

  if (self->loaded_once && self->load_error == NULL)
    count = g_strdup_printf (ngettext ("%s commitment", "%s commitments", n_shown), number);
  gtk_label_set_label (self->count_label, count ? count : "");
  _mz_commitments_page_update_export (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.new", _mz_commitments_page_get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.clear-filters",
                                 _mz_commitments_page_filters_active (self) || searching);
}


/* Loading */

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  MzCommitmentsPageLoad *load = g_new0 (MzCommitmentsPageLoad, 1);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) donor_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 start = g_get_monotonic_time ();

  list = mz_commitment_list_read (store, error);
  if (list == NULL)
    goto fail;
  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    goto fail;
  load->units = mz_org_unit_list (store, error);
  if (load->units == NULL)
    goto fail;
  load->initiatives = mz_initiative_store_list (store, error);
  if (load->initiatives == NULL)
    goto fail;

  load->rows = g_ptr_array_new_full (list->len, g_object_unref);
  /* The rows take the records: the list must not free them. */
  g_ptr_array_set_free_func (list, NULL);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (load->rows, mz_commitment_row_new (g_ptr_array_index (list, i), rates, donor_keys));
  g_debug ("Read %u commitments in %.1f ms (worker)", load->rows->len,
           (g_get_monotonic_time () - start) / 1000.0);
  return load;

fail:
  _mz_commitments_page_load_free (load);
  return NULL;
}

/* GTK 4.8 makes the cells of about 200 rows whenever the rows on screen
 * change: into an empty table, the first rows come in steps of this many,
 * a frame's work each, and the rest at once. */
#define FILL_STEP 40
#define FILL_STEPPED 240

void
_mz_commitments_page_stop_filling (MzCommitmentsPage *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->filling, g_ptr_array_unref);
}

static gboolean
fill_step_cb (gpointer data)
{
  MzCommitmentsPage *self = data;
  guint n = self->filling->len;
  guint end = self->filled < FILL_STEPPED ? MIN (self->filled + FILL_STEP, n) : n;

  g_list_store_splice (self->rows, self->filled, 0, self->filling->pdata + self->filled, end - self->filled);
  self->filled = end;
  if (end < n)
    return G_SOURCE_CONTINUE;

  self->fill_source = 0;
  g_clear_pointer (&self->filling, g_ptr_array_unref);
  _mz_commitments_page_update_state (self);
  return G_SOURCE_REMOVE;
}

/* Shows @rows; into an empty table, a step at a time. */
static void
show_rows (MzCommitmentsPage *self,
           GPtrArray         *rows)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  _mz_commitments_page_stop_filling (self);
  if (n_shown > 0 || rows->len <= FILL_STEP * 2)
    {
      g_list_store_splice (self->rows, 0, n_shown, rows->pdata, rows->len);
      return;
    }

  self->filling = g_ptr_array_ref (rows);
  self->filled = 0;
  fill_step_cb (self);
  self->fill_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_step_cb, self, NULL);
}

static guint
find_row (GListModel *model,
          const char *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_commitment_row_get_id (row), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
apply_load (MzCommitmentsPage *self,
            MzCommitmentsPageLoad              *load,
            const GError      *error)
{
  g_autofree char *selected_id = NULL;
  MzCommitmentRow *selected;
  guint position;
  gint64 start = g_get_monotonic_time ();

  self->loaded_once = TRUE;
  g_clear_pointer (&self->load_error, g_free);

  if (error != NULL)
    {
      self->load_error = g_strdup (error->message);
      _mz_commitments_page_stop_filling (self);
      g_list_store_remove_all (self->rows);
      _mz_commitments_page_update_state (self);
      return;
    }

  _mz_commitments_page_update_dynamic_filters (self, load);
  _mz_commitments_page_refilter (self);

  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_id = g_strdup (self->select_after_load ? self->select_after_load
                          : selected ? mz_commitment_row_get_id (selected) : NULL);
  g_clear_pointer (&self->select_after_load, g_free);

  show_rows (self, load->rows);

  position = find_row (G_LIST_MODEL (self->sort_model), selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
    }
  _mz_commitments_page_update_state (self);
  g_debug ("Showed %u commitments in %.1f ms (main thread)", load->rows->len,
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MzCommitmentsPage *self;
  g_autoptr(GError) error = NULL;
  MzCommitmentsPageLoad *load = mz_worker_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page went away, or its store changed */

  self = MZ_COMMITMENTS_PAGE (user_data);
  self->loading = FALSE;
  self->n_threaded++;
  apply_load (self, load, error);
  if (load != NULL)
    _mz_commitments_page_load_free (load);

  if (self->reload_pending)
    _mz_commitments_page_reload (self);
}

void
_mz_commitments_page_reload (MzCommitmentsPage *self)
{
  const char *path;

  if (_mz_commitments_page_get_store (self) == NULL)
    return;

  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  self->reload_pending = FALSE;

  path = mz_store_get_path (_mz_commitments_page_get_store (self));
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      /* A database in memory has no second connection: read it here. */
      g_autoptr(GError) error = NULL;
      MzCommitmentsPageLoad *load = load_in_thread (_mz_commitments_page_get_store (self), NULL, NULL, &error);

      apply_load (self, load, error);
      if (load != NULL)
        _mz_commitments_page_load_free (load);
      return;
    }

  self->loading = TRUE;
  mz_worker_run_async (path, load_in_thread, NULL, NULL, (GDestroyNotify) _mz_commitments_page_load_free,
                       self->cancellable, on_loaded_cb, self);
  _mz_commitments_page_update_state (self);
}

/* mz-partners-page-load.c — loading the table of the Partners section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading 20,000 partners takes about a fifth of a second, so it runs in a
 * worker thread on a connection of its own; the window keeps drawing and
 * a spinner turns. Into an empty table the rows come a step at a time.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-org-unit.h"
#include "mz-partner-columns.h"
#include "mz-partner-page-queries.h"
#include "mz-partner-store.h"
#include "mz-partners-page-private.h"
#include "mz-worker.h"

/* When the table is empty, the first rows come in steps of this many:
 * GTK 4.8 makes the cells of about 200 rows at once, and each step is a
 * frame's work rather than a pause. */
#define FILL_STEP 40

/* The page cache of the connection that loads the list, in KiB. */
#define READER_CACHE_KIB 2048

void
_mz_partners_page_load_free (MzPartnersPageLoad *load)
{
  g_free (load->path);
  g_clear_object (&load->reader);
  g_free (load->type);
  g_free (load->region);
  g_free (load->unit_id);
  g_free (load->manager_id);
  g_free (load->status);
  g_free (load->tag);
  g_clear_object (&load->partners);
  g_clear_object (&load->units);
  g_clear_pointer (&load->staff, g_ptr_array_unref);
  g_strfreev (load->tags);
  g_free (load);
}

/* State */

void
_mz_partners_page_update_state (MzPartnersPage *self)
{
  GListModel *loaded = gtk_sort_list_model_get_model (self->sort_model);
  guint n_loaded = loaded ? g_list_model_get_n_items (loaded) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;
  g_autofree char *number = g_strdup_printf ("%'u", n_shown);
  const char *state;

  if (self->load_error != NULL)
    state = "error";
  else if (!self->loaded_once)
    state = "loading";
  else if (n_shown > 0)
    state = "list";
  else if (n_loaded == 0 && !_mz_partners_page_filters_active (self) && !_mz_partners_page_searching (self))
    state = "empty";
  else
    state = "no-match";

  if (g_str_equal (state, "error"))
    adw_status_page_set_description (self->error_page, self->load_error);

  gtk_stack_set_visible_child_name (self->list_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  gtk_spinner_set_spinning (self->busy_spinner, self->loading && self->loaded_once);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), self->loading && self->loaded_once);
  gtk_widget_set_visible (self->clear_filters_button, _mz_partners_page_filters_active (self));

  if (!self->loaded_once || self->load_error != NULL)
    count = g_strdup ("");
  else if (self->search_truncated)
    /* Translators: the search found more names than are read at once */
    count = g_strdup_printf (_("First %s matches"), number);
  else
    count = g_strdup_printf (ngettext ("%s partner", "%s partners", n_shown), number);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label),
                               self->search_truncated
                               ? _("The search found many names; type more to narrow it.")
                               : NULL);

  _mz_partners_page_update_export (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new", _mz_partners_page_get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.clear-filters",
                                 _mz_partners_page_filters_active (self) || _mz_partners_page_searching (self));
}

guint
_mz_partners_page_find_partner (GListModel *model,
                                const char *id)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_partner_get_id (partner), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_partner (MzPartnersPage *self,
                const char     *id)
{
  guint position = _mz_partners_page_find_partner (G_LIST_MODEL (self->filter_model), id);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  /* Its row may still be on the way into the table. */
  mz_slot_model_flush (self->slots);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
}

/* Loading */

static void
trim_partner (MzPartner *partner)
{
  mz_partner_set_created_at (partner, NULL);
  mz_partner_set_updated_by (partner, NULL);
  mz_partner_set_short_name (partner, NULL);
  mz_partner_set_lead_unit_id (partner, NULL);
  mz_partner_set_account_manager_id (partner, NULL);
  mz_partner_set_membership_category (partner, NULL);
  mz_partner_set_ceb_contributor_type (partner, NULL);
  mz_partner_set_website (partner, NULL);
  mz_partner_set_notes (partner, NULL);
}

static gboolean
run_load (MzStore             *store,
          MzPartnersPageLoad  *load,
          GError             **error)
{
  MzPartnerQuery query = {
    .type = load->type,
    .region = load->region,
    .lead_unit_id = load->unit_id,
    .account_manager_id = load->manager_id,
    .status = load->status,
    .tag = load->tag,
    .sort = MZ_PARTNER_SORT_NAME,
  };

  load->partners = mz_partner_store_list (store, &query, error);
  if (load->partners == NULL)
    return FALSE;

  /* The table, its search and its export show only some fields of
   * 20,000 partners, and the partner's page and editor read the partner
   * again: the others go (some 6 MB), before the collation key per name
   * that sorting by name needs is made, off the main thread, in the room
   * they leave. */
  for (guint i = 0; i < g_list_model_get_n_items (load->partners); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (load->partners, i);

      trim_partner (partner);
      mz_partner_columns_prepare (partner);
    }

  load->units = mz_org_unit_list (store, error);
  if (load->units == NULL)
    return FALSE;

  load->staff = mz_partner_page_list_staff (store, error);
  if (load->staff == NULL)
    return FALSE;

  load->tags = mz_partner_page_list_tags (store, error);
  return load->tags != NULL;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MzPartnersPageLoad *load = task_data;
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (load->reader == NULL)
    {
      load->reader = mz_store_open_full (load->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);
      /* It reads one table now and then: the system's file cache serves it
       * as well as a large cache of its own would, at no cost in memory. */
      if (load->reader != NULL && !mz_partner_page_limit_cache (load->reader, READER_CACHE_KIB, &error))
        g_clear_object (&load->reader);
    }

  if (load->reader != NULL && run_load (load->reader, load, &error))
    {
      /* Loads are seldom (a filter, a change): the connection and its
       * cache go until the next one rather than stay with the window. */
      g_clear_object (&load->reader);
      g_debug ("Read %u partners in %.1f ms (worker)", g_list_model_get_n_items (load->partners),
               (g_get_monotonic_time () - start) / 1000.0);
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, error);
}

/* The rows of @fresh, with the objects already shown wherever a partner
 * did not change: GTK then keeps their cells instead of making new ones,
 * and their sort keys are made already. */
static GListModel *
reuse_unchanged (GListModel *shown,
                 GListModel *fresh)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *result = g_list_store_new (MZ_TYPE_PARTNER);
  guint n_shown = shown ? g_list_model_get_n_items (shown) : 0;
  guint n_fresh = g_list_model_get_n_items (fresh);

  for (guint i = 0; i < n_shown; i++)
    {
      MzPartner *partner = g_list_model_get_item (shown, i);

      g_hash_table_insert (by_id, (gpointer) mz_partner_get_id (partner), partner);
      g_object_unref (partner);  /* still held by @shown */
    }

  for (guint i = 0; i < n_fresh; i++)
    {
      MzPartner *partner = g_list_model_get_item (fresh, i);
      MzPartner *old = g_hash_table_lookup (by_id, mz_partner_get_id (partner));

      if (old != NULL &&
          g_strcmp0 (mz_partner_get_updated_at (old), mz_partner_get_updated_at (partner)) == 0 &&
          g_strcmp0 (mz_partner_get_lead_unit_code (old), mz_partner_get_lead_unit_code (partner)) == 0 &&
          g_strcmp0 (mz_partner_get_account_manager_name (old),
                     mz_partner_get_account_manager_name (partner)) == 0)
        {
          g_object_unref (partner);
          partner = g_object_ref (old);
        }
      g_ptr_array_add (rows, partner);
    }

  g_list_store_splice (result, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (result);
}

void
_mz_partners_page_stop_filling (MzPartnersPage *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->filling);
}

static gboolean
fill_step_cb (gpointer data)
{
  MzPartnersPage *self = data;
  GListStore *shown = G_LIST_STORE (gtk_sort_list_model_get_model (self->sort_model));
  guint n = g_list_model_get_n_items (self->filling);
  guint end = self->filled + FILL_STEP * 2 < n ? self->filled + FILL_STEP : n;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = self->filled; i < end; i++)
    g_ptr_array_add (rows, g_list_model_get_item (self->filling, i));
  g_list_store_splice (shown, self->filled, 0, rows->pdata, rows->len);
  self->filled = end;

  if (end < n)
    return G_SOURCE_CONTINUE;

  self->fill_source = 0;
  g_clear_object (&self->filling);
  _mz_partners_page_update_state (self);
  return G_SOURCE_REMOVE;
}

/* Shows @rows; into an empty table, a step at a time. */
static void
show_rows (MzPartnersPage *self,
           GListModel     *rows)
{
  GListModel *shown = gtk_sort_list_model_get_model (self->sort_model);
  g_autoptr(GListStore) store = NULL;

  _mz_partners_page_stop_filling (self);

  if ((shown != NULL && g_list_model_get_n_items (shown) > 0) ||
      g_list_model_get_n_items (rows) <= FILL_STEP * 2)
    {
      gtk_sort_list_model_set_model (self->sort_model, rows);
      return;
    }

  store = g_list_store_new (MZ_TYPE_PARTNER);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (store));
  self->filling = g_object_ref (rows);
  self->filled = 0;
  fill_step_cb (self);
  /* After the frame that shows the first rows. */
  self->fill_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_step_cb, self, NULL);
}

static void
apply_load (MzPartnersPage     *self,
            MzPartnersPageLoad *load,
            const GError       *error)
{
  g_autofree char *selected_id = NULL;
  MzPartner *selected;
  gint64 start = g_get_monotonic_time ();

  self->loaded_once = TRUE;
  g_clear_pointer (&self->load_error, g_free);

  if (error != NULL)
    {
      self->load_error = g_strdup (error->message);
      _mz_partners_page_stop_filling (self);
      gtk_sort_list_model_set_model (self->sort_model, NULL);
      _mz_partners_page_update_state (self);
      return;
    }

  if (_mz_partners_page_update_dynamic_filters (self, load))
    self->reload_pending = TRUE;

  selected = mz_row_slot_unwrap (gtk_single_selection_get_selected_item (self->selection));
  selected_id = g_strdup (self->select_after_load ? self->select_after_load
                          : selected ? mz_partner_get_id (selected) : NULL);
  g_clear_pointer (&self->select_after_load, g_free);

  {
    g_autoptr(GListModel) rows = reuse_unchanged (gtk_sort_list_model_get_model (self->sort_model),
                                                  load->partners);

    show_rows (self, rows);
  }
  select_partner (self, selected_id);
  _mz_partners_page_update_state (self);
  /* What the load thread and the rows replaced freed goes back. */
  mz_worker_trim_later ();
  g_debug ("Showed %u partners in %.1f ms (main thread)",
           g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)),
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (source);
  MzPartnersPageLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;  /* the store changed meanwhile */

  /* Keep the worker's connection for the next load, if it still has one. */
  if (self->reader == NULL && load->reader != NULL)
    self->reader = g_steal_pointer (&load->reader);

  self->loading = FALSE;
  apply_load (self, load, error);

  if (self->reload_pending)
    _mz_partners_page_reload (self);
}

void
_mz_partners_page_reload (MzPartnersPage *self)
{
  MzStore *store = _mz_partners_page_get_store (self);
  g_autoptr(MzPartnersPageLoad) load = NULL;
  g_autoptr(GTask) task = NULL;
  const char *path;

  if (store == NULL)
    return;

  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }

  self->reload_pending = FALSE;
  mz_section_page_mark_current (MZ_SECTION_PAGE (self));
  load = _mz_partners_page_load_new (self);
  path = mz_store_get_path (store);

  /* A database without a file of its own (in memory) has no second
   * connection: read it here. */
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) error = NULL;

      run_load (store, load, &error);
      apply_load (self, load, error);
      return;
    }

  load->path = g_strdup (path);
  load->reader = g_steal_pointer (&self->reader);
  self->loading = TRUE;

  task = g_task_new (self, self->cancellable, on_load_done_cb, NULL);
  g_task_set_source_tag (task, _mz_partners_page_reload);
  g_task_set_task_data (task, g_steal_pointer (&load), (GDestroyNotify) _mz_partners_page_load_free);
  g_task_run_in_thread (task, load_thread);
  _mz_partners_page_update_state (self);
}

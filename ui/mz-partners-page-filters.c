/* mz-partners-page-filters.c — the filter bar and the search of the
 * Partners section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dropdowns choose what the worker reads (in SQL); the window's search
 * shows, among the loaded rows, those whose names match, picked in a
 * worker thread.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-page-queries.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partners-page-private.h"
#include "mz-search.h"
#include "mz-worker.h"

/* Partner and contact hits read for one search: enough for any list a
 * person scrolls through; more words narrow it. */
#define SEARCH_LIMIT 2000

/* The page cache of the connection that searches, in KiB. */
#define SEARCH_CACHE_KIB 2048

/* The connection that searches closes this long after the last search. */
#define SEARCHER_IDLE_S 5

static const char * const regions[] = { "AFR", "AMS", "ARB", "ASP", "CIS", "EUR", NULL };

/* Helpers */

static GtkStringList *
string_list_new (const char *first)
{
  const char * const strings[] = { first, NULL };

  return gtk_string_list_new (strings);
}

static void
set_dropdown_strings (GtkDropDown   *dropdown,
                      GtkStringList *strings)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  g_object_unref (strings);
}

/* The code chosen in a filter, or NULL for "all". */
static const char *
chosen (GtkDropDown *dropdown,
        const char  * const *codes,
        GPtrArray   *array)
{
  guint index = gtk_drop_down_get_selected (dropdown);

  if (index == 0 || index == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (codes != NULL)
    return codes[index - 1];
  return array != NULL && index - 1 < array->len ? g_ptr_array_index (array, index - 1) : NULL;
}

/* Filters */

gboolean
_mz_partners_page_filters_active (MzPartnersPage *self)
{
  GtkDropDown *filters[] = {
    self->type_filter, self->region_filter, self->unit_filter,
    self->manager_filter, self->status_filter, self->tag_filter,
  };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      guint index = gtk_drop_down_get_selected (filters[i]);

      if (index != 0 && index != GTK_INVALID_LIST_POSITION)
        return TRUE;
    }

  return FALSE;
}

/* Replaces the items of a dynamic filter when they changed, keeping the
 * choice when it is still there. Returns TRUE if the choice was lost. */
static gboolean
update_filter (MzPartnersPage  *self,
               GtkDropDown     *dropdown,
               GPtrArray      **codes,
               GPtrArray       *new_codes,
               GPtrArray       *new_labels,
               const char      *all_label)
{
  g_autofree char *previous = g_strdup (chosen (dropdown, NULL, *codes));
  GtkStringList *strings;
  guint selected = 0;
  gboolean same = *codes != NULL && (*codes)->len == new_codes->len;

  for (guint i = 0; same && i < new_codes->len; i++)
    same = g_str_equal (g_ptr_array_index (*codes, i), g_ptr_array_index (new_codes, i));
  if (same && gtk_drop_down_get_model (dropdown) != NULL)
    return FALSE;

  strings = string_list_new (all_label);
  for (guint i = 0; i < new_labels->len; i++)
    {
      gtk_string_list_append (strings, g_ptr_array_index (new_labels, i));
      if (g_strcmp0 (previous, g_ptr_array_index (new_codes, i)) == 0)
        selected = i + 1;
    }

  g_clear_pointer (codes, g_ptr_array_unref);
  *codes = g_ptr_array_ref (new_codes);

  self->updating_filters = TRUE;
  set_dropdown_strings (dropdown, strings);
  gtk_drop_down_set_selected (dropdown, selected);
  self->updating_filters = FALSE;

  return previous != NULL && selected == 0;
}

gboolean
_mz_partners_page_update_dynamic_filters (MzPartnersPage     *self,
                                          MzPartnersPageLoad *load)
{
  g_autoptr(GPtrArray) unit_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) manager_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) manager_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  gboolean lost = FALSE;

  for (guint i = 0; load->units && i < g_list_model_get_n_items (load->units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (load->units, i);

      g_ptr_array_add (unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      g_ptr_array_add (unit_labels, g_strdup (mz_labels_unit_name (mz_org_unit_get_code (unit))));
    }

  for (guint i = 0; load->staff && i < load->staff->len; i++)
    {
      MzStaffEntry *entry = g_ptr_array_index (load->staff, i);

      g_ptr_array_add (manager_ids, g_strdup (entry->id));
      g_ptr_array_add (manager_labels, g_strdup (entry->name));
    }

  for (guint i = 0; load->tags && load->tags[i]; i++)
    g_ptr_array_add (tags, g_strdup (load->tags[i]));

  lost |= update_filter (self, self->unit_filter, &self->unit_ids, unit_ids, unit_labels,
                         _("All Units"));
  lost |= update_filter (self, self->manager_filter, &self->manager_ids, manager_ids,
                         manager_labels, _("All Managers"));
  lost |= update_filter (self, self->tag_filter, &self->tags, tags, tags, _("All Tags"));
  return lost;
}

void
_mz_partners_page_setup_static_filters (MzPartnersPage *self)
{
  GtkStringList *strings;
  const char * const *codes;

  strings = string_list_new (_("All Types"));
  for (codes = mz_partner_types (); *codes; codes++)
    gtk_string_list_append (strings, mz_labels_partner_type (*codes));
  set_dropdown_strings (self->type_filter, strings);

  strings = string_list_new (_("All Regions"));
  for (codes = regions; *codes; codes++)
    gtk_string_list_append (strings, mz_labels_region_name (*codes));
  set_dropdown_strings (self->region_filter, strings);

  strings = string_list_new (_("All Statuses"));
  for (codes = mz_partner_statuses (); *codes; codes++)
    gtk_string_list_append (strings, mz_labels_partner_status (*codes));
  set_dropdown_strings (self->status_filter, strings);

  set_dropdown_strings (self->unit_filter, string_list_new (_("All Units")));
  set_dropdown_strings (self->manager_filter, string_list_new (_("All Managers")));
  set_dropdown_strings (self->tag_filter, string_list_new (_("All Tags")));
}

MzPartnersPageLoad *
_mz_partners_page_load_new (MzPartnersPage *self)
{
  MzPartnersPageLoad *load = g_new0 (MzPartnersPageLoad, 1);

  load->type = g_strdup (chosen (self->type_filter, mz_partner_types (), NULL));
  load->region = g_strdup (chosen (self->region_filter, regions, NULL));
  load->unit_id = g_strdup (chosen (self->unit_filter, NULL, self->unit_ids));
  load->manager_id = g_strdup (chosen (self->manager_filter, NULL, self->manager_ids));
  load->status = g_strdup (chosen (self->status_filter, mz_partner_statuses (), NULL));
  load->tag = g_strdup (chosen (self->tag_filter, NULL, self->tags));
  return load;
}

void
_mz_partners_page_clear_filters_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (widget);
  GtkDropDown *filters[] = {
    self->type_filter, self->region_filter, self->unit_filter,
    self->manager_filter, self->status_filter, self->tag_filter,
  };

  self->updating_filters = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_drop_down_set_selected (filters[i], 0);
  self->updating_filters = FALSE;

  /* The search text belongs to the window's search bar, which empties
   * its entry when it closes. */
  if (_mz_partners_page_searching (self))
    gtk_widget_activate_action (widget, "win.search", NULL);

  _mz_partners_page_update_state (self);
  _mz_partners_page_reload (self);
}

/* Search */

gboolean
_mz_partners_page_searching (MzPartnersPage *self)
{
  return self->search_ids != NULL;
}

/* What one search found, read in a worker thread. */
typedef struct
{
  char       *path;
  MzStore    *searcher;
  char       *text;
  GPtrArray  *sorted;     /* the partners to pick from, in the table's order */
  GHashTable *ids;        /* partner ids */
  GPtrArray  *rows;       /* the partners found, in the table's order */
  gboolean    truncated;
} SearchJob;

static void
search_job_free (SearchJob *job)
{
  g_free (job->path);
  g_clear_object (&job->searcher);
  g_free (job->text);
  g_clear_pointer (&job->sorted, g_ptr_array_unref);
  g_clear_pointer (&job->ids, g_hash_table_unref);
  g_clear_pointer (&job->rows, g_ptr_array_unref);
  g_free (job);
}

/* Finds the partners whose names match, and picks them from the sorted
 * rows in their order: the main thread then only swaps the result in. */
static gboolean
run_search (MzStore     *store,
            SearchJob   *job,
            GError     **error)
{
  g_autoptr(GListModel) hits = mz_search_names (store, job->text, SEARCH_LIMIT, error);
  guint n;

  if (hits == NULL)
    return FALSE;

  n = g_list_model_get_n_items (hits);
  job->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);

      if (g_strcmp0 (mz_search_hit_get_kind (hit), "partner") == 0)
        g_hash_table_add (job->ids, g_strdup (mz_search_hit_get_partner_id (hit)));
    }
  job->truncated = n >= SEARCH_LIMIT;

  job->rows = g_ptr_array_new_full (g_hash_table_size (job->ids), g_object_unref);
  for (guint i = 0; job->sorted != NULL && i < job->sorted->len; i++)
    {
      MzPartner *partner = g_ptr_array_index (job->sorted, i);

      if (g_hash_table_contains (job->ids, mz_partner_get_id (partner)))
        g_ptr_array_add (job->rows, g_object_ref (partner));
    }
  return TRUE;
}

static void
search_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  GError *error = NULL;

  if (job->searcher == NULL)
    {
      job->searcher = mz_store_open_full (job->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);
      /* The index pages a search reads stay in the system's file cache:
       * a large cache of this connection's own would only add to the
       * window's memory. */
      if (job->searcher != NULL && !mz_partner_page_limit_cache (job->searcher, SEARCH_CACHE_KIB, &error))
        g_clear_object (&job->searcher);
    }

  if (job->searcher != NULL && run_search (job->searcher, job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Shows the partners @rows found (NULL: all) with their ids @ids; takes
 * both. One step whatever their number: the table updates the rows it
 * shows. */
static void
apply_search (MzPartnersPage *self,
              GHashTable     *ids,
              GPtrArray      *rows,
              gboolean        truncated)
{
  gint64 start = g_get_monotonic_time ();

  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  self->search_ids = ids;
  self->search_truncated = truncated;
  if (ids == NULL)
    g_clear_pointer (&rows, g_ptr_array_unref);
  else if (rows == NULL)
    rows = g_ptr_array_new_with_free_func (g_object_unref);
  mz_partners_page_rows_set_subset (self->filter_model, rows);
  mz_worker_trim_later ();
  _mz_partners_page_update_state (self);
  g_debug ("Search shows %u partners (%.1f ms on the main thread)",
           g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)),
           (g_get_monotonic_time () - start) / 1000.0);
}

static gboolean
close_searcher_cb (gpointer data)
{
  MzPartnersPage *self = data;

  self->searcher_source = 0;
  g_clear_object (&self->searcher);
  mz_worker_trim_later ();
  return G_SOURCE_REMOVE;
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (source);
  SearchJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *text = NULL;
  const char *search;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;  /* the store changed meanwhile */

  /* Keep the connection for the next keystroke, and close it (with its
   * cache) once the typing stopped. */
  if (self->searcher == NULL)
    self->searcher = g_steal_pointer (&job->searcher);
  g_clear_handle_id (&self->searcher_source, g_source_remove);
  if (self->searcher != NULL)
    self->searcher_source = g_timeout_add_seconds (SEARCHER_IDLE_S, close_searcher_cb, self);
  self->search_running = FALSE;

  search = _mz_partners_page_get_search_text (self);
  text = g_strstrip (g_strdup (search != NULL ? search : ""));
  sorted = mz_partners_page_rows_dup_sorted (self->filter_model);
  if (g_strcmp0 (text, job->text) != 0 || (error == NULL && sorted != job->sorted))
    {
      /* Typed on meanwhile, or the rows changed: only the latest counts. */
      _mz_partners_page_update_search (self);
      return;
    }

  if (error != NULL)
    {
      g_warning ("Cannot search for “%s”: %s", job->text, error->message);
      apply_search (self, g_hash_table_new (g_str_hash, g_str_equal), NULL, FALSE);
      return;
    }

  apply_search (self, g_steal_pointer (&job->ids), g_steal_pointer (&job->rows), job->truncated);
}

static void
start_search (MzPartnersPage *self)
{
  g_autoptr(GTask) task = NULL;
  SearchJob *job = g_new0 (SearchJob, 1);

  job->path = g_strdup (mz_store_get_path (_mz_partners_page_get_store (self)));
  job->searcher = g_steal_pointer (&self->searcher);
  job->text = g_strstrip (g_strdup (_mz_partners_page_get_search_text (self)));
  job->sorted = mz_partners_page_rows_dup_sorted (self->filter_model);
  self->search_running = TRUE;

  task = g_task_new (self, self->cancellable, on_search_done_cb, NULL);
  g_task_set_source_tag (task, start_search);
  g_task_set_task_data (task, job, (GDestroyNotify) search_job_free);
  g_task_run_in_thread (task, search_thread);
}

/* The search runs in a worker thread on a connection of its own, one at
 * a time; keystrokes meanwhile wait for it and only the last one is
 * searched. The worker also picks the rows to show, in order; the main
 * thread swaps them in. */
void
_mz_partners_page_update_search (MzPartnersPage *self)
{
  MzStore *store = _mz_partners_page_get_store (self);
  const char *search = _mz_partners_page_get_search_text (self);
  g_autofree char *text = g_strstrip (g_strdup (search != NULL ? search : ""));
  const char *path = store ? mz_store_get_path (store) : NULL;

  g_clear_handle_id (&self->research_source, g_source_remove);

  if (*text == '\0' || store == NULL)
    {
      if (!self->search_running)
        apply_search (self, NULL, NULL, FALSE);
      return;
    }

  /* A database without a file of its own (in memory): search here. */
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) error = NULL;
      SearchJob job = { .text = text };

      job.sorted = mz_partners_page_rows_dup_sorted (self->filter_model);
      if (!run_search (store, &job, &error))
        g_warning ("Cannot search for “%s”: %s", text, error->message);
      apply_search (self, job.ids ? job.ids : g_hash_table_new (g_str_hash, g_str_equal),
                    job.rows, job.truncated);
      g_ptr_array_unref (job.sorted);
      return;
    }

  if (!self->search_running)
    start_search (self);
  _mz_partners_page_update_state (self);
}

static gboolean
research_cb (gpointer data)
{
  MzPartnersPage *self = data;

  self->research_source = 0;
  _mz_partners_page_update_search (self);
  return G_SOURCE_REMOVE;
}

void
_mz_partners_page_sorted_changed (MzPartnersPage *self)
{
  /* A search shows some of the sorted rows: pick them again once the
   * rows are sorted (a search running notices by itself). */
  if (self->search_ids == NULL || self->search_running || self->research_source != 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    return;
  self->research_source = g_idle_add_full (G_PRIORITY_LOW, research_cb, self, NULL);
}

/* mz-partners-page.c — the Partners section: the table of partners and
 * the page of one partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is a GtkColumnView over
 *   loaded partners (GListModel of MzPartner, filtered in SQL by the
 *   dropdowns) → GtkFilterListModel (the window's search) →
 *   GtkSortListModel (the column view's sorter) → GtkSingleSelection.
 * Loading 20,000 partners takes about a fifth of a second, so it runs in a
 * worker thread on a connection of its own; the window keeps drawing and
 * a spinner turns. The search uses the store's trigram index, which finds
 * any part of a name in any script, even one or two characters.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-identity.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-columns.h"
#include "mz-partner-editor.h"
#include "mz-partner-page-queries.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partner-view.h"
#include "mz-partners-page-private.h"
#include "mz-search.h"
#include "mz-stats.h"

/* When the table is empty, the first rows come in steps of this many:
 * GTK 4.8 makes the cells of about 200 rows at once, and each step is a
 * frame's work rather than a pause. */
#define FILL_STEP 40

/* The page cache of the connection that loads the list, in KiB. */
#define READER_CACHE_KIB 2048

/* Partner and contact hits read for one search: enough for any list a
 * person scrolls through; more words narrow it. */
#define SEARCH_LIMIT 2000

static const char * const regions[] = { "AFR", "AMS", "ARB", "ASP", "CIS", "EUR", NULL };

struct _MzPartnersPage
{
  AdwBin               parent_instance;

  MzStore             *store;
  char                *search_text;
  GHashTable          *search_ids;        /* partner ids; NULL without a search */
  gboolean             search_truncated;

  /* Loading */
  MzStore             *reader;            /* the worker's connection, between loads */
  GCancellable        *cancellable;
  char                *load_error;
  char                *select_after_load;
  guint                loading : 1;
  guint                reload_pending : 1;
  guint                loaded_once : 1;
  guint                updating_filters : 1;

  /* Model chain */
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *search_filter;

  /* Codes behind the items of the dynamic filters (index 0 is "all") */
  GPtrArray           *unit_ids;
  GPtrArray           *manager_ids;
  GPtrArray           *tags;

  GPtrArray           *trail;             /* partner ids to go back to */
  GListModel          *filling;           /* rows still to add to the table */
  guint                filled;
  guint                fill_source;
  GtkWindow           *editor;
  AdwToast            *toast;
  gint64               data_version;      /* when the list was last read */
  gint64               changes;
  guint                n_cells;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *page_stack;
  GtkFlowBox          *filter_box;
  GtkDropDown         *type_filter;
  GtkDropDown         *region_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *manager_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *tag_filter;
  GtkWidget           *clear_filters_button;
  GtkSpinner          *busy_spinner;
  GtkLabel            *count_label;
  GtkStack            *list_stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *column_view;
  AdwStatusPage       *no_match_page;
  AdwStatusPage       *error_page;
  MzPartnerView       *partner_view;
};

G_DEFINE_FINAL_TYPE (MzPartnersPage, mz_partners_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (MzPartnersPage *self);

/* What one load reads, in the worker or, without a file, right here. */
typedef struct
{
  char       *path;
  MzStore    *reader;
  char       *type;
  char       *region;
  char       *unit_id;
  char       *manager_id;
  char       *status;
  char       *tag;
  GListModel *partners;
  GListModel *units;
  GPtrArray  *staff;
  char      **tags;
} Load;

static void
load_free (Load *load)
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

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

static gboolean
filters_active (MzPartnersPage *self)
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

static gboolean
searching (MzPartnersPage *self)
{
  return self->search_ids != NULL;
}

static void
update_state (MzPartnersPage *self)
{
  GListModel *loaded = gtk_filter_list_model_get_model (self->filter_model);
  guint n_loaded = loaded ? g_list_model_get_n_items (loaded) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *count = NULL;
  g_autofree char *number = g_strdup_printf ("%'u", n_shown);
  const char *state;

  if (self->load_error != NULL)
    state = "error";
  else if (!self->loaded_once)
    state = "loading";
  else if (n_shown > 0)
    state = "list";
  else if (n_loaded == 0 && !filters_active (self) && !searching (self))
    state = "empty";
  else
    state = "no-match";

  if (g_str_equal (state, "error"))
    adw_status_page_set_description (self->error_page, self->load_error);

  gtk_stack_set_visible_child_name (self->list_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  gtk_spinner_set_spinning (self->busy_spinner, self->loading && self->loaded_once);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), self->loading && self->loaded_once);
  gtk_widget_set_visible (self->clear_filters_button, filters_active (self));

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

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.clear-filters",
                                 filters_active (self) || searching (self));
}

static guint
find_partner (GListModel *model,
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
  guint position = find_partner (G_LIST_MODEL (self->sort_model), id);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
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

static gboolean
update_dynamic_filters (MzPartnersPage *self,
                        Load           *load)
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

/* Loading */

static gboolean
run_load (MzStore  *store,
          Load     *load,
          GError  **error)
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

  /* Sorting by name needs a collation key per name: made here, off the
   * main thread. */
  for (guint i = 0; i < g_list_model_get_n_items (load->partners); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (load->partners, i);

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
  Load *load = task_data;
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

static void
stop_filling (MzPartnersPage *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->filling);
}

static gboolean
fill_step_cb (gpointer data)
{
  MzPartnersPage *self = data;
  GListStore *shown = G_LIST_STORE (gtk_filter_list_model_get_model (self->filter_model));
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
  update_state (self);
  return G_SOURCE_REMOVE;
}

/* Shows @rows; into an empty table, a step at a time. */
static void
show_rows (MzPartnersPage *self,
           GListModel     *rows)
{
  GListModel *shown = gtk_filter_list_model_get_model (self->filter_model);
  g_autoptr(GListStore) store = NULL;

  stop_filling (self);

  if ((shown != NULL && g_list_model_get_n_items (shown) > 0) ||
      g_list_model_get_n_items (rows) <= FILL_STEP * 2)
    {
      gtk_filter_list_model_set_model (self->filter_model, rows);
      return;
    }

  store = g_list_store_new (MZ_TYPE_PARTNER);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (store));
  self->filling = g_object_ref (rows);
  self->filled = 0;
  fill_step_cb (self);
  /* After the frame that shows the first rows. */
  self->fill_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_step_cb, self, NULL);
}

static void
apply_load (MzPartnersPage *self,
            Load           *load,
            const GError   *error)
{
  g_autofree char *selected_id = NULL;
  MzPartner *selected;
  gint64 start = g_get_monotonic_time ();

  self->loaded_once = TRUE;
  g_clear_pointer (&self->load_error, g_free);

  if (error != NULL)
    {
      self->load_error = g_strdup (error->message);
      stop_filling (self);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      update_state (self);
      return;
    }

  if (update_dynamic_filters (self, load))
    self->reload_pending = TRUE;

  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_id = g_strdup (self->select_after_load ? self->select_after_load
                          : selected ? mz_partner_get_id (selected) : NULL);
  g_clear_pointer (&self->select_after_load, g_free);

  {
    g_autoptr(GListModel) rows = reuse_unchanged (gtk_filter_list_model_get_model (self->filter_model),
                                                  load->partners);

    show_rows (self, rows);
  }
  select_partner (self, selected_id);
  update_state (self);
  g_debug ("Showed %u partners in %.1f ms (main thread)",
           g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)),
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;  /* the store changed meanwhile */

  /* Keep the worker's connection for the next load. */
  if (self->reader == NULL && load->reader != NULL)
    self->reader = g_steal_pointer (&load->reader);

  self->loading = FALSE;
  apply_load (self, load, error);

  if (self->reload_pending)
    reload (self);
}

static Load *
load_new (MzPartnersPage *self)
{
  Load *load = g_new0 (Load, 1);

  load->type = g_strdup (chosen (self->type_filter, mz_partner_types (), NULL));
  load->region = g_strdup (chosen (self->region_filter, regions, NULL));
  load->unit_id = g_strdup (chosen (self->unit_filter, NULL, self->unit_ids));
  load->manager_id = g_strdup (chosen (self->manager_filter, NULL, self->manager_ids));
  load->status = g_strdup (chosen (self->status_filter, mz_partner_statuses (), NULL));
  load->tag = g_strdup (chosen (self->tag_filter, NULL, self->tags));
  return load;
}

static void
reload (MzPartnersPage *self)
{
  g_autoptr(Load) load = NULL;
  g_autoptr(GTask) task = NULL;
  const char *path;

  if (self->store == NULL)
    return;

  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }

  self->reload_pending = FALSE;
  mz_stats_get_change_counters (self->store, &self->data_version, &self->changes);
  load = load_new (self);
  path = mz_store_get_path (self->store);

  /* A database without a file of its own (in memory) has no second
   * connection: read it here. */
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) error = NULL;

      run_load (self->store, load, &error);
      apply_load (self, load, error);
      return;
    }

  load->path = g_strdup (path);
  load->reader = g_steal_pointer (&self->reader);
  self->loading = TRUE;

  task = g_task_new (self, self->cancellable, on_load_done_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, g_steal_pointer (&load), (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
  update_state (self);
}

/* Search */

static void
update_search (MzPartnersPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *text = g_strstrip (g_strdup (self->search_text ? self->search_text : ""));
  gint64 start = g_get_monotonic_time ();

  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  self->search_truncated = FALSE;

  if (*text != '\0' && self->store != NULL)
    {
      self->search_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      hits = mz_search_names (self->store, text, SEARCH_LIMIT, &error);
      if (hits == NULL)
        g_warning ("Cannot search for “%s”: %s", text, error->message);

      for (guint i = 0; hits != NULL && i < g_list_model_get_n_items (hits); i++)
        {
          g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);

          if (g_strcmp0 (mz_search_hit_get_kind (hit), "partner") == 0)
            g_hash_table_add (self->search_ids, g_strdup (mz_search_hit_get_partner_id (hit)));
        }
      self->search_truncated = hits != NULL && g_list_model_get_n_items (hits) >= SEARCH_LIMIT;
    }

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
  g_debug ("Searched “%s”: %u partners shown in %.1f ms", text,
           g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)),
           (g_get_monotonic_time () - start) / 1000.0);
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  MzPartnersPage *self = user_data;

  return self->search_ids == NULL ||
         g_hash_table_contains (self->search_ids, mz_partner_get_id (item));
}

/* Navigation */

static void
show_list (MzPartnersPage *self)
{
  g_ptr_array_set_size (self->trail, 0);
  gtk_stack_set_visible_child_name (self->page_stack, "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.back", FALSE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->column_view)) ||
      gtk_stack_get_visible_child (self->list_stack) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static gboolean
show_partner (MzPartnersPage *self,
              const char     *id)
{
  g_autoptr(GError) error = NULL;

  if (!mz_partner_view_load (self->partner_view, self->store, id, &error))
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return FALSE;
    }

  gtk_stack_set_visible_child_name (self->page_stack, "partner");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.back", TRUE);
  gtk_widget_child_focus (GTK_WIDGET (self->partner_view), GTK_DIR_TAB_FORWARD);
  return TRUE;
}

static void
on_editor_saved_cb (MzPartnerEditor *editor,
                    const char      *partner_id,
                    MzPartnersPage  *self)
{
  gboolean shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0 &&
                   g_strcmp0 (mz_partner_view_get_partner_id (self->partner_view), partner_id) == 0;

  reload (self);
  if (searching (self))
    update_search (self);

  /* A new partner opens; an edited one shows its changes. */
  if (shown)
    show_partner (self, partner_id);
  else
    mz_partners_page_open_partner (self, partner_id);
}

static void
open_editor (MzPartnersPage *self,
             const char     *partner_id)
{
  g_autoptr(GError) error = NULL;
  MzPartnerEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->store == NULL)
    return;
  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = mz_partner_editor_new (self->store, partner_id, &error);
  if (editor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Callbacks */

static void
on_filter_changed_cb (MzPartnersPage *self)
{
  if (self->updating_filters)
    return;

  update_state (self);
  reload (self);
}

static void
on_row_activated_cb (MzPartnersPage *self,
                     guint           position)
{
  g_autoptr(MzPartner) partner = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (partner != NULL)
    mz_partners_page_open_partner (self, mz_partner_get_id (partner));
}

static void
on_open_partner_cb (MzPartnersPage *self,
                    const char     *partner_id)
{
  const char *current = mz_partner_view_get_partner_id (self->partner_view);
  g_autofree char *previous = g_strdup (current);

  if (show_partner (self, partner_id) && previous != NULL)
    g_ptr_array_add (self->trail, g_steal_pointer (&previous));
}

static void
on_partner_archived_cb (MzPartnersPage *self,
                        const char     *partner_id,
                        const char     *name)
{
  GListModel *loaded = gtk_filter_list_model_get_model (self->filter_model);
  guint position = find_partner (loaded, partner_id);
  g_autofree char *escaped = g_markup_escape_text (name ? name : "", -1);
  /* Translators: a toast after archiving the partner %s */
  g_autofree char *title = g_strdup_printf (_("“%s” archived"), escaped);
  AdwToast *toast;

  if (position != GTK_INVALID_LIST_POSITION && G_IS_LIST_STORE (loaded))
    g_list_store_remove (G_LIST_STORE (loaded), position);
  else
    reload (self);

  show_list (self);
  update_state (self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "partners.restore");
  adw_toast_set_action_target (toast, "s", partner_id);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_partner_changed_cb (MzPartnersPage *self)
{
  reload (self);
}

static void
on_edit_requested_cb (MzPartnersPage *self,
                      const char     *partner_id)
{
  open_editor (self, partner_id);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MZ_PARTNERS_PAGE (widget), NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
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
  if (searching (self))
    gtk_widget_activate_action (widget, "win.search", NULL);

  update_state (self);
  reload (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (widget);

  while (self->trail->len > 0)
    {
      g_autofree char *id = g_ptr_array_steal_index (self->trail, self->trail->len - 1);

      if (show_partner (self, id))
        return;
    }

  show_list (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mz_partners_page_open_partner (MZ_PARTNERS_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!mz_partner_service_restore (self->store, id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  g_free (self->select_after_load);
  self->select_after_load = g_strdup (id);
  reload (self);
  /* The search index holds the partner again: search again. */
  if (searching (self))
    update_search (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (widget);
  const char *shown = mz_partner_view_get_partner_id (self->partner_view);

  reload (self);
  update_search (self);
  if (shown != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0)
    {
      g_autofree char *id = g_strdup (shown);

      if (!show_partner (self, id))
        show_list (self);
    }
}

/* Overrides */

/* Another section (or another program) may have written meanwhile: read
 * again what is shown, if anything changed. */
static void
mz_partners_page_map (GtkWidget *widget)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (widget);
  gint64 data_version, changes;

  GTK_WIDGET_CLASS (mz_partners_page_parent_class)->map (widget);

  if (self->store == NULL || !self->loaded_once)
    return;

  mz_stats_get_change_counters (self->store, &data_version, &changes);
  if (data_version == self->data_version && changes == self->changes)
    return;

  reload_action (widget, "page.reload", NULL);
}

static void
mz_partners_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partners_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_partners_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      mz_partners_page_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partners_page_dispose (GObject *object)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  stop_filling (self);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->store);
  g_clear_object (&self->reader);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->select_after_load, g_free);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->manager_ids, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->trail, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);

  G_OBJECT_CLASS (mz_partners_page_parent_class)->dispose (object);
}

static void
mz_partners_page_class_init (MzPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partners_page_dispose;
  object_class->get_property = mz_partners_page_get_property;
  object_class->set_property = mz_partners_page_set_property;
  widget_class->map = mz_partners_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MZ_TYPE_PARTNER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, region_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, manager_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, MzPartnersPage, partner_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_partner_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_archived_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_requested_cb);

  gtk_widget_class_install_action (widget_class, "partners.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "partners.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "partners.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "partners.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "partners.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "partners.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "partners.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "partners.back", NULL);
}

static void
setup_static_filters (MzPartnersPage *self)
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

static void
mz_partners_page_init (MzPartnersPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->trail = g_ptr_array_new_with_free_func (g_free);

  self->search_filter = gtk_custom_filter_new (search_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->search_filter));
  mz_partner_columns_add (self->column_view, &self->n_cells);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Sorting 20,000 rows in steps keeps the window drawing; the rows come
   * sorted by name already. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  setup_static_filters (self);

  /* The filters take the focus, not the flow box children around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* Ctrl+N anywhere in the window while the section is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("partners.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.back", FALSE);
  update_state (self);
}

/* Public API */

MzStore *
mz_partners_page_get_store (MzPartnersPage *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE (self), NULL);
  return self->store;
}

void
mz_partners_page_set_store (MzPartnersPage *self,
                            MzStore        *store)
{
  g_return_if_fail (MZ_IS_PARTNERS_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Results of loads from the previous database are not wanted. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->reader);
  self->loading = FALSE;
  self->loaded_once = FALSE;
  g_clear_pointer (&self->load_error, g_free);
  stop_filling (self);
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);

  show_list (self);
  update_search (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
mz_partners_page_get_search_text (MzPartnersPage *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE (self), NULL);
  return self->search_text;
}

void
mz_partners_page_set_search_text (MzPartnersPage *self,
                                  const char     *text)
{
  g_return_if_fail (MZ_IS_PARTNERS_PAGE (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  update_search (self);

  /* Searching is about the table: go back to it. */
  if (searching (self) && g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0)
    show_list (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

void
mz_partners_page_open_partner (MzPartnersPage *self,
                               const char     *partner_id)
{
  g_return_if_fail (MZ_IS_PARTNERS_PAGE (self));
  g_return_if_fail (partner_id != NULL);

  g_ptr_array_set_size (self->trail, 0);
  show_partner (self, partner_id);
}

/* Private API, for the tests */

GtkColumnView *
_mz_partners_page_get_column_view (MzPartnersPage *self)
{
  return self->column_view;
}

GListModel *
_mz_partners_page_get_shown (MzPartnersPage *self)
{
  return G_LIST_MODEL (self->sort_model);
}

GListModel *
_mz_partners_page_get_loaded (MzPartnersPage *self)
{
  return gtk_filter_list_model_get_model (self->filter_model);
}

gboolean
_mz_partners_page_is_loading (MzPartnersPage *self)
{
  return self->loading || self->reload_pending || self->filling != NULL;
}

const char *
_mz_partners_page_get_state (MzPartnersPage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0)
    return "partner";
  return gtk_stack_get_visible_child_name (self->list_stack);
}

GtkDropDown *
_mz_partners_page_get_filter (MzPartnersPage *self,
                              const char     *name)
{
  if (g_str_equal (name, "type"))
    return self->type_filter;
  if (g_str_equal (name, "region"))
    return self->region_filter;
  if (g_str_equal (name, "unit"))
    return self->unit_filter;
  if (g_str_equal (name, "manager"))
    return self->manager_filter;
  if (g_str_equal (name, "status"))
    return self->status_filter;
  if (g_str_equal (name, "tag"))
    return self->tag_filter;
  return NULL;
}

MzPartnerView *
_mz_partners_page_get_view (MzPartnersPage *self)
{
  return self->partner_view;
}

GtkWindow *
_mz_partners_page_get_editor (MzPartnersPage *self)
{
  return self->editor;
}

AdwToast *
_mz_partners_page_get_toast (MzPartnersPage *self)
{
  return self->toast;
}

guint
_mz_partners_page_get_n_cells (MzPartnersPage *self)
{
  return self->n_cells;
}

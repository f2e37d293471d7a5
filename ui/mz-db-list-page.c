/* mz-db-list-page.c — what the sections over a big table of the database
 * share (Contacts, Interactions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-db-list-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-column-sort.h"
#include "mz-db-list-page.h"
#include "mz-list-export-button.h"
#include "mz-org-unit.h"
#include "mz-search.h"
#include "mz-section-page.h"
#include "mz-slot-model.h"
#include "mz-window.h"

/* Rows out of sight
 *
 * GTK 4.8 keeps some 200 rows of cells however few the window shows (it
 * leaves those out of sight unmapped): a search that put other rows in
 * all of them had the main thread set some 1,400 texts on each keystroke
 * for the 25 rows one sees. A cell that is not mapped keeps what it
 * showed (it is "stale") until it is mapped: a scroll, a larger window,
 * the section shown again. */

typedef void (*BindFunc) (GtkListItemFactory *factory,
                          GtkListItem        *item,
                          gpointer            user_data);

/* On a cell: the list item it shows, while stale (borrowed). */
#define STALE_ITEM "mz-stale-item"

static void
on_cell_map_cb (GtkWidget          *cell,
                GtkListItemFactory *factory)
{
  GtkListItem *item = g_object_steal_data (G_OBJECT (cell), STALE_ITEM);
  BindFunc bind;

  if (item == NULL)
    return;
  bind = (BindFunc) g_object_get_data (G_OBJECT (factory), "mz-bind");
  bind (factory, item, g_object_get_data (G_OBJECT (factory), "mz-bind-data"));
}

gboolean
mz_db_list_page_defer_cell (GtkSignalListItemFactory *factory,
                            GtkListItem              *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  if (cell == NULL || gtk_widget_get_mapped (cell))
    {
      if (cell != NULL)
        g_object_set_data (G_OBJECT (cell), STALE_ITEM, NULL);
      return FALSE;
    }
  if (g_object_get_data (G_OBJECT (cell), "mz-map-watched") == NULL)
    {
      g_object_set_data (G_OBJECT (cell), "mz-map-watched", GINT_TO_POINTER (TRUE));
      g_signal_connect_object (cell, "map", G_CALLBACK (on_cell_map_cb), factory, 0);
    }
  g_object_set_data (G_OBJECT (cell), STALE_ITEM, item);
  return TRUE;
}

/* Columns */

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  if (cell != NULL)
    g_object_set_data (G_OBJECT (cell), STALE_ITEM, NULL);
  mz_slot_model_unbind (item);
}

GtkColumnViewColumn *
mz_db_list_page_add_column (GtkColumnView *view,
                            int            id,
                            const char    *title,
                            gboolean       expand,
                            GCallback      setup,
                            GCallback      bind,
                            gpointer       user_data)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) marker = mz_column_sort_marker (id);

  g_object_set_data (G_OBJECT (factory), "mz-column", GINT_TO_POINTER (id));
  g_object_set_data (G_OBJECT (factory), "mz-bind", bind);
  g_object_set_data (G_OBJECT (factory), "mz-bind-data", user_data);
  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), user_data);

  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_sorter (column, marker);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  return column;
}

int
mz_db_list_page_column_id (GtkSignalListItemFactory *factory)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
}

/* Filters */

void
mz_db_list_page_fill_unit_filter (GtkDropDown *dropdown,
                                  GPtrArray   *unit_ids,
                                  MzStore     *store,
                                  const char  *all_label,
                                  gpointer     handler_data)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  guint n;

  g_ptr_array_set_size (unit_ids, 0);
  gtk_string_list_append (names, all_label);
  units = store ? mz_org_unit_list (store, NULL) : NULL;
  n = units ? g_list_model_get_n_items (units) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      gtk_string_list_append (names, mz_org_unit_get_code (unit));
    }
  g_signal_handlers_block_matched (dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  g_signal_handlers_unblock_matched (dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
}

const char *
mz_db_list_page_choice (GtkDropDown        *dropdown,
                        const char * const *codes,
                        int                 n)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (n < 0)
    n = codes ? g_strv_length ((char **) codes) : 0;
  if (selected == GTK_INVALID_LIST_POSITION || selected < 1 || selected > (guint) n)
    return NULL;
  return codes[selected - 1];
}

void
mz_db_list_page_clear_filters (GtkWidget         *page,
                               GtkWidget * const *filters,
                               guint              n_filters,
                               gpointer           handler_data)
{
  GtkWidget *window = gtk_widget_get_ancestor (page, MZ_TYPE_WINDOW);

  for (guint i = 0; i < n_filters; i++)
    {
      g_signal_handlers_block_matched (filters[i], G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
      if (GTK_IS_DROP_DOWN (filters[i]))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (filters[i]), 0);
      else if (GTK_IS_TOGGLE_BUTTON (filters[i]))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (filters[i]), FALSE);
      g_signal_handlers_unblock_matched (filters[i], G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
    }
  if (window != NULL)
    g_object_set (window, "search-active", FALSE, NULL);
  mz_section_page_drop_search (MZ_SECTION_PAGE (page));
}

/* State */

void
mz_db_list_page_toast (GtkWidget  *page,
                       const char *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (page, MZ_TYPE_WINDOW);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (window != NULL)
    mz_window_add_toast (MZ_WINDOW (window), adw_toast_new (markup));
  else
    g_message ("%s", text);
}

gboolean
mz_db_list_page_is_loading (MzListLoader *loader)
{
  return loader != NULL && mz_list_loader_is_loading (loader);
}

gboolean
mz_db_list_page_is_loaded (MzListLoader *loader)
{
  return loader != NULL && mz_list_loader_is_loaded (loader);
}

guint
mz_db_list_page_n_rows (MzListLoader *loader)
{
  return loader ? g_list_model_get_n_items (G_LIST_MODEL (mz_list_loader_get_model (loader))) : 0;
}

const char *
mz_db_list_page_show_state (GtkStack     *stack,
                            GtkSpinner   *loading_spinner,
                            MzListLoader *loader,
                            gboolean      filtered)
{
  const char *state;

  if (!mz_db_list_page_is_loaded (loader))
    state = loader ? "loading" : "empty";
  else if (mz_db_list_page_n_rows (loader) > 0)
    state = "list";
  else
    state = filtered ? "no-match" : "empty";
  gtk_stack_set_visible_child_name (stack, state);
  gtk_spinner_set_spinning (loading_spinner, g_str_equal (state, "loading"));
  return state;
}

/* Search */

char **
mz_db_list_page_search_ids (MzStore     *store,
                            const char  *text,
                            guint        limit,
                            gboolean     contacts,
                            GError     **error)
{
  g_autoptr(GListModel) hits = mz_search_names (store, text, limit, error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n;

  if (hits == NULL)
    return NULL;

  n = g_list_model_get_n_items (hits);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);
      const char *id = contacts ? mz_search_hit_get_contact_id (hit) : NULL;

      if (id == NULL)
        id = mz_search_hit_get_partner_id (hit);
      /* The hits own the ids until the builder copies them. */
      if (id != NULL && g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (ids, id);
    }
  return g_strv_builder_end (ids);
}

/* Editors and shortcuts */

void
mz_db_list_page_present_editor (GtkWidget *page,
                                GtkWindow *editor,
                                GCallback  saved,
                                GCallback  destroyed)
{
  g_signal_connect_object (editor, "saved", saved, page, 0);
  g_signal_connect_object (editor, "destroy", destroyed, page, 0);
  gtk_window_present (editor);
}

void
mz_db_list_page_add_new_shortcut (GtkWidget  *page,
                                  const char *action_name)
{
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new (action_name)));
  gtk_widget_add_controller (page, GTK_EVENT_CONTROLLER (shortcuts));
}

/* Export */

typedef struct
{
  char               *path;
  gpointer            job;
  GDestroyNotify      job_free;
  MzDbListRowidsFunc  rowids;
  MzPagedModelFetch   fetch;
  MzDbListAddRowFunc  add_row;
} ExportContext;

static void
export_context_free (gpointer data)
{
  ExportContext *context = data;

  g_free (context->path);
  context->job_free (context->job);
  g_free (context);
}

void
mz_db_list_page_export_context (MzListTable        *table,
                                MzStore            *store,
                                gpointer            job,
                                GDestroyNotify      job_free,
                                MzDbListRowidsFunc  rowids,
                                MzPagedModelFetch   fetch,
                                MzDbListAddRowFunc  add_row,
                                GPtrArray         **rows,
                                gpointer           *context,
                                GDestroyNotify     *context_free)
{
  ExportContext *c;

  *rows = g_ptr_array_new ();
  if (store == NULL)
    {
      job_free (job);
      return;
    }
  mz_list_table_set_author (table, mz_store_get_actor (store));
  c = g_new0 (ExportContext, 1);
  c->path = g_strdup (mz_store_get_path (store));
  c->job = job;
  c->job_free = job_free;
  c->rowids = rowids;
  c->fetch = fetch;
  c->add_row = add_row;
  *context = c;
  *context_free = export_context_free;
}

void
mz_db_list_page_fill_export (MzListTable *table,
                             GPtrArray   *rows,
                             gpointer     context)
{
  ExportContext *c = context;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GArray) rowids = NULL;

  if (c == NULL)
    return;
  store = mz_store_open_full (c->path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);
  if (store != NULL)
    rowids = c->rowids (store, c->job, NULL, &error);
  for (guint start = 0; rowids != NULL && start < rowids->len; start += MZ_PAGED_MODEL_PAGE)
    {
      guint n = MIN (MZ_PAGED_MODEL_PAGE, rowids->len - start);
      g_autoptr(GPtrArray) page = c->fetch (store, &g_array_index (rowids, gint64, start), n, &error);

      if (page == NULL)
        break;
      for (guint i = 0; i < page->len; i++)
        c->add_row (table, page->pdata[i]);
    }
  /* The rows read so far are written; the log tells what stopped them. */
  if (error != NULL)
    g_warning ("Cannot read the rows to export from %s: %s", c->path, error->message);
}

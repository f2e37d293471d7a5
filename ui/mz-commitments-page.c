/* mz-commitments-page.c — the Commitments section: the table of
 * commitments with its filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its columns, filters, loading and export are in mz-commitments-page-*.c.
 * The table is a GtkColumnView over
 *   loaded rows (GListStore of MzCommitmentRow) → GtkFilterListModel (the
 *   dropdowns and the window's search) → GtkSortListModel (the column
 *   view's sorter) → GtkSingleSelection.
 * Reading 50,000 commitments with their CHF figures takes about half a
 * second, so it runs in a worker thread on a connection of its own
 * (mz_worker_run_async) while a spinner turns. The filters work on the
 * rows in memory: changing one never reads the database again.
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-commitment-editor.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitments-page-private.h"

G_DEFINE_FINAL_TYPE (MzCommitmentsPage, mz_commitments_page, MZ_TYPE_SECTION_PAGE)

/* Editor */

static void
on_editor_saved_cb (GtkWindow         *editor,
                    const char        *commitment_id,
                    MzCommitmentsPage *self)
{
  g_free (self->select_after_load);
  self->select_after_load = g_strdup (commitment_id);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Commitment saved")));
  _mz_commitments_page_reload (self);
}

/* Callbacks */

static void
on_filter_changed_cb (MzCommitmentsPage *self)
{
  if (self->updating_filters)
    return;

  _mz_commitments_page_refilter (self);
  _mz_commitments_page_update_state (self);
}

static void
on_row_activated_cb (MzCommitmentsPage *self,
                     guint              position)
{
  g_autoptr(MzCommitmentRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    mz_commitments_page_open_editor (self, mz_commitment_row_get_id (row));
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  mz_commitments_page_open_editor (MZ_COMMITMENTS_PAGE (widget), NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (widget);
  GtkDropDown *filters[] = {
    self->stage_filter, self->kind_filter, self->unit_filter,
    self->initiative_filter, self->year_filter, self->currency_filter,
  };

  self->updating_filters = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_drop_down_set_selected (filters[i], 0);
  self->updating_filters = FALSE;

  /* The search text belongs to the window's search bar, which empties
   * its entry when it closes. */
  if (_mz_commitments_page_get_search_key (self) != NULL)
    gtk_widget_activate_action (widget, "win.search", NULL);

  on_filter_changed_cb (self);
}

/* MzSectionPage */

static void
mz_commitments_page_reload (MzSectionPage *page)
{
  _mz_commitments_page_reload (MZ_COMMITMENTS_PAGE (page));
}

static void
mz_commitments_page_store_changed (MzSectionPage *page)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (page);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->loaded_once = FALSE;
  g_clear_pointer (&self->load_error, g_free);
  _mz_commitments_page_stop_filling (self);
  g_list_store_remove_all (self->rows);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  _mz_commitments_page_update_state (self);
}

static void
mz_commitments_page_search_changed (MzSectionPage *page)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (page);

  _mz_commitments_page_refilter (self);
  _mz_commitments_page_update_state (self);
}

/* Overrides */

static void
mz_commitments_page_dispose (GObject *object)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _mz_commitments_page_stop_filling (self);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  g_clear_weak_pointer (&self->editor);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->select_after_load, g_free);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (mz_commitments_page_parent_class)->dispose (object);
}

static void
mz_commitments_page_class_init (MzCommitmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mz_commitments_page_dispose;
  page_class->reload = mz_commitments_page_reload;
  page_class->store_changed = mz_commitments_page_store_changed;
  page_class->search_changed = mz_commitments_page_search_changed;
  /* It reads again after its own writes, not after others'. */
  page_class->reload_on_map = FALSE;

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-commitments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, stage_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, initiative_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, year_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, currency_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "commitments.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "commitments.clear-filters", NULL, clear_filters_action);
}

static void
mz_commitments_page_init (MzCommitmentsPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_list_store_new (MZ_TYPE_COMMITMENT_ROW);
  self->filter = gtk_custom_filter_new (_mz_commitments_page_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), NULL);
  _mz_commitments_page_add_columns (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Sorting 50,000 rows in steps keeps the window drawing. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  _mz_commitments_page_setup_static_filters (self);
  _mz_commitments_page_setup_export (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* Ctrl+N anywhere in the window while the section is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("commitments.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  _mz_commitments_page_update_state (self);
}

/* Public API */

MzStore *
mz_commitments_page_get_store (MzCommitmentsPage *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENTS_PAGE (self), NULL);
  return _mz_commitments_page_get_store (self);
}

void
mz_commitments_page_set_search_text (MzCommitmentsPage *self,
                                     const char        *text)
{
  g_return_if_fail (MZ_IS_COMMITMENTS_PAGE (self));
  g_object_set (self, "search-text", text, NULL);
}

void
mz_commitments_page_open_editor (MzCommitmentsPage *self,
                                 const char        *commitment_id)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;
  GtkRoot *root;

  g_return_if_fail (MZ_IS_COMMITMENTS_PAGE (self));

  if (_mz_commitments_page_get_store (self) == NULL)
    return;
  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = mz_commitment_editor_new (_mz_commitments_page_get_store (self), commitment_id, &error);
  if (editor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor, GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (editor);
}

/* Private API, for the tests */

GtkColumnView *
_mz_commitments_page_get_column_view (MzCommitmentsPage *self)
{
  return self->column_view;
}

GListModel *
_mz_commitments_page_get_shown (MzCommitmentsPage *self)
{
  return G_LIST_MODEL (self->sort_model);
}

gboolean
_mz_commitments_page_is_loading (MzCommitmentsPage *self)
{
  return self->loading || self->reload_pending || self->filling != NULL;
}

guint
_mz_commitments_page_get_n_threaded (MzCommitmentsPage *self)
{
  return self->n_threaded;
}

const char *
_mz_commitments_page_get_state (MzCommitmentsPage *self)
{
  return gtk_stack_get_visible_child_name (self->list_stack);
}

GtkDropDown *
_mz_commitments_page_get_filter (MzCommitmentsPage *self,
                                 const char        *name)
{
  if (g_str_equal (name, "stage"))
    return self->stage_filter;
  if (g_str_equal (name, "kind"))
    return self->kind_filter;
  if (g_str_equal (name, "unit"))
    return self->unit_filter;
  if (g_str_equal (name, "initiative"))
    return self->initiative_filter;
  if (g_str_equal (name, "year"))
    return self->year_filter;
  if (g_str_equal (name, "currency"))
    return self->currency_filter;
  return NULL;
}

GtkWidget *
_mz_commitments_page_get_export_button (MzCommitmentsPage *self)
{
  return self->export_button;
}

GtkWindow *
_mz_commitments_page_get_editor (MzCommitmentsPage *self)
{
  return self->editor;
}

/* mz-partners-page.c — the Partners section: the table of partners and
 * the page of one partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is a GtkColumnView over
 *   loaded partners (GListModel of MzPartner, filtered in SQL by the
 *   dropdowns) → GtkSortListModel (the column view's sorter) →
 *   MzPartnersPageRows (all the sorted rows, or those the window's search
 *   picked in a worker thread) → MzSlotModel (rows that keep their
 *   cells) → GtkSingleSelection.
 * Loading 20,000 partners takes about a fifth of a second, so it runs in a
 * worker thread on a connection of its own; the window keeps drawing and
 * a spinner turns. The search uses the store's trigram index, which finds
 * any part of a name in any script, even one or two characters.
 *
 * The loading lives in mz-partners-page-load.c, the filter bar and the
 * search in mz-partners-page-filters.c; mz-partners-page-private.h holds
 * what they share.
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-partner-columns.h"
#include "mz-partner-editor.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partner-view.h"
#include "mz-partners-page-private.h"

G_DEFINE_FINAL_TYPE (MzPartnersPage, mz_partners_page, MZ_TYPE_SECTION_PAGE)

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

  if (!mz_partner_view_load (self->partner_view, _mz_partners_page_get_store (self), id, &error))
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

  _mz_partners_page_reload (self);
  if (_mz_partners_page_searching (self))
    _mz_partners_page_update_search (self);

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
  MzStore *store = _mz_partners_page_get_store (self);
  g_autoptr(GError) error = NULL;
  MzPartnerEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (store == NULL)
    return;
  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = mz_partner_editor_new (store, partner_id, &error);
  if (editor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  /* "Open" on a likely duplicate shows that partner's page. */
  g_signal_connect_object (editor, "open-partner", G_CALLBACK (mz_partners_page_open_partner), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Callbacks */

static void
on_filter_changed_cb (MzPartnersPage *self)
{
  if (self->updating_filters)
    return;

  _mz_partners_page_update_state (self);
  _mz_partners_page_reload (self);
}

/* The selection follows the partner selected, not its row. */
static void
on_selected_cb (MzPartnersPage *self)
{
  MzPartner *partner = mz_row_slot_unwrap (gtk_single_selection_get_selected_item (self->selection));

  g_free (self->selected_id);
  self->selected_id = partner ? g_strdup (mz_partner_get_id (partner)) : NULL;
}

/* After the rows took their new partners: the selected partner's row. */
static void
on_rows_changed_cb (MzPartnersPage *self,
                    guint           position)
{
  guint selected;
  MzPartner *partner;
  g_autofree char *id = NULL;

  if (self->selection == NULL)
    return;  /* disposed */

  selected = gtk_single_selection_get_selected (self->selection);
  if (self->selected_id == NULL || selected == GTK_INVALID_LIST_POSITION || selected < position)
    return;

  partner = mz_row_slot_unwrap (gtk_single_selection_get_selected_item (self->selection));
  if (partner != NULL && g_strcmp0 (mz_partner_get_id (partner), self->selected_id) == 0)
    return;

  id = g_steal_pointer (&self->selected_id);
  selected = _mz_partners_page_find_partner (G_LIST_MODEL (self->filter_model), id);
  if (selected != GTK_INVALID_LIST_POSITION)
    mz_slot_model_flush (self->slots);  /* its row may be on the way in */
  gtk_single_selection_set_selected (self->selection, selected);
}

static void
on_row_activated_cb (MzPartnersPage *self,
                     guint           position)
{
  g_autoptr(GObject) slot = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  MzPartner *partner = mz_row_slot_unwrap (slot);

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
  GListModel *loaded = gtk_sort_list_model_get_model (self->sort_model);
  guint position = _mz_partners_page_find_partner (loaded, partner_id);
  g_autofree char *escaped = g_markup_escape_text (name ? name : "", -1);
  /* Translators: a toast after archiving the partner %s */
  g_autofree char *title = g_strdup_printf (_("“%s” archived"), escaped);
  AdwToast *toast;

  if (position != GTK_INVALID_LIST_POSITION && G_IS_LIST_STORE (loaded))
    {
      g_autoptr(GObject) partner = g_list_model_get_item (loaded, position);

      /* Out of the search's rows at once too. */
      mz_partners_page_rows_remove (self->filter_model, partner);
      g_list_store_remove (G_LIST_STORE (loaded), position);
    }
  else
    _mz_partners_page_reload (self);

  show_list (self);
  _mz_partners_page_update_state (self);

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
  _mz_partners_page_reload (self);
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
  MzStore *store = _mz_partners_page_get_store (self);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;

  if (!mz_partner_service_restore (store, id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  g_free (self->select_after_load);
  self->select_after_load = g_strdup (id);
  _mz_partners_page_reload (self);
  /* The search index holds the partner again: search again. */
  if (_mz_partners_page_searching (self))
    _mz_partners_page_update_search (self);
}

/* MzSectionPage */

/* The window's "page.reload", a map after something was written, or
 * another store: read the partners again, search them again, and show
 * again the partner whose page is open. */
static void
mz_partners_page_reload (MzSectionPage *page)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (page);
  const char *shown = mz_partner_view_get_partner_id (self->partner_view);

  _mz_partners_page_reload (self);
  _mz_partners_page_update_search (self);
  if (shown != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0)
    {
      g_autofree char *id = g_strdup (shown);

      if (!show_partner (self, id))
        show_list (self);
    }
}

static void
mz_partners_page_store_changed (MzSectionPage *page)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (page);

  /* Results of loads from the previous database are not wanted. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->reader);
  g_clear_object (&self->searcher);
  self->loading = FALSE;
  self->search_running = FALSE;
  self->loaded_once = FALSE;
  g_clear_pointer (&self->load_error, g_free);
  _mz_partners_page_stop_filling (self);
  gtk_sort_list_model_set_model (self->sort_model, NULL);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);

  show_list (self);
}

static void
mz_partners_page_search_changed (MzSectionPage *page)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (page);

  _mz_partners_page_update_search (self);

  /* Searching is about the table: go back to it. */
  if (_mz_partners_page_searching (self) && g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "partner") == 0)
    show_list (self);
}

/* GObject */

static void
mz_partners_page_dispose (GObject *object)
{
  MzPartnersPage *self = MZ_PARTNERS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _mz_partners_page_stop_filling (self);
  g_clear_handle_id (&self->research_source, g_source_remove);
  g_clear_handle_id (&self->searcher_source, g_source_remove);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->reader);
  g_clear_object (&self->searcher);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->select_after_load, g_free);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->manager_ids, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->trail, g_ptr_array_unref);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);

  G_OBJECT_CLASS (mz_partners_page_parent_class)->dispose (object);
}

static void
mz_partners_page_class_init (MzPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mz_partners_page_dispose;
  page_class->reload = mz_partners_page_reload;
  page_class->store_changed = mz_partners_page_store_changed;
  page_class->search_changed = mz_partners_page_search_changed;

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
  gtk_widget_class_install_action (widget_class, "partners.clear-filters", NULL, _mz_partners_page_clear_filters_action);
  gtk_widget_class_install_action (widget_class, "partners.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "partners.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "partners.restore", "s", restore_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "partners.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "partners.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "partners.back", NULL);
}

static void
mz_partners_page_init (MzPartnersPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->trail = g_ptr_array_new_with_free_func (g_free);

  mz_partner_columns_add (self->column_view, &self->n_cells);
  /* Sorted first, then searched: a keystroke picks among the sorted rows
   * in their order (in a worker thread) and sorts nothing. */
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Sorting 20,000 rows in steps keeps the window drawing; the rows come
   * sorted by name already. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  self->filter_model = mz_partners_page_rows_new (G_LIST_MODEL (self->sort_model));
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (_mz_partners_page_sorted_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (_mz_partners_page_sorted_changed), self, G_CONNECT_SWAPPED);
  /* The table's rows stay while the partners in them change: a keystroke
   * in the search gives the rows on screen other partners instead of
   * making some 200 rows of cells anew. */
  self->slots = mz_slot_model_new (G_LIST_MODEL (self->filter_model));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_rows_changed_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slots)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  mz_slot_model_show_in_view (self->column_view, GTK_SELECTION_MODEL (self->selection));

  _mz_partners_page_setup_static_filters (self);
  _mz_partners_page_setup_export (self);

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
  _mz_partners_page_update_state (self);
}

/* Public API */

const char *
mz_partners_page_get_search_text (MzPartnersPage *self)
{
  const char *text;

  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE (self), NULL);
  text = _mz_partners_page_get_search_text (self);
  return text != NULL ? text : "";
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
  return G_LIST_MODEL (self->filter_model);
}

GtkWidget *
_mz_partners_page_get_export_button (MzPartnersPage *self)
{
  return self->export_button;
}

GListModel *
_mz_partners_page_get_loaded (MzPartnersPage *self)
{
  return gtk_sort_list_model_get_model (self->sort_model);
}

gboolean
_mz_partners_page_is_loading (MzPartnersPage *self)
{
  return self->loading || self->reload_pending || self->filling != NULL || self->search_running ||
         self->research_source != 0;
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
_mz_partners_page_get_n_slots (MzPartnersPage *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE (self), 0);
  return mz_slot_model_get_n_made (self->slots);
}

guint
_mz_partners_page_get_n_cells (MzPartnersPage *self)
{
  return self->n_cells;
}

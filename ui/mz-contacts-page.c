/* mz-contacts-page.c — the Contacts section: every person at every partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 100,000 contacts as objects would take more memory than the whole window
 * may use, and sorting them with a GtkSortListModel would block it for
 * seconds. A worker thread, on a connection of its own, filters and sorts
 * them (mz-contact-list.h) into a list of rowids; MzPagedModel reads the
 * rows the view shows, a page at a time. The column view's sorter only
 * tells which column and direction the user chose (mz-column-sort.h):
 * every filter, search or sort runs the query again, a fraction of a
 * second at the benchmark size, with a spinner.
 *
 * This file holds the page itself, its state, editors and actions; the
 * cells are in -columns.c, the filters and their query in -load.c, the
 * workbook of what it shows in -export.c.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-contact-editor.h"
#include "mz-contact-forget.h"
#include "mz-contacts-page-private.h"
#include "mz-db-list-page.h"
#include "mz-list-export-button.h"
#include "mz-slot-model.h"

G_DEFINE_FINAL_TYPE (MzContactsPage, mz_contacts_page, MZ_TYPE_SECTION_PAGE)

/* State */

static void
show_toast (MzContactsPage *self,
            const char     *text)
{
  mz_db_list_page_toast (GTK_WIDGET (self), text);
}

void
_mz_contacts_page_update_state (MzContactsPage *self)
{
  guint shown = mz_db_list_page_n_rows (self->loader);
  gboolean busy = mz_db_list_page_is_loading (self->loader) || self->forgetting;
  MzContact *selected = self->loader ? mz_list_loader_get_selected (self->loader) : NULL;
  g_autofree char *count = NULL;

  mz_db_list_page_show_state (self->stack, self->loading_spinner, self->loader, self->filtered);
  mz_list_loader_show_busy (self->spinner, busy);

  if (self->forgetting)
    count = g_strdup (_("Forgetting…"));
  else if (mz_db_list_page_is_loaded (self->loader))
    count = g_strdup_printf (ngettext ("%'u contact", "%'u contacts", shown), shown);
  gtk_inscription_set_text (self->count_label, count);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.new", _mz_contacts_page_get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.forget",
                                 selected != NULL && !self->forgetting &&
                                 mz_contact_get_id (selected) != NULL &&
                                 mz_contact_get_forgotten_at (selected) == NULL);
  _mz_contacts_page_update_export (self);
}

/* Opening editors */

static void
on_editor_saved_cb (GtkWindow      *editor,
                    MzContact      *contact,
                    MzContactsPage *self)
{
  show_toast (self, mz_contact_get_forgotten_at (contact) ? _("Contact forgotten") : _("Contact saved"));
  _mz_contacts_page_reload (self);
}

static void
on_editor_destroyed_cb (GtkWindow      *editor,
                        MzContactsPage *self)
{
  if (self->editor == editor)
    self->editor = NULL;
}

static void
open_editor (MzContactsPage *self,
             MzContact      *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor;

  if (_mz_contacts_page_get_store (self) == NULL)
    return;

  editor = mz_contact_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _mz_contacts_page_get_store (self),
                                  NULL, contact);
  self->editor = editor;
  mz_db_list_page_present_editor (GTK_WIDGET (self), editor, G_CALLBACK (on_editor_saved_cb),
                                  G_CALLBACK (on_editor_destroyed_cb));
}

/* Forgetting */

static void
on_forgotten_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MzContactsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  self->forgetting = FALSE;
  if (!mz_contact_forget_finish (result, &error))
    {
      show_toast (self, error->message);
      _mz_contacts_page_update_state (self);
      return;
    }

  show_toast (self, _("Contact forgotten: personal details blanked, history kept"));
  _mz_contacts_page_reload (self);
}

static void
forget_confirmed (gpointer user_data)
{
  MzContactsPage *self = user_data;
  MzContact *contact = mz_list_loader_get_selected (self->loader);

  if (contact == NULL || _mz_contacts_page_get_store (self) == NULL)
    return;

  self->forgetting = TRUE;
  _mz_contacts_page_update_state (self);
  mz_contact_forget_async (_mz_contacts_page_get_store (self), mz_contact_get_id (contact), NULL, on_forgotten_cb,
                           g_object_ref (self));
}

/* Callbacks */

static void
on_view_activate_cb (GtkColumnView  *view,
                     guint           position,
                     MzContactsPage *self)
{
  g_autoptr(MzContact) contact = mz_list_loader_dup_item (self->loader, position);

  if (contact != NULL)
    open_editor (self, contact);
}

static void
on_filter_changed_cb (GObject        *object,
                      GParamSpec     *pspec,
                      MzContactsPage *self)
{
  if (_mz_contacts_page_get_store (self) != NULL && mz_db_list_page_is_loaded (self->loader))
    _mz_contacts_page_reload (self);
}


static void
on_primary_toggled_cb (GtkToggleButton *button,
                       MzContactsPage  *self)
{
  if (_mz_contacts_page_get_store (self) != NULL && mz_db_list_page_is_loaded (self->loader))
    _mz_contacts_page_reload (self);
}

static void
on_model_changed_cb (MzContactsPage *self)
{
  _mz_contacts_page_update_state (self);
}

static void
on_sort_changed_cb (GtkSorter       *sorter,
                    GtkSorterChange  change,
                    MzContactsPage  *self)
{
  if (_mz_contacts_page_get_store (self) != NULL && mz_db_list_page_is_loaded (self->loader))
    _mz_contacts_page_reload (self);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MZ_CONTACTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  MzContact *contact = mz_list_loader_get_selected (self->loader);

  if (contact != NULL)
    open_editor (self, contact);
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  MzContact *contact = mz_list_loader_get_selected (self->loader);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (contact == NULL || self->forgetting)
    return;

  mz_contact_forget_confirm (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, contact,
                             forget_confirmed, G_OBJECT (self));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  GtkWidget *filters[] = {
    GTK_WIDGET (self->type_filter), GTK_WIDGET (self->unit_filter),
    GTK_WIDGET (self->language_filter), GTK_WIDGET (self->primary_toggle),
  };

  /* One reload, not one per filter. */
  mz_db_list_page_clear_filters (widget, filters, G_N_ELEMENTS (filters), self);
  _mz_contacts_page_reload (self);
}

/* MzSectionPage */

static void
mz_contacts_page_reload (MzSectionPage *page)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (page);

  _mz_contacts_page_fill_unit_filter (self);
  _mz_contacts_page_reload (self);
}

static void
mz_contacts_page_store_changed (MzSectionPage *page)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (page);

  /* Loads of the previous database are dropped with its loader. */
  g_clear_object (&self->loader);
  self->model = NULL;
  self->selection = NULL;
  if (mz_section_page_get_store (page) != NULL)
    {
      _mz_contacts_page_make_loader (self);
      g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_model_changed_cb), self);
    }
  mz_slot_model_show_in_view (self->view, GTK_SELECTION_MODEL (self->selection));
}

static void
mz_contacts_page_search_changed (MzSectionPage *page)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (page);

  mz_list_loader_show_busy (self->spinner, FALSE);
  _mz_contacts_page_reload (self);
}

/* GObject */

static void
mz_contacts_page_dispose (GObject *object)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->view), on_sort_changed_cb, self);
  g_clear_object (&self->loader);

  G_OBJECT_CLASS (mz_contacts_page_parent_class)->dispose (object);
}

static void
mz_contacts_page_finalize (GObject *object)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  g_ptr_array_unref (self->unit_ids);

  G_OBJECT_CLASS (mz_contacts_page_parent_class)->finalize (object);
}

static void
mz_contacts_page_class_init (MzContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mz_contacts_page_dispose;
  object_class->finalize = mz_contacts_page_finalize;
  page_class->reload = mz_contacts_page_reload;
  page_class->store_changed = mz_contacts_page_store_changed;
  page_class->search_changed = mz_contacts_page_search_changed;
  /* It reads again after its own writes, not after others'. */
  page_class->reload_on_map = FALSE;

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, language_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, primary_toggle);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_primary_toggled_cb);

  gtk_widget_class_install_action (widget_class, "contacts.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "contacts.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "contacts.forget", NULL, forget_action);
  gtk_widget_class_install_action (widget_class, "contacts.clear-filters", NULL, clear_filters_action);
}

static void
mz_contacts_page_init (MzContactsPage *self)
{
  self->unit_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  _mz_contacts_page_fill_filters (self);
  _mz_contacts_page_fill_unit_filter (self);
  _mz_contacts_page_setup_columns (self);
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sort_changed_cb), self);
  _mz_contacts_page_setup_export (self);

  /* Ctrl+N wherever the focus is, while the page is shown. */
  mz_db_list_page_add_new_shortcut (GTK_WIDGET (self), "contacts.new");

  _mz_contacts_page_update_state (self);
}

/* Private API, for the tests */

gboolean
_mz_contacts_page_is_busy (MzContactsPage *self)
{
  return mz_db_list_page_is_loading (self->loader) || self->forgetting;
}

GListModel *
_mz_contacts_page_get_model (MzContactsPage *self)
{
  return G_LIST_MODEL (self->model);
}

GtkSelectionModel *
_mz_contacts_page_get_selection (MzContactsPage *self)
{
  return GTK_SELECTION_MODEL (self->selection);
}

GtkColumnView *
_mz_contacts_page_get_view (MzContactsPage *self)
{
  return self->view;
}

guint
_mz_contacts_page_get_n_loaded (MzContactsPage *self)
{
  return mz_db_list_page_n_rows (self->loader);
}

MzPagedModel *
_mz_contacts_page_get_paged_model (MzContactsPage *self)
{
  return self->model;
}

guint
_mz_contacts_page_get_n_rows_made (MzContactsPage *self)
{
  return self->rows_made;
}

const char *
_mz_contacts_page_get_state (MzContactsPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
_mz_contacts_page_get_editor (MzContactsPage *self)
{
  return self->editor;
}

GtkWidget *
_mz_contacts_page_get_export_button (MzContactsPage *self)
{
  return self->export_button;
}

/* mz-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar of sections (mz-sections.c) beside the page of the current
 * one, or, when the database cannot be opened, a page that says why with
 * ways out. One database per window. The actions that open databases,
 * preferences and the first-start window are in mz-window-actions.c.
 */
#define G_LOG_DOMAIN "mz-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-first-start-window.h"
#include "mz-identity.h"
#include "mz-labels.h"
#include "mz-sections.h"
#include "mz-window-private.h"

G_DEFINE_FINAL_TYPE (MzWindow, mz_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SEARCH_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static gboolean
has_property (GtkWidget  *widget,
              const char *name)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (widget), name) != NULL;
}

/* Returns TRUE if @page got a new store (and so read its data again). */
static gboolean
give_store (MzWindow  *self,
            GtkWidget *page)
{
  g_autoptr(MzStore) current = NULL;

  if (self->store == NULL || !has_property (page, "store"))
    return FALSE;

  g_object_get (page, "store", &current, NULL);
  if (current == self->store)
    return FALSE;

  g_object_set (page, "store", self->store, NULL);
  return TRUE;
}

static void
give_search_text (MzWindow  *self,
                  GtkWidget *page)
{
  if (has_property (page, "search-text"))
    g_object_set (page, "search-text", gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL);
}

/* The data changed under the pages: the ones that care reload. */
void
_mz_window_reload_pages (MzWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->content_stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      if (!give_store (self, page))
        gtk_widget_activate_action (page, "page.reload", NULL);
    }
}

static GtkWidget *
create_placeholder (const MzSection *section)
{
  g_autofree char *description = g_markup_escape_text (_(section->description), -1);
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), section->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _(section->title));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  return page;
}

static GtkWidget *
ensure_page (MzWindow        *self,
             const MzSection *section)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->content_stack, section->id);

  if (page != NULL)
    return page;

  if (section->get_type != NULL)
    {
      page = g_object_new (section->get_type (), NULL);
      give_store (self, page);
    }
  else
    {
      page = create_placeholder (section);
    }

  gtk_stack_add_named (self->content_stack, page, section->id);
  return page;
}

static void
set_search_active (MzWindow *self,
                   gboolean  active)
{
  active = !!active;
  if (self->search_active == active)
    return;

  self->search_active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_ACTIVE]);
}

static void
update_actions (MzWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL;
  gboolean identity = has_store && mz_identity_is_set (self->store);

  gtk_widget_action_set_enabled (widget, "win.section", has_store);
  gtk_widget_action_set_enabled (widget, "win.preferences", has_store);
  gtk_widget_action_set_enabled (widget, "win.import", has_store);
  gtk_widget_action_set_enabled (widget, "win.exchange-rates", has_store);
  gtk_widget_action_set_enabled (widget, "win.reload", has_store);
  gtk_widget_action_set_enabled (widget, "win.setup", has_store && !identity);
  gtk_widget_action_set_enabled (widget, "win.load-sample", identity);
  gtk_widget_action_set_enabled (widget, "win.search",
                                 has_store && self->section != NULL && self->section->searchable);
}

static void
select_section (MzWindow        *self,
                const MzSection *section)
{
  const MzSection *all;
  GtkListBoxRow *row;
  GtkWidget *page;
  guint n;

  all = mz_sections_get (&n);
  page = ensure_page (self, section);
  self->section = section;

  gtk_stack_set_visible_child (self->content_stack, page);
  adw_window_title_set_title (self->content_title, _(section->title));

  if (!section->searchable)
    set_search_active (self, FALSE);
  else
    give_search_text (self, page);
  update_actions (self);

  row = gtk_list_box_get_row_at_index (self->sidebar, section - all);
  if (row != NULL && row != gtk_list_box_get_selected_row (self->sidebar))
    {
      self->selecting_row = TRUE;
      gtk_list_box_select_row (self->sidebar, row);
      self->selecting_row = FALSE;
    }
}

void
_mz_window_update_identity (MzWindow *self)
{
  const char *office = self->store ? mz_store_get_office (self->store) : NULL;
  const char *user = self->store ? mz_store_get_user (self->store) : NULL;
  GtkWidget *badge = GTK_WIDGET (self->office_badge);

  if (office != NULL && user != NULL)
    {
      /* Translators: the badge of this installation: office code and
       * user name, e.g. "BDT · Amina Diallo" */
      g_autofree char *text = g_strdup_printf (_("%s · %s"), office, user);
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", mz_labels_unit_name (office), user);

      gtk_label_set_label (self->office_badge, text);
      gtk_widget_set_tooltip_text (badge, tooltip);
      gtk_widget_remove_css_class (badge, "not-set");
    }
  else
    {
      gtk_label_set_label (self->office_badge, _("Not Set Up"));
      gtk_widget_set_tooltip_text (badge, _("Choose this installation’s office and your name"));
      gtk_widget_add_css_class (badge, "not-set");
    }

  update_actions (self);
}

void
_mz_window_show_toast (MzWindow   *self,
                       const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  g_free (self->last_toast);
  self->last_toast = g_strdup (text);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

void
_mz_window_show_message (MzWindow   *self,
                         const char *heading,
                         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
error_heading (const GError *error)
{
  if (g_error_matches (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_DATABASE))
    return _("Not a Mobilize Database");
  if (g_error_matches (error, MZ_STORE_ERROR, MZ_STORE_ERROR_CORRUPT))
    return _("The Database Is Damaged");
  if (g_error_matches (error, MZ_STORE_ERROR, MZ_STORE_ERROR_TOO_NEW))
    return _("Made by a Newer Mobilize");
  return _("Cannot Open the Database");
}

static void
show_error_page (MzWindow     *self,
                 const GError *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_title (self->error_page, error_heading (error));
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_grab_focus (self->error_open_button);
  update_actions (self);
}

/* A large database opens without its full check (it reads every page);
 * the check runs here in a thread on a connection of its own. A damaged
 * file is then closed and explained, as if the open had failed. */
static void
verify_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (mz_store_verify_file (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_verify_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MzWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  MzStore *checked = g_task_get_source_object (G_TASK (result));

  if (g_task_propagate_boolean (G_TASK (result), &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      checked != self->store)
    return;

  g_clear_object (&self->store);
  show_error_page (self, error);
}

static void
verify_in_background (MzWindow *self,
                      MzStore  *store)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->verify_cancellable);
  g_clear_object (&self->verify_cancellable);
  self->verify_cancellable = g_cancellable_new ();

  task = g_task_new (store, self->verify_cancellable, on_verify_done_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (mz_store_get_path (store)), g_free);
  g_task_run_in_thread (task, verify_thread);
}

/* Callbacks */

static void
on_identity_set_cb (MzWindow *self,
                    gboolean  load_sample)
{
  _mz_window_update_identity (self);

  if (load_sample)
    _mz_window_load_sample_data (self);
  else
    _mz_window_reload_pages (self);
}

static void
on_first_start_destroyed_cb (MzWindow *self)
{
  self->first_start = NULL;
}

static void
on_sidebar_row_selected_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            MzWindow      *self)
{
  const MzSection *all;
  guint n;
  int index;

  if (row == NULL || self->selecting_row)
    return;

  all = mz_sections_get (&n);
  index = gtk_list_box_row_get_index (row);
  if (index >= 0 && (guint) index < n)
    select_section (self, &all[index]);
}

static void
on_sidebar_row_activated_cb (GtkListBox    *list,
                             GtkListBoxRow *row,
                             MzWindow      *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_back_clicked_cb (GtkButton *button,
                    MzWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      MzWindow       *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  if (page != NULL)
    give_search_text (self, page);
}

static gboolean
first_start_idle_cb (gpointer data)
{
  MzWindow *self = data;
  MzFirstStartWindow *window;

  self->first_start_idle = 0;
  self->first_start_pending = FALSE;

  if (self->first_start != NULL || self->store == NULL || mz_identity_is_set (self->store))
    return G_SOURCE_REMOVE;

  window = mz_first_start_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  g_signal_connect_object (window, "identity-set",
                           G_CALLBACK (on_identity_set_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "destroy",
                           G_CALLBACK (on_first_start_destroyed_cb), self, G_CONNECT_SWAPPED);
  self->first_start = GTK_WINDOW (window);
  gtk_window_present (GTK_WINDOW (window));

  return G_SOURCE_REMOVE;
}

/* The first-start window needs its parent on screen to sit on top of it. */
void
_mz_window_request_first_start (MzWindow *self)
{
  self->first_start_pending = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->first_start_idle == 0)
    self->first_start_idle = g_idle_add (first_start_idle_cb, self);
}

static void
remember_database (MzWindow *self)
{
  g_autofree char *path = g_canonicalize_filename (mz_store_get_path (self->store), NULL);

  g_settings_set_string (self->settings, "last-database", path);
}

/* Actions */

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  const MzSection *section = mz_sections_find (id);

  if (section == NULL)
    {
      g_debug ("No section named “%s”", id);
      return;
    }

  select_section (self, section);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* Overrides */

static void
mz_window_map (GtkWidget *widget)
{
  MzWindow *self = MZ_WINDOW (widget);

  GTK_WIDGET_CLASS (mz_window_parent_class)->map (widget);

  if (self->first_start_pending && self->first_start_idle == 0)
    self->first_start_idle = g_idle_add (first_start_idle_cb, self);
}

static gboolean
mz_window_close_request (GtkWindow *window)
{
  MzWindow *self = MZ_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  /* The default size follows the window's size; keep the size from
   * before maximizing. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (mz_window_parent_class)->close_request (window);
}

static void
mz_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MzWindow *self = MZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_ACTIVE:
      g_value_set_boolean (value, self->search_active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MzWindow *self = MZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_ACTIVE:
      set_search_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_window_dispose (GObject *object)
{
  MzWindow *self = MZ_WINDOW (object);

  g_clear_handle_id (&self->first_start_idle, g_source_remove);
  g_cancellable_cancel (self->verify_cancellable);
  g_clear_object (&self->verify_cancellable);
  if (self->first_start != NULL)
    gtk_window_destroy (self->first_start);
  if (self->preferences != NULL)
    gtk_window_destroy (self->preferences);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (mz_window_parent_class)->dispose (object);
}

static void
mz_window_class_init (MzWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const MzSection *sections;
  guint n_sections;

  object_class->dispose = mz_window_dispose;
  object_class->get_property = mz_window_get_property;
  object_class->set_property = mz_window_set_property;
  widget_class->map = mz_window_map;
  window_class->close_request = mz_window_close_request;

  /**
   * MzWindow:search-active:
   *
   * Whether the search bar is shown; the state of `win.search`.
   */
  properties[PROP_SEARCH_ACTIVE] =
    g_param_spec_boolean ("search-active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MzWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, office_badge);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MzWindow, error_open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_property_action (widget_class, "win.search", "search-active");

  /* Ctrl+1 … Ctrl+9, Ctrl+0: the sections in sidebar order. */
  sections = mz_sections_get (&n_sections);
  for (guint i = 0; i < n_sections && i < 10; i++)
    gtk_widget_class_add_binding_action (widget_class, i < 9 ? GDK_KEY_1 + i : GDK_KEY_0,
                                         GDK_CONTROL_MASK, "win.section", "s", sections[i].id);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  _mz_window_class_actions_init (widget_class);
}

static void
mz_window_init (MzWindow *self)
{
  const MzSection *sections;
  guint n_sections;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  sections = mz_sections_get (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (_(sections[i].title));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (sections[i].icon_name));
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->sidebar, row);
    }

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self, "search-active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  select_section (self, &sections[0]);
  _mz_window_update_identity (self);
}

/* Private API, for the tests */

GtkWindow *
_mz_window_get_first_start (MzWindow *self)
{
  return self->first_start;
}

GtkWindow *
_mz_window_get_preferences (MzWindow *self)
{
  return self->preferences;
}

const char *
_mz_window_get_mode (MzWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

AdwStatusPage *
_mz_window_get_error_page (MzWindow *self)
{
  return self->error_page;
}

GtkStack *
_mz_window_get_content_stack (MzWindow *self)
{
  return self->content_stack;
}

AdwWindowTitle *
_mz_window_get_content_title (MzWindow *self)
{
  return self->content_title;
}

GtkListBox *
_mz_window_get_sidebar (MzWindow *self)
{
  return self->sidebar;
}

AdwLeaflet *
_mz_window_get_leaflet (MzWindow *self)
{
  return self->leaflet;
}

GtkWidget *
_mz_window_get_content_box (MzWindow *self)
{
  return self->content_box;
}

GtkLabel *
_mz_window_get_office_badge (MzWindow *self)
{
  return self->office_badge;
}

GtkSearchBar *
_mz_window_get_search_bar (MzWindow *self)
{
  return self->search_bar;
}

const char *
_mz_window_get_last_toast (MzWindow *self)
{
  return self->last_toast;
}

/* Public API */

MzWindow *
mz_window_new (MzApplication *app)
{
  return g_object_new (MZ_TYPE_WINDOW, "application", app, NULL);
}

gboolean
mz_window_open_database (MzWindow   *self,
                         const char *path)
{
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MZ_IS_WINDOW (self), FALSE);

  store = mz_store_open_full (path, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);
  if (store == NULL)
    {
      if (self->store != NULL)
        _mz_window_show_message (self, error_heading (error), error->message);
      else
        show_error_page (self, error);
      return FALSE;
    }

  mz_window_set_store (self, store);
  if (mz_store_get_check_pending (store))
    verify_in_background (self, store);
  return TRUE;
}

void
mz_window_set_store (MzWindow *self,
                     MzStore  *store)
{
  g_return_if_fail (MZ_IS_WINDOW (self));
  g_return_if_fail (MZ_IS_STORE (store));

  if (self->first_start != NULL)
    gtk_window_destroy (self->first_start);
  if (self->preferences != NULL)
    gtk_window_destroy (self->preferences);

  g_set_object (&self->store, store);
  remember_database (self);

  gtk_stack_set_visible_child_name (self->main_stack, "main");
  _mz_window_update_identity (self);
  _mz_window_reload_pages (self);
  select_section (self, self->section);

  if (!mz_identity_is_set (store))
    _mz_window_request_first_start (self);
}

MzStore *
mz_window_get_store (MzWindow *self)
{
  g_return_val_if_fail (MZ_IS_WINDOW (self), NULL);
  return self->store;
}

void
mz_window_add_toast (MzWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MZ_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_free (self->last_toast);
  self->last_toast = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

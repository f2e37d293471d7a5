/* mz-preferences-window.c — this installation's office, user and database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-identity.h"
#include "mz-preferences-window-private.h"
#include "mz-unit-row.h"

struct _MzPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  MzStore              *store;
  gboolean              loading;

  /* Template widgets */
  AdwComboRow          *unit_row;
  AdwEntryRow          *name_row;
  AdwActionRow         *path_row;
  AdwActionRow         *schema_row;
};

G_DEFINE_FINAL_TYPE (MzPreferencesWindow, mz_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  IDENTITY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_identity (MzPreferencesWindow *self)
{
  const char *user = mz_store_get_user (self->store);

  self->loading = TRUE;
  mz_unit_row_select (self->unit_row, mz_store_get_office (self->store));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), user ? user : "");
  self->loading = FALSE;
}

/* Stores the office and the name shown; on failure shows why and goes
 * back to what the database holds. */
static void
save_identity (MzPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *code = mz_unit_row_get_code (self->unit_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (!mz_identity_set (self->store, code, name, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
      show_identity (self);
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Office and name saved")));
  g_signal_emit (self, signals[IDENTITY_CHANGED], 0);
}

/* Callbacks */

static void
on_unit_selected_cb (MzPreferencesWindow *self)
{
  const char *user;

  if (self->loading || self->store == NULL)
    return;

  /* Without a name yet, wait for one: the name row's apply saves both. */
  user = mz_store_get_user (self->store);
  if (user == NULL)
    return;

  if (g_strcmp0 (mz_unit_row_get_code (self->unit_row), mz_store_get_office (self->store)) != 0)
    save_identity (self);
}

static void
on_name_applied_cb (MzPreferencesWindow *self)
{
  if (!self->loading && self->store != NULL)
    save_identity (self);
}

static void
on_open_folder_clicked_cb (MzPreferencesWindow *self)
{
  g_autofree char *dir = g_path_get_dirname (mz_store_get_path (self->store));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (folder);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

/* Overrides */

static void
mz_preferences_window_constructed (GObject *object)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;

  G_OBJECT_CLASS (mz_preferences_window_parent_class)->constructed (object);

  self->loading = TRUE;
  if (!mz_unit_row_set_store (self->unit_row, self->store, &error))
    g_warning ("Cannot list the units: %s", error->message);
  self->loading = FALSE;
  show_identity (self);

  adw_action_row_set_subtitle (self->path_row, mz_store_get_path (self->store));
  schema = g_strdup_printf ("%d", mz_store_get_schema_version (self->store));
  adw_action_row_set_subtitle (self->schema_row, schema);
}

static void
mz_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_preferences_window_dispose (GObject *object)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_preferences_window_parent_class)->dispose (object);
}

static void
mz_preferences_window_class_init (MzPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mz_preferences_window_constructed;
  object_class->dispose = mz_preferences_window_dispose;
  object_class->get_property = mz_preferences_window_get_property;
  object_class->set_property = mz_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MzPreferencesWindow::identity-changed:
   *
   * The office or the user of this installation changed.
   */
  signals[IDENTITY_CHANGED] =
    g_signal_new ("identity-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, schema_row);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked_cb);
}

static void
mz_preferences_window_init (MzPreferencesWindow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}

/* Private API, for the tests */

AdwComboRow *
_mz_preferences_window_get_unit_row (MzPreferencesWindow *self)
{
  return self->unit_row;
}

AdwEntryRow *
_mz_preferences_window_get_name_row (MzPreferencesWindow *self)
{
  return self->name_row;
}

AdwActionRow *
_mz_preferences_window_get_path_row (MzPreferencesWindow *self)
{
  return self->path_row;
}

/* Public API */

MzPreferencesWindow *
mz_preferences_window_new (MzStore *store)
{
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  return g_object_new (MZ_TYPE_PREFERENCES_WINDOW, "store", store, NULL);
}

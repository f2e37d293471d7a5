/* mz-window-actions.c — the main window's database, preferences and setup actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-import-dialog.h"
#include "mz-preferences-window.h"
#include "mz-rates-window.h"
#include "mz-window-private.h"

/* Callbacks */

static void
on_identity_changed_cb (MzWindow *self)
{
  _mz_window_update_identity (self);
  _mz_window_reload_pages (self);
}

static void
on_preferences_destroyed_cb (MzWindow *self)
{
  self->preferences = NULL;
}

static void
on_open_response_cb (GtkNativeDialog *native,
                     int              response,
                     MzWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        mz_window_open_database (self, path);
      else
        _mz_window_show_message (self, _("Cannot Open the Database"),
                                 _("Mobilize opens databases on this computer only. Copy the file to a local folder first."));
    }

  g_clear_object (&self->chooser);
}

static void
on_new_response_cb (GtkNativeDialog *native,
                    int              response,
                    MzWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *chosen = file ? g_file_get_path (file) : NULL;

      if (chosen == NULL)
        {
          _mz_window_show_message (self, _("Cannot Create the Database"),
                                   _("Mobilize keeps databases on this computer only. Choose a local folder."));
          goto out;
        }

      _mz_window_create_database (self, chosen);
    }

out:
  g_clear_object (&self->chooser);
}

static GtkFileChooser *
prepare_chooser (MzWindow             *self,
                 const char           *title,
                 GtkFileChooserAction  action,
                 const char           *accept_label)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                               accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  chooser = GTK_FILE_CHOOSER (self->chooser);

  gtk_file_filter_set_name (databases, _("Mobilize Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_chooser_add_filter (chooser, databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  if (self->store != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (mz_store_get_path (self->store));
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }

  return chooser;
}

/* Actions */

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);

  prepare_chooser (self, _("Open Database"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);
  GtkFileChooser *chooser;

  chooser = prepare_chooser (self, _("New Database"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));
  if (self->store == NULL)
    {
      g_autofree char *path = mz_store_default_path ();
      g_autofree char *dir = g_path_get_dirname (path);
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      g_mkdir_with_parents (dir, 0700);
      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
  /* Translators: the suggested file name of a new database */
  gtk_file_chooser_set_current_name (chooser, _("office.db"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Every page reads its data again, e.g. after an import. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);

  if (self->store != NULL)
    _mz_window_reload_pages (self);
}

/* "win.import" with "partners" or "contacts" */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);

  if (self->store != NULL)
    mz_import_dialog_present (GTK_WINDOW (self), self->store, g_variant_get_string (parameter, NULL));
}

static void
exchange_rates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);

  if (self->store != NULL)
    mz_rates_window_present (GTK_WINDOW (self), self->store);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);
  MzPreferencesWindow *preferences;

  if (self->preferences != NULL)
    {
      gtk_window_present (self->preferences);
      return;
    }

  preferences = mz_preferences_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (self));
  g_signal_connect_object (preferences, "identity-changed",
                           G_CALLBACK (on_identity_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (preferences, "destroy",
                           G_CALLBACK (on_preferences_destroyed_cb), self, G_CONNECT_SWAPPED);
  self->preferences = GTK_WINDOW (preferences);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
setup_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MzWindow *self = MZ_WINDOW (widget);

  if (self->first_start != NULL)
    gtk_window_present (self->first_start);
  else
    _mz_window_request_first_start (self);
}

static void
load_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _mz_window_load_sample_data (MZ_WINDOW (widget));
}

/* Internal API */

/* Opens a new database at @chosen, adding ".db" to a name without an
 * extension. Never replaces a file: the user may have picked an old
 * database in the save dialog and confirmed its replacement. */
gboolean
_mz_window_create_database (MzWindow   *self,
                            const char *chosen)
{
  g_autofree char *basename = g_path_get_basename (chosen);
  g_autofree char *path = NULL;
  GStatBuf st;

  path = strchr (basename, '.') ? g_strdup (chosen) : g_strconcat (chosen, ".db", NULL);

  if (g_stat (path, &st) == 0 && (!S_ISREG (st.st_mode) || st.st_size > 0))
    {
      g_autofree char *display = g_filename_display_basename (path);
      g_autofree char *heading = g_strdup_printf (_("“%s” Already Exists"), display);

      _mz_window_show_message (self, heading,
                               _("Mobilize never replaces an existing file. Choose another name, "
                                 "or open this file with Open Database…"));
      return FALSE;
    }

  return mz_window_open_database (self, path);
}

/* Loads the sample data and tells how it went; the pages show what the
 * database holds afterwards either way. */
void
_mz_window_load_sample_data (MzWindow *self)
{
  g_autoptr(GError) error = NULL;

  gboolean loaded = mz_demo_load (self->store, &error);

  _mz_window_reload_pages (self);

  if (!loaded)
    {
      g_autofree char *text = g_strdup_printf (_("The sample data could not be loaded: %s"),
                                               error->message);
      _mz_window_show_toast (self, text);
      return;
    }

  _mz_window_show_toast (self, _("Sample data loaded"));
}

void
_mz_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.import", "s", import_action);
  gtk_widget_class_install_action (widget_class, "win.exchange-rates", NULL, exchange_rates_action);
  gtk_widget_class_install_action (widget_class, "win.setup", NULL, setup_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-database", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

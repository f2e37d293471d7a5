/* mz-application.c — the Mobilize AdwApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-application"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-application.h"
#include "mz-store.h"
#include "mz-window.h"

struct _MzApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
};

G_DEFINE_FINAL_TYPE (MzApplication, mz_application, ADW_TYPE_APPLICATION)

static void
mz_application_activate (GApplication *app)
{
  MzApplication *self = MZ_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  store = mz_store_open (self->db_path, &error);
  window = GTK_WINDOW (mz_window_new (self, store, error));
  gtk_window_present (window);
}

static int
mz_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MzApplication *self = MZ_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("mobilize %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^&ay", &path))
    self->db_path = g_strdup (path);

  return -1;
}

static void
mz_application_finalize (GObject *object)
{
  MzApplication *self = MZ_APPLICATION (object);

  g_free (self->db_path);

  G_OBJECT_CLASS (mz_application_parent_class)->finalize (object);
}

static void
mz_application_class_init (MzApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mz_application_finalize;
  app_class->activate = mz_application_activate;
  app_class->handle_local_options = mz_application_handle_local_options;
}

static void
mz_application_init (MzApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database at PATH"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

MzApplication *
mz_application_new (void)
{
  /* NON_UNIQUE: each window holds its own database connection, and a
   * second instance with another --db must not be folded into the first. */
  return g_object_new (MZ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/int/itu/Mobilize",
                       NULL);
}

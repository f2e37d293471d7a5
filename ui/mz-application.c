/* mz-application.c — the Mobilize AdwApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-application"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "mz-application.h"
#include "mz-store.h"
#include "mz-window.h"

struct _MzApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
};

G_DEFINE_FINAL_TYPE (MzApplication, mz_application, ADW_TYPE_APPLICATION)

/* --db first, then the database opened last if it is still there, else
 * the default one. */
static char *
choose_database (MzApplication *self)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *last = NULL;

  if (self->db_path != NULL)
    return g_strdup (self->db_path);

  settings = g_settings_new (APP_ID);
  last = g_settings_get_string (settings, "last-database");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&last);

  return mz_store_default_path ();
}

/* Actions */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Close rather than destroy, so that each window saves its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Mobilize"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("ITU Resource Mobilization Task Force"),
                        "comments", _("Coordinate ITU’s partners, contacts, commitments and "
                                      "contributions across the General Secretariat, the "
                                      "bureaux and the regional offices."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* Overrides */

static void
mz_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated, NULL, NULL, NULL },
    { "about", about_activated, NULL, NULL, NULL },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (mz_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
mz_application_activate (GApplication *app)
{
  MzApplication *self = MZ_APPLICATION (app);
  g_autofree char *path = NULL;
  MzWindow *window;

  window = MZ_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  path = choose_database (self);
  window = mz_window_new (self);
  mz_window_open_database (window, path);
  gtk_window_present (GTK_WINDOW (window));
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
    self->db_path = g_canonicalize_filename (path, NULL);

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
  app_class->startup = mz_application_startup;
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
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Resource mobilization for ITU offices"));
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

void
mz_application_prepare_process (void)
{
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;
  gboolean has_render_node = FALSE;

#ifdef __GLIBC__
  /* Two arenas: otherwise the worker threads' short bursts leave freed
   * memory in arenas of their own (25 MB at the end, tests/bench-memory). */
  mallopt (M_ARENA_MAX, 2);
#endif

  /* Without a GPU render node GTK's GL renderer runs on llvmpipe: slower
   * than cairo for tables like ours and about 165 MB heavier. */
  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      has_render_node = TRUE;

  if (!has_render_node || g_strcmp0 (g_getenv ("LIBGL_ALWAYS_SOFTWARE"), "1") == 0)
    g_setenv ("GSK_RENDERER", "cairo", FALSE);
}

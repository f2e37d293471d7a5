/* test-ui-app.c — the application: languages, which database it opens, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unlike test-ui, this program takes its locale from the environment, as
 * the application does. Each case runs the real MzApplication through
 * g_application_run() in a subprocess with the environment set by the
 * parent; any warning or critical fails it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mz-application.h"
#include "mz-identity.h"
#include "mz-sections.h"
#include "mz-window-private.h"
#include "test-remove-tree.h"

typedef struct _Run Run;
typedef gboolean (*CheckFunc) (Run *run);

struct _Run
{
  MzApplication *app;
  MzWindow      *window;
  CheckFunc      check;
  guint          ticks;
  gboolean       checked;
};

/* Helpers */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
check_cb (gpointer data)
{
  Run *run = data;

  /* The check returns FALSE while it waits for something to show. */
  if (!run->check (run))
    {
      g_assert_cmpuint (run->ticks++, <, 200);
      return G_SOURCE_CONTINUE;
    }

  run->checked = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Run          *run)
{
  run->window = MZ_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (run->window);
  g_timeout_add (50, check_cb, run);
}

/* Runs the application with @db_path (NULL: no --db) until @check is done. */
static void
run_application (const char *db_path,
                 CheckFunc   check)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  Run run = { 0 };
  int status;

  g_strv_builder_add (builder, "mobilize");
  if (db_path != NULL)
    g_strv_builder_add_many (builder, "--db", db_path, NULL);
  args = g_strv_builder_end (builder);

  run.check = check;
  run.app = mz_application_new ();
  g_signal_connect_after (run.app, "activate", G_CALLBACK (on_activate_cb), &run);
  status = g_application_run (G_APPLICATION (run.app), g_strv_length (args), args);
  g_clear_object (&run.app);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

/* Subprocess: a new database in the environment's language */

static gboolean
check_language (Run *run)
{
  const char *language = g_getenv ("LANGUAGE");
  GtkTextDirection expected = (language != NULL && g_str_has_prefix (language, "ar"))
                              ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  const MzSection *sections;
  GtkWindow *first_start;
  GtkStack *stack;
  guint n;

  /* Wait for the first-start window to come up over the main one. */
  first_start = _mz_window_get_first_start (run->window);
  if (first_start == NULL)
    return FALSE;

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (run->window)), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (first_start)), ==, expected);
  g_assert_cmpstr (_mz_window_get_mode (run->window), ==, "main");
  gtk_window_destroy (first_start);

  stack = _mz_window_get_content_stack (run->window);
  sections = mz_sections_get (&n);
  for (guint i = 0; i < n; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (run->window), "win.section", "s", sections[i].id);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[i].id);
      g_assert_cmpstr (adw_window_title_get_title (_mz_window_get_content_title (run->window)),
                       ==, _(sections[i].title));
      iterate ();
    }

  return TRUE;
}

static void
test_subprocess_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs in a subprocess");
      return;
    }

  dir = g_dir_make_tmp ("mobilize-ui-app-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "office.db", NULL);

  run_application (path, check_language);
  remove_tree (dir);
}

/* Subprocess: without --db, the last database; and the app's actions */

static gboolean
check_last_database (Run *run)
{
  GtkApplication *app = GTK_APPLICATION (run->app);
  GtkWindow *about;

  g_assert_cmpstr (_mz_window_get_mode (run->window), ==, "main");
  g_assert_cmpstr (mz_store_get_path (mz_window_get_store (run->window)), ==, g_getenv ("MZ_TEST_DB"));
  g_assert_cmpstr (gtk_label_get_label (_mz_window_get_office_badge (run->window)),
                   ==, "GS · Ana Pereira");
  g_assert_null (_mz_window_get_first_start (run->window));

  /* Keyboard shortcuts: the help overlay from the resources, and quit. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (run->window)));
  assert_accel (app, "win.show-help-overlay", "<Control>question");
  assert_accel (app, "app.quit", "<Control>q");

  /* About. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Mobilize");
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_developer_name (ADW_ABOUT_WINDOW (about)),
                   ==, "ITU Resource Mobilization Task Force");
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (run->window));
  gtk_window_destroy (about);

  return TRUE;
}

static void
test_subprocess_last_database (void)
{
  g_autoptr(GSettings) settings = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs in a subprocess");
      return;
    }

  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "last-database", g_getenv ("MZ_TEST_DB"));
  run_application (NULL, check_last_database);
}

/* Subprocess: the last database is gone: the default one */

static gboolean
check_default_database (Run *run)
{
  g_autofree char *expected = g_build_filename (g_getenv ("XDG_DATA_HOME"), "mobilize", "mobilize.db", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = g_settings_get_string (settings, "last-database");

  g_assert_cmpstr (_mz_window_get_mode (run->window), ==, "main");
  g_assert_cmpstr (mz_store_get_path (mz_window_get_store (run->window)), ==, expected);
  g_assert_cmpstr (last, ==, expected);
  return TRUE;
}

static void
test_subprocess_default_database (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *gone = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs in a subprocess");
      return;
    }

  gone = g_build_filename (g_getenv ("XDG_DATA_HOME"), "moved-away.db", NULL);
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "last-database", gone);
  run_application (NULL, check_default_database);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
}

/* Parent */

typedef struct
{
  const char *name;
  char       *value;
} SavedVar;

static void
set_env (SavedVar   *saved,
         const char *name,
         const char *value)
{
  saved->name = name;
  saved->value = g_strdup (g_getenv (name));
  if (value != NULL)
    g_setenv (name, value, TRUE);
  else
    g_unsetenv (name);
}

static void
restore_env (SavedVar *saved,
             guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      if (saved[i].value != NULL)
        g_setenv (saved[i].name, saved[i].value, TRUE);
      else
        g_unsetenv (saved[i].name);
      g_free (saved[i].value);
    }
}

static gboolean
locale_available (const char *name)
{
  g_autofree char *current = g_strdup (setlocale (LC_ALL, NULL));
  gboolean available = setlocale (LC_ALL, name) != NULL;

  setlocale (LC_ALL, current);
  return available;
}

static void
assert_child_clean (void)
{
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*WARNING*");
  g_test_trap_assert_stderr_unmatched ("*CRITICAL*");
}

static void
run_in_language (const char *language,
                 const char *locale)
{
  SavedVar saved[4];

  /* LANGUAGE is ignored in the C locale: C.UTF-8 stands in when the
   * language's own locale is not installed. */
  if (!locale_available (locale))
    locale = "C.UTF-8";
  g_test_message ("LANGUAGE=%s LANG=%s", language, locale);

  set_env (&saved[0], "LANGUAGE", language);
  set_env (&saved[1], "LANG", locale);
  set_env (&saved[2], "LC_ALL", NULL);
  set_env (&saved[3], "LC_MESSAGES", NULL);
  g_test_trap_subprocess ("/ui-app/subprocess/language", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  restore_env (saved, G_N_ELEMENTS (saved));

  assert_child_clean ();
}

static void
test_english (void)
{
  run_in_language ("en", "C.UTF-8");
}

static void
test_chinese (void)
{
  run_in_language ("zh_CN", "zh_CN.UTF-8");
}

static void
test_arabic (void)
{
  run_in_language ("ar", "ar_EG.UTF-8");
}

static void
test_last_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mobilize-ui-app-XXXXXX", &error);
  g_autofree char *path = NULL;
  SavedVar saved[1];

  g_assert_no_error (error);
  path = g_build_filename (dir, "geneva.db", NULL);
  store = mz_store_open (path, &error);
  g_assert_no_error (error);
  mz_identity_set (store, "GS", "Ana Pereira", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  set_env (&saved[0], "MZ_TEST_DB", path);
  g_test_trap_subprocess ("/ui-app/subprocess/last-database", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  restore_env (saved, G_N_ELEMENTS (saved));
  remove_tree (dir);

  assert_child_clean ();
}

static void
test_default_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mobilize-ui-app-XXXXXX", &error);
  SavedVar saved[1];

  g_assert_no_error (error);
  set_env (&saved[0], "XDG_DATA_HOME", dir);
  g_test_trap_subprocess ("/ui-app/subprocess/default-database", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  restore_env (saved, G_N_ELEMENTS (saved));
  remove_tree (dir);

  assert_child_clean ();
}

int
main (int    argc,
      char **argv)
{
  /* Like ui/main.c: the environment chooses the language. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui-app/language/english", test_english);
  g_test_add_func ("/ui-app/language/chinese", test_chinese);
  g_test_add_func ("/ui-app/language/arabic", test_arabic);
  g_test_add_func ("/ui-app/database/last", test_last_database);
  g_test_add_func ("/ui-app/database/default", test_default_database);
  g_test_add_func ("/ui-app/subprocess/language", test_subprocess_language);
  g_test_add_func ("/ui-app/subprocess/last-database", test_subprocess_last_database);
  g_test_add_func ("/ui-app/subprocess/default-database", test_subprocess_default_database);

  return g_test_run ();
}

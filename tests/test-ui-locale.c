/* test-ui-locale.c — the application starts in Chinese and in Arabic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unlike test-ui, this program takes its locale from the environment, as
 * the application does. Each case runs the real MzApplication in a
 * subprocess with LANGUAGE and LANG set, walks every section and quits;
 * any warning or critical fails it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mz-application.h"
#include "mz-sections.h"
#include "mz-window-private.h"

typedef struct
{
  MzApplication *app;
  MzWindow      *window;
  gboolean       expect_rtl;
  guint          ticks;
  gboolean       checked;
} Run;

/* Subprocess */

static gboolean
check_window_cb (gpointer data)
{
  Run *run = data;
  const MzSection *sections;
  GtkStack *stack;
  GtkWindow *first_start;
  guint n;

  /* Give the first-start window time to come up over the main one. */
  first_start = _mz_window_get_first_start (run->window);
  if (first_start == NULL && run->ticks++ < 100)
    return G_SOURCE_CONTINUE;
  g_assert_nonnull (first_start);

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (run->window)), ==,
                   run->expect_rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (first_start)), ==,
                   run->expect_rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  gtk_window_destroy (first_start);

  stack = _mz_window_get_content_stack (run->window);
  sections = mz_sections_get (&n);
  for (guint i = 0; i < n; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (run->window), "win.section", "s", sections[i].id);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[i].id);
      g_assert_cmpstr (adw_window_title_get_title (_mz_window_get_content_title (run->window)),
                       ==, _(sections[i].title));
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
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
  g_assert_cmpstr (_mz_window_get_mode (run->window), ==, "main");
  g_timeout_add (50, check_window_cb, run);
}

static void
test_run_application (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) args = NULL;
  const char *language = g_getenv ("LANGUAGE");
  Run run = { 0 };
  int status;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs in a subprocess with a language set");
      return;
    }

  run.expect_rtl = language != NULL && g_str_has_prefix (language, "ar");
  g_assert_cmpint (gtk_widget_get_default_direction (), ==,
                   run.expect_rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  dir = g_dir_make_tmp ("mobilize-ui-locale-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "office.db", NULL);

  builder = g_strv_builder_new ();
  g_strv_builder_add_many (builder, "mobilize", "--db", path, NULL);
  args = g_strv_builder_end (builder);

  run.app = mz_application_new ();
  g_signal_connect_after (run.app, "activate", G_CALLBACK (on_activate_cb), &run);
  status = g_application_run (G_APPLICATION (run.app), g_strv_length (args), args);
  g_clear_object (&run.app);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);

  /* The database of the run, and its WAL files. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_remove (file);
      }
    g_rmdir (dir);
  }
}

/* Parent */

static gboolean
locale_available (const char *name)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean available = setlocale (LC_ALL, name) != NULL;

  setlocale (LC_ALL, saved);
  return available;
}

static void
run_in_language (const char *language,
                 const char *locale)
{
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *old_lang = g_strdup (g_getenv ("LANG"));
  g_autofree char *old_lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *old_lc_messages = g_strdup (g_getenv ("LC_MESSAGES"));

  /* LANGUAGE is ignored in the C locale: C.UTF-8 stands in when the
   * language's own locale is not installed. */
  if (!locale_available (locale))
    locale = "C.UTF-8";
  g_test_message ("LANGUAGE=%s LANG=%s", language, locale);

  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LANG", locale, TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");

  g_test_trap_subprocess ("/ui-locale/subprocess/run-application", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);

#define RESTORE(name, value) \
  if ((value) != NULL) g_setenv ((name), (value), TRUE); else g_unsetenv (name)
  RESTORE ("LANGUAGE", old_language);
  RESTORE ("LANG", old_lang);
  RESTORE ("LC_ALL", old_lc_all);
  RESTORE ("LC_MESSAGES", old_lc_messages);
#undef RESTORE

  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*WARNING*");
  g_test_trap_assert_stderr_unmatched ("*CRITICAL*");
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
test_english (void)
{
  run_in_language ("en", "C.UTF-8");
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

  g_test_add_func ("/ui-locale/english", test_english);
  g_test_add_func ("/ui-locale/chinese", test_chinese);
  g_test_add_func ("/ui-locale/arabic", test_arabic);
  g_test_add_func ("/ui-locale/subprocess/run-application", test_run_application);

  return g_test_run ();
}

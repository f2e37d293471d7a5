/* test-ui-fit.c — every section fits a window of 1280×800 beside the
 * sidebar, in the environment's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window is an AdwLeaflet of the sidebar and the content: when
 * the content's minimum width grows past the window's width less the
 * sidebar's, the leaflet folds and the sidebar disappears behind a back
 * arrow. This opens the window on the sample data at 1280×800, visits
 * every section and fails naming each one that folds it, with its
 * minimum width. Meson runs it in English, Chinese and Arabic (LANGUAGE).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-sections.h"
#include "test-ui-crm-fixture.h"

#define WINDOW_WIDTH  1280
#define WINDOW_HEIGHT 800

/* Runs the main loop for @ms milliseconds. */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
  (void) id;
}

static gboolean
leaflet_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (_mz_window_get_leaflet (data))) > 0;
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Prints the minimum widths of @widget's descendants down to @depth,
 * to show what makes a section too wide. */
static void
describe (GtkWidget *widget,
          int        depth,
          int        indent)
{
  if (!gtk_widget_get_visible (widget))
    return;
  g_test_message ("%*s%s%s%s: %d px", indent * 2, "", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget) != NULL ? " " : "",
                  gtk_widget_get_name (widget) != NULL ? gtk_widget_get_name (widget) : "",
                  min_width (widget));
  if (depth == 0)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe (child, depth - 1, indent + 1);
}

static void
test_sections_fit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  const MzSection *sections;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar_box;
  guint n_sections;

  fixture->window = mz_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), WINDOW_WIDTH, WINDOW_HEIGHT);
  g_assert_true (mz_window_open_database (fixture->window, fixture->path));
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (leaflet_allocated, fixture->window);

  leaflet = _mz_window_get_leaflet (fixture->window);
  sidebar_box = GTK_WIDGET (_mz_window_get_sidebar (fixture->window));
  while (gtk_widget_get_parent (sidebar_box) != GTK_WIDGET (leaflet))
    sidebar_box = gtk_widget_get_parent (sidebar_box);

  sections = mz_sections_get (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *content = _mz_window_get_content_box (fixture->window);
      GtkWidget *page;
      int content_min, sidebar_min, width;

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", sections[i].id);
      /* The lists load in a thread: give them time to fill and lay out. */
      wait_ms (1500);

      page = gtk_stack_get_visible_child (_mz_window_get_content_stack (fixture->window));
      content_min = min_width (content);
      sidebar_min = min_width (sidebar_box);
      width = gtk_widget_get_width (GTK_WIDGET (leaflet));
      g_test_message ("%s: content needs %d px, page %d px, sidebar %d px, leaflet %d px, folded %d",
                      sections[i].id, content_min, page != NULL ? min_width (page) : -1,
                      sidebar_min, width, adw_leaflet_get_folded (leaflet));

      if (adw_leaflet_get_folded (leaflet) || content_min + sidebar_min > width)
        describe (page, 6, 1);
      if (adw_leaflet_get_folded (leaflet) || content_min + sidebar_min > width)
        g_string_append_printf (failures, "%s%s (%s) needs %d px beside a sidebar of %d px (%d > %d)",
                                failures->len > 0 ? "; " : "", sections[i].id,
                                _(sections[i].title), content_min, sidebar_min,
                                content_min + sidebar_min, width);
    }

  if (failures->len > 0)
    g_test_fail_printf ("LANGUAGE=%s: the window folds in %s",
                        g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", failures->str);
}

int
main (int    argc,
      char **argv)
{
  /* Not gtk_test_init (): it forces its own locale, and the language of
   * the environment is what this checks. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add ("/ui-fit/sections", Fixture, NULL, fixture_set_up, test_sections_fit, fixture_tear_down);

  return g_test_run ();
}

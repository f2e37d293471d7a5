/* test-ui-shot.h — a UI test's window saved as a PNG, to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header only (a static function), for the UI tests that take their
 * screenshots while they run: with MOBILIZE_SHOT_DIR set,
 * maybe_save_window() saves the window there; without it, it does
 * nothing.
 */
#pragma once

#include <gtk/gtk.h>

static void
maybe_save_window (GtkWidget  *window,
                   const char *name)
{
  const char *dir = g_getenv ("MOBILIZE_SHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = 0, height = 0;

  if (dir == NULL || window == NULL)
    return;

  /* The application's style, as the window has it when the application
   * runs (the tests make the window without it). */
  if (!g_object_get_data (G_OBJECT (gdk_display_get_default ()), "mz-shot-style"))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/int/itu/Mobilize/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_set_data (G_OBJECT (gdk_display_get_default ()), "mz-shot-style", GINT_TO_POINTER (1));
    }

  /* Drawn as it is now, after what is pending. */
  path = g_build_filename (dir, name, NULL);
  paintable = gtk_widget_paintable_new (window);
  for (int i = 0; i < 200 && node == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      if (i < 20)
        continue;
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        g_usleep (10000);
    }
  if (node == NULL)
    {
      g_test_message ("nothing drawn for %s", path);
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
  g_test_message ("saved %s", path);
}

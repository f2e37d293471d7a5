/* test-ui-crm-fixture.h — a window on a temporary database with the sample
 * data, and helpers to drive the Contacts and Interactions sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-partner-chooser.h"
#include "mz-window-private.h"
#include "test-remove-tree.h"

typedef struct
{
  char     *dir;
  char     *path;
  MzWindow *window;
} Fixture;

/* Runs what is pending, boundedly: an animating spinner keeps frames
 * pending for ever. */
static void
iterate (void)
{
  for (int i = 0; i < 500 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done (@data) holds, failing after 60 s (the
 * first load of a large list runs beside the window's database check). */
static void
wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (60, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
  iterate ();
}

/* A database of the BDT office with the sample data of the strategy. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;

  fixture->dir = g_dir_make_tmp ("mobilize-crm-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "office.db", NULL);

  store = mz_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mz_identity_set (store, "BDT", "Kwabena Osei", &error);
  g_assert_no_error (error);
  mz_demo_load (store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *toplevels;

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  iterate ();

  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

G_GNUC_UNUSED static MzStore *
fixture_store (Fixture *fixture)
{
  return mz_window_get_store (fixture->window);
}

/* Opens the window on the database and shows @section. */
G_GNUC_UNUSED static GtkWidget *
open_section (Fixture    *fixture,
              const char *section)
{
  GtkWidget *page;

  fixture->window = mz_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  g_assert_true (mz_window_open_database (fixture->window, fixture->path));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", section);
  iterate ();

  page = gtk_stack_get_child_by_name (_mz_window_get_content_stack (fixture->window), section);
  g_assert_nonnull (page);
  return page;
}

/* Types @text into the chooser's search and presses Enter: the first
 * match is chosen. */
G_GNUC_UNUSED static void
choose_partner (GtkWidget  *chooser,
                const char *text)
{
  GtkWidget *entry;

  mz_partner_chooser_popup (MZ_PARTNER_CHOOSER (chooser), text);
  iterate ();
  entry = GTK_WIDGET (gtk_widget_get_template_child (chooser, MZ_TYPE_PARTNER_CHOOSER, "entry"));
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_nonnull (mz_partner_chooser_get_partner_id (MZ_PARTNER_CHOOSER (chooser)));
}

G_GNUC_UNUSED static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* The visible AdwMessageDialog, or NULL. */
G_GNUC_UNUSED static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

G_GNUC_UNUSED static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* Every button, check button and so on below @widget whose label is
 * @label, depth first. */
G_GNUC_UNUSED static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

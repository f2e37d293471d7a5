/* test-ui-partners-fixture.h — what the Partners section's tests share:
 * a window on a database of its own in a temporary folder, opened at the
 * Partners section, and helpers to drive its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mz-application.h"
#include "mz-audit-history.h"
#include "mz-countries.h"
#include "mz-demo.h"
#include "mz-contact-editor.h"
#include "mz-history-view.h"
#include "mz-interaction-editor.h"
#include "mz-identity.h"
#include "mz-interaction-service.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-editor-private.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-partner-view-private.h"
#include "mz-partners-page-private.h"
#include "mz-staff.h"
#include "mz-window-private.h"
#include "test-remove-tree.h"

typedef struct
{
  char           *dir;
  char           *path;
  MzWindow       *window;
  MzPartnersPage *page;
} Fixture;

/* Helpers */

G_GNUC_UNUSED static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

G_GNUC_UNUSED static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done returns TRUE, failing after 20 s. */
G_GNUC_UNUSED static void
wait_until (gboolean (*done) (Fixture *), Fixture *fixture)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while (!done (fixture) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

/* Lets the window draw a few frames. */
G_GNUC_UNUSED static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (150, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
}

G_GNUC_UNUSED static gboolean
page_loaded (Fixture *fixture)
{
  return !_mz_partners_page_is_loading (fixture->page) &&
         g_strcmp0 (_mz_partners_page_get_state (fixture->page), "loading") != 0;
}

G_GNUC_UNUSED static gboolean
editor_gone (Fixture *fixture)
{
  return _mz_partners_page_get_editor (fixture->page) == NULL;
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mobilize-ui-partners-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "office.db", NULL);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();

  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* A database of office @office with the sample data, or without. */
G_GNUC_UNUSED static void
make_database (Fixture    *fixture,
               const char *office,
               gboolean    sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

  g_assert_no_error (error);
  mz_identity_set (store, office, "Ana Pérez", &error);
  g_assert_no_error (error);
  if (sample)
    {
      mz_demo_load (store, &error);
      g_assert_no_error (error);
    }
}

G_GNUC_UNUSED static MzStore *
store_of (Fixture *fixture)
{
  return mz_window_get_store (fixture->window);
}

G_GNUC_UNUSED static void
open_partners (Fixture *fixture)
{
  GtkWidget *page;

  fixture->window = mz_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  g_assert_true (mz_window_open_database (fixture->window, fixture->path));
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "partners"));
  page = gtk_stack_get_visible_child (_mz_window_get_content_stack (fixture->window));
  g_assert_true (MZ_IS_PARTNERS_PAGE (page));
  fixture->page = MZ_PARTNERS_PAGE (page);
  wait_until (page_loaded, fixture);
}

G_GNUC_UNUSED static MzPartner *
find_by_name (GListModel *model,
              const char *name)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_partner_get_name (partner), name) == 0)
        return g_steal_pointer (&partner);
    }

  return NULL;
}

G_GNUC_UNUSED static char *
partner_id_named (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = mz_partner_store_list (store_of (fixture), NULL, &error);
  g_autoptr(MzPartner) partner = NULL;

  g_assert_no_error (error);
  partner = find_by_name (all, name);
  g_assert_nonnull (partner);
  return g_strdup (mz_partner_get_id (partner));
}

G_GNUC_UNUSED static gint64
count_partners (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  mz_partner_store_count (store_of (fixture), TRUE, &n, &error);
  g_assert_no_error (error);
  return n;
}

/* The position of @text in a GtkStringList shown by a combo or dropdown. */
G_GNUC_UNUSED static guint
find_string (GListModel *model,
             const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }

  g_error ("“%s” is not in the list", text);
}

G_GNUC_UNUSED static void
pick (GtkWidget  *combo,
      const char *text)
{
  if (ADW_IS_COMBO_ROW (combo))
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo),
                                find_string (adw_combo_row_get_model (ADW_COMBO_ROW (combo)), text));
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (combo),
                                find_string (gtk_drop_down_get_model (GTK_DROP_DOWN (combo)), text));
}

G_GNUC_UNUSED static MzPartnerEditor *
open_new_editor (Fixture *fixture)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.new", NULL));
  editor = _mz_partners_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_modal (editor));
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (fixture->window));
  iterate ();
  return MZ_PARTNER_EDITOR (editor);
}

G_GNUC_UNUSED static void
type_into (MzPartnerEditor *editor,
           const char      *field,
           const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (_mz_partner_editor_get_field_widget (editor, field)), text);
}

G_GNUC_UNUSED static MzPartnerEditor *answered_editor;

G_GNUC_UNUSED static gboolean
editor_answered (Fixture *fixture)
{
  return _mz_partners_page_get_editor (fixture->page) == NULL ||
         _mz_partner_editor_get_error (answered_editor) != NULL;
}

/* Presses Save; GtkButton shows itself pressed a moment before "clicked". */
G_GNUC_UNUSED static void
press_save (Fixture         *fixture,
            MzPartnerEditor *editor)
{
  answered_editor = editor;
  g_assert_true (gtk_widget_activate (_mz_partner_editor_get_save_button (editor)));
  wait_until (editor_answered, fixture);
  answered_editor = NULL;
}

G_GNUC_UNUSED static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

G_GNUC_UNUSED static char *
text_of (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

G_GNUC_UNUSED static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

G_GNUC_UNUSED static guint
count_css_name (GtkWidget  *widget,
                const char *name)
{
  guint n = g_str_equal (gtk_widget_get_css_name (widget), name) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_css_name (child, name);
  return n;
}

G_GNUC_UNUSED static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_is_drawable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

G_GNUC_UNUSED static GtkWindow *
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

/* Tests */

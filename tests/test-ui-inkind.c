/* test-ui-inkind.c — the In-kind section: the table, its totals, and a
 * contribution created through the editor's widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-inkind-editor.h"
#include "mz-inkind-page.h"
#include "mz-inkind-store.h"
#include "mz-validate.h"
#include "test-ui-crm-fixture.h"

static gboolean
editor_closed (gpointer data)
{
  /* The editor is gone, or at least hidden. */
  GtkWindow **editor = data;

  return *editor == NULL || !gtk_widget_get_visible (GTK_WIDGET (*editor));
}

static void
set_text (GtkWidget  *editor,
          const char *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INKIND_EDITOR, row)), text);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "inkind");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;
  guint n_rows;
  MzInkind *created = NULL;

  g_assert_true (MZ_IS_INKIND_PAGE (page));
  before = mz_inkind_store_list (fixture_store (fixture), NULL, &error);
  g_assert_no_error (error);
  n_rows = g_list_model_get_n_items (_mz_inkind_page_get_rows (MZ_INKIND_PAGE (page)));
  g_assert_cmpuint (n_rows, ==, before->len);

  editor = _mz_inkind_page_open_editor (MZ_INKIND_PAGE (page));
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  iterate ();

  /* Nothing chosen: refused, naming the partner. */
  g_assert_false (_mz_inkind_editor_save (MZ_INKIND_EDITOR (editor)));
  g_assert_nonnull (_mz_inkind_editor_get_error (MZ_INKIND_EDITOR (editor)));
  g_assert_cmpstr (_mz_inkind_editor_get_error_field (MZ_INKIND_EDITOR (editor)), ==, "fair_value");

  set_text (GTK_WIDGET (editor), "fair_value_row", "12000.50");
  g_assert_false (_mz_inkind_editor_save (MZ_INKIND_EDITOR (editor)));
  g_assert_cmpstr (_mz_inkind_editor_get_error_field (MZ_INKIND_EDITOR (editor)), ==, "partner_id");
  g_assert_true (gtk_widget_has_css_class (template_child (editor, MZ_TYPE_INKIND_EDITOR, "partner_row"),
                                           "error"));

  choose_partner (_mz_inkind_editor_get_partner_chooser (MZ_INKIND_EDITOR (editor)), "Greenwave");
  /* No description yet. */
  g_assert_false (_mz_inkind_editor_save (MZ_INKIND_EDITOR (editor)));
  g_assert_cmpstr (_mz_inkind_editor_get_error_field (MZ_INKIND_EDITOR (editor)), ==, "description");

  set_text (GTK_WIDGET (editor), "description_row", "Two engineers for the e-waste toolkit");
  set_text (GTK_WIDGET (editor), "quantity_row", "abc");
  g_assert_false (_mz_inkind_editor_save (MZ_INKIND_EDITOR (editor)));
  g_assert_cmpstr (_mz_inkind_editor_get_error_field (MZ_INKIND_EDITOR (editor)), ==, "quantity_milli");

  set_text (GTK_WIDGET (editor), "quantity_row", "12.5");
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_INKIND_EDITOR,
                                                             "quantity_unit_row")), 1);
  g_assert_true (_mz_inkind_editor_save (MZ_INKIND_EDITOR (editor)));
  wait_until (editor_closed, &editor);
  if (editor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  after = mz_inkind_store_list (fixture_store (fixture), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    {
      MzInkind *k = g_ptr_array_index (after, i);

      if (g_strcmp0 (k->description, "Two engineers for the e-waste toolkit") == 0)
        created = k;
    }
  g_assert_nonnull (created);
  g_assert_cmpint (created->fair_value, ==, 1200050);
  g_assert_cmpstr (created->currency, ==, "CHF");
  g_assert_cmpint (created->fair_value_chf, ==, 1200050);
  g_assert_cmpint (created->quantity_milli, ==, 12500);
  g_assert_cmpstr (created->quantity_unit, ==, "person_months");
  g_assert_cmpstr (created->kind, ==, "seconded_expert");

  /* The table shows it; the totals count it. */
  g_assert_cmpuint (g_list_model_get_n_items (_mz_inkind_page_get_rows (MZ_INKIND_PAGE (page))),
                    ==, n_rows + 1);
  g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, _("In-kind contribution saved"));
  {
    g_autofree char *year = g_strndup (created->start_date, 4);

    g_assert_nonnull (_mz_inkind_page_get_total (MZ_INKIND_PAGE (page), "year", year));
  }

  /* The window's search finds it by its description, in any case. */
  g_object_set (page, "search-text", "E-WASTE TOOLKIT", NULL);
  g_assert_cmpuint (_mz_inkind_page_get_n_shown (MZ_INKIND_PAGE (page)), ==, 1);
  g_object_set (page, "search-text", "no such contribution", NULL);
  g_assert_cmpuint (_mz_inkind_page_get_n_shown (MZ_INKIND_PAGE (page)), ==, 0);
  g_object_set (page, "search-text", NULL, NULL);
  g_assert_cmpuint (_mz_inkind_page_get_n_shown (MZ_INKIND_PAGE (page)), ==, n_rows + 1);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-inkind/create", Fixture, NULL, fixture_set_up, test_create, fixture_tear_down);

  return g_test_run ();
}

/* test-ui-inkind.c — the In-kind section: the table, its totals, and a
 * contribution created through the editor's widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/wait.h>

#include "mz-commitment-service.h"
#include "mz-inkind-editor.h"
#include "mz-inkind-page.h"
#include "mz-inkind-store.h"
#include "mz-list-export-button.h"
#include "mz-validate.h"
#include "test-ui-crm-fixture.h"
#include "test-ui-shot.h"

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

static gboolean
export_done (gpointer data)
{
  return !mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (data));
}

static void
sensitive_changed_cb (GtkWidget  *button,
                      GParamSpec *pspec,
                      GString    *seen)
{
  g_string_append_c (seen, gtk_widget_get_sensitive (button) ? '1' : '0');
}

/* "Export to Excel…" writes the rows the search leaves, read back by
 * openpyxl (tests/check-report-list.py): headers, one row per row shown,
 * numbers and dates as such, the CHF total. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "inkind");
  GtkWidget *button = _mz_inkind_page_get_export_button (MZ_INKIND_PAGE (page));
  GListModel *rows = _mz_inkind_page_get_rows (MZ_INKIND_PAGE (page));
  g_autofree char *out = g_build_filename (fixture->dir, "in-kind.xlsx", NULL);
  g_autofree char *spec_path = g_build_filename (fixture->dir, "spec.json", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report-list.py", NULL);
  g_autofree char *spec = NULL;
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) first = NULL;
  const char *argv[] = { "/usr/bin/python3", script, out, spec_path, NULL };
  const MzInkind *inkind;
  const char *kind;
  guint n_all, n_shown, n_kind = 0;
  gint64 total_chf = 0;
  int status;

  g_assert_true (MZ_IS_LIST_EXPORT_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  n_all = g_list_model_get_n_items (rows);

  /* Nothing to export before the rows are read, nor while they are read
   * again. */
  {
    GtkWidget *fresh = g_object_ref_sink (g_object_new (MZ_TYPE_INKIND_PAGE, NULL));
    g_autoptr(GString) seen = g_string_new (NULL);
    gulong handler;

    g_assert_false (gtk_widget_get_sensitive (_mz_inkind_page_get_export_button (MZ_INKIND_PAGE (fresh))));
    g_object_unref (fresh);

    handler = g_signal_connect (button, "notify::sensitive", G_CALLBACK (sensitive_changed_cb), seen);
    gtk_widget_activate_action (page, "page.reload", NULL);
    g_signal_handler_disconnect (button, handler);
    g_assert_cmpstr (seen->str, ==, "01");
    g_assert_true (gtk_widget_get_sensitive (button));
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_all);
  }
  g_assert_cmpuint (n_all, >, 1);

  /* Search for the kind of the first contribution. */
  first = g_list_model_get_item (rows, 0);
  kind = mz_inkind_kind_label (((const MzInkind *) g_object_get_data (first, "inkind"))->kind);
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      inkind = g_object_get_data (item, "inkind");
      if (g_strcmp0 (mz_inkind_kind_label (inkind->kind), kind) == 0)
        n_kind++;
    }
  g_object_set (page, "search-text", kind, NULL);
  n_shown = _mz_inkind_page_get_n_shown (MZ_INKIND_PAGE (page));
  /* The demo's partners, descriptions, units and initiatives do not name
   * kinds: the search leaves the contributions of that kind. */
  g_assert_cmpuint (n_shown, ==, n_kind);
  g_assert_cmpuint (n_shown, <, n_all);
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      inkind = g_object_get_data (item, "inkind");
      if (g_strcmp0 (mz_inkind_kind_label (inkind->kind), kind) == 0)
        total_chf += inkind->fair_value_chf;
    }

  maybe_save_window (GTK_WIDGET (fixture->window), "inkind-export.png");
  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  g_assert_true (mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (button)));
  maybe_save_window (GTK_WIDGET (fixture->window), "inkind-export-busy.png");
  /* The rows read again while the worker fills the cells: it has what it
   * took at the click; the Cancel button stays usable. */
  gtk_widget_activate_action (page, "page.reload", NULL);
  g_assert_true (gtk_widget_get_sensitive (button));
  wait_until (export_done, button);
  maybe_save_window (GTK_WIDGET (fixture->window), "inkind-export-done.png");
  g_assert_null (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)));
  /* The toast shared with the Reports section, naming the file. */
  {
    g_autofree char *saved = g_strdup_printf (_("Saved “%s”"), "in-kind.xlsx");

    g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, saved);
  }
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is missing");
      return;
    }
  spec = g_strdup_printf ("{\"title\": \"In-kind contributions\","
                          " \"headers\": [\"Partner\", \"Kind\", \"Description\", \"Unit\","
                          "   \"Initiative\", \"Start\", \"End\", \"Quantity\", \"Quantity unit\","
                          "   \"Fair value\", \"Currency\", \"Fair value (CHF)\", \"Valuation basis\"],"
                          " \"types\": [\"text\", \"text\", \"text\", \"text\", \"text\", \"date\","
                          "   \"date\", \"number\", \"text\", \"money\", \"text\", \"chf\", \"text\"],"
                          " \"rows\": %u, \"cells\": {\"B5\": \"%s\"},"
                          " \"totals\": {\"L\": %.2f}}",
                          n_shown, kind, total_chf / 100.0);
  g_assert_true (g_file_set_contents (spec_path, spec, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("check-report-list.py:\n%s%s", stdout_text, stderr_text);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Cancelled at once: nothing at the target. */
  g_unlink (out);
  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  mz_list_export_button_cancel (MZ_LIST_EXPORT_BUTTON (button));
  wait_until (export_done, button);
  if (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)) != NULL)
    {
      g_assert_error ((GError *) mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)),
                      G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
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
  g_test_add ("/ui-inkind/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);

  return g_test_run ();
}

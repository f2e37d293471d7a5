/* test-ui-import.c — the import dialog driven through its widgets
 *
 * With MOBILIZE_SHOT_DIR set, also saves screenshots of the dialog
 * (import-preview.png, import-done.png) there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "test-ui-crm-fixture.h"
#include "mz-import-dialog-private.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-contact-store.h"

static void
save_shot (GtkWidget  *window,
           const char *name)
{
  const char *dir = g_getenv ("MOBILIZE_SHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;
  /* Let the stack's crossfade end. */
  {
    gboolean waited = FALSE;

    g_timeout_add (500, timeout_cb, &waited);
    while (!waited)
      g_main_context_iteration (NULL, TRUE);
  }
  path = g_build_filename (dir, name, NULL);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
  g_test_message ("screenshot %s", path);
}

static gboolean
idle_with_report (gpointer data)
{
  MzImportDialog *dialog = data;

  return !_mz_import_dialog_is_busy (dialog) &&
         (g_strcmp0 (_mz_import_dialog_get_page (dialog), "failed") == 0 ||
          _mz_import_dialog_get_report (dialog) != NULL);
}

static gboolean
page_is_done (gpointer data)
{
  return !_mz_import_dialog_is_busy (data) &&
         g_strcmp0 (_mz_import_dialog_get_page (data), "done") == 0;
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static MzImportDialog *
open_dialog (Fixture    *fixture,
             const char *kind)
{
  MzImportDialog *dialog;

  open_section (fixture, kind);
  dialog = _mz_import_dialog_new (GTK_WINDOW (fixture->window), fixture_store (fixture), kind);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpstr (_mz_import_dialog_get_page (dialog), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));
  return dialog;
}

/* "|Line N\n" as report_text() shows it, in the language of the run, so
 * that the test also runs (and takes its screenshots) in Chinese. */
static const char *
line_mark (guint line)
{
  g_autofree char *text = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Line %u"), line);
  g_autofree char *mark = g_strdup_printf ("|%s\n", text);

  return g_intern_string (mark);
}

/* The text of the report rows: "title|subtitle" each, one per line. */
static char *
report_text (MzImportDialog *dialog)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (_mz_import_dialog_get_report_list (dialog)));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_string_append_printf (text, "%s|%s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) ?: "");
  return g_string_free (text, FALSE);
}

static gint64
partner_count (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  g_assert_true (mz_partner_store_count (fixture_store (fixture), TRUE, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
test_import_partners (Fixture       *fixture,
                      gconstpointer  data)
{
  MzImportDialog *dialog = open_dialog (fixture, "partners");
  g_autoptr(GFile) file = write_file (fixture, "partners.csv",
                                      "\xEF\xBB\xBFOrganisation;Kind;Country;Website;Notes\r\n"
                                      "Kigali Innovation Hub;SME;Rwanda;kih.example;\"first\r\nsecond\"\r\n"
                                      "Lima Digital Lab;NGO;Atlantis;;\r\n"
                                      "Nairobi Spectrum Forum;academia;KE;;\r\n");
  GtkColumnView *preview;
  GtkDropDown *name_dropdown;
  GtkDropDown *type_dropdown;
  GtkDropDown *country_dropdown;
  g_autofree char *report = NULL;
  gint64 before = partner_count (fixture);

  _mz_import_dialog_set_file (dialog, file);
  wait_until (idle_with_report, dialog);
  g_assert_cmpstr (_mz_import_dialog_get_page (dialog), ==, "content");

  /* The preview: every column of the header, the three rows. */
  preview = _mz_import_dialog_get_preview (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (preview)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (preview))), ==, 3);

  /* The mapping guessed from the header (item 0 is "ignore"). */
  name_dropdown = _mz_import_dialog_get_mapping (dialog, "name");
  type_dropdown = _mz_import_dialog_get_mapping (dialog, "partner_type");
  country_dropdown = _mz_import_dialog_get_mapping (dialog, "country");
  g_assert_cmpuint (gtk_drop_down_get_selected (name_dropdown), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (type_dropdown), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (country_dropdown), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (_mz_import_dialog_get_mapping (dialog, "status")), ==, 0);

  /* The unknown country, with its line; no import while it remains. */
  report = report_text (dialog);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "Atlantis"));
  g_assert_nonnull (strstr (report, line_mark (4)));
  g_assert_false (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));
  save_shot (GTK_WIDGET (dialog), "import-preview.png");

  /* Ignoring the country column checks again: no more errors. */
  gtk_drop_down_set_selected (country_dropdown, 0);
  wait_until (idle_with_report, dialog);
  g_assert_cmpuint (_mz_import_dialog_get_report (dialog)->n_errors, ==, 0);
  g_assert_true (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));
  g_assert_cmpint (partner_count (fixture), ==, before);

  gtk_widget_activate (_mz_import_dialog_get_import_button (dialog));
  wait_until (page_is_done, dialog);
  save_shot (GTK_WIDGET (dialog), "import-done.png");
  g_assert_cmpint (partner_count (fixture), ==, before + 3);
  g_assert_true (_mz_import_dialog_get_report (dialog)->saved);

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static void
test_import_contacts (Fixture       *fixture,
                      gconstpointer  data)
{
  MzImportDialog *dialog = open_dialog (fixture, "contacts");
  g_autoptr(MzPartner) partner = mz_partner_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bad = write_file (fixture, "bad.csv",
                                     "Partner,First name,Last name,E-mail,Primary\n"
                                     "Import Test Org,Ann,Lee,ann@example.org,yes\n"
                                     "Nobody Known,Bob,Ray,,\n");
  g_autoptr(GFile) good = write_file (fixture, "good.csv",
                                      "Partner,First name,Last name,E-mail,Primary\n"
                                      "import test org,Ann,Lee,ann@example.org,yes\n"
                                      "Import Test Org,Bob,Ray,bob@example.org,no\n");
  g_autoptr(GListModel) contacts = NULL;
  g_autofree char *report = NULL;

  mz_partner_set_name (partner, "Import Test Org");
  mz_partner_set_partner_type (partner, "ngo");
  g_assert_true (mz_partner_service_create (fixture_store (fixture), partner, &error));
  g_assert_no_error (error);

  _mz_import_dialog_set_file (dialog, bad);
  wait_until (idle_with_report, dialog);
  report = report_text (dialog);
  g_test_message ("%s", report);
  save_shot (GTK_WIDGET (dialog), "import-contacts.png");
  g_assert_nonnull (strstr (report, "Nobody Known"));
  g_assert_nonnull (strstr (report, line_mark (3)));
  g_assert_false (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));

  _mz_import_dialog_set_file (dialog, good);
  wait_until (idle_with_report, dialog);
  g_assert_cmpuint (_mz_import_dialog_get_report (dialog)->n_errors, ==, 0);
  g_assert_true (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));
  gtk_widget_activate (_mz_import_dialog_get_import_button (dialog));
  wait_until (page_is_done, dialog);

  contacts = mz_contact_store_list_for_partner (fixture_store (fixture), mz_partner_get_id (partner),
                                                FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  {
    g_autoptr(MzContact) first = g_list_model_get_item (contacts, 0);

    g_assert_true (mz_contact_get_is_primary (first));
    g_assert_cmpstr (mz_contact_get_family_name (first), ==, "Lee");
  }

  /* A contact already there (same e-mail, another case) is a warning,
   * not an error, and the page after the import says so about contacts. */
  {
    g_autoptr(GFile) again = write_file (fixture, "again.csv",
                                         "Partner,First name,Last name,E-mail\n"
                                         "Import Test Org,Annie,Lee-Smith,ANN@example.org\n"
                                         "Import Test Org,Carla,Diaz,carla@example.org\n");
    g_autofree char *expected = NULL;
    const char *description;

    _mz_import_dialog_set_file (dialog, again);
    wait_until (idle_with_report, dialog);
    g_assert_cmpuint (_mz_import_dialog_get_report (dialog)->n_errors, ==, 0);
    g_assert_cmpuint (_mz_import_dialog_get_report (dialog)->n_warnings, >=, 1);
    g_clear_pointer (&report, g_free);
    report = report_text (dialog);
    g_test_message ("%s", report);
    g_assert_nonnull (strstr (report, line_mark (2)));
    g_assert_null (strstr (report, line_mark (3)));
    gtk_widget_activate (_mz_import_dialog_get_import_button (dialog));
    wait_until (page_is_done, dialog);
    description = _mz_import_dialog_get_done_description (dialog);
    g_test_message ("%s", description);
    expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u row looked like a contact already in the database; check that partner’s contacts and forget or edit the copy if they are the same person.",
                                             "%u rows looked like contacts already in the database; check those partners’ contacts and forget or edit the copies if they are the same people.",
                                             1), 1);
    g_assert_cmpstr (description, ==, expected);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static void
test_broken_files (Fixture       *fixture,
                   gconstpointer  data)
{
  MzImportDialog *dialog = open_dialog (fixture, "partners");
  g_autoptr(GFile) empty = write_file (fixture, "empty.csv", "");
  g_autoptr(GFile) broken = write_file (fixture, "broken.csv",
                                        "name,type\nFine,ngo\n\"Unclosed,ngo\nOther,ngo\n");
  g_autofree char *report = NULL;
  gint64 before = partner_count (fixture);

  save_shot (GTK_WIDGET (dialog), "import-empty.png");
  _mz_import_dialog_set_file (dialog, empty);
  wait_until (idle_with_report, dialog);
  g_assert_cmpstr (_mz_import_dialog_get_page (dialog), ==, "failed");
  save_shot (GTK_WIDGET (dialog), "import-failed.png");

  _mz_import_dialog_set_file (dialog, broken);
  wait_until (idle_with_report, dialog);
  g_assert_cmpstr (_mz_import_dialog_get_page (dialog), ==, "content");
  report = report_text (dialog);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "Line 3"));
  g_assert_false (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));
  g_assert_cmpint (partner_count (fixture), ==, before);

  /* Closing while nothing runs leaves everything as it was. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpint (partner_count (fixture), ==, before);
}

static gboolean
idle_on_content (gpointer data)
{
  return !_mz_import_dialog_is_busy (data) &&
         g_strcmp0 (_mz_import_dialog_get_page (data), "content") == 0 &&
         _mz_import_dialog_get_report (data) != NULL;
}

/* Cancel during the import: nothing is saved, the file stays open. */
static void
test_cancel_import (Fixture       *fixture,
                    gconstpointer  data)
{
  MzImportDialog *dialog = open_dialog (fixture, "partners");
  g_autoptr(GString) csv = g_string_new ("name,type,country\n");
  g_autoptr(GFile) file = NULL;
  gint64 before = partner_count (fixture);

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (csv, "Cancelled partner %u,ngo,CH\n", i);
  file = write_file (fixture, "many.csv", csv->str);

  _mz_import_dialog_set_file (dialog, file);
  wait_until (idle_with_report, dialog);
  g_assert_cmpuint (_mz_import_dialog_get_report (dialog)->n_rows, ==, 5000);
  g_assert_true (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));

  g_signal_emit_by_name (_mz_import_dialog_get_import_button (dialog), "clicked");
  g_assert_cmpstr (_mz_import_dialog_get_page (dialog), ==, "busy");
  g_assert_true (_mz_import_dialog_is_busy (dialog));
  g_signal_emit_by_name (_mz_import_dialog_get_cancel_button (dialog), "clicked");

  wait_until (idle_on_content, dialog);
  g_assert_cmpint (partner_count (fixture), ==, before);
  g_assert_true (gtk_widget_get_sensitive (_mz_import_dialog_get_import_button (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
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

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/ui-import/partners", test_import_partners);
  ADD ("/ui-import/contacts", test_import_contacts);
  ADD ("/ui-import/broken-files", test_broken_files);
  ADD ("/ui-import/cancel", test_cancel_import);

  return g_test_run ();
}

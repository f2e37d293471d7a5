/* test-ui-reports.c — the Reports section: the form, the export with
 * progress, cancellation and errors, through its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-labels.h"
#include "mz-report-queries.h"
#include "mz-reports-page.h"
#include "test-ui-crm-fixture.h"
#include "test-ui-shot.h"

static gboolean
export_done (gpointer data)
{
  return !_mz_reports_page_is_busy (MZ_REPORTS_PAGE (data));
}

/* Selects the item of @row whose string is @text. */
static void
select_string (GtkWidget  *row,
               const char *text)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), i));

      /* Sub-initiatives are indented. */
      if (g_strcmp0 (g_strstrip (s), text) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          return;
        }
    }
  g_error ("No item “%s” in the combo row", text);
}

/* Whether @path starts with the ZIP signature "PK". */
static gboolean
is_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return length > 4 && contents[0] == 'P' && contents[1] == 'K';
}

/* Files of @dir other than the database's own. */
static guint
count_stray_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "office.db"))
      n++;
  return n;
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "reports");
  g_autoptr(GError) error = NULL;
  int first = 0, last = 0;

  g_assert_true (MZ_IS_REPORTS_PAGE (page));
  g_assert_true (mz_report_data_years (fixture_store (fixture), &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);

  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (template_child (page, MZ_TYPE_REPORTS_PAGE, "year_from_spin"))),
                   ==, first);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (template_child (page, MZ_TYPE_REPORTS_PAGE, "year_to_spin"))),
                   ==, last);
  /* Personal data stays out unless asked for. */
  g_assert_false (gtk_switch_get_active (
                    GTK_SWITCH (template_child (page, MZ_TYPE_REPORTS_PAGE, "personal_switch"))));
  /* "All units" first, then the units; the initiatives of the demo data. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (
                      ADW_COMBO_ROW (template_child (page, MZ_TYPE_REPORTS_PAGE, "unit_row")))),
                    >, 4);
  select_string (template_child (page, MZ_TYPE_REPORTS_PAGE, "initiative_row"),
                 "Green Digital Action");
  select_string (template_child (page, MZ_TYPE_REPORTS_PAGE, "language_row"), "中文");
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "reports");
  g_autofree char *out = g_build_filename (fixture->dir, "report.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  GtkWidget *progress_box = template_child (page, MZ_TYPE_REPORTS_PAGE, "progress_box");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                              "year_from_spin")), 2023);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                              "year_to_spin")), 2024);
  select_string (template_child (page, MZ_TYPE_REPORTS_PAGE, "unit_row"),
                 mz_labels_unit_name ("BDT"));
  select_string (template_child (page, MZ_TYPE_REPORTS_PAGE, "language_row"), "中文");
  gtk_switch_set_active (GTK_SWITCH (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                     "personal_switch")), TRUE);

  maybe_save_window (GTK_WIDGET (fixture->window), "reports.png");
  _mz_reports_page_export_to (MZ_REPORTS_PAGE (page), file);
  g_assert_true (_mz_reports_page_is_busy (MZ_REPORTS_PAGE (page)));
  g_assert_true (gtk_widget_get_visible (progress_box));
  g_assert_false (gtk_widget_get_sensitive (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                            "export_button")));
  wait_until (export_done, page);

  g_assert_null (_mz_reports_page_get_error (MZ_REPORTS_PAGE (page)));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_assert_true (is_zip (out));
  g_assert_cmpfloat (_mz_reports_page_get_max_fraction (MZ_REPORTS_PAGE (page)), >, 0.5);
  g_assert_false (gtk_widget_get_visible (progress_box));
  g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, _("Report saved"));
  maybe_save_window (GTK_WIDGET (fixture->window), "reports-saved.png");
  /* Only the workbook: no temporary file left beside it. */
  g_assert_cmpuint (count_stray_files (fixture->dir), ==, 1);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "reports");
  g_autofree char *out = g_build_filename (fixture->dir, "cancelled.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  GtkWidget *cancel = template_child (page, MZ_TYPE_REPORTS_PAGE, "cancel_button");

  gtk_switch_set_active (GTK_SWITCH (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                     "personal_switch")), TRUE);
  _mz_reports_page_export_to (MZ_REPORTS_PAGE (page), file);
  g_assert_true (_mz_reports_page_is_busy (MZ_REPORTS_PAGE (page)));
  g_assert_true (gtk_widget_get_sensitive (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  wait_until (export_done, page);

  g_assert_null (_mz_reports_page_get_error (MZ_REPORTS_PAGE (page)));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_stray_files (fixture->dir), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                           "export_button")));
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "reports");
  g_autofree char *out = g_build_filename (fixture->dir, "no-such-folder", "r.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);

  _mz_reports_page_export_to (MZ_REPORTS_PAGE (page), file);
  wait_until (export_done, page);

  g_assert_nonnull (_mz_reports_page_get_error (MZ_REPORTS_PAGE (page)));
  g_assert_true (gtk_widget_get_visible (template_child (page, MZ_TYPE_REPORTS_PAGE,
                                                         "status_label")));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_stray_files (fixture->dir), ==, 0);
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

  ADD ("/ui-reports/defaults", test_defaults);
  ADD ("/ui-reports/export", test_export);
  ADD ("/ui-reports/cancel", test_cancel);
  ADD ("/ui-reports/unwritable", test_unwritable);

  return g_test_run ();
}

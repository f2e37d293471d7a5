/* test-ui-initiatives.c — the Initiatives section shows the figures of the
 * initiative progress service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-commitment-service.h"
#include "mz-currency-totals.h"
#include "mz-initiative-row.h"
#include "mz-initiatives-page.h"
#include "mz-reports-page.h"
#include "test-ui-crm-fixture.h"

static MzInitiativeRow *
find_row (GListModel *rows,
          const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MzInitiativeRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (mz_initiative_row_get_progress (row)->name, name) == 0)
        return row;
    }
  return NULL;
}

static const MzInitiativeProgress *
find_progress (GPtrArray  *all,
               const char *name)
{
  for (guint i = 0; i < all->len; i++)
    {
      const MzInitiativeProgress *p = g_ptr_array_index (all, i);

      if (g_strcmp0 (p->name, name) == 0)
        return p;
    }
  return NULL;
}

static void
check_initiative (GtkWidget  *page,
                  GPtrArray  *expected_all,
                  const char *name)
{
  GListModel *rows = _mz_initiatives_page_get_rows (MZ_INITIATIVES_PAGE (page));
  const MzInitiativeProgress *expected = find_progress (expected_all, name);
  MzInitiativeRow *row = find_row (rows, name);
  const MzInitiativeProgress *shown;
  g_autofree char *target = NULL;
  g_autofree char *signed_text = NULL;
  g_autofree char *received = NULL;
  g_autofree char *pipeline = NULL;
  g_autofree char *gap = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (expected);
  g_assert_nonnull (row);
  shown = mz_initiative_row_get_progress (row);
  g_assert_cmpint (expected->target_chf, >, 0);
  g_assert_cmpint (shown->target_chf, ==, expected->target_chf);
  g_assert_cmpint (shown->signed_chf, ==, expected->signed_chf);
  g_assert_cmpint (shown->received_chf, ==, expected->received_chf);
  g_assert_cmpint (shown->pipeline_chf, ==, expected->pipeline_chf);
  g_assert_cmpint (shown->gap_chf, ==, expected->gap_chf);
  /* A top initiative, not indented. */
  g_assert_cmpuint (mz_initiative_row_get_depth (row), ==, 0);

  /* The detail pane shows the same figures. */
  g_assert_true (_mz_initiatives_page_select (MZ_INITIATIVES_PAGE (page), expected->initiative_id));
  iterate ();
  target = _mz_initiatives_format_chf (expected->target_chf);
  signed_text = _mz_initiatives_format_chf (expected->signed_chf);
  received = _mz_initiatives_format_chf (expected->received_chf);
  pipeline = _mz_initiatives_format_chf (expected->pipeline_chf);
  gap = _mz_initiatives_format_chf (expected->gap_chf);
  g_assert_cmpstr (_mz_initiatives_page_get_figure_text (MZ_INITIATIVES_PAGE (page), "target"), ==, target);
  g_assert_cmpstr (_mz_initiatives_page_get_figure_text (MZ_INITIATIVES_PAGE (page), "signed"), ==, signed_text);
  g_assert_cmpstr (_mz_initiatives_page_get_figure_text (MZ_INITIATIVES_PAGE (page), "received"), ==, received);
  g_assert_cmpstr (_mz_initiatives_page_get_figure_text (MZ_INITIATIVES_PAGE (page), "pipeline"), ==, pipeline);
  g_assert_cmpstr (_mz_initiatives_page_get_figure_text (MZ_INITIATIVES_PAGE (page), "gap"), ==, gap);

  partners = mz_totals_initiative_partners (mz_initiatives_page_get_store (MZ_INITIATIVES_PAGE (page)), expected->initiative_id,
                                            TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (_mz_initiatives_page_get_n_partners (MZ_INITIATIVES_PAGE (page)), ==,
                    partners->len);
}

static gboolean
rows_loaded (gpointer page)
{
  return g_list_model_get_n_items (_mz_initiatives_page_get_rows (MZ_INITIATIVES_PAGE (page))) > 0;
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = open_section (fixture, "initiatives");
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rows;
  gboolean child_indented = FALSE;

  g_assert_true (MZ_IS_INITIATIVES_PAGE (page));
  wait_until (rows_loaded, page);
  expected = mz_totals_initiative_progress (fixture_store (fixture), TRUE, NULL, &error);
  g_assert_no_error (error);

  rows = _mz_initiatives_page_get_rows (MZ_INITIATIVES_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected->len);

  check_initiative (page, expected, "Green Digital Action");
  check_initiative (page, expected, "AI for Good");

  /* "Export to Excel…" takes the initiative to the Reports section. */
  {
    const MzInitiativeProgress *gda = find_progress (expected, "Green Digital Action");
    GtkWidget *reports, *initiative_row;
    GListModel *names;
    g_autofree char *chosen = NULL;

    g_assert_true (_mz_initiatives_page_select (MZ_INITIATIVES_PAGE (page), gda->initiative_id));
    g_signal_emit_by_name (template_child (page, MZ_TYPE_INITIATIVES_PAGE, "export_button"), "clicked");
    iterate ();
    g_assert_cmpstr (gtk_stack_get_visible_child_name (_mz_window_get_content_stack (fixture->window)),
                     ==, "reports");
    reports = gtk_stack_get_child_by_name (_mz_window_get_content_stack (fixture->window), "reports");
    initiative_row = template_child (reports, MZ_TYPE_REPORTS_PAGE, "initiative_row");
    names = adw_combo_row_get_model (ADW_COMBO_ROW (initiative_row));
    chosen = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (names),
                                                   adw_combo_row_get_selected (ADW_COMBO_ROW (initiative_row))));
    g_assert_cmpstr (g_strstrip (chosen), ==, "Green Digital Action");
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "initiatives");
    iterate ();
  }

  /* Sub-initiatives come right after their parent, indented. */
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MzInitiativeRow) row = g_list_model_get_item (rows, i);
      g_autoptr(MzInitiativeRow) before = g_list_model_get_item (rows, i - 1);
      const MzInitiativeProgress *p = mz_initiative_row_get_progress (row);

      if (p->parent_id == NULL)
        continue;
      g_assert_cmpuint (mz_initiative_row_get_depth (row), >, 0);
      if (mz_initiative_row_get_depth (before) < mz_initiative_row_get_depth (row))
        g_assert_cmpstr (mz_initiative_row_get_progress (before)->initiative_id, ==, p->parent_id);
      child_indented = TRUE;
    }
  g_assert_true (child_indented);

  /* The window's search narrows the list; a sub-initiative stays with a
   * matching parent. */
  g_object_set (page, "search-text", "green digital", NULL);
  g_assert_cmpuint (_mz_initiatives_page_get_n_shown (MZ_INITIATIVES_PAGE (page)), ==, 2);
  g_object_set (page, "search-text", "AI FOR", NULL);
  g_assert_cmpuint (_mz_initiatives_page_get_n_shown (MZ_INITIATIVES_PAGE (page)), ==, 1);
  g_object_set (page, "search-text", "", NULL);
  g_assert_cmpuint (_mz_initiatives_page_get_n_shown (MZ_INITIATIVES_PAGE (page)), ==, expected->len);

  /* An initiative added elsewhere shows when the section is shown again. */
  {
    g_autoptr(MzInitiative) added = mz_initiative_new ();

    added->name = g_strdup ("Digital public infrastructure");
    added->kind = g_strdup ("thematic");
    added->target_chf = 250000000;
    g_assert_true (mz_initiative_service_create (fixture_store (fixture), added, &error));
    g_assert_no_error (error);
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "dashboard");
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "initiatives");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected->len + 1);
  g_assert_nonnull (find_row (rows, "Digital public infrastructure"));
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

  g_test_add ("/ui-initiatives/progress", Fixture, NULL, fixture_set_up, test_progress,
              fixture_tear_down);

  return g_test_run ();
}

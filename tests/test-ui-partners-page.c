/* test-ui-partners-page.c — a partner's page in the Partners section: the
 * coordination notice, one's own plans, opening a row and the relations;
 * the list exported to Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case opens the real window on a database of its own in a temporary
 * folder, goes to the Partners section and drives the real widgets.
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "mz-list-export-button.h"
#include "test-ui-partners-fixture.h"

static void
test_page_coordination (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) plan = mz_interaction_new ();
  g_autoptr(MzOrgUnit) tsb = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 10);
  g_autofree char *date = g_date_time_format (soon, "%Y-%m-%d");
  g_autofree char *staff_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *history = NULL;
  MzPartnerView *view;
  MzStore *store;
  GtkListBox *history_list;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  store = store_of (fixture);
  id = partner_id_named (fixture, "Aurora Digital Foundation");

  /* TSB plans a visit in ten days. */
  tsb = mz_org_unit_find (store, "TSB", &error);
  g_assert_no_error (error);
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_staff_ensure (store, "Mei Lin Tan", mz_org_unit_get_id (tsb), &staff_id, &error));
  g_assert_true (mz_store_commit (store, &error));
  mz_interaction_set_partner_id (plan, id);
  mz_interaction_set_kind (plan, "visit");
  mz_interaction_set_date (plan, date);
  mz_interaction_set_unit_id (plan, mz_org_unit_get_id (tsb));
  mz_interaction_set_staff_id (plan, staff_id);
  mz_interaction_set_subject (plan, "Standards workshop sponsorship");
  mz_interaction_set_status (plan, "planned");
  mz_interaction_service_create (store, plan, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.open", "s", id));
  view = _mz_partners_page_get_view (fixture->page);
  settle ();

  /* The notice names the unit, the kind, the person. */
  g_assert_true (gtk_widget_get_visible (_mz_partner_view_get_coordination_box (view)));
  notice = text_of (_mz_partner_view_get_coordination_lines (view));
  g_assert_nonnull (strstr (notice, "TSB plans a visit on"));
  g_assert_nonnull (strstr (notice, "Mei Lin Tan"));
  g_assert_nonnull (strstr (notice, "Standards workshop sponsorship"));

  /* The timeline, the contacts (primary first). */
  g_assert_cmpuint (count_rows (_mz_partner_view_get_timeline_list (view)), >=, 2);
  g_assert_cmpuint (count_rows (_mz_partner_view_get_contacts_list (view)), >=, 1);
  g_assert_nonnull (strstr (text_of (GTK_WIDGET (gtk_list_box_get_row_at_index (_mz_partner_view_get_contacts_list (view), 0))),
                            "Primary"));

  /* The history: contacts' changes named, their personal values never. */
  adw_view_stack_set_visible_child_name (_mz_partner_view_get_view_stack (view), "history");
  history_list = mz_history_view_get_list (_mz_partner_view_get_history_view (view));
  g_assert_cmpuint (count_rows (history_list), >=, 3);
  history = text_of (GTK_WIDGET (history_list));
  g_assert_nonnull (strstr (history, "Contact added"));
  g_assert_nonnull (strstr (history, "Interaction recorded"));
  g_assert_nonnull (strstr (history, "BDT · Ana Pérez"));
  g_assert_null (strstr (history, "Thompson"));
  g_assert_null (strstr (history, "maya.thompson"));

  /* The page's buttons open the contact and interaction editors, preset
   * for this partner. */
  adw_view_stack_set_visible_child_name (_mz_partner_view_get_view_stack (view), "overview");
  g_assert_null (find_toplevel (MZ_TYPE_CONTACT_EDITOR));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "partner.add-contact", NULL));
  g_assert_nonnull (find_toplevel (MZ_TYPE_CONTACT_EDITOR));
  gtk_window_destroy (find_toplevel (MZ_TYPE_CONTACT_EDITOR));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "partner.plan-approach", NULL));
  g_assert_nonnull (find_toplevel (MZ_TYPE_INTERACTION_EDITOR));
  gtk_window_destroy (find_toplevel (MZ_TYPE_INTERACTION_EDITOR));
  iterate ();
}

static void
test_own_plans_not_noticed (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) plan = mz_interaction_new ();
  g_autoptr(MzOrgUnit) bdt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 5);
  g_autofree char *date = g_date_time_format (soon, "%Y-%m-%d");
  g_autofree char *id = NULL;
  MzPartnerView *view;
  MzStore *store;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  store = store_of (fixture);
  id = partner_id_named (fixture, "Kestrel Networks Ltd");

  bdt = mz_org_unit_find (store, "BDT", &error);
  g_assert_no_error (error);
  mz_interaction_set_partner_id (plan, id);
  mz_interaction_set_kind (plan, "call");
  mz_interaction_set_date (plan, date);
  mz_interaction_set_unit_id (plan, mz_org_unit_get_id (bdt));
  mz_interaction_set_subject (plan, "Our own call");
  mz_interaction_set_status (plan, "planned");
  mz_interaction_service_create (store, plan, &error);
  g_assert_no_error (error);

  mz_partners_page_open_partner (fixture->page, id);
  view = _mz_partners_page_get_view (fixture->page);
  g_assert_nonnull (strstr (text_of (GTK_WIDGET (_mz_partner_view_get_timeline_list (view))), "Our own call"));
  g_assert_null (strstr (text_of (_mz_partner_view_get_coordination_lines (view)), "Our own call"));
}

static void
test_row_activation_and_relations (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkColumnView *view;
  GListModel *shown;
  MzPartnerView *partner_view;
  GtkListBoxRow *relation;
  g_autoptr(MzPartner) first = NULL;
  g_autofree char *japan = NULL;

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);
  view = _mz_partners_page_get_column_view (fixture->page);
  shown = _mz_partners_page_get_shown (fixture->page);
  first = g_list_model_get_item (shown, 0);

  /* Enter or a double click on a row opens the partner's page. */
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "partner");
  partner_view = _mz_partners_page_get_view (fixture->page);
  g_assert_cmpstr (mz_partner_view_get_partner_id (partner_view), ==, mz_partner_get_id (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.back", NULL));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");

  /* Relations show on both sides and lead to the other partner; Back
   * returns to the first. */
  japan = partner_id_named (fixture, "Japan");
  mz_partners_page_open_partner (fixture->page, japan);
  relation = gtk_list_box_get_row_at_index (_mz_partner_view_get_relations_list (partner_view), 0);
  g_assert_nonnull (relation);
  g_assert_nonnull (strstr (text_of (GTK_WIDGET (relation)), "Ministry: Office for International Digital Cooperation"));
  g_signal_emit_by_name (relation, "activate");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (_mz_partner_view_get_name_label (partner_view)),
                                  "Office for International Digital Cooperation"));
  relation = gtk_list_box_get_row_at_index (_mz_partner_view_get_relations_list (partner_view), 0);
  g_assert_nonnull (strstr (text_of (GTK_WIDGET (relation)), "Ministry of Japan"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.back", NULL));
  g_assert_cmpstr (mz_partner_view_get_partner_id (partner_view), ==, japan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.back", NULL));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");
}

/* With MOBILIZE_SHOT_DIR set, saves the window as @name there, to look at. */
static void
maybe_save_window (Fixture    *fixture,
                   const char *name)
{
  const char *dir = g_getenv ("MOBILIZE_SHOT_DIR");
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL || window == NULL)
    return;

  /* After the section's crossfade. */
  {
    gint64 until = g_get_monotonic_time () + 800 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  iterate ();
  path = g_build_filename (dir, name, NULL);
  paintable = gtk_widget_paintable_new (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
  g_test_message ("saved %s", path);
}

/* The rows all in and sorted: the button can be clicked. */
static gboolean
export_ready (Fixture *fixture)
{
  return gtk_widget_get_sensitive (_mz_partners_page_get_export_button (fixture->page));
}

static gboolean
export_done (Fixture *fixture)
{
  return !mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (_mz_partners_page_get_export_button (fixture->page)));
}

/* "Export to Excel…": the partners of one type, in the table's order,
 * read back by openpyxl (tests/check-report-list.py). */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(MzPartner) first = NULL;
  g_autoptr(MzListTable) table = NULL;
  g_autofree char *out = NULL;
  g_autofree char *spec_path = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report-list.py", NULL);
  g_autofree char *spec = NULL;
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  g_autoptr(GFile) file = NULL;
  GListModel *shown;
  GtkDropDown *type_filter;
  GtkWidget *button;
  const char *type = NULL;
  const char *argv[] = { "/usr/bin/python3", script, NULL, NULL, NULL };
  guint n_type = 0, n_all;
  int status;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  out = g_build_filename (fixture->dir, "partners.xlsx", NULL);
  spec_path = g_build_filename (fixture->dir, "spec.json", NULL);
  file = g_file_new_for_path (out);
  argv[2] = out;
  argv[3] = spec_path;

  button = _mz_partners_page_get_export_button (fixture->page);
  g_assert_true (MZ_IS_LIST_EXPORT_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));
  /* Once the rows, sorted in steps, are all in. */
  wait_until (export_ready, fixture);
  g_assert_cmpuint (gtk_sort_list_model_get_pending (fixture->page->sort_model), ==, 0);
  maybe_save_window (fixture, "partners-export.png");

  /* The type of the first partner, counted from the database. */
  shown = _mz_partners_page_get_shown (fixture->page);
  n_all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_all, >, 1);
  all = mz_partner_store_list (store_of (fixture), NULL, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (shown, 0);
  type = mz_partner_get_partner_type (first);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (all, i);

      if (g_strcmp0 (mz_partner_get_partner_type (partner), type) == 0 &&
          mz_partner_get_merged_into (partner) == NULL)
        n_type++;
    }
  g_clear_object (&first);

  type_filter = _mz_partners_page_get_filter (fixture->page, "type");
  gtk_drop_down_set_selected (type_filter, find_string (gtk_drop_down_get_model (type_filter),
                                                       mz_labels_partner_type (type)));
  wait_until (page_loaded, fixture);
  wait_until (export_ready, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_type);
  g_assert_cmpuint (n_type, <, n_all);

  table = _mz_partners_page_build_export_table (fixture->page);
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n_type);
  g_assert_cmpuint (mz_list_table_get_n_columns (table), ==, 9);

  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  g_assert_true (mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (button)));
  wait_until (export_done, fixture);
  g_assert_null (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is missing");
      return;
    }
  first = g_list_model_get_item (shown, 0);
  g_assert_null (strchr (mz_partner_get_name (first), '"'));
  spec = g_strdup_printf ("{\"title\": \"Partners\","
                          " \"headers\": [\"Name\", \"Local name\", \"Type\", \"Country\", \"Region\","
                          "   \"Status\", \"Lead unit\", \"Account manager\", \"Tags\"],"
                          " \"types\": [\"text\", \"text\", \"text\", \"text\", \"text\", \"text\","
                          "   \"text\", \"text\", \"text\"],"
                          " \"rows\": %u, \"cells\": {\"A2\": \"Type: %s · %u partners\","
                          "   \"A5\": \"%s\", \"C5\": \"%s\"}}",
                          n_type, mz_labels_partner_type (type), n_type,
                          mz_partner_get_name (first), mz_labels_partner_type (type));
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
}

/* With MOBILIZE_BENCH_DB (a database of mobilize-cli generate): the table
 * of its 20,000 partners, made on the main thread. */
static void
test_export_bench (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *bench = g_getenv ("MOBILIZE_BENCH_DB");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzListTable) table = NULL;
  gsize length;
  gint64 start;

  if (bench == NULL || !g_file_test (bench, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("MOBILIZE_BENCH_DB is not set");
      return;
    }
  g_assert_true (g_file_get_contents (bench, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);

  open_partners (fixture);
  wait_until (export_ready, fixture);
  for (int i = 0; i < 3; i++)
    {
      g_clear_pointer (&table, mz_list_table_unref);
      start = g_get_monotonic_time ();
      table = _mz_partners_page_build_export_table (fixture->page);
      g_test_message ("Table of %u partners made in %.1f ms on the main thread",
                      mz_list_table_get_n_rows (table), (g_get_monotonic_time () - start) / 1000.0);
    }
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==,
                    g_list_model_get_n_items (_mz_partners_page_get_shown (fixture->page)));
}

int
main (int    argc,
      char **argv)
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/ui/partners/page-coordination", test_page_coordination);
  ADD ("/ui/partners/own-plans-not-noticed", test_own_plans_not_noticed);
  ADD ("/ui/partners/row-activation-relations", test_row_activation_and_relations);
  ADD ("/ui/partners/export", test_export);
  ADD ("/ui/partners/export-bench", test_export_bench);

#undef ADD

  return g_test_run ();
}

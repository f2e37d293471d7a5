/* test-ui-partners.c — the Partners section: table, filters, search, editor,
 * archive and undo (a partner's page: test-ui-partners-page.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case opens the real window on a database of its own in a temporary
 * folder, goes to the Partners section and drives the real widgets: the
 * entry and combo rows of the editor, its Save button, the filter
 * dropdowns, the window's search entry, the toast's Undo button.
 *
 * With MOBILIZE_SCREENSHOTS=DIR and --db PATH, the program instead runs
 * the application on PATH in the environment's language and saves PNGs of
 * the partner list, a partner page, its history and the editor in DIR.
 */
#include "config.h"

#include "test-ui-partners-fixture.h"

static void
test_create_through_editor (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) saved = NULL;
  g_autoptr(MzPartner) listed = NULL;
  g_autofree char *id = NULL;
  MzPartnerEditor *editor;
  GtkWidget *manager_row;
  const char * const *tags;

  make_database (fixture, "BDT", FALSE);
  open_partners (fixture);
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "empty");

  editor = open_new_editor (fixture);
  type_into (editor, "name", "Kigali Innovation Hub");
  type_into (editor, "local_name", "Ihuriro ry’Ubuhanga bwa Kigali");
  type_into (editor, "short_name", "KIH");
  pick (_mz_partner_editor_get_field_widget (editor, "partner_type"), mz_labels_partner_type ("academia"));
  pick (_mz_partner_editor_get_field_widget (editor, "status"), mz_labels_partner_status ("active"));
  pick (_mz_partner_editor_get_field_widget (editor, "country"), mz_countries_get_name ("RW"));
  /* The region follows from the country. */
  g_assert_cmpstr (_mz_partner_editor_get_region (editor), ==, "AFR");
  pick (_mz_partner_editor_get_field_widget (editor, "lead_unit_id"), mz_labels_unit_name ("RO-AFR"));
  /* The staff list has at least the “None” item and this user. */
  manager_row = _mz_partner_editor_get_field_widget (editor, "account_manager_id");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (manager_row))), >=, 1);
  gtk_switch_set_active (GTK_SWITCH (_mz_partner_editor_get_field_widget (editor, "sector_d")), TRUE);
  type_into (editor, "website", "kigali-hub.example");
  type_into (editor, "tags", "innovation， 创新, youth");
  press_save (fixture, editor);
  wait_until (editor_gone, fixture);

  /* In the database, checked and completed by the service. */
  id = partner_id_named (fixture, "Kigali Innovation Hub");
  saved = mz_partner_store_get (store_of (fixture), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_local_name (saved), ==, "Ihuriro ry’Ubuhanga bwa Kigali");
  g_assert_cmpstr (mz_partner_get_short_name (saved), ==, "KIH");
  g_assert_cmpstr (mz_partner_get_partner_type (saved), ==, "academia");
  g_assert_cmpstr (mz_partner_get_status (saved), ==, "active");
  g_assert_cmpstr (mz_partner_get_country (saved), ==, "RW");
  g_assert_cmpstr (mz_partner_get_region (saved), ==, "AFR");
  g_assert_cmpstr (mz_partner_get_lead_unit_code (saved), ==, "RO-AFR");
  g_assert_true (mz_partner_get_sector_d (saved));
  g_assert_false (mz_partner_get_sector_r (saved));
  g_assert_cmpstr (mz_partner_get_website (saved), ==, "https://kigali-hub.example");
  g_assert_cmpstr (mz_partner_get_ceb_contributor_type (saved), ==, "academia");
  g_assert_cmpint (mz_partner_get_iati_org_type (saved), ==, 80);
  tags = mz_partner_get_tags (saved);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 3);
  g_assert_cmpstr (tags[1], ==, "创新");

  /* Its page opened, and the table lists it. */
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "partner");
  g_assert_cmpstr (mz_partner_view_get_partner_id (_mz_partners_page_get_view (fixture->page)), ==, id);
  wait_until (page_loaded, fixture);
  listed = find_by_name (_mz_partners_page_get_shown (fixture->page), "Kigali Innovation Hub");
  g_assert_nonnull (listed);
  g_assert_cmpstr (mz_partner_get_id (listed), ==, id);

  /* Back to the table. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.back", NULL));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");
}

static void
test_invalid_name (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *long_name = NULL;
  MzPartnerEditor *editor;
  GtkWidget *name_row;
  gint64 before;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  before = count_partners (fixture);

  editor = open_new_editor (fixture);
  name_row = _mz_partner_editor_get_field_widget (editor, "name");

  /* Blank: refused, shown next to the name, nothing saved. */
  type_into (editor, "name", "   ");
  press_save (fixture, editor);
  g_assert_true (_mz_partners_page_get_editor (fixture->page) == GTK_WINDOW (editor));
  g_assert_cmpstr (_mz_partner_editor_get_error_field (editor), ==, "name");
  g_assert_true (g_str_has_prefix (_mz_partner_editor_get_error (editor), "Name"));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_cmpint (count_partners (fixture), ==, before);

  /* Typing clears the error. */
  type_into (editor, "name", "A");
  g_assert_null (_mz_partner_editor_get_error (editor));
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));

  /* Too long: refused too. */
  long_name = g_strnfill (MZ_PARTNER_NAME_MAX + 1, 'x');
  type_into (editor, "name", long_name);
  press_save (fixture, editor);
  g_assert_cmpstr (_mz_partner_editor_get_error_field (editor), ==, "name");
  g_assert_cmpint (count_partners (fixture), ==, before);

  /* A bad website is shown next to the website. */
  type_into (editor, "name", "Valid Name Ltd");
  type_into (editor, "website", "not a web address");
  press_save (fixture, editor);
  g_assert_cmpstr (_mz_partner_editor_get_error_field (editor), ==, "website");
  g_assert_true (gtk_widget_has_css_class (_mz_partner_editor_get_field_widget (editor, "website"), "error"));
  g_assert_cmpint (count_partners (fixture), ==, before);

  /* Escape closes without saving. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  wait_until (editor_gone, fixture);
  g_assert_cmpint (count_partners (fixture), ==, before);
}

static const char *search_expected;

static gboolean
search_applied (Fixture *fixture)
{
  /* The text arrived and its search (in a worker thread) is shown. */
  return g_strcmp0 (mz_partners_page_get_search_text (fixture->page), search_expected) == 0 &&
         !_mz_partners_page_is_loading (fixture->page);
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  /* As typed into the window's search bar. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_search_bar_set_search_mode (_mz_window_get_search_bar (fixture->window), TRUE);
  search_expected = text;
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), text);
  wait_until (search_applied, fixture);
}

static void
assert_only (Fixture    *fixture,
             const char *name)
{
  GListModel *shown = _mz_partners_page_get_shown (fixture->page);
  g_autoptr(MzPartner) partner = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  partner = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (mz_partner_get_name (partner), ==, name);
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");
}

static void
test_filter_and_search (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) academia = NULL;
  g_autoptr(MzPartner) kestrel = NULL;
  MzPartnerQuery query = { .type = "academia" };
  GListModel *shown;
  guint n_all;

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);
  shown = _mz_partners_page_get_shown (fixture->page);
  n_all = g_list_model_get_n_items (shown);
  g_assert_cmpint (n_all, ==, count_partners (fixture));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");

  /* By type: exactly the academia of the database. */
  pick (GTK_WIDGET (_mz_partners_page_get_filter (fixture->page, "type")), mz_labels_partner_type ("academia"));
  wait_until (page_loaded, fixture);
  academia = mz_partner_store_list (store_of (fixture), &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (academia));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (shown, i);

      g_assert_cmpstr (mz_partner_get_partner_type (partner), ==, "academia");
    }

  /* The filter and the search together: 电联 is in the local name of an
   * academic institute. */
  search_for (fixture, "电联");
  assert_only (fixture, "Dianlian Institute of Information Technology");

  /* Clearing the filters clears the search too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.clear-filters", NULL));
  wait_until (page_loaded, fixture);
  g_assert_cmpuint (gtk_drop_down_get_selected (_mz_partners_page_get_filter (fixture->page, "type")), ==, 0);
  search_expected = "";
  wait_until (search_applied, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* Arabic, Cyrillic, and two Latin letters in the middle of a word. */
  search_for (fixture, "الاتحاد");
  assert_only (fixture, "Arab Union for Digital Communications");
  search_for (fixture, "Союз");
  assert_only (fixture, "Digital Development Union");
  search_for (fixture, "tw");
  kestrel = find_by_name (shown, "Kestrel Networks Ltd");
  g_assert_nonnull (kestrel);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);

  /* Nothing found: the page says so and offers to clear. */
  search_for (fixture, "zqxzqx");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "no-match");
  search_for (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
}

/* TRUE if the rows shown are some of the sorted rows, in their order. */
static gboolean
shown_in_sorted_order (Fixture *fixture)
{
  GListModel *shown = _mz_partners_page_get_shown (fixture->page);
  GListModel *sorted = G_LIST_MODEL (fixture->page->sort_model);
  guint n_sorted = g_list_model_get_n_items (sorted);
  guint j = 0;

  if (_mz_partners_page_is_loading (fixture->page) ||
      gtk_sort_list_model_get_pending (fixture->page->sort_model) > 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (shown, i);
      gboolean found = FALSE;

      while (j < n_sorted && !found)
        {
          g_autoptr(MzPartner) candidate = g_list_model_get_item (sorted, j++);

          found = candidate == partner;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
test_search_follows_sort (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkColumnView *view;
  g_autoptr(GtkColumnViewColumn) country = NULL;
  g_autoptr(GtkColumnViewColumn) name = NULL;
  GListModel *shown;
  guint n_all, n_found;
  g_autofree char *first_by_country = NULL;

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);
  view = _mz_partners_page_get_column_view (fixture->page);
  name = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  country = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  shown = _mz_partners_page_get_shown (fixture->page);
  n_all = g_list_model_get_n_items (shown);

  /* Sorted by country, last first, then searched: the worker picks the
   * partners found in the table's order. */
  gtk_column_view_sort_by_column (view, country, GTK_SORT_DESCENDING);
  search_for (fixture, "a");
  wait_until (shown_in_sorted_order, fixture);
  n_found = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_found, >, 1);
  g_assert_cmpuint (n_found, <, n_all);
  {
    g_autoptr(MzPartner) first = g_list_model_get_item (shown, 0);

    first_by_country = g_strdup (mz_partner_get_id (first));
  }

  /* Sorted again while the search is shown: the same partners, in the
   * new order. */
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  wait_until (shown_in_sorted_order, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_found);
  {
    g_autoptr(MzPartner) first = g_list_model_get_item (shown, 0);
    g_autoptr(MzPartner) last = g_list_model_get_item (shown, n_found - 1);

    g_assert_cmpint (g_utf8_collate (mz_partner_get_name (first), mz_partner_get_name (last)), <=, 0);
    g_assert_cmpstr (mz_partner_get_id (first), !=, first_by_country);
  }

  /* The search cleared: every partner again. */
  search_for (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
}

static gboolean
partner_restored (Fixture *fixture)
{
  g_autoptr(MzPartner) partner = NULL;

  if (!page_loaded (fixture))
    return FALSE;
  partner = find_by_name (_mz_partners_page_get_loaded (fixture->page), "Kestrel Networks Ltd");
  return partner != NULL;
}

static void
test_archive_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) archived = NULL;
  g_autoptr(MzPartner) restored = NULL;
  g_autoptr(MzPartner) found = NULL;
  g_autofree char *id = NULL;
  MzPartnerView *view;
  AdwToast *toast;
  GtkWidget *undo;
  guint n_before;

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);
  id = partner_id_named (fixture, "Kestrel Networks Ltd");
  n_before = g_list_model_get_n_items (_mz_partners_page_get_shown (fixture->page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.open", "s", id));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "partner");
  view = _mz_partners_page_get_view (fixture->page);
  g_assert_cmpstr (gtk_label_get_label (_mz_partner_view_get_name_label (view)), ==, "Kestrel Networks Ltd");

  /* Archive asks nothing; the partner leaves the table. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "partner.archive", NULL));
  g_assert_cmpstr (_mz_partners_page_get_state (fixture->page), ==, "list");
  archived = mz_partner_store_get (store_of (fixture), id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mz_partner_get_deleted_at (archived));
  found = find_by_name (_mz_partners_page_get_shown (fixture->page), "Kestrel Networks Ltd");
  g_assert_null (found);
  g_assert_cmpuint (g_list_model_get_n_items (_mz_partners_page_get_shown (fixture->page)), ==, n_before - 1);

  /* The toast's Undo button restores it. */
  toast = _mz_partners_page_get_toast (fixture->page);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "Kestrel Networks Ltd"));
  settle ();
  undo = find_button_labelled (GTK_WIDGET (fixture->page), adw_toast_get_button_label (toast));
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_activate (undo));
  wait_until (partner_restored, fixture);

  restored = mz_partner_store_get (store_of (fixture), id, &error);
  g_assert_no_error (error);
  g_assert_null (mz_partner_get_deleted_at (restored));
  g_assert_cmpuint (g_list_model_get_n_items (_mz_partners_page_get_shown (fixture->page)), ==, n_before);
}

static void
test_recycles_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GtkColumnView *view;
  GListModel *shown;
  int status = 0;
  guint rows, cells;

  if (cli == NULL)
    {
      g_test_skip ("MOBILIZE_CLI is not set");
      return;
    }

  make_database (fixture, "GS", FALSE);
  {
    const char *argv[] = { cli, "--db", fixture->path, "generate", "--partners", "2000",
                           "--contacts", "0", "--interactions", "0", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL))
      g_error ("mobilize-cli generate failed: %s", err);
  }

  open_partners (fixture);
  view = _mz_partners_page_get_column_view (fixture->page);
  shown = _mz_partners_page_get_shown (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2000);
  g_assert_true (GTK_IS_COLUMN_VIEW (view));
  settle ();

  /* Rows for the screen and some margin (GTK keeps at most about 200),
   * recycled while scrolling to the end: far fewer than the partners. */
  rows = count_css_name (GTK_WIDGET (view), "row");
  g_test_message ("%u row widgets for 2000 partners", rows);
  g_assert_cmpuint (rows, >, 5);
  g_assert_cmpuint (rows, <, 300);

  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", 1999);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", 1000);
  settle ();
  rows = count_css_name (GTK_WIDGET (view), "row");
  cells = _mz_partners_page_get_n_cells (fixture->page);
  g_test_message ("%u row widgets, %u cells made", rows, cells);
  g_assert_cmpuint (rows, <, 300);
  g_assert_cmpuint (cells, <, 300 * 7);

  /* Sorting by another column keeps every row. */
  gtk_column_view_sort_by_column (view,
                                  g_list_model_get_item (gtk_column_view_get_columns (view), 1),
                                  GTK_SORT_DESCENDING);
  g_object_unref (g_list_model_get_item (gtk_column_view_get_columns (view), 1));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2000);
  settle ();

  /* Typing a search gives the rows on screen other partners: it makes
   * no new cells (GTK 4.8 makes ~200 rows anew for new items). */
  cells = _mz_partners_page_get_n_cells (fixture->page);
  search_for (fixture, "a");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 300);
  search_for (fixture, "e");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 300);
  search_for (fixture, "");
  settle ();
  g_test_message ("%u cells after three searches, %u before",
                  _mz_partners_page_get_n_cells (fixture->page), cells);
  g_assert_cmpuint (_mz_partners_page_get_n_cells (fixture->page), ==, cells);
  g_assert_cmpuint (_mz_partners_page_get_n_slots (fixture->page), <, 2000);
}

static void
test_ctrl_n_opens_editor (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *editor;

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);

  /* The shortcut of the section works wherever the focus is in the
   * window; Ctrl+F still opens the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "partners.new", NULL));
  editor = _mz_partners_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Partner");
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  wait_until (editor_gone, fixture);
}

static gboolean
outsider_listed (Fixture *fixture)
{
  g_autoptr(MzPartner) partner = NULL;

  if (!page_loaded (fixture))
    return FALSE;
  partner = find_by_name (_mz_partners_page_get_shown (fixture->page), "Written Elsewhere Ltd");
  return partner != NULL;
}

static void
test_reloads_when_shown (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) other = NULL;
  g_autoptr(MzPartner) partner = mz_partner_new ();

  make_database (fixture, "GS", TRUE);
  open_partners (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "dashboard");
  iterate ();

  /* Another connection (the CLI, an import) writes meanwhile. */
  other = mz_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mz_partner_set_name (partner, "Written Elsewhere Ltd");
  mz_partner_set_partner_type (partner, "sme");
  mz_partner_service_create (other, partner, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "partners");
  wait_until (outsider_listed, fixture);
}

/* Screenshots */

typedef struct
{
  MzApplication *app;
  MzWindow      *window;
  const char    *dir;
  guint          step;
  guint          ticks;
} Shots;

static void
print_rss (const char *when)
{
  g_autofree char *status = NULL;
  const char *rss;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (rss = strstr (status, "VmRSS:")) != NULL)
    g_print ("%s: %.*s\n", when, (int) strcspn (rss, "\n"), rss);
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
  print_rss (name);
}

static MzPartnersPage *
shots_page (Shots *shots)
{
  return MZ_PARTNERS_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (shots->window),
                                                        "partners"));
}

static gboolean
shots_tick_cb (gpointer data)
{
  Shots *shots = data;
  MzPartnersPage *page;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  const char *lang = g_getenv ("MOBILIZE_SCREENSHOT_TAG") ? g_getenv ("MOBILIZE_SCREENSHOT_TAG") : "en";
  g_autofree char *name = NULL;

  if (shots->ticks++ > 400)
    g_error ("The screenshots took too long");

  /* Every other tick: transitions end and the window draws. */
  if (shots->ticks % 3 != 0)
    return G_SOURCE_CONTINUE;

  switch (shots->step)
    {
    case 0:
      print_rss ("dashboard");
      gtk_widget_activate_action (GTK_WIDGET (shots->window), "win.section", "s", "partners");
      shots->step++;
      return G_SOURCE_CONTINUE;
    case 1:
      page = shots_page (shots);
      if (_mz_partners_page_is_loading (page))
        return G_SOURCE_CONTINUE;
      name = g_strdup_printf ("partners-%s.png", lang);
      save_png (GTK_WIDGET (shots->window), shots->dir, name);
      shots->step++;
      return G_SOURCE_CONTINUE;
    case 2:
      page = shots_page (shots);
      all = mz_partner_store_list (mz_window_get_store (shots->window), NULL, &error);
      for (guint i = 0; all && i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(MzPartner) p = g_list_model_get_item (all, i);

          if (g_strcmp0 (mz_partner_get_name (p), g_getenv ("MOBILIZE_SCREENSHOT_PARTNER")
                                                  ? g_getenv ("MOBILIZE_SCREENSHOT_PARTNER")
                                                  : "Xinghe Communications Group") == 0)
            mz_partners_page_open_partner (page, mz_partner_get_id (p));
        }
      shots->step++;
      return G_SOURCE_CONTINUE;
    case 3:
      {
        GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (_mz_partner_view_get_timeline_list (_mz_partners_page_get_view (shots_page (shots)))),
                                                       GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

        name = g_strdup_printf ("partner-page-%s.png", lang);
        save_png (GTK_WIDGET (shots->window), shots->dir, name);
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        shots->step++;
        return G_SOURCE_CONTINUE;
      }
    case 4:
      {
        GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (_mz_partner_view_get_timeline_list (_mz_partners_page_get_view (shots_page (shots)))),
                                                       GTK_TYPE_SCROLLED_WINDOW);

        name = g_strdup_printf ("partner-page-end-%s.png", lang);
        save_png (GTK_WIDGET (shots->window), shots->dir, name);
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
      }
      adw_view_stack_set_visible_child_name (_mz_partner_view_get_view_stack (_mz_partners_page_get_view (shots_page (shots))),
                                             "history");
      shots->step++;
      return G_SOURCE_CONTINUE;
    case 5:
      name = g_strdup_printf ("partner-history-%s.png", lang);
      save_png (GTK_WIDGET (shots->window), shots->dir, name);
      adw_view_stack_set_visible_child_name (_mz_partner_view_get_view_stack (_mz_partners_page_get_view (shots_page (shots))),
                                             "overview");
      gtk_widget_activate_action (GTK_WIDGET (_mz_partners_page_get_view (shots_page (shots))), "partner.edit", NULL);
      shots->step++;
      return G_SOURCE_CONTINUE;
    case 6:
      {
        GtkWindow *editor = _mz_partners_page_get_editor (shots_page (shots));

        if (editor == NULL || gtk_widget_get_width (GTK_WIDGET (editor)) == 0)
          return G_SOURCE_CONTINUE;
        name = g_strdup_printf ("partner-editor-%s.png", lang);
        save_png (GTK_WIDGET (editor), shots->dir, name);
        gtk_window_destroy (editor);
        shots->step++;
        return G_SOURCE_CONTINUE;
      }
    default:
      /* The memory the window takes with this database. */
      print_rss ("at the end");
      gtk_window_destroy (GTK_WINDOW (shots->window));
      return G_SOURCE_REMOVE;
    }
}

static void
on_shots_activate_cb (GApplication *app,
                      Shots        *shots)
{
  shots->window = MZ_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  /* A picture of the end of each transition, not of its middle. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (shots->window), 1280, 800);
  g_timeout_add (400, shots_tick_cb, shots);
}

static int
take_screenshots (int    argc,
                  char **argv)
{
  Shots shots = { 0 };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  shots.dir = g_getenv ("MOBILIZE_SCREENSHOTS");
  shots.app = mz_application_new ();
  g_signal_connect_after (shots.app, "activate", G_CALLBACK (on_shots_activate_cb), &shots);
  status = g_application_run (G_APPLICATION (shots.app), argc, argv);
  g_clear_object (&shots.app);
  return status;
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("MOBILIZE_SCREENSHOTS") != NULL)
    return take_screenshots (argc, argv);

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/ui/partners/create-through-editor", test_create_through_editor);
  ADD ("/ui/partners/invalid-name", test_invalid_name);
  ADD ("/ui/partners/filter-and-search", test_filter_and_search);
  ADD ("/ui/partners/search-follows-sort", test_search_follows_sort);
  ADD ("/ui/partners/archive-undo", test_archive_undo);
  ADD ("/ui/partners/recycles-rows", test_recycles_rows);
  ADD ("/ui/partners/new-partner-action", test_ctrl_n_opens_editor);
  ADD ("/ui/partners/reloads-when-shown", test_reloads_when_shown);

#undef ADD

  return g_test_run ();
}

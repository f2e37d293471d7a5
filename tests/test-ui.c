/* test-ui.c — the application shell: first start, sections, errors, preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case works on a fresh database in its own temporary folder and
 * drives the real widgets (combo rows, entry rows, buttons, actions).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mz-first-start-window-private.h"
#include "mz-identity.h"
#include "mz-org-unit.h"
#include "mz-preferences-window-private.h"
#include "mz-sections.h"
#include "mz-stats.h"
#include "mz-window-private.h"
#include "test-remove-tree.h"

typedef struct
{
  char     *dir;
  char     *path;
  MzWindow *window;
} Fixture;

/* Helpers */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done returns TRUE, failing after 10 s. */
static void
wait_for (gboolean (*done) (Fixture *), Fixture *fixture)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (!done (fixture) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
first_start_shown (Fixture *fixture)
{
  return _mz_window_get_first_start (fixture->window) != NULL;
}

static gboolean
first_start_gone (Fixture *fixture)
{
  return _mz_window_get_first_start (fixture->window) == NULL;
}

/* GtkButton's activate shows the button pressed for a moment, then
 * emits clicked: wait for the identity to be stored or the error shown. */
static gboolean
first_start_answered (Fixture *fixture)
{
  GtkWindow *first = _mz_window_get_first_start (fixture->window);

  return first == NULL ||
         _mz_first_start_window_get_error (MZ_FIRST_START_WINDOW (first)) != NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mobilize-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "office.db", NULL);
}

static void
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

/* A database whose office and user are already set. */
static void
make_database_with_identity (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

  g_assert_no_error (error);
  mz_identity_set (store, "RO-AFR", "Kwame Mensah", &error);
  g_assert_no_error (error);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = mz_window_new (NULL);
  g_assert_true (mz_window_open_database (fixture->window, fixture->path));
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate ();
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static guint
find_unit (AdwComboRow *row,
           const char  *code)
{
  GListModel *units = adw_combo_row_get_model (row);

  g_assert_nonnull (units);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (mz_org_unit_get_code (unit), code))
        return i;
    }

  g_assert_not_reached ();
}

/* What the combo row shows for its selected unit. */
static char *
displayed_unit (AdwComboRow *row)
{
  GValue value = G_VALUE_INIT;
  char *text;

  g_assert_true (gtk_expression_evaluate (adw_combo_row_get_expression (row),
                                          adw_combo_row_get_selected_item (row), &value));
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

static MzFirstStartWindow *
wait_for_first_start (Fixture *fixture)
{
  wait_for (first_start_shown, fixture);
  return MZ_FIRST_START_WINDOW (_mz_window_get_first_start (fixture->window));
}

/* Tests */

static void
test_first_start_stores_identity (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) reopened = NULL;
  g_autofree char *office = NULL;
  g_autofree char *user = NULL;
  g_autofree char *shown = NULL;
  MzFirstStartWindow *first;
  GtkWidget *start;
  AdwComboRow *unit_row;
  AdwEntryRow *name_row;
  const char *badge;

  open_window (fixture);
  first = wait_for_first_start (fixture);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (first)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (first)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (_mz_window_get_office_badge (fixture->window)),
                                           "not-set"));

  unit_row = _mz_first_start_window_get_unit_row (first);
  name_row = _mz_first_start_window_get_name_row (first);
  start = GTK_WIDGET (_mz_first_start_window_get_start_button (first));

  /* Start waits for a name; blanks are no name. */
  g_assert_false (gtk_widget_is_sensitive (start));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_assert_false (gtk_widget_is_sensitive (start));

  adw_combo_row_set_selected (unit_row, find_unit (unit_row, "BDT"));
  shown = displayed_unit (unit_row);
  g_assert_cmpstr (shown, ==, "Telecommunication Development Bureau");

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Amina Diallo");
  g_assert_true (gtk_widget_is_sensitive (start));
  g_assert_true (gtk_widget_activate (start));
  wait_for (first_start_gone, fixture);

  g_assert_null (_mz_window_get_first_start (fixture->window));
  g_assert_cmpstr (mz_store_get_office (mz_window_get_store (fixture->window)), ==, "BDT");
  g_assert_cmpstr (mz_store_get_user (mz_window_get_store (fixture->window)), ==, "Amina Diallo");

  badge = gtk_label_get_label (_mz_window_get_office_badge (fixture->window));
  g_assert_nonnull (strstr (badge, "BDT"));
  g_assert_nonnull (strstr (badge, "Amina Diallo"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (_mz_window_get_office_badge (fixture->window)),
                                            "not-set"));

  /* It is in the file, not only in memory. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  iterate ();

  reopened = mz_store_open (fixture->path, &error);
  g_assert_no_error (error);
  office = mz_store_get_setting (reopened, "office_code");
  user = mz_store_get_setting (reopened, "user_name");
  g_assert_cmpstr (office, ==, "BDT");
  g_assert_cmpstr (user, ==, "Amina Diallo");
}

static void
test_first_start_refuses_bad_name (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) reopened = NULL;
  g_autofree char *office = NULL;
  MzFirstStartWindow *first;
  AdwEntryRow *name_row;

  open_window (fixture);
  first = wait_for_first_start (fixture);
  g_assert_null (_mz_first_start_window_get_error (first));

  name_row = _mz_first_start_window_get_name_row (first);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Amina/Diallo");
  g_assert_true (gtk_widget_activate (GTK_WIDGET (_mz_first_start_window_get_start_button (first))));
  wait_for (first_start_answered, fixture);

  /* The window stays open, says why, and nothing was stored. */
  g_assert_true (_mz_window_get_first_start (fixture->window) == GTK_WINDOW (first));
  g_assert_nonnull (_mz_first_start_window_get_error (first));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_false (mz_identity_is_set (mz_window_get_store (fixture->window)));

  /* Correcting the name clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Amina Diallo");
  g_assert_null (_mz_first_start_window_get_error (first));

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  iterate ();

  reopened = mz_store_open (fixture->path, &error);
  g_assert_no_error (error);
  office = mz_store_get_setting (reopened, "office_code");
  g_assert_null (office);
}

static void
test_first_start_with_sample_data (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzFirstStartWindow *first;
  MzStatsCounts counts;
  AdwComboRow *unit_row;
  const char *toast;

  open_window (fixture);
  first = wait_for_first_start (fixture);

  unit_row = _mz_first_start_window_get_unit_row (first);
  adw_combo_row_set_selected (unit_row, find_unit (unit_row, "TSB"));
  gtk_editable_set_text (GTK_EDITABLE (_mz_first_start_window_get_name_row (first)), "李明");
  gtk_switch_set_active (_mz_first_start_window_get_sample_switch (first), TRUE);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (_mz_first_start_window_get_start_button (first))));
  wait_for (first_start_gone, fixture);

  /* The identity is kept whatever happens to the sample data, and the
   * window says what happened to it. */
  g_assert_null (_mz_window_get_first_start (fixture->window));
  g_assert_cmpstr (mz_store_get_office (mz_window_get_store (fixture->window)), ==, "TSB");
  g_assert_cmpstr (mz_store_get_user (mz_window_get_store (fixture->window)), ==, "李明");

  mz_stats_get_counts (mz_window_get_store (fixture->window), &counts, &error);
  g_assert_no_error (error);
  toast = _mz_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  if (counts.partners > 0)
    g_assert_cmpstr (toast, ==, "Sample data loaded");
  else
    g_assert_true (g_str_has_prefix (toast, "The sample data could not be loaded: "));
}

static void
test_sections_reachable (Fixture       *fixture,
                         gconstpointer  data)
{
  const MzSection *sections;
  GtkStack *stack;
  GtkListBox *sidebar;
  GtkSearchBar *search_bar;
  guint n;

  make_database_with_identity (fixture);
  open_window (fixture);
  for (guint i = 0; i < 5; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_null (_mz_window_get_first_start (fixture->window));
    }

  stack = _mz_window_get_content_stack (fixture->window);
  sidebar = _mz_window_get_sidebar (fixture->window);
  search_bar = _mz_window_get_search_bar (fixture->window);
  sections = mz_sections_get (&n);
  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "dashboard");

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.section", "s", sections[i].id));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[i].id);
      g_assert_cmpstr (adw_window_title_get_title (_mz_window_get_content_title (fixture->window)),
                       ==, _(sections[i].title));
      g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (sidebar)), ==, i);

      page = gtk_stack_get_visible_child (stack);
      if (sections[i].get_type == NULL)
        {
          g_assert_true (ADW_IS_STATUS_PAGE (page));
          g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, _(sections[i].title));
          g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), !=, "");
        }
      else
        {
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, sections[i].get_type ()));
        }

      /* Ctrl+F's action opens the search bar where searching applies. */
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
      g_assert_cmpint (gtk_search_bar_get_search_mode (search_bar), ==, sections[i].searchable);
      gtk_search_bar_set_search_mode (search_bar, FALSE);
    }

  /* The sidebar leads to the same places. */
  for (guint i = 0; i < n; i++)
    {
      gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, n - 1 - i));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[n - 1 - i].id);
    }

  /* An unknown section changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "nowhere");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, sections[0].id);

  /* The header shows office and user. */
  g_assert_cmpstr (gtk_label_get_label (_mz_window_get_office_badge (fixture->window)),
                   ==, "RO-AFR · Kwame Mensah");
}

static void
assert_refused_untouched (Fixture    *fixture,
                          const char *expected_title)
{
  g_autoptr(GBytes) before = read_file (fixture->path);
  g_autoptr(GBytes) after = NULL;
  guint n_files = count_files (fixture->dir);
  AdwStatusPage *page;

  fixture->window = mz_window_new (NULL);
  g_assert_false (mz_window_open_database (fixture->window, fixture->path));
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate ();

  g_assert_cmpstr (_mz_window_get_mode (fixture->window), ==, "error");
  g_assert_null (mz_window_get_store (fixture->window));
  page = _mz_window_get_error_page (fixture->window);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, expected_title);
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "office.db"));
  g_assert_null (_mz_window_get_first_start (fixture->window));

  /* Byte for byte the same file, and nothing added beside it. */
  after = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
}

static void
test_garbage_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint8 garbage[8192];

  for (gsize i = 0; i < sizeof garbage; i++)
    garbage[i] = g_test_rand_int_range (0, 256);
  g_file_set_contents (fixture->path, (const char *) garbage, sizeof garbage, &error);
  g_assert_no_error (error);

  assert_refused_untouched (fixture, "Not a Mobilize Database");
}

static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  sqlite3 *db = NULL;

  make_database_with_identity (fixture);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 9999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (fixture, "Made by a Newer Mobilize");
}

static void
test_open_failure_keeps_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  MzStore *store;

  make_database_with_identity (fixture);
  open_window (fixture);
  store = mz_window_get_store (fixture->window);
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, fixture->path);

  g_file_set_contents (garbage, "This is a text file, not a database.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_false (mz_window_open_database (fixture->window, garbage));
  g_assert_true (mz_window_get_store (fixture->window) == store);
  g_assert_cmpstr (_mz_window_get_mode (fixture->window), ==, "main");
  g_clear_pointer (&last, g_free);
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, fixture->path);

  /* Another database replaces the first, and goes through first start. */
  g_assert_true (mz_window_open_database (fixture->window, other));
  g_assert_true (mz_window_get_store (fixture->window) != store);
  g_assert_cmpstr (mz_store_get_path (mz_window_get_store (fixture->window)), ==, other);
  g_clear_pointer (&last, g_free);
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, other);
  wait_for_first_start (fixture);
}

static void
test_preferences_change_identity (Fixture       *fixture,
                                  gconstpointer  data)
{
  MzPreferencesWindow *preferences;
  AdwEntryRow *name_row;
  AdwComboRow *unit_row;
  MzStore *store;

  make_database_with_identity (fixture);
  open_window (fixture);
  store = mz_window_get_store (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL));
  preferences = MZ_PREFERENCES_WINDOW (_mz_window_get_preferences (fixture->window));
  g_assert_nonnull (preferences);

  unit_row = _mz_preferences_window_get_unit_row (preferences);
  name_row = _mz_preferences_window_get_name_row (preferences);
  g_assert_cmpuint (adw_combo_row_get_selected (unit_row), ==, find_unit (unit_row, "RO-AFR"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Kwame Mensah");
  g_assert_cmpstr (adw_action_row_get_subtitle (_mz_preferences_window_get_path_row (preferences)),
                   ==, fixture->path);

  /* A new name is kept when applied. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Kwame A. Mensah");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (mz_store_get_user (store), ==, "Kwame A. Mensah");
  g_assert_cmpstr (gtk_label_get_label (_mz_window_get_office_badge (fixture->window)),
                   ==, "RO-AFR · Kwame A. Mensah");

  /* Choosing another office keeps it at once. */
  adw_combo_row_set_selected (unit_row, find_unit (unit_row, "AO-DAKAR"));
  g_assert_cmpstr (mz_store_get_office (store), ==, "AO-DAKAR");
  g_assert_cmpstr (gtk_label_get_label (_mz_window_get_office_badge (fixture->window)),
                   ==, "AO-DAKAR · Kwame A. Mensah");

  /* A refused name changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (mz_store_get_user (store), ==, "Kwame A. Mensah");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Kwame A. Mensah");
}

static void
test_new_database_never_replaces (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *taken = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, "second", NULL);
  g_autofree char *fresh_db = g_build_filename (fixture->dir, "second.db", NULL);
  MzStore *store;

  make_database_with_identity (fixture);
  open_window (fixture);
  store = mz_window_get_store (fixture->window);

  /* The save dialog lets the user confirm replacing a file: Mobilize
   * still refuses and keeps the current database. */
  g_file_set_contents (taken, "Minutes of the meeting with the donor.\n", -1, &error);
  g_assert_no_error (error);
  before = read_file (taken);
  g_assert_false (_mz_window_create_database (fixture->window, taken));
  after = read_file (taken);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (mz_window_get_store (fixture->window) == store);

  /* A name without an extension gets ".db"; the new database asks who
   * this installation is. */
  g_assert_true (_mz_window_create_database (fixture->window, fresh));
  g_assert_cmpstr (mz_store_get_path (mz_window_get_store (fixture->window)), ==, fresh_db);
  g_assert_true (g_file_test (fresh_db, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  wait_for_first_start (fixture);
}

/* The shortcut of the window for @accelerator, e.g. "<Control>1". */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

static void
assert_shortcut (GtkWidget  *widget,
                 const char *accelerator,
                 const char *action_name,
                 const char *argument)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (widget, accelerator);
  GtkShortcutAction *action;
  GVariant *arguments;

  g_assert_nonnull (shortcut);
  action = gtk_shortcut_get_action (shortcut);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, action_name);

  arguments = gtk_shortcut_get_arguments (shortcut);
  if (argument == NULL)
    g_assert_null (arguments);
  else
    g_assert_cmpstr (g_variant_get_string (arguments, NULL), ==, argument);
}

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *keys[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "0" };
  g_autoptr(GtkShortcut) shortcut = NULL;
  GtkWidget *window;
  const MzSection *sections;
  guint n;

  make_database_with_identity (fixture);
  open_window (fixture);
  window = GTK_WIDGET (fixture->window);

  /* Ctrl+1 … Ctrl+0 reach the first ten sections; later ones have none. */
  sections = mz_sections_get (&n);
  g_assert_cmpuint (n, >=, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *accelerator = g_strdup_printf ("<Control>%s", keys[i]);

      assert_shortcut (window, accelerator, "win.section", sections[i].id);
    }
  assert_shortcut (window, "<Control>f", "win.search", NULL);
  assert_shortcut (window, "<Control>o", "win.open-database", NULL);
  assert_shortcut (window, "<Control>comma", "win.preferences", NULL);
  assert_shortcut (window, "F5", "win.reload", NULL);
  assert_shortcut (window, "<Control>w", "window.close", NULL);

  /* Pressing Ctrl+3 shows the third section. */
  shortcut = find_shortcut (window, "<Control>3");
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE, window,
                                               gtk_shortcut_get_arguments (shortcut)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_mz_window_get_content_stack (fixture->window)),
                   ==, sections[2].id);
}

static void
test_window_size_saved (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  make_database_with_identity (fixture);
  open_window (fixture);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 640);
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window starts at that size. */
  open_window (fixture);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
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

  ADD ("/ui/first-start/stores-identity", test_first_start_stores_identity);
  ADD ("/ui/first-start/refuses-bad-name", test_first_start_refuses_bad_name);
  ADD ("/ui/first-start/sample-data", test_first_start_with_sample_data);
  ADD ("/ui/sections/reachable", test_sections_reachable);
  ADD ("/ui/open/garbage-file", test_garbage_file);
  ADD ("/ui/open/newer-schema", test_newer_schema);
  ADD ("/ui/open/failure-keeps-database", test_open_failure_keeps_database);
  ADD ("/ui/preferences/change-identity", test_preferences_change_identity);
  ADD ("/ui/new/never-replaces", test_new_database_never_replaces);
  ADD ("/ui/window/shortcuts", test_shortcuts);
  ADD ("/ui/window/size-saved", test_window_size_saved);

#undef ADD

  return g_test_run ();
}

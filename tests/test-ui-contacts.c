/* test-ui-contacts.c — the Contacts section and the contact editor, driven
 * through their widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-contact-editor-private.h"
#include "mz-contact-store.h"
#include "mz-contacts-page-private.h"
#include "mz-generator.h"
#include "mz-interaction-store.h"
#include "mz-search.h"
#include "test-ui-crm-fixture.h"

/* Helpers */

static gboolean
page_ready (gpointer page)
{
  return !_mz_contacts_page_is_busy (page) &&
         g_strcmp0 (_mz_contacts_page_get_state (page), "loading") != 0;
}

static MzContactsPage *
open_contacts (Fixture *fixture)
{
  MzContactsPage *page = MZ_CONTACTS_PAGE (open_section (fixture, "contacts"));

  wait_until (page_ready, page);
  return page;
}

static gboolean
editor_closed (gpointer page)
{
  return _mz_contacts_page_get_editor (page) == NULL && page_ready (page);
}

/* The position of the contact with @family_name in the table, or -1. */
static int
find_in_list (MzContactsPage *page,
              const char     *family_name)
{
  GListModel *model = _mz_contacts_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_contact_get_family_name (contact), family_name) == 0)
        return (int) i;
    }
  return -1;
}

static char *
partner_id_of (MzStore    *store,
               const char *name)
{
  g_autoptr(GListModel) hits = mz_search_names (store, name, 5, NULL);
  g_autoptr(MzSearchHit) hit = NULL;

  g_assert_nonnull (hits);
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  hit = g_list_model_get_item (hits, 0);
  g_assert_cmpstr (mz_search_hit_get_kind (hit), ==, "partner");
  return g_strdup (mz_search_hit_get_partner_id (hit));
}

static MzContactEditor *
open_new_editor (MzContactsPage *page)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contacts.new", NULL));
  iterate ();
  editor = _mz_contacts_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  return MZ_CONTACT_EDITOR (editor);
}

/* Tests */

static void
test_create_contact (Fixture       *fixture,
                     gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  guint before = _mz_contacts_page_get_n_loaded (page);
  g_autofree char *partner_id = partner_id_of (fixture_store (fixture), "Kumbu");
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(MzContact) saved = NULL;
  MzContactEditor *editor = open_new_editor (page);
  GPtrArray *emails = _mz_contact_editor_get_email_rows (editor);
  GPtrArray *phones = _mz_contact_editor_get_phone_rows (editor);
  GtkWidget *chooser = template_child (editor, MZ_TYPE_CONTACT_EDITOR, "partner_chooser");
  int position;

  choose_partner (chooser, "Kumbu");
  g_assert_cmpstr (mz_partner_chooser_get_partner_id (MZ_PARTNER_CHOOSER (chooser)), ==, partner_id);

  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "given_row")), "Wanjiku");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row")), "Odhiambo");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "title_row")),
                         "Head of Partnerships");
  g_assert_cmpuint (emails->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (emails->pdata[0]), "w.odhiambo@kumbu.example");
  /* A second address through the Add button. */
  g_signal_emit_by_name (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "add_email_button"), "clicked");
  iterate ();
  g_assert_cmpuint (emails->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (emails->pdata[1]), "wanjiku@kumbu.example");
  gtk_editable_set_text (GTK_EDITABLE (phones->pdata[0]), "+254 20 123 4567");
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "language_row")),
                              4 /* French: not known, ar, zh, en, fr */);
  gtk_switch_set_active (GTK_SWITCH (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "primary_switch")), TRUE);

  /* Ctrl+S is editor.save. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_closed, page);

  /* In the database… */
  contacts = mz_contact_store_list_for_partner (fixture_store (fixture), partner_id, FALSE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (mz_contact_get_family_name (contact), "Odhiambo") == 0)
        saved = mz_contact_store_get (fixture_store (fixture), mz_contact_get_id (contact), NULL);
    }
  g_assert_nonnull (saved);
  g_assert_cmpstr (mz_contact_get_given_name (saved), ==, "Wanjiku");
  g_assert_cmpstr (mz_contact_get_title (saved), ==, "Head of Partnerships");
  g_assert_cmpstr (mz_contact_get_language (saved), ==, "fr");
  g_assert_true (mz_contact_get_is_primary (saved));
  g_assert_cmpuint (g_strv_length ((char **) mz_contact_get_emails (saved)), ==, 2);
  g_assert_cmpstr (mz_contact_get_emails (saved)[1], ==, "wanjiku@kumbu.example");
  g_assert_cmpstr (mz_contact_get_phones (saved)[0], ==, "+254 20 123 4567");

  /* …and in the list, reloaded. */
  g_assert_cmpuint (_mz_contacts_page_get_n_loaded (page), ==, before + 1);
  position = find_in_list (page, "Odhiambo");
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, _("Contact saved"));
}

static void
test_invalid_email (Fixture       *fixture,
                    gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  MzContactEditor *editor = open_new_editor (page);
  GPtrArray *emails = _mz_contact_editor_get_email_rows (editor);
  gint64 before = 0, after = 0;
  const char *message;

  g_assert_true (mz_contact_store_count (fixture_store (fixture), &before, NULL));

  choose_partner (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "partner_chooser"), "Greenwave");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row")), "Hughes");
  gtk_editable_set_text (GTK_EDITABLE (emails->pdata[0]), "not an address@");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();

  /* The error is shown under the e-mail addresses, the row is marked, the
   * editor stays open and nothing is saved. */
  message = _mz_contact_editor_get_error (editor, "emails");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "not an address@"));
  g_assert_true (gtk_widget_has_css_class (emails->pdata[0], "error"));
  g_assert_null (_mz_contact_editor_get_error (editor, "family_name"));
  g_assert_true (_mz_contacts_page_get_editor (page) == GTK_WINDOW (editor));
  g_assert_true (mz_contact_store_count (fixture_store (fixture), &after, NULL));
  g_assert_cmpint (after, ==, before);

  /* No name at all: the error moves to the names. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row")), "");
  gtk_editable_set_text (GTK_EDITABLE (emails->pdata[0]), "oliver.hughes@greenwave.example");
  g_assert_false (_mz_contact_editor_save (editor));
  g_assert_null (_mz_contact_editor_get_error (editor, "emails"));
  g_assert_nonnull (_mz_contact_editor_get_error (editor, "family_name"));
  g_assert_false (gtk_widget_has_css_class (emails->pdata[0], "error"));

  /* Corrected, it saves. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row")), "Hughes");
  g_assert_true (_mz_contact_editor_save (editor));
  wait_until (editor_closed, page);
  g_assert_true (mz_contact_store_count (fixture_store (fixture), &after, NULL));
  g_assert_cmpint (after, ==, before + 1);
}

static void
test_escape_discards (Fixture       *fixture,
                      gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  MzContactEditor *editor = open_new_editor (page);
  gint64 before = 0, after = 0;

  g_assert_true (mz_contact_store_count (fixture_store (fixture), &before, NULL));
  choose_partner (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "partner_chooser"), "Greenwave");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row")), "Nobody");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  wait_until (editor_closed, page);
  g_assert_true (mz_contact_store_count (fixture_store (fixture), &after, NULL));
  g_assert_cmpint (after, ==, before);
}


static void
test_forget_contact (Fixture       *fixture,
                     gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  MzStore *store = fixture_store (fixture);
  g_autofree char *partner_id = partner_id_of (store, "Digital Development Union");
  g_autoptr(MzContact) irina = NULL;
  g_autoptr(MzContact) forgotten = NULL;
  g_autoptr(GListModel) interactions = NULL;
  g_autofree char *contact_id = NULL;
  AdwMessageDialog *dialog;
  guint with_irina = 0;
  int position;

  position = find_in_list (page, "Volkova");
  g_assert_cmpint (position, >=, 0);
  irina = g_list_model_get_item (_mz_contacts_page_get_model (page), position);
  contact_id = g_strdup (mz_contact_get_id (irina));

  gtk_selection_model_select_item (_mz_contacts_page_get_selection (page), position, TRUE);
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contacts.forget", NULL));
  wait_until (message_dialog_shown, NULL);

  /* The dialog says what goes and what stays; Cancel is the default. */
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Irina Volkova"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "interaction"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "forget");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (_mz_contacts_page_is_busy (page));

  wait_until (page_ready, page);

  forgotten = mz_contact_store_get (store, contact_id, NULL);
  g_assert_nonnull (forgotten);
  g_assert_nonnull (mz_contact_get_forgotten_at (forgotten));
  g_assert_null (mz_contact_get_given_name (forgotten));
  g_assert_null (mz_contact_get_family_name (forgotten));
  g_assert_null (mz_contact_get_local_name (forgotten));
  g_assert_null (mz_contact_get_emails (forgotten));
  g_assert_null (mz_contact_get_title (forgotten));
  g_assert_cmpstr (mz_contact_get_partner_id (forgotten), ==, partner_id);

  /* Her interactions are still there, with her as a participant. */
  interactions = mz_interaction_store_list_for_partner (store, partner_id, 0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(MzInteraction) listed = g_list_model_get_item (interactions, i);
      g_autoptr(MzInteraction) it = mz_interaction_store_get (store, mz_interaction_get_id (listed), NULL);

      if (g_strv_contains (mz_interaction_get_contact_ids (it), contact_id))
        with_irina++;
    }
  g_assert_cmpuint (with_irina, ==, 2);

  /* The list shows her as forgotten, no longer by name. */
  g_assert_cmpint (find_in_list (page, "Volkova"), ==, -1);
  g_assert_nonnull (strstr (_mz_window_get_last_toast (fixture->window), _("Contact forgotten")));
}

static void
test_forget_cancelled (Fixture       *fixture,
                       gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  g_autoptr(MzContact) listed = NULL;
  g_autoptr(MzContact) kept = NULL;
  AdwMessageDialog *dialog;
  int position = find_in_list (page, "Akhmetov");

  g_assert_cmpint (position, >=, 0);
  listed = g_list_model_get_item (_mz_contacts_page_get_model (page), position);
  gtk_selection_model_select_item (_mz_contacts_page_get_selection (page), position, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contacts.forget", NULL));
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  g_assert_false (_mz_contacts_page_is_busy (page));
  kept = mz_contact_store_get (fixture_store (fixture), mz_contact_get_id (listed), NULL);
  g_assert_null (mz_contact_get_forgotten_at (kept));
  g_assert_cmpstr (mz_contact_get_family_name (kept), ==, "Akhmetov");
}

static void
test_enter_opens_editor (Fixture       *fixture,
                         gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  int position = find_in_list (page, "Volkova");
  GtkWindow *editor;

  g_assert_cmpint (position, >=, 0);

  /* Enter or a double click on a row. */
  g_signal_emit_by_name (_mz_contacts_page_get_view (page), "activate", (guint) position);
  iterate ();
  editor = _mz_contacts_page_get_editor (page);
  g_assert_nonnull (editor);

  /* The whole row, not the list's slim copy: both e-mail rows and consent. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "family_row"))),
                   ==, "Volkova");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_CONTACT_EDITOR, "local_row"))),
                   ==, "Ирина Волкова");
  g_assert_cmpstr (mz_partner_chooser_get_partner_name (MZ_PARTNER_CHOOSER (template_child (editor, MZ_TYPE_CONTACT_EDITOR,
                                                                                            "partner_chooser"))),
                   ==, "Digital Development Union");

  /* Escape closes it without saving. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  wait_until (editor_closed, page);
}

static void
test_search_cyrillic (Fixture       *fixture,
                      gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  GListModel *model = _mz_contacts_page_get_model (page);
  guint total = g_list_model_get_n_items (model);
  GtkWidget *chooser;
  MzContactEditor *editor;

  /* The partner's local name is "Союз цифрового развития": its contacts. */
  g_object_set (page, "search-text", "Союз", NULL);
  wait_until (page_ready, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpint (find_in_list (page, "Volkova"), >=, 0);
  g_assert_cmpint (find_in_list (page, "Akhmetov"), >=, 0);

  /* A contact's own name in Cyrillic, two characters. */
  g_object_set (page, "search-text", "Ир", NULL);
  wait_until (page_ready, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpint (find_in_list (page, "Volkova"), >=, 0);
  g_assert_cmpint (find_in_list (page, "Akhmetov"), ==, -1);

  /* Nothing matches: the empty state says so. */
  g_object_set (page, "search-text", "Щщщщ", NULL);
  wait_until (page_ready, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (_mz_contacts_page_get_state (page), ==, "no-match");

  g_object_set (page, "search-text", "", NULL);
  wait_until (page_ready, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);

  /* The partner chooser of the editor finds the partner too. */
  editor = open_new_editor (page);
  chooser = template_child (editor, MZ_TYPE_CONTACT_EDITOR, "partner_chooser");
  choose_partner (chooser, "Союз");
  g_assert_cmpstr (mz_partner_chooser_get_partner_name (MZ_PARTNER_CHOOSER (chooser)), ==,
                   "Digital Development Union");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  GListModel *model = _mz_contacts_page_get_model (page);
  guint total = g_list_model_get_n_items (model);
  GtkDropDown *language = GTK_DROP_DOWN (template_child (page, MZ_TYPE_CONTACTS_PAGE, "language_filter"));
  GtkToggleButton *primary = GTK_TOGGLE_BUTTON (template_child (page, MZ_TYPE_CONTACTS_PAGE, "primary_toggle"));
  guint n;

  gtk_drop_down_set_selected (language, 5 /* all, ar, zh, en, fr, ru */);
  wait_until (page_ready, page);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (model, i);

      g_assert_cmpstr (mz_contact_get_language (contact), ==, "ru");
    }

  gtk_drop_down_set_selected (language, 0);
  gtk_toggle_button_set_active (primary, TRUE);
  wait_until (page_ready, page);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (model, i);

      g_assert_true (mz_contact_get_is_primary (contact));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contacts.clear-filters", NULL));
  wait_until (page_ready, page);
  g_assert_false (gtk_toggle_button_get_active (primary));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
}

static gboolean
sorted_by_partner (gpointer page)
{
  GListModel *model = _mz_contacts_page_get_model (page);
  g_autoptr(MzContact) first = NULL;
  g_autoptr(MzContact) last = NULL;

  if (!page_ready (page) || g_list_model_get_n_items (model) < 2)
    return FALSE;
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
  return g_utf8_collate (mz_contact_get_partner_name (first), mz_contact_get_partner_name (last)) > 0;
}

static void
test_sort_by_column (Fixture       *fixture,
                     gconstpointer  data)
{
  MzContactsPage *page = open_contacts (fixture);
  GtkColumnView *view = _mz_contacts_page_get_view (page);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) partner = g_list_model_get_item (columns, 1);

  g_assert_cmpstr (gtk_column_view_column_get_title (partner), ==, _("Partner"));
  gtk_column_view_sort_by_column (view, partner, GTK_SORT_DESCENDING);
  wait_until (sorted_by_partner, page);
}

static void
test_many_rows_few_widgets (Fixture       *fixture,
                            gconstpointer  data)
{
  MzGeneratorOptions options = { .n_partners = 300, .n_contacts = 3000, .seed = 7 };
  g_autoptr(GError) error = NULL;
  MzContactsPage *page;
  guint made;

  {
    g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mz_generator_run (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  page = open_contacts (fixture);
  g_assert_cmpuint (_mz_contacts_page_get_n_loaded (page), >=, 3000);
  g_assert_cmpuint (g_list_model_get_n_items (_mz_contacts_page_get_model (page)), >=, 3000);

  made = _mz_contacts_page_get_n_rows_made (page);
  g_test_message ("%u row widgets for %u contacts", made, _mz_contacts_page_get_n_loaded (page));
  g_assert_cmpuint (made, >, 0);
  g_assert_cmpuint (made, <, 300);
}

static guint
count_rows (GtkWidget *widget)
{
  guint n = g_str_equal (gtk_widget_get_css_name (widget), "row");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static gboolean
rows_shown (gpointer view)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (view);

  return count_rows (view) > 0 && adjustment != NULL &&
         gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment);
}

static gboolean
scrolled_back (gpointer view)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (view);
  double *wanted = g_object_get_data (view, "test-wanted");

  return adjustment != NULL && gtk_adjustment_get_value (adjustment) >= *wanted - 1;
}

/* A section the window does not show keeps no rows of cells; it shows
 * them again, scrolled where it was, when it comes back. */
static void
test_leaving_releases_rows (Fixture       *fixture,
                            gconstpointer  data)
{
  MzGeneratorOptions options = { .n_partners = 100, .n_contacts = 1000, .seed = 11 };
  g_autoptr(GError) error = NULL;
  MzContactsPage *page;
  GtkColumnView *view;
  GtkAdjustment *adjustment;
  double wanted;

  {
    g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mz_generator_run (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  page = open_contacts (fixture);
  view = _mz_contacts_page_get_view (page);
  wait_until (rows_shown, view);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  wanted = (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2;
  gtk_adjustment_set_value (adjustment, wanted);
  iterate ();
  wanted = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (wanted, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "partners");
  iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpuint (count_rows (GTK_WIDGET (view)), ==, 0);
  g_assert_null (gtk_column_view_get_model (view));
  /* The rows are still there for when it comes back. */
  g_assert_cmpuint (g_list_model_get_n_items (_mz_contacts_page_get_model (page)), >=, 1000);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.section", "s", "contacts");
  wait_until (rows_shown, view);
  g_test_message ("scrolled to %f, back at %f", wanted,
                  gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))));
  g_object_set_data (G_OBJECT (view), "test-wanted", &wanted);
  wait_until (scrolled_back, view);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))),
                     <=, wanted + 1);
}

/* The texts of the GtkInscriptions under @widget, in order. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (GTK_IS_INSCRIPTION (widget))
    g_ptr_array_add (texts, (gpointer) gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

typedef struct
{
  double     y;
  GPtrArray *texts;   /* name, partner, … */
} ShownRow;

static void
shown_row_free (gpointer data)
{
  ShownRow *row = data;

  g_ptr_array_unref (row->texts);
  g_free (row);
}

static int
compare_shown_rows (gconstpointer a,
                    gconstpointer b)
{
  const ShownRow *x = *(ShownRow **) a, *y = *(ShownRow **) b;

  return (x->y > y->y) - (x->y < y->y);
}

/* Adds the rows that @view shows whole (GTK 4.8 keeps those out of sight
 * unmapped). */
static void
collect_shown_rows (GtkWidget     *widget,
                    GtkColumnView *view,
                    GPtrArray     *rows)
{
  graphene_rect_t bounds;

  if (g_str_equal (gtk_widget_get_css_name (widget), "row") &&
      gtk_widget_compute_bounds (widget, GTK_WIDGET (view), &bounds))
    {
      if (gtk_widget_get_mapped (widget) && bounds.origin.y >= 0 &&
          bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (view)))
        {
          ShownRow *row = g_new0 (ShownRow, 1);

          row->y = bounds.origin.y;
          row->texts = g_ptr_array_new ();
          collect_texts (widget, row->texts);
          if (row->texts->len >= 2)
            g_ptr_array_add (rows, row);
          else
            shown_row_free (row);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_rows (child, view, rows);
}

/* Whether @row shows @contact: its name, then its partner. */
static gboolean
row_shows (ShownRow  *row,
           MzContact *contact)
{
  g_autofree char *name = _mz_contacts_page_display_name (contact);
  const char *name_text = row->texts->pdata[0];

  return name_text != NULL && *name != '\0' && g_str_has_prefix (name_text, name) &&
         g_strcmp0 (row->texts->pdata[1], mz_contact_get_partner_name (contact)) == 0;
}

/* The cells of rows out of sight are filled only when they are mapped
 * (mz-db-list-page.c): after a new sort, the rows a scroll brings into
 * view show the contacts that follow each other in the table, none of
 * those of before. */
static void
test_rows_filled_when_near (Fixture       *fixture,
                            gconstpointer  data)
{
  MzGeneratorOptions options = { .n_partners = 100, .n_contacts = 1000, .seed = 5 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (shown_row_free);
  MzContactsPage *page;
  GtkColumnView *view;
  GtkAdjustment *adjustment;
  GListModel *model;
  guint n;

  {
    g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mz_generator_run (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  page = open_contacts (fixture);
  view = _mz_contacts_page_get_view (page);
  model = _mz_contacts_page_get_model (page);
  wait_until (rows_shown, view);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  /* Every row gets another contact, those out of sight later. */
  {
    g_autoptr(GtkColumnViewColumn) partner = g_list_model_get_item (gtk_column_view_get_columns (view), 1);

    gtk_column_view_sort_by_column (view, partner, GTK_SORT_DESCENDING);
    wait_until (sorted_by_partner, page);
  }
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >=, 1000);

  /* Some pages down: rows GTK kept (some 200), out of sight until now. */
  for (guint pages = 3; pages <= 5; pages++)
    {
      gboolean found = FALSE;

      gtk_adjustment_set_value (adjustment, pages * gtk_adjustment_get_page_size (adjustment));
      /* A few frames: the rows laid out where the scroll put them. */
      {
        gboolean done = FALSE;

        g_timeout_add (300, timeout_cb, &done);
        while (!done)
          g_main_context_iteration (NULL, TRUE);
      }
      wait_until (rows_shown, view);

      g_ptr_array_set_size (shown, 0);
      collect_shown_rows (GTK_WIDGET (view), view, shown);
      g_ptr_array_sort (shown, compare_shown_rows);
      g_assert_cmpuint (shown->len, >, 5);

      /* Where the first row's contact is, the others follow. */
      for (guint p = 0; p + shown->len <= n && !found; p++)
        {
          g_autoptr(MzContact) contact = g_list_model_get_item (model, p);

          if (!row_shows (shown->pdata[0], contact))
            continue;
          found = TRUE;
          for (guint i = 1; i < shown->len && found; i++)
            {
              g_autoptr(MzContact) next = g_list_model_get_item (model, p + i);

              found = row_shows (shown->pdata[i], next);
            }
          if (found)
            g_test_message ("%u pages down: positions %u to %u", pages, p, p + shown->len - 1);
        }
      g_assert_true (found);
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

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/ui-contacts/create", test_create_contact);
  ADD ("/ui-contacts/invalid-email", test_invalid_email);
  ADD ("/ui-contacts/escape-discards", test_escape_discards);
  ADD ("/ui-contacts/forget", test_forget_contact);
  ADD ("/ui-contacts/forget-cancelled", test_forget_cancelled);
  ADD ("/ui-contacts/rows-filled-when-near", test_rows_filled_when_near);
  ADD ("/ui-contacts/enter-opens-editor", test_enter_opens_editor);
  ADD ("/ui-contacts/search-cyrillic", test_search_cyrillic);
  ADD ("/ui-contacts/filters", test_filters);
  ADD ("/ui-contacts/sort", test_sort_by_column);
  ADD ("/ui-contacts/many-rows-few-widgets", test_many_rows_few_widgets);
  ADD ("/ui-contacts/leaving-releases-rows", test_leaving_releases_rows);

  return g_test_run ();
}

/* test-ui-crm-export.c — "Export to Excel…" in the Contacts and
 * Interactions sections: the rows the filters leave, in the table's
 * order, read back by openpyxl (tests/check-report-list.py)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "mz-contacts-page-private.h"
#include "mz-interactions-page-private.h"
#include "mz-list-export-button.h"
#include "mz-partner-format.h"
#include "test-ui-crm-fixture.h"
#include "test-ui-export-check.h"

static gboolean
contacts_ready (gpointer page)
{
  return !_mz_contacts_page_is_busy (page) &&
         g_strcmp0 (_mz_contacts_page_get_state (page), "loading") != 0;
}

static gboolean
interactions_ready (gpointer page)
{
  return !_mz_interactions_page_is_busy (page) &&
         g_strcmp0 (_mz_interactions_page_get_state (page), "loading") != 0;
}

static gboolean
export_done (gpointer data)
{
  return !mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (data));
}

/* The export button of a section: beside its count, enabled once the
 * list is read; the tooltip of its button. */
static const char *
check_button (GtkWidget *button)
{
  GtkWidget *inner;

  g_assert_true (MZ_IS_LIST_EXPORT_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (GTK_IS_INSCRIPTION (gtk_widget_get_prev_sibling (button)));
  inner = gtk_stack_get_child_by_name (GTK_STACK (gtk_widget_get_first_child (button)), "button");
  g_assert_nonnull (inner);
  return gtk_widget_get_tooltip_text (inner);
}

/* Sets @filter to the first choice that leaves some rows but not all;
 * returns its label. */
static const char *
narrow (GtkDropDown *filter,
        GListModel  *shown,
        gboolean   (*ready) (gpointer),
        gpointer     page)
{
  guint n_all = g_list_model_get_n_items (shown);
  GListModel *choices = gtk_drop_down_get_model (filter);

  for (guint i = 1; i < g_list_model_get_n_items (choices); i++)
    {
      guint n;

      gtk_drop_down_set_selected (filter, i);
      iterate ();
      wait_until (ready, page);
      n = g_list_model_get_n_items (shown);
      if (n > 0 && n < n_all)
        return gtk_string_object_get_string (gtk_drop_down_get_selected_item (filter));
    }
  g_assert_not_reached ();
  return NULL;
}

/* Exports what @button's section shows to @out, and waits. */
static void
export_to (GtkWidget  *button,
           const char *out)
{
  g_autoptr(GFile) file = g_file_new_for_path (out);

  mz_list_export_button_export_to (MZ_LIST_EXPORT_BUTTON (button), file);
  g_assert_true (mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (button)));
  wait_until (export_done, button);
  g_assert_null (mz_list_export_button_get_last_error (MZ_LIST_EXPORT_BUTTON (button)));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

static char *
contact_name (MzContact *contact)
{
  g_autofree char *name = NULL;

  if (mz_contact_get_forgotten_at (contact) != NULL)
    return json_string ("Forgotten contact");
  name = _mz_contacts_page_display_name (contact);
  return json_string (*name != '\0' ? name : NULL);
}

/* A language filter and the table sorted by partner, last first: the
 * workbook has those contacts in that order, with their personal data,
 * and says so under its title and in the button's tooltip. */
static void
test_contacts (Fixture       *fixture,
               gconstpointer  data)
{
  MzContactsPage *page = MZ_CONTACTS_PAGE (open_section (fixture, "contacts"));
  GListModel *shown = _mz_contacts_page_get_model (page);
  GtkColumnView *view = _mz_contacts_page_get_view (page);
  g_autofree char *out = g_build_filename (fixture->dir, "contacts.xlsx", NULL);
  g_autoptr(GtkColumnViewColumn) partner_column = NULL;
  g_autoptr(MzListTable) table = NULL;
  g_autoptr(MzContact) first = NULL, last = NULL;
  g_autofree char *subtitle = NULL, *subtitle_json = NULL, *spec = NULL;
  g_autofree char *first_name = NULL, *last_name = NULL, *first_partner = NULL, *last_partner = NULL;
  const char *language, *tooltip;
  guint n_all, n;

  wait_until (contacts_ready, page);
  tooltip = check_button (_mz_contacts_page_get_export_button (page));
  g_assert_nonnull (strstr (tooltip, "personal data"));
  n_all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_all, >, 2);

  language = narrow (page->language_filter, shown, contacts_ready, page);
  partner_column = g_list_model_get_item (gtk_column_view_get_columns (view), 1);
  gtk_column_view_sort_by_column (view, partner_column, GTK_SORT_DESCENDING);
  iterate ();
  wait_until (contacts_ready, page);
  n = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n, <, n_all);

  first = g_list_model_get_item (shown, 0);
  last = g_list_model_get_item (shown, n - 1);
  g_assert_cmpint (g_utf8_collate (mz_contact_get_partner_name (first), mz_contact_get_partner_name (last)), >=, 0);

  table = _mz_contacts_page_build_export_table (page);
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n);
  g_assert_cmpuint (mz_list_table_get_n_columns (table), ==, 11);

  export_to (_mz_contacts_page_get_export_button (page), out);

  subtitle = g_strdup_printf ("Language: %s · %u %s · Personal data: keep this file only as long as "
                              "it is needed and share it only with those who need it",
                              language, n, n == 1 ? "contact" : "contacts");
  subtitle_json = json_string (subtitle);
  first_name = contact_name (first);
  last_name = contact_name (last);
  first_partner = json_string (mz_contact_get_partner_name (first));
  last_partner = json_string (mz_contact_get_partner_name (last));
  spec = g_strdup_printf ("{\"title\": \"Contacts\","
                          " \"headers\": [\"Name\", \"Local name\", \"Partner\", \"Title\", \"Role\","
                          "   \"E-mails\", \"Phones\", \"Language\", \"Primary\", \"Consent basis\","
                          "   \"Consent date\"],"
                          " \"types\": [\"text\", \"text\", \"text\", \"text\", \"text\", \"text\","
                          "   \"text\", \"text\", \"text\", \"text\", \"date\"],"
                          " \"rows\": %u, \"cells\": {\"A2\": %s, \"A5\": %s, \"C5\": %s,"
                          "   \"A%u\": %s, \"C%u\": %s, \"H5\": \"%s\"}}",
                          n, subtitle_json, first_name, first_partner, 4 + n, last_name, 4 + n,
                          last_partner, language);
  g_test_message ("%s", spec);
  check_workbook (fixture->dir, out, spec);
}

/* A kind filter, newest first: the workbook has those interactions in
 * that order, dates as dates; the button is not shown with the
 * follow-ups, which it does not export. */
static void
test_interactions (Fixture       *fixture,
                   gconstpointer  data)
{
  MzInteractionsPage *page = MZ_INTERACTIONS_PAGE (open_section (fixture, "interactions"));
  GListModel *shown = G_LIST_MODEL (_mz_interactions_page_get_model (page));
  GtkWidget *button = _mz_interactions_page_get_export_button (page);
  g_autofree char *out = g_build_filename (fixture->dir, "interactions.xlsx", NULL);
  g_autoptr(MzListTable) table = NULL;
  g_autoptr(MzInteraction) first = NULL, last = NULL;
  g_autofree char *subtitle = NULL, *subtitle_json = NULL, *spec = NULL;
  g_autofree char *first_subject = NULL, *last_subject = NULL, *first_partner = NULL;
  const char *kind;
  guint n;

  wait_until (interactions_ready, page);
  check_button (button);
  kind = narrow (page->kind_filter, shown, interactions_ready, page);
  n = g_list_model_get_n_items (shown);
  first = g_list_model_get_item (shown, 0);
  last = g_list_model_get_item (shown, n - 1);
  g_assert_cmpstr (mz_interaction_get_date (first), >=, mz_interaction_get_date (last));

  table = _mz_interactions_page_build_export_table (page);
  g_assert_cmpuint (mz_list_table_get_n_rows (table), ==, n);

  export_to (button, out);

  subtitle = g_strdup_printf ("Kind: %s · %u %s", kind, n, n == 1 ? "interaction" : "interactions");
  subtitle_json = json_string (subtitle);
  first_subject = json_string (mz_interaction_get_subject (first));
  last_subject = json_string (mz_interaction_get_subject (last));
  first_partner = json_string (mz_interaction_get_partner_name (first));
  spec = g_strdup_printf ("{\"title\": \"Interactions\","
                          " \"headers\": [\"Date\", \"Kind\", \"Partner\", \"Unit\", \"Staff\","
                          "   \"Subject\", \"Status\"],"
                          " \"types\": [\"date\", \"text\", \"text\", \"text\", \"text\", \"text\", \"text\"],"
                          " \"rows\": %u, \"cells\": {\"A2\": %s, \"A5\": \"%s\", \"B5\": \"%s\","
                          "   \"C5\": %s, \"F5\": %s, \"A%u\": \"%s\", \"F%u\": %s}}",
                          n, subtitle_json, mz_interaction_get_date (first), kind, first_partner,
                          first_subject, 4 + n, mz_interaction_get_date (last), 4 + n, last_subject);
  g_test_message ("%s", spec);
  check_workbook (fixture->dir, out, spec);

  /* The follow-ups tab has no export. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.show-follow-ups", NULL));
  iterate ();
  g_assert_false (gtk_widget_get_visible (button));
  wait_until (interactions_ready, page);
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

  g_test_add ("/ui-crm-export/contacts", Fixture, NULL, fixture_set_up, test_contacts, fixture_tear_down);
  g_test_add ("/ui-crm-export/interactions", Fixture, NULL, fixture_set_up, test_interactions,
              fixture_tear_down);

  return g_test_run ();
}

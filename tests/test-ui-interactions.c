/* test-ui-interactions.c — the Interactions section, the interaction editor
 * with its coordination notice, and the open follow-ups, driven through
 * their widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-follow-up-entry.h"
#include "mz-generator.h"
#include "mz-interaction-editor-private.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-interactions-page-private.h"
#include "mz-org-unit.h"
#include "mz-search.h"
#include "mz-staff.h"
#include "test-ui-crm-fixture.h"

/* Helpers */

static gboolean
page_ready (gpointer page)
{
  return !_mz_interactions_page_is_busy (page) &&
         g_strcmp0 (_mz_interactions_page_get_state (page), "loading") != 0;
}

static MzInteractionsPage *
open_interactions (Fixture *fixture)
{
  MzInteractionsPage *page = MZ_INTERACTIONS_PAGE (open_section (fixture, "interactions"));

  wait_until (page_ready, page);
  return page;
}

static gboolean
editor_closed (gpointer page)
{
  return _mz_interactions_page_get_editor (page) == NULL && page_ready (page);
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
  return g_strdup (mz_search_hit_get_partner_id (hit));
}

static gint64
count_interactions (MzStore *store)
{
  gint64 n = 0;

  g_assert_true (mz_interaction_store_count (store, &n, NULL));
  return n;
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* "8 December 2026", as the notice writes dates in English. */
static char *
long_date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%-d %B %Y");
}

/* Mei Lin Tan of @tsb, made a staff member if she is not one yet. */
static char *
tsb_staff (MzStore   *store,
           MzOrgUnit *tsb)
{
  g_autoptr(GError) error = NULL;
  char *staff_id = NULL;

  g_assert_true (mz_store_begin (store, NULL));
  g_assert_true (mz_staff_ensure (store, "Mei Lin Tan", mz_org_unit_get_id (tsb), &staff_id, &error));
  g_assert_no_error (error);
  g_assert_true (mz_store_commit (store, NULL));
  return staff_id;
}

/* TSB plans a visit to @partner_id in @days days, by Mei Lin Tan. */
static void
plan_tsb_visit (MzStore    *store,
                const char *partner_id,
                int         days)
{
  g_autoptr(MzInteraction) it = mz_interaction_new ();
  g_autoptr(MzOrgUnit) tsb = mz_org_unit_find (store, "TSB", NULL);
  g_autofree char *staff_id = tsb_staff (store, tsb);
  g_autofree char *date = date_from_today (days);
  g_autoptr(GError) error = NULL;

  mz_interaction_set_partner_id (it, partner_id);
  mz_interaction_set_kind (it, "visit");
  mz_interaction_set_date (it, date);
  mz_interaction_set_unit_id (it, mz_org_unit_get_id (tsb));
  mz_interaction_set_staff_id (it, staff_id);
  mz_interaction_set_subject (it, "Standards workshop with the partner");
  mz_interaction_set_status (it, "planned");
  g_assert_true (mz_interaction_service_create (store, it, &error));
  g_assert_no_error (error);
}

/* Another office adds an open follow-up for @partner_id, due @days from
 * today (negative: overdue), outside the Interactions section. */
static void
add_follow_up (MzStore    *store,
               const char *partner_id,
               const char *title,
               int         days)
{
  g_autoptr(MzFollowUp) follow_up = mz_follow_up_new ();
  g_autoptr(MzOrgUnit) tsb = mz_org_unit_find (store, "TSB", NULL);
  g_autofree char *staff_id = tsb_staff (store, tsb);
  g_autofree char *date = date_from_today (days);
  g_autoptr(GError) error = NULL;

  mz_follow_up_set_partner_id (follow_up, partner_id);
  mz_follow_up_set_title (follow_up, title);
  mz_follow_up_set_due_date (follow_up, date);
  mz_follow_up_set_owner_id (follow_up, staff_id);
  g_assert_true (mz_follow_up_service_create (store, follow_up, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_create_interaction (Fixture       *fixture,
                         gconstpointer  data)
{
  MzInteractionsPage *page = open_interactions (fixture);
  MzStore *store = fixture_store (fixture);
  g_autofree char *partner_id = partner_id_of (store, "Kestrel");
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(MzInteraction) first = NULL;
  g_autoptr(MzInteraction) saved = NULL;
  gint64 before = count_interactions (store);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (_mz_interactions_page_get_model (page)));
  MzInteractionEditor *editor;
  GPtrArray *checks;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.new", NULL));
  iterate ();
  editor = MZ_INTERACTION_EDITOR (_mz_interactions_page_get_editor (page));
  g_assert_nonnull (editor);

  /* Defaults: done today by this office. */
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     ADW_COMBO_ROW (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "status_row")))), ==, "done");

  choose_partner (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "partner_chooser"), "Kestrel");
  checks = _mz_interaction_editor_get_participant_checks (editor);
  g_assert_cmpuint (checks->len, >=, 1);
  gtk_check_button_set_active (checks->pdata[0], TRUE);
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Follow-up call on the SME membership");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (template_child (editor, MZ_TYPE_INTERACTION_EDITOR,
                                                                                     "notes_view"))),
                            "They asked for the fee table.", -1);
  _mz_interaction_editor_add_follow_up (editor, "Send the fee table", NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_closed, page);

  g_assert_cmpint (count_interactions (store), ==, before + 1);
  listed = mz_interaction_store_list_for_partner (store, partner_id, 1, NULL);
  first = g_list_model_get_item (listed, 0);
  saved = mz_interaction_store_get (store, mz_interaction_get_id (first), NULL);
  g_assert_cmpstr (mz_interaction_get_subject (saved), ==, "Follow-up call on the SME membership");
  g_assert_cmpstr (mz_interaction_get_notes (saved), ==, "They asked for the fee table.");
  g_assert_cmpstr (mz_interaction_get_status (saved), ==, "done");
  g_assert_cmpstr (mz_interaction_get_unit_code (saved), ==, "BDT");
  g_assert_cmpstr (mz_interaction_get_staff_name (saved), ==, "Kwabena Osei");
  g_assert_cmpuint (g_strv_length ((char **) mz_interaction_get_contact_ids (saved)), ==, 1);

  /* The table reloaded with it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (_mz_interactions_page_get_model (page))), ==,
                    shown + 1);
}

static void
test_required_subject (Fixture       *fixture,
                       gconstpointer  data)
{
  MzStore *store = fixture_store ((open_interactions (fixture), fixture));
  gint64 before = count_interactions (store);
  g_autofree char *partner_id = partner_id_of (store, "Kestrel");
  MzInteractionEditor *editor = MZ_INTERACTION_EDITOR (mz_interaction_editor_new (GTK_WINDOW (fixture->window), store,
                                                                                   partner_id, NULL, FALSE));

  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  g_assert_nonnull (_mz_interaction_editor_get_error (editor, "subject"));
  g_assert_true (gtk_widget_has_css_class (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row"), "error"));
  g_assert_cmpint (count_interactions (store), ==, before);
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_coordination_notice (Fixture       *fixture,
                          gconstpointer  data)
{
  MzStore *store = NULL;
  g_autofree char *partner_id = NULL;
  g_autofree char *when = long_date_from_today (10);
  g_autofree char *notice = NULL;
  MzInteractionEditor *editor;
  AdwMessageDialog *dialog;
  gint64 before;

  open_interactions (fixture);
  store = fixture_store (fixture);
  partner_id = partner_id_of (store, "Kestrel");
  plan_tsb_visit (store, partner_id, 10);
  before = count_interactions (store);

  /* A planned approach from BDT: no partner yet, no notice. */
  editor = MZ_INTERACTION_EDITOR (mz_interaction_editor_new (GTK_WINDOW (fixture->window), store,
                                                             NULL, NULL, TRUE));
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  g_assert_null (_mz_interaction_editor_get_notice_text (editor));

  /* Choosing the partner shows who else engages it, and when. */
  choose_partner (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "partner_chooser"), "Kestrel");
  notice = _mz_interaction_editor_get_notice_text (editor);
  g_assert_nonnull (notice);
  g_test_message ("%s", notice);
  g_assert_nonnull (strstr (notice, "TSB"));
  g_assert_nonnull (strstr (notice, when));
  g_assert_nonnull (strstr (notice, "Mei Lin Tan"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (editor, MZ_TYPE_INTERACTION_EDITOR,
                                                                             "notice_revealer"))));

  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Connectivity pilot proposal");

  /* Saving a planned approach asks first; Cancel saves nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  dialog = ADW_MESSAGE_DIALOG (_mz_interaction_editor_get_confirm_dialog (editor));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Other units are engaging this partner"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "TSB"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), when));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpint (count_interactions (store), ==, before);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Save Anyway: the user decides. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  dialog = ADW_MESSAGE_DIALOG (_mz_interaction_editor_get_confirm_dialog (editor));
  g_assert_nonnull (dialog);
  g_object_ref (editor);
  adw_message_dialog_response (dialog, "save");
  iterate ();
  g_assert_cmpint (count_interactions (store), ==, before + 1);
  g_object_unref (editor);
}

static void
test_no_notice_without_others (Fixture       *fixture,
                               gconstpointer  data)
{
  MzStore *store = fixture_store ((open_interactions (fixture), fixture));
  g_autofree char *partner_id = partner_id_of (store, "Kestrel");
  gint64 before = count_interactions (store);
  MzInteractionEditor *editor;
  g_autoptr(GtkWindow) kept = NULL;

  /* Only BDT's own approaches: no notice, no question. */
  editor = MZ_INTERACTION_EDITOR (mz_interaction_editor_new (GTK_WINDOW (fixture->window), store,
                                                             partner_id, NULL, TRUE));
  kept = g_object_ref (GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  g_assert_null (_mz_interaction_editor_get_notice_text (editor));
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Membership renewal");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  g_assert_null (_mz_interaction_editor_get_confirm_dialog (editor));
  g_assert_cmpint (count_interactions (store), ==, before + 1);

  /* Another unit's interaction older than 90 days does not count either:
   * the sample data's TSB call with Kestrel was in 2023. */
}

static gboolean
follow_up_listed (gpointer data)
{
  MzFollowUpList *list = data;

  return !mz_follow_up_list_is_loading (list);
}

static gboolean
toast_shown (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (_mz_window_get_last_toast (fixture->window), _("Follow-up done")) == 0;
}

/* The open follow-ups are not read until their tab shows: the badge is
 * a count of the overdue ones, the same number the list finds. */
static void
test_follow_ups_read_when_shown (Fixture       *fixture,
                                 gconstpointer  data)
{
  MzInteractionsPage *page = open_interactions (fixture);
  MzFollowUpList *list = _mz_interactions_page_get_follow_ups (page);
  GListModel *model = mz_follow_up_list_get_model (list);
  guint counted;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (mz_follow_up_list_is_loading (list));
  counted = _mz_interactions_page_get_badge (page);
  g_assert_cmpuint (counted, >=, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.show-follow-ups", NULL));
  wait_until (follow_up_listed, list);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (mz_follow_up_list_get_n_overdue (list), ==, counted);
  g_assert_cmpuint (_mz_interactions_page_get_badge (page), ==, counted);
}

static void
test_follow_ups (Fixture       *fixture,
                 gconstpointer  data)
{
  MzInteractionsPage *page = open_interactions (fixture);
  MzFollowUpList *list = _mz_interactions_page_get_follow_ups (page);
  GListModel *model = mz_follow_up_list_get_model (list);
  g_autofree char *partner_id = partner_id_of (fixture_store (fixture), "Kestrel");
  MzInteractionEditor *editor;
  guint before, position = G_MAXUINT;
  GtkWidget *button;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.show-follow-ups", NULL));
  wait_until (follow_up_listed, list);
  before = g_list_model_get_n_items (model);

  /* Overdue ones first, counted on the view switcher's badge. */
  g_assert_cmpuint (mz_follow_up_list_get_n_overdue (list), >=, 1);

  editor = MZ_INTERACTION_EDITOR (mz_interaction_editor_new (GTK_WINDOW (fixture->window), fixture_store (fixture),
                                                             partner_id, NULL, FALSE));
  g_signal_connect_swapped (editor, "saved", G_CALLBACK (mz_follow_up_list_reload), list);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Call about the SME programme");
  _mz_interaction_editor_add_follow_up (editor, "Send the SME programme brochure", "2099-01-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  wait_until (follow_up_listed, list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);

  /* Sorted by due date: 2099 comes after every dated one. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MzFollowUpEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_follow_up_get_title (mz_follow_up_entry_get_follow_up (entry)),
                     "Send the SME programme brochure") == 0)
        position = i;
    }
  g_assert_cmpuint (position, <, g_list_model_get_n_items (model));

  /* Mark Done through the button of its row. */
  gtk_widget_activate_action (GTK_WIDGET (_mz_interactions_page_get_view (page)), "list.scroll-to-item", "u", 0);
  {
    GtkWidget *view = GTK_WIDGET (template_child (list, MZ_TYPE_FOLLOW_UP_LIST, "view"));

    gtk_widget_activate_action (view, "list.scroll-to-item", "u", position);
    iterate ();
    button = NULL;
    for (int tries = 0; tries < 50 && button == NULL; tries++)
      {
        iterate ();
        g_usleep (10000);
        button = find_button (view, _("_Mark Done"));
      }
    g_assert_nonnull (button);
  }
  /* A button shows itself pressed for a moment before "clicked". */
  g_assert_true (gtk_widget_activate (button));
  wait_until (toast_shown, fixture);
  wait_until (follow_up_listed, list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before);
  g_assert_cmpstr (_mz_window_get_last_toast (fixture->window), ==, _("Follow-up done"));
}

/* The interaction and its follow-ups are saved together: a follow-up
 * that fails leaves no interaction behind, and the editor says why. */
/* "12 open follow-ups, 3 overdue", as the count above the list reads. */
static void
assert_follow_ups_count (MzInteractionsPage *page,
                         guint               open,
                         guint               overdue)
{
  GtkInscription *label = GTK_INSCRIPTION (template_child (page, MZ_TYPE_INTERACTIONS_PAGE, "count_label"));
  g_autofree char *expected = NULL;

  g_assert_cmpuint (overdue, >, 0);
  expected = g_strdup_printf (ngettext ("%'u open follow-up, %'u overdue",
                                        "%'u open follow-ups, %'u overdue", open), open, overdue);
  g_assert_cmpstr (gtk_inscription_get_text (label), ==, expected);
}

/* Reading the section again (page.reload, as after a database was
 * replaced by a sync) and saving an interaction while the follow-ups are
 * shown read them again, with what was written meanwhile. This used to
 * recurse without end and crash. */
static void
test_follow_ups_reload_when_shown (Fixture       *fixture,
                                   gconstpointer  data)
{
  MzInteractionsPage *page = open_interactions (fixture);
  MzFollowUpList *list = _mz_interactions_page_get_follow_ups (page);
  GListModel *model = mz_follow_up_list_get_model (list);
  MzStore *store = fixture_store (fixture);
  g_autofree char *partner_id = partner_id_of (store, "Kestrel");
  MzInteractionEditor *editor;
  guint before, overdue;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.show-follow-ups", NULL));
  wait_until (follow_up_listed, list);
  wait_until (page_ready, page);
  before = g_list_model_get_n_items (model);
  overdue = mz_follow_up_list_get_n_overdue (list);
  g_assert_cmpuint (before, >, 0);
  assert_follow_ups_count (page, before, overdue);

  /* Written elsewhere, then the section is read again: one more, overdue. */
  add_follow_up (store, partner_id, "Chase the signed agreement", -3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.reload", NULL));
  g_assert_true (mz_follow_up_list_is_loading (list));
  wait_until (follow_up_listed, list);
  wait_until (page_ready, page);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (template_child (page, MZ_TYPE_INTERACTIONS_PAGE, "view_stack"))), ==,
                   "follow-ups");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);
  g_assert_cmpuint (mz_follow_up_list_get_n_overdue (list), ==, overdue + 1);
  g_assert_cmpuint (_mz_interactions_page_get_badge (page), ==, overdue + 1);
  assert_follow_ups_count (page, before + 1, overdue + 1);

  /* Again, twice in a row: the second read replaces the first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.reload", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.reload", NULL));
  wait_until (follow_up_listed, list);
  wait_until (page_ready, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);

  /* An interaction saved from the section's own editor, with a
   * follow-up: the section reads the follow-ups again by itself. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "interactions.new", NULL));
  iterate ();
  editor = MZ_INTERACTION_EDITOR (_mz_interactions_page_get_editor (page));
  g_assert_nonnull (editor);
  choose_partner (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "partner_chooser"), "Kestrel");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Call about the agreement");
  _mz_interaction_editor_add_follow_up (editor, "Send the agreement draft", "2099-03-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_closed, page);
  wait_until (follow_up_listed, list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 2);
  g_assert_cmpuint (mz_follow_up_list_get_n_overdue (list), ==, overdue + 1);
  assert_follow_ups_count (page, before + 2, overdue + 1);
}

static void
test_failing_follow_up_saves_nothing (Fixture       *fixture,
                                      gconstpointer  data)
{
  MzStore *store;
  g_autofree char *partner_id = NULL;
  MzInteractionEditor *editor;
  GtkWidget *error_label;
  sqlite3_stmt *stmt = NULL;

  open_interactions (fixture);
  store = fixture_store (fixture);
  partner_id = partner_id_of (store, "Kestrel");
  editor = MZ_INTERACTION_EDITOR (mz_interaction_editor_new (GTK_WINDOW (fixture->window), store,
                                                             partner_id, NULL, FALSE));
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "subject_row")),
                         "Call that must not be saved alone");
  _mz_interaction_editor_add_follow_up (editor, "Send the brochure", "2026-02-30");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();

  /* Still open, with the follow-up's error shown. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  error_label = GTK_WIDGET (template_child (editor, MZ_TYPE_INTERACTION_EDITOR, "follow_up_error"));
  g_assert_true (gtk_widget_get_visible (error_label));

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (store),
                                       "SELECT (SELECT count(*) FROM interaction WHERE subject = "
                                       "'Call that must not be saved alone'), "
                                       "(SELECT count(*) FROM follow_up WHERE title = 'Send the brochure')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  sqlite3_finalize (stmt);
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_filters_and_sort (Fixture       *fixture,
                       gconstpointer  data)
{
  MzInteractionsPage *page = open_interactions (fixture);
  MzPagedModel *model = _mz_interactions_page_get_model (page);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (model));
  GtkDropDown *status = GTK_DROP_DOWN (template_child (page, MZ_TYPE_INTERACTIONS_PAGE, "status_filter"));
  GtkColumnView *view = _mz_interactions_page_get_view (page);
  g_autoptr(GtkColumnViewColumn) subject = g_list_model_get_item (gtk_column_view_get_columns (view), 5);
  guint n;

  /* Newest first by default. */
  {
    g_autoptr(MzInteraction) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autoptr(MzInteraction) last = g_list_model_get_item (G_LIST_MODEL (model), total - 1);

    g_assert_cmpstr (mz_interaction_get_date (first), >=, mz_interaction_get_date (last));
  }

  gtk_drop_down_set_selected (status, 1 /* any, planned */);
  wait_until (page_ready, page);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzInteraction) it = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpstr (mz_interaction_get_status (it), ==, "planned");
    }

  /* By subject, A to Z. */
  g_assert_cmpstr (gtk_column_view_column_get_title (subject), ==, _("Subject"));
  gtk_column_view_sort_by_column (view, subject, GTK_SORT_ASCENDING);
  wait_until (page_ready, page);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(MzInteraction) a = g_list_model_get_item (G_LIST_MODEL (model), i - 1);
      g_autoptr(MzInteraction) b = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (g_ascii_strcasecmp (mz_interaction_get_subject (a), mz_interaction_get_subject (b)), <=, 0);
    }

  /* Search by a partner's name in Cyrillic. */
  gtk_drop_down_set_selected (status, 0);
  g_object_set (page, "search-text", "Союз", NULL);
  wait_until (page_ready, page);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzInteraction) it = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpstr (mz_interaction_get_partner_name (it), ==, "Digital Development Union");
    }

  g_object_set (page, "search-text", "Щщщщ", NULL);
  wait_until (page_ready, page);
  g_assert_cmpstr (_mz_interactions_page_get_state (page), ==, "no-match");
}

static void
test_large_list_reads_pages (Fixture       *fixture,
                             gconstpointer  data)
{
  MzGeneratorOptions options = { .n_partners = 200, .n_contacts = 400, .n_interactions = 20000, .seed = 3 };
  g_autoptr(GError) error = NULL;
  MzInteractionsPage *page;
  MzPagedModel *model;
  guint n;

  {
    g_autoptr(MzStore) store = mz_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mz_generator_run (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  page = open_interactions (fixture);
  model = _mz_interactions_page_get_model (page);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, >=, 20000);

  /* Only the pages the view showed were read. */
  g_test_message ("%u rows read for %u interactions", mz_paged_model_get_n_fetched (model), n);
  g_assert_cmpuint (mz_paged_model_get_n_fetched (model), <=, 10 * MZ_PAGED_MODEL_PAGE);

  /* Far rows are read when asked for. */
  {
    g_autoptr(MzInteraction) last = g_list_model_get_item (G_LIST_MODEL (model), n - 1);

    g_assert_nonnull (mz_interaction_get_id (last));
    g_assert_nonnull (mz_interaction_get_subject (last));
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

  ADD ("/ui-interactions/create", test_create_interaction);
  ADD ("/ui-interactions/required-subject", test_required_subject);
  ADD ("/ui-interactions/coordination-notice", test_coordination_notice);
  ADD ("/ui-interactions/no-notice-without-others", test_no_notice_without_others);
  ADD ("/ui-interactions/follow-ups", test_follow_ups);
  ADD ("/ui-interactions/follow-ups-read-when-shown", test_follow_ups_read_when_shown);
  ADD ("/ui-interactions/follow-ups-reload-when-shown", test_follow_ups_reload_when_shown);
  ADD ("/ui-interactions/failing-follow-up-saves-nothing", test_failing_follow_up_saves_nothing);
  ADD ("/ui-interactions/filters-and-sort", test_filters_and_sort);
  ADD ("/ui-interactions/large-list-reads-pages", test_large_list_reads_pages);

  return g_test_run ();
}

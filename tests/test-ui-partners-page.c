/* test-ui-partners-page.c — a partner's page in the Partners section: the
 * coordination notice, one's own plans, opening a row and the relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case opens the real window on a database of its own in a temporary
 * folder, goes to the Partners section and drives the real widgets.
 */
#include "config.h"

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

#undef ADD

  return g_test_run ();
}

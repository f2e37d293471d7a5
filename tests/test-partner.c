/* test-partner.c — partners, contacts, interactions, relations, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-audit-history.h"
#include "mz-contact-service.h"
#include "mz-contact-store.h"
#include "mz-countries.h"
#include "mz-crm-import.h"
#include "mz-identity.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-org-unit.h"
#include "mz-partner-duplicates.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-search.h"
#include "mz-validate.h"

typedef struct
{
  char    *dir;
  char    *path;
  MzStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mobilize-partner-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Tester", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static char *
unit_id (Fixture    *f,
         const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzOrgUnit) unit = mz_org_unit_find (f->store, code, &error);

  g_assert_no_error (error);
  return g_strdup (mz_org_unit_get_id (unit));
}

static MzPartner *
create_partner (Fixture    *f,
                const char *name,
                const char *type,
                const char *country)
{
  g_autoptr(GError) error = NULL;
  MzPartner *partner = mz_partner_new ();

  mz_partner_set_name (partner, name);
  mz_partner_set_partner_type (partner, type);
  mz_partner_set_country (partner, country);
  g_assert_true (mz_partner_service_create (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mz_partner_get_id (partner));
  return partner;
}

static MzContact *
create_contact (Fixture    *f,
                const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  const char *emails[] = { " amina.okafor@example.org ", "", NULL };
  const char *phones[] = { "+41 22 730 5111", NULL };
  MzContact *contact = mz_contact_new ();

  mz_contact_set_partner_id (contact, partner_id);
  mz_contact_set_given_name (contact, "Amina");
  mz_contact_set_family_name (contact, "Okafor");
  mz_contact_set_local_name (contact, "Амина Окафор");
  mz_contact_set_title (contact, "Head of Partnerships");
  mz_contact_set_role (contact, "focal point");
  mz_contact_set_emails (contact, emails);
  mz_contact_set_phones (contact, phones);
  mz_contact_set_language (contact, "fr");
  mz_contact_set_consent_basis (contact, "consent");
  mz_contact_set_consent_date (contact, "2025-02-03");
  mz_contact_set_consent_source (contact, "Form signed by Amina at WTDC");
  g_assert_true (mz_contact_service_create (f->store, contact, &error));
  g_assert_no_error (error);
  return contact;
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static MzInteraction *
create_interaction (Fixture    *f,
                    const char *partner_id,
                    const char *unit,
                    int         days_from_today,
                    const char *status,
                    const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = date_from_today (days_from_today);
  MzInteraction *interaction = mz_interaction_new ();

  mz_interaction_set_partner_id (interaction, partner_id);
  mz_interaction_set_kind (interaction, "meeting");
  mz_interaction_set_date (interaction, date);
  mz_interaction_set_unit_id (interaction, unit);
  mz_interaction_set_subject (interaction, subject);
  mz_interaction_set_status (interaction, status);
  g_assert_true (mz_interaction_service_create (f->store, interaction, &error));
  g_assert_no_error (error);
  return interaction;
}

static void
test_lifecycle (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = mz_partner_new ();
  g_autoptr(MzPartner) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(MzAuditEntry) last = NULL;
  const char *tags[] = { " GDA ", "gda", "AI for Good", "", NULL };

  mz_partner_set_name (partner, "  Telvora Networks SA  ");
  mz_partner_set_local_name (partner, "Телвора");
  mz_partner_set_partner_type (partner, "sector_member");
  mz_partner_set_country (partner, "ch");
  mz_partner_set_website (partner, "www.telvora.example");
  mz_partner_set_tags (partner, tags);
  mz_partner_set_sector_t (partner, TRUE);
  g_assert_true (mz_partner_service_create (f->store, partner, &error));
  g_assert_no_error (error);

  /* Normalised and derived on the way in. */
  loaded = mz_partner_store_get (f->store, mz_partner_get_id (partner), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_name (loaded), ==, "Telvora Networks SA");
  g_assert_cmpstr (mz_partner_get_country (loaded), ==, "CH");
  g_assert_cmpstr (mz_partner_get_region (loaded), ==, "EUR");
  g_assert_cmpstr (mz_partner_get_status (loaded), ==, "prospect");
  g_assert_cmpstr (mz_partner_get_ceb_contributor_type (loaded), ==, "private_sector");
  g_assert_cmpint (mz_partner_get_iati_org_type (loaded), ==, 70);
  g_assert_cmpstr (mz_partner_get_website (loaded), ==, "https://www.telvora.example");
  g_assert_true (mz_partner_get_sector_t (loaded));
  g_assert_false (mz_partner_get_sector_r (loaded));
  g_assert_cmpint (g_strv_length ((char **) mz_partner_get_tags (loaded)), ==, 2);
  g_assert_cmpstr (mz_partner_get_tags (loaded)[0], ==, "GDA");
  g_assert_cmpstr (mz_partner_get_tags (loaded)[1], ==, "AI for Good");
  g_assert_cmpstr (mz_partner_get_updated_by (loaded), ==, "BDT/Tester");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'partner' AND action = 'insert'"), ==, 1);

  /* Edit: the CEB type is editable and stays as set; a move to Egypt
   * moves the region to the Arab States. */
  mz_partner_set_name (loaded, "Telvora Group");
  mz_partner_set_country (loaded, "EG");
  mz_partner_set_ceb_contributor_type (loaded, "other");
  g_assert_true (mz_partner_service_update (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_region (loaded), ==, "ARB");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'partner' AND action = 'update' "
                             "AND before ->> '$.name' = 'Telvora Networks SA' "
                             "AND after ->> '$.name' = 'Telvora Group' "
                             "AND after ->> '$.ceb_contributor_type' = 'other'"), ==, 1);

  /* Archive: gone from the list and from search; restore brings it back. */
  g_assert_true (mz_partner_service_archive (f->store, mz_partner_get_id (partner), &error));
  g_assert_no_error (error);
  list = mz_partner_store_list (f->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  list = mz_search_names (f->store, "Telvora", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  g_assert_false (mz_partner_service_archive (f->store, mz_partner_get_id (partner), &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'delete' "
                             "AND before ->> '$.deleted_at' IS NULL AND after ->> '$.deleted_at' IS NOT NULL"), ==, 1);

  g_assert_true (mz_partner_service_restore (f->store, mz_partner_get_id (partner), &error));
  g_assert_no_error (error);
  list = mz_partner_store_list (f->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = mz_search_names (f->store, "Telvora", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  history = mz_audit_history_for_partner (f->store, mz_partner_get_id (partner), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  last = g_list_model_get_item (history, 0);
  g_assert_cmpstr (mz_audit_entry_get_action (last), ==, "restore");
  g_assert_cmpstr (mz_audit_entry_get_user (last), ==, "Tester");
  g_assert_cmpstr (mz_audit_entry_get_office (last), ==, "BDT");
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) a = create_partner (f, "Alpha Telecom", "private_sector", "KE");
  g_autoptr(MzPartner) b = create_partner (f, "beta University", "academia", "KE");
  g_autoptr(MzPartner) c = create_partner (f, "Gamma Foundation", "foundation", "FR");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MzPartner) first = NULL;
  const char *tags[] = { "Giga", NULL };
  MzPartnerQuery query = { 0 };

  mz_partner_set_tags (c, tags);
  mz_partner_set_status (c, "active");
  g_assert_true (mz_partner_service_update (f->store, c, &error));
  g_assert_no_error (error);

  list = mz_partner_store_list (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 1);
  /* Sorted by name without regard to case. */
  g_assert_cmpstr (mz_partner_get_name (first), ==, "beta University");
  g_clear_object (&list);

  query.region = "AFR";
  list = mz_partner_store_list (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);

  query.type = "academia";
  list = mz_partner_store_list (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  query = (MzPartnerQuery) { .tag = "Giga" };
  list = mz_partner_store_list (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  query = (MzPartnerQuery) { .status = "prospect", .sort = MZ_PARTNER_SORT_COUNTRY, .descending = TRUE };
  list = mz_partner_store_list (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&first);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (mz_partner_get_name (first), ==, "Alpha Telecom");
  g_assert_no_error (error);
  (void) a;
  (void) b;
}

static void
test_relations (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) ministry = create_partner (f, "Ministry of Communications, Kenya", "ministry", "KE");
  g_autoptr(MzPartner) state = create_partner (f, "Kenya", "member_state", "KE");
  g_autoptr(GListModel) from_side = NULL;
  g_autoptr(GListModel) to_side = NULL;
  g_autoptr(MzPartnerRelation) out = NULL;
  g_autoptr(MzPartnerRelation) in = NULL;
  g_autofree char *relation_id = NULL;

  g_assert_true (mz_partner_service_link (f->store, mz_partner_get_id (ministry),
                                          mz_partner_get_id (state), "ministry_of",
                                          NULL, &relation_id, &error));
  g_assert_no_error (error);

  from_side = mz_partner_relation_store_list_for_partner (f->store, mz_partner_get_id (ministry), &error);
  to_side = mz_partner_relation_store_list_for_partner (f->store, mz_partner_get_id (state), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (from_side), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (to_side), ==, 1);
  out = g_list_model_get_item (from_side, 0);
  in = g_list_model_get_item (to_side, 0);
  g_assert_true (mz_partner_relation_get_outgoing (out));
  g_assert_false (mz_partner_relation_get_outgoing (in));
  g_assert_cmpstr (mz_partner_relation_get_kind (in), ==, "ministry_of");
  g_assert_cmpstr (mz_partner_relation_get_other_partner_name (out), ==, "Kenya");
  g_assert_cmpstr (mz_partner_relation_get_other_partner_name (in), ==, "Ministry of Communications, Kenya");
  g_assert_cmpstr (mz_partner_relation_get_id (in), ==, relation_id);

  /* The same link twice, or a partner linked to itself, is refused. */
  g_assert_false (mz_partner_service_link (f->store, mz_partner_get_id (ministry),
                                           mz_partner_get_id (state), "ministry_of",
                                           NULL, NULL, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (mz_partner_service_link (f->store, mz_partner_get_id (state),
                                           mz_partner_get_id (state), "regulator_of",
                                           NULL, NULL, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "to_partner_id");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_relation"), ==, 1);

  g_assert_true (mz_partner_service_unlink (f->store, relation_id, &error));
  g_assert_no_error (error);
  g_clear_object (&to_side);
  to_side = mz_partner_relation_store_list_for_partner (f->store, mz_partner_get_id (state), &error);
  g_assert_cmpuint (g_list_model_get_n_items (to_side), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'partner_relation'"), ==, 2);
}

/* Does any history row of the database mention @text? */
static gint64
history_mentions (Fixture    *f,
                  const char *text)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE instr (coalesce (before, '') "
                                          "|| coalesce (after, ''), '%s') > 0", text);

  return count (f, sql);
}

static void
test_forget (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = create_partner (f, "Zenit Digital Ltd", "sme", "NG");
  g_autoptr(MzContact) contact = create_contact (f, mz_partner_get_id (partner));
  g_autoptr(MzContact) forgotten = NULL;
  g_autoptr(MzInteraction) interaction = mz_interaction_new ();
  g_autoptr(MzInteraction) kept = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *bdt = unit_id (f, "BDT");
  const char *participants[] = { mz_contact_get_id (contact), NULL };

  mz_interaction_set_partner_id (interaction, mz_partner_get_id (partner));
  mz_interaction_set_kind (interaction, "call");
  mz_interaction_set_date (interaction, "2025-03-04");
  mz_interaction_set_unit_id (interaction, bdt);
  mz_interaction_set_subject (interaction, "Membership renewal");
  mz_interaction_set_contact_ids (interaction, participants);
  g_assert_true (mz_interaction_service_create (f->store, interaction, &error));
  g_assert_no_error (error);

  /* An edit of personal fields records their names only. */
  mz_contact_set_title (contact, "Director, Partnerships");
  g_assert_true (mz_contact_service_update (f->store, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'update' "
                             "AND after ->> '$.personal[0]' = 'title' AND json_array_length (after, '$.personal') = 1"), ==, 1);

  hits = mz_search_names (f->store, "Okafor", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  g_clear_object (&hits);

  g_assert_true (mz_contact_service_forget (f->store, mz_contact_get_id (contact), &error));
  g_assert_no_error (error);

  forgotten = mz_contact_store_get (f->store, mz_contact_get_id (contact), &error);
  g_assert_no_error (error);
  g_assert_null (mz_contact_get_given_name (forgotten));
  g_assert_null (mz_contact_get_family_name (forgotten));
  g_assert_null (mz_contact_get_local_name (forgotten));
  g_assert_null (mz_contact_get_title (forgotten));
  g_assert_null (mz_contact_get_role (forgotten));
  g_assert_null (mz_contact_get_emails (forgotten));
  g_assert_null (mz_contact_get_phones (forgotten));
  g_assert_null (mz_contact_get_consent_source (forgotten));
  g_assert_nonnull (mz_contact_get_forgotten_at (forgotten));
  g_assert_cmpstr (mz_contact_get_consent_basis (forgotten), ==, "consent");

  /* The interaction stays, with its participant. */
  kept = mz_interaction_store_get (f->store, mz_interaction_get_id (interaction), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_interaction_get_contact_ids (kept)[0], ==, mz_contact_get_id (contact));

  /* The history holds no personal value, before or after the forget. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact'"), ==, 3);
  g_assert_cmpint (history_mentions (f, "Amina"), ==, 0);
  g_assert_cmpint (history_mentions (f, "Okafor"), ==, 0);
  g_assert_cmpint (history_mentions (f, "amina.okafor@example.org"), ==, 0);
  g_assert_cmpint (history_mentions (f, "730 5111"), ==, 0);
  g_assert_cmpint (history_mentions (f, "Амина"), ==, 0);
  g_assert_cmpint (history_mentions (f, "Head of Partnerships"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'forget' "
                             "AND EXISTS (SELECT 1 FROM json_each (before, '$.blanked') WHERE value = 'emails') "
                             "AND EXISTS (SELECT 1 FROM json_each (before, '$.blanked') WHERE value = 'given_name')"), ==, 1);

  /* …nor does the search index. */
  hits = mz_search_names (f->store, "Amina", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);
  g_clear_object (&hits);
  g_assert_cmpint (count (f, "SELECT count(*) FROM search_fts WHERE instr (text, 'Amina') > 0"), ==, 0);

  history = mz_audit_history_for_partner (f->store, mz_partner_get_id (partner), 0, &error);
  g_assert_no_error (error);
  /* partner insert, contact insert/update/forget, interaction, its link */
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 6);

  /* Forgotten means for good. */
  g_assert_false (mz_contact_service_update (f->store, forgotten, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
}

static void
test_coordination (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = create_partner (f, "Orbita Satellite", "private_sector", "KZ");
  g_autofree char *br = unit_id (f, "BR");
  g_autofree char *tsb = unit_id (f, "TSB");
  g_autoptr(MzInteraction) planned = create_interaction (f, mz_partner_get_id (partner), tsb, 30, NULL, "Approach on AI for Good");
  g_autoptr(MzInteraction) recent = create_interaction (f, mz_partner_get_id (partner), tsb, -89, "done", "Workshop");
  g_autoptr(MzInteraction) old = create_interaction (f, mz_partner_get_id (partner), tsb, -120, "done", "Old meeting");
  g_autoptr(MzInteraction) old_plan = create_interaction (f, mz_partner_get_id (partner), tsb, -100, "planned", "Stale plan");
  g_autoptr(MzInteraction) cancelled = create_interaction (f, mz_partner_get_id (partner), tsb, 10, "cancelled", "Dropped");
  g_autoptr(MzInteraction) own = create_interaction (f, mz_partner_get_id (partner), br, 5, "planned", "Our own plan");
  g_autoptr(GListModel) notice = NULL;
  g_autoptr(MzInteraction) first = NULL;
  g_autoptr(MzInteraction) second = NULL;

  /* A date after today with no status is planned. */
  g_assert_cmpstr (mz_interaction_get_status (planned), ==, "planned");

  notice = mz_interaction_service_coordination (f->store, mz_partner_get_id (partner), br, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (notice), ==, 2);
  first = g_list_model_get_item (notice, 0);
  second = g_list_model_get_item (notice, 1);
  g_assert_cmpstr (mz_interaction_get_id (first), ==, mz_interaction_get_id (planned));
  g_assert_cmpstr (mz_interaction_get_unit_code (first), ==, "TSB");
  g_assert_cmpstr (mz_interaction_get_subject (first), ==, "Approach on AI for Good");
  g_assert_cmpstr (mz_interaction_get_id (second), ==, mz_interaction_get_id (recent));
  g_clear_object (&notice);

  /* Seen from TSB, BR's plan is the one to know about. */
  notice = mz_interaction_service_coordination (f->store, mz_partner_get_id (partner), tsb, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notice), ==, 1);
  g_clear_object (&notice);

  /* TSB's own list, newest first, with the partner's name. */
  {
    g_autoptr(GListModel) tsb_list = mz_interaction_store_list_for_unit (f->store, tsb, 3, &error);
    g_autoptr(MzInteraction) newest = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (tsb_list), ==, 3);
    newest = g_list_model_get_item (tsb_list, 0);
    g_assert_cmpstr (mz_interaction_get_id (newest), ==, mz_interaction_get_id (planned));
    g_assert_cmpstr (mz_interaction_get_partner_name (newest), ==, "Orbita Satellite");
  }

  /* A fixed day: 120 days before 2030-01-01 is out of the window. */
  notice = mz_interaction_service_coordination (f->store, mz_partner_get_id (partner), NULL, "2030-01-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (notice), ==, 0);
  (void) old;
  (void) old_plan;
  (void) cancelled;
  (void) own;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = mz_partner_new ();
  g_autoptr(MzPartner) other = NULL;
  g_autoptr(MzContact) contact = mz_contact_new ();
  g_autoptr(MzInteraction) interaction = mz_interaction_new ();
  g_autoptr(GString) long_name = g_string_new (NULL);
  gint64 audit_rows = count (f, "SELECT count(*) FROM audit_log");
  const char *bad_emails[] = { "amina@example.org", "not an address", NULL };
  const char *no_at[] = { "amina.example.org", NULL };
  const char *participants[] = { NULL, NULL };

  /* Empty or blank name. */
  mz_partner_set_name (partner, "   ");
  mz_partner_set_partner_type (partner, "ngo");
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "name");
  g_assert_true (g_str_has_prefix (error->message, "Name: "));
  g_clear_error (&error);

  /* 301 characters (of two bytes each) is too long; 300 is fine. */
  for (int i = 0; i < 301; i++)
    g_string_append (long_name, "é");
  mz_partner_set_name (partner, long_name->str);
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_TOO_LONG);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "name");
  g_clear_error (&error);

  /* Not UTF-8. */
  mz_partner_set_name (partner, "Bad \xff name");
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_NOT_TEXT);
  g_clear_error (&error);

  /* Unknown country. */
  mz_partner_set_name (partner, "Valid Name");
  mz_partner_set_country (partner, "XX");
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_COUNTRY);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "country");
  g_assert_nonnull (strstr (error->message, "XX"));
  g_clear_error (&error);
  mz_partner_set_country (partner, "Switzerland");
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "country");
  g_clear_error (&error);

  /* Unknown type. */
  mz_partner_set_country (partner, NULL);
  mz_partner_set_partner_type (partner, "pirate");
  g_assert_false (mz_partner_service_create (f->store, partner, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "partner_type");
  g_clear_error (&error);

  g_assert_cmpint (count (f, "SELECT count(*) FROM partner"), ==, 0);
  g_assert_null (mz_partner_get_id (partner));

  g_string_truncate (long_name, 0);
  for (int i = 0; i < 300; i++)
    g_string_append (long_name, "é");
  other = create_partner (f, long_name->str, "ngo", NULL);
  g_assert_cmpint (g_utf8_strlen (mz_partner_get_name (other), -1), ==, 300);
  audit_rows = count (f, "SELECT count(*) FROM audit_log");

  /* A contact for a partner that does not exist. */
  mz_contact_set_partner_id (contact, "01900000-0000-7000-8000-000000000000");
  mz_contact_set_family_name (contact, "Nobody");
  g_assert_false (mz_contact_service_create (f->store, contact, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_MISSING);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "partner_id");
  g_clear_error (&error);

  /* Invalid e-mail addresses. */
  mz_contact_set_partner_id (contact, mz_partner_get_id (other));
  mz_contact_set_emails (contact, bad_emails);
  g_assert_false (mz_contact_service_create (f->store, contact, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_EMAIL);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "emails");
  g_assert_nonnull (strstr (error->message, "not an address"));
  g_clear_error (&error);
  mz_contact_set_emails (contact, no_at);
  g_assert_false (mz_contact_service_create (f->store, contact, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "emails");
  g_clear_error (&error);

  /* No name at all. */
  mz_contact_set_emails (contact, NULL);
  mz_contact_set_family_name (contact, " ");
  g_assert_false (mz_contact_service_create (f->store, contact, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "family_name");
  g_clear_error (&error);

  g_assert_cmpint (count (f, "SELECT count(*) FROM contact"), ==, 0);

  /* An interaction with a participant of another partner, and one with no
   * subject. */
  mz_interaction_set_partner_id (interaction, mz_partner_get_id (other));
  mz_interaction_set_kind (interaction, "visit");
  mz_interaction_set_date (interaction, "2025-02-30");
  mz_interaction_set_subject (interaction, "Visit");
  g_assert_false (mz_interaction_service_create (f->store, interaction, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "date");
  g_clear_error (&error);
  mz_interaction_set_date (interaction, "2025-02-28");
  participants[0] = "01900000-0000-7000-8000-000000000001";
  mz_interaction_set_contact_ids (interaction, participants);
  g_assert_false (mz_interaction_service_create (f->store, interaction, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "contact_ids");
  g_clear_error (&error);
  mz_interaction_set_contact_ids (interaction, NULL);
  mz_interaction_set_subject (interaction, "");
  g_assert_false (mz_interaction_service_create (f->store, interaction, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "subject");
  g_clear_error (&error);

  /* Nothing was saved half-way. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction_contact"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);
}

static void
test_email_syntax (void)
{
  g_assert_true (mz_validate_is_email ("a@b.co"));
  g_assert_true (mz_validate_is_email ("first.last+tag@sub.example.org"));
  g_assert_true (mz_validate_is_email ("名字@例子.中国"));
  g_assert_false (mz_validate_is_email ("@example.org"));
  g_assert_false (mz_validate_is_email ("a@b"));
  g_assert_false (mz_validate_is_email ("a@.org"));
  g_assert_false (mz_validate_is_email ("a..b@example.org"));
  g_assert_false (mz_validate_is_email ("a b@example.org"));
  g_assert_false (mz_validate_is_email ("a@exa_mple.org"));
  g_assert_false (mz_validate_is_email ("a@-example.org"));
  g_assert_false (mz_validate_is_email ("a@example."));
}

static void
test_countries (void)
{
  const char * const *codes = mz_countries_list_codes ();
  guint n = g_strv_length ((char **) codes);

  /* iso-codes has 249 entries; each has an ITU region. */
  g_assert_cmpuint (n, >=, 240);
  for (guint i = 0; i < n; i++)
    if (mz_countries_get_region (codes[i]) == NULL)
      g_error ("%s has no ITU region", codes[i]);

  g_assert_true (mz_countries_is_valid ("CH"));
  g_assert_false (mz_countries_is_valid ("ch"));
  g_assert_false (mz_countries_is_valid ("XX"));
  g_assert_false (mz_countries_is_valid (NULL));
  g_assert_cmpstr (mz_countries_get_name ("CH"), ==, "Switzerland");
  g_assert_null (mz_countries_get_name ("XX"));

  g_assert_cmpstr (mz_countries_get_region ("EG"), ==, "ARB");
  g_assert_cmpstr (mz_countries_get_region ("MA"), ==, "ARB");
  g_assert_cmpstr (mz_countries_get_region ("PS"), ==, "ARB");
  g_assert_cmpstr (mz_countries_get_region ("KM"), ==, "ARB");
  g_assert_cmpstr (mz_countries_get_region ("RU"), ==, "CIS");
  g_assert_cmpstr (mz_countries_get_region ("KZ"), ==, "CIS");
  g_assert_cmpstr (mz_countries_get_region ("UA"), ==, "EUR");
  g_assert_cmpstr (mz_countries_get_region ("TR"), ==, "EUR");
  g_assert_cmpstr (mz_countries_get_region ("BR"), ==, "AMS");
  g_assert_cmpstr (mz_countries_get_region ("CN"), ==, "ASP");
  g_assert_cmpstr (mz_countries_get_region ("IR"), ==, "ASP");
  g_assert_cmpstr (mz_countries_get_region ("NG"), ==, "AFR");
  g_assert_cmpstr (mz_countries_get_region ("SD"), ==, "ARB");
  g_assert_null (mz_countries_get_region ("XX"));

  /* The defaults derived from the partner type. */
  g_assert_cmpstr (mz_partner_default_ceb_type ("member_state"), ==, "government");
  g_assert_cmpint (mz_partner_default_iati_type ("member_state"), ==, 10);
  g_assert_cmpstr (mz_partner_default_ceb_type ("un_agency"), ==, "un_entity");
  g_assert_cmpint (mz_partner_default_iati_type ("foundation"), ==, 60);
  for (guint i = 0; mz_partner_types ()[i] != NULL; i++)
    {
      g_assert_nonnull (mz_partner_default_ceb_type (mz_partner_types ()[i]));
      g_assert_cmpint (mz_partner_default_iati_type (mz_partner_types ()[i]), >, 0);
    }
}

/* An import of partners leaves their duplicate keys made: nothing is
 * left for the next search to key first. */
static void
test_import_keys (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzImportReport) report = NULL;
  g_autoptr(MzPartner) candidate = mz_partner_new ();
  g_autoptr(GPtrArray) matches = NULL;
  const char csv[] = "Name,Type,Country,Website\n"
                     "Nordlicht Stiftung,foundation,DE,https://nordlicht.example\n"
                     "Sahel Connect SARL,private_sector,SN,https://sahel-connect.example\n";

  g_assert_true (mz_partner_duplicates_refresh (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_dup_dirty"), ==, 0);

  report = mz_crm_import_data (f->store, MZ_IMPORT_PARTNERS, csv, -1, NULL, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->saved);
  g_assert_cmpuint (report->n_saved, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_dup_dirty"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(DISTINCT partner_id) FROM partner_dup_key"), >=, 2);

  /* and the keys are right: the imported partner is found */
  mz_partner_set_name (candidate, "Sahel Connect");
  mz_partner_set_partner_type (candidate, "sme");
  mz_partner_set_country (candidate, "SN");
  matches = mz_partner_find_duplicates (f->store, candidate, NULL, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpstr (((MzDuplicateMatch *) matches->pdata[0])->name, ==, "Sahel Connect SARL");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/partner/lifecycle", test_lifecycle);
  ADD ("/partner/list-filters", test_list_filters);
  ADD ("/partner/relations", test_relations);
  ADD ("/partner/forget", test_forget);
  ADD ("/partner/coordination", test_coordination);
  ADD ("/partner/validation", test_validation);
  ADD ("/partner/import-keys", test_import_keys);
#undef ADD
  g_test_add_func ("/partner/email-syntax", test_email_syntax);
  g_test_add_func ("/partner/countries", test_countries);

  return g_test_run ();
}

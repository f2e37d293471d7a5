/* test-ui-partner-page-money.c — a partner's page shows its commitments,
 * in-kind contributions and CHF totals, and opens a commitment's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the sample data, in the real window: the partner with the most
 * commitments (all in CHF, so that the test can add them up from the
 * tables without exchange rates) is opened from the Partners section;
 * its page's money group must show the totals the database gives, follow
 * the page to another partner, and open the commitment editor when a
 * commitment is activated (one editor at a time).
 */
#include "config.h"

#include "test-ui-partners-fixture.h"

#include "mz-commitment-editor.h"
#include "mz-money-entry.h"
#include "mz-partner-money.h"

/* @sql stepped to its first row, every parameter bound to @arg. */
static sqlite3_stmt *
run (MzStore    *store,
     const char *sql,
     const char *arg)
{
  sqlite3 *db = mz_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, arg, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

static gint64
db_int (MzStore    *store,
        const char *sql,
        const char *arg)
{
  sqlite3_stmt *stmt = run (store, sql, arg);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  return value;
}

static char *
db_text (MzStore    *store,
         const char *sql,
         const char *arg)
{
  sqlite3_stmt *stmt = run (store, sql, arg);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  return value;
}

/* What the page must show for an amount of Swiss centimes. */
static void
assert_total (MzPartnerMoney *money,
              const char     *which,
              gint64          centimes)
{
  g_autofree char *amount = mz_money_entry_format (centimes, "CHF");
  g_autofree char *expected = g_strdup_printf (_("CHF %s"), amount);

  g_test_message ("%s: %s", which, expected);
  g_assert_cmpstr (_mz_partner_money_get_total (money, which), ==, expected);
}

static gboolean
shows_partner (Fixture *fixture)
{
  MzPartnerView *view = _mz_partners_page_get_view (fixture->page);

  return g_strcmp0 (mz_partner_view_get_partner_id (view), g_object_get_data (G_OBJECT (fixture->page), "wanted")) == 0 &&
         gtk_widget_get_mapped (GTK_WIDGET (view));
}

static MzPartnerView *
open_page (Fixture    *fixture,
           const char *partner_id)
{
  g_object_set_data_full (G_OBJECT (fixture->page), "wanted", g_strdup (partner_id), g_free);
  mz_partners_page_open_partner (fixture->page, partner_id);
  wait_until (shows_partner, fixture);
  return _mz_partners_page_get_view (fixture->page);
}

static void
test_totals_and_editor (Fixture       *fixture,
                        gconstpointer  data)
{
  MzStore *store;
  MzPartnerView *view;
  MzPartnerMoney *money;
  GtkWindow *editor;
  g_autofree char *donor = NULL;
  g_autofree char *first = NULL;
  g_autofree char *other = NULL;
  gint64 n_commitments;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  store = store_of (fixture);

  /* The donor with the most live commitments, all of them in CHF. */
  donor = db_text (store,
                   "SELECT donor_partner_id FROM commitment WHERE deleted_at IS NULL "
                   "GROUP BY donor_partner_id HAVING max (currency <> 'CHF') = 0 "
                   "ORDER BY count (*) DESC, donor_partner_id LIMIT 1", NULL);
  n_commitments = db_int (store, "SELECT count (*) FROM commitment WHERE donor_partner_id = ? AND deleted_at IS NULL",
                          donor);
  g_assert_cmpint (n_commitments, >, 1);

  view = open_page (fixture, donor);
  money = _mz_partner_view_get_money (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (money)));
  g_assert_cmpstr (mz_partner_money_get_partner_id (money), ==, donor);
  g_assert_true (mz_partner_money_get_store (money) == store);
  g_assert_cmpuint (_mz_partner_money_get_n_commitments (money), ==, n_commitments);
  g_assert_cmpuint (_mz_partner_money_get_n_inkind (money), ==,
                    db_int (store, "SELECT count (*) FROM inkind WHERE partner_id = ? AND deleted_at IS NULL", donor));
  g_assert_null (_mz_partner_money_get_note (money));

  /* Signed: the commitments signed and not cancelled; received: every
   * payment's CHF; in-kind: the CHF fair values. */
  assert_total (money, "signed",
                db_int (store, "SELECT total (signed_amount) FROM commitment WHERE donor_partner_id = ? "
                               "AND deleted_at IS NULL AND stage IN ('signed', 'active', 'completed')", donor));
  assert_total (money, "received",
                db_int (store, "SELECT total (amount_chf) FROM payment WHERE deleted_at IS NULL AND commitment_id IN "
                               "(SELECT id FROM commitment WHERE donor_partner_id = ? AND deleted_at IS NULL)", donor));
  assert_total (money, "inkind",
                db_int (store, "SELECT total (fair_value_chf) FROM inkind WHERE partner_id = ? AND deleted_at IS NULL",
                        donor));

  /* A commitment's row opens its editor, once. */
  first = db_text (store, "SELECT id FROM commitment WHERE donor_partner_id = ? AND deleted_at IS NULL "
                          "ORDER BY id LIMIT 1", donor);
  g_assert_null (_mz_partner_view_get_commitment_editor (view));
  g_assert_true (_mz_partner_money_activate (money, first));
  iterate ();
  editor = _mz_partner_view_get_commitment_editor (view);
  g_assert_nonnull (editor);
  g_assert_true (MZ_IS_COMMITMENT_EDITOR (editor));
  g_assert_cmpstr (mz_commitment_editor_get_commitment_id (MZ_COMMITMENT_EDITOR (editor)), ==, first);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (_mz_partner_money_activate (money, first));
  iterate ();
  g_assert_true (_mz_partner_view_get_commitment_editor (view) == editor);
  gtk_window_destroy (editor);
  iterate ();
  g_assert_null (_mz_partner_view_get_commitment_editor (view));

  /* Another partner's page shows that partner's money. */
  other = db_text (store, "SELECT id FROM partner WHERE deleted_at IS NULL AND id <> ? AND id NOT IN "
                          "(SELECT donor_partner_id FROM commitment WHERE donor_partner_id IS NOT NULL) "
                          "ORDER BY name LIMIT 1", donor);
  view = open_page (fixture, other);
  g_assert_true (_mz_partner_view_get_money (view) == money);
  g_assert_cmpstr (mz_partner_money_get_partner_id (money), ==, other);
  g_assert_cmpuint (_mz_partner_money_get_n_commitments (money), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/partner-page/money", Fixture, NULL, fixture_set_up, test_totals_and_editor, fixture_tear_down);

  return g_test_run ();
}

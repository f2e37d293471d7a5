/* test-store-interactions.c — an interaction and its follow-ups are saved
 * together: all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mz-follow-up-store.h"
#include "mz-identity.h"
#include "mz-interaction-service.h"
#include "mz-partner-service.h"
#include "mz-validate.h"

typedef struct
{
  char      *dir;
  char      *path;
  MzStore   *store;
  MzPartner *partner;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mobilize-interaction-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Tester", &error);
  g_assert_no_error (error);

  f->partner = mz_partner_new ();
  mz_partner_set_name (f->partner, "Ministry of Digital Affairs");
  mz_partner_set_partner_type (f->partner, "ministry");
  mz_partner_set_country (f->partner, "KE");
  g_assert_true (mz_partner_service_create (f->store, f->partner, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->partner);
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

static MzInteraction *
new_interaction (Fixture    *f,
                 const char *subject)
{
  MzInteraction *interaction = mz_interaction_new ();

  mz_interaction_set_partner_id (interaction, mz_partner_get_id (f->partner));
  mz_interaction_set_kind (interaction, "meeting");
  mz_interaction_set_date (interaction, "2026-03-04");
  mz_interaction_set_subject (interaction, subject);
  return interaction;
}

static MzFollowUp *
new_follow_up (const char *title,
               const char *due_date)
{
  MzFollowUp *follow_up = mz_follow_up_new ();

  mz_follow_up_set_title (follow_up, title);
  mz_follow_up_set_due_date (follow_up, due_date);
  return follow_up;
}

static void
test_save_together (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) interaction = new_interaction (f, "Connectivity pledge");
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MzFollowUp) stored = NULL;
  gint64 audit_before = count (f, "SELECT count(*) FROM audit_log");

  g_ptr_array_add (follow_ups, new_follow_up ("Send the draft agreement", "2026-03-20"));
  g_ptr_array_add (follow_ups, new_follow_up ("Call the finance focal point", NULL));

  g_assert_true (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mz_interaction_get_id (interaction));

  /* The follow-ups belong to the interaction and its partner. */
  for (guint i = 0; i < follow_ups->len; i++)
    {
      MzFollowUp *follow_up = follow_ups->pdata[i];

      g_assert_nonnull (mz_follow_up_get_id (follow_up));
      g_assert_cmpstr (mz_follow_up_get_interaction_id (follow_up), ==, mz_interaction_get_id (interaction));
      g_assert_cmpstr (mz_follow_up_get_partner_id (follow_up), ==, mz_partner_get_id (f->partner));
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up WHERE interaction_id IS NOT NULL"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction"), ==, 1);
  /* One audit row per row written. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_before + 3);

  /* Saving again updates: ticking a follow-up done goes with it. */
  stored = mz_follow_up_store_get (f->store, mz_follow_up_get_id (follow_ups->pdata[0]), &error);
  g_assert_no_error (error);
  mz_follow_up_set_done_date (stored, "2026-03-05");
  g_ptr_array_set_size (follow_ups, 0);
  g_ptr_array_add (follow_ups, g_object_ref (stored));
  mz_interaction_set_subject (interaction, "Connectivity pledge signed");
  g_assert_true (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up WHERE done_date = '2026-03-05'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction WHERE subject = 'Connectivity pledge signed'"), ==, 1);
}

static void
test_failing_follow_up_saves_nothing (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) interaction = new_interaction (f, "Visit to the regulator");
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *too_long = g_strnfill (MZ_INTERACTION_SUBJECT_MAX + 1, 'x');
  gint64 audit_before = count (f, "SELECT count(*) FROM audit_log");

  /* The first follow-up is fine, the second has no title. */
  g_ptr_array_add (follow_ups, new_follow_up ("Send the minutes", "2026-03-10"));
  g_ptr_array_add (follow_ups, new_follow_up ("   ", "2026-03-11"));

  g_assert_false (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_error (error, MZ_VALIDATION_ERROR, MZ_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "title");
  g_clear_error (&error);

  /* Nothing is saved, not even the interaction, and the objects say so. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction_contact"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_before);
  g_assert_null (mz_interaction_get_id (interaction));
  g_assert_null (mz_follow_up_get_id (follow_ups->pdata[0]));

  /* A bad due date fails the same way. */
  g_ptr_array_set_size (follow_ups, 0);
  g_ptr_array_add (follow_ups, new_follow_up (too_long, "2026-03-10"));
  g_assert_false (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction"), ==, 0);

  /* Corrected, the same objects save. */
  g_ptr_array_set_size (follow_ups, 0);
  g_ptr_array_add (follow_ups, new_follow_up ("Send the minutes", "2026-03-10"));
  g_assert_true (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up"), ==, 1);
}

static void
test_failing_update_keeps_the_old (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) interaction = new_interaction (f, "Call about the pledge");
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = NULL;

  g_assert_true (mz_interaction_service_save (f->store, interaction, NULL, &error));
  g_assert_no_error (error);
  id = g_strdup (mz_interaction_get_id (interaction));

  /* An update whose follow-up fails leaves the interaction as it was. */
  mz_interaction_set_subject (interaction, "Changed subject");
  g_ptr_array_add (follow_ups, new_follow_up ("Send the letter", "2026-02-30"));
  g_assert_false (mz_interaction_service_save (f->store, interaction, follow_ups, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "due_date");
  g_assert_cmpstr (mz_interaction_get_id (interaction), ==, id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM interaction WHERE subject = 'Call about the pledge'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/interaction/save/together", Fixture, NULL, fixture_set_up,
              test_save_together, fixture_tear_down);
  g_test_add ("/interaction/save/failing-follow-up", Fixture, NULL, fixture_set_up,
              test_failing_follow_up_saves_nothing, fixture_tear_down);
  g_test_add ("/interaction/save/failing-update", Fixture, NULL, fixture_set_up,
              test_failing_update_keeps_the_old, fixture_tear_down);

  return g_test_run ();
}

/* test-stats.c — the dashboard's counts and change counters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-stats.h"

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

  f->dir = g_dir_make_tmp ("mobilize-stats-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Amina Diallo", &error);
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

/* Runs @sql through a second connection, as another process would. */
static void
exec_elsewhere (Fixture    *f,
                const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzStatsCounts counts;

  memset (&counts, 0xff, sizeof counts);
  g_assert_true (mz_stats_get_counts (f->store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.partners, ==, 0);
  g_assert_cmpint (counts.contacts, ==, 0);
  g_assert_cmpint (counts.interactions, ==, 0);
  g_assert_cmpint (counts.open_follow_ups, ==, 0);
  g_assert_cmpint (counts.commitments, ==, 0);
  g_assert_cmpint (counts.inkind, ==, 0);
  g_assert_cmpint (counts.initiatives, ==, 0);
  g_assert_cmpint (counts.due_diligence, ==, 0);
}

static void
test_deleted_and_merged_left_out (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzStatsCounts before, after;

  if (!mz_demo_load (f->store, &error))
    {
      g_test_message ("%s", error->message);
      g_test_skip ("No sample data to count");
      return;
    }

  g_assert_true (mz_stats_get_counts (f->store, &before, &error));
  g_assert_no_error (error);
  g_assert_cmpint (before.partners, >, 2);
  g_assert_cmpint (before.contacts, >, 1);
  g_assert_cmpint (before.interactions, >, 1);

  /* One partner deleted, one merged into another, one contact and one
   * interaction deleted, one follow-up done. */
  exec_elsewhere (f,
                  "UPDATE partner SET deleted_at = '2025-01-01T00:00:00Z' "
                  "  WHERE id = (SELECT id FROM partner ORDER BY id LIMIT 1);"
                  "UPDATE partner SET merged_into = (SELECT id FROM partner ORDER BY id DESC LIMIT 1) "
                  "  WHERE id = (SELECT id FROM partner ORDER BY id LIMIT 1 OFFSET 1);"
                  "UPDATE contact SET deleted_at = '2025-01-01T00:00:00Z' "
                  "  WHERE id = (SELECT id FROM contact ORDER BY id LIMIT 1);"
                  "UPDATE interaction SET deleted_at = '2025-01-01T00:00:00Z' "
                  "  WHERE id = (SELECT id FROM interaction ORDER BY id LIMIT 1);"
                  "UPDATE follow_up SET done_date = '2025-01-02' "
                  "  WHERE id = (SELECT id FROM follow_up WHERE done_date IS NULL ORDER BY id LIMIT 1);");

  g_assert_true (mz_stats_get_counts (f->store, &after, &error));
  g_assert_cmpint (after.partners, ==, before.partners - 2);
  g_assert_cmpint (after.contacts, ==, before.contacts - 1);
  g_assert_cmpint (after.interactions, ==, before.interactions - 1);
  g_assert_cmpint (after.open_follow_ups, ==, MAX (before.open_follow_ups - 1, 0));
  g_assert_cmpint (after.commitments, ==, before.commitments);
  g_assert_cmpint (after.initiatives, ==, before.initiatives);
}

static void
test_change_counters (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzStatsCounts counts;
  gint64 version1, changes1, version2, changes2;

  mz_stats_get_change_counters (f->store, &version1, &changes1);

  /* Reading changes nothing. */
  g_assert_true (mz_stats_get_counts (f->store, &counts, &error));
  mz_stats_get_change_counters (f->store, &version2, &changes2);
  g_assert_cmpint (version2, ==, version1);
  g_assert_cmpint (changes2, ==, changes1);

  /* A write through this connection. */
  g_assert_true (mz_identity_set (f->store, "BDT", "Amina B. Diallo", &error));
  g_assert_no_error (error);
  mz_stats_get_change_counters (f->store, &version2, &changes2);
  g_assert_true (version2 != version1 || changes2 != changes1);

  /* A write through another connection. */
  version1 = version2;
  changes1 = changes2;
  exec_elsewhere (f, "INSERT INTO settings (key, value) VALUES ('elsewhere', 'yes')");
  mz_stats_get_change_counters (f->store, &version2, &changes2);
  g_assert_cmpint (version2, !=, version1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stats/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/stats/deleted-and-merged-left-out", Fixture, NULL, fixture_set_up,
              test_deleted_and_merged_left_out, fixture_tear_down);
  g_test_add ("/stats/change-counters", Fixture, NULL, fixture_set_up,
              test_change_counters, fixture_tear_down);

  return g_test_run ();
}

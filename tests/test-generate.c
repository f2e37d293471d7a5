/* test-generate.c — “mobilize-cli generate” through the real binary
 *
 * Runs $MOBILIZE_CLI on a temporary database, then checks the result
 * through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mz-contact-store.h"
#include "mz-countries.h"
#include "mz-generator.h"
#include "mz-interaction-store.h"
#include "mz-partner-store.h"
#include "mz-search.h"
#include "mz-store.h"
#include "test-remove-tree.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mobilize-generate-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Runs the CLI with --db and @args; returns its exit status. */
static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *first_arg,
         ...)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = -1;

  if (cli == NULL)
    g_error ("MOBILIZE_CLI is not set; run the tests with meson test");

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->path);
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* The child's output must not reach the TAP stream. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                (out ? 0 : G_SPAWN_STDOUT_TO_DEV_NULL) | (err ? 0 : G_SPAWN_STDERR_TO_DEV_NULL),
                NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_small (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *check_out = NULL;
  gint64 n = 0;
  sqlite3_stmt *stmt = NULL;
  int found = 0;

  g_assert_cmpint (run_cli (f, &out, &err, "generate", "--partners", "200", "--contacts", "1000",
                            "--interactions", "5000", NULL), ==, 0);
  /* Progress goes to stderr, the summary to stdout. */
  g_assert_nonnull (strstr (err, "100%"));
  g_assert_nonnull (strstr (out, "200"));

  g_assert_cmpint (run_cli (f, &check_out, NULL, "check", NULL), ==, 0);
  g_assert_nonnull (strstr (check_out, "integrity ok"));

  store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_store_get_actor (store), ==, "GS/Generator");

  g_assert_true (mz_partner_store_count (store, FALSE, &n, &error));
  g_assert_cmpint (n, ==, 200);
  g_assert_true (mz_contact_store_count (store, &n, &error));
  g_assert_cmpint (n, ==, 1000);
  g_assert_true (mz_interaction_store_count (store, &n, &error));
  g_assert_cmpint (n, ==, 5000);
  g_assert_no_error (error);

  partners = mz_partner_store_list (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 200);

  /* Every script is there and searchable, and the history has one row for
   * the run rather than one per generated row. */
  sqlite3_prepare_v2 (mz_store_get_handle (store),
                      "SELECT (SELECT count(*) FROM partner WHERE local_name GLOB '*[一-龥]*') > 0, "
                      "(SELECT count(*) FROM partner WHERE local_name GLOB '*[ء-ي]*') > 0, "
                      "(SELECT count(*) FROM partner WHERE local_name GLOB '*[А-я]*') > 0, "
                      "(SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'generator'), "
                      "(SELECT count(*) FROM audit_log WHERE table_name IN ('partner', 'contact', 'interaction')), "
                      "(SELECT count(*) FROM search_fts), "
                      "(SELECT count(*) FROM settings WHERE key = 'search_deferred')",
                      -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  found = sqlite3_column_int (stmt, 0) + sqlite3_column_int (stmt, 1) + sqlite3_column_int (stmt, 2);
  g_assert_cmpint (found, ==, 3);
  g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 0);
  g_assert_cmpint (sqlite3_column_int (stmt, 5), ==, 1200);
  g_assert_cmpint (sqlite3_column_int (stmt, 6), ==, 0);
  sqlite3_finalize (stmt);

  /* A generated name is found by a part of it. */
  {
    g_autoptr(MzPartner) last = g_list_model_get_item (partners, 199);
    const char *name = mz_partner_get_name (last);
    g_autofree char *part = g_utf8_substring (name, 1, MIN (5, g_utf8_strlen (name, -1)));

    hits = mz_search_names (store, part, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  }
  g_clear_object (&store);

  /* Running again adds to what is there. */
  g_assert_cmpint (run_cli (f, NULL, NULL, "generate", "--partners", "10", "--contacts", "0",
                            "--interactions", "0", NULL), ==, 0);
  store = mz_store_open (f->path, &error);
  g_assert_true (mz_partner_store_count (store, FALSE, &n, &error));
  g_assert_cmpint (n, ==, 210);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;

  g_assert_cmpint (run_cli (f, NULL, &err1, "generate", "--partners", "-1", NULL), ==, 2);
  g_assert_nonnull (strstr (err1, "--partners"));
  g_assert_cmpint (run_cli (f, NULL, NULL, "generate", "--partners", "many", NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "generate", "--colour", "blue", NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "generate", "extra", NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, &err2, "generate", "--partners", "0", "--contacts", "5", NULL), ==, 2);
  g_assert_nonnull (strstr (err2, "partners"));
  /* Bad usage leaves no database behind. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (f->path, "not a database, just text", -1, NULL));
  g_assert_cmpint (run_cli (f, NULL, &err, "generate", "--partners", "5", "--contacts", "0",
                            "--interactions", "0", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "mobilize-cli: "));
}

/* Member States: one per ITU Member State, never a territory. */
static void
test_member_states (Fixture       *f,
                    gconstpointer  data)
{
  /* Territories, dependencies, observers and non-members of ITU, as
   * iso-codes lists them among the countries. */
  static const char * const not_states[] = {
    "AS", "AI", "AQ", "AW", "BM", "BV", "IO", "KY", "CX", "CC", "CK", "FK",
    "FO", "GF", "PF", "TF", "GI", "GL", "GP", "GU", "GG", "HM", "HK", "IM",
    "JE", "MO", "MQ", "YT", "MS", "NC", "NU", "NF", "MP", "PR", "RE", "BL",
    "SH", "MF", "PM", "SX", "GS", "SJ", "TK", "TC", "UM", "VG", "VI", "WF",
    "EH", "AX", "BQ", "CW", "PS", "TW", "PN", "PW", NULL
  };
  const char * const *states = mz_generator_member_states ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpuint (g_strv_length ((char **) states), ==, 193);
  for (guint i = 0; states[i] != NULL; i++)
    {
      g_assert_true (mz_countries_is_valid (states[i]));
      g_assert_false (g_strv_contains (not_states, states[i]));
    }
  g_assert_true (g_strv_contains (states, "CH"));
  g_assert_true (g_strv_contains (states, "VA"));

  g_assert_cmpint (run_cli (f, NULL, NULL, "generate", "--partners", "400", "--contacts", "0",
                            "--interactions", "0", NULL), ==, 0);
  store = mz_store_open (f->path, &error);
  g_assert_no_error (error);

  sqlite3_prepare_v2 (mz_store_get_handle (store),
                      "SELECT country FROM partner WHERE type = 'member_state'", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *country = (const char *) sqlite3_column_text (stmt, 0);

      g_assert_nonnull (country);
      g_assert_false (g_strv_contains (not_states, country));
      g_assert_true (g_strv_contains (states, country));
      /* One per country. */
      g_assert_true (g_hash_table_add (seen, g_strdup (country)));
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 193);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/generate/small", Fixture, NULL, fixture_set_up, test_small, fixture_tear_down);
  g_test_add ("/generate/member-states", Fixture, NULL, fixture_set_up, test_member_states,
              fixture_tear_down);
  g_test_add ("/generate/usage", Fixture, NULL, fixture_set_up, test_usage, fixture_tear_down);
  g_test_add ("/generate/not-a-database", Fixture, NULL, fixture_set_up, test_not_a_database, fixture_tear_down);

  return g_test_run ();
}

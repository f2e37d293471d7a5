/* test-cli.c — mobilize-cli as a user runs it: exit codes and messages
 *
 * Runs the binary named by $MOBILIZE_CLI in a fresh temporary folder that
 * is also its HOME, so that nothing outside it is touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include "test-remove-tree.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

typedef struct
{
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "office.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->out);
  g_free (f->err);
}

/* Runs mobilize-cli with the NULL-terminated arguments; returns its exit
 * status and keeps its output in @f. */
static int
run (Fixture    *f,
     const char *first,
     ...)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *data_home = g_build_filename (f->dir, "data", NULL);
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_assert_nonnull (cli);

  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "HOME", f->dir, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_unsetenv (envp, "G_MESSAGES_DEBUG");

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (f->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &status, &error);
  g_assert_no_error (error);

  g_test_message ("exit %d; stdout: %s; stderr: %s",
                  WIFEXITED (status) ? WEXITSTATUS (status) : -1, f->out, f->err);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (*p == '\n')
      n++;
  return n;
}

/* Exactly one line on stderr (a failure says why in one sentence) and
 * nothing on stdout. */
static void
assert_one_error_line (Fixture    *f,
                       const char *must_contain)
{
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpuint (count_lines (f->err), ==, 1);
  g_assert_true (g_str_has_suffix (f->err, "\n"));
  g_assert_true (g_str_has_prefix (f->err, "mobilize-cli: "));
  if (must_contain != NULL && strstr (f->err, must_contain) == NULL)
    g_error ("stderr “%s” does not mention “%s”", f->err, must_contain);
}

/* Bad usage: a reason and a hint, nothing on stdout. */
static void
assert_usage (Fixture    *f,
              const char *must_contain)
{
  g_assert_cmpstr (f->out, ==, "");
  g_assert_true (g_str_has_prefix (f->err, "mobilize-cli: "));
  g_assert_nonnull (strstr (f->err, "--help"));
  if (must_contain != NULL && strstr (f->err, must_contain) == NULL)
    g_error ("stderr “%s” does not mention “%s”", f->err, must_contain);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* Tests */

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (run (f, "--version", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, PACKAGE_VERSION));
  g_assert_cmpstr (f->err, ==, "");
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  const char *commands[] = { "init", "demo", "check" };

  g_assert_cmpint (run (f, "--help", NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_nonnull (strstr (f->out, "Usage"));
  g_assert_nonnull (strstr (f->out, "--db"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);
      if (strstr (f->out, line) == NULL)
        g_error ("--help does not list “%s”", commands[i]);
    }

  g_assert_cmpint (run (f, "-h", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Usage"));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (run (f, NULL), ==, 2);
  assert_usage (f, NULL);

  g_assert_cmpint (run (f, "--db", f->db, NULL), ==, 2);
  assert_usage (f, NULL);

  g_assert_cmpint (run (f, "frobnicate", NULL), ==, 2);
  assert_usage (f, "frobnicate");

  g_assert_cmpint (run (f, "--frobnicate", NULL), ==, 2);
  assert_usage (f, "--frobnicate");

  g_assert_cmpint (run (f, "--db", NULL), ==, 2);
  assert_usage (f, "--db");

  g_assert_cmpint (run (f, "--db=", "check", NULL), ==, 2);
  assert_usage (f, "--db");

  g_assert_cmpint (run (f, "--db", "", "check", NULL), ==, 2);
  assert_usage (f, "--db");

  g_assert_cmpint (run (f, "--db", f->db, "check", "--frobnicate", NULL), ==, 2);
  assert_usage (f, "--frobnicate");

  g_assert_cmpint (run (f, "--db", f->db, "check", "extra", NULL), ==, 2);
  assert_usage (f, "extra");

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", NULL), ==, 2);
  assert_usage (f, "--office");

  /* None of these made a database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_init_and_check (Fixture       *f,
                     gconstpointer  data)
{
  struct stat st;

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_nonnull (strstr (f->out, "schema"));
  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_nonnull (strstr (f->out, "schema"));
  g_assert_nonnull (strstr (f->out, "ok"));

  /* --db=PATH works too, and init again keeps the identity. */
  {
    g_autofree char *option = g_strconcat ("--db=", f->db, NULL);

    g_assert_cmpint (run (f, option, "init", NULL), ==, 0);
    g_assert_cmpint (run (f, option, "check", NULL), ==, 0);
  }
}

static void
test_init_default_path (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *expected = g_build_filename (f->dir, "data", "mobilize", "mobilize.db", NULL);

  g_assert_cmpint (run (f, "init", "--office", "GS", "--user", "Ana", NULL), ==, 0);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run (f, "check", NULL), ==, 0);
}

static void
test_init_bad_office (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "NOPE", "--user", "X", NULL), ==, 1);
  assert_one_error_line (f, "NOPE");
  /* A failed init leaves nothing behind. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "a/b", NULL), ==, 1);
  assert_one_error_line (f, "/");

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", NULL), ==, 1);
  assert_one_error_line (f, "--user");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  /* A bad office on an existing database keeps it as it was. */
  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);
  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "NOPE", NULL), ==, 1);
  assert_one_error_line (f, "NOPE");
  g_assert_true (g_file_test (f->db, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 0);
}

static void
test_check_missing (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 1);
  assert_one_error_line (f, f->db);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_check_garbage (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  char junk[5000];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (char) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (f->db, junk, sizeof junk, &error);
  g_assert_no_error (error);
  before = read_bytes (f->db);

  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 1);
  assert_one_error_line (f, f->db);

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "GS", "--user", "X", NULL), ==, 1);
  assert_one_error_line (f, f->db);

  after = read_bytes (f->db);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_check_too_new (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  before = read_bytes (f->db);

  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 1);
  assert_one_error_line (f, "999");

  after = read_bytes (f->db);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_check_damaged (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);
  g_file_get_contents (f->db, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 16 * 4096);
  memset (contents + len / 2, 0x5a, 4 * 4096);
  g_file_set_contents (f->db, contents, len, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run (f, "--db", f->db, "check", NULL), ==, 1);
  assert_one_error_line (f, f->db);
}

static gint64
db_count (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
write_csv (Fixture    *f,
           const char *name,
           const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_import_partners (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *good = write_csv (f, "good.csv",
                                     "\xEF\xBB\xBFOrganisation;Type;Country\r\n"
                                     "Acme Telecom;SME;Switzerland\r\n"
                                     "\"Uni; of \"\"Nairobi\"\"\";academia;KE\r\n");
  g_autofree char *bad = write_csv (f, "bad.csv",
                                    "name,type,country,website\n"
                                    "Fine,ngo,CH,\n"
                                    "Nowhere,ngo,Atlantis,\n"
                                    ",ngo,FR,not a site\n");
  g_autofree char *broken = write_csv (f, "broken.csv", "name,type\nA,ngo\n\"B,ngo\n");
  g_autofree char *other = write_csv (f, "other.csv", "Who,Kind\nMapped Org,ngo\n");
  gint64 audit_rows;

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);
  audit_rows = db_count (f, "SELECT count(*) FROM audit_log");

  /* Every problem, with its line, on stderr; nothing saved. */
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", bad, NULL), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_nonnull (strstr (f->err, "Line 3: Country"));
  g_assert_nonnull (strstr (f->err, "Atlantis"));
  g_assert_nonnull (strstr (f->err, "Line 4: Name"));
  g_assert_nonnull (strstr (f->err, "Line 4: Website"));
  g_assert_nonnull (strstr (f->err, "3 errors; nothing was saved"));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner"), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);

  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", broken, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Line 3"));
  g_assert_nonnull (strstr (f->err, "quote"));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner"), ==, 0);

  /* --dry-run checks only. */
  g_assert_cmpint (run (f, "--db", f->db, "import", "--dry-run", "partners", good, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "2 rows are valid"));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner"), ==, 0);

  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", good, NULL), ==, 0);
  g_assert_cmpstr (f->out, ==, "good.csv: 2 partners imported.\n");
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner WHERE country IN ('CH', 'KE')"), ==, 2);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner WHERE name = 'Uni; of \"Nairobi\"'"), ==, 1);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows + 2);

  /* Likely duplicates are warnings: printed, and the import goes on. */
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", good, NULL), ==, 0);
  g_assert_nonnull (strstr (f->err, "warning: Line 2"));
  g_assert_nonnull (strstr (f->out, "2 partners imported"));

  /* Columns the guess does not know, mapped by hand. */
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", other, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "No column gives the field"));
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", "--map", "name=Who",
                        "--map", "type=Kind", other, NULL), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM partner WHERE name = 'Mapped Org'"), ==, 1);
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", "--map", "name=Nope", other, NULL), ==, 2);
  assert_usage (f, "Nope");

  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", NULL), ==, 2);
  assert_usage (f, "partners");
  g_assert_cmpint (run (f, "--db", f->db, "import", "rates", "--map", "a=b", other, NULL), ==, 2);
  assert_usage (f, "--map");
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", "missing.csv", NULL), ==, 1);
  assert_one_error_line (f, "missing.csv");
}

static void
test_import_contacts (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *partners = write_csv (f, "partners.csv", "name,type\nAcme,sme\n");
  g_autofree char *bad = write_csv (f, "bad-contacts.csv",
                                    "partner,first name,last name,email,primary\n"
                                    "Acme,Ann,Lee,ann@acme.example,yes\n"
                                    "Ghost Org,Bob,Ray,,\n"
                                    "acme,Cy,Doe,cy@@acme,yes\n");
  g_autofree char *good = write_csv (f, "contacts.csv",
                                     "partner,first name,last name,email,primary\n"
                                     "Acme,Ann,Lee,ann@acme.example,yes\n"
                                     "ACME,Bob,\"Ray, Jr.\",,no\n");

  g_assert_cmpint (run (f, "--db", f->db, "init", "--office", "BDT", "--user", "X", NULL), ==, 0);
  g_assert_cmpint (run (f, "--db", f->db, "import", "partners", partners, NULL), ==, 0);

  g_assert_cmpint (run (f, "--db", f->db, "import", "contacts", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Line 3: Partner"));
  g_assert_nonnull (strstr (f->err, "Ghost Org"));
  g_assert_nonnull (strstr (f->err, "Line 4: E-mail"));
  g_assert_nonnull (strstr (f->err, "Line 4: Primary contact"));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM contact"), ==, 0);

  g_assert_cmpint (run (f, "--db", f->db, "import", "contacts", good, NULL), ==, 0);
  g_assert_cmpstr (f->out, ==, "contacts.csv: 2 contacts imported.\n");
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM contact WHERE is_primary = 1"), ==, 1);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM contact WHERE family_name = 'Ray, Jr.'"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/version", test_version);
  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/init-and-check", test_init_and_check);
  ADD ("/cli/init-default-path", test_init_default_path);
  ADD ("/cli/init-bad-office", test_init_bad_office);
  ADD ("/cli/check-missing", test_check_missing);
  ADD ("/cli/check-garbage", test_check_garbage);
  ADD ("/cli/check-too-new", test_check_too_new);
  ADD ("/cli/check-damaged", test_check_damaged);
  ADD ("/cli/import-partners", test_import_partners);
  ADD ("/cli/import-contacts", test_import_contacts);

#undef ADD

  return g_test_run ();
}

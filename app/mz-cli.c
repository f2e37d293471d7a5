/* mz-cli.c — mobilize-cli, the headless face of Mobilize
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "mz-cli-commands.h"
#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILURE_ = 1,
  EXIT_USAGE = 2,
};

typedef int (*CommandFunc) (const char *db_path,
                            int         argc,
                            char      **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static int
fail (GError *error)
{
  /* One line: the reason, nothing else. */
  g_autofree char *line = g_strdup (error->message);

  g_strdelimit (line, "\n", ' ');
  g_printerr ("mobilize-cli: %s\n", line);
  return EXIT_FAILURE_;
}

static int
usage_error (const char *message)
{
  g_printerr ("mobilize-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “mobilize-cli --help”."));
  return EXIT_USAGE;
}

/* Parses a command's own options; on bad usage prints why and returns
 * FALSE. */
static gboolean
parse_command_options (const char   *command,
                       GOptionEntry *entries,
                       int          *argc,
                       char       ***argv,
                       int          *exit_code)
{
  g_autofree char *parameter = g_strdup_printf ("%s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *exit_code = usage_error (error->message);
      return FALSE;
    }

  if (*argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s” for “%s”."),
                                                  (*argv)[1], parameter);
      *exit_code = usage_error (message);
      return FALSE;
    }

  return TRUE;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static gboolean
apply_identity_options (MzStore     *store,
                        const char  *office,
                        const char  *user,
                        GError     **error)
{
  if (office == NULL && user == NULL)
    return TRUE;

  if (office == NULL)
    office = mz_store_get_office (store);
  if (user == NULL)
    user = mz_store_get_user (store);
  if (office == NULL || user == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This database does not know its office and user yet: give both "
                     "--office and --user."));
      return FALSE;
    }

  return mz_identity_set (store, office, user, error);
}

static int
command_init (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autofree char *office = NULL;
  g_autofree char *user = NULL;
  GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("This installation’s unit: GS, BR, TSB, BDT, RO-AFR, …"), N_("CODE") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("Who makes the changes"), N_("NAME") },
    { NULL }
  };
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean existed;
  int code;

  if (!parse_command_options ("init", entries, &argc, &argv, &code))
    return code;

  path = db_path ? g_strdup (db_path) : mz_store_default_path ();
  existed = g_file_test (path, G_FILE_TEST_EXISTS);

  store = mz_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  if (!apply_identity_options (store, office, user, &error))
    {
      /* A failed init leaves no half-made database behind. */
      g_clear_object (&store);
      if (!existed)
        remove_database (path);
      return fail (error);
    }

  g_print (_("Database ready: %s (schema %d)\n"), mz_store_get_path (store),
           mz_store_get_schema_version (store));
  return EXIT_OK;
}

static int
command_demo (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autofree char *office = NULL;
  g_autofree char *user = NULL;
  GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("This installation’s unit (default GS when not set)"), N_("CODE") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("Who makes the changes (default “Demo”)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int code;

  if (!parse_command_options ("demo", entries, &argc, &argv, &code))
    return code;

  store = mz_store_open (db_path, &error);
  if (store == NULL)
    return fail (error);

  if (!mz_identity_is_set (store) && office == NULL && user == NULL)
    {
      office = g_strdup ("GS");
      user = g_strdup ("Demo");
    }

  if (!apply_identity_options (store, office, user, &error) ||
      !mz_demo_load (store, &error))
    return fail (error);

  g_print (_("Sample data loaded into %s\n"), mz_store_get_path (store));
  return EXIT_OK;
}

static int
command_check (const char  *db_path,
               int          argc,
               char       **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *path = NULL;
  int code;

  if (!parse_command_options ("check", entries, &argc, &argv, &code))
    return code;

  /* Checking must not create a database. */
  path = db_path ? g_strdup (db_path) : mz_store_default_path ();
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr ("mobilize-cli: ");
      g_printerr (_("There is no database at “%s”. Create one with “mobilize-cli init”."), path);
      g_printerr ("\n");
      return EXIT_FAILURE_;
    }

  store = mz_store_open (path, &error);
  if (store == NULL || !mz_store_check_integrity (store, &report, &error))
    return fail (error);

  if (g_strcmp0 (report, "ok") != 0)
    {
      g_autofree char *line = g_strdelimit (g_strdup (report), "\n", ';');
      g_printerr ("mobilize-cli: %s: %s\n", _("The database has problems"), line);
      return EXIT_FAILURE_;
    }

  g_print (_("%s: integrity ok, schema %d of %d\n"), mz_store_get_path (store),
           mz_store_get_schema_version (store), mz_store_get_latest_schema_version ());
  return EXIT_OK;
}

static const Command commands[] = {
  { "init", command_init, N_("Create or upgrade the database; --office and --user set who this installation is") },
  { "demo", command_demo, N_("Load the sample data of the strategy") },
  { "check", command_check, N_("Check the database’s integrity and schema version") },
  { "import", mz_cli_command_import, N_("Read a CSV file into the database: import rates|partners|contacts FILE.csv [--dry-run] [--map FIELD=COLUMN]") },
  { "export", mz_cli_command_export, N_("Write a workbook: export report --out FILE.xlsx [--from YEAR] [--to YEAR] [--unit CODE] [--initiative ID] [--lang LL] [--personal-data]") },
  { "generate", mz_cli_command_generate, N_("Fill the database with the benchmark dataset or a smaller one (--partners, --contacts, --interactions, --commitments, --instalments, --payments, --inkind, --seed)") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: mobilize-cli [--db PATH] COMMAND [OPTIONS]"));
  g_print ("%s\n\n", _("Mobilize without a window: the resource mobilization database of ITU."));
  g_print ("%s\n", _("Options:"));
  g_print ("  --db PATH      %s\n", _("Use the database at PATH (default: ~/.local/share/mobilize/mobilize.db)"));
  g_print ("  --version      %s\n", _("Print the version and exit"));
  g_print ("  -h, --help     %s\n\n", _("Print this help and exit"));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-13s  %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Exit status: 0 on success, 1 on failure, 2 on bad usage."));
}

int
main (int    argc,
      char **argv)
{
  const char *db_path = NULL;
  int i;

  setlocale (LC_ALL, "");
  /* MOBILIZE_LOCALEDIR lets the tests and build-aux/run use the
   * translations compiled in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          print_help ();
          return EXIT_OK;
        }
      else if (strcmp (arg, "--version") == 0)
        {
          g_print ("mobilize-cli %s\n", PACKAGE_VERSION);
          return EXIT_OK;
        }
      else if (strcmp (arg, "--db") == 0)
        {
          if (i + 1 >= argc || argv[i + 1][0] == '\0')
            return usage_error (_("--db needs a file path."));
          db_path = argv[++i];
        }
      else if (g_str_has_prefix (arg, "--db="))
        {
          db_path = arg + strlen ("--db=");
          if (*db_path == '\0')
            return usage_error (_("--db needs a file path."));
        }
      else if (arg[0] == '-')
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), arg);
          return usage_error (message);
        }
      else
        break;
    }

  if (i >= argc)
    return usage_error (_("No command given."));

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      if (strcmp (argv[i], commands[c].name) == 0)
        return commands[c].func (db_path, argc - i, argv + i);
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[i]);
    return usage_error (message);
  }
}

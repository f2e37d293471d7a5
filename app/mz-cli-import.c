/* mz-cli-import.c — “mobilize-cli import KIND FILE”
 *
 * One command for every kind of file Mobilize reads; each kind has its
 * own function in the table below: rates of exchange, partners and
 * contacts. Partners and contacts are checked whole first: every problem
 * is printed with its line number and nothing is saved unless the whole
 * file is right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-cli-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-cli-commands.h"
#include "mz-crm-import.h"
#include "mz-rate-import.h"
#include "mz-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef int (*ImportFunc) (MzStore             *store,
                           GFile               *file,
                           const char * const  *maps,
                           gboolean             dry_run);

typedef struct
{
  const char *kind;
  ImportFunc  func;   /* NULL: not available yet */
  const char *summary;
} ImportKind;

static int import_rates (MzStore             *store,
                         GFile               *file,
                         const char * const  *maps,
                         gboolean             dry_run);
static int import_crm   (MzStore             *store,
                         GFile               *file,
                         const char * const  *maps,
                         gboolean             dry_run);

static const ImportKind kinds[] = {
  { "rates", import_rates, N_("UN operational rates of exchange: currency,month,units_per_usd") },
  { "partners", import_crm, N_("Partners: name, type, country, status, website, tags, notes…") },
  { "contacts", import_crm, N_("Contacts: partner (name or id), given and family name, e-mail…") },
};

static int
usage_error (const char *message)
{
  g_printerr ("mobilize-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “mobilize-cli --help”."));
  return EXIT_USAGE;
}

static int
fail (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  g_strdelimit (line, "\n", ' ');
  g_printerr ("mobilize-cli: %s\n", line);
  return EXIT_FAILED;
}

static int
import_rates (MzStore             *store,
              GFile               *file,
              const char * const  *maps,
              gboolean             dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  MzRateImportResult result = { 0 };

  if (maps != NULL && maps[0] != NULL)
    return usage_error (_("“--map” is for partners and contacts; the columns of rates are fixed."));

  if (!mz_rate_import_file (store, file, dry_run, &result, NULL, &error))
    return fail (error);

  if (dry_run)
    g_print (_("%s: %u rates are valid; nothing was saved (--dry-run).\n"), name, result.n_rates);
  else
    g_print (_("%s: %u rates read: %u added, %u replaced, %u unchanged.\n"), name,
             result.n_rates, result.n_added, result.n_replaced, result.n_unchanged);
  return EXIT_OK;
}

/* The kind being imported, for import_crm(). */
static MzImportKind crm_kind;

static int
import_crm (MzStore             *store,
            GFile               *file,
            const char * const  *maps,
            gboolean             dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzImportPreview) preview = NULL;
  g_autoptr(MzImportMapping) mapping = NULL;
  g_autoptr(MzImportReport) report = NULL;
  g_autofree char *name = g_file_get_basename (file);

  preview = mz_crm_import_preview (file, 0, NULL, &error);
  if (preview == NULL)
    {
      g_printerr ("%s: ", name);
      return fail (error);
    }

  mapping = mz_import_mapping_new (crm_kind, (const char * const *) preview->header);
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!mz_import_mapping_apply_override (mapping, maps[i], &error))
      return usage_error (error->message);

  report = mz_crm_import_file (store, crm_kind, file, mapping, dry_run, NULL, NULL, NULL, &error);
  if (report == NULL)
    return fail (error);

  for (guint i = 0; i < report->problems->len; i++)
    {
      MzImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *text = mz_import_problem_format (problem);

      g_strdelimit (text, "\n", ' ');
      /* Translators: a file name, then a problem found in it. */
      g_printerr (problem->warning ? _("%s: warning: %s\n") : _("%s: error: %s\n"), name, text);
    }

  if (report->n_errors > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u error; nothing was saved.\n",
                               "%s: %u errors; nothing was saved.\n", report->n_errors),
                  name, report->n_errors);
      return EXIT_FAILED;
    }

  if (dry_run)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%s: %u row is valid; nothing was saved (--dry-run).\n",
                          "%s: %u rows are valid; nothing was saved (--dry-run).\n", report->n_rows),
             name, report->n_rows);
  else if (crm_kind == MZ_IMPORT_PARTNERS)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u partner imported.\n",
                          "%s: %u partners imported.\n", report->n_saved),
             name, report->n_saved);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u contact imported.\n",
                          "%s: %u contacts imported.\n", report->n_saved),
             name, report->n_saved);
  return EXIT_OK;
}

static char *
kinds_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, kinds[i].kind);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

int
mz_cli_command_import (const char  *db_path,
                       int          argc,
                       char       **argv)
{
  gboolean dry_run = FALSE;
  g_auto(GStrv) maps = NULL;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file without saving anything"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Fill a field from a column, or ignore it (partners and contacts)"), N_("FIELD=COLUMN") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const ImportKind *kind = NULL;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc < 2)
    {
      g_autofree char *list = kinds_list ();
      g_autofree char *message = g_strdup_printf (_("What to import? Give one of: %s, then a file."), list);
      return usage_error (message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (argv[1], kinds[i].kind) == 0)
      kind = &kinds[i];

  if (kind == NULL)
    {
      g_autofree char *list = kinds_list ();
      g_autofree char *message = g_strdup_printf (_("Unknown kind of import “%s”; give one of: %s."),
                                                  argv[1], list);
      return usage_error (message);
    }

  if (argc < 3)
    {
      g_autofree char *message = g_strdup_printf (_("“import %s” needs a file."), kind->kind);
      return usage_error (message);
    }
  if (argc > 3)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s” for “%s”."),
                                                  argv[3], "import");
      return usage_error (message);
    }

  if (kind->func == NULL)
    {
      g_printerr ("mobilize-cli: ");
      g_printerr (_("Importing %s is not available yet."), kind->kind);
      g_printerr ("\n");
      return EXIT_FAILED;
    }

  file = g_file_new_for_commandline_arg (argv[2]);
  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *shown = g_file_get_parse_name (file);

      g_printerr ("mobilize-cli: ");
      g_printerr (_("There is no file “%s”."), shown);
      g_printerr ("\n");
      return EXIT_FAILED;
    }

  /* Importing into a database that does not exist would make one by
   * accident: refuse, as “check” does. */
  path = db_path ? g_strdup (db_path) : mz_store_default_path ();
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr ("mobilize-cli: ");
      g_printerr (_("There is no database at “%s”. Create one with “mobilize-cli init”."), path);
      g_printerr ("\n");
      return EXIT_FAILED;
    }

  store = mz_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  mz_import_kind_from_string (kind->kind, &crm_kind);
  return kind->func (store, file, (const char * const *) maps, dry_run);
}

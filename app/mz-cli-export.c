/* mz-cli-export.c — “mobilize-cli export report”: the Excel report pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-cli-export"

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mz-cli-commands.h"
#include "mz-report.h"
#include "mz-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
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

/* A year written in full: digits only, within the range of a report. */
static gboolean
parse_year (const char  *text,
            const char  *option,
            int         *year,
            int         *exit_code)
{
  guint64 value = 0;

  if (text == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, MZ_REPORT_YEAR_MIN, MZ_REPORT_YEAR_MAX, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("%s must be a year from %d to %d, not “%s”."),
                                                  option, MZ_REPORT_YEAR_MIN, MZ_REPORT_YEAR_MAX, text);
      *exit_code = usage_error (message);
      return FALSE;
    }

  *year = (int) value;
  return TRUE;
}

/* libxlsxwriter prints its own diagnostics on stderr ("[ERROR] …"); the
 * CLI's failure is one line, so they go to /dev/null during the export. */
static gboolean
export_quietly (const char             *db_path,
                const char             *out,
                const MzReportOptions  *options,
                GError                **error)
{
  int saved = dup (STDERR_FILENO);
  int null = g_open ("/dev/null", O_WRONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (saved >= 0 && null >= 0)
    {
      fflush (stderr);
      dup2 (null, STDERR_FILENO);
    }

  ok = mz_report_export (db_path, out, options, NULL, NULL, NULL, error);

  if (saved >= 0 && null >= 0)
    {
      fflush (stderr);
      dup2 (saved, STDERR_FILENO);
    }
  if (saved >= 0)
    close (saved);
  if (null >= 0)
    close (null);
  return ok;
}

static int
export_report (const char  *db_path,
               int          argc,
               char       **argv)
{
  g_autofree char *out = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *initiative = NULL;
  g_autofree char *language = NULL;
  g_autofree char *as_of = NULL;
  gboolean personal = FALSE;
  GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The workbook to write"), N_("FILE.xlsx") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First year (default: the first year with figures)"), N_("YEAR") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last year (default: the last year with figures)"), N_("YEAR") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit, with its offices: GS, BR, TSB, BDT, RO-AFR…"), N_("CODE") },
    { "initiative", 0, 0, G_OPTION_ARG_STRING, &initiative, N_("Only this initiative, with its sub-initiatives"), N_("ID") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the workbook: en, zh_CN, fr, es, ar, ru"), N_("LL") },
    { "personal-data", 0, 0, G_OPTION_ARG_NONE, &personal, N_("Include contact names, e-mails, phones and the Interactions sheet"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Date of the overdue ageing (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  MzReportOptions options = { 0 };
  int code;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s” for “%s”."),
                                                  argv[1], "export report");
      return usage_error (message);
    }

  if (out == NULL || *out == '\0')
    return usage_error (_("export report needs --out FILE.xlsx: where to write the workbook."));

  if (!parse_year (from, "--from", &options.year_from, &code) ||
      !parse_year (to, "--to", &options.year_to, &code))
    return code;

  options.unit_code = unit;
  options.initiative_id = initiative;
  options.language = language;
  options.personal_data = personal;
  options.as_of = as_of;

  /* Years out of order, an unknown language, a bad date: bad usage. */
  if (!mz_report_options_validate (&options, &error))
    return usage_error (error->message);

  path = db_path != NULL ? g_strdup (db_path) : mz_store_default_path ();
  if (!export_quietly (path, out, &options, &error))
    return fail (error);

  g_print (_("Workbook written: %s\n"), out);
  return EXIT_OK;
}

int
mz_cli_command_export (const char  *db_path,
                       int          argc,
                       char       **argv)
{
  if (argc < 2 || argv[1][0] == '-')
    return usage_error (_("Say what to export: “export report --out FILE.xlsx”."));

  if (strcmp (argv[1], "report") == 0)
    return export_report (db_path, argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Cannot export “%s”: only “report” can be exported."),
                                                argv[1]);
    return usage_error (message);
  }
}

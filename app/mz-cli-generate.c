/* mz-cli-generate.c — “mobilize-cli generate”: the benchmark dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-cli-generate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-cli-commands.h"
#include "mz-contact-store.h"
#include "mz-generator.h"
#include "mz-generator-money.h"
#include "mz-identity.h"
#include "mz-interaction-store.h"
#include "mz-partner-store.h"
#include "mz-row-insert.h"
#include "mz-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

/* At most ten million of each: beyond that the machine, not the program,
 * is being tested. */
#define MAX_ROWS 10000000

typedef struct
{
  gint64      started;
  const char *last_what;
  int         last_percent;
  guint       last_done;
} Progress;

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

static void
progress_cb (const char *what,
             guint       done,
             guint       total,
             gpointer    user_data)
{
  Progress *progress = user_data;
  int percent = total > 0 ? (int) ((guint64) done * 100 / total) : 100;
  double seconds = (g_get_monotonic_time () - progress->started) / 1e6;

  /* Every ten per cent of each part, on stderr so that stdout stays clean. */
  if (what == progress->last_what &&
      (done == progress->last_done ||
       (percent / 10 == progress->last_percent / 10 && done != total)))
    return;

  progress->last_what = what;
  progress->last_percent = percent;
  progress->last_done = done;
  g_printerr ("%s: %u/%u (%d%%) %.1f s\n", what, done, total, percent, seconds);
}

static gboolean
check_count (int          value,
             const char  *option,
             int         *exit_code)
{
  if (value < 0 || value > MAX_ROWS)
    {
      g_autofree char *message = g_strdup_printf (_("%s must be a number from 0 to %d."),
                                                  option, MAX_ROWS);
      *exit_code = usage_error (message);
      return FALSE;
    }
  return TRUE;
}

int
mz_cli_command_generate (const char  *db_path,
                         int          argc,
                         char       **argv)
{
  int partners = MZ_GENERATOR_DEFAULT_PARTNERS;
  int contacts = MZ_GENERATOR_DEFAULT_CONTACTS;
  int interactions = MZ_GENERATOR_DEFAULT_INTERACTIONS;
  int seed = 20240101;
  int commitments = -1, instalments = -1, payments = -1, inkind = -1;
  GOptionEntry entries[] = {
    { "partners", 0, 0, G_OPTION_ARG_INT, &partners, N_("How many partners (default 20000)"), N_("N") },
    { "contacts", 0, 0, G_OPTION_ARG_INT, &contacts, N_("How many contacts (default 100000)"), N_("N") },
    { "interactions", 0, 0, G_OPTION_ARG_INT, &interactions, N_("How many interactions (default 500000)"), N_("N") },
    { "commitments", 0, 0, G_OPTION_ARG_INT, &commitments, N_("How many commitments (default 2.5 per partner: 50000)"), N_("N") },
    { "instalments", 0, 0, G_OPTION_ARG_INT, &instalments, N_("How many instalments (default 5 per commitment: 250000)"), N_("N") },
    { "payments", 0, 0, G_OPTION_ARG_INT, &payments, N_("How many payments (default 4 per commitment: 200000)"), N_("N") },
    { "inkind", 0, 0, G_OPTION_ARG_INT, &inkind, N_("How many in-kind contributions (default 1 per 4 partners: 5000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed of the random data: the same seed gives the same data"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MzGeneratorOptions options = { 0 };
  MzGeneratorMoneyOptions money = { 0 };
  gint64 n_commitments = 0, n_instalments = 0, n_payments = 0, n_inkind = 0;
  Progress progress = { 0 };
  gint64 n_partners = 0, n_contacts = 0, n_interactions = 0;
  int code;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s” for “%s”."),
                                                  argv[1], "generate");
      return usage_error (message);
    }

  if (!check_count (partners, "--partners", &code) ||
      !check_count (contacts, "--contacts", &code) ||
      !check_count (interactions, "--interactions", &code))
    return code;

  /* The money side follows the number of partners unless given. */
  mz_generator_money_defaults (partners, &money);
  if (commitments < 0)
    commitments = (int) money.n_commitments;
  if (instalments < 0)
    instalments = (int) money.n_instalments;
  if (payments < 0)
    payments = (int) money.n_payments;
  if (inkind < 0)
    inkind = (int) money.n_inkind;

  if (!check_count (commitments, "--commitments", &code) ||
      !check_count (instalments, "--instalments", &code) ||
      !check_count (payments, "--payments", &code) ||
      !check_count (inkind, "--inkind", &code))
    return code;

  if (partners == 0 && (contacts > 0 || interactions > 0))
    return usage_error (_("Contacts and interactions need partners: use --partners 1 or more."));

  store = mz_store_open (db_path, &error);
  if (store == NULL)
    return fail (error);

  /* Generated rows need an author: GS/Generator unless already set. */
  if (!mz_identity_is_set (store) && !mz_identity_set (store, "GS", "Generator", &error))
    return fail (error);

  options.n_partners = partners;
  options.n_contacts = contacts;
  options.n_interactions = interactions;
  options.seed = (guint32) seed;
  options.n_commitments = commitments;
  options.n_instalments = instalments;
  options.n_payments = payments;
  options.n_inkind = inkind;
  progress.started = g_get_monotonic_time ();
  progress.last_percent = -1;

  if (!mz_generator_run (store, &options, progress_cb, &progress, NULL, &error))
    return fail (error);

  if (!mz_partner_store_count (store, FALSE, &n_partners, &error) ||
      !mz_contact_store_count (store, &n_contacts, &error) ||
      !mz_interaction_store_count (store, &n_interactions, &error))
    return fail (error);

  /* %lld, not G_GINT64_FORMAT, so that xgettext extracts the whole msgid. */
  g_print (_("Generated in %.1f s into %s; the database now holds %lld partners, "
             "%lld contacts and %lld interactions.\n"),
           (g_get_monotonic_time () - progress.started) / 1e6, mz_store_get_path (store),
           (long long) n_partners, (long long) n_contacts, (long long) n_interactions);

  if (!mz_row_count (store, "commitment", &n_commitments, &error) ||
      !mz_row_count (store, "instalment", &n_instalments, &error) ||
      !mz_row_count (store, "payment", &n_payments, &error) ||
      !mz_row_count (store, "inkind", &n_inkind, &error))
    return fail (error);

  g_print (_("Money: %lld commitments, %lld instalments, %lld payments, "
             "%lld in-kind contributions.\n"),
           (long long) n_commitments, (long long) n_instalments, (long long) n_payments,
           (long long) n_inkind);
  return EXIT_OK;
}

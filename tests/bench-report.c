/* bench-report.c — how fast and how lean the Excel report pack is at the
 * benchmark size
 *
 * Uses the database named by $MOBILIZE_BENCH_DB (else a temporary one):
 * the default generated dataset (20,000 partners, 100,000 contacts,
 * 500,000 interactions) is made first if the database holds no partners,
 * then, until “mobilize-cli generate” makes money too, this program adds
 * 50,000 commitments with 250,000 instalments, 200,000 payments and their
 * allocations and exchange rates itself if the database holds fewer.
 *
 * Then it runs “mobilize-cli export report” as a child process and prints
 * its wall time and peak resident memory (the child's own, from wait4()):
 * without personal data (the full pack) and with it (adds the 500,000
 * interactions). Targets: ≤ 5 s and ≤ 150 MB for the full pack.
 *
 * What a user would otherwise do — the same rows as CSV files converted
 * with “soffice --headless --convert-to xlsx” — is measured beside it when
 * LibreOffice is installed.
 *
 * Run: meson test -C _build --benchmark --verbose bench-report, or directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "mz-generator.h"
#include "mz-identity.h"
#include "mz-money.h"
#include "mz-store.h"

#define N_COMMITMENTS      50000
#define INSTALMENTS_EACH   5
#define PAID_EACH          4
#define TIME_TARGET_S      5.0
#define RSS_TARGET_MB      150.0
#define FIRST_YEAR         2019
#define N_MONTHS           (8 * 12)

typedef struct
{
  double seconds;
  double peak_mb;
  int    status;
} Run;

static const struct
{
  const char *code;
  gint64      rate_micro;   /* units per USD × 10^6, drifting a little by month */
} currencies[] = {
  { "CHF", 910000 }, { "USD", 1000000 }, { "EUR", 920000 }, { "GBP", 790000 }, { "JPY", 140000000 },
};

static const char * const kinds[] = {
  "trust_fund", "voluntary_contribution", "sponsorship", "project_support", "secondment",
};

static const char * const units[] = {
  "GS", "BR", "TSB", "BDT", "RO-AFR", "RO-AMS", "RO-ARB", "RO-ASP", "RO-CIS", "RO-EUR",
};

/* Helpers */

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

static gint64
count (MzStore    *store,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static sqlite3_stmt *
prepare (MzStore    *store,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (mz_store_get_handle (store)));
  return stmt;
}

static void
step (MzStore      *store,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (mz_store_get_handle (store)));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static gint64
rate_of (guint currency,
         int   month)
{
  /* ±3 % over the years, the same for every run. */
  return currencies[currency].rate_micro + currencies[currency].rate_micro * ((month * 7) % 61 - 30) / 1000;
}

static void
stamp (MzStore      *store,
       sqlite3_stmt *stmt,
       char          id[MZ_ID_LEN + 1])
{
  mz_store_new_id (store, id);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
}

#define STAMPS "id, created_at, updated_at, updated_by"
#define STAMP_VALUES "?1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z-0000-0000000000000000', 'GS/Bench'"

/* Money rows at the benchmark size, in one transaction. Bench data only:
 * no audit rows, fixed stamps. */
static void
fill_money (MzStore *store)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240101);
  g_autoptr(GPtrArray) partner_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt, *rate, *commitment, *allocation, *instalment, *payment, *link;
  double start = now_s ();

  stmt = prepare (store, "SELECT id FROM partner WHERE deleted_at IS NULL");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (partner_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (partner_ids->len, >, 0);

  stmt = prepare (store, "SELECT code, id FROM org_unit");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (unit_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  g_assert_true (mz_store_begin (store, &error));
  g_assert_no_error (error);

  rate = prepare (store, "INSERT INTO exchange_rate (" STAMPS ", currency, month, units_per_usd_micro) "
                         "VALUES (" STAMP_VALUES ", ?2, ?3, ?4)");
  commitment = prepare (store, "INSERT INTO commitment (" STAMPS ", donor_partner_id, title, kind, stage, "
                               "probability, currency, signed_amount, signed_date, start_date, end_date, "
                               "schedule_frequency) VALUES (" STAMP_VALUES ", ?2, ?3, ?4, ?5, 100, ?6, ?7, "
                               "?8, ?8, ?9, 'annual')");
  allocation = prepare (store, "INSERT INTO allocation (" STAMPS ", commitment_id, unit_id, percent_bp) "
                               "VALUES (" STAMP_VALUES ", ?2, ?3, ?4)");
  instalment = prepare (store, "INSERT INTO instalment (" STAMPS ", commitment_id, due_date, amount, status) "
                               "VALUES (" STAMP_VALUES ", ?2, ?3, ?4, ?5)");
  payment = prepare (store, "INSERT INTO payment (" STAMPS ", commitment_id, date, amount, currency, "
                            "rate_micro, chf_rate_micro, amount_chf, reference) "
                            "VALUES (" STAMP_VALUES ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  link = prepare (store, "INSERT INTO payment_instalment (" STAMPS ", payment_id, instalment_id, amount) "
                         "VALUES (" STAMP_VALUES ", ?2, ?3, ?4)");

  for (guint c = 0; c < G_N_ELEMENTS (currencies); c++)
    for (int m = 0; m < N_MONTHS; m++)
      {
        char id[MZ_ID_LEN + 1];
        g_autofree char *month = g_strdup_printf ("%04d-%02d", FIRST_YEAR + m / 12, m % 12 + 1);

        stamp (store, rate, id);
        sqlite3_bind_text (rate, 2, currencies[c].code, -1, SQLITE_STATIC);
        sqlite3_bind_text (rate, 3, month, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64 (rate, 4, rate_of (c, m));
        step (store, rate);
      }

  for (guint n = 0; n < N_COMMITMENTS; n++)
    {
      char commitment_id[MZ_ID_LEN + 1];
      guint currency = g_rand_int_range (rand, 0, G_N_ELEMENTS (currencies));
      int exponent = mz_money_currency_exponent (currencies[currency].code);
      gint64 scale = exponent == 0 ? 1 : 100;
      gint64 each = g_rand_int_range (rand, 2000, 400000) * scale;
      int year = FIRST_YEAR + g_rand_int_range (rand, 0, 4);
      int month = g_rand_int_range (rand, 1, 13);
      g_autofree char *signed_date = g_strdup_printf ("%04d-%02d-15", year, month);
      g_autofree char *end_date = g_strdup_printf ("%04d-%02d-14", year + INSTALMENTS_EACH, month);
      g_autofree char *title = g_strdup_printf ("Bench commitment %u", n);
      const char *unit = units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))];
      gboolean split = g_rand_int_range (rand, 0, 5) == 0;

      stamp (store, commitment, commitment_id);
      sqlite3_bind_text (commitment, 2, g_ptr_array_index (partner_ids, g_rand_int_range (rand, 0, partner_ids->len)), -1, SQLITE_STATIC);
      sqlite3_bind_text (commitment, 3, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (commitment, 4, kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))], -1, SQLITE_STATIC);
      sqlite3_bind_text (commitment, 5, "active", -1, SQLITE_STATIC);
      sqlite3_bind_text (commitment, 6, currencies[currency].code, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (commitment, 7, each * INSTALMENTS_EACH);
      sqlite3_bind_text (commitment, 8, signed_date, -1, SQLITE_STATIC);
      sqlite3_bind_text (commitment, 9, end_date, -1, SQLITE_STATIC);
      step (store, commitment);

      for (int a = 0; a < (split ? 2 : 1); a++)
        {
          char id[MZ_ID_LEN + 1];

          stamp (store, allocation, id);
          sqlite3_bind_text (allocation, 2, commitment_id, -1, SQLITE_STATIC);
          sqlite3_bind_text (allocation, 3, g_hash_table_lookup (unit_ids, a == 0 ? unit : "GS"), -1, SQLITE_STATIC);
          sqlite3_bind_int (allocation, 4, split ? (a == 0 ? 6000 : 4000) : 10000);
          step (store, allocation);
        }

      for (int i = 0; i < INSTALMENTS_EACH; i++)
        {
          char instalment_id[MZ_ID_LEN + 1], payment_id[MZ_ID_LEN + 1];
          g_autofree char *due = g_strdup_printf ("%04d-%02d-15", year + i, month);
          gboolean paid = i < PAID_EACH;

          stamp (store, instalment, instalment_id);
          sqlite3_bind_text (instalment, 2, commitment_id, -1, SQLITE_STATIC);
          sqlite3_bind_text (instalment, 3, due, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (instalment, 4, each);
          sqlite3_bind_text (instalment, 5, paid ? "received" : "scheduled", -1, SQLITE_STATIC);
          step (store, instalment);

          if (paid)
            {
              int pay_month = (year + i - FIRST_YEAR) * 12 + month - 1;
              g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year + i, month,
                                                       g_rand_int_range (rand, 16, 29));
              g_autofree char *reference = g_strdup_printf ("BENCH-%u-%d", n, i);
              gint64 rate_micro = rate_of (currency, MIN (pay_month, N_MONTHS - 1));
              gint64 chf_rate = rate_of (0, MIN (pay_month, N_MONTHS - 1));
              gint64 chf = 0;

              g_assert_true (mz_money_to_chf (each, exponent, rate_micro, chf_rate, &chf, NULL));
              stamp (store, payment, payment_id);
              sqlite3_bind_text (payment, 2, commitment_id, -1, SQLITE_STATIC);
              sqlite3_bind_text (payment, 3, date, -1, SQLITE_STATIC);
              sqlite3_bind_int64 (payment, 4, each);
              sqlite3_bind_text (payment, 5, currencies[currency].code, -1, SQLITE_STATIC);
              sqlite3_bind_int64 (payment, 6, rate_micro);
              sqlite3_bind_int64 (payment, 7, chf_rate);
              sqlite3_bind_int64 (payment, 8, chf);
              sqlite3_bind_text (payment, 9, reference, -1, SQLITE_STATIC);
              step (store, payment);

              {
                char id[MZ_ID_LEN + 1];

                stamp (store, link, id);
                sqlite3_bind_text (link, 2, payment_id, -1, SQLITE_STATIC);
                sqlite3_bind_text (link, 3, instalment_id, -1, SQLITE_STATIC);
                sqlite3_bind_int64 (link, 4, each);
                step (store, link);
              }
            }
        }
    }

  sqlite3_finalize (rate);
  sqlite3_finalize (commitment);
  sqlite3_finalize (allocation);
  sqlite3_finalize (instalment);
  sqlite3_finalize (payment);
  sqlite3_finalize (link);
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);
  g_print ("add %d commitments, %d instalments, %d payments: %.1f s\n", N_COMMITMENTS,
           N_COMMITMENTS * INSTALMENTS_EACH, N_COMMITMENTS * PAID_EACH, now_s () - start);
}

static void
open_dataset (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open (path, &error);

  g_assert_no_error (error);
  if (!mz_identity_is_set (store))
    {
      g_assert_true (mz_identity_set (store, "GS", "Bench", &error));
      g_assert_no_error (error);
    }

  if (count (store, "SELECT count(*) FROM partner") == 0)
    {
      MzGeneratorOptions options = {
        MZ_GENERATOR_DEFAULT_PARTNERS, MZ_GENERATOR_DEFAULT_CONTACTS,
        MZ_GENERATOR_DEFAULT_INTERACTIONS, 20240101
      };
      double start = now_s ();

      g_assert_true (mz_generator_run (store, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_print ("generate the CRM dataset: %.1f s\n", now_s () - start);
    }

  if (count (store, "SELECT count(*) FROM commitment") < N_COMMITMENTS)
    fill_money (store);

  g_print ("dataset: %" G_GINT64_FORMAT " partners, %" G_GINT64_FORMAT " contacts, %" G_GINT64_FORMAT
           " interactions, %" G_GINT64_FORMAT " commitments, %" G_GINT64_FORMAT " instalments, %"
           G_GINT64_FORMAT " payments\n",
           count (store, "SELECT count(*) FROM partner"), count (store, "SELECT count(*) FROM contact"),
           count (store, "SELECT count(*) FROM interaction"), count (store, "SELECT count(*) FROM commitment"),
           count (store, "SELECT count(*) FROM instalment"), count (store, "SELECT count(*) FROM payment"));
}

/* Runs @argv as a child; its own wall time and peak RSS. */
static Run
run_child (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage = { 0 };
  Run run = { 0 };
  GPid pid;
  double start = now_s ();

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait4 (pid, &run.status, 0, &usage), ==, pid);
  run.seconds = now_s () - start;
  run.peak_mb = usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */
  return run;
}

static Run
export (const char *cli,
        const char *db,
        const char *out,
        gboolean    personal)
{
  const char *argv[] = {
    cli, "--db", db, "export", "report", "--out", out, "--as-of", "2026-11-28",
    personal ? "--personal-data" : NULL, NULL,
  };
  Run run = run_child (argv);
  GStatBuf st = { 0 };

  g_stat (out, &st);
  g_print ("export report%s: %.2f s, peak RSS %.1f MB, %.1f MB on disk, exit %d\n",
           personal ? " --personal-data" : "", run.seconds, run.peak_mb,
           st.st_size / 1048576.0, WIFEXITED (run.status) ? WEXITSTATUS (run.status) : -1);
  return run;
}

/* The user's way: the same big tables as CSV, converted by LibreOffice. */
static void
baseline (const char *db,
          const char *dir,
          double      ours)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  static const struct { const char *name, *sql; } tables[] = {
    { "commitments", "SELECT * FROM commitment" },
    { "instalments", "SELECT * FROM instalment" },
    { "payments", "SELECT * FROM payment" },
    { "partners", "SELECT * FROM partner" },
  };
  double total = 0, peak = 0;

  if (soffice == NULL || sqlite3 == NULL)
    {
      g_print ("baseline CSV + soffice --convert-to xlsx: not measured (%s not installed)\n",
               soffice == NULL ? "LibreOffice" : "sqlite3");
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *csv = g_strdup_printf ("%s/%s.csv", dir, tables[i].name);
      g_autofree char *dump = g_strdup_printf (".once %s", csv);
      const char *dump_argv[] = { sqlite3, "-readonly", "-csv", "-header", db, dump, tables[i].sql, NULL };
      const char *convert_argv[] = { soffice, "--headless", "--convert-to", "xlsx", "--outdir", dir, csv, NULL };
      Run a = run_child (dump_argv), b = run_child (convert_argv);

      total += a.seconds + b.seconds;
      peak = MAX (peak, MAX (a.peak_mb, b.peak_mb));
    }

  g_print ("baseline CSV + soffice --convert-to xlsx (4 tables): %.2f s, peak RSS %.1f MB; "
           "ratio %.1f× our export\n", total, peak, total / ours);
}

int
main (int    argc,
      char **argv)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  const char *reuse = g_getenv ("MOBILIZE_BENCH_DB");
  g_autofree char *dir = g_dir_make_tmp ("mobilize-bench-report-XXXXXX", NULL);
  g_autofree char *db = reuse ? g_strdup (reuse) : g_build_filename (dir, "bench.db", NULL);
  g_autofree char *out = g_build_filename (dir, "report.xlsx", NULL);
  g_autofree char *out_personal = g_build_filename (dir, "report-personal.xlsx", NULL);
  Run full;

  if (cli == NULL)
    cli = "mobilize-cli";

  open_dataset (db);
  g_print ("database: %s\n", db);

  full = export (cli, db, out, FALSE);
  export (cli, db, out_personal, TRUE);
  baseline (db, dir, full.seconds);

  g_print ("targets: time %.2f s (<= %.0f) %s; peak RSS %.1f MB (<= %.0f) %s\n",
           full.seconds, TIME_TARGET_S, full.seconds <= TIME_TARGET_S ? "met" : "MISSED",
           full.peak_mb, RSS_TARGET_MB, full.peak_mb <= RSS_TARGET_MB ? "met" : "MISSED");

  g_unlink (out);
  g_unlink (out_personal);
  if (reuse == NULL)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);

  return WIFEXITED (full.status) && WEXITSTATUS (full.status) == 0 ? 0 : 1;
}

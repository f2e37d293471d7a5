/* bench-report.c — how fast and how lean the Excel report pack is at the
 * benchmark size
 *
 * Uses the database named by $MOBILIZE_BENCH_DB (else a temporary one),
 * generated first with “mobilize-cli generate” if it holds no partners:
 * 20,000 partners, 100,000 contacts, 500,000 interactions, 50,000
 * commitments, 250,000 instalments, 200,000 payments.
 *
 * Then it runs “mobilize-cli export report” as a child process and prints
 * its wall time, CPU time (user and system, all its threads) and peak
 * resident memory (the child's own, from wait4()), the load average
 * before it, and the time of each phase from the child's debug log:
 * without personal data (the full pack) and with it (adds the 500,000
 * interactions). Targets: ≤ 5 s and ≤ 150 MB for the full pack. On a
 * machine others are using, wall time says little: the CPU time over the
 * number of cores is what the export would need at best there alone.
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
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mz-store.h"

#define N_COMMITMENTS      50000
#define TIME_TARGET_S      5.0
#define RSS_TARGET_MB      150.0

typedef struct
{
  double seconds;
  double cpu_seconds;  /* user + system, of the child and its threads */
  double peak_mb;
  int    status;
  char  *phases;       /* the child's debug lines of time per phase, or NULL */
} Run;

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

/* The load average over the last minute: on a shared machine, wall
 * times mean little without it. */
static double
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return -1;
  return g_ascii_strtod (text, NULL);
}

/* Keeps the lines of @text that tell the time of a phase of the export
 * (the report's debug log), without their prefix. */
static char *
phase_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *debug = strstr (lines[i], "-DEBUG: ");
      const char *phase;

      if (debug == NULL || strstr (lines[i], " s") == NULL)
        continue;
      /* "(report:123): mz-report-DEBUG: 13:18:42.633: Instalments: …" */
      phase = strchr (debug + strlen ("-DEBUG: "), ' ');
      if (phase != NULL)
        g_string_append_printf (out, "    %s\n", phase + 1);
    }
  return g_string_free (out, out->len == 0);
}

/* Runs @argv as a child; its own wall time, CPU time and peak RSS, and
 * with @phases, the time of each phase from its debug log. */
static Run
run_child_full (const char * const *argv,
                gboolean            phases)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  struct rusage usage = { 0 };
  Run run = { 0 };
  GPid pid;
  int out_fd = -1;
  GString *out = g_string_new (NULL);
  double start = now_s ();

  if (phases)
    env = g_environ_setenv (env, "G_MESSAGES_DEBUG", "mz-report", TRUE);
  /* GLib writes debug messages to standard output. */
  g_spawn_async_with_pipes (NULL, (char **) argv, env,
                            G_SPAWN_DO_NOT_REAP_CHILD | (phases ? 0 : G_SPAWN_STDOUT_TO_DEV_NULL),
                            NULL, NULL, &pid, NULL, phases ? &out_fd : NULL, NULL, &error);
  g_assert_no_error (error);
  if (out_fd >= 0)
    {
      char buffer[4096];
      gssize n;

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (out, buffer, n);
      close (out_fd);
    }
  g_assert_cmpint (wait4 (pid, &run.status, 0, &usage), ==, pid);
  run.seconds = now_s () - start;
  run.cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                    usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  run.peak_mb = usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */
  run.phases = phase_lines (out->str);
  g_string_free (out, TRUE);
  return run;
}

static Run
run_child (const char * const *argv)
{
  return run_child_full (argv, FALSE);
}

/* Generates the dataset with “mobilize-cli generate” in a process of its
 * own: this one stays small, so that the peak memory of the exports, which
 * are forked from it, is theirs alone. */
static void
open_dataset (const char *cli,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open (path, &error);

  g_assert_no_error (error);
  if (count (store, "SELECT count(*) FROM partner") == 0)
    {
      const char *argv[] = { cli, "--db", path, "generate", NULL };
      Run run;

      g_clear_object (&store);
      run = run_child (argv);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      g_print ("generate the benchmark dataset: %.1f s\n", run.seconds);
      store = mz_store_open (path, &error);
      g_assert_no_error (error);
    }

  if (count (store, "SELECT count(*) FROM commitment") < N_COMMITMENTS)
    g_print ("this database has fewer than %d commitments: delete it to generate it again\n",
             N_COMMITMENTS);

  g_print ("dataset: %" G_GINT64_FORMAT " partners, %" G_GINT64_FORMAT " contacts, %" G_GINT64_FORMAT
           " interactions, %" G_GINT64_FORMAT " commitments, %" G_GINT64_FORMAT " instalments, %"
           G_GINT64_FORMAT " payments\n",
           count (store, "SELECT count(*) FROM partner"), count (store, "SELECT count(*) FROM contact"),
           count (store, "SELECT count(*) FROM interaction"), count (store, "SELECT count(*) FROM commitment"),
           count (store, "SELECT count(*) FROM instalment"), count (store, "SELECT count(*) FROM payment"));
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
  double load = load_average ();
  Run run = run_child_full (argv, TRUE);
  GStatBuf st = { 0 };

  g_stat (out, &st);
  g_print ("export report%s: %.2f s (CPU %.2f s on %u cores, load average %.2f), peak RSS %.1f MB, "
           "%.1f MB on disk, exit %d\n",
           personal ? " --personal-data" : "", run.seconds, run.cpu_seconds,
           g_get_num_processors (), load, run.peak_mb, st.st_size / 1048576.0,
           WIFEXITED (run.status) ? WEXITSTATUS (run.status) : -1);
  if (run.phases != NULL)
    g_print ("  phases (wall; CPU of the thread that ran them):\n%s", run.phases);
  g_clear_pointer (&run.phases, g_free);
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

  /* g_print() writes in the locale's character set: "×", not "?". */
  setlocale (LC_ALL, "");
  if (cli == NULL)
    cli = "mobilize-cli";

  open_dataset (cli, db);
  g_print ("database: %s\n", db);

  full = export (cli, db, out, FALSE);
  export (cli, db, out_personal, TRUE);
  baseline (db, dir, full.seconds);

  g_print ("targets: time %.2f s (<= %.0f) %s; peak RSS %.1f MB (<= %.0f) %s; "
           "CPU %.2f s (at best %.2f s of wall time on %u idle cores)\n",
           full.seconds, TIME_TARGET_S, full.seconds <= TIME_TARGET_S ? "met" : "MISSED",
           full.peak_mb, RSS_TARGET_MB, full.peak_mb <= RSS_TARGET_MB ? "met" : "MISSED",
           full.cpu_seconds, full.cpu_seconds / MAX (g_get_num_processors (), 1),
           g_get_num_processors ());

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

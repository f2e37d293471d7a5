/* bench-startup.c — cold start of the window: from process start to the
 * first frame painted, median over several runs of a fresh process each.
 *
 *   meson test -C _build-test --benchmark bench-startup
 *   MOBILIZE_BENCH_DB=/path/to.db …  (default: a new database with demo data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mz-application.h"
#include "mz-demo.h"
#include "mz-identity.h"
#include "mz-store.h"

#define RUNS 7

/* Milliseconds since this process started, from /proc (jiffies since boot)
 * and CLOCK_BOOTTIME, so that loading and linking count too. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  struct timespec now;
  const char *p;
  guint64 start_ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return -1;

  /* Field 22 (starttime); skip past the command name in parentheses. */
  p = strrchr (stat, ')');
  for (int field = 2; p && field < 22; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return -1;
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);

  clock_gettime (CLOCK_BOOTTIME, &now);
  return (now.tv_sec * 1000.0 + now.tv_nsec / 1e6) -
         (start_ticks * 1000.0 / sysconf (_SC_CLK_TCK));
}

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_print ("%.1f\n", ms_since_process_start ());
  g_application_quit (app);
}

static void
window_mapped_cb (GtkWidget    *window,
                  GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), app);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  if (gtk_application_get_windows (app)->next == NULL)
    g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), app);
}

static int
run_child (const char *db_path)
{
  g_autoptr(MzApplication) app = mz_application_new ();
  char *argv[] = { (char *) "mobilize", (char *) "--db", (char *) db_path, NULL };

  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), 3, argv);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  double times[RUNS];

  if (argc == 3 && strcmp (argv[1], "--child") == 0)
    {
      mz_application_prepare_process ();
      return run_child (argv[2]);
    }

  if (g_getenv ("MOBILIZE_BENCH_DB"))
    db_path = g_strdup (g_getenv ("MOBILIZE_BENCH_DB"));
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MzStore) store = NULL;

      tmpdir = g_dir_make_tmp ("mz-bench-startup-XXXXXX", NULL);
      db_path = g_build_filename (tmpdir, "demo.db", NULL);
      store = mz_store_open (db_path, &error);
      if (store == NULL ||
          !mz_identity_set (store, "BDT", "Bench", &error) ||
          !mz_demo_load (store, &error))
        g_error ("%s", error->message);
    }

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      const char *child_argv[] = { argv[0], "--child", db_path, NULL };
      int status;

      if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("run %d: %s", i, error ? error->message : "failed");
      times[i] = g_ascii_strtod (out, NULL);
      g_printerr ("run %d: %.1f ms\n", i + 1, times[i]);
    }

  qsort (times, RUNS, sizeof times[0], compare_doubles);
  g_print ("cold start to first frame: median %.1f ms, min %.1f ms, max %.1f ms (%d runs, %s)\n",
           times[RUNS / 2], times[0], times[RUNS - 1], RUNS, db_path);

  if (tmpdir)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
      (void) system (cmd);
    }
  return 0;
}

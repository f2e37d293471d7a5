/* bench-memory.c — the GUI's memory and its main thread while typing, on
 * the benchmark database
 *
 *   MOBILIZE_BENCH_DB=/tmp/bench.db meson test -C _build --benchmark bench-memory -v
 *   (under xvfb-run -a -s "-screen 0 1280x800x24"; GSK_RENDERER=cairo to
 *   compare renderers; BENCH_MEMORY_STEPS=partners to stop after the
 *   Partners searches, =contacts or =interactions to type in Contacts or
 *   Interactions only; BENCH_MEMORY_VERBOSE=1 for each keystroke's
 *   figures; G_MESSAGES_DEBUG=mz-partners-page for the time each search
 *   result takes to show)
 *
 * A fresh process opens the window on the database and does what a user
 * does in the CRM sections: Partners, searches typed a key at a time in
 * Latin, Chinese, Arabic and Cyrillic, several partner pages, scrolling,
 * then Contacts and Interactions with a search each and scrolling. It
 * prints the resident memory after each step, the peak (VmHWM) and what
 * is resident at the end, and for every keystroke what the main thread
 * spent from it until the next key 200 ms later (the call that hands the
 * text to the page, the search results, the frames drawn): its CPU time,
 * and the time on the clock of every main loop dispatch (which also
 * counts waiting for a CPU on a busy machine and for llvmpipe's threads).
 * Target: peak RSS ≤ 200 MB; keystrokes < 16 ms.
 *
 * Without MOBILIZE_BENCH_DB the benchmark is skipped: the figures only
 * mean something at the benchmark size (mobilize-cli generate).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "mz-application.h"
#include "mz-contacts-page-private.h"
#include "mz-interactions-page-private.h"
#include "mz-partner.h"
#include "mz-partners-page-cell.h"
#include "mz-partners-page-private.h"
#include "mz-window-private.h"

#define KEY_INTERVAL_MS 200

static GArray *keystrokes;   /* double: ms of main-thread work per key */
static GArray *keystrokes_cpu;  /* double: ms of main-thread CPU per key */
static double  worst_dispatch;
static double  frame_start_cpu;
static double  frames_cpu;   /* ms of main-thread CPU in frames (layout, paint) */
static guint   n_frames;
static GString *frame_list;  /* each frame's ms, for BENCH_MEMORY_VERBOSE */

/* CPU time of this (the main) thread in ms: unlike the time on the clock,
 * it does not count waiting for a CPU on a busy machine, nor for the GL
 * renderer's threads. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
on_frame_start_cb (GdkFrameClock *clock)
{
  frame_start_cpu = thread_cpu_ms ();
}

static void
on_frame_end_cb (GdkFrameClock *clock)
{
  if (frame_start_cpu > 0)
    {
      double ms = thread_cpu_ms () - frame_start_cpu;

      frames_cpu += ms;
      if (frame_list != NULL)
        g_string_append_printf (frame_list, " %.1f", ms);
    }
  frame_start_cpu = 0;
  n_frames++;
}

/* One main loop iteration; returns the ms spent dispatching (not waiting). */
static double
iterate_timed (int max_wait_ms)
{
  GMainContext *context = g_main_context_default ();
  GPollFD fds[64];
  int max_priority, timeout, n_fds;
  gint64 start;
  double ms = 0;

  g_main_context_acquire (context);
  g_main_context_prepare (context, &max_priority);
  n_fds = g_main_context_query (context, max_priority, &timeout, fds, G_N_ELEMENTS (fds));
  if (timeout < 0 || timeout > max_wait_ms)
    timeout = max_wait_ms;
  g_poll (fds, MIN (n_fds, (int) G_N_ELEMENTS (fds)), timeout);
  start = g_get_monotonic_time ();
  if (g_main_context_check (context, max_priority, fds, MIN (n_fds, (int) G_N_ELEMENTS (fds))))
    g_main_context_dispatch (context);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_main_context_release (context);
  return ms;
}

/* Runs the main loop for @ms; returns the ms spent dispatching. */
static double
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  double busy = 0;

  while (g_get_monotonic_time () < end)
    {
      double spent = iterate_timed (MAX (1, (int) ((end - g_get_monotonic_time ()) / 1000)));

      busy += spent;
      worst_dispatch = MAX (worst_dispatch, spent);
    }
  return busy;
}

static char *
status_field (const char *file,
              const char *name)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (file, &text, NULL, NULL))
    return g_strdup ("?");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name))
      return g_strstrip (g_strdup (lines[i] + strlen (name)));
  return g_strdup ("?");
}

static double
status_mb (const char *name)
{
  g_autofree char *value = status_field ("/proc/self/status", name);

  return g_ascii_strtod (value, NULL) / 1024.0;
}

static void
print_memory (const char *when)
{
  double heap = 0;

#ifdef __GLIBC__
  heap = mallinfo2 ().uordblks / 1048576.0;
#endif
  g_print ("%-40s RSS %6.1f MB  peak %6.1f MB  malloc %6.1f MB  sqlite %5.1f MB\n", when,
           status_mb ("VmRSS:"), status_mb ("VmHWM:"), heap, sqlite3_memory_used () / 1048576.0);
}

static void
print_breakdown (void)
{
  const char *fields[] = { "Rss:", "Pss_Anon:", "Pss_File:", "Anonymous:", "Shared_Clean:",
                           "Private_Clean:", "Private_Dirty:" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = status_field ("/proc/self/smaps_rollup", fields[i]);

      g_print ("  smaps_rollup %-16s %s\n", fields[i], value);
    }
#ifdef __GLIBC__
  {
    struct mallinfo2 info = mallinfo2 ();

    g_print ("  malloc: in use %.1f MB, free in arenas %.1f MB, mmapped %.1f MB\n",
             info.uordblks / 1048576.0, info.fordblks / 1048576.0, info.hblkhd / 1048576.0);
  }
  {
    /* mallinfo2() counts the main arena only; the worker threads' arenas
     * hold what they read (the 20,000 partners among them). */
    char *xml = NULL;
    size_t size = 0;
    FILE *out = open_memstream (&xml, &size);

    if (out != NULL && malloc_info (0, out) == 0 && fclose (out) == 0)
      {
        const char *summary = g_strrstr (xml, "</heap>");
        const char *rest = summary ? strstr (summary, "<total type=\"rest\"") : NULL;
        const char *system = summary ? strstr (summary, "<system type=\"current\" size=\"") : NULL;
        const char *rest_size = rest ? strstr (rest, "size=\"") : NULL;

        if (rest_size != NULL && system != NULL)
          {
            double free_mb = g_ascii_strtod (rest_size + 6, NULL) / 1048576.0;
            double system_mb = g_ascii_strtod (system + strlen ("<system type=\"current\" size=\""), NULL) / 1048576.0;

            g_print ("  malloc, all arenas: %.1f MB from the system, %.1f MB of it free\n", system_mb, free_mb);
          }
      }
    free (xml);
  }
#endif
  {
    int current = 0, highwater = 0;

    sqlite3_status (SQLITE_STATUS_MEMORY_USED, &current, &highwater, FALSE);
    g_print ("  sqlite: %.1f MB in use, %.1f MB at most\n", current / 1048576.0, highwater / 1048576.0);
  }
}

static GtkWidget *
section (MzWindow   *window,
         const char *name)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", name);
  return gtk_stack_get_child_by_name (_mz_window_get_content_stack (window), name);
}

static gboolean
busy (GtkWidget *page)
{
  if (MZ_IS_PARTNERS_PAGE (page))
    return _mz_partners_page_is_loading (MZ_PARTNERS_PAGE (page));
  if (MZ_IS_CONTACTS_PAGE (page))
    return _mz_contacts_page_is_busy (MZ_CONTACTS_PAGE (page));
  return _mz_interactions_page_is_busy (MZ_INTERACTIONS_PAGE (page));
}

static void
wait_ready (GtkWidget *page)
{
  gint64 start = g_get_monotonic_time ();

  run_for (100);
  while (busy (page) && g_get_monotonic_time () - start < 120 * G_USEC_PER_SEC)
    run_for (50);
  run_for (500);
}

/* Types @text a character at a time, as a user does. */
static void
type_search (GtkWidget  *page,
             const char *text)
{
  const char *end = text;

  while (*end != '\0')
    {
      g_autofree char *typed = NULL;
      gint64 start;
      double ms, cpu;

      end = g_utf8_next_char (end);
      typed = g_strndup (text, end - text);
      start = g_get_monotonic_time ();
      cpu = thread_cpu_ms ();
      frames_cpu = 0;
      n_frames = 0;
      if (frame_list == NULL)
        frame_list = g_string_new (NULL);
      g_string_truncate (frame_list, 0);
      g_object_set (page, "search-text", typed, NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      worst_dispatch = MAX (worst_dispatch, ms);
      ms += run_for (KEY_INTERVAL_MS);
      g_array_append_val (keystrokes, ms);
      cpu = thread_cpu_ms () - cpu;
      g_array_append_val (keystrokes_cpu, cpu);
      if (g_getenv ("BENCH_MEMORY_VERBOSE") != NULL)
        g_print ("  “%s”: CPU %.1f ms (%.1f ms in %u frames:%s), busy %.1f ms, %u rows\n", typed, cpu,
                 frames_cpu, n_frames, frame_list->str, ms, MZ_IS_PARTNERS_PAGE (page)
                 ? g_list_model_get_n_items (_mz_partners_page_get_shown (MZ_PARTNERS_PAGE (page))) : 0);
    }
  /* The results settle, then the search is cleared. */
  wait_ready (page);
  g_object_set (page, "search-text", "", NULL);
  wait_ready (page);
}

static void
scroll (GtkColumnView *view,
        guint          n_steps)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (scrollable);

  for (guint i = 1; adjustment != NULL && i <= n_steps; i++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, upper * i / n_steps);
      run_for (150);
    }
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, 0);
  run_for (300);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
print_series (const char *what,
              const char *unit,
              GArray     *series)
{
  double *ms = (double *) series->data;
  guint n = series->len;

  if (n == 0)
    return;
  qsort (ms, n, sizeof *ms, compare_doubles);
  g_print ("%s: main thread %s per keystroke over %u keys: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
           what, unit, n, ms[n / 2], ms[MIN (n - 1, n * 95 / 100)], ms[n - 1]);
  g_array_set_size (series, 0);
}

static void
print_keystrokes (const char *what)
{
  print_series (what, "CPU", keystrokes_cpu);
  print_series (what, "busy (clock)", keystrokes);
}

static const char * const searches[] = {
  "Ministry", "tele", "电联", "国际电", "الاتحاد", "Союз", "digi",
};

static int
run_child (const char *db_path)
{
  g_autoptr(MzApplication) app = mz_application_new ();
  GtkWidget *page;
  MzWindow *window;
  guint n_drawn;

  keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  keystrokes_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_application_register (G_APPLICATION (app), NULL, NULL);
  /* To tell what the sections' transitions cost. */
  if (g_getenv ("BENCH_MEMORY_NO_ANIMATIONS") != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  window = mz_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!mz_window_open_database (window, db_path))
    return 1;
  gtk_window_present (GTK_WINDOW (window));
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

    g_signal_connect (clock, "update", G_CALLBACK (on_frame_start_cb), NULL);
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_end_cb), NULL);
  }
  run_for (2000);
  print_memory ("window open (Dashboard)");

  if (g_strcmp0 (g_getenv ("BENCH_MEMORY_STEPS"), "contacts") == 0)
    {
      page = section (window, "contacts");
      wait_ready (page);
      type_search (page, "Wang");
      print_keystrokes ("Contacts search");
      return 0;
    }

  if (g_strcmp0 (g_getenv ("BENCH_MEMORY_STEPS"), "interactions") == 0)
    {
      page = section (window, "interactions");
      wait_ready (page);
      type_search (page, "pledge");
      print_keystrokes ("Interactions search");
      return 0;
    }

  page = section (window, "partners");
  wait_ready (page);
  print_memory ("Partners loaded");

  worst_dispatch = 0;
  n_drawn = mz_partners_page_cell_get_n_drawn ();
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    type_search (page, searches[i]);
  print_memory ("Partners: searches typed");
  print_keystrokes ("Partners search");
  g_print ("longest single main-loop dispatch while typing: %.1f ms\n", worst_dispatch);
  g_print ("Partners table cells drawn while typing: %u\n", mz_partners_page_cell_get_n_drawn () - n_drawn);
  if (g_strcmp0 (g_getenv ("BENCH_MEMORY_STEPS"), "partners") == 0)
    return 0;

  {
    GListModel *shown = _mz_partners_page_get_shown (MZ_PARTNERS_PAGE (page));
    guint n = g_list_model_get_n_items (shown);

    for (guint i = 0; i < 6 && n > 0; i++)
      {
        g_autoptr(MzPartner) partner = g_list_model_get_item (shown, (i * 3331) % n);

        mz_partners_page_open_partner (MZ_PARTNERS_PAGE (page), mz_partner_get_id (partner));
        run_for (700);
      }
    gtk_widget_activate_action (page, "partners.back", NULL);
    run_for (300);
    while (g_strcmp0 (_mz_partners_page_get_state (MZ_PARTNERS_PAGE (page)), "partner") == 0)
      {
        gtk_widget_activate_action (page, "partners.back", NULL);
        run_for (100);
      }
  }
  print_memory ("Partners: 6 partner pages opened");

  scroll (_mz_partners_page_get_column_view (MZ_PARTNERS_PAGE (page)), 8);
  print_memory ("Partners: scrolled");

  page = section (window, "contacts");
  wait_ready (page);
  print_memory ("Contacts loaded");
  type_search (page, "Wang");
  print_keystrokes ("Contacts search");
  scroll (_mz_contacts_page_get_view (MZ_CONTACTS_PAGE (page)), 8);
  print_memory ("Contacts: searched and scrolled");

  page = section (window, "interactions");
  wait_ready (page);
  print_memory ("Interactions loaded");
  type_search (page, "pledge");
  print_keystrokes ("Interactions search");
  scroll (_mz_interactions_page_get_view (MZ_INTERACTIONS_PAGE (page)), 8);
  print_memory ("Interactions: searched and scrolled");

  page = section (window, "partners");
  wait_ready (page);
  run_for (1000);
  print_memory ("back to Partners (end)");
  print_breakdown ();
#ifdef __GLIBC__
  /* What malloc keeps but could give back. */
  {
    gint64 start = g_get_monotonic_time ();

    malloc_trim (0);
    g_print ("malloc_trim (0) took %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  }
  print_memory ("after malloc_trim (0)");
#endif
  g_print ("peak RSS %.1f MB, RSS at the end %.1f MB (renderer %s)\n", status_mb ("VmHWM:"),
           status_mb ("VmRSS:"),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

int
main (int    argc,
      char **argv)
{
  const char *db_path = g_getenv ("MOBILIZE_BENCH_DB");
  const char *child_argv[] = { argv[0], "--child", db_path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (argc == 3 && strcmp (argv[1], "--child") == 0)
    {
      mz_application_prepare_process ();
      return run_child (argv[2]);
    }

  if (db_path == NULL || !g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      g_print ("bench-memory: set MOBILIZE_BENCH_DB to a database made by "
               "`mobilize-cli generate` (skipped)\n");
      return 0;
    }

  /* A fresh process, so that what the figures count is this run only. */
  if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("bench-memory: %s", error->message);
  return 0;
}

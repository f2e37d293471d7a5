/* test-id.c — UUIDv7 keys and the hybrid logical clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mz-clock.h"
#include "mz-id.h"

#define N_IDS 100000
#define N_THREADS 4

static gint64
now_ms (void)
{
  return g_get_real_time () / 1000;
}

/* UUIDv7 */

static void
test_id_sequence (void)
{
  char *ids = g_malloc ((gsize) N_IDS * (MZ_ID_LEN + 1));
  gint64 start, end, first_ms, last_ms;

  start = now_ms ();
  for (guint i = 0; i < N_IDS; i++)
    mz_id_new_into (ids + (gsize) i * (MZ_ID_LEN + 1));
  end = now_ms ();

  for (guint i = 0; i < N_IDS; i++)
    {
      const char *id = ids + (gsize) i * (MZ_ID_LEN + 1);
      gint64 ms = mz_id_get_unix_ms (id);

      if (!mz_id_is_valid (id))
        g_error ("id %u “%s” is not a valid UUIDv7", i, id);

      /* Strictly increasing as text implies unique. */
      if (i > 0 && strcmp (id - (MZ_ID_LEN + 1), id) >= 0)
        g_error ("id %u “%s” does not sort after “%s”", i, id, id - (MZ_ID_LEN + 1));

      /* The counter may borrow a millisecond when more than ~2,000 ids are
       * made within one; allow that much lead, no more. */
      if (ms < start || ms > end + 50)
        g_error ("id %u “%s” has time %" G_GINT64_FORMAT " outside [%" G_GINT64_FORMAT
                 ", %" G_GINT64_FORMAT "]", i, id, ms, start, end);
    }

  first_ms = mz_id_get_unix_ms (ids);
  last_ms = mz_id_get_unix_ms (ids + (gsize) (N_IDS - 1) * (MZ_ID_LEN + 1));
  g_test_message ("%d ids in %" G_GINT64_FORMAT " ms; id time ran %" G_GINT64_FORMAT
                  " ms, last id leads the wall clock by %" G_GINT64_FORMAT " ms",
                  N_IDS, end - start, last_ms - first_ms, last_ms - end);
  g_free (ids);
}

typedef struct
{
  char  *ids;
  guint  n;
} IdBatch;

static gpointer
make_ids_thread (gpointer data)
{
  IdBatch *batch = data;

  for (guint i = 0; i < batch->n; i++)
    mz_id_new_into (batch->ids + (gsize) i * (MZ_ID_LEN + 1));
  return NULL;
}

static void
test_id_threads (void)
{
  IdBatch batches[N_THREADS];
  GThread *threads[N_THREADS];
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t < N_THREADS; t++)
    {
      batches[t].n = N_IDS / N_THREADS;
      batches[t].ids = g_malloc ((gsize) batches[t].n * (MZ_ID_LEN + 1));
    }
  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("ids", make_ids_thread, &batches[t]);
  for (guint t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);

  for (guint t = 0; t < N_THREADS; t++)
    for (guint i = 0; i < batches[t].n; i++)
      {
        char *id = batches[t].ids + (gsize) i * (MZ_ID_LEN + 1);

        g_assert_true (mz_id_is_valid (id));
        if (!g_hash_table_add (seen, id))
          g_error ("id “%s” was made twice", id);
        /* Each thread's own ids are also in order. */
        if (i > 0)
          g_assert_cmpstr (id - (MZ_ID_LEN + 1), <, id);
      }

  g_assert_cmpuint (g_hash_table_size (seen), ==, N_IDS);

  for (guint t = 0; t < N_THREADS; t++)
    g_free (batches[t].ids);
}

static void
test_id_validity (void)
{
  g_autofree char *id = mz_id_new ();
  char bad[MZ_ID_LEN + 1];
  gint64 before = now_ms ();

  g_assert_true (mz_id_is_valid (id));
  g_assert_cmpuint (strlen (id), ==, MZ_ID_LEN);
  g_assert_cmpint (id[14], ==, '7');
  g_assert_cmpint (mz_id_get_unix_ms (id), <=, before + 50);
  g_assert_cmpint (mz_id_get_unix_ms (id), >=, before - 1000);

  g_assert_true (mz_id_is_valid ("01800000-0000-7000-8000-000000000001"));
  g_assert_cmpint (mz_id_get_unix_ms ("01800000-0000-7000-8000-000000000001"), ==, 0x018000000000);

  g_assert_false (mz_id_is_valid (NULL));
  g_assert_false (mz_id_is_valid (""));
  g_assert_false (mz_id_is_valid ("01800000-0000-7000-8000-00000000000"));    /* short */
  g_assert_false (mz_id_is_valid ("01800000-0000-7000-8000-0000000000011"));  /* long */
  g_assert_false (mz_id_is_valid ("01800000-0000-4000-8000-000000000001"));   /* v4 */
  g_assert_false (mz_id_is_valid ("01800000-0000-7000-c000-000000000001"));   /* variant */
  g_assert_false (mz_id_is_valid ("0180000A-0000-7000-8000-000000000001"));   /* upper case */
  g_assert_false (mz_id_is_valid ("01800000x0000-7000-8000-000000000001"));   /* dash */
  g_assert_false (mz_id_is_valid ("0180000g-0000-7000-8000-000000000001"));   /* not hex */
  g_assert_cmpint (mz_id_get_unix_ms ("not an id"), ==, -1);

  memcpy (bad, id, sizeof bad);
  bad[14] = '4';
  g_assert_false (mz_id_is_valid (bad));
}

/* Hybrid logical clock */

#define NODE "0123456789abcdef"

static void
test_clock_monotonic (void)
{
  char prev[MZ_CLOCK_LEN + 1] = "";
  char cur[MZ_CLOCK_LEN + 1];
  MzClock clock;
  gint64 start = now_ms (), end;

  mz_clock_init (&clock, NODE, NULL);
  for (guint i = 0; i < N_IDS; i++)
    {
      mz_clock_tick (&clock, cur);
      if (strlen (cur) != MZ_CLOCK_LEN)
        g_error ("clock value “%s” is not %d long", cur, MZ_CLOCK_LEN);
      if (strcmp (prev, cur) >= 0)
        g_error ("clock value “%s” does not sort after “%s”", cur, prev);
      memcpy (prev, cur, sizeof cur);
    }
  end = now_ms ();

  g_assert_true (g_str_has_suffix (cur, "-" NODE));
  g_assert_cmpint (mz_clock_parse_ms (cur, NULL), >=, start);
  g_assert_cmpint (mz_clock_parse_ms (cur, NULL), <=, end + 1);
}

static void
test_clock_observe (void)
{
  char local[MZ_CLOCK_LEN + 1];
  char remote[MZ_CLOCK_LEN + 1];
  char next[MZ_CLOCK_LEN + 1];
  MzClock mine, theirs;
  gint64 ahead = now_ms () + 3600 * 1000;
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (ahead / 1000);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *future = g_strdup_printf ("%s.%03dZ-0005-fedcba9876543210", iso, (int) (ahead % 1000));

  /* Another node whose clock runs an hour ahead. */
  mz_clock_init (&theirs, "fedcba9876543210", future);
  mz_clock_tick (&theirs, remote);
  g_assert_cmpint (mz_clock_parse_ms (remote, NULL), ==, ahead);

  mz_clock_init (&mine, NODE, NULL);
  mz_clock_tick (&mine, local);
  g_assert_cmpstr (local, <, remote);

  g_assert_true (mz_clock_observe (&mine, remote));
  mz_clock_tick (&mine, next);
  g_assert_cmpstr (next, >, remote);
  g_assert_cmpstr (next, >, local);
  g_assert_true (g_str_has_suffix (next, NODE));

  /* An older remote value does not pull the clock back. */
  g_assert_true (mz_clock_observe (&mine, local));
  mz_clock_tick (&mine, local);
  g_assert_cmpstr (local, >, next);

  g_assert_false (mz_clock_observe (&mine, "yesterday"));
  g_assert_false (mz_clock_observe (&mine, NULL));
}

static void
test_clock_parse (void)
{
  const char *value = "2026-11-28T07:45:12.345Z-00a7-0123456789abcdef";
  char buf[MZ_CLOCK_LEN + 1];
  guint counter = 0;
  MzClock clock;
  gint64 ms;
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2026, 11, 28, 7, 45, 12);

  g_assert_cmpuint (strlen (value), ==, MZ_CLOCK_LEN);
  ms = mz_clock_parse_ms (value, &counter);
  g_assert_cmpint (ms, ==, g_date_time_to_unix (dt) * 1000 + 345);
  g_assert_cmpuint (counter, ==, 0xa7);

  /* Round trip: a clock started after a value far in the future issues
   * the next value of the same millisecond. */
  mz_clock_init (&clock, NODE, "2999-01-01T00:00:00.999Z-0001-" NODE);
  mz_clock_tick (&clock, buf);
  g_assert_cmpstr (buf, ==, "2999-01-01T00:00:00.999Z-0002-" NODE);
  g_assert_cmpint (mz_clock_parse_ms (buf, &counter), ==, clock.ms);
  g_assert_cmpuint (counter, ==, 2);

  /* The counter overflows into the next millisecond. */
  mz_clock_init (&clock, NODE, "2999-01-01T00:00:00.999Z-ffff-" NODE);
  mz_clock_tick (&clock, buf);
  g_assert_cmpstr (buf, ==, "2999-01-01T00:00:01.000Z-0000-" NODE);

  /* Only the exact format parses. */
  g_assert_cmpint (mz_clock_parse_ms (NULL, NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12.345Z-00a7-0123456789abcde", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12.345Z-00A7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12.345Z- 0a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12.345Z-+0a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-13-28T07:45:12.345Z-00a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T24:45:12.345Z-00a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28 07:45:12.345Z-00a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12,345Z-00a7-0123456789abcdef", NULL), ==, -1);
  g_assert_cmpint (mz_clock_parse_ms ("2026-11-28T07:45:12.345Z-00a7-0123456789abcdeX", NULL), ==, -1);
}

static void
test_clock_init_garbage (void)
{
  char buf[MZ_CLOCK_LEN + 1];
  MzClock clock;
  gint64 start = now_ms ();

  /* A damaged stored value starts from the wall clock. */
  mz_clock_init (&clock, NODE, "garbage");
  mz_clock_tick (&clock, buf);
  g_assert_cmpint (mz_clock_parse_ms (buf, NULL), >=, start);

  /* A missing node still gives values of the right length. */
  mz_clock_init (&clock, NULL, NULL);
  mz_clock_tick (&clock, buf);
  g_assert_cmpuint (strlen (buf), ==, MZ_CLOCK_LEN);
  g_assert_true (g_str_has_suffix (buf, "-0000000000000000"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/id/sequence", test_id_sequence);
  g_test_add_func ("/id/threads", test_id_threads);
  g_test_add_func ("/id/validity", test_id_validity);
  g_test_add_func ("/clock/monotonic", test_clock_monotonic);
  g_test_add_func ("/clock/observe", test_clock_observe);
  g_test_add_func ("/clock/parse", test_clock_parse);
  g_test_add_func ("/clock/init-garbage", test_clock_init_garbage);

  return g_test_run ();
}

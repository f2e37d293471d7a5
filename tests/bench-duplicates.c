/* bench-duplicates.c — how fast the duplicate search is at the benchmark size
 *
 * Copies the database named by $MOBILIZE_BENCH_DB (left untouched: the copy
 * is migrated, not the original), or generates the default partners and
 * contacts there when it does not exist (kept), or into a temporary file
 * without it, then measures:
 *   - the first search, which builds the key table (schema 4) for every
 *     partner;
 *   - mz_partner_find_duplicates() for 1,000 partners taken at random from
 *     the database (their names, website, country, type and the e-mail
 *     domain of one of their contacts), as the partner editor asks;
 *   - the same interleaved with inserts inside one transaction, as a CSV
 *     import asks for every row (each search first re-keys the row before).
 * Target: median ≤ 2 ms a search.
 *
 * Run: meson test -C _build --benchmark bench-duplicates --verbose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "mz-generator.h"
#include "mz-identity.h"
#include "mz-partner-duplicates.h"
#include "mz-partner-store.h"

#define TARGET_MS 2.0
#define N_SEARCHES 1000

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *ms,
            double  p)
{
  g_array_sort (ms, compare_doubles);
  return g_array_index (ms, double, (guint) (p * (ms->len - 1) + 0.5));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
print_stats (const char *what,
             GArray     *ms)
{
  g_print ("%-38s n=%-5u median %6.3f ms  p95 %6.3f ms  max %7.3f ms\n", what, ms->len,
           percentile (ms, 0.5), percentile (ms, 0.95), percentile (ms, 1.0));
}

static void
copy_database (const char *from,
               const char *to)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (from, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sql = sqlite3_mprintf ("VACUUM INTO %Q", to);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("cannot copy %s: %s", from, message);
  sqlite3_free (sql);
  sql = NULL;
  sqlite3_close (db);
}

typedef struct
{
  MzPartner *partner;
  char      *domain[2];
} Candidate;

static GArray *
pick_candidates (MzStore *store)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Candidate));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (store),
                                       "SELECT p.name, p.local_name, p.short_name, p.type, p.country, p.website, "
                                       "(SELECT json_extract (c.emails, '$[0]') FROM contact c "
                                       " WHERE c.partner_id = p.id LIMIT 1) "
                                       "FROM partner p WHERE p.deleted_at IS NULL ORDER BY random () LIMIT ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, N_SEARCHES);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Candidate c = { mz_partner_new (), { NULL, NULL } };

      mz_partner_set_name (c.partner, (const char *) sqlite3_column_text (stmt, 0));
      mz_partner_set_local_name (c.partner, (const char *) sqlite3_column_text (stmt, 1));
      mz_partner_set_short_name (c.partner, (const char *) sqlite3_column_text (stmt, 2));
      mz_partner_set_partner_type (c.partner, (const char *) sqlite3_column_text (stmt, 3));
      mz_partner_set_country (c.partner, (const char *) sqlite3_column_text (stmt, 4));
      mz_partner_set_website (c.partner, (const char *) sqlite3_column_text (stmt, 5));
      c.domain[0] = mz_partner_email_domain ((const char *) sqlite3_column_text (stmt, 6));
      g_array_append_val (out, c);
    }
  sqlite3_finalize (stmt);
  return out;
}

int
main (int    argc,
      char  *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("mobilize-bench-dup-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  const char *source = g_getenv ("MOBILIZE_BENCH_DB");
  guint total_matches = 0;
  gboolean keep = FALSE;
  double start, median;
  gint64 partners = 0;

  if (source != NULL && g_file_test (source, G_FILE_TEST_EXISTS))
    {
      start = now_ms ();
      copy_database (source, path);
      g_print ("copy %s: %.0f ms\n", source, now_ms () - start);
    }
  else if (source != NULL)
    {
      g_free (path);
      path = g_strdup (source);
      keep = TRUE;
    }

  start = now_ms ();
  store = mz_store_open (path, &error);
  g_assert_no_error (error);
  g_print ("open and migrate: %.0f ms\n", now_ms () - start);
  if (!mz_identity_is_set (store))
    mz_identity_set (store, "GS", "Bench", &error);
  g_assert_no_error (error);

  g_assert_true (mz_partner_store_count (store, FALSE, &partners, &error));
  if (partners == 0)
    {
      MzGeneratorOptions options = {
        MZ_GENERATOR_DEFAULT_PARTNERS, MZ_GENERATOR_DEFAULT_CONTACTS, 1000, 20240101
      };

      start = now_ms ();
      mz_generator_run (store, &options, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_print ("generate %u partners, %u contacts: %.1f s\n", options.n_partners,
               options.n_contacts, (now_ms () - start) / 1000.0);
      g_assert_true (mz_partner_store_count (store, FALSE, &partners, &error));
    }

  candidates = pick_candidates (store);
  g_print ("%" G_GINT64_FORMAT " partners; %u candidates\n", partners, candidates->len);
  g_assert_cmpuint (candidates->len, >, 0);

  /* The first search keys every partner. */
  {
    g_autoptr(GPtrArray) matches = NULL;

    start = now_ms ();
    matches = mz_partner_find_duplicates (store, g_array_index (candidates, Candidate, 0).partner,
                                          NULL, 10, &error);
    g_assert_no_error (error);
    g_print ("first search (keys for every partner):  %.0f ms\n", now_ms () - start);
  }

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      g_autoptr(GPtrArray) matches = NULL;
      double t0 = now_ms (), t;

      matches = mz_partner_find_duplicates (store, c->partner, (const char * const *) c->domain, 10, &error);
      t = now_ms () - t0;
      g_assert_no_error (error);
      /* Each candidate is a copy of a live partner, so it finds at least that one. */
      g_assert_cmpuint (matches->len, >=, 1);
      total_matches += matches->len;
      g_array_append_val (ms, t);
    }
  print_stats ("find duplicates (editor)", ms);
  g_print ("%.1f matches a search on average\n", (double) total_matches / candidates->len);
  median = percentile (ms, 0.5);

  /* An import: insert a row, search for the next, all in one transaction. */
  g_array_set_size (ms, 0);
  g_assert_true (mz_store_begin (store, &error));
  for (guint i = 0; i < MIN (candidates->len, 500); i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      g_autoptr(MzPartner) row = mz_partner_copy (c->partner);
      g_autoptr(GPtrArray) matches = NULL;
      double t0, t;

      mz_partner_set_region (row, NULL);
      mz_partner_set_status (row, "prospect");
      g_assert_true (mz_partner_store_insert (store, row, &error));
      g_assert_no_error (error);

      t0 = now_ms ();
      matches = mz_partner_find_duplicates (store, row, (const char * const *) c->domain, 10, &error);
      t = now_ms () - t0;
      g_assert_no_error (error);
      g_array_append_val (ms, t);
    }
  mz_store_rollback (store);
  print_stats ("find duplicates (import, per row)", ms);
  median = MAX (median, percentile (ms, 0.5));

  g_print ("target: median ≤ %.1f ms: %s\n", TARGET_MS, median <= TARGET_MS ? "met" : "NOT MET");

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      g_object_unref (c->partner);
      g_free (c->domain[0]);
    }
  g_clear_object (&store);
  if (!keep)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);

  return median <= TARGET_MS ? 0 : 1;
}

/* bench-crm.c — how fast the CRM store is at the benchmark size
 *
 * Generates the default dataset (20,000 partners, 100,000 contacts,
 * 500,000 interactions) into a temporary file, or reuses the database named
 * by $MOBILIZE_BENCH_DB (generated there first if it does not exist), then
 * measures and prints:
 *   - search as you type: every prefix (1–6 characters) of words of real
 *     names in Latin, Chinese, Arabic and Cyrillic script, first page of 50;
 *   - a partner page: the partner, its contacts, its last 50 interactions,
 *     open follow-ups, relations and the coordination notice, for 200
 *     random partners;
 *   - the list of all partners loaded into a GListModel.
 * Targets: search p95 ≤ 20 ms, partner page p95 ≤ 50 ms.
 *
 * Run: meson test -C _build --benchmark --verbose, or directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "mz-contact-store.h"
#include "mz-follow-up-store.h"
#include "mz-generator.h"
#include "mz-identity.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-store.h"
#include "mz-partner.h"
#include "mz-search.h"

#define SEARCH_TARGET_MS 20.0
#define PAGE_TARGET_MS 50.0

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
  guint index;

  g_array_sort (ms, compare_doubles);
  index = (guint) (p * (ms->len - 1) + 0.5);
  return g_array_index (ms, double, index);
}

static void
print_stats (const char *what,
             GArray     *ms)
{
  g_print ("%-34s n=%-4u median %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what, ms->len,
           percentile (ms, 0.5), percentile (ms, 0.95), percentile (ms, 1.0));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
progress_cb (const char *what,
             guint       done,
             guint       total,
             gpointer    user_data)
{
  if (done == total)
    g_printerr ("%s: %u\n", what, total);
}

static MzStore *
open_dataset (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = NULL;
  gint64 partners = 0;

  store = mz_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mz_partner_store_count (store, FALSE, &partners, &error));

  if (partners == 0)
    {
      MzGeneratorOptions options = {
        MZ_GENERATOR_DEFAULT_PARTNERS, MZ_GENERATOR_DEFAULT_CONTACTS,
        MZ_GENERATOR_DEFAULT_INTERACTIONS, 20240101
      };
      double start = now_ms ();

      if (g_getenv ("MOBILIZE_BENCH_PARTNERS"))
        options.n_partners = atoi (g_getenv ("MOBILIZE_BENCH_PARTNERS"));
      if (g_getenv ("MOBILIZE_BENCH_CONTACTS"))
        options.n_contacts = atoi (g_getenv ("MOBILIZE_BENCH_CONTACTS"));
      if (g_getenv ("MOBILIZE_BENCH_INTERACTIONS"))
        options.n_interactions = atoi (g_getenv ("MOBILIZE_BENCH_INTERACTIONS"));

      if (!mz_identity_is_set (store))
        mz_identity_set (store, "GS", "Generator", &error);
      g_assert_no_error (error);
      mz_generator_run (store, &options, progress_cb, NULL, NULL, &error);
      g_assert_no_error (error);
      g_print ("generate %u partners, %u contacts, %u interactions: %.1f s\n",
               options.n_partners, options.n_contacts, options.n_interactions,
               (now_ms () - start) / 1000.0);
    }

  return g_steal_pointer (&store);
}

/* Words of real names in one script, for typing. */
static GPtrArray *
sample_words (MzStore    *store,
              const char *sql,
              guint       n_words)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (words->len < n_words && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      g_auto(GStrv) parts = g_strsplit_set (text ? text : "", " «»()", -1);

      /* The longest word of the name: more prefixes to type. */
      const char *best = NULL;
      for (guint i = 0; parts[i] != NULL; i++)
        if (best == NULL || g_utf8_strlen (parts[i], -1) > g_utf8_strlen (best, -1))
          best = parts[i];
      if (best != NULL && g_utf8_strlen (best, -1) >= 2)
        g_ptr_array_add (words, g_strdup (best));
    }
  sqlite3_finalize (stmt);
  return words;
}

static void
bench_search (MzStore *store,
              double  *p95_out)
{
  static const struct
  {
    const char *script;
    const char *sql;
  } samples[] = {
    { "Latin", "SELECT name FROM partner WHERE deleted_at IS NULL AND type <> 'member_state' ORDER BY id DESC" },
    { "Latin (contacts)", "SELECT family_name FROM contact WHERE deleted_at IS NULL AND local_name IS NULL ORDER BY id DESC" },
    { "Chinese", "SELECT local_name FROM partner WHERE local_name GLOB '*[一-龥]*' ORDER BY id DESC" },
    { "Arabic", "SELECT local_name FROM partner WHERE local_name GLOB '*[ء-ي]*' ORDER BY id DESC" },
    { "Cyrillic", "SELECT local_name FROM partner WHERE local_name GLOB '*[А-я]*' ORDER BY id DESC" },
  };
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) short_q = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) long_q = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 hits = 0;

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr(GPtrArray) words = sample_words (store, samples[s].sql, 10);
      g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *label = g_strdup_printf ("search %s", samples[s].script);

      for (guint w = 0; w < words->len; w++)
        {
          const char *word = words->pdata[w];
          glong length = MIN (6, g_utf8_strlen (word, -1));

          /* Typing: each prefix of the word is a query. */
          for (glong n = 1; n <= length; n++)
            {
              g_autofree char *prefix = g_utf8_substring (word, 0, n);
              g_autoptr(GError) error = NULL;
              g_autoptr(GListModel) result = NULL;
              double start = now_ms (), took;

              result = mz_search_names (store, prefix, MZ_SEARCH_PAGE, &error);
              took = now_ms () - start;
              g_assert_no_error (error);
              g_assert_cmpuint (g_list_model_get_n_items (result), >, 0);
              hits += g_list_model_get_n_items (result);

              g_array_append_val (ms, took);
              g_array_append_val (all, took);
              g_array_append_val (n <= 2 ? short_q : long_q, took);
            }
        }
      print_stats (label, ms);
    }

  print_stats ("search 1-2 characters", short_q);
  print_stats ("search 3-6 characters", long_q);
  print_stats ("SEARCH (all queries)", all);
  g_print ("  (%.1f hits per query on average)\n", (double) hits / all->len);
  *p95_out = percentile (all, 0.95);
}

static void
load_page (MzStore    *store,
           const char *partner_id,
           const char *unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) partner = mz_partner_store_get (store, partner_id, &error);
  g_autoptr(GListModel) contacts = mz_contact_store_list_for_partner (store, partner_id, FALSE, &error);
  g_autoptr(GListModel) interactions = mz_interaction_store_list_for_partner (store, partner_id, 50, &error);
  g_autoptr(GListModel) follow_ups = mz_follow_up_store_list_for_partner (store, partner_id, FALSE, &error);
  g_autoptr(GListModel) relations = mz_partner_relation_store_list_for_partner (store, partner_id, &error);
  g_autoptr(GListModel) notice = mz_interaction_service_coordination (store, partner_id, unit_id, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (partner);
  g_assert_nonnull (contacts);
  g_assert_nonnull (interactions);
  g_assert_nonnull (follow_ups);
  g_assert_nonnull (relations);
  g_assert_nonnull (notice);
}

static void
bench_pages (MzStore *store,
             double  *p95_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = mz_partner_store_list (store, NULL, &error);
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) busiest = g_array_new (FALSE, FALSE, sizeof (double));
  GRand *rand = g_rand_new_with_seed (7);
  guint n = g_list_model_get_n_items (partners);

  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(MzPartner) p = g_list_model_get_item (partners, g_rand_int_range (rand, 0, n));
      double start = now_ms (), took;

      load_page (store, mz_partner_get_id (p), mz_partner_get_lead_unit_id (p));
      took = now_ms () - start;
      g_array_append_val (ms, took);
    }
  print_stats ("PARTNER PAGE (200 random)", ms);

  /* The partners with the most interactions, where pages are heaviest. */
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (mz_store_get_handle (store),
                        "SELECT partner_id FROM interaction WHERE deleted_at IS NULL "
                        "GROUP BY partner_id ORDER BY count(*) DESC LIMIT 20", -1, &stmt, NULL);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        double start = now_ms (), took;

        load_page (store, (const char *) sqlite3_column_text (stmt, 0), NULL);
        took = now_ms () - start;
        g_array_append_val (busiest, took);
      }
    sqlite3_finalize (stmt);
    print_stats ("partner page (20 busiest)", busiest);
  }

  g_rand_free (rand);
  *p95_out = percentile (ms, 0.95);
}

static void
bench_list (MzStore *store)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filtered = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = 0;

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now_ms (), took;
      g_autoptr(GListModel) list = mz_partner_store_list (store, NULL, &error);

      took = now_ms () - start;
      g_assert_no_error (error);
      n = g_list_model_get_n_items (list);
      g_array_append_val (ms, took);
    }
  g_print ("list of all %u partners:\n", n);
  print_stats ("LIST MODEL (all partners)", ms);

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GError) error = NULL;
      MzPartnerQuery query = { .region = "AFR", .status = "active", .sort = MZ_PARTNER_SORT_UPDATED, .descending = TRUE };
      double start = now_ms (), took;
      g_autoptr(GListModel) list = mz_partner_store_list (store, &query, &error);

      took = now_ms () - start;
      g_assert_no_error (error);
      g_array_append_val (filtered, took);
    }
  print_stats ("list model (AFR, active, by date)", filtered);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MzStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *reuse = g_getenv ("MOBILIZE_BENCH_DB");
  double search_p95 = 0, page_p95 = 0;

  if (reuse != NULL)
    path = g_strdup (reuse);
  else
    {
      dir = g_dir_make_tmp ("mobilize-bench-XXXXXX", NULL);
      path = g_build_filename (dir, "bench.db", NULL);
    }

  store = open_dataset (path);
  g_print ("database: %s\n", path);

  bench_search (store, &search_p95);
  bench_pages (store, &page_p95);
  bench_list (store);

  g_print ("targets: search p95 %.2f ms (<= %.0f) %s; partner page p95 %.2f ms (<= %.0f) %s\n",
           search_p95, SEARCH_TARGET_MS, search_p95 <= SEARCH_TARGET_MS ? "met" : "MISSED",
           page_p95, PAGE_TARGET_MS, page_p95 <= PAGE_TARGET_MS ? "met" : "MISSED");

  g_clear_object (&store);
  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }

  return 0;
}

/* mz-currency-totals.c — totals in Swiss francs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-currency-totals"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-budget-store.h"
#include "mz-currency-totals.h"
#include "mz-initiative-store.h"
#include "mz-money.h"
#include "mz-rate-table.h"

/* Loops in a hierarchy are not expected; this bounds the walk anyway. */
#define MAX_DEPTH 32

typedef struct
{
  MzRateTable     *rates;
  int              valuation_month;
  MzTotalsMeasure  measure;
  GHashTable      *rows;       /* key ("" for not allocated) → MzTotalsRow */
  GHashTable      *parents;    /* for a roll-up, else NULL */
  GHashTable      *missing;    /* currency codes without a rate */
  guint            n_unconverted;
} Accumulator;

static void
totals_row_free (MzTotalsRow *row)
{
  g_free (row->key);
  g_free (row);
}

void
mz_totals_free (MzTotals *totals)
{
  if (totals == NULL)
    return;
  g_clear_pointer (&totals->rows, g_ptr_array_unref);
  g_strfreev (totals->missing);
  g_free (totals);
}

const MzTotalsRow *
mz_totals_find (const MzTotals *totals,
                const char     *key)
{
  for (guint i = 0; i < totals->rows->len; i++)
    {
      const MzTotalsRow *row = totals->rows->pdata[i];

      if (g_strcmp0 (row->key, key) == 0)
        return row;
    }
  return NULL;
}

static const char *
root_of (GHashTable *parents,
         const char *id)
{
  for (int depth = 0; depth < MAX_DEPTH; depth++)
    {
      const char *parent = g_hash_table_lookup (parents, id);

      if (parent == NULL)
        break;
      id = parent;
    }
  return id;
}

/* The CHF value of a fact, or FALSE when its currency has no rate. */
static gboolean
fact_value (Accumulator        *acc,
            const MzTotalsFact *fact,
            gint64             *chf)
{
  gint64 rate = 1000000, chf_rate = 1000000;
  int exponent = 2;

  if (fact->currency != NULL && strcmp (fact->currency, "CHF") != 0)
    {
      int month = fact->month ? mz_rate_month_index (fact->month) : acc->valuation_month;

      if (!mz_rate_table_lookup_latest (acc->rates, fact->currency, month, &rate) ||
          !mz_rate_table_lookup_latest (acc->rates, "CHF", month, &chf_rate))
        return FALSE;
      exponent = mz_money_currency_exponent (fact->currency);
    }

  return mz_money_convert_share (fact->amount, fact->num, fact->den, exponent, rate, 2, chf_rate,
                                 chf, NULL);
}

static MzTotalsRow *
row_for (Accumulator *acc,
         const char  *key)
{
  MzTotalsRow *row;

  if (key != NULL && acc->parents != NULL)
    key = root_of (acc->parents, key);

  row = g_hash_table_lookup (acc->rows, key ? key : "");
  if (row == NULL)
    {
      row = g_new0 (MzTotalsRow, 1);
      row->key = g_strdup (key);
      g_hash_table_insert (acc->rows, g_strdup (key ? key : ""), row);
    }
  return row;
}

static void
add_fact_cb (const MzTotalsFact *fact,
             gpointer            user_data)
{
  Accumulator *acc = user_data;
  MzTotalsRow *row;
  gint64 chf;

  if (!fact_value (acc, fact, &chf))
    {
      acc->n_unconverted++;
      if (fact->currency != NULL)
        g_hash_table_add (acc->missing, g_strdup (fact->currency));
      return;
    }

  row = row_for (acc, fact->key);
  switch (acc->measure)
    {
    case MZ_TOTALS_SIGNED:
      row->signed_chf += chf;
      break;
    case MZ_TOTALS_RECEIVED:
      row->received_chf += chf;
      break;
    case MZ_TOTALS_PIPELINE:
      row->pipeline_chf += chf;
      break;
    case MZ_TOTALS_INKIND:
    default:
      row->inkind_chf += chf;
      break;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const MzTotalsRow *x = *(MzTotalsRow * const *) a;
  const MzTotalsRow *y = *(MzTotalsRow * const *) b;

  if (x->key == NULL || y->key == NULL)
    return (x->key == NULL) - (y->key == NULL);
  return strcmp (x->key, y->key);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The facts of one commitment (see migrations/0003-money-totals.sql) */

typedef struct
{
  MzStore     *store;
  MzRateTable *rates;
  GError      *error;
} FactWriter;

typedef struct
{
  const MzTotalsSource *source;
  char                  measure;
  int                   year;
  gint64                amount;      /* minor units of @currency */
  const char           *currency;    /* of @amount */
  int                   exponent;
  gint64                rate;        /* to convert @amount to CHF; 0: keep the currency */
  gint64                chf_rate;
  gint64                weight_num;  /* e.g. the probability: value × num / den */
  gint64                weight_den;
  gint64                base;        /* what allocations by amount are a share of */
} FactMeasure;

static gboolean
write_fact (FactWriter        *w,
            const FactMeasure *m,
            char               grp,
            const char        *key,
            gint64             num,
            gint64             den)
{
  MzTotalsCubeFact fact = { m->source->id, grp, m->measure, key, m->year, "CHF", 0 };
  gint64 value;

  num *= m->weight_num;
  den *= m->weight_den;
  if (m->rate > 0)
    {
      if (!mz_money_convert_share (m->amount, num, den, m->exponent, m->rate, 2, m->chf_rate, &value, &w->error))
        return FALSE;
    }
  else
    {
      if (!mz_money_convert_share (m->amount, num, den, m->exponent, 1000000, m->exponent, 1000000,
                                   &value, &w->error))
        return FALSE;
      fact.currency = m->currency;
    }

  fact.value = value;
  return mz_totals_store_insert_fact (w->store, &fact, &w->error);
}

/* The measure for the year and partner groups, and split by allocation
 * for units and initiatives. */
static gboolean
write_measure (FactWriter        *w,
               const FactMeasure *m)
{
  const MzTotalsSource *s = m->source;

  if (!write_fact (w, m, 'Y', "", 1, 1) ||
      !write_fact (w, m, 'P', s->donor_partner_id, 1, 1))
    return FALSE;

  if (s->n_allocations == 0)
    return write_fact (w, m, 'U', "", 1, 1) && write_fact (w, m, 'I', "", 1, 1);

  for (guint i = 0; i < s->n_allocations; i++)
    {
      gint64 num, den;

      if (s->percent_bp[i] >= 0)
        {
          num = s->percent_bp[i];
          den = 10000;
        }
      else if (s->amounts[i] != G_MININT64 && m->base > 0)
        {
          num = s->amounts[i];
          den = m->base;
        }
      else
        continue;

      if (s->unit_ids[i] != NULL && !write_fact (w, m, 'U', s->unit_ids[i], num, den))
        return FALSE;
      if (s->initiative_ids[i] != NULL)
        {
          g_autofree char *pair = g_strconcat (s->initiative_ids[i], " ", s->donor_partner_id, NULL);

          if (!write_fact (w, m, 'I', s->initiative_ids[i], num, den) ||
              !write_fact (w, m, 'X', pair, num, den))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
is_pipeline_stage (const char *stage)
{
  return g_strcmp0 (stage, "identified") == 0 || g_strcmp0 (stage, "approached") == 0 ||
         g_strcmp0 (stage, "proposal") == 0 || g_strcmp0 (stage, "negotiation") == 0;
}

static gboolean
is_signed_stage (const char *stage)
{
  return g_strcmp0 (stage, "signed") == 0 || g_strcmp0 (stage, "active") == 0 ||
         g_strcmp0 (stage, "completed") == 0;
}

static void
write_facts_cb (const MzTotalsSource *s,
                gpointer              user_data)
{
  FactWriter *w = user_data;
  gint64 base = s->signed_amount != G_MININT64 && s->signed_amount > 0 ? s->signed_amount : s->pipeline_amount;
  FactMeasure m = { s, 0 };

  if (w->error != NULL || !s->live || s->currency == NULL)
    return;

  m.currency = s->currency;
  m.exponent = mz_money_currency_exponent (s->currency);
  m.weight_num = m.weight_den = 1;
  m.base = base;

  if (is_signed_stage (s->stage) && s->signed_amount != G_MININT64 && s->signed_date != NULL)
    {
      int month = mz_rate_month_index (s->signed_date);

      m.measure = 'S';
      m.year = (int) g_ascii_strtoll (s->signed_date, NULL, 10);
      m.amount = s->signed_amount;
      m.rate = m.chf_rate = 0;
      if (strcmp (s->currency, "CHF") == 0)
        m.rate = m.chf_rate = 1000000;
      else if (!mz_rate_table_lookup_latest (w->rates, s->currency, month, &m.rate) ||
               !mz_rate_table_lookup_latest (w->rates, "CHF", month, &m.chf_rate))
        m.rate = 0;   /* no rate at all: kept in its currency and counted as left out */
      if (!write_measure (w, &m))
        return;
    }

  /* Received: CHF at entry, whatever the stage. */
  for (guint y = 0; y < s->n_years; y++)
    {
      m.measure = 'R';
      m.year = s->received_years[y];
      m.amount = s->received_chf[y];
      m.exponent = 2;
      m.rate = m.chf_rate = 1000000;
      if (!write_measure (w, &m))
        return;
    }

  if (is_pipeline_stage (s->stage) && s->pipeline_amount != G_MININT64 && s->probability > 0 &&
      s->pipeline_date != NULL)
    {
      m.measure = 'P';
      m.year = (int) g_ascii_strtoll (s->pipeline_date, NULL, 10);
      m.amount = s->pipeline_amount;
      m.exponent = mz_money_currency_exponent (s->currency);
      m.rate = 0;     /* converted when read, at the valuation month */
      m.weight_num = s->probability;
      m.weight_den = 100;
      write_measure (w, &m);
    }
}

gboolean
mz_totals_refresh (MzStore  *store,
                   GError  **error)
{
  g_autoptr(MzRateTable) rates = NULL;
  FactWriter writer = { store, NULL, NULL };
  gboolean own = FALSE;
  gboolean full;
  gint64 n_dirty = 0;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!mz_totals_store_n_dirty (store, &n_dirty, error))
    return FALSE;
  if (n_dirty == 0)
    return TRUE;

  if (!mz_store_in_transaction (store))
    {
      if (!mz_store_begin (store, error))
        return FALSE;
      own = TRUE;
    }

  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    goto fail;
  writer.rates = rates;

  /* Many dirty commitments (a bulk load, an import of old rates): one
   * pass over everything is faster than one per commitment. */
  full = n_dirty > 2000;
  if (full ? !mz_totals_store_begin_rebuild (store, error) : !mz_totals_store_forget_dirty (store, error))
    goto fail;

  if (!mz_totals_store_foreach_source (store, full, write_facts_cb, &writer, error))
    goto fail;
  if (writer.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer.error));
      goto fail;
    }

  if (full ? !mz_totals_store_end_rebuild (store, error) : !mz_totals_store_clear_dirty (store, error))
    goto fail;

  if (own && !mz_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  if (own)
    mz_store_rollback (store);
  return FALSE;
}

gboolean
mz_totals_rebuild (MzStore  *store,
                   GError  **error)
{
  g_autoptr(MzRateTable) rates = NULL;
  FactWriter writer = { store, NULL, NULL };

  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    return FALSE;
  writer.rates = rates;

  if (!mz_totals_store_begin_rebuild (store, error) ||
      !mz_totals_store_foreach_source (store, TRUE, write_facts_cb, &writer, error))
    return FALSE;
  if (writer.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer.error));
      return FALSE;
    }
  return mz_totals_store_end_rebuild (store, error);
}

/* Reading */

typedef struct
{
  Accumulator *acc;
  gboolean     key_is_year;
} CubeReader;

static void
add_cube_row_cb (const char *key,
                 char        measure,
                 int         year,
                 const char *currency,
                 gint64      value,
                 gint64      n,
                 gpointer    user_data)
{
  CubeReader *reader = user_data;
  Accumulator *acc = reader->acc;
  char year_text[8];
  MzTotalsRow *row;
  gint64 chf = value;

  if (strcmp (currency, "CHF") != 0)
    {
      gint64 rate, chf_rate;

      /* Signed amounts had no rate when computed; the pipeline is valued
       * at the valuation month. */
      if (measure != 'P' ||
          !mz_rate_table_lookup_latest (acc->rates, currency, acc->valuation_month, &rate) ||
          !mz_rate_table_lookup_latest (acc->rates, "CHF", acc->valuation_month, &chf_rate) ||
          !mz_money_convert (value, mz_money_currency_exponent (currency), rate, 2, chf_rate, &chf, NULL))
        {
          acc->n_unconverted += (guint) n;
          g_hash_table_add (acc->missing, g_strdup (currency));
          return;
        }
    }

  if (reader->key_is_year)
    {
      g_snprintf (year_text, sizeof year_text, "%d", year);
      key = year_text;
    }
  else if (key[0] == '\0')
    key = NULL;

  row = row_for (acc, key);
  switch (measure)
    {
    case 'S':
      row->signed_chf += chf;
      break;
    case 'R':
      row->received_chf += chf;
      break;
    default:
      row->pipeline_chf += chf;
      break;
    }
}

static void
free_rows (GHashTable *rows)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    totals_row_free (value);
}

MzTotals *
mz_totals_compute (MzStore               *store,
                   MzTotalsGroup          group,
                   const MzTotalsFilter  *filter,
                   gboolean               rollup,
                   const char            *as_of,
                   GError               **error)
{
  static const MzTotalsMeasure direct_measures[] = {
    MZ_TOTALS_SIGNED, MZ_TOTALS_RECEIVED, MZ_TOTALS_PIPELINE,
  };
  static const MzTotalsFilter all = { 0 };
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) parents = NULL;
  g_autofree char *now = as_of ? NULL : today ();
  Accumulator acc = { 0 };
  CubeReader reader = { &acc, FALSE };
  MzTotals *totals;
  GHashTableIter iter;
  gpointer value;
  gboolean direct;
  char grp = 0;
  const char *key = NULL;
  guint n;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (as_of == NULL)
    as_of = now;
  if (filter == NULL)
    filter = &all;

  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    return NULL;

  if (rollup && (group == MZ_TOTALS_BY_UNIT || group == MZ_TOTALS_BY_INITIATIVE))
    {
      parents = mz_totals_store_parents (store, group == MZ_TOTALS_BY_UNIT ? "org_unit" : "initiative", error);
      if (parents == NULL)
        return NULL;
    }

  acc.rates = rates;
  acc.valuation_month = mz_rate_month_index (as_of);
  acc.rows = rows;
  acc.parents = parents;
  acc.missing = missing;

  /* The aggregates answer every grouping but units and initiatives of one
   * partner, which the queries compute directly. */
  switch (group)
    {
    case MZ_TOTALS_BY_YEAR:
      grp = filter->partner_id ? 'P' : 'Y';
      key = filter->partner_id;
      reader.key_is_year = TRUE;
      break;
    case MZ_TOTALS_BY_PARTNER:
      grp = 'P';
      key = filter->partner_id;
      break;
    case MZ_TOTALS_BY_UNIT:
      grp = 'U';
      break;
    case MZ_TOTALS_BY_INITIATIVE:
      grp = 'I';
      break;
    case MZ_TOTALS_BY_INITIATIVE_PARTNER:
    default:
      grp = 'X';
      break;
    }
  direct = filter->partner_id != NULL && key == NULL;

  if (direct)
    {
      for (guint m = 0; m < G_N_ELEMENTS (direct_measures); m++)
        {
          acc.measure = direct_measures[m];
          if (!mz_totals_store_foreach (store, direct_measures[m], group, filter, as_of, add_fact_cb, &acc, error))
            goto fail;
        }
    }
  else if (!mz_totals_refresh (store, error) ||
           !mz_totals_store_foreach_cube (store, grp, filter->year_from, filter->year_to, key,
                                          add_cube_row_cb, &reader, error))
    goto fail;

  acc.measure = MZ_TOTALS_INKIND;
  if (!mz_totals_store_foreach (store, MZ_TOTALS_INKIND, group, filter, as_of, add_fact_cb, &acc, error))
    goto fail;

  totals = g_new0 (MzTotals, 1);
  totals->rows = g_ptr_array_new_full (g_hash_table_size (rows), (GDestroyNotify) totals_row_free);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (totals->rows, value);
  g_ptr_array_sort (totals->rows, compare_rows);

  totals->n_unconverted = acc.n_unconverted;
  totals->missing = (char **) g_hash_table_get_keys_as_array (missing, &n);
  g_hash_table_steal_all (missing);   /* the array owns the codes now */
  qsort (totals->missing, n, sizeof (char *), compare_strings);
  return totals;

fail:
  free_rows (rows);
  return NULL;
}

MzTotals *
mz_totals_compute_direct (MzStore               *store,
                          MzTotalsGroup          group,
                          const MzTotalsFilter  *filter,
                          gboolean               rollup,
                          const char            *as_of,
                          GError               **error)
{
  static const MzTotalsMeasure measures[] = {
    MZ_TOTALS_SIGNED, MZ_TOTALS_RECEIVED, MZ_TOTALS_PIPELINE, MZ_TOTALS_INKIND,
  };
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) parents = NULL;
  g_autofree char *now = as_of ? NULL : today ();
  Accumulator acc = { 0 };
  MzTotals *totals;
  GHashTableIter iter;
  gpointer value;
  guint n;

  if (as_of == NULL)
    as_of = now;

  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    return NULL;

  if (rollup && (group == MZ_TOTALS_BY_UNIT || group == MZ_TOTALS_BY_INITIATIVE))
    {
      parents = mz_totals_store_parents (store, group == MZ_TOTALS_BY_UNIT ? "org_unit" : "initiative", error);
      if (parents == NULL)
        return NULL;
    }

  acc.rates = rates;
  acc.valuation_month = mz_rate_month_index (as_of);
  acc.rows = rows;
  acc.parents = parents;
  acc.missing = missing;

  for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
    {
      acc.measure = measures[m];
      if (!mz_totals_store_foreach (store, measures[m], group, filter, as_of, add_fact_cb, &acc, error))
        {
          free_rows (rows);
          return NULL;
        }
    }

  totals = g_new0 (MzTotals, 1);
  totals->rows = g_ptr_array_new_full (g_hash_table_size (rows), (GDestroyNotify) totals_row_free);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (totals->rows, value);
  g_ptr_array_sort (totals->rows, compare_rows);

  totals->n_unconverted = acc.n_unconverted;
  totals->missing = (char **) g_hash_table_get_keys_as_array (missing, &n);
  g_hash_table_steal_all (missing);
  qsort (totals->missing, n, sizeof (char *), compare_strings);
  return totals;
}

/* Initiatives */

void
mz_initiative_partner_free (MzInitiativePartner *partner)
{
  if (partner == NULL)
    return;
  g_free (partner->partner_id);
  g_free (partner);
}

void
mz_initiative_progress_free (MzInitiativeProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->initiative_id);
  g_free (progress->parent_id);
  g_free (progress->name);
  g_clear_pointer (&progress->partners, g_ptr_array_unref);
  g_free (progress);
}

/* Whether @ancestor is @id or one of its ancestors. */
static gboolean
descends_from (GHashTable *parents,
               const char *id,
               const char *ancestor)
{
  for (int depth = 0; id != NULL && depth < MAX_DEPTH; depth++)
    {
      if (strcmp (id, ancestor) == 0)
        return TRUE;
      id = g_hash_table_lookup (parents, id);
    }
  return FALSE;
}

GPtrArray *
mz_totals_initiative_progress (MzStore     *store,
                               gboolean     include_children,
                               const char  *as_of,
                               GError     **error)
{
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) parents = NULL;
  g_autoptr(MzTotals) direct = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  initiatives = mz_initiative_store_list (store, error);
  if (initiatives == NULL)
    return NULL;
  parents = mz_totals_store_parents (store, "initiative", error);
  if (parents == NULL)
    return NULL;
  direct = mz_totals_compute (store, MZ_TOTALS_BY_INITIATIVE, NULL, FALSE, as_of, error);
  if (direct == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_initiative_progress_free);
  for (guint i = 0; i < initiatives->len; i++)
    {
      const MzInitiative *in = initiatives->pdata[i];
      MzInitiativeProgress *p = g_new0 (MzInitiativeProgress, 1);

      p->initiative_id = g_strdup (in->id);
      p->parent_id = g_strdup (in->parent_id);
      p->name = g_strdup (in->name);
      p->target_chf = in->target_chf;
      p->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_initiative_partner_free);

      for (guint r = 0; r < direct->rows->len; r++)
        {
          const MzTotalsRow *row = direct->rows->pdata[r];

          if (row->key == NULL ||
              !(include_children ? descends_from (parents, row->key, in->id) : strcmp (row->key, in->id) == 0))
            continue;
          p->signed_chf += row->signed_chf;
          p->received_chf += row->received_chf;
          p->pipeline_chf += row->pipeline_chf;
          p->inkind_chf += row->inkind_chf;
        }
      p->gap_chf = p->target_chf > p->signed_chf ? p->target_chf - p->signed_chf : 0;
      g_ptr_array_add (result, p);
    }

  return g_steal_pointer (&result);
}

/* Keys "initiative partner" of the initiatives counted: the partner. */
typedef struct
{
  CubeReader  reader;
  GHashTable *initiatives;   /* the ids counted */
} PartnerReader;

static const char *
partner_of_pair (PartnerReader *pr,
                 const char    *pair)
{
  const char *space = pair ? strchr (pair, ' ') : NULL;
  g_autofree char *initiative = NULL;

  if (space == NULL)
    return NULL;
  initiative = g_strndup (pair, space - pair);
  return g_hash_table_contains (pr->initiatives, initiative) ? space + 1 : NULL;
}

static void
add_partner_cube_row_cb (const char *key,
                         char        measure,
                         int         year,
                         const char *currency,
                         gint64      value,
                         gint64      n,
                         gpointer    user_data)
{
  PartnerReader *pr = user_data;
  const char *partner = partner_of_pair (pr, key);

  if (partner != NULL)
    add_cube_row_cb (partner, measure, year, currency, value, n, &pr->reader);
}

static void
add_partner_fact_cb (const MzTotalsFact *fact,
                     gpointer            user_data)
{
  PartnerReader *pr = user_data;
  const char *partner = partner_of_pair (pr, fact->key);
  MzTotalsFact copy = *fact;

  if (partner == NULL)
    return;
  copy.key = partner;
  add_fact_cb (&copy, pr->reader.acc);
}

static int
compare_partners (gconstpointer a,
                  gconstpointer b)
{
  const MzInitiativePartner *x = *(MzInitiativePartner * const *) a;
  const MzInitiativePartner *y = *(MzInitiativePartner * const *) b;

  if (x->signed_chf != y->signed_chf)
    return x->signed_chf > y->signed_chf ? -1 : 1;
  if (x->received_chf != y->received_chf)
    return x->received_chf > y->received_chf ? -1 : 1;
  return strcmp (x->partner_id, y->partner_id);
}

GPtrArray *
mz_totals_initiative_partners (MzStore     *store,
                               const char  *initiative_id,
                               gboolean     include_children,
                               const char  *as_of,
                               GError     **error)
{
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) parents = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) result = NULL;
  g_autofree char *now = as_of ? NULL : today ();
  Accumulator acc = { 0 };
  PartnerReader pr = { { &acc, FALSE }, counted };
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (initiative_id != NULL, NULL);

  if (as_of == NULL)
    as_of = now;

  parents = mz_totals_store_parents (store, "initiative", error);
  if (parents == NULL)
    return NULL;
  rates = mz_rate_table_load (store, error);
  if (rates == NULL || !mz_totals_refresh (store, error))
    return NULL;

  g_hash_table_add (counted, g_strdup (initiative_id));
  if (include_children)
    {
      g_hash_table_iter_init (&iter, parents);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (descends_from (parents, key, initiative_id))
          g_hash_table_add (counted, g_strdup (key));
    }

  acc.rates = rates;
  acc.valuation_month = mz_rate_month_index (as_of);
  acc.rows = rows;
  acc.missing = missing;

  g_hash_table_iter_init (&iter, counted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *prefix = g_strconcat (key, " ", NULL);

      if (!mz_totals_store_foreach_cube_prefix (store, 'X', prefix, add_partner_cube_row_cb, &pr, error))
        goto fail;
    }

  acc.measure = MZ_TOTALS_INKIND;
  if (!mz_totals_store_foreach (store, MZ_TOTALS_INKIND, MZ_TOTALS_BY_INITIATIVE_PARTNER, NULL, as_of,
                                add_partner_fact_cb, &pr, error))
    goto fail;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_initiative_partner_free);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      MzTotalsRow *row = value;
      MzInitiativePartner *partner = g_new0 (MzInitiativePartner, 1);

      partner->partner_id = g_steal_pointer (&row->key);
      partner->signed_chf = row->signed_chf;
      partner->received_chf = row->received_chf;
      partner->pipeline_chf = row->pipeline_chf;
      partner->inkind_chf = row->inkind_chf;
      totals_row_free (row);
      if (partner->partner_id != NULL)
        g_ptr_array_add (result, partner);
      else
        mz_initiative_partner_free (partner);
    }
  g_ptr_array_sort (result, compare_partners);
  return g_steal_pointer (&result);

fail:
  free_rows (rows);
  return NULL;
}

/* Regular budget */

gboolean
mz_totals_assessed (MzStore     *store,
                    int          year,
                    gint64       unit_value,
                    MzAssessed  *assessed,
                    GError     **error)
{
  MzAssessed a = { 0 };
  gint64 product;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (assessed != NULL, FALSE);

  if (unit_value > 0)
    a.unit_value_chf = unit_value;
  else if (!mz_budget_store_unit_value (store, year, &a.unit_value_chf, error))
    return FALSE;

  if (!mz_budget_store_units (store, year, &a.units_x16, &a.n_states, error))
    return FALSE;

  /* units × value; the units are counted in sixteenths */
  if (__builtin_mul_overflow (a.units_x16, a.unit_value_chf, &product))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("The assessed contributions of %d are too large to compute."), year);
      return FALSE;
    }
  a.assessed_chf = mz_money_round_half_even_div (product, 16);

  *assessed = a;
  return TRUE;
}

gboolean
mz_totals_unit_value_effect (MzStore     *store,
                             int          year,
                             gint64       unit_value,
                             gint64      *effect,
                             GError     **error)
{
  MzAssessed current, scenario;

  g_return_val_if_fail (effect != NULL, FALSE);

  if (unit_value <= 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("The value of a contributory unit must be greater than zero."));
      return FALSE;
    }

  if (!mz_totals_assessed (store, year, 0, &current, error) ||
      !mz_totals_assessed (store, year, unit_value, &scenario, error))
    return FALSE;

  *effect = scenario.assessed_chf - current.assessed_chf;
  return TRUE;
}

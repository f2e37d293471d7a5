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

MzTotals *
mz_totals_compute (MzStore               *store,
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

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

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
          GHashTableIter clean;

          g_hash_table_iter_init (&clean, rows);
          while (g_hash_table_iter_next (&clean, NULL, &value))
            totals_row_free (value);
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
  g_hash_table_steal_all (missing);   /* the array owns the codes now */
  qsort (totals->missing, n, sizeof (char *), compare_strings);
  return totals;
}

/* Initiatives */

static void
initiative_partner_free (MzInitiativePartner *partner)
{
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

static MzInitiativePartner *
partner_of (MzInitiativeProgress *progress,
            const char           *partner_id)
{
  MzInitiativePartner *partner;

  for (guint i = 0; i < progress->partners->len; i++)
    {
      partner = progress->partners->pdata[i];
      if (strcmp (partner->partner_id, partner_id) == 0)
        return partner;
    }

  partner = g_new0 (MzInitiativePartner, 1);
  partner->partner_id = g_strdup (partner_id);
  g_ptr_array_add (progress->partners, partner);
  return partner;
}

/* Calls @func on the progress of @id and, with @children, of each of its
 * ancestors. */
static void
for_initiative_and_ancestors (GHashTable *progress,
                              GHashTable *parents,
                              const char *id,
                              gboolean    children,
                              void      (*func) (MzInitiativeProgress *, gconstpointer),
                              gconstpointer data)
{
  for (int depth = 0; id != NULL && depth < MAX_DEPTH; depth++)
    {
      MzInitiativeProgress *p = g_hash_table_lookup (progress, id);

      if (p != NULL)
        func (p, data);
      if (!children)
        break;
      id = g_hash_table_lookup (parents, id);
    }
}

static void
add_totals (MzInitiativeProgress *p,
            gconstpointer         data)
{
  const MzTotalsRow *row = data;

  p->signed_chf += row->signed_chf;
  p->received_chf += row->received_chf;
  p->pipeline_chf += row->pipeline_chf;
  p->inkind_chf += row->inkind_chf;
}

typedef struct
{
  const char        *partner_id;
  const MzTotalsRow *row;
} PartnerRow;

static void
add_partner_totals (MzInitiativeProgress *p,
                    gconstpointer         data)
{
  const PartnerRow *pr = data;
  MzInitiativePartner *partner = partner_of (p, pr->partner_id);

  partner->signed_chf += pr->row->signed_chf;
  partner->received_chf += pr->row->received_chf;
  partner->pipeline_chf += pr->row->pipeline_chf;
  partner->inkind_chf += pr->row->inkind_chf;
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
mz_totals_initiative_progress (MzStore     *store,
                               gboolean     include_children,
                               const char  *as_of,
                               GError     **error)
{
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) progress = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) parents = NULL;
  g_autoptr(MzTotals) direct = NULL;
  g_autoptr(MzTotals) by_partner = NULL;

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
  by_partner = mz_totals_compute (store, MZ_TOTALS_BY_INITIATIVE_PARTNER, NULL, FALSE, as_of, error);
  if (by_partner == NULL)
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
      p->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) initiative_partner_free);
      g_ptr_array_add (result, p);
      g_hash_table_insert (progress, p->initiative_id, p);
    }

  for (guint i = 0; i < direct->rows->len; i++)
    {
      const MzTotalsRow *row = direct->rows->pdata[i];

      if (row->key != NULL)
        for_initiative_and_ancestors (progress, parents, row->key, include_children, add_totals, row);
    }

  for (guint i = 0; i < by_partner->rows->len; i++)
    {
      const MzTotalsRow *row = by_partner->rows->pdata[i];
      g_auto(GStrv) parts = NULL;
      PartnerRow pr;

      if (row->key == NULL)
        continue;
      parts = g_strsplit (row->key, " ", 2);
      if (parts[0] == NULL || parts[1] == NULL)
        continue;
      pr.partner_id = parts[1];
      pr.row = row;
      for_initiative_and_ancestors (progress, parents, parts[0], include_children, add_partner_totals, &pr);
    }

  for (guint i = 0; i < result->len; i++)
    {
      MzInitiativeProgress *p = result->pdata[i];

      p->gap_chf = p->target_chf > p->signed_chf ? p->target_chf - p->signed_chf : 0;
      g_ptr_array_sort (p->partners, compare_partners);
    }

  return g_steal_pointer (&result);
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

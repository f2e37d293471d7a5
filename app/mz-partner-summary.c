/* mz-partner-summary.c — one partner's money in CHF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-summary"

#include "config.h"

#include <string.h>

#include "mz-currency-rates.h"
#include "mz-partner-summary.h"
#include "mz-rate-store.h"

void
mz_partner_summary_free (MzPartnerSummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->commitments, g_ptr_array_unref);
  g_clear_pointer (&summary->signed_chf, g_array_unref);
  g_clear_pointer (&summary->inkind, g_ptr_array_unref);
  g_strfreev (summary->missing);
  g_free (summary);
}

static gboolean
is_signed_stage (const char *stage)
{
  return g_strcmp0 (stage, "signed") == 0 || g_strcmp0 (stage, "active") == 0 ||
         g_strcmp0 (stage, "completed") == 0;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The rates of the currencies of @commitments and of CHF only: the whole
 * table costs tens of milliseconds at the benchmark size. */
static MzRateTable *
load_rates (MzStore    *store,
            GPtrArray  *commitments,
            GError    **error)
{
  g_autoptr(MzRateTable) rates = mz_rate_table_new ();
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer code;

  for (guint i = 0; i < commitments->len; i++)
    {
      MzPartnerMoneyCommitment *c = commitments->pdata[i];

      if (c->signed_amount != G_MININT64 && strcmp (c->currency, "CHF") != 0)
        g_hash_table_add (codes, c->currency);
    }
  if (g_hash_table_size (codes) == 0)
    return g_steal_pointer (&rates);   /* everything in CHF */
  g_hash_table_add (codes, (gpointer) "CHF");

  g_hash_table_iter_init (&iter, codes);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    {
      g_autoptr(GArray) list = mz_rate_store_list (store, NULL, code, error);

      if (list == NULL)
        return NULL;
      for (guint i = 0; i < list->len; i++)
        {
          MzRate *r = &g_array_index (list, MzRate, i);

          mz_rate_table_add (rates, r->currency, mz_rate_month_index (r->month), r->units_per_usd_micro);
        }
    }
  return g_steal_pointer (&rates);
}

MzPartnerSummary *
mz_partner_summary_load (MzStore     *store,
                         const char  *partner_id,
                         GError     **error)
{
  g_autoptr(MzPartnerSummary) s = g_new0 (MzPartnerSummary, 1);
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) missing = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_missing;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (partner_id != NULL, NULL);

  if ((s->commitments = mz_partner_money_commitments (store, partner_id, error)) == NULL ||
      (s->inkind = mz_partner_money_inkind (store, partner_id, error)) == NULL ||
      (rates = load_rates (store, s->commitments, error)) == NULL)
    return NULL;

  s->signed_chf = g_array_sized_new (FALSE, FALSE, sizeof (gint64), s->commitments->len);
  for (guint i = 0; i < s->commitments->len; i++)
    {
      MzPartnerMoneyCommitment *c = s->commitments->pdata[i];
      gint64 chf = MZ_PARTNER_SUMMARY_NOT_SIGNED;

      s->total_received += c->received_chf;
      if (is_signed_stage (c->stage) && c->signed_amount != G_MININT64 && c->signed_date != NULL)
        {
          if (mz_currency_rates_to_chf_latest (rates, c->signed_amount, c->currency, c->signed_date, &chf, NULL))
            {
              s->total_signed += chf;
              if (g_strcmp0 (c->stage, "completed") != 0 && chf > c->received_chf)
                s->total_outstanding += chf - c->received_chf;
            }
          else
            {
              chf = MZ_PARTNER_SUMMARY_NO_RATE;
              g_hash_table_add (missing, c->currency);
            }
        }
      g_array_append_val (s->signed_chf, chf);
    }

  for (guint i = 0; i < s->inkind->len; i++)
    {
      MzPartnerMoneyInkind *k = s->inkind->pdata[i];

      if (k->fair_value_chf != G_MININT64)
        s->total_inkind += k->fair_value_chf;
    }

  s->missing = (char **) g_hash_table_get_keys_as_array (missing, &n_missing);
  for (guint i = 0; i < n_missing; i++)
    s->missing[i] = g_strdup (s->missing[i]);
  g_qsort_with_data (s->missing, n_missing, sizeof (char *), compare_codes, NULL);
  return g_steal_pointer (&s);
}

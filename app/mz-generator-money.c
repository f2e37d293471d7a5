/* mz-generator-money.c — the money side of the benchmark dataset
 *
 * Everything is decided in memory first (so that the numbers of
 * instalments and payments come out exactly and stages agree with the
 * payments), then written with prepared statements in the caller's bulk
 * transaction. Amounts are chosen in CHF and expressed in the
 * commitment's currency at its rate; every conversion goes through
 * mz-money.c.
 *
 * The writing lives in mz-generator-money-write.c;
 * mz-generator-money-private.h holds what the two files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mz-commitment-bulk.h"
#include "mz-currency-totals.h"
#include "mz-generator-money-private.h"
#include "mz-initiative-store.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-rate-table.h"
#include "mz-totals.h"

#define FIRST_RATE_YEAR 2018
#define LAST_RATE_YEAR 2028
#define MAX_INSTALMENTS_PER_COMMITMENT 72

const GenCurrency _mz_gen_currencies[] = {
  { "USD", 1.0, 28 }, { "CHF", 0.88, 22 }, { "EUR", 0.92, 24 }, { "GBP", 0.79, 5 },
  { "JPY", 150.0, 4 }, { "KWD", 0.307, 2 }, { "CNY", 7.2, 3 }, { "SEK", 10.5, 2 },
  { "NOK", 10.6, 2 }, { "CAD", 1.36, 2 }, { "AUD", 1.52, 1 }, { "SAR", 3.75, 2 },
  { "KRW", 1330.0, 1 }, { "INR", 83.0, 1 }, { "XOF", 604.0, 1 },
};

const GenKind _mz_gen_kinds[] = {
  { "voluntary_contribution", 35 }, { "trust_fund", 30 }, { "sponsorship", 20 },
  { "project_support", 10 }, { "secondment", 5 },
};

/* Stages per thousand; "signed" stands for signed, active and completed,
 * decided by the payments. */
const GenStage _mz_gen_stages[] = {
  { "identified", 60, 10 }, { "approached", 60, 25 }, { "proposal", 80, 50 },
  { "negotiation", 80, 75 }, { "declined", 40, 0 }, { "cancelled", 30, 0 }, { "signed", 650, 100 },
};

const char * const _mz_gen_titles[] = {
  "Rural connectivity", "Digital skills for youth", "School connectivity", "Cybersecurity capacity",
  "Emergency telecommunications", "Spectrum management training", "AI for Good summit",
  "Green Digital Action", "E-waste statistics", "Smart villages", "Digital inclusion of women",
  "Standards for IoT", "5G readiness", "Broadband mapping", "Regulatory capacity building",
  "Satellite filings support", "Accessibility of ICT", "Digital public infrastructure",
};

const char * const _mz_gen_places[] = {
  "in Africa", "in the Americas", "in the Arab States", "in Asia-Pacific", "in the CIS region",
  "in Europe", "for small island states", "for least developed countries", "worldwide",
};

static const struct
{
  const char *name;
  const char *kind;
  int         parent;    /* index in this table, or -1 */
} initiatives[] = {
  { "Green Digital Action", "thematic", -1 },
  { "AI for Good", "thematic", -1 },
  { "Giga: school connectivity", "thematic", -1 },
  { "Digital skills for all", "thematic", -1 },
  { "Cybersecurity capacity", "thematic", -1 },
  { "Emergency telecommunications", "thematic", -1 },
  { "Africa: rural connectivity", "regional", -1 },
  { "Americas: digital inclusion", "regional", -1 },
  { "Arab States: digital transformation", "regional", -1 },
  { "Asia-Pacific: resilient networks", "regional", -1 },
  { "CIS: 5G readiness", "regional", -1 },
  { "Europe: accessibility", "regional", -1 },
  { "ITU headquarters building", "building", -1 },
  { "E-waste monitoring", "project", 0 },
  { "Energy-efficient data centres", "project", 0 },
  { "Climate early warning", "project", 0 },
  { "AI readiness assessments", "project", 1 },
  { "AI for health", "project", 1 },
  { "Connectivity mapping", "project", 2 },
};

static void
gen_clear (Gen *gen)
{
  g_clear_pointer (&gen->partners, g_ptr_array_unref);
  g_clear_pointer (&gen->units, g_ptr_array_unref);
  g_clear_pointer (&gen->initiatives, g_ptr_array_unref);
  g_clear_pointer (&gen->rates, mz_rate_table_free);
  g_clear_pointer (&gen->commitments, g_array_unref);
  g_clear_pointer (&gen->instalments, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Gen, gen_clear)

void
mz_generator_money_defaults (guint                     n_partners,
                             MzGeneratorMoneyOptions  *options)
{
  guint64 p = n_partners;

  options->n_commitments = (guint) (p * 5 / 2);
  options->n_instalments = (guint) (p * 25 / 2);
  options->n_payments = (guint) (p * 10);
  options->n_inkind = (guint) (p / 4);
}

void
_mz_gen_report (Gen        *gen,
                const char *what,
                guint       done,
                guint       total)
{
  if (gen->progress != NULL)
    gen->progress (what, done, total, gen->user_data);
}

/* Dates */

void
_mz_gen_add_months (const char *date,
                    int         months,
                    char        out[11])
{
  int y = (int) g_ascii_strtoll (date, NULL, 10);
  int m = (int) g_ascii_strtoll (date + 5, NULL, 10);
  int d = (int) g_ascii_strtoll (date + 8, NULL, 10);
  int index = y * 12 + m - 1 + months;
  int last;

  y = index / 12;
  m = index % 12 + 1;
  last = g_date_get_days_in_month (m, y);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, MIN (d, last));
}

void
_mz_gen_add_days (const char *date,
                  int         days,
                  char        out[11])
{
  GDate g;

  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (int) g_ascii_strtoll (date + 8, NULL, 10),
                  (int) g_ascii_strtoll (date + 5, NULL, 10),
                  (int) g_ascii_strtoll (date, NULL, 10));
  if (days >= 0)
    g_date_add_days (&g, days);
  else
    g_date_subtract_days (&g, -days);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&g), g_date_get_month (&g), g_date_get_day (&g));
}

void
_mz_gen_random_date (Gen        *gen,
                     const char *from,
                     const char *to,
                     char        out[11])
{
  GDate a, b;
  int span;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  span = g_date_days_between (&a, &b);
  _mz_gen_add_days (from, span > 0 ? g_rand_int_range (gen->rand, 0, span + 1) : 0, out);
}

void
_mz_gen_min_date (char       date[11],
                  const char *limit)
{
  if (strcmp (date, limit) > 0)
    g_strlcpy (date, limit, 11);
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n)
{
  guint total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

/* Rates of exchange and conversion */

gint64
_mz_gen_rate_of (Gen        *gen,
                 const char *currency,
                 const char *date)
{
  gint64 rate = 1000000;

  if (!mz_rate_table_lookup_latest (gen->rates, currency, mz_rate_month_index (date), &rate))
    g_warn_if_reached ();
  return rate;
}

/* A random walk of ±2 % a month around each currency's usual rate, for
 * the months that have none yet. */
static gboolean
make_rates (Gen     *gen,
            GError **error)
{
  gen->rates = mz_rate_table_load (gen->store, error);
  if (gen->rates == NULL)
    return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (_mz_gen_currencies); c++)
    {
      double value = _mz_gen_currencies[c].per_usd * g_rand_double_range (gen->rand, 0.9, 1.1);

      if (strcmp (_mz_gen_currencies[c].code, "USD") == 0)
        continue;

      for (int year = FIRST_RATE_YEAR; year <= LAST_RATE_YEAR; year++)
        for (int month = 1; month <= 12; month++)
          {
            char text[8];
            gint64 micro = (gint64) llround (value * 1e6), existing;
            int index = year * 12 + month - 1;

            value *= g_rand_double_range (gen->rand, 0.98, 1.02);
            if (mz_rate_table_lookup (gen->rates, _mz_gen_currencies[c].code, index, &existing))
              continue;

            g_snprintf (text, sizeof text, "%04d-%02d", year, month);
            {
              const MzRowValue values[] = {
                MZ_ROW_TEXT ("currency", _mz_gen_currencies[c].code),
                MZ_ROW_TEXT ("month", text),
                MZ_ROW_INT ("units_per_usd_micro", MAX (micro, 1)),
              };

              if (!mz_commitment_bulk_insert (gen->store, "exchange_rate", values, G_N_ELEMENTS (values),
                                              NULL, error))
                return FALSE;
            }
            mz_rate_table_add (gen->rates, _mz_gen_currencies[c].code, index, MAX (micro, 1));
            gen->counts.rates++;
          }
    }
  return TRUE;
}

/* Units and initiatives */

static gboolean
load_units (Gen     *gen,
            GError **error)
{
  g_autoptr(GListModel) units = mz_org_unit_list (gen->store, error);

  if (units == NULL)
    return FALSE;

  gen->units = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (gen->units, g_strdup (mz_org_unit_get_id (unit)));
    }
  return gen->units->len > 0;
}

static gboolean
make_initiatives (Gen     *gen,
                  GError **error)
{
  g_autoptr(GPtrArray) existing = mz_initiative_store_list (gen->store, error);
  char ids[G_N_ELEMENTS (initiatives)][MZ_ID_LEN + 1];

  if (existing == NULL)
    return FALSE;

  gen->initiatives = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < existing->len; i++)
    g_ptr_array_add (gen->initiatives, g_strdup (((MzInitiative *) existing->pdata[i])->id));
  if (existing->len >= 10)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (initiatives); i++)
    {
      const char *unit = gen->units->pdata[g_rand_int_range (gen->rand, 0, gen->units->len)];
      gint64 target = (gint64) g_rand_int_range (gen->rand, 5, 60) * 1000000 * 100;
      const MzRowValue values[] = {
        MZ_ROW_TEXT ("name", initiatives[i].name),
        MZ_ROW_TEXT ("kind", initiatives[i].kind),
        MZ_ROW_TEXT ("parent_id", initiatives[i].parent >= 0 ? ids[initiatives[i].parent] : NULL),
        MZ_ROW_TEXT ("lead_unit_id", unit),
        MZ_ROW_TEXT ("start_date", "2024-01-01"),
        MZ_ROW_TEXT ("end_date", "2029-12-31"),
        MZ_ROW_INT ("target_chf", target),
        MZ_ROW_TEXT ("description", "Generated for the benchmark dataset."),
      };

      if (!mz_commitment_bulk_insert (gen->store, "initiative", values, G_N_ELEMENTS (values), ids[i], error))
        return FALSE;
      g_ptr_array_add (gen->initiatives, g_strdup (ids[i]));
      gen->counts.initiatives++;
    }
  return TRUE;
}

/* Planning in memory */

/* An amount of CHF 10,000 to 5,000,000 (log-uniform) in @currency, whole
 * thousands of its unit. */
static gint64
random_amount (Gen        *gen,
               guint       currency,
               const char *date)
{
  double chf = exp (g_rand_double_range (gen->rand, log (10000.0), log (5000000.0)));
  double major = chf * (double) _mz_gen_rate_of (gen, _mz_gen_currencies[currency].code, date) /
                 (double) _mz_gen_rate_of (gen, "CHF", date);
  gint64 thousands = MAX ((gint64) llround (major / 1000.0), 1);
  gint64 minor = thousands * 1000;

  for (int i = 0; i < mz_money_currency_exponent (_mz_gen_currencies[currency].code); i++)
    minor *= 10;
  return minor;
}

static void
plan_commitments (Gen                           *gen,
                  const MzGeneratorMoneyOptions *options)
{
  guint currency_weights[G_N_ELEMENTS (_mz_gen_currencies)];
  guint kind_weights[G_N_ELEMENTS (_mz_gen_kinds)];
  guint stage_weights[G_N_ELEMENTS (_mz_gen_stages)];
  char last_signing[11];

  for (guint i = 0; i < G_N_ELEMENTS (_mz_gen_currencies); i++)
    currency_weights[i] = _mz_gen_currencies[i].weight;
  for (guint i = 0; i < G_N_ELEMENTS (_mz_gen_kinds); i++)
    kind_weights[i] = _mz_gen_kinds[i].weight;
  for (guint i = 0; i < G_N_ELEMENTS (_mz_gen_stages); i++)
    stage_weights[i] = _mz_gen_stages[i].weight;

  g_strlcpy (last_signing, gen->today, sizeof last_signing);
  _mz_gen_min_date (last_signing, "2026-10-31");

  for (guint i = 0; i < options->n_commitments; i++)
    {
      GenCommitment c = { 0 };

      c.donor = g_rand_int_range (gen->rand, 0, gen->partners->len);
      c.kind = pick_weighted (gen->rand, kind_weights, G_N_ELEMENTS (_mz_gen_kinds));
      c.currency = pick_weighted (gen->rand, currency_weights, G_N_ELEMENTS (_mz_gen_currencies));
      c.stage = options->n_instalments > 0
                ? pick_weighted (gen->rand, stage_weights, G_N_ELEMENTS (_mz_gen_stages))
                : (guint) g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (_mz_gen_stages) - 1);
      c.is_signed = strcmp (_mz_gen_stages[c.stage].stage, "signed") == 0;
      c.probability = _mz_gen_stages[c.stage].probability;
      c.title = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (_mz_gen_titles));
      c.place = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (_mz_gen_places));

      if (c.is_signed)
        {
          _mz_gen_random_date (gen, "2019-01-01", last_signing, c.signed_date);
          _mz_gen_add_days (c.signed_date, g_rand_int_range (gen->rand, 0, 61), c.start_date);
        }
      else
        _mz_gen_random_date (gen, "2024-01-01", "2027-12-31", c.start_date);

      c.amount = random_amount (gen, c.currency, c.start_date);
      c.ask = c.amount + c.amount / 10 * g_rand_int_range (gen->rand, 0, 3);
      g_array_append_val (gen->commitments, c);
    }
}

/* Spreads exactly @total instalments over the signed commitments: about
 * the same number each, varied, from 1 to 72. */
static void
plan_instalment_counts (Gen   *gen,
                        guint  total)
{
  g_autoptr(GArray) signed_ = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 sum = 0;
  guint average;

  for (guint i = 0; i < gen->commitments->len; i++)
    if (g_array_index (gen->commitments, GenCommitment, i).is_signed)
      g_array_append_val (signed_, i);

  if (signed_->len == 0)
    return;

  total = MIN (total, signed_->len * MAX_INSTALMENTS_PER_COMMITMENT);
  average = MAX (total / signed_->len, 1);
  for (guint k = 0; k < signed_->len; k++)
    {
      GenCommitment *c = &g_array_index (gen->commitments, GenCommitment, g_array_index (signed_, guint, k));
      guint spread = MIN (average, MAX_INSTALMENTS_PER_COMMITMENT / 2);

      c->n = CLAMP ((int) average + g_rand_int_range (gen->rand, -(int) spread + 1, (int) spread), 1,
                    MAX_INSTALMENTS_PER_COMMITMENT);
      sum += c->n;
    }

  /* Nudge random commitments until the total is exact. */
  while (sum != total)
    {
      GenCommitment *c = &g_array_index (gen->commitments, GenCommitment,
                                         g_array_index (signed_, guint,
                                                        g_rand_int_range (gen->rand, 0, signed_->len)));

      if (sum < total && c->n < MAX_INSTALMENTS_PER_COMMITMENT)
        {
          c->n++;
          sum++;
        }
      else if (sum > total && c->n > 1)
        {
          c->n--;
          sum--;
        }
      else if (sum > total && (gint64) signed_->len >= sum)
        break;   /* every one has a single instalment already */
    }
}

static int
pick_step (Gen  *gen,
           guint n)
{
  static const int steps[] = { 12, 6, 3, 1 };
  int allowed[G_N_ELEMENTS (steps)];
  guint n_allowed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (n * (guint) steps[i] <= MAX_INSTALMENTS_PER_COMMITMENT)
      allowed[n_allowed++] = steps[i];
  return n_allowed > 0 ? allowed[g_rand_int_range (gen->rand, 0, n_allowed)] : 1;
}

static void
plan_schedules (Gen *gen)
{
  for (guint i = 0; i < gen->commitments->len; i++)
    {
      GenCommitment *c = &g_array_index (gen->commitments, GenCommitment, i);
      gint64 base;

      if (!c->is_signed)
        {
          _mz_gen_add_months (c->start_date, 12 * g_rand_int_range (gen->rand, 1, 4), c->end_date);
          _mz_gen_add_days (c->end_date, -1, c->end_date);
          continue;
        }

      if (c->n == 0)
        c->n = 1;
      c->step = pick_step (gen, c->n);
      _mz_gen_add_months (c->start_date, c->step * (int) c->n, c->end_date);
      _mz_gen_add_days (c->end_date, -1, c->end_date);

      /* The amount must give each instalment at least one minor unit. */
      if (c->amount < (gint64) c->n)
        c->amount = c->n;
      base = c->amount / c->n;
      c->first = gen->instalments->len;
      for (guint k = 0; k < c->n; k++)
        {
          GenInstalment inst = { 0 };

          inst.commitment = i;
          _mz_gen_add_months (c->start_date, c->step * (int) k, inst.due);
          inst.amount = k + 1 == c->n ? c->amount - base * (c->n - 1) : base;
          g_array_append_val (gen->instalments, inst);
        }
    }
}

/* Chooses exactly @total payments among the instalments due by today
 * (selection sampling), two for some when there are more payments than
 * such instalments. */
static void
plan_payments (Gen   *gen,
               guint  total)
{
  guint due = 0, left, chosen = 0;

  for (guint i = 0; i < gen->instalments->len; i++)
    if (strcmp (g_array_index (gen->instalments, GenInstalment, i).due, gen->today) <= 0)
      due++;

  left = due;
  for (guint i = 0; i < gen->instalments->len && chosen < total; i++)
    {
      GenInstalment *inst = &g_array_index (gen->instalments, GenInstalment, i);

      if (strcmp (inst->due, gen->today) > 0)
        continue;
      if (total >= due || (guint) g_rand_int_range (gen->rand, 0, left) < total - chosen)
        {
          const GenCommitment *c = &g_array_index (gen->commitments, GenCommitment, inst->commitment);

          inst->n_payments = 1;
          inst->partial = g_rand_int_range (gen->rand, 0, 100) < 4;
          inst->in_usd = strcmp (_mz_gen_currencies[c->currency].code, "USD") != 0 &&
                         g_rand_int_range (gen->rand, 0, 100) < 10;
          chosen++;
        }
      left--;
    }

  /* More payments than due instalments: pay some in two parts. */
  for (guint i = 0; i < gen->instalments->len && chosen < total; i++)
    {
      GenInstalment *inst = &g_array_index (gen->instalments, GenInstalment, i);

      if (inst->n_payments == 1 && !inst->partial && inst->amount >= 2)
        {
          inst->n_payments = 2;
          chosen++;
        }
    }
}

gboolean
mz_generator_money_fill (MzStore                        *store,
                         GRand                          *rand,
                         const MzGeneratorMoneyOptions  *options,
                         MzGeneratorProgress             progress,
                         gpointer                        user_data,
                         GCancellable                   *cancellable,
                         MzGeneratorMoneyCounts         *counts,
                         GError                        **error)
{
  g_auto(Gen) gen = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);
  g_return_val_if_fail (rand != NULL && options != NULL, FALSE);

  gen.store = store;
  gen.rand = rand;
  gen.cancellable = cancellable;
  gen.progress = progress;
  gen.user_data = user_data;
  g_strlcpy (gen.today, today, sizeof gen.today);
  gen.commitments = g_array_sized_new (FALSE, TRUE, sizeof (GenCommitment), options->n_commitments);
  gen.instalments = g_array_sized_new (FALSE, TRUE, sizeof (GenInstalment), options->n_instalments);

  if (options->n_commitments == 0 && options->n_inkind == 0)
    goto done;

  gen.partners = mz_commitment_bulk_partner_ids (store, error);
  if (gen.partners == NULL)
    return FALSE;
  if (gen.partners->len == 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Commitments and in-kind contributions need partners: generate partners first."));
      return FALSE;
    }

  /* The aggregates behind the totals are rebuilt once at the end. */
  if (!mz_totals_store_defer (store, error))
    return FALSE;

  _mz_gen_report (&gen, _("Rates of exchange"), 0, 1);
  if (!load_units (&gen, error) || !make_rates (&gen, error) || !make_initiatives (&gen, error))
    return FALSE;
  _mz_gen_report (&gen, _("Rates of exchange"), 1, 1);

  plan_commitments (&gen, options);
  plan_instalment_counts (&gen, options->n_instalments);
  plan_schedules (&gen);
  plan_payments (&gen, options->n_payments);

  for (guint i = 0; i < gen.commitments->len; i++)
    {
      if (i % REPORT_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          _mz_gen_report (&gen, _("Commitments"), i, gen.commitments->len);
        }
      if (!_mz_gen_write_commitment (&gen, i, &g_array_index (gen.commitments, GenCommitment, i), error))
        return FALSE;
    }
  _mz_gen_report (&gen, _("Commitments"), gen.commitments->len, gen.commitments->len);

  if (!_mz_gen_write_inkind (&gen, options->n_inkind, error))
    return FALSE;

  _mz_gen_report (&gen, _("Totals"), 0, 1);
  if (!mz_totals_rebuild (store, error))
    return FALSE;
  _mz_gen_report (&gen, _("Totals"), 1, 1);

done:
  if (counts != NULL)
    *counts = gen.counts;
  return TRUE;
}

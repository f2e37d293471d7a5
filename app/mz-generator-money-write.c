/* mz-generator-money-write.c — writing the money side of the benchmark
 * dataset: commitments with their allocations, schedules, payments and
 * reports, and in-kind contributions
 *
 * The plan made in memory by mz-generator-money.c is written with
 * prepared statements in the caller's bulk transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-bulk.h"
#include "mz-generator-money-private.h"
#include "mz-money.h"

static const char * const inkind_kinds[] = {
  "seconded_expert", "equipment", "services", "venue", "software", "other",
};

static const char * const inkind_units[] = {
  "person_months", "items", "person_days", "items", "items", "lump_sum",
};

static const char * const inkind_descriptions[] = {
  "Seconded expert", "Network equipment", "Translation services", "Conference venue",
  "Software licences", "Hosting of a workshop",
};

static const char * const ceb_of_kind[] = {
  "voluntary_core", "earmarked_project", "other_revenue", "earmarked_project", "earmarked_other",
};

static const char *
frequency_of_step (int step)
{
  switch (step)
    {
    case 12:
      return "annual";
    case 6:
      return "semiannual";
    case 3:
      return "quarterly";
    default:
      return "monthly";
    }
}

static gint64
convert (Gen        *gen,
         gint64      amount,
         const char *from,
         const char *to,
         const char *date)
{
  gint64 result = 0;

  if (strcmp (from, to) == 0)
    return amount;
  mz_money_convert (amount, mz_money_currency_exponent (from), _mz_gen_rate_of (gen, from, date),
                    mz_money_currency_exponent (to), _mz_gen_rate_of (gen, to, date), &result, NULL);
  return result;
}

static gboolean
write_allocations (Gen                 *gen,
                   const GenCommitment *c,
                   const char          *commitment_id,
                   GError             **error)
{
  const char *unit_a = gen->units->pdata[g_rand_int_range (gen->rand, 0, gen->units->len)];
  const char *unit_b = gen->units->pdata[g_rand_int_range (gen->rand, 0, gen->units->len)];
  const char *initiative = gen->initiatives->len > 0
    ? gen->initiatives->pdata[g_rand_int_range (gen->rand, 0, gen->initiatives->len)] : NULL;
  int shape = g_rand_int_range (gen->rand, 0, 100);
  struct { const char *unit; const char *initiative; int bp; gint64 amount; } parts[3];
  guint n = 0;

  if (unit_b == unit_a || initiative == NULL)
    shape = MIN (shape, 49);

  if (shape < 50)
    parts[n++] = (typeof (parts[0])) { unit_a, NULL, 10000, -1 };
  else if (shape < 75)
    {
      int bp = 5000 + 1000 * g_rand_int_range (gen->rand, 0, 3);

      parts[n++] = (typeof (parts[0])) { unit_a, NULL, bp, -1 };
      parts[n++] = (typeof (parts[0])) { NULL, initiative, 10000 - bp, -1 };
    }
  else if (shape < 90)
    {
      parts[n++] = (typeof (parts[0])) { unit_a, NULL, 5000, -1 };
      parts[n++] = (typeof (parts[0])) { unit_b, NULL, 3000, -1 };
      parts[n++] = (typeof (parts[0])) { NULL, initiative, 2000, -1 };
    }
  else
    {
      gint64 first = c->amount * 6 / 10;

      parts[n++] = (typeof (parts[0])) { unit_a, initiative, -1, first };
      parts[n++] = (typeof (parts[0])) { unit_b, NULL, -1, c->amount - first };
      if (first <= 0 || c->amount - first <= 0)
        {
          n = 1;
          parts[0] = (typeof (parts[0])) { unit_a, NULL, 10000, -1 };
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const MzRowValue values[] = {
        MZ_ROW_TEXT ("commitment_id", commitment_id),
        MZ_ROW_TEXT ("unit_id", parts[i].unit),
        MZ_ROW_TEXT ("initiative_id", parts[i].initiative),
        parts[i].bp >= 0 ? MZ_ROW_INT ("percent_bp", parts[i].bp) : MZ_ROW_NULL ("percent_bp"),
        parts[i].amount >= 0 ? MZ_ROW_INT ("amount", parts[i].amount) : MZ_ROW_NULL ("amount"),
      };

      if (!mz_commitment_bulk_insert (gen->store, "allocation", values, G_N_ELEMENTS (values), NULL, error))
        return FALSE;
      gen->counts.allocations++;
    }
  return TRUE;
}

static gboolean
write_payment (Gen                 *gen,
               const GenCommitment *c,
               const char          *commitment_id,
               const char          *instalment_id,
               const char          *date,
               gint64               settled,
               gboolean             in_usd,
               GError             **error)
{
  const char *currency = in_usd ? "USD" : _mz_gen_currencies[c->currency].code;
  gint64 amount = in_usd ? convert (gen, settled, _mz_gen_currencies[c->currency].code, "USD", date) : settled;
  gint64 rate = _mz_gen_rate_of (gen, currency, date), chf_rate = _mz_gen_rate_of (gen, "CHF", date), chf = 0;
  char payment_id[MZ_ID_LEN + 1];
  g_autofree char *reference = g_strdup_printf ("GEN-%07u", gen->counts.payments + 1);

  if (amount <= 0)
    amount = 1;
  mz_money_to_chf (amount, mz_money_currency_exponent (currency), rate, chf_rate, &chf, NULL);

  {
    const MzRowValue values[] = {
      MZ_ROW_TEXT ("commitment_id", commitment_id),
      MZ_ROW_TEXT ("date", date),
      MZ_ROW_INT ("amount", amount),
      MZ_ROW_TEXT ("currency", currency),
      MZ_ROW_INT ("rate_micro", rate),
      MZ_ROW_INT ("chf_rate_micro", chf_rate),
      MZ_ROW_INT ("amount_chf", MAX (chf, 0)),
      MZ_ROW_TEXT ("reference", reference),
    };

    if (!mz_commitment_bulk_insert (gen->store, "payment", values, G_N_ELEMENTS (values), payment_id, error))
      return FALSE;
  }
  {
    const MzRowValue values[] = {
      MZ_ROW_TEXT ("payment_id", payment_id),
      MZ_ROW_TEXT ("instalment_id", instalment_id),
      MZ_ROW_INT ("amount", settled),
    };

    if (!mz_commitment_bulk_insert (gen->store, "payment_instalment", values, G_N_ELEMENTS (values), NULL, error))
      return FALSE;
  }

  gen->counts.payments++;
  return TRUE;
}

static const char *
instalment_status (const GenInstalment *inst,
                   const char          *today)
{
  if (inst->n_payments > 0)
    return inst->partial ? "partly_received" : "received";
  return strcmp (inst->due, today) < 0 ? "overdue" : "scheduled";
}

static gboolean
write_schedule (Gen                 *gen,
                const GenCommitment *c,
                const char          *commitment_id,
                GError             **error)
{
  for (guint k = 0; k < c->n; k++)
    {
      const GenInstalment *inst = &g_array_index (gen->instalments, GenInstalment, c->first + k);
      char instalment_id[MZ_ID_LEN + 1];
      char date[11];
      const MzRowValue values[] = {
        MZ_ROW_TEXT ("commitment_id", commitment_id),
        MZ_ROW_TEXT ("due_date", inst->due),
        MZ_ROW_INT ("amount", inst->amount),
        MZ_ROW_TEXT ("status", instalment_status (inst, gen->today)),
      };

      if (!mz_commitment_bulk_insert (gen->store, "instalment", values, G_N_ELEMENTS (values), instalment_id, error))
        return FALSE;
      gen->counts.instalments++;

      if (inst->n_payments == 0)
        continue;

      _mz_gen_add_days (inst->due, g_rand_int_range (gen->rand, 0, 46), date);
      _mz_gen_min_date (date, gen->today);
      if (inst->n_payments == 1)
        {
          gint64 settled = inst->partial ? MAX (inst->amount * 6 / 10, 1) : inst->amount;

          if (!write_payment (gen, c, commitment_id, instalment_id, date, settled, inst->in_usd, error))
            return FALSE;
        }
      else
        {
          gint64 first = MAX (inst->amount * 6 / 10, 1);

          if (!write_payment (gen, c, commitment_id, instalment_id, date, first, inst->in_usd, error))
            return FALSE;
          _mz_gen_add_days (date, 30, date);
          _mz_gen_min_date (date, gen->today);
          if (!write_payment (gen, c, commitment_id, instalment_id, date, inst->amount - first, inst->in_usd, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The stage of a signed commitment follows its money. */
static const char *
signed_stage (Gen                 *gen,
              const GenCommitment *c)
{
  guint n_paid = 0;
  gboolean all = TRUE;

  for (guint k = 0; k < c->n; k++)
    {
      const GenInstalment *inst = &g_array_index (gen->instalments, GenInstalment, c->first + k);

      if (inst->n_payments > 0)
        n_paid++;
      if (inst->n_payments == 0 || inst->partial)
        all = FALSE;
    }
  return all && c->n > 0 ? "completed" : n_paid > 0 ? "active" : "signed";
}

gboolean
_mz_gen_write_commitment (Gen                 *gen,
                          guint                index,
                          const GenCommitment *c,
                          GError             **error)
{
  const char *code = _mz_gen_currencies[c->currency].code;
  const char *stage = c->is_signed ? signed_stage (gen, c) : _mz_gen_stages[c->stage].stage;
  g_autofree char *title = g_strdup_printf ("%s %s", _mz_gen_titles[c->title], _mz_gen_places[c->place]);
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("donor_partner_id", gen->partners->pdata[c->donor]),
    MZ_ROW_TEXT ("title", title),
    MZ_ROW_TEXT ("kind", _mz_gen_kinds[c->kind].kind),
    MZ_ROW_TEXT ("ceb_category", ceb_of_kind[c->kind]),
    MZ_ROW_TEXT ("stage", stage),
    MZ_ROW_INT ("probability", c->probability),
    MZ_ROW_TEXT ("currency", code),
    MZ_ROW_INT ("ask_amount", c->ask),
    MZ_ROW_INT ("expected_amount", c->amount),
    c->is_signed ? MZ_ROW_INT ("signed_amount", c->amount) : MZ_ROW_NULL ("signed_amount"),
    MZ_ROW_TEXT ("signed_date", c->is_signed ? c->signed_date : NULL),
    MZ_ROW_TEXT ("start_date", c->start_date),
    MZ_ROW_TEXT ("end_date", c->end_date),
    MZ_ROW_TEXT ("schedule_frequency", c->is_signed ? frequency_of_step (c->step) : NULL),
    MZ_ROW_INT ("psc_rate_bp", c->kind == 1 || c->kind == 3 ? 700 : 0),
  };

  if (!mz_commitment_bulk_insert (gen->store, "commitment", values, G_N_ELEMENTS (values), id, error) ||
      !write_allocations (gen, c, id, error))
    return FALSE;
  gen->counts.commitments++;

  if (!c->is_signed)
    return TRUE;

  if (!write_schedule (gen, c, id, error))
    return FALSE;

  /* A final report for half of the signed ones. */
  if (index % 2 == 0)
    {
      char due[11];
      gboolean delivered;

      _mz_gen_add_days (c->end_date, 90, due);
      delivered = strcmp (due, gen->today) < 0 && g_rand_int_range (gen->rand, 0, 10) < 8;
      {
        const MzRowValue report[] = {
          MZ_ROW_TEXT ("commitment_id", id),
          MZ_ROW_TEXT ("kind", "final"),
          MZ_ROW_TEXT ("due_date", due),
          MZ_ROW_TEXT ("delivered_date", delivered ? due : NULL),
        };

        if (!mz_commitment_bulk_insert (gen->store, "report_obligation", report, G_N_ELEMENTS (report), NULL, error))
          return FALSE;
      }
      gen->counts.reports++;
    }
  return TRUE;
}

gboolean
_mz_gen_write_inkind (Gen     *gen,
                      guint    total,
                      GError **error)
{
  static const char * const inkind_currencies[] = { "CHF", "CHF", "EUR", "USD" };

  for (guint i = 0; i < total; i++)
    {
      guint kind = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (inkind_kinds));
      const char *currency = inkind_currencies[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (inkind_currencies))];
      const char *initiative = gen->initiatives->len > 0 && g_rand_int_range (gen->rand, 0, 10) < 3
        ? gen->initiatives->pdata[g_rand_int_range (gen->rand, 0, gen->initiatives->len)] : NULL;
      char start[11], end[11];
      gint64 value, chf = 0;

      _mz_gen_random_date (gen, "2019-01-01", gen->today, start);
      _mz_gen_add_months (start, g_rand_int_range (gen->rand, 3, 25), end);
      value = (gint64) g_rand_int_range (gen->rand, 5, 500) * 1000 * 100;
      mz_money_to_chf (value, 2, _mz_gen_rate_of (gen, currency, start), _mz_gen_rate_of (gen, "CHF", start),
                       &chf, NULL);

      {
        const MzRowValue values[] = {
          MZ_ROW_TEXT ("partner_id", gen->partners->pdata[g_rand_int_range (gen->rand, 0, gen->partners->len)]),
          MZ_ROW_TEXT ("kind", inkind_kinds[kind]),
          MZ_ROW_TEXT ("description", inkind_descriptions[kind]),
          MZ_ROW_TEXT ("unit_id", gen->units->pdata[g_rand_int_range (gen->rand, 0, gen->units->len)]),
          MZ_ROW_TEXT ("initiative_id", initiative),
          MZ_ROW_TEXT ("start_date", start),
          MZ_ROW_TEXT ("end_date", end),
          MZ_ROW_INT ("quantity_milli", (gint64) g_rand_int_range (gen->rand, 1, 24) * 1000),
          MZ_ROW_TEXT ("quantity_unit", inkind_units[kind]),
          MZ_ROW_INT ("fair_value", value),
          MZ_ROW_TEXT ("currency", currency),
          MZ_ROW_INT ("rate_micro", _mz_gen_rate_of (gen, currency, start)),
          MZ_ROW_INT ("chf_rate_micro", _mz_gen_rate_of (gen, "CHF", start)),
          MZ_ROW_INT ("fair_value_chf", chf),
          MZ_ROW_TEXT ("valuation_basis", "UN standard cost"),
        };

        if (!mz_commitment_bulk_insert (gen->store, "inkind", values, G_N_ELEMENTS (values), NULL, error))
          return FALSE;
      }
      gen->counts.inkind++;
      if (i % REPORT_EVERY == 0 || i + 1 == total)
        _mz_gen_report (gen, _("In-kind contributions"), i + 1, total);
    }
  return TRUE;
}

/* mz-demo.c — loads the sample data offered on first start
 *
 * The records themselves are in mz-demo-data.c; this file turns them into
 * stamped, audited rows in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-demo.h"
#include "mz-demo-private.h"
#include "mz-json.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-row-insert.h"

typedef struct
{
  MzStore    *store;
  GHashTable *ids;          /* "table:key" → row id */
  GHashTable *commitments;  /* commitment key → const DemoCommitment * */
  GHashTable *instalments;  /* instalment key → const DemoInstalment * */
  GHashTable *paid;         /* instalment key → gint64 * paid, major units */
} Loader;

static const char * const budget_lines[] = {
  "assessed_member_states", "sector_members", "publications", "satellite_filings", "other",
};

/* Helpers */

static void
loader_clear (Loader *self)
{
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->commitments, g_hash_table_unref);
  g_clear_pointer (&self->instalments, g_hash_table_unref);
  g_clear_pointer (&self->paid, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

/* A mistake in the tables of mz-demo-data.c, not something a user can fix. */
static gboolean
data_error (GError     **error,
            const char  *what,
            const char  *key)
{
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
               _("The sample data is inconsistent (%s “%s”). Nothing was loaded; "
                 "please report this problem."), what, key);
  return FALSE;
}

static const char *
lookup (Loader      *self,
        const char  *table,
        const char  *key,
        GError     **error)
{
  g_autofree char *full = g_strconcat (table, ":", key, NULL);
  const char *id = g_hash_table_lookup (self->ids, full);

  if (id == NULL)
    data_error (error, table, key);
  return id;
}

/* Like lookup(), but NULL @key is no reference and not an error. */
static gboolean
lookup_optional (Loader      *self,
                 const char  *table,
                 const char  *key,
                 const char **id,
                 GError     **error)
{
  *id = NULL;
  if (key == NULL)
    return TRUE;

  *id = lookup (self, table, key, error);
  return *id != NULL;
}

static const char *
lookup_unit (Loader      *self,
             const char  *code,
             GError     **error)
{
  g_autofree char *full = g_strconcat ("unit:", code, NULL);
  g_autoptr(MzOrgUnit) unit = NULL;
  const char *id = g_hash_table_lookup (self->ids, full);

  if (id != NULL)
    return id;

  unit = mz_org_unit_find (self->store, code, error);
  if (unit == NULL)
    return NULL;

  id = g_strdup (mz_org_unit_get_id (unit));
  g_hash_table_insert (self->ids, g_steal_pointer (&full), (gpointer) id);
  return id;
}

static gboolean
lookup_unit_optional (Loader      *self,
                      const char  *code,
                      const char **id,
                      GError     **error)
{
  *id = NULL;
  if (code == NULL)
    return TRUE;

  *id = lookup_unit (self, code, error);
  return *id != NULL;
}

static gboolean
insert (Loader            *self,
        const char        *table,
        const char        *key,
        const MzRowValue  *values,
        gsize              n_values,
        GError           **error)
{
  char id[MZ_ID_LEN + 1];

  if (!mz_row_insert (self->store, table, values, n_values, id, error))
    return FALSE;

  if (key != NULL)
    g_hash_table_insert (self->ids, g_strconcat (table, ":", key, NULL), g_strdup (id));
  return TRUE;
}

#define INSERT(self, table, key, error, ...) \
  G_STMT_START { \
    const MzRowValue values_[] = { __VA_ARGS__ }; \
    if (!insert ((self), (table), (key), values_, G_N_ELEMENTS (values_), (error))) \
      return FALSE; \
  } G_STMT_END

/* MZ_ROW_INT, or NULL for DEMO_NONE. */
static MzRowValue
int_or_null (const char *column,
             gint64      value)
{
  return value == DEMO_NONE ? MZ_ROW_NULL (column) : MZ_ROW_INT (column, value);
}

static char *
json_string_array (const char *value)
{
  GString *out;

  if (value == NULL)
    return NULL;

  out = g_string_new ("[");
  mz_json_append_string (out, value);
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

static gint64
to_minor (gint64      major,
          const char *currency)
{
  gint64 minor = major;

  if (major == DEMO_NONE)
    return DEMO_NONE;

  for (int i = 0; i < mz_money_currency_exponent (currency); i++)
    minor *= 10;
  return minor;
}

/* The UN operational rate of @currency in the month of @date. */
static gboolean
rate_for (const char  *currency,
          const char  *date,
          gint64      *rate_micro,
          GError     **error)
{
  int year = (int) g_ascii_strtoll (date, NULL, 10);
  int month = strlen (date) >= 7 ? (int) g_ascii_strtoll (date + 5, NULL, 10) : 0;
  int index = (year - DEMO_FIRST_YEAR) * 12 + month - 1;

  for (gsize i = 0; i < demo_rates_len; i++)
    {
      if (strcmp (demo_rates[i].code, currency) == 0 &&
          month >= 1 && month <= 12 && index >= 0 && index < DEMO_N_MONTHS)
        {
          *rate_micro = demo_rates[i].units_per_usd_micro[index];
          return TRUE;
        }
    }

  return data_error (error, _("exchange rate"), currency);
}

/* CHF centimes of @amount (minor units of @currency) at the rates of the
 * month of @date, with the rates used. */
static gboolean
convert_to_chf (gint64       amount,
                const char  *currency,
                const char  *date,
                gint64      *rate_micro,
                gint64      *chf_rate_micro,
                gint64      *chf_centimes,
                GError     **error)
{
  return rate_for (currency, date, rate_micro, error) &&
         rate_for ("CHF", date, chf_rate_micro, error) &&
         mz_money_to_chf (amount, mz_money_currency_exponent (currency),
                          *rate_micro, *chf_rate_micro, chf_centimes, error);
}

/* Index the tables and check what the schema cannot: every reference to an
 * instalment exists, payments do not exceed their instalment, and every
 * signed commitment's instalments add up to its signed amount. */
static gboolean
prepare (Loader  *self,
         GError **error)
{
  g_autoptr(GHashTable) scheduled = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (gsize i = 0; i < demo_commitments_len; i++)
    g_hash_table_insert (self->commitments, (gpointer) demo_commitments[i].key,
                         (gpointer) &demo_commitments[i]);

  for (gsize i = 0; i < demo_instalments_len; i++)
    {
      const DemoInstalment *inst = &demo_instalments[i];
      gint64 *sum;

      if (!g_hash_table_contains (self->commitments, inst->commitment))
        return data_error (error, _("commitment"), inst->commitment);

      g_hash_table_insert (self->instalments, (gpointer) inst->key, (gpointer) inst);
      g_hash_table_insert (self->paid, (gpointer) inst->key, g_new0 (gint64, 1));

      sum = g_hash_table_lookup (scheduled, inst->commitment);
      if (sum == NULL)
        {
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (scheduled, (gpointer) inst->commitment, sum);
        }
      *sum += inst->amount;
    }

  for (gsize i = 0; i < demo_payments_len; i++)
    {
      const DemoInstalment *inst = g_hash_table_lookup (self->instalments, demo_payments[i].instalment);
      gint64 *paid;

      if (inst == NULL)
        return data_error (error, _("instalment"), demo_payments[i].instalment);

      paid = g_hash_table_lookup (self->paid, inst->key);
      *paid += demo_payments[i].amount;
      if (*paid > inst->amount)
        return data_error (error, _("instalment"), inst->key);
    }

  for (gsize i = 0; i < demo_commitments_len; i++)
    {
      const DemoCommitment *c = &demo_commitments[i];
      gint64 *sum = g_hash_table_lookup (scheduled, c->key);

      if ((sum != NULL || c->signed_amount != DEMO_NONE) &&
          (sum == NULL || *sum != c->signed_amount))
        return data_error (error, _("commitment"), c->key);
    }

  return TRUE;
}

/* Regular budget and assessments */

static gboolean
insert_budget (Loader  *self,
               GError **error)
{
  for (gsize i = 0; i < demo_budget_len; i++)
    {
      for (gsize line = 0; line < G_N_ELEMENTS (budget_lines); line++)
        {
          INSERT (self, "budget_line", NULL, error,
                  MZ_ROW_INT ("year", demo_budget[i].year),
                  MZ_ROW_TEXT ("line", budget_lines[line]),
                  MZ_ROW_INT ("amount_chf", demo_budget[i].thousands_chf[line] * 100000));
        }
    }

  for (int year = DEMO_UNIT_VALUE_FROM; year <= DEMO_UNIT_VALUE_TO; year++)
    {
      INSERT (self, "unit_value", NULL, error,
              MZ_ROW_INT ("year", year),
              MZ_ROW_INT ("amount_chf", (gint64) DEMO_UNIT_VALUE_CHF * 100));
    }

  return TRUE;
}

static gboolean
insert_rates (Loader  *self,
              GError **error)
{
  for (gsize i = 0; i < demo_rates_len; i++)
    {
      for (int m = 0; m < DEMO_N_MONTHS; m++)
        {
          g_autofree char *month = g_strdup_printf ("%04d-%02d", DEMO_FIRST_YEAR + m / 12, m % 12 + 1);

          INSERT (self, "exchange_rate", NULL, error,
                  MZ_ROW_TEXT ("currency", demo_rates[i].code),
                  MZ_ROW_TEXT ("month", month),
                  MZ_ROW_INT ("units_per_usd_micro", demo_rates[i].units_per_usd_micro[m]));
        }
    }

  return TRUE;
}

/* People and partners */

static gboolean
insert_staff (Loader  *self,
              GError **error)
{
  for (gsize i = 0; i < demo_staff_len; i++)
    {
      const DemoStaff *s = &demo_staff[i];
      const char *unit_id = lookup_unit (self, s->unit, error);

      if (unit_id == NULL)
        return FALSE;

      INSERT (self, "staff", s->key, error,
              MZ_ROW_TEXT ("name", s->name),
              MZ_ROW_TEXT ("email", s->email),
              MZ_ROW_TEXT ("unit_id", unit_id));
    }

  return TRUE;
}

static gboolean
insert_member_states (Loader  *self,
                      GError **error)
{
  const char *gs_id = lookup_unit (self, "GS", error);

  if (gs_id == NULL)
    return FALSE;

  for (gsize i = 0; i < demo_member_states_len; i++)
    {
      const DemoMemberState *ms = &demo_member_states[i];
      const char *manager_id = lookup (self, "staff", ms->manager, error);
      const char *partner_id;

      if (manager_id == NULL)
        return FALSE;

      INSERT (self, "partner", ms->key, error,
              MZ_ROW_TEXT ("name", ms->name),
              MZ_ROW_TEXT ("local_name", ms->local_name),
              MZ_ROW_TEXT ("type", "member_state"),
              MZ_ROW_TEXT ("country", ms->country),
              MZ_ROW_TEXT ("region", ms->region),
              MZ_ROW_TEXT ("status", "active"),
              MZ_ROW_TEXT ("lead_unit_id", gs_id),
              MZ_ROW_TEXT ("account_manager_id", manager_id),
              MZ_ROW_INT ("contributory_units_x16", ms->units_x16[3]),
              MZ_ROW_TEXT ("ceb_contributor_type", "government"),
              MZ_ROW_INT ("iati_org_type", 10),
              MZ_ROW_TEXT ("notes", "Sample data: contributory units are illustrative."));

      partner_id = lookup (self, "partner", ms->key, error);
      for (int y = 0; y < 4; y++)
        {
          INSERT (self, "assessment", NULL, error,
                  MZ_ROW_TEXT ("partner_id", partner_id),
                  MZ_ROW_INT ("year", DEMO_FIRST_YEAR + y),
                  MZ_ROW_INT ("contributory_units_x16", ms->units_x16[y]));
        }
    }

  return TRUE;
}

static gboolean
has_sector (const DemoPartner *p,
            char               sector)
{
  return p->sectors != NULL && strchr (p->sectors, sector) != NULL;
}

static gboolean
insert_partners (Loader  *self,
                 GError **error)
{
  for (gsize i = 0; i < demo_partners_len; i++)
    {
      const DemoPartner *p = &demo_partners[i];
      const char *unit_id, *manager_id;

      if (!lookup_unit_optional (self, p->lead_unit, &unit_id, error) ||
          !lookup_optional (self, "staff", p->manager, &manager_id, error))
        return FALSE;

      INSERT (self, "partner", p->key, error,
              MZ_ROW_TEXT ("name", p->name),
              MZ_ROW_TEXT ("local_name", p->local_name),
              MZ_ROW_TEXT ("short_name", p->short_name),
              MZ_ROW_TEXT ("type", p->type),
              MZ_ROW_TEXT ("country", p->country),
              MZ_ROW_TEXT ("region", p->region),
              MZ_ROW_TEXT ("status", p->status),
              MZ_ROW_TEXT ("lead_unit_id", unit_id),
              MZ_ROW_TEXT ("account_manager_id", manager_id),
              MZ_ROW_INT ("sector_r", has_sector (p, 'R')),
              MZ_ROW_INT ("sector_t", has_sector (p, 'T')),
              MZ_ROW_INT ("sector_d", has_sector (p, 'D')),
              MZ_ROW_TEXT ("membership_category", p->category),
              MZ_ROW_TEXT ("ceb_contributor_type", p->ceb_type),
              p->iati_type != 0 ? MZ_ROW_INT ("iati_org_type", p->iati_type)
                                : MZ_ROW_NULL ("iati_org_type"),
              MZ_ROW_TEXT ("website", p->website),
              MZ_ROW_TEXT ("tags", p->tags),
              MZ_ROW_TEXT ("notes", p->notes));
    }

  for (gsize i = 0; i < demo_relations_len; i++)
    {
      const DemoRelation *r = &demo_relations[i];
      const char *from = lookup (self, "partner", r->from, error);
      const char *to = from ? lookup (self, "partner", r->to, error) : NULL;

      if (to == NULL)
        return FALSE;

      INSERT (self, "partner_relation", NULL, error,
              MZ_ROW_TEXT ("from_partner_id", from),
              MZ_ROW_TEXT ("to_partner_id", to),
              MZ_ROW_TEXT ("kind", r->kind),
              MZ_ROW_TEXT ("notes", r->notes));
    }

  return TRUE;
}

static gboolean
insert_contacts (Loader  *self,
                 GError **error)
{
  for (gsize i = 0; i < demo_contacts_len; i++)
    {
      const DemoContact *c = &demo_contacts[i];
      const char *partner_id = lookup (self, "partner", c->partner, error);
      g_autofree char *emails = json_string_array (c->email);
      g_autofree char *phones = json_string_array (c->phone);

      if (partner_id == NULL)
        return FALSE;

      INSERT (self, "contact", c->key, error,
              MZ_ROW_TEXT ("partner_id", partner_id),
              MZ_ROW_TEXT ("given_name", c->given_name),
              MZ_ROW_TEXT ("family_name", c->family_name),
              MZ_ROW_TEXT ("local_name", c->local_name),
              MZ_ROW_TEXT ("honorific", c->honorific),
              MZ_ROW_TEXT ("title", c->title),
              MZ_ROW_TEXT ("role", c->role),
              MZ_ROW_TEXT ("emails", emails),
              MZ_ROW_TEXT ("phones", phones),
              MZ_ROW_TEXT ("language", c->language),
              MZ_ROW_INT ("is_primary", c->primary ? 1 : 0),
              MZ_ROW_TEXT ("consent_basis", c->consent_basis),
              MZ_ROW_TEXT ("consent_date", c->consent_date),
              MZ_ROW_TEXT ("consent_source", c->consent_source));
    }

  return TRUE;
}

/* Initiatives and due diligence */

static gboolean
insert_initiatives (Loader  *self,
                    GError **error)
{
  for (gsize i = 0; i < demo_initiatives_len; i++)
    {
      const DemoInitiative *in = &demo_initiatives[i];
      const char *parent_id, *unit_id;

      if (!lookup_optional (self, "initiative", in->parent, &parent_id, error) ||
          !lookup_unit_optional (self, in->lead_unit, &unit_id, error))
        return FALSE;

      INSERT (self, "initiative", in->key, error,
              MZ_ROW_TEXT ("parent_id", parent_id),
              MZ_ROW_TEXT ("name", in->name),
              MZ_ROW_TEXT ("kind", in->kind),
              MZ_ROW_TEXT ("lead_unit_id", unit_id),
              MZ_ROW_TEXT ("start_date", in->start_date),
              MZ_ROW_TEXT ("end_date", in->end_date),
              MZ_ROW_INT ("target_chf", in->target_chf * 100),
              MZ_ROW_TEXT ("description", in->description),
              MZ_ROW_TEXT ("pillar_data", in->pillars[0]),
              MZ_ROW_TEXT ("pillar_convening", in->pillars[1]),
              MZ_ROW_TEXT ("pillar_policy", in->pillars[2]),
              MZ_ROW_TEXT ("pillar_standards", in->pillars[3]),
              MZ_ROW_TEXT ("pillar_projects", in->pillars[4]));
    }

  return TRUE;
}

static gboolean
insert_due_diligence (Loader  *self,
                      GError **error)
{
  for (gsize i = 0; i < demo_due_diligence_len; i++)
    {
      const DemoDueDiligence *dd = &demo_due_diligence[i];
      const char *partner_id = lookup (self, "partner", dd->partner, error);

      if (partner_id == NULL)
        return FALSE;

      INSERT (self, "due_diligence", NULL, error,
              MZ_ROW_TEXT ("partner_id", partner_id),
              MZ_ROW_TEXT ("requested_by", dd->requested_by),
              MZ_ROW_TEXT ("requested_at", dd->requested_at),
              MZ_ROW_TEXT ("criteria_checked", dd->criteria_checked),
              MZ_ROW_TEXT ("findings", dd->findings),
              MZ_ROW_TEXT ("risk_rating", dd->risk_rating),
              MZ_ROW_TEXT ("decision", dd->decision),
              MZ_ROW_TEXT ("conditions", dd->conditions),
              MZ_ROW_TEXT ("decided_by", dd->decided_by),
              MZ_ROW_TEXT ("decided_at", dd->decided_at),
              MZ_ROW_TEXT ("valid_until", dd->valid_until));
    }

  return TRUE;
}

/* Money */

static gboolean
insert_commitments (Loader  *self,
                    GError **error)
{
  for (gsize i = 0; i < demo_commitments_len; i++)
    {
      const DemoCommitment *c = &demo_commitments[i];
      const char *donor_id, *payer_id;

      if (!lookup_optional (self, "partner", c->donor, &donor_id, error) ||
          !lookup_optional (self, "partner", c->payer, &payer_id, error))
        return FALSE;

      INSERT (self, "commitment", c->key, error,
              MZ_ROW_TEXT ("donor_partner_id", donor_id),
              MZ_ROW_TEXT ("payer_partner_id", payer_id),
              MZ_ROW_TEXT ("title", c->title),
              MZ_ROW_TEXT ("kind", c->kind),
              MZ_ROW_TEXT ("ceb_category", c->ceb_category),
              MZ_ROW_TEXT ("iati_aid_type", c->iati_aid_type),
              MZ_ROW_TEXT ("stage", c->stage),
              MZ_ROW_INT ("probability", c->probability),
              MZ_ROW_TEXT ("currency", c->currency),
              int_or_null ("ask_amount", to_minor (c->ask, c->currency)),
              int_or_null ("expected_amount", to_minor (c->expected, c->currency)),
              int_or_null ("signed_amount", to_minor (c->signed_amount, c->currency)),
              MZ_ROW_TEXT ("signed_date", c->signed_date),
              MZ_ROW_TEXT ("start_date", c->start_date),
              MZ_ROW_TEXT ("end_date", c->end_date),
              MZ_ROW_TEXT ("schedule_frequency", c->frequency),
              int_or_null ("psc_rate_bp", c->psc_rate_bp),
              MZ_ROW_TEXT ("threshold_justification", c->threshold_justification),
              MZ_ROW_TEXT ("notes", c->notes));
    }

  for (gsize i = 0; i < demo_allocations_len; i++)
    {
      const DemoAllocation *a = &demo_allocations[i];
      const char *commitment_id = lookup (self, "commitment", a->commitment, error);
      const char *unit_id, *initiative_id;

      if (commitment_id == NULL ||
          !lookup_unit_optional (self, a->unit, &unit_id, error) ||
          !lookup_optional (self, "initiative", a->initiative, &initiative_id, error))
        return FALSE;

      INSERT (self, "allocation", NULL, error,
              MZ_ROW_TEXT ("commitment_id", commitment_id),
              MZ_ROW_TEXT ("unit_id", unit_id),
              MZ_ROW_TEXT ("initiative_id", initiative_id),
              MZ_ROW_INT ("percent_bp", a->percent_bp));
    }

  return TRUE;
}

static gboolean
insert_instalments (Loader  *self,
                    GError **error)
{
  for (gsize i = 0; i < demo_instalments_len; i++)
    {
      const DemoInstalment *inst = &demo_instalments[i];
      const DemoCommitment *c = g_hash_table_lookup (self->commitments, inst->commitment);
      const char *commitment_id = lookup (self, "commitment", inst->commitment, error);
      gint64 paid = *(gint64 *) g_hash_table_lookup (self->paid, inst->key);
      const char *status;

      if (commitment_id == NULL)
        return FALSE;

      if (paid == inst->amount)
        status = "received";
      else if (paid > 0)
        status = "partly_received";
      else
        status = inst->unpaid_status;

      INSERT (self, "instalment", inst->key, error,
              MZ_ROW_TEXT ("commitment_id", commitment_id),
              MZ_ROW_TEXT ("due_date", inst->due_date),
              MZ_ROW_INT ("amount", to_minor (inst->amount, c->currency)),
              MZ_ROW_TEXT ("status", status));
    }

  return TRUE;
}

static gboolean
insert_payments (Loader  *self,
                 GError **error)
{
  for (gsize i = 0; i < demo_payments_len; i++)
    {
      const DemoPayment *p = &demo_payments[i];
      const DemoInstalment *inst = g_hash_table_lookup (self->instalments, p->instalment);
      const DemoCommitment *c = g_hash_table_lookup (self->commitments, inst->commitment);
      const char *commitment_id = lookup (self, "commitment", c->key, error);
      const char *instalment_id = commitment_id ? lookup (self, "instalment", inst->key, error) : NULL;
      g_autofree char *key = g_strdup_printf ("%" G_GSIZE_FORMAT, i);
      gint64 amount = to_minor (p->amount, c->currency);
      gint64 rate, chf_rate, chf;

      if (instalment_id == NULL ||
          !convert_to_chf (amount, c->currency, p->date, &rate, &chf_rate, &chf, error))
        return FALSE;

      INSERT (self, "payment", key, error,
              MZ_ROW_TEXT ("commitment_id", commitment_id),
              MZ_ROW_TEXT ("date", p->date),
              MZ_ROW_INT ("amount", amount),
              MZ_ROW_TEXT ("currency", c->currency),
              MZ_ROW_INT ("rate_micro", rate),
              MZ_ROW_INT ("chf_rate_micro", chf_rate),
              MZ_ROW_INT ("amount_chf", chf),
              MZ_ROW_TEXT ("reference", p->reference));

      INSERT (self, "payment_instalment", NULL, error,
              MZ_ROW_TEXT ("payment_id", lookup (self, "payment", key, error)),
              MZ_ROW_TEXT ("instalment_id", instalment_id),
              MZ_ROW_INT ("amount", amount));
    }

  for (gsize i = 0; i < demo_reports_len; i++)
    {
      const DemoReport *r = &demo_reports[i];
      const char *commitment_id = lookup (self, "commitment", r->commitment, error);

      if (commitment_id == NULL)
        return FALSE;

      INSERT (self, "report_obligation", NULL, error,
              MZ_ROW_TEXT ("commitment_id", commitment_id),
              MZ_ROW_TEXT ("kind", r->kind),
              MZ_ROW_TEXT ("due_date", r->due_date),
              MZ_ROW_TEXT ("delivered_date", r->delivered_date),
              MZ_ROW_TEXT ("notes", r->notes));
    }

  return TRUE;
}

static gboolean
insert_inkind (Loader  *self,
               GError **error)
{
  for (gsize i = 0; i < demo_inkind_len; i++)
    {
      const DemoInkind *k = &demo_inkind[i];
      gint64 value = to_minor (k->fair_value, k->currency);
      const char *partner_id, *commitment_id, *unit_id, *initiative_id;
      gint64 rate, chf_rate, chf;

      if (!lookup_optional (self, "partner", k->partner, &partner_id, error) ||
          !lookup_optional (self, "commitment", k->commitment, &commitment_id, error) ||
          !lookup_unit_optional (self, k->unit, &unit_id, error) ||
          !lookup_optional (self, "initiative", k->initiative, &initiative_id, error) ||
          !convert_to_chf (value, k->currency, k->start_date, &rate, &chf_rate, &chf, error))
        return FALSE;

      INSERT (self, "inkind", NULL, error,
              MZ_ROW_TEXT ("partner_id", partner_id),
              MZ_ROW_TEXT ("commitment_id", commitment_id),
              MZ_ROW_TEXT ("kind", k->kind),
              MZ_ROW_TEXT ("description", k->description),
              MZ_ROW_TEXT ("unit_id", unit_id),
              MZ_ROW_TEXT ("initiative_id", initiative_id),
              MZ_ROW_TEXT ("start_date", k->start_date),
              MZ_ROW_TEXT ("end_date", k->end_date),
              MZ_ROW_INT ("quantity_milli", k->quantity_milli),
              MZ_ROW_TEXT ("quantity_unit", k->quantity_unit),
              MZ_ROW_INT ("fair_value", value),
              MZ_ROW_TEXT ("currency", k->currency),
              MZ_ROW_INT ("rate_micro", rate),
              MZ_ROW_INT ("chf_rate_micro", chf_rate),
              MZ_ROW_INT ("fair_value_chf", chf),
              MZ_ROW_TEXT ("valuation_basis", k->valuation_basis));
    }

  return TRUE;
}

/* Coordination */

static gboolean
insert_interactions (Loader  *self,
                     GError **error)
{
  for (gsize i = 0; i < demo_interactions_len; i++)
    {
      const DemoInteraction *in = &demo_interactions[i];
      const char *partner_id, *unit_id, *staff_id, *interaction_id;

      if (!lookup_optional (self, "partner", in->partner, &partner_id, error) ||
          !lookup_unit_optional (self, in->unit, &unit_id, error) ||
          !lookup_optional (self, "staff", in->staff, &staff_id, error))
        return FALSE;

      INSERT (self, "interaction", in->key, error,
              MZ_ROW_TEXT ("partner_id", partner_id),
              MZ_ROW_TEXT ("kind", in->kind),
              MZ_ROW_TEXT ("date", in->date),
              MZ_ROW_TEXT ("unit_id", unit_id),
              MZ_ROW_TEXT ("staff_id", staff_id),
              MZ_ROW_TEXT ("subject", in->subject),
              MZ_ROW_TEXT ("notes", in->notes),
              MZ_ROW_TEXT ("status", in->status));

      interaction_id = lookup (self, "interaction", in->key, error);
      for (gsize c = 0; c < G_N_ELEMENTS (in->contacts) && in->contacts[c] != NULL; c++)
        {
          const char *contact_id = lookup (self, "contact", in->contacts[c], error);

          if (contact_id == NULL)
            return FALSE;

          INSERT (self, "interaction_contact", NULL, error,
                  MZ_ROW_TEXT ("interaction_id", interaction_id),
                  MZ_ROW_TEXT ("contact_id", contact_id));
        }
    }

  for (gsize i = 0; i < demo_follow_ups_len; i++)
    {
      const DemoFollowUp *f = &demo_follow_ups[i];
      const char *partner_id, *interaction_id, *owner_id;

      if (!lookup_optional (self, "partner", f->partner, &partner_id, error) ||
          !lookup_optional (self, "interaction", f->interaction, &interaction_id, error) ||
          !lookup_optional (self, "staff", f->owner, &owner_id, error))
        return FALSE;

      INSERT (self, "follow_up", NULL, error,
              MZ_ROW_TEXT ("partner_id", partner_id),
              MZ_ROW_TEXT ("interaction_id", interaction_id),
              MZ_ROW_TEXT ("title", f->title),
              MZ_ROW_TEXT ("due_date", f->due_date),
              MZ_ROW_TEXT ("owner_id", owner_id),
              MZ_ROW_TEXT ("done_date", f->done_date));
    }

  return TRUE;
}

static gboolean
load_all (Loader  *self,
          GError **error)
{
  gint64 n_partners = 0;

  if (!mz_row_count (self->store, "partner", &n_partners, error))
    return FALSE;

  if (n_partners > 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This database already holds partners, so the sample data was not "
                     "loaded. Load it into a new, empty database."));
      return FALSE;
    }

  return prepare (self, error) &&
         insert_budget (self, error) &&
         insert_rates (self, error) &&
         insert_staff (self, error) &&
         insert_member_states (self, error) &&
         insert_partners (self, error) &&
         insert_contacts (self, error) &&
         insert_initiatives (self, error) &&
         insert_due_diligence (self, error) &&
         insert_commitments (self, error) &&
         insert_instalments (self, error) &&
         insert_payments (self, error) &&
         insert_inkind (self, error) &&
         insert_interactions (self, error);
}

/* Public API */

gboolean
mz_demo_load (MzStore  *store,
              GError  **error)
{
  g_auto(Loader) loader = {
    .store = store,
    .ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .commitments = g_hash_table_new (g_str_hash, g_str_equal),
    .instalments = g_hash_table_new (g_str_hash, g_str_equal),
    .paid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free),
  };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mz_store_get_actor (store) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them before loading the sample data."));
      return FALSE;
    }

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!load_all (&loader, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  return mz_store_commit (store, error);
}

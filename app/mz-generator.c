/* mz-generator.c — fill a database with realistic, clearly fictitious data
 *
 * This file: the run, units and staff, partners and their relations; the
 * names come from mz-generator-names.c, contacts and interactions from
 * mz-generator-people.c, the money side from mz-generator-money.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mz-bulk.h"
#include "mz-countries.h"
#include "mz-generator-private.h"
#include "mz-generator-money.h"
#include "mz-json.h"
#include "mz-org-unit.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-staff.h"


/* State of one run -------------------------------------------------------- */

void
_mz_gen_run_report (MzGenRun   *run,
                    const char *what,
                    guint       done,
                    guint       total)
{
  if (run->progress != NULL)
    run->progress (what, done, total, run->user_data);
}

gboolean
_mz_gen_run_cancelled (MzGenRun *run,
                       GError  **error)
{
  return g_cancellable_set_error_if_cancelled (run->cancellable, error);
}

/* Units and staff --------------------------------------------------------- */

static gboolean
load_units_and_staff (MzGenRun *run,
                      GError  **error)
{
  g_autoptr(GListModel) units = mz_org_unit_list (run->store, error);
  guint n;

  if (units == NULL)
    return FALSE;

  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);
      GPtrArray *staff = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (run->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      g_ptr_array_add (run->unit_regions, g_strdup (mz_org_unit_get_region (unit)));
      g_ptr_array_add (run->staff_by_unit, staff);

      /* Five account managers per unit. */
      for (guint k = 0; k < 5; k++)
        {
          g_autofree char *name = g_strdup_printf ("%s %s (%s)",
                                                   _mz_gen_latin_given (i * 5 + k),
                                                   _mz_gen_latin_family (i * 7 + k * 3),
                                                   mz_org_unit_get_code (unit));
          char *id = NULL;

          if (!mz_staff_ensure (run->store, name, mz_org_unit_get_id (unit), &id, error))
            return FALSE;
          g_ptr_array_add (staff, id);
          g_ptr_array_add (run->staff_ids, g_strdup (id));
        }
    }

  return n > 0;
}

/* A unit for a partner: half of them are led by the regional office of
 * their region, the others by GS or a bureau or any office. */
static guint
pick_unit (MzGenRun   *run,
           const char *region)
{
  if (region != NULL && g_rand_boolean (run->rand))
    for (guint i = 0; i < run->unit_ids->len; i++)
      if (g_strcmp0 (run->unit_regions->pdata[i], region) == 0)
        return i;
  return g_rand_int_range (run->rand, 0, run->unit_ids->len);
}

const char *
_mz_gen_pick_staff (MzGenRun *run,
                    guint     unit)
{
  GPtrArray *staff = run->staff_by_unit->pdata[unit];

  return staff->pdata[g_rand_int_range (run->rand, 0, staff->len)];
}

/* Partners ------------------------------------------------------------------ */

static gboolean
add_partner (MzGenRun  *run,
             MzPartner *p,
             guint      type_index,
             guint      country,
             GError   **error)
{
  const char *code = run->countries[country];
  const char *type = type_index == G_MAXUINT ? "member_state" : _mz_gen_type_code (type_index);
  const char *region = mz_countries_get_region (code);
  MzGenScript script = _mz_gen_script_of_country (code);
  g_autofree char *brand = _mz_gen_latin_brand (run->rand);
  g_autofree char *name = NULL;
  g_autofree char *local = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *website = NULL;
  g_autofree char *domain = NULL;
  const char *partner_tags[3] = { NULL, NULL, NULL };
  guint unit = pick_unit (run, region);
  guint32 r = g_rand_int (run->rand);

  if (type_index == G_MAXUINT)
    {
      name = g_strdup (mz_countries_get_name (code));
      local = _mz_gen_local_name (run->rand, script);
    }
  else
    {
      name = _mz_gen_partner_name (run->rand, type, mz_countries_get_name (code), brand);
      if (script != SCRIPT_LATIN && r % 4 != 0)
        local = _mz_gen_local_name (run->rand, script);
      else if (r % 23 == 0)
        /* A few local names in another script, as happens with
         * multinational groups. */
        local = _mz_gen_local_name (run->rand, 1 + r % 3);
    }

  if (r % 3 == 0)
    {
      GString *acronym = g_string_new (NULL);

      for (const char *s = name; *s; s++)
        if (g_ascii_isupper (*s) && (s == name || s[-1] == ' '))
          g_string_append_c (acronym, *s);
      short_name = g_string_free (acronym, acronym->len < 2);
    }

  domain = g_ascii_strdown (brand, -1);
  website = g_strdup_printf ("https://www.%s.%s", domain,
                             g_str_equal (code, "GB") ? "co.uk" : (r % 2 ? "com" : "org"));

  if (r % 5 == 0)
    partner_tags[0] = _mz_gen_pick_tag (run->rand);
  if (r % 15 == 0)
    partner_tags[1] = _mz_gen_pick_tag (run->rand);

  mz_partner_set_name (p, name);
  mz_partner_set_local_name (p, local);
  mz_partner_set_short_name (p, short_name);
  mz_partner_set_partner_type (p, type);
  mz_partner_set_country (p, g_str_equal (type, "igo") || g_str_equal (type, "un_agency") ? NULL : code);
  mz_partner_set_region (p, g_str_equal (type, "igo") || g_str_equal (type, "un_agency") ? NULL : region);
  mz_partner_set_status (p, r % 10 < 6 ? "active" : (r % 10 < 9 ? "prospect" : "inactive"));
  mz_partner_set_lead_unit_id (p, run->unit_ids->pdata[unit]);
  mz_partner_set_account_manager_id (p, r % 7 == 0 ? NULL : _mz_gen_pick_staff (run, unit));
  mz_partner_set_sector_r (p, g_str_equal (type, "sector_member") && r % 3 == 0);
  mz_partner_set_sector_t (p, g_str_equal (type, "sector_member") && r % 2 == 0);
  mz_partner_set_sector_d (p, g_str_equal (type, "sector_member") && r % 3 != 0);
  mz_partner_set_membership_category (p, g_str_equal (type, "sector_member") ? "class 1/2" : NULL);
  mz_partner_set_contributory_units_x16 (p, type_index == G_MAXUINT ? 1 + (r % 40) * 8 : 0);
  mz_partner_set_ceb_contributor_type (p, mz_partner_default_ceb_type (type));
  mz_partner_set_iati_org_type (p, mz_partner_default_iati_type (type));
  mz_partner_set_website (p, website);
  mz_partner_set_tags (p, partner_tags[0] ? partner_tags : NULL);
  mz_partner_set_notes (p, r % 11 == 0 ? "Generated for testing." : NULL);

  if (!mz_partner_store_insert (run->store, p, error))
    return FALSE;

  g_ptr_array_add (run->partner_ids, g_strdup (mz_partner_get_id (p)));
  g_array_append_val (run->partner_unit, unit);
  g_array_append_val (run->partner_type, type_index);
  g_array_append_val (run->partner_country, country);
  g_ptr_array_add (run->partner_domain, g_steal_pointer (&domain));
  g_ptr_array_add (run->partner_contacts, NULL);
  if (type_index == G_MAXUINT)
    g_hash_table_insert (run->state_of_country, (gpointer) code, g_strdup (mz_partner_get_id (p)));
  return TRUE;
}

/* The 193 Member States of ITU (ISO 3166-1 alpha-2): the Members of the
 * United Nations except Palau, and the Vatican City State. iso-codes lists
 * 249 countries and territories without saying which are states; the
 * territories, dependencies and observers (e.g. AS, GL, HK, PR, PS, TW)
 * are not Member States. */
static const char * const itu_member_states[] = {
  "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA",
  "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS",
  "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM",
  "CN", "CO", "CR", "CU", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO",
  "DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ", "FM", "FR", "GA",
  "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN",
  "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JM",
  "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ",
  "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
  "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MM", "MN", "MR", "MT", "MU",
  "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG", "NI", "NL", "NO", "NP",
  "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PT", "PY", "QA",
  "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SI", "SK",
  "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG",
  "TH", "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TZ", "UA", "UG",
  "US", "UY", "UZ", "VA", "VC", "VE", "VN", "VU", "WS", "YE", "ZA", "ZM",
  "ZW", NULL
};

const char * const *
mz_generator_member_states (void)
{
  return itu_member_states;
}

static gboolean
generate_partners (MzGenRun *run,
                   guint     n,
                   GError  **error)
{
  g_autoptr(MzPartner) p = mz_partner_new ();
  guint i = 0;

  /* One Member State per ITU Member State first (as far as @n allows),
   * then the others in every country and territory. */
  for (guint c = 0; i < n && c < run->n_countries; c++)
    {
      if (!g_strv_contains (itu_member_states, run->countries[c]))
        continue;
      if (!add_partner (run, p, G_MAXUINT, c, error))
        return FALSE;
      i++;
    }

  for (; i < n; i++)
    {
      if (!add_partner (run, p, _mz_gen_pick_type (run->rand),
                        g_rand_int_range (run->rand, 0, run->n_countries), error))
        return FALSE;

      if (i % 1000 == 0)
        {
          if (_mz_gen_run_cancelled (run, error))
            return FALSE;
          _mz_gen_run_report (run, _("Partners"), i, n);
        }
    }

  _mz_gen_run_report (run, _("Partners"), n, n);
  return TRUE;
}

/* Relations: ministries belong to their state and some pay on its behalf;
 * a few companies are subsidiaries of others; some ministries regulate
 * Sector Members. */
static gboolean
generate_relations (MzGenRun *run,
                    GError  **error)
{
  g_autoptr(MzPartnerRelation) r = mz_partner_relation_new ();
  guint n = run->partner_ids->len;
  const char *last_company = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint type = g_array_index (run->partner_type, guint, i);
      const char *code = run->countries[g_array_index (run->partner_country, guint, i)];
      const char *state = g_hash_table_lookup (run->state_of_country, code);
      const char *to = NULL;
      const char *kind = NULL;

      if (type == G_MAXUINT)
        continue;

      if (g_str_equal (_mz_gen_type_code (type), "ministry") && state != NULL)
        {
          to = state;
          kind = g_rand_int_range (run->rand, 0, 4) == 0 ? "pays_on_behalf_of" : "ministry_of";
        }
      else if (g_str_equal (_mz_gen_type_code (type), "private_sector"))
        {
          if (last_company != NULL && g_rand_int_range (run->rand, 0, 20) == 0)
            {
              to = last_company;
              kind = "subsidiary_of";
            }
          last_company = run->partner_ids->pdata[i];
        }

      if (to == NULL || g_strcmp0 (to, run->partner_ids->pdata[i]) == 0)
        continue;

      mz_partner_relation_set_from_partner_id (r, run->partner_ids->pdata[i]);
      mz_partner_relation_set_to_partner_id (r, to);
      mz_partner_relation_set_kind (r, kind);
      if (!mz_partner_relation_store_insert (run->store, r, error))
        return FALSE;
      run->n_relations++;
    }

  return TRUE;
}

static void
run_clear (MzGenRun *run)
{
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&run->unit_regions, g_ptr_array_unref);
  g_clear_pointer (&run->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&run->staff_by_unit, g_ptr_array_unref);
  g_clear_pointer (&run->partner_ids, g_ptr_array_unref);
  g_clear_pointer (&run->partner_unit, g_array_unref);
  g_clear_pointer (&run->partner_type, g_array_unref);
  g_clear_pointer (&run->partner_country, g_array_unref);
  g_clear_pointer (&run->partner_domain, g_ptr_array_unref);
  g_clear_pointer (&run->partner_contacts, g_ptr_array_unref);
  g_clear_pointer (&run->state_of_country, g_hash_table_unref);
}

static void
free_id_array (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

gboolean
mz_generator_run (MzStore                  *store,
                  const MzGeneratorOptions *options,
                  MzGeneratorProgress       progress,
                  gpointer                  user_data,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  MzGenRun run = { 0 };
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *n_partners = NULL;
  g_autofree char *n_contacts = NULL;
  g_autofree char *n_interactions = NULL;
  g_autofree char *n_relations = NULL;
  g_autofree char *n_follow_ups = NULL;
  g_autofree char *n_links = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *n_commitments = NULL;
  g_autofree char *n_instalments = NULL;
  g_autofree char *n_payments = NULL;
  g_autofree char *n_inkind = NULL;
  MzGeneratorMoneyOptions money_options = {
    options->n_commitments, options->n_instalments, options->n_payments, options->n_inkind
  };
  MzGeneratorMoneyCounts money = { 0 };
  char run_id[MZ_ID_LEN + 1];
  gboolean ok = FALSE;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (mz_store_get_actor (store) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them before generating data."));
      return FALSE;
    }

  if (options->n_partners == 0 && (options->n_contacts > 0 || options->n_interactions > 0))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Contacts and interactions need partners: ask for at least one partner."));
      return FALSE;
    }

  run.store = store;
  run.rand = g_rand_new_with_seed (options->seed);
  run.cancellable = cancellable;
  run.progress = progress;
  run.user_data = user_data;
  run.unit_ids = g_ptr_array_new_with_free_func (g_free);
  run.unit_regions = g_ptr_array_new_with_free_func (g_free);
  run.staff_ids = g_ptr_array_new_with_free_func (g_free);
  run.staff_by_unit = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  run.partner_ids = g_ptr_array_new_full (options->n_partners, g_free);
  run.partner_unit = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_type = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_country = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_domain = g_ptr_array_new_full (options->n_partners, g_free);
  run.partner_contacts = g_ptr_array_new_full (options->n_partners, free_id_array);
  run.state_of_country = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  run.countries = mz_countries_list_codes ();
  run.n_countries = g_strv_length ((char **) run.countries);
  today = mz_store_now_iso ();
  g_strlcpy (run.today, today, sizeof run.today);

  if (!mz_bulk_begin (store, error))
    goto out;

  if (!load_units_and_staff (&run, error) ||
      !generate_partners (&run, options->n_partners, error) ||
      !generate_relations (&run, error) ||
      !_mz_gen_contacts (&run, options->n_contacts, error) ||
      !_mz_gen_interactions (&run, options->n_interactions, error) ||
      !mz_generator_money_fill (store, run.rand, &money_options, progress, user_data, cancellable,
                                &money, error))
    {
      mz_bulk_rollback (store);
      goto out;
    }

  /* One history row for the whole run (see mz-generator.h). */
  n_partners = g_strdup_printf ("%u", options->n_partners);
  n_contacts = g_strdup_printf ("%u", options->n_contacts);
  n_interactions = g_strdup_printf ("%u", options->n_interactions);
  n_relations = g_strdup_printf ("%u", run.n_relations);
  n_follow_ups = g_strdup_printf ("%u", run.n_follow_ups);
  n_links = g_strdup_printf ("%u", run.n_links);
  seed = g_strdup_printf ("%u", options->seed);
  n_commitments = g_strdup_printf ("%u", money.commitments);
  n_instalments = g_strdup_printf ("%u", money.instalments);
  n_payments = g_strdup_printf ("%u", money.payments);
  n_inkind = g_strdup_printf ("%u", money.inkind);
  summary = mz_json_object ("partners", n_partners, "contacts", n_contacts,
                            "interactions", n_interactions, "partner_relations", n_relations,
                            "follow_ups", n_follow_ups, "interaction_contacts", n_links,
                            "commitments", n_commitments, "instalments", n_instalments,
                            "payments", n_payments, "inkind", n_inkind,
                            "seed", seed, NULL);
  mz_store_new_id (store, run_id);
  if (!mz_store_audit (store, "generator", run_id, "import", NULL, summary, error))
    {
      mz_bulk_rollback (store);
      goto out;
    }

  _mz_gen_run_report (&run, _("Saving"), 0, 1);
  ok = mz_bulk_commit (store, error);
  _mz_gen_run_report (&run, _("Saving"), 1, 1);

out:
  run_clear (&run);
  return ok;
}

/* mz-commitment-service-inkind.c — in-kind contributions: validation and
 * valuation in CHF at entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service-private.h"
#include "mz-commitment-service-shared.h"
#include "mz-commitment-store.h"
#include "mz-currency.h"
#include "mz-currency-rates.h"
#include "mz-validate.h"

#define DESCRIPTION_MAX 500

static const char * const kinds[] = {
  "seconded_expert", "equipment", "services", "venue", "software", "other", NULL
};

static const char * const quantity_units[] = {
  "person_months", "person_days", "items", "hours", "lump_sum", NULL
};

static const MzCodeLabel kind_labels[] = {
  { "seconded_expert", N_("Seconded expert") },
  { "equipment", N_("Equipment") },
  { "services", N_("Services") },
  { "venue", N_("Venue or hosting") },
  { "software", N_("Software") },
  { "other", N_("Other") },
};

const char * const *
mz_inkind_kinds (void)
{
  return kinds;
}

const char * const *
mz_inkind_quantity_units (void)
{
  return quantity_units;
}

const char *
mz_inkind_kind_label (const char *kind)
{
  return _mz_commitment_code_label (kind_labels, G_N_ELEMENTS (kind_labels), kind);
}

static gboolean
validate (MzStore   *store,
          MzInkind  *k,
          GError   **error)
{
  g_autoptr(GError) rate_error = NULL;
  g_autofree char *today = _mz_commitment_today ();
  MzChfConversion conversion;

  if (!_mz_commitment_check_reference (store, "partner", &k->partner_id, TRUE, "partner_id", _("Partner"), error) ||
      !mz_validate_choice (k->kind, kinds, TRUE, "kind", _("Kind"), error) ||
      !mz_validate_text (&k->description, TRUE, DESCRIPTION_MAX, "description", _("Description"), error) ||
      !_mz_commitment_check_reference (store, "commitment", &k->commitment_id, FALSE, "commitment_id", _("Commitment"), error) ||
      !_mz_commitment_check_reference (store, "org_unit", &k->unit_id, FALSE, "unit_id", _("Unit"), error) ||
      !_mz_commitment_check_reference (store, "initiative", &k->initiative_id, FALSE, "initiative_id", _("Initiative"), error) ||
      !mz_validate_date (k->start_date, FALSE, "start_date", _("Start"), error) ||
      !mz_validate_date (k->end_date, FALSE, "end_date", _("End"), error) ||
      !mz_validate_choice (k->quantity_unit, quantity_units, FALSE, "quantity_unit", _("Quantity unit"), error) ||
      !mz_validate_text (&k->valuation_basis, FALSE, 0, "valuation_basis", _("Valuation basis"), error))
    return FALSE;

  if (!_mz_commitment_check_period (k->start_date, k->end_date, error))
    return FALSE;

  if (k->quantity_milli == 0 || k->quantity_milli < -1)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "quantity_milli", _("Quantity"),
                               _("a quantity must be greater than zero."));
      return FALSE;
    }
  if (k->quantity_milli > 0 && k->quantity_unit == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "quantity_unit", _("Quantity unit"),
                               _("say what the quantity counts: person-months, items…"));
      return FALSE;
    }

  if (k->fair_value < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "fair_value", _("Fair value"),
                               _("a value cannot be negative."));
      return FALSE;
    }

  if (k->currency != NULL)
    {
      char *upper = g_ascii_strup (g_strstrip (k->currency), -1);

      g_free (k->currency);
      k->currency = upper;
    }
  if (k->currency == NULL || !mz_currency_is_valid (k->currency))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "currency", _("Currency"),
                               _("“%s” is not an ISO 4217 currency code."), k->currency ? k->currency : "");
      return FALSE;
    }

  /* Valued in CHF at entry, at the rate of the month it starts. */
  if (!mz_currency_rates_to_chf (store, k->fair_value, k->currency, k->start_date ? k->start_date : today,
                                 &conversion, &rate_error))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "currency", _("Rate of exchange"),
                               "%s", rate_error->message);
      return FALSE;
    }

  k->rate_micro = conversion.rate_micro;
  k->chf_rate_micro = conversion.chf_rate_micro;
  k->fair_value_chf = conversion.amount_chf;
  return TRUE;
}

static gboolean
save (MzStore   *store,
      MzInkind  *inkind,
      gboolean   create,
      GError   **error)
{
  return mz_store_begin (store, error) &&
         mz_store_finish (store,
                          validate (store, inkind, error) &&
                          (create ? mz_inkind_store_insert (store, inkind, error)
                                  : mz_inkind_store_update (store, inkind, error)),
                          error);
}

gboolean
mz_inkind_service_create (MzStore   *store,
                          MzInkind  *inkind,
                          GError   **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (inkind != NULL && inkind->id == NULL, FALSE);

  return save (store, inkind, TRUE, error);
}

gboolean
mz_inkind_service_update (MzStore   *store,
                          MzInkind  *inkind,
                          GError   **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (inkind != NULL && inkind->id != NULL, FALSE);

  return save (store, inkind, FALSE, error);
}

gboolean
mz_inkind_service_archive (MzStore     *store,
                           const char  *inkind_id,
                           GError     **error)
{
  return mz_store_begin (store, error) &&
         mz_store_finish (store, mz_inkind_store_archive (store, inkind_id, error), error);
}

/* mz-labels.c — translated display names for the codes stored in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-labels.h"

typedef struct
{
  const char *code;
  const char *label;  /* N_() */
} Label;

/* The names match org_unit.name in db/migrations; the database keeps the
 * English name, the interface shows these. */
static const Label units[] = {
  { "GS", N_("General Secretariat") },
  { "BR", N_("Radiocommunication Bureau") },
  { "TSB", N_("Telecommunication Standardization Bureau") },
  { "BDT", N_("Telecommunication Development Bureau") },
  { "RO-AFR", N_("Regional Office for Africa") },
  { "RO-AMS", N_("Regional Office for the Americas") },
  { "RO-ARB", N_("Regional Office for the Arab States") },
  { "RO-ASP", N_("Regional Office for Asia and the Pacific") },
  { "RO-CIS", N_("Regional Office for the CIS") },
  { "RO-EUR", N_("Office for Europe") },
  { "AO-DAKAR", N_("Area Office, Dakar") },
  { "AO-HARARE", N_("Area Office, Harare") },
  { "AO-YAOUNDE", N_("Area Office, Yaoundé") },
  { "AO-BRIDGETOWN", N_("Area Office, Bridgetown") },
  { "AO-SANTIAGO", N_("Area Office, Santiago") },
  { "AO-TEGUCIGALPA", N_("Area Office, Tegucigalpa") },
  { "AO-JAKARTA", N_("Area Office, Jakarta") },
  { "AO-NEWDELHI", N_("Area Office, New Delhi") },
};

static const Label unit_kinds[] = {
  { "general_secretariat", N_("General Secretariat") },
  { "bureau", N_("Bureau") },
  { "regional_office", N_("Regional office") },
  { "area_office", N_("Area office") },
};

static const Label regions[] = {
  { "AFR", N_("Africa") },
  { "AMS", N_("Americas") },
  { "ARB", N_("Arab States") },
  { "ASP", N_("Asia and the Pacific") },
  { "CIS", N_("CIS") },
  { "EUR", N_("Europe") },
};

static const Label sectors[] = {
  { "R", N_("Radiocommunication (ITU-R)") },
  { "T", N_("Standardization (ITU-T)") },
  { "D", N_("Development (ITU-D)") },
};

static const Label partner_types[] = {
  { "member_state", N_("Member State") },
  { "sector_member", N_("Sector Member") },
  { "associate", N_("Associate") },
  { "academia", N_("Academia") },
  { "sme", N_("Small or medium enterprise") },
  { "private_sector", N_("Private sector (non-member)") },
  { "foundation", N_("Foundation") },
  { "development_bank", N_("Development bank") },
  { "un_agency", N_("UN agency") },
  { "igo", N_("Intergovernmental organization") },
  { "ngo", N_("Non-governmental organization") },
  { "ministry", N_("Ministry or government agency") },
  { "individual", N_("Individual") },
};

static const Label partner_statuses[] = {
  { "prospect", N_("Prospect") },
  { "active", N_("Active") },
  { "inactive", N_("Inactive") },
};

static const char *
lookup (const Label *labels,
        gsize        n_labels,
        const char  *code)
{
  if (code == NULL)
    return NULL;

  for (gsize i = 0; i < n_labels; i++)
    {
      if (g_str_equal (labels[i].code, code))
        return _(labels[i].label);
    }

  return code;
}

const char *
mz_labels_unit_name (const char *code)
{
  return lookup (units, G_N_ELEMENTS (units), code);
}

const char *
mz_labels_unit_kind (const char *kind)
{
  return lookup (unit_kinds, G_N_ELEMENTS (unit_kinds), kind);
}

const char *
mz_labels_region_name (const char *region)
{
  return lookup (regions, G_N_ELEMENTS (regions), region);
}

const char *
mz_labels_sector_name (const char *sector)
{
  return lookup (sectors, G_N_ELEMENTS (sectors), sector);
}

const char *
mz_labels_partner_type (const char *type)
{
  return lookup (partner_types, G_N_ELEMENTS (partner_types), type);
}

const char *
mz_labels_partner_status (const char *status)
{
  return lookup (partner_statuses, G_N_ELEMENTS (partner_statuses), status);
}

/* mz-commitment-service-initiative.c — thematic initiatives and priority
 * areas: validation of the hierarchy, period and target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service.h"
#include "mz-commitment-service-shared.h"
#include "mz-commitment-store.h"
#include "mz-totals.h"
#include "mz-validate.h"

#define INITIATIVE_NAME_MAX 300
/* Deeper than any sensible hierarchy; stops a loop in bad data. */
#define MAX_DEPTH 32

static const char * const kinds[] = {
  "thematic", "regional", "building", "project", "priority_area", NULL
};

static const MzCodeLabel kind_labels[] = {
  { "thematic", N_("Thematic initiative") },
  { "regional", N_("Regional initiative") },
  { "building", N_("Headquarters building") },
  { "project", N_("Project") },
  { "priority_area", N_("Priority area") },
};

const char * const *
mz_initiative_kinds (void)
{
  return kinds;
}

const char *
mz_initiative_kind_label (const char *kind)
{
  return _mz_commitment_code_label (kind_labels, G_N_ELEMENTS (kind_labels), kind);
}

/* The parent must not be the initiative itself nor below it. */
static gboolean
check_parent (MzStore        *store,
              MzInitiative   *in,
              GError        **error)
{
  g_autoptr(GHashTable) parents = NULL;
  const char *id;

  if (in->parent_id == NULL || in->id == NULL)
    return TRUE;

  parents = mz_totals_store_parents (store, "initiative", error);
  if (parents == NULL)
    return FALSE;

  id = in->parent_id;
  for (int depth = 0; id != NULL && depth < MAX_DEPTH; depth++)
    {
      if (strcmp (id, in->id) == 0)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "parent_id", _("Part of"),
                                   _("an initiative cannot be part of itself or of one of its own parts."));
          return FALSE;
        }
      id = g_hash_table_lookup (parents, id);
    }
  return TRUE;
}

static gboolean
validate (MzStore       *store,
          MzInitiative  *in,
          GError       **error)
{
  static const char * const pillar_fields[] = {
    "pillar_data", "pillar_convening", "pillar_policy", "pillar_standards", "pillar_projects",
  };
  const char *pillar_labels[] = {
    _("Data and knowledge"), _("Convening platform"), _("Policy and regulation"),
    _("Standardization"), _("Multi-stakeholder projects"),
  };

  if (!mz_validate_text (&in->name, TRUE, INITIATIVE_NAME_MAX, "name", _("Name"), error) ||
      !mz_validate_choice (in->kind, kinds, TRUE, "kind", _("Kind"), error) ||
      !_mz_commitment_check_reference (store, "initiative", &in->parent_id, FALSE, "parent_id", _("Part of"), error) ||
      !_mz_commitment_check_reference (store, "org_unit", &in->lead_unit_id, FALSE, "lead_unit_id", _("Lead unit"), error) ||
      !mz_validate_date (in->start_date, FALSE, "start_date", _("Start"), error) ||
      !mz_validate_date (in->end_date, FALSE, "end_date", _("End"), error) ||
      !mz_validate_text (&in->description, FALSE, 0, "description", _("Description"), error) ||
      !check_parent (store, in, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (in->pillars); i++)
    if (!mz_validate_text (&in->pillars[i], FALSE, 0, pillar_fields[i], pillar_labels[i], error))
      return FALSE;

  if (!_mz_commitment_check_period (in->start_date, in->end_date, error))
    return FALSE;

  if (in->target_chf < -1)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "target_chf", _("Funding target"),
                               _("a target cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save (MzStore       *store,
      MzInitiative  *in,
      gboolean       create,
      GError       **error)
{
  return mz_store_begin (store, error) &&
         mz_store_finish (store,
                          validate (store, in, error) &&
                          (create ? mz_initiative_store_insert (store, in, error)
                                  : mz_initiative_store_update (store, in, error)),
                          error);
}

gboolean
mz_initiative_service_create (MzStore       *store,
                              MzInitiative  *initiative,
                              GError       **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (initiative != NULL && initiative->id == NULL, FALSE);

  return save (store, initiative, TRUE, error);
}

gboolean
mz_initiative_service_update (MzStore       *store,
                              MzInitiative  *initiative,
                              GError       **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (initiative != NULL && initiative->id != NULL, FALSE);

  return save (store, initiative, FALSE, error);
}

gboolean
mz_initiative_service_archive (MzStore     *store,
                               const char  *initiative_id,
                               GError     **error)
{
  return mz_store_begin (store, error) &&
         mz_store_finish (store, mz_initiative_store_archive (store, initiative_id, error), error);
}

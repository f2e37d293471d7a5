/* mz-partner.c — a partner: an organisation or government ITU works with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner"

#include "config.h"

#include "mz-partner-private.h"

G_DEFINE_FINAL_TYPE (MzPartner, mz_partner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED_AT,
  PROP_NAME,
  PROP_LOCAL_NAME,
  PROP_SHORT_NAME,
  PROP_PARTNER_TYPE,
  PROP_COUNTRY,
  PROP_REGION,
  PROP_STATUS,
  PROP_LEAD_UNIT_ID,
  PROP_ACCOUNT_MANAGER_ID,
  PROP_SECTOR_R,
  PROP_SECTOR_T,
  PROP_SECTOR_D,
  PROP_MEMBERSHIP_CATEGORY,
  PROP_CONTRIBUTORY_UNITS_X16,
  PROP_CEB_CONTRIBUTOR_TYPE,
  PROP_IATI_ORG_TYPE,
  PROP_WEBSITE,
  PROP_TAGS,
  PROP_NOTES,
  PROP_MERGED_INTO,
  PROP_LEAD_UNIT_CODE,
  PROP_ACCOUNT_MANAGER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_partner_finalize (GObject *object)
{
  MzPartner *self = MZ_PARTNER (object);

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->name);
  g_free (self->local_name);
  g_free (self->short_name);
  g_free (self->partner_type);
  g_free (self->country);
  g_free (self->region);
  g_free (self->status);
  g_free (self->lead_unit_id);
  g_free (self->account_manager_id);
  g_free (self->membership_category);
  g_free (self->ceb_contributor_type);
  g_free (self->website);
  g_strfreev (self->tags);
  g_free (self->notes);
  g_free (self->merged_into);
  g_free (self->lead_unit_code);
  g_free (self->account_manager_name);

  G_OBJECT_CLASS (mz_partner_parent_class)->finalize (object);
}

static void
mz_partner_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MzPartner *self = MZ_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case PROP_UPDATED_BY:
      g_value_set_string (value, self->updated_by);
      break;
    case PROP_DELETED_AT:
      g_value_set_string (value, self->deleted_at);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LOCAL_NAME:
      g_value_set_string (value, self->local_name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_PARTNER_TYPE:
      g_value_set_string (value, self->partner_type);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_LEAD_UNIT_ID:
      g_value_set_string (value, self->lead_unit_id);
      break;
    case PROP_ACCOUNT_MANAGER_ID:
      g_value_set_string (value, self->account_manager_id);
      break;
    case PROP_SECTOR_R:
      g_value_set_boolean (value, self->sector_r);
      break;
    case PROP_SECTOR_T:
      g_value_set_boolean (value, self->sector_t);
      break;
    case PROP_SECTOR_D:
      g_value_set_boolean (value, self->sector_d);
      break;
    case PROP_MEMBERSHIP_CATEGORY:
      g_value_set_string (value, self->membership_category);
      break;
    case PROP_CONTRIBUTORY_UNITS_X16:
      g_value_set_int (value, self->contributory_units_x16);
      break;
    case PROP_CEB_CONTRIBUTOR_TYPE:
      g_value_set_string (value, self->ceb_contributor_type);
      break;
    case PROP_IATI_ORG_TYPE:
      g_value_set_int (value, self->iati_org_type);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_MERGED_INTO:
      g_value_set_string (value, self->merged_into);
      break;
    case PROP_LEAD_UNIT_CODE:
      g_value_set_string (value, self->lead_unit_code);
      break;
    case PROP_ACCOUNT_MANAGER_NAME:
      g_value_set_string (value, self->account_manager_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MzPartner *self = MZ_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_partner_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      mz_partner_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      mz_partner_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_BY:
      mz_partner_set_updated_by (self, g_value_get_string (value));
      break;
    case PROP_DELETED_AT:
      mz_partner_set_deleted_at (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      mz_partner_set_name (self, g_value_get_string (value));
      break;
    case PROP_LOCAL_NAME:
      mz_partner_set_local_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      mz_partner_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_TYPE:
      mz_partner_set_partner_type (self, g_value_get_string (value));
      break;
    case PROP_COUNTRY:
      mz_partner_set_country (self, g_value_get_string (value));
      break;
    case PROP_REGION:
      mz_partner_set_region (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mz_partner_set_status (self, g_value_get_string (value));
      break;
    case PROP_LEAD_UNIT_ID:
      mz_partner_set_lead_unit_id (self, g_value_get_string (value));
      break;
    case PROP_ACCOUNT_MANAGER_ID:
      mz_partner_set_account_manager_id (self, g_value_get_string (value));
      break;
    case PROP_SECTOR_R:
      mz_partner_set_sector_r (self, g_value_get_boolean (value));
      break;
    case PROP_SECTOR_T:
      mz_partner_set_sector_t (self, g_value_get_boolean (value));
      break;
    case PROP_SECTOR_D:
      mz_partner_set_sector_d (self, g_value_get_boolean (value));
      break;
    case PROP_MEMBERSHIP_CATEGORY:
      mz_partner_set_membership_category (self, g_value_get_string (value));
      break;
    case PROP_CONTRIBUTORY_UNITS_X16:
      mz_partner_set_contributory_units_x16 (self, g_value_get_int (value));
      break;
    case PROP_CEB_CONTRIBUTOR_TYPE:
      mz_partner_set_ceb_contributor_type (self, g_value_get_string (value));
      break;
    case PROP_IATI_ORG_TYPE:
      mz_partner_set_iati_org_type (self, g_value_get_int (value));
      break;
    case PROP_WEBSITE:
      mz_partner_set_website (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      mz_partner_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      mz_partner_set_notes (self, g_value_get_string (value));
      break;
    case PROP_MERGED_INTO:
      mz_partner_set_merged_into (self, g_value_get_string (value));
      break;
    case PROP_LEAD_UNIT_CODE:
      mz_partner_set_lead_unit_code (self, g_value_get_string (value));
      break;
    case PROP_ACCOUNT_MANAGER_NAME:
      mz_partner_set_account_manager_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_class_init (MzPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_partner_finalize;
  object_class->get_property = mz_partner_get_property;
  object_class->set_property = mz_partner_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, FLAGS);
  properties[PROP_LOCAL_NAME] = g_param_spec_string ("local-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_TYPE] = g_param_spec_string ("partner-type", NULL, NULL, NULL, FLAGS);
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, FLAGS);
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, FLAGS);
  properties[PROP_LEAD_UNIT_ID] = g_param_spec_string ("lead-unit-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_ACCOUNT_MANAGER_ID] = g_param_spec_string ("account-manager-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_SECTOR_R] = g_param_spec_boolean ("sector-r", NULL, NULL, FALSE, FLAGS);
  properties[PROP_SECTOR_T] = g_param_spec_boolean ("sector-t", NULL, NULL, FALSE, FLAGS);
  properties[PROP_SECTOR_D] = g_param_spec_boolean ("sector-d", NULL, NULL, FALSE, FLAGS);
  properties[PROP_MEMBERSHIP_CATEGORY] = g_param_spec_string ("membership-category", NULL, NULL, NULL, FLAGS);
  properties[PROP_CONTRIBUTORY_UNITS_X16] = g_param_spec_int ("contributory-units-x16", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_CEB_CONTRIBUTOR_TYPE] = g_param_spec_string ("ceb-contributor-type", NULL, NULL, NULL, FLAGS);
  properties[PROP_IATI_ORG_TYPE] = g_param_spec_int ("iati-org-type", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_WEBSITE] = g_param_spec_string ("website", NULL, NULL, NULL, FLAGS);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, FLAGS);
  properties[PROP_MERGED_INTO] = g_param_spec_string ("merged-into", NULL, NULL, NULL, FLAGS);
  properties[PROP_LEAD_UNIT_CODE] = g_param_spec_string ("lead-unit-code", NULL, NULL, NULL, FLAGS);
  properties[PROP_ACCOUNT_MANAGER_NAME] = g_param_spec_string ("account-manager-name", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_partner_init (MzPartner *self)
{
}

MzPartner *
mz_partner_new (void)
{
  return g_object_new (MZ_TYPE_PARTNER, NULL);
}

MzPartner *
mz_partner_copy (MzPartner *self)
{
  MzPartner *copy;

  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);

  copy = mz_partner_new ();
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->name = g_strdup (self->name);
  copy->local_name = g_strdup (self->local_name);
  copy->short_name = g_strdup (self->short_name);
  copy->partner_type = g_strdup (self->partner_type);
  copy->country = g_strdup (self->country);
  copy->region = g_strdup (self->region);
  copy->status = g_strdup (self->status);
  copy->lead_unit_id = g_strdup (self->lead_unit_id);
  copy->account_manager_id = g_strdup (self->account_manager_id);
  copy->sector_r = self->sector_r;
  copy->sector_t = self->sector_t;
  copy->sector_d = self->sector_d;
  copy->membership_category = g_strdup (self->membership_category);
  copy->contributory_units_x16 = self->contributory_units_x16;
  copy->ceb_contributor_type = g_strdup (self->ceb_contributor_type);
  copy->iati_org_type = self->iati_org_type;
  copy->website = g_strdup (self->website);
  copy->tags = g_strdupv (self->tags);
  copy->notes = g_strdup (self->notes);
  copy->merged_into = g_strdup (self->merged_into);
  copy->lead_unit_code = g_strdup (self->lead_unit_code);
  copy->account_manager_name = g_strdup (self->account_manager_name);
  return copy;
}

const char *
mz_partner_get_id (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->id;
}

void
mz_partner_set_id (MzPartner  *self,
                   const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_partner_get_created_at (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->created_at;
}

void
mz_partner_set_created_at (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
mz_partner_get_updated_at (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->updated_at;
}

void
mz_partner_set_updated_at (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->updated_at, value) == 0)
    return;
  g_free (self->updated_at);
  self->updated_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
mz_partner_get_updated_by (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->updated_by;
}

void
mz_partner_set_updated_by (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->updated_by, value) == 0)
    return;
  g_free (self->updated_by);
  self->updated_by = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

const char *
mz_partner_get_deleted_at (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->deleted_at;
}

void
mz_partner_set_deleted_at (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->deleted_at, value) == 0)
    return;
  g_free (self->deleted_at);
  self->deleted_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

const char *
mz_partner_get_name (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->name;
}

void
mz_partner_set_name (MzPartner  *self,
                     const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
mz_partner_get_local_name (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->local_name;
}

void
mz_partner_set_local_name (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->local_name, value) == 0)
    return;
  g_free (self->local_name);
  self->local_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_NAME]);
}

const char *
mz_partner_get_short_name (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->short_name;
}

void
mz_partner_set_short_name (MzPartner  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->short_name, value) == 0)
    return;
  g_free (self->short_name);
  self->short_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

const char *
mz_partner_get_partner_type (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->partner_type;
}

void
mz_partner_set_partner_type (MzPartner  *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->partner_type, value) == 0)
    return;
  g_free (self->partner_type);
  self->partner_type = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_TYPE]);
}

const char *
mz_partner_get_country (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->country;
}

void
mz_partner_set_country (MzPartner  *self,
                        const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->country, value) == 0)
    return;
  g_free (self->country);
  self->country = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
mz_partner_get_region (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->region;
}

void
mz_partner_set_region (MzPartner  *self,
                       const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->region, value) == 0)
    return;
  g_free (self->region);
  self->region = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

const char *
mz_partner_get_status (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->status;
}

void
mz_partner_set_status (MzPartner  *self,
                       const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->status, value) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mz_partner_get_lead_unit_id (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->lead_unit_id;
}

void
mz_partner_set_lead_unit_id (MzPartner  *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->lead_unit_id, value) == 0)
    return;
  g_free (self->lead_unit_id);
  self->lead_unit_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_UNIT_ID]);
}

const char *
mz_partner_get_account_manager_id (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->account_manager_id;
}

void
mz_partner_set_account_manager_id (MzPartner  *self,
                                   const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->account_manager_id, value) == 0)
    return;
  g_free (self->account_manager_id);
  self->account_manager_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_MANAGER_ID]);
}

gboolean
mz_partner_get_sector_r (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), FALSE);
  return self->sector_r;
}

void
mz_partner_set_sector_r (MzPartner *self,
                         gboolean   value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  value = !!value;
  if (self->sector_r == value)
    return;
  self->sector_r = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_R]);
}

gboolean
mz_partner_get_sector_t (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), FALSE);
  return self->sector_t;
}

void
mz_partner_set_sector_t (MzPartner *self,
                         gboolean   value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  value = !!value;
  if (self->sector_t == value)
    return;
  self->sector_t = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_T]);
}

gboolean
mz_partner_get_sector_d (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), FALSE);
  return self->sector_d;
}

void
mz_partner_set_sector_d (MzPartner *self,
                         gboolean   value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  value = !!value;
  if (self->sector_d == value)
    return;
  self->sector_d = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_D]);
}

const char *
mz_partner_get_membership_category (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->membership_category;
}

void
mz_partner_set_membership_category (MzPartner  *self,
                                    const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->membership_category, value) == 0)
    return;
  g_free (self->membership_category);
  self->membership_category = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBERSHIP_CATEGORY]);
}

int
mz_partner_get_contributory_units_x16 (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), 0);
  return self->contributory_units_x16;
}

void
mz_partner_set_contributory_units_x16 (MzPartner *self,
                                       int        value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (self->contributory_units_x16 == value)
    return;
  self->contributory_units_x16 = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRIBUTORY_UNITS_X16]);
}

const char *
mz_partner_get_ceb_contributor_type (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->ceb_contributor_type;
}

void
mz_partner_set_ceb_contributor_type (MzPartner  *self,
                                     const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->ceb_contributor_type, value) == 0)
    return;
  g_free (self->ceb_contributor_type);
  self->ceb_contributor_type = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CEB_CONTRIBUTOR_TYPE]);
}

int
mz_partner_get_iati_org_type (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), 0);
  return self->iati_org_type;
}

void
mz_partner_set_iati_org_type (MzPartner *self,
                              int        value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (self->iati_org_type == value)
    return;
  self->iati_org_type = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IATI_ORG_TYPE]);
}

const char *
mz_partner_get_website (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->website;
}

void
mz_partner_set_website (MzPartner  *self,
                        const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->website, value) == 0)
    return;
  g_free (self->website);
  self->website = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

const char * const *
mz_partner_get_tags (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return (const char * const *) self->tags;
}

void
mz_partner_set_tags (MzPartner          *self,
                     const char * const *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (self->tags == (char **) value)
    return;
  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

const char *
mz_partner_get_notes (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->notes;
}

void
mz_partner_set_notes (MzPartner  *self,
                      const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
mz_partner_get_merged_into (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->merged_into;
}

void
mz_partner_set_merged_into (MzPartner  *self,
                            const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->merged_into, value) == 0)
    return;
  g_free (self->merged_into);
  self->merged_into = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGED_INTO]);
}

const char *
mz_partner_get_lead_unit_code (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->lead_unit_code;
}

void
mz_partner_set_lead_unit_code (MzPartner  *self,
                               const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->lead_unit_code, value) == 0)
    return;
  g_free (self->lead_unit_code);
  self->lead_unit_code = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_UNIT_CODE]);
}

const char *
mz_partner_get_account_manager_name (MzPartner *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER (self), NULL);
  return self->account_manager_name;
}

void
mz_partner_set_account_manager_name (MzPartner  *self,
                                     const char *value)
{
  g_return_if_fail (MZ_IS_PARTNER (self));

  if (g_strcmp0 (self->account_manager_name, value) == 0)
    return;
  g_free (self->account_manager_name);
  self->account_manager_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_MANAGER_NAME]);
}

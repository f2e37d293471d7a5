/* mz-org-unit.c — a unit of ITU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-org-unit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-org-unit.h"

struct _MzOrgUnit
{
  GObject  parent_instance;

  char    *id;
  char    *code;
  char    *name;
  char    *kind;
  char    *region;
};

G_DEFINE_FINAL_TYPE (MzOrgUnit, mz_org_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SELECT_UNITS \
  "SELECT id, code, name, kind, region FROM org_unit WHERE deleted_at IS NULL "

static MzOrgUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (MZ_TYPE_ORG_UNIT,
                       "id", sqlite3_column_text (stmt, 0),
                       "code", sqlite3_column_text (stmt, 1),
                       "name", sqlite3_column_text (stmt, 2),
                       "kind", sqlite3_column_text (stmt, 3),
                       "region", sqlite3_column_text (stmt, 4),
                       NULL);
}

static void
mz_org_unit_finalize (GObject *object)
{
  MzOrgUnit *self = MZ_ORG_UNIT (object);

  g_free (self->id);
  g_free (self->code);
  g_free (self->name);
  g_free (self->kind);
  g_free (self->region);

  G_OBJECT_CLASS (mz_org_unit_parent_class)->finalize (object);
}

static void
mz_org_unit_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MzOrgUnit *self = MZ_ORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_org_unit_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MzOrgUnit *self = MZ_ORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;
    case PROP_REGION:
      self->region = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_org_unit_class_init (MzOrgUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_org_unit_finalize;
  object_class->get_property = mz_org_unit_get_property;
  object_class->set_property = mz_org_unit_set_property;

#define STRING_PROP(p, name) \
  properties[p] = g_param_spec_string (name, NULL, NULL, NULL, \
                                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)
  STRING_PROP (PROP_ID, "id");
  STRING_PROP (PROP_CODE, "code");
  STRING_PROP (PROP_NAME, "name");
  STRING_PROP (PROP_KIND, "kind");
  STRING_PROP (PROP_REGION, "region");
#undef STRING_PROP

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_org_unit_init (MzOrgUnit *self)
{
}

const char *
mz_org_unit_get_id (MzOrgUnit *self)
{
  g_return_val_if_fail (MZ_IS_ORG_UNIT (self), NULL);
  return self->id;
}

const char *
mz_org_unit_get_code (MzOrgUnit *self)
{
  g_return_val_if_fail (MZ_IS_ORG_UNIT (self), NULL);
  return self->code;
}

const char *
mz_org_unit_get_name (MzOrgUnit *self)
{
  g_return_val_if_fail (MZ_IS_ORG_UNIT (self), NULL);
  return self->name;
}

const char *
mz_org_unit_get_kind (MzOrgUnit *self)
{
  g_return_val_if_fail (MZ_IS_ORG_UNIT (self), NULL);
  return self->kind;
}

const char *
mz_org_unit_get_region (MzOrgUnit *self)
{
  g_return_val_if_fail (MZ_IS_ORG_UNIT (self), NULL);
  return self->region;
}

GListModel *
mz_org_unit_list (MzStore  *store,
                  GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_ORG_UNIT);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           SELECT_UNITS
                           "ORDER BY CASE kind WHEN 'general_secretariat' THEN 0 "
                           "WHEN 'bureau' THEN 1 WHEN 'regional_office' THEN 2 ELSE 3 END, "
                           "CASE code WHEN 'BR' THEN 0 WHEN 'TSB' THEN 1 WHEN 'BDT' THEN 2 ELSE 3 END, code",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MzOrgUnit) unit = unit_from_row (stmt);
      g_list_store_append (list, unit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the units"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

MzOrgUnit *
mz_org_unit_find (MzStore     *store,
                  const char  *code,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  MzOrgUnit *unit = NULL;
  int rc;

  stmt = mz_store_prepare (store, SELECT_UNITS "AND code = ? ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    unit = unit_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("There is no unit with the code “%s”."), code);
  else
    mz_store_set_error (store, error, _("Cannot read the units"));
  sqlite3_reset (stmt);

  return unit;
}

/* mz-partner-relation.c — a typed link between two partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-relation"

#include "config.h"

#include "mz-partner-relation-private.h"

G_DEFINE_FINAL_TYPE (MzPartnerRelation, mz_partner_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED_AT,
  PROP_FROM_PARTNER_ID,
  PROP_TO_PARTNER_ID,
  PROP_KIND,
  PROP_NOTES,
  PROP_OTHER_PARTNER_ID,
  PROP_OTHER_PARTNER_NAME,
  PROP_OUTGOING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_partner_relation_finalize (GObject *object)
{
  MzPartnerRelation *self = MZ_PARTNER_RELATION (object);

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->from_partner_id);
  g_free (self->to_partner_id);
  g_free (self->kind);
  g_free (self->notes);
  g_free (self->other_partner_id);
  g_free (self->other_partner_name);

  G_OBJECT_CLASS (mz_partner_relation_parent_class)->finalize (object);
}

static void
mz_partner_relation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MzPartnerRelation *self = MZ_PARTNER_RELATION (object);

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
    case PROP_FROM_PARTNER_ID:
      g_value_set_string (value, self->from_partner_id);
      break;
    case PROP_TO_PARTNER_ID:
      g_value_set_string (value, self->to_partner_id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_OTHER_PARTNER_ID:
      g_value_set_string (value, self->other_partner_id);
      break;
    case PROP_OTHER_PARTNER_NAME:
      g_value_set_string (value, self->other_partner_name);
      break;
    case PROP_OUTGOING:
      g_value_set_boolean (value, self->outgoing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_relation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MzPartnerRelation *self = MZ_PARTNER_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_partner_relation_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      mz_partner_relation_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      mz_partner_relation_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_BY:
      mz_partner_relation_set_updated_by (self, g_value_get_string (value));
      break;
    case PROP_DELETED_AT:
      mz_partner_relation_set_deleted_at (self, g_value_get_string (value));
      break;
    case PROP_FROM_PARTNER_ID:
      mz_partner_relation_set_from_partner_id (self, g_value_get_string (value));
      break;
    case PROP_TO_PARTNER_ID:
      mz_partner_relation_set_to_partner_id (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      mz_partner_relation_set_kind (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      mz_partner_relation_set_notes (self, g_value_get_string (value));
      break;
    case PROP_OTHER_PARTNER_ID:
      mz_partner_relation_set_other_partner_id (self, g_value_get_string (value));
      break;
    case PROP_OTHER_PARTNER_NAME:
      mz_partner_relation_set_other_partner_name (self, g_value_get_string (value));
      break;
    case PROP_OUTGOING:
      mz_partner_relation_set_outgoing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_relation_class_init (MzPartnerRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_partner_relation_finalize;
  object_class->get_property = mz_partner_relation_get_property;
  object_class->set_property = mz_partner_relation_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_FROM_PARTNER_ID] = g_param_spec_string ("from-partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_TO_PARTNER_ID] = g_param_spec_string ("to-partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, FLAGS);
  properties[PROP_OTHER_PARTNER_ID] = g_param_spec_string ("other-partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_OTHER_PARTNER_NAME] = g_param_spec_string ("other-partner-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_OUTGOING] = g_param_spec_boolean ("outgoing", NULL, NULL, FALSE, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_partner_relation_init (MzPartnerRelation *self)
{
}

MzPartnerRelation *
mz_partner_relation_new (void)
{
  return g_object_new (MZ_TYPE_PARTNER_RELATION, NULL);
}

MzPartnerRelation *
mz_partner_relation_copy (MzPartnerRelation *self)
{
  MzPartnerRelation *copy;

  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);

  copy = mz_partner_relation_new ();
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->from_partner_id = g_strdup (self->from_partner_id);
  copy->to_partner_id = g_strdup (self->to_partner_id);
  copy->kind = g_strdup (self->kind);
  copy->notes = g_strdup (self->notes);
  copy->other_partner_id = g_strdup (self->other_partner_id);
  copy->other_partner_name = g_strdup (self->other_partner_name);
  copy->outgoing = self->outgoing;
  return copy;
}

const char *
mz_partner_relation_get_id (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->id;
}

void
mz_partner_relation_set_id (MzPartnerRelation *self,
                            const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_partner_relation_get_created_at (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->created_at;
}

void
mz_partner_relation_set_created_at (MzPartnerRelation *self,
                                    const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
mz_partner_relation_get_updated_at (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->updated_at;
}

void
mz_partner_relation_set_updated_at (MzPartnerRelation *self,
                                    const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->updated_at, value) == 0)
    return;
  g_free (self->updated_at);
  self->updated_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
mz_partner_relation_get_updated_by (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->updated_by;
}

void
mz_partner_relation_set_updated_by (MzPartnerRelation *self,
                                    const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->updated_by, value) == 0)
    return;
  g_free (self->updated_by);
  self->updated_by = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

const char *
mz_partner_relation_get_deleted_at (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->deleted_at;
}

void
mz_partner_relation_set_deleted_at (MzPartnerRelation *self,
                                    const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->deleted_at, value) == 0)
    return;
  g_free (self->deleted_at);
  self->deleted_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

const char *
mz_partner_relation_get_from_partner_id (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->from_partner_id;
}

void
mz_partner_relation_set_from_partner_id (MzPartnerRelation *self,
                                         const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->from_partner_id, value) == 0)
    return;
  g_free (self->from_partner_id);
  self->from_partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_PARTNER_ID]);
}

const char *
mz_partner_relation_get_to_partner_id (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->to_partner_id;
}

void
mz_partner_relation_set_to_partner_id (MzPartnerRelation *self,
                                       const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->to_partner_id, value) == 0)
    return;
  g_free (self->to_partner_id);
  self->to_partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_PARTNER_ID]);
}

const char *
mz_partner_relation_get_kind (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->kind;
}

void
mz_partner_relation_set_kind (MzPartnerRelation *self,
                              const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->kind, value) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mz_partner_relation_get_notes (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->notes;
}

void
mz_partner_relation_set_notes (MzPartnerRelation *self,
                               const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
mz_partner_relation_get_other_partner_id (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->other_partner_id;
}

void
mz_partner_relation_set_other_partner_id (MzPartnerRelation *self,
                                          const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->other_partner_id, value) == 0)
    return;
  g_free (self->other_partner_id);
  self->other_partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_PARTNER_ID]);
}

const char *
mz_partner_relation_get_other_partner_name (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), NULL);
  return self->other_partner_name;
}

void
mz_partner_relation_set_other_partner_name (MzPartnerRelation *self,
                                            const char        *value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  if (g_strcmp0 (self->other_partner_name, value) == 0)
    return;
  g_free (self->other_partner_name);
  self->other_partner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_PARTNER_NAME]);
}

gboolean
mz_partner_relation_get_outgoing (MzPartnerRelation *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_RELATION (self), FALSE);
  return self->outgoing;
}

void
mz_partner_relation_set_outgoing (MzPartnerRelation *self,
                                  gboolean           value)
{
  g_return_if_fail (MZ_IS_PARTNER_RELATION (self));

  value = !!value;
  if (self->outgoing == value)
    return;
  self->outgoing = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTGOING]);
}

/* mz-interaction.c — a meeting, call, e-mail, visit, event or proposal with a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-interaction"

#include "config.h"

#include "mz-interaction-private.h"

G_DEFINE_FINAL_TYPE (MzInteraction, mz_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED_AT,
  PROP_PARTNER_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_UNIT_ID,
  PROP_STAFF_ID,
  PROP_SUBJECT,
  PROP_NOTES,
  PROP_STATUS,
  PROP_CONTACT_IDS,
  PROP_UNIT_CODE,
  PROP_STAFF_NAME,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_interaction_finalize (GObject *object)
{
  MzInteraction *self = MZ_INTERACTION (object);

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->partner_id);
  g_free (self->kind);
  g_free (self->date);
  g_free (self->unit_id);
  g_free (self->staff_id);
  g_free (self->subject);
  g_free (self->notes);
  g_free (self->status);
  g_strfreev (self->contact_ids);
  g_free (self->unit_code);
  g_free (self->staff_name);
  g_free (self->partner_name);

  G_OBJECT_CLASS (mz_interaction_parent_class)->finalize (object);
}

static void
mz_interaction_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MzInteraction *self = MZ_INTERACTION (object);

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
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_UNIT_ID:
      g_value_set_string (value, self->unit_id);
      break;
    case PROP_STAFF_ID:
      g_value_set_string (value, self->staff_id);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_CONTACT_IDS:
      g_value_set_boxed (value, self->contact_ids);
      break;
    case PROP_UNIT_CODE:
      g_value_set_string (value, self->unit_code);
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_interaction_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MzInteraction *self = MZ_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_interaction_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      mz_interaction_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      mz_interaction_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_BY:
      mz_interaction_set_updated_by (self, g_value_get_string (value));
      break;
    case PROP_DELETED_AT:
      mz_interaction_set_deleted_at (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      mz_interaction_set_partner_id (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      mz_interaction_set_kind (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      mz_interaction_set_date (self, g_value_get_string (value));
      break;
    case PROP_UNIT_ID:
      mz_interaction_set_unit_id (self, g_value_get_string (value));
      break;
    case PROP_STAFF_ID:
      mz_interaction_set_staff_id (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      mz_interaction_set_subject (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      mz_interaction_set_notes (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mz_interaction_set_status (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_IDS:
      mz_interaction_set_contact_ids (self, g_value_get_boxed (value));
      break;
    case PROP_UNIT_CODE:
      mz_interaction_set_unit_code (self, g_value_get_string (value));
      break;
    case PROP_STAFF_NAME:
      mz_interaction_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_NAME:
      mz_interaction_set_partner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_interaction_class_init (MzInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_interaction_finalize;
  object_class->get_property = mz_interaction_get_property;
  object_class->set_property = mz_interaction_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, FLAGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, FLAGS);
  properties[PROP_UNIT_ID] = g_param_spec_string ("unit-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_STAFF_ID] = g_param_spec_string ("staff-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, FLAGS);
  properties[PROP_CONTACT_IDS] = g_param_spec_boxed ("contact-ids", NULL, NULL, G_TYPE_STRV, FLAGS);
  properties[PROP_UNIT_CODE] = g_param_spec_string ("unit-code", NULL, NULL, NULL, FLAGS);
  properties[PROP_STAFF_NAME] = g_param_spec_string ("staff-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_NAME] = g_param_spec_string ("partner-name", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_interaction_init (MzInteraction *self)
{
}

MzInteraction *
mz_interaction_new (void)
{
  return g_object_new (MZ_TYPE_INTERACTION, NULL);
}

MzInteraction *
mz_interaction_copy (MzInteraction *self)
{
  MzInteraction *copy;

  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);

  copy = mz_interaction_new ();
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->partner_id = g_strdup (self->partner_id);
  copy->kind = g_strdup (self->kind);
  copy->date = g_strdup (self->date);
  copy->unit_id = g_strdup (self->unit_id);
  copy->staff_id = g_strdup (self->staff_id);
  copy->subject = g_strdup (self->subject);
  copy->notes = g_strdup (self->notes);
  copy->status = g_strdup (self->status);
  copy->contact_ids = g_strdupv (self->contact_ids);
  copy->unit_code = g_strdup (self->unit_code);
  copy->staff_name = g_strdup (self->staff_name);
  copy->partner_name = g_strdup (self->partner_name);
  return copy;
}

const char *
mz_interaction_get_id (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->id;
}

void
mz_interaction_set_id (MzInteraction *self,
                       const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_interaction_get_created_at (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->created_at;
}

void
mz_interaction_set_created_at (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
mz_interaction_get_updated_at (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->updated_at;
}

void
mz_interaction_set_updated_at (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->updated_at, value) == 0)
    return;
  g_free (self->updated_at);
  self->updated_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
mz_interaction_get_updated_by (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->updated_by;
}

void
mz_interaction_set_updated_by (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->updated_by, value) == 0)
    return;
  g_free (self->updated_by);
  self->updated_by = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

const char *
mz_interaction_get_deleted_at (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->deleted_at;
}

void
mz_interaction_set_deleted_at (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->deleted_at, value) == 0)
    return;
  g_free (self->deleted_at);
  self->deleted_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

const char *
mz_interaction_get_partner_id (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->partner_id;
}

void
mz_interaction_set_partner_id (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->partner_id, value) == 0)
    return;
  g_free (self->partner_id);
  self->partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

const char *
mz_interaction_get_kind (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->kind;
}

void
mz_interaction_set_kind (MzInteraction *self,
                         const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->kind, value) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mz_interaction_get_date (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->date;
}

void
mz_interaction_set_date (MzInteraction *self,
                         const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->date, value) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
mz_interaction_get_unit_id (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->unit_id;
}

void
mz_interaction_set_unit_id (MzInteraction *self,
                            const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->unit_id, value) == 0)
    return;
  g_free (self->unit_id);
  self->unit_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
}

const char *
mz_interaction_get_staff_id (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->staff_id;
}

void
mz_interaction_set_staff_id (MzInteraction *self,
                             const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->staff_id, value) == 0)
    return;
  g_free (self->staff_id);
  self->staff_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
mz_interaction_get_subject (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->subject;
}

void
mz_interaction_set_subject (MzInteraction *self,
                            const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->subject, value) == 0)
    return;
  g_free (self->subject);
  self->subject = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
mz_interaction_get_notes (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->notes;
}

void
mz_interaction_set_notes (MzInteraction *self,
                          const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->notes, value) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
mz_interaction_get_status (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->status;
}

void
mz_interaction_set_status (MzInteraction *self,
                           const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->status, value) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char * const *
mz_interaction_get_contact_ids (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return (const char * const *) self->contact_ids;
}

void
mz_interaction_set_contact_ids (MzInteraction      *self,
                                const char * const *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (self->contact_ids == (char **) value)
    return;
  g_strfreev (self->contact_ids);
  self->contact_ids = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_IDS]);
}

const char *
mz_interaction_get_unit_code (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->unit_code;
}

void
mz_interaction_set_unit_code (MzInteraction *self,
                              const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->unit_code, value) == 0)
    return;
  g_free (self->unit_code);
  self->unit_code = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_CODE]);
}

const char *
mz_interaction_get_staff_name (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->staff_name;
}

void
mz_interaction_set_staff_name (MzInteraction *self,
                               const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->staff_name, value) == 0)
    return;
  g_free (self->staff_name);
  self->staff_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
mz_interaction_get_partner_name (MzInteraction *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (self), NULL);
  return self->partner_name;
}

void
mz_interaction_set_partner_name (MzInteraction *self,
                                 const char    *value)
{
  g_return_if_fail (MZ_IS_INTERACTION (self));

  if (g_strcmp0 (self->partner_name, value) == 0)
    return;
  g_free (self->partner_name);
  self->partner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
}

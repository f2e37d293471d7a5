/* mz-follow-up.c — a task following an interaction or concerning a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-follow-up"

#include "config.h"

#include "mz-follow-up-private.h"

G_DEFINE_FINAL_TYPE (MzFollowUp, mz_follow_up, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED_AT,
  PROP_PARTNER_ID,
  PROP_INTERACTION_ID,
  PROP_TITLE,
  PROP_DUE_DATE,
  PROP_OWNER_ID,
  PROP_DONE_DATE,
  PROP_OWNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_follow_up_finalize (GObject *object)
{
  MzFollowUp *self = MZ_FOLLOW_UP (object);

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->partner_id);
  g_free (self->interaction_id);
  g_free (self->title);
  g_free (self->due_date);
  g_free (self->owner_id);
  g_free (self->done_date);
  g_free (self->owner_name);

  G_OBJECT_CLASS (mz_follow_up_parent_class)->finalize (object);
}

static void
mz_follow_up_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MzFollowUp *self = MZ_FOLLOW_UP (object);

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
    case PROP_INTERACTION_ID:
      g_value_set_string (value, self->interaction_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_OWNER_ID:
      g_value_set_string (value, self->owner_id);
      break;
    case PROP_DONE_DATE:
      g_value_set_string (value, self->done_date);
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_follow_up_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MzFollowUp *self = MZ_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_follow_up_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      mz_follow_up_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      mz_follow_up_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_BY:
      mz_follow_up_set_updated_by (self, g_value_get_string (value));
      break;
    case PROP_DELETED_AT:
      mz_follow_up_set_deleted_at (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      mz_follow_up_set_partner_id (self, g_value_get_string (value));
      break;
    case PROP_INTERACTION_ID:
      mz_follow_up_set_interaction_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      mz_follow_up_set_title (self, g_value_get_string (value));
      break;
    case PROP_DUE_DATE:
      mz_follow_up_set_due_date (self, g_value_get_string (value));
      break;
    case PROP_OWNER_ID:
      mz_follow_up_set_owner_id (self, g_value_get_string (value));
      break;
    case PROP_DONE_DATE:
      mz_follow_up_set_done_date (self, g_value_get_string (value));
      break;
    case PROP_OWNER_NAME:
      mz_follow_up_set_owner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_follow_up_class_init (MzFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_follow_up_finalize;
  object_class->get_property = mz_follow_up_get_property;
  object_class->set_property = mz_follow_up_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_INTERACTION_ID] = g_param_spec_string ("interaction-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, NULL, FLAGS);
  properties[PROP_OWNER_ID] = g_param_spec_string ("owner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_DONE_DATE] = g_param_spec_string ("done-date", NULL, NULL, NULL, FLAGS);
  properties[PROP_OWNER_NAME] = g_param_spec_string ("owner-name", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_follow_up_init (MzFollowUp *self)
{
}

MzFollowUp *
mz_follow_up_new (void)
{
  return g_object_new (MZ_TYPE_FOLLOW_UP, NULL);
}

MzFollowUp *
mz_follow_up_copy (MzFollowUp *self)
{
  MzFollowUp *copy;

  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);

  copy = mz_follow_up_new ();
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->partner_id = g_strdup (self->partner_id);
  copy->interaction_id = g_strdup (self->interaction_id);
  copy->title = g_strdup (self->title);
  copy->due_date = g_strdup (self->due_date);
  copy->owner_id = g_strdup (self->owner_id);
  copy->done_date = g_strdup (self->done_date);
  copy->owner_name = g_strdup (self->owner_name);
  return copy;
}

const char *
mz_follow_up_get_id (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->id;
}

void
mz_follow_up_set_id (MzFollowUp *self,
                     const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_follow_up_get_created_at (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->created_at;
}

void
mz_follow_up_set_created_at (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
mz_follow_up_get_updated_at (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->updated_at;
}

void
mz_follow_up_set_updated_at (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->updated_at, value) == 0)
    return;
  g_free (self->updated_at);
  self->updated_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
mz_follow_up_get_updated_by (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->updated_by;
}

void
mz_follow_up_set_updated_by (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->updated_by, value) == 0)
    return;
  g_free (self->updated_by);
  self->updated_by = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

const char *
mz_follow_up_get_deleted_at (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->deleted_at;
}

void
mz_follow_up_set_deleted_at (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->deleted_at, value) == 0)
    return;
  g_free (self->deleted_at);
  self->deleted_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

const char *
mz_follow_up_get_partner_id (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->partner_id;
}

void
mz_follow_up_set_partner_id (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->partner_id, value) == 0)
    return;
  g_free (self->partner_id);
  self->partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

const char *
mz_follow_up_get_interaction_id (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->interaction_id;
}

void
mz_follow_up_set_interaction_id (MzFollowUp *self,
                                 const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->interaction_id, value) == 0)
    return;
  g_free (self->interaction_id);
  self->interaction_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION_ID]);
}

const char *
mz_follow_up_get_title (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->title;
}

void
mz_follow_up_set_title (MzFollowUp *self,
                        const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mz_follow_up_get_due_date (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->due_date;
}

void
mz_follow_up_set_due_date (MzFollowUp *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->due_date, value) == 0)
    return;
  g_free (self->due_date);
  self->due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

const char *
mz_follow_up_get_owner_id (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->owner_id;
}

void
mz_follow_up_set_owner_id (MzFollowUp *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->owner_id, value) == 0)
    return;
  g_free (self->owner_id);
  self->owner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

const char *
mz_follow_up_get_done_date (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->done_date;
}

void
mz_follow_up_set_done_date (MzFollowUp *self,
                            const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->done_date, value) == 0)
    return;
  g_free (self->done_date);
  self->done_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_DATE]);
}

const char *
mz_follow_up_get_owner_name (MzFollowUp *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (self), NULL);
  return self->owner_name;
}

void
mz_follow_up_set_owner_name (MzFollowUp *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->owner_name, value) == 0)
    return;
  g_free (self->owner_name);
  self->owner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

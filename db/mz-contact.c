/* mz-contact.c — a person at a partner (personal data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact"

#include "config.h"

#include "mz-contact-private.h"

G_DEFINE_FINAL_TYPE (MzContact, mz_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY,
  PROP_DELETED_AT,
  PROP_PARTNER_ID,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_LOCAL_NAME,
  PROP_HONORIFIC,
  PROP_TITLE,
  PROP_ROLE,
  PROP_EMAILS,
  PROP_PHONES,
  PROP_LANGUAGE,
  PROP_IS_PRIMARY,
  PROP_CONSENT_BASIS,
  PROP_CONSENT_DATE,
  PROP_CONSENT_SOURCE,
  PROP_FORGOTTEN_AT,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_contact_finalize (GObject *object)
{
  MzContact *self = MZ_CONTACT (object);

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->partner_id);
  g_free (self->given_name);
  g_free (self->family_name);
  g_free (self->local_name);
  g_free (self->honorific);
  g_free (self->title);
  g_free (self->role);
  g_strfreev (self->emails);
  g_strfreev (self->phones);
  g_free (self->language);
  g_free (self->consent_basis);
  g_free (self->consent_date);
  g_free (self->consent_source);
  g_free (self->forgotten_at);
  g_free (self->partner_name);

  G_OBJECT_CLASS (mz_contact_parent_class)->finalize (object);
}

static void
mz_contact_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MzContact *self = MZ_CONTACT (object);

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
    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_LOCAL_NAME:
      g_value_set_string (value, self->local_name);
      break;
    case PROP_HONORIFIC:
      g_value_set_string (value, self->honorific);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_EMAILS:
      g_value_set_boxed (value, self->emails);
      break;
    case PROP_PHONES:
      g_value_set_boxed (value, self->phones);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_IS_PRIMARY:
      g_value_set_boolean (value, self->is_primary);
      break;
    case PROP_CONSENT_BASIS:
      g_value_set_string (value, self->consent_basis);
      break;
    case PROP_CONSENT_DATE:
      g_value_set_string (value, self->consent_date);
      break;
    case PROP_CONSENT_SOURCE:
      g_value_set_string (value, self->consent_source);
      break;
    case PROP_FORGOTTEN_AT:
      g_value_set_string (value, self->forgotten_at);
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_contact_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MzContact *self = MZ_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_contact_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      mz_contact_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      mz_contact_set_updated_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_BY:
      mz_contact_set_updated_by (self, g_value_get_string (value));
      break;
    case PROP_DELETED_AT:
      mz_contact_set_deleted_at (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      mz_contact_set_partner_id (self, g_value_get_string (value));
      break;
    case PROP_GIVEN_NAME:
      mz_contact_set_given_name (self, g_value_get_string (value));
      break;
    case PROP_FAMILY_NAME:
      mz_contact_set_family_name (self, g_value_get_string (value));
      break;
    case PROP_LOCAL_NAME:
      mz_contact_set_local_name (self, g_value_get_string (value));
      break;
    case PROP_HONORIFIC:
      mz_contact_set_honorific (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      mz_contact_set_title (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      mz_contact_set_role (self, g_value_get_string (value));
      break;
    case PROP_EMAILS:
      mz_contact_set_emails (self, g_value_get_boxed (value));
      break;
    case PROP_PHONES:
      mz_contact_set_phones (self, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGE:
      mz_contact_set_language (self, g_value_get_string (value));
      break;
    case PROP_IS_PRIMARY:
      mz_contact_set_is_primary (self, g_value_get_boolean (value));
      break;
    case PROP_CONSENT_BASIS:
      mz_contact_set_consent_basis (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_DATE:
      mz_contact_set_consent_date (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_SOURCE:
      mz_contact_set_consent_source (self, g_value_get_string (value));
      break;
    case PROP_FORGOTTEN_AT:
      mz_contact_set_forgotten_at (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_NAME:
      mz_contact_set_partner_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_contact_class_init (MzContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_contact_finalize;
  object_class->get_property = mz_contact_get_property;
  object_class->set_property = mz_contact_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_UPDATED_BY] = g_param_spec_string ("updated-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_GIVEN_NAME] = g_param_spec_string ("given-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_FAMILY_NAME] = g_param_spec_string ("family-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_LOCAL_NAME] = g_param_spec_string ("local-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_HONORIFIC] = g_param_spec_string ("honorific", NULL, NULL, NULL, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, FLAGS);
  properties[PROP_EMAILS] = g_param_spec_boxed ("emails", NULL, NULL, G_TYPE_STRV, FLAGS);
  properties[PROP_PHONES] = g_param_spec_boxed ("phones", NULL, NULL, G_TYPE_STRV, FLAGS);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, FLAGS);
  properties[PROP_IS_PRIMARY] = g_param_spec_boolean ("is-primary", NULL, NULL, FALSE, FLAGS);
  properties[PROP_CONSENT_BASIS] = g_param_spec_string ("consent-basis", NULL, NULL, NULL, FLAGS);
  properties[PROP_CONSENT_DATE] = g_param_spec_string ("consent-date", NULL, NULL, NULL, FLAGS);
  properties[PROP_CONSENT_SOURCE] = g_param_spec_string ("consent-source", NULL, NULL, NULL, FLAGS);
  properties[PROP_FORGOTTEN_AT] = g_param_spec_string ("forgotten-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_NAME] = g_param_spec_string ("partner-name", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_contact_init (MzContact *self)
{
}

MzContact *
mz_contact_new (void)
{
  return g_object_new (MZ_TYPE_CONTACT, NULL);
}

MzContact *
mz_contact_copy (MzContact *self)
{
  MzContact *copy;

  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);

  copy = mz_contact_new ();
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->partner_id = g_strdup (self->partner_id);
  copy->given_name = g_strdup (self->given_name);
  copy->family_name = g_strdup (self->family_name);
  copy->local_name = g_strdup (self->local_name);
  copy->honorific = g_strdup (self->honorific);
  copy->title = g_strdup (self->title);
  copy->role = g_strdup (self->role);
  copy->emails = g_strdupv (self->emails);
  copy->phones = g_strdupv (self->phones);
  copy->language = g_strdup (self->language);
  copy->is_primary = self->is_primary;
  copy->consent_basis = g_strdup (self->consent_basis);
  copy->consent_date = g_strdup (self->consent_date);
  copy->consent_source = g_strdup (self->consent_source);
  copy->forgotten_at = g_strdup (self->forgotten_at);
  copy->partner_name = g_strdup (self->partner_name);
  return copy;
}

const char *
mz_contact_get_id (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->id;
}

void
mz_contact_set_id (MzContact  *self,
                   const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_contact_get_created_at (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->created_at;
}

void
mz_contact_set_created_at (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->created_at, value) == 0)
    return;
  g_free (self->created_at);
  self->created_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
mz_contact_get_updated_at (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->updated_at;
}

void
mz_contact_set_updated_at (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->updated_at, value) == 0)
    return;
  g_free (self->updated_at);
  self->updated_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
mz_contact_get_updated_by (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->updated_by;
}

void
mz_contact_set_updated_by (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->updated_by, value) == 0)
    return;
  g_free (self->updated_by);
  self->updated_by = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

const char *
mz_contact_get_deleted_at (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->deleted_at;
}

void
mz_contact_set_deleted_at (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->deleted_at, value) == 0)
    return;
  g_free (self->deleted_at);
  self->deleted_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

const char *
mz_contact_get_partner_id (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->partner_id;
}

void
mz_contact_set_partner_id (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->partner_id, value) == 0)
    return;
  g_free (self->partner_id);
  self->partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

const char *
mz_contact_get_given_name (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->given_name;
}

void
mz_contact_set_given_name (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->given_name, value) == 0)
    return;
  g_free (self->given_name);
  self->given_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
}

const char *
mz_contact_get_family_name (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->family_name;
}

void
mz_contact_set_family_name (MzContact  *self,
                            const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->family_name, value) == 0)
    return;
  g_free (self->family_name);
  self->family_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
}

const char *
mz_contact_get_local_name (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->local_name;
}

void
mz_contact_set_local_name (MzContact  *self,
                           const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->local_name, value) == 0)
    return;
  g_free (self->local_name);
  self->local_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_NAME]);
}

const char *
mz_contact_get_honorific (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->honorific;
}

void
mz_contact_set_honorific (MzContact  *self,
                          const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->honorific, value) == 0)
    return;
  g_free (self->honorific);
  self->honorific = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HONORIFIC]);
}

const char *
mz_contact_get_title (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->title;
}

void
mz_contact_set_title (MzContact  *self,
                      const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mz_contact_get_role (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->role;
}

void
mz_contact_set_role (MzContact  *self,
                     const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->role, value) == 0)
    return;
  g_free (self->role);
  self->role = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char * const *
mz_contact_get_emails (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return (const char * const *) self->emails;
}

void
mz_contact_set_emails (MzContact          *self,
                       const char * const *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (self->emails == (char **) value)
    return;
  g_strfreev (self->emails);
  self->emails = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAILS]);
}

const char * const *
mz_contact_get_phones (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return (const char * const *) self->phones;
}

void
mz_contact_set_phones (MzContact          *self,
                       const char * const *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (self->phones == (char **) value)
    return;
  g_strfreev (self->phones);
  self->phones = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONES]);
}

const char *
mz_contact_get_language (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->language;
}

void
mz_contact_set_language (MzContact  *self,
                         const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->language, value) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
mz_contact_get_is_primary (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), FALSE);
  return self->is_primary;
}

void
mz_contact_set_is_primary (MzContact *self,
                           gboolean   value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  value = !!value;
  if (self->is_primary == value)
    return;
  self->is_primary = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_PRIMARY]);
}

const char *
mz_contact_get_consent_basis (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->consent_basis;
}

void
mz_contact_set_consent_basis (MzContact  *self,
                              const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->consent_basis, value) == 0)
    return;
  g_free (self->consent_basis);
  self->consent_basis = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_BASIS]);
}

const char *
mz_contact_get_consent_date (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->consent_date;
}

void
mz_contact_set_consent_date (MzContact  *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->consent_date, value) == 0)
    return;
  g_free (self->consent_date);
  self->consent_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_DATE]);
}

const char *
mz_contact_get_consent_source (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->consent_source;
}

void
mz_contact_set_consent_source (MzContact  *self,
                               const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->consent_source, value) == 0)
    return;
  g_free (self->consent_source);
  self->consent_source = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_SOURCE]);
}

const char *
mz_contact_get_forgotten_at (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->forgotten_at;
}

void
mz_contact_set_forgotten_at (MzContact  *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->forgotten_at, value) == 0)
    return;
  g_free (self->forgotten_at);
  self->forgotten_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORGOTTEN_AT]);
}

const char *
mz_contact_get_partner_name (MzContact *self)
{
  g_return_val_if_fail (MZ_IS_CONTACT (self), NULL);
  return self->partner_name;
}

void
mz_contact_set_partner_name (MzContact  *self,
                             const char *value)
{
  g_return_if_fail (MZ_IS_CONTACT (self));

  if (g_strcmp0 (self->partner_name, value) == 0)
    return;
  g_free (self->partner_name);
  self->partner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
}

/* mz-search-hit.c — one result of the name search: a partner or a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-search-hit"

#include "config.h"

#include "mz-search-hit-private.h"

G_DEFINE_FINAL_TYPE (MzSearchHit, mz_search_hit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARTNER_ID,
  PROP_CONTACT_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_PARTNER_TYPE,
  PROP_COUNTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_search_hit_finalize (GObject *object)
{
  MzSearchHit *self = MZ_SEARCH_HIT (object);

  g_free (self->kind);
  g_free (self->partner_id);
  g_free (self->contact_id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->partner_type);
  g_free (self->country);

  G_OBJECT_CLASS (mz_search_hit_parent_class)->finalize (object);
}

static void
mz_search_hit_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MzSearchHit *self = MZ_SEARCH_HIT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_string (value, self->contact_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_PARTNER_TYPE:
      g_value_set_string (value, self->partner_type);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_search_hit_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MzSearchHit *self = MZ_SEARCH_HIT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      mz_search_hit_set_kind (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      mz_search_hit_set_partner_id (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_ID:
      mz_search_hit_set_contact_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      mz_search_hit_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      mz_search_hit_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_TYPE:
      mz_search_hit_set_partner_type (self, g_value_get_string (value));
      break;
    case PROP_COUNTRY:
      mz_search_hit_set_country (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_search_hit_class_init (MzSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_search_hit_finalize;
  object_class->get_property = mz_search_hit_get_property;
  object_class->set_property = mz_search_hit_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_CONTACT_ID] = g_param_spec_string ("contact-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, FLAGS);
  properties[PROP_PARTNER_TYPE] = g_param_spec_string ("partner-type", NULL, NULL, NULL, FLAGS);
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_search_hit_init (MzSearchHit *self)
{
}

MzSearchHit *
mz_search_hit_new (void)
{
  return g_object_new (MZ_TYPE_SEARCH_HIT, NULL);
}

MzSearchHit *
mz_search_hit_copy (MzSearchHit *self)
{
  MzSearchHit *copy;

  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);

  copy = mz_search_hit_new ();
  copy->kind = g_strdup (self->kind);
  copy->partner_id = g_strdup (self->partner_id);
  copy->contact_id = g_strdup (self->contact_id);
  copy->title = g_strdup (self->title);
  copy->subtitle = g_strdup (self->subtitle);
  copy->partner_type = g_strdup (self->partner_type);
  copy->country = g_strdup (self->country);
  return copy;
}

const char *
mz_search_hit_get_kind (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->kind;
}

void
mz_search_hit_set_kind (MzSearchHit *self,
                        const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->kind, value) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mz_search_hit_get_partner_id (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->partner_id;
}

void
mz_search_hit_set_partner_id (MzSearchHit *self,
                              const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->partner_id, value) == 0)
    return;
  g_free (self->partner_id);
  self->partner_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

const char *
mz_search_hit_get_contact_id (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->contact_id;
}

void
mz_search_hit_set_contact_id (MzSearchHit *self,
                              const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->contact_id, value) == 0)
    return;
  g_free (self->contact_id);
  self->contact_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
}

const char *
mz_search_hit_get_title (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->title;
}

void
mz_search_hit_set_title (MzSearchHit *self,
                         const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mz_search_hit_get_subtitle (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->subtitle;
}

void
mz_search_hit_set_subtitle (MzSearchHit *self,
                            const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->subtitle, value) == 0)
    return;
  g_free (self->subtitle);
  self->subtitle = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

const char *
mz_search_hit_get_partner_type (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->partner_type;
}

void
mz_search_hit_set_partner_type (MzSearchHit *self,
                                const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->partner_type, value) == 0)
    return;
  g_free (self->partner_type);
  self->partner_type = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_TYPE]);
}

const char *
mz_search_hit_get_country (MzSearchHit *self)
{
  g_return_val_if_fail (MZ_IS_SEARCH_HIT (self), NULL);
  return self->country;
}

void
mz_search_hit_set_country (MzSearchHit *self,
                           const char  *value)
{
  g_return_if_fail (MZ_IS_SEARCH_HIT (self));

  if (g_strcmp0 (self->country, value) == 0)
    return;
  g_free (self->country);
  self->country = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

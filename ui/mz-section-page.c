/* mz-section-page.c — a section that shows figures read from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-section-page"

#include "config.h"

#include <string.h>

#include "mz-section-page.h"
#include "mz-stats.h"

typedef struct
{
  MzStore *store;
  gint64   data_version;  /* of the figures shown */
  gint64   changes;
  char    *search_text;
  char    *search_key;    /* casefolded, or NULL */
} MzSectionPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MzSectionPage, mz_section_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_search_text (MzSectionPage *self,
                 const char    *text)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);
  g_autofree char *stripped = NULL;

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (text, priv->search_text) == 0)
    return;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_free (priv->search_text);
  priv->search_text = g_strdup (text);
  g_free (priv->search_key);
  priv->search_key = *stripped != '\0' ? g_utf8_casefold (stripped, -1) : NULL;
  if (MZ_SECTION_PAGE_GET_CLASS (self)->search_changed != NULL)
    MZ_SECTION_PAGE_GET_CLASS (self)->search_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mz_section_page_reload (MZ_SECTION_PAGE (widget));
}

/* Shown again after something was written (a commitment, a payment, a
 * contribution): read the figures again. */
static void
mz_section_page_map (GtkWidget *widget)
{
  MzSectionPage *self = MZ_SECTION_PAGE (widget);
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);
  gint64 data_version, changes;

  GTK_WIDGET_CLASS (mz_section_page_parent_class)->map (widget);

  if (priv->store == NULL || !MZ_SECTION_PAGE_GET_CLASS (self)->reload_on_map)
    return;

  mz_stats_get_change_counters (priv->store, &data_version, &changes);
  if (data_version != priv->data_version || changes != priv->changes)
    mz_section_page_reload (self);
}

static void
mz_section_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MzSectionPage *self = MZ_SECTION_PAGE (object);
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, priv->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_section_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MzSectionPage *self = MZ_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_section_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_section_page_dispose (GObject *object)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (MZ_SECTION_PAGE (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (mz_section_page_parent_class)->dispose (object);
}

static void
mz_section_page_finalize (GObject *object)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (MZ_SECTION_PAGE (object));

  g_clear_pointer (&priv->search_text, g_free);
  g_clear_pointer (&priv->search_key, g_free);

  G_OBJECT_CLASS (mz_section_page_parent_class)->finalize (object);
}

static void
mz_section_page_class_init (MzSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_section_page_dispose;
  object_class->finalize = mz_section_page_finalize;
  object_class->get_property = mz_section_page_get_property;
  object_class->set_property = mz_section_page_set_property;
  widget_class->map = mz_section_page_map;
  /* Copied into the classes derived from it, which may turn it off. */
  klass->reload_on_map = TRUE;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_section_page_init (MzSectionPage *self)
{
}

MzStore *
mz_section_page_get_store (MzSectionPage *self)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_val_if_fail (MZ_IS_SECTION_PAGE (self), NULL);
  return priv->store;
}

void
mz_section_page_set_store (MzSectionPage *self,
                           MzStore       *store)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_if_fail (MZ_IS_SECTION_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (g_set_object (&priv->store, store))
    {
      if (MZ_SECTION_PAGE_GET_CLASS (self)->store_changed != NULL)
        MZ_SECTION_PAGE_GET_CLASS (self)->store_changed (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }

  mz_section_page_reload (self);
}

void
mz_section_page_reload (MzSectionPage *self)
{
  g_return_if_fail (MZ_IS_SECTION_PAGE (self));

  if (MZ_SECTION_PAGE_GET_CLASS (self)->reload != NULL)
    MZ_SECTION_PAGE_GET_CLASS (self)->reload (self);
}

void
mz_section_page_mark_current (MzSectionPage *self)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_if_fail (MZ_IS_SECTION_PAGE (self));

  if (priv->store != NULL)
    mz_stats_get_change_counters (priv->store, &priv->data_version, &priv->changes);
}

const char *
mz_section_page_get_search_text (MzSectionPage *self)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_val_if_fail (MZ_IS_SECTION_PAGE (self), NULL);
  return priv->search_text;
}

const char *
mz_section_page_get_search_key (MzSectionPage *self)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_val_if_fail (MZ_IS_SECTION_PAGE (self), NULL);
  return priv->search_key;
}

void
mz_section_page_drop_search (MzSectionPage *self)
{
  MzSectionPagePrivate *priv = mz_section_page_get_instance_private (self);

  g_return_if_fail (MZ_IS_SECTION_PAGE (self));

  g_clear_pointer (&priv->search_text, g_free);
  g_clear_pointer (&priv->search_key, g_free);
}

gboolean
mz_section_page_text_matches (const char *text,
                              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL || key == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, key) != NULL;
}

/* mz-money-entry.c — an entry for an amount of money, parsed as typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-money-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-money-entry.h"
#include "mz-money.h"

struct _MzMoneyEntry
{
  GtkEntry  parent_instance;

  char     *currency;
  gboolean  optional;
  gint64    amount;
  char     *error_text;
};

G_DEFINE_FINAL_TYPE (MzMoneyEntry, mz_money_entry, GTK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_CURRENCY,
  PROP_OPTIONAL,
  PROP_AMOUNT,
  PROP_ERROR_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
parse (MzMoneyEntry  *self,
       gint64        *amount,
       GError       **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  *amount = G_MININT64;
  if (*text == '\0')
    {
      if (self->optional)
        return TRUE;
      g_set_error_literal (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_PARSE, _("Enter an amount."));
      return FALSE;
    }

  return mz_money_parse (text, self->currency ? self->currency : "CHF", NULL, amount, error);
}

static void
update (MzMoneyEntry *self)
{
  g_autoptr(GError) error = NULL;
  gint64 amount;
  gboolean empty = *gtk_editable_get_text (GTK_EDITABLE (self)) == '\0';

  if (!parse (self, &amount, &error))
    amount = G_MININT64;

  g_free (self->error_text);
  /* An empty required entry is not shown as wrong until the form says so. */
  self->error_text = error != NULL && !empty ? g_strdup (error->message) : NULL;

  if (self->error_text != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self), GTK_ENTRY_ICON_SECONDARY,
                                     self->error_text ? "dialog-warning-symbolic" : NULL);
  gtk_entry_set_icon_tooltip_text (GTK_ENTRY (self), GTK_ENTRY_ICON_SECONDARY, self->error_text);

  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_TEXT]);
}

static void
on_changed_cb (MzMoneyEntry *self)
{
  update (self);
}

static void
mz_money_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MzMoneyEntry *self = MZ_MONEY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_ERROR_TEXT:
      g_value_set_string (value, self->error_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_money_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MzMoneyEntry *self = MZ_MONEY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CURRENCY:
      mz_money_entry_set_currency (self, g_value_get_string (value));
      break;
    case PROP_OPTIONAL:
      mz_money_entry_set_optional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_money_entry_finalize (GObject *object)
{
  MzMoneyEntry *self = MZ_MONEY_ENTRY (object);

  g_free (self->currency);
  g_free (self->error_text);

  G_OBJECT_CLASS (mz_money_entry_parent_class)->finalize (object);
}

static void
mz_money_entry_class_init (MzMoneyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_money_entry_finalize;
  object_class->get_property = mz_money_entry_get_property;
  object_class->set_property = mz_money_entry_set_property;

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, "CHF",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, G_MININT64,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_TEXT] =
    g_param_spec_string ("error-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_money_entry_init (MzMoneyEntry *self)
{
  self->currency = g_strdup ("CHF");
  self->amount = G_MININT64;
  gtk_entry_set_input_purpose (GTK_ENTRY (self), GTK_INPUT_PURPOSE_NUMBER);
  gtk_editable_set_width_chars (GTK_EDITABLE (self), 14);
  gtk_entry_set_alignment (GTK_ENTRY (self), 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
}

GtkWidget *
mz_money_entry_new (void)
{
  return g_object_new (MZ_TYPE_MONEY_ENTRY, NULL);
}

void
mz_money_entry_set_currency (MzMoneyEntry *self,
                             const char   *currency)
{
  g_return_if_fail (MZ_IS_MONEY_ENTRY (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;

  /* The same text may have too many decimals for the new currency. */
  g_free (self->currency);
  self->currency = g_strdup (currency ? currency : "CHF");
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

const char *
mz_money_entry_get_currency (MzMoneyEntry *self)
{
  g_return_val_if_fail (MZ_IS_MONEY_ENTRY (self), NULL);
  return self->currency;
}

void
mz_money_entry_set_optional (MzMoneyEntry *self,
                             gboolean      optional)
{
  g_return_if_fail (MZ_IS_MONEY_ENTRY (self));

  optional = !!optional;
  if (self->optional == optional)
    return;
  self->optional = optional;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}

void
mz_money_entry_set_amount (MzMoneyEntry *self,
                           gint64        amount)
{
  g_autofree char *text = NULL;

  g_return_if_fail (MZ_IS_MONEY_ENTRY (self));

  if (amount != G_MININT64)
    text = mz_money_entry_format (amount, self->currency);
  gtk_editable_set_text (GTK_EDITABLE (self), text ? text : "");
}

gint64
mz_money_entry_get_amount (MzMoneyEntry *self)
{
  g_return_val_if_fail (MZ_IS_MONEY_ENTRY (self), G_MININT64);
  return self->amount;
}

gboolean
mz_money_entry_read (MzMoneyEntry  *self,
                     gint64        *amount,
                     GError       **error)
{
  g_return_val_if_fail (MZ_IS_MONEY_ENTRY (self), FALSE);
  return parse (self, amount, error);
}

const char *
mz_money_entry_get_error_text (MzMoneyEntry *self)
{
  g_return_val_if_fail (MZ_IS_MONEY_ENTRY (self), NULL);
  return self->error_text;
}

char *
mz_money_entry_format (gint64      minor,
                       const char *currency)
{
  MzMoneyLocale locale;

  mz_money_locale_current (&locale);
  if (locale.group[0] == '\0')
    g_strlcpy (locale.group, "\u202F", sizeof locale.group);
  return mz_money_format (minor, currency, &locale);
}

/* mz-currency-picker.c — a drop-down of ISO 4217 currencies with type-ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkDropDown over the codes of mz_currency_list() with "enable-search"
 * and an expression that gives "CODE — name in the UI language". GTK 4.8
 * filters the search by prefix only (the "search-match-mode" property
 * came with 4.12), so "euro" would not find "EUR — Euro": the picker sets
 * the drop-down's string filter to match any part of the text, through
 * the property where GTK has it and through the filter model of the
 * popup's list otherwise.
 */
#define G_LOG_DOMAIN "mz-currency-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-currency-picker.h"
#include "mz-currency.h"

struct _MzCurrencyPicker
{
  GtkWidget    parent_instance;

  GtkDropDown *drop_down;
  GtkStringList *codes;
};

G_DEFINE_FINAL_TYPE (MzCurrencyPicker, mz_currency_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CURRENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "CODE — name" of the GtkStringObject holding the code. */
static char *
label_cb (GtkStringObject *item,
          gpointer         user_data)
{
  const char *code = gtk_string_object_get_string (item);
  char *label = mz_currency_dup_label (code);

  return label ? label : g_strdup (code);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Makes the search match any part of the label. */
static void
match_substrings (MzCurrencyPicker *self)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (self->drop_down);
  GtkWidget *list;
  GListModel *model;

  if (g_object_class_find_property (klass, "search-match-mode") != NULL)
    {
      g_object_set (self->drop_down, "search-match-mode", GTK_STRING_FILTER_MATCH_MODE_SUBSTRING, NULL);
      return;
    }

  list = find_descendant (GTK_WIDGET (self->drop_down), GTK_TYPE_LIST_VIEW);
  model = list ? G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))) : NULL;
  if (GTK_IS_SINGLE_SELECTION (model))
    model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model));
  if (GTK_IS_FILTER_LIST_MODEL (model))
    {
      GtkFilter *filter = gtk_filter_list_model_get_filter (GTK_FILTER_LIST_MODEL (model));

      if (GTK_IS_STRING_FILTER (filter))
        {
          gtk_string_filter_set_match_mode (GTK_STRING_FILTER (filter), GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
          gtk_string_filter_set_ignore_case (GTK_STRING_FILTER (filter), TRUE);
          return;
        }
    }
  g_debug ("The drop-down's search filter was not found; searching by prefix");
}

static void
on_selected_cb (MzCurrencyPicker *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

/* The popup's filter model may have been made again (a new model or
 * expression): set the match mode each time it opens. */
static void
on_popup_shown_cb (MzCurrencyPicker *self)
{
  match_substrings (self);
}

/* Activating its row (or its mnemonic) opens the list with its search, as
 * an AdwComboRow would. */
static gboolean
mz_currency_picker_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  MzCurrencyPicker *self = MZ_CURRENCY_PICKER (widget);
  GtkWidget *toggle = find_descendant (GTK_WIDGET (self->drop_down), GTK_TYPE_TOGGLE_BUTTON);

  if (group_cycling || toggle == NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (self->drop_down));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  return TRUE;
}

static gboolean
mz_currency_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (MZ_CURRENCY_PICKER (widget)->drop_down));
}

static void
mz_currency_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MzCurrencyPicker *self = MZ_CURRENCY_PICKER (object);

  switch (prop_id)
    {
    case PROP_CURRENCY:
      g_value_set_string (value, mz_currency_picker_get_currency (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_currency_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MzCurrencyPicker *self = MZ_CURRENCY_PICKER (object);

  switch (prop_id)
    {
    case PROP_CURRENCY:
      mz_currency_picker_set_currency (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_currency_picker_dispose (GObject *object)
{
  MzCurrencyPicker *self = MZ_CURRENCY_PICKER (object);

  g_clear_pointer ((GtkWidget **) &self->drop_down, gtk_widget_unparent);
  g_clear_object (&self->codes);

  G_OBJECT_CLASS (mz_currency_picker_parent_class)->dispose (object);
}

static void
mz_currency_picker_class_init (MzCurrencyPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mz_currency_picker_get_property;
  object_class->set_property = mz_currency_picker_set_property;
  object_class->dispose = mz_currency_picker_dispose;

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, "CHF",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->mnemonic_activate = mz_currency_picker_mnemonic_activate;
  widget_class->grab_focus = mz_currency_picker_grab_focus;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mz_currency_picker_init (MzCurrencyPicker *self)
{
  GtkExpression *expression;
  GtkWidget *popover;

  self->codes = gtk_string_list_new ((const char * const *) mz_currency_list ());
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (label_cb), NULL, NULL);
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->codes)), expression));
  gtk_drop_down_set_enable_search (self->drop_down, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drop_down), _("Type a code or a name to find a currency"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Currency"), -1);
  match_substrings (self);
  mz_currency_picker_set_currency (self, "CHF");

  popover = find_descendant (GTK_WIDGET (self->drop_down), GTK_TYPE_POPOVER);
  if (popover != NULL)
    g_signal_connect_object (popover, "show", G_CALLBACK (on_popup_shown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->drop_down, "notify::selected", G_CALLBACK (on_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
mz_currency_picker_new (void)
{
  return g_object_new (MZ_TYPE_CURRENCY_PICKER, NULL);
}

const char *
mz_currency_picker_get_currency (MzCurrencyPicker *self)
{
  GtkStringObject *item;

  g_return_val_if_fail (MZ_IS_CURRENCY_PICKER (self), NULL);

  item = gtk_drop_down_get_selected_item (self->drop_down);
  return item ? gtk_string_object_get_string (item) : "CHF";
}

void
mz_currency_picker_set_currency (MzCurrencyPicker *self,
                                 const char       *code)
{
  const char * const *codes;

  g_return_if_fail (MZ_IS_CURRENCY_PICKER (self));

  codes = mz_currency_list ();
  for (guint i = 0; code != NULL && codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      {
        gtk_drop_down_set_selected (self->drop_down, i);
        return;
      }
}

GtkDropDown *
mz_currency_picker_get_drop_down (MzCurrencyPicker *self)
{
  g_return_val_if_fail (MZ_IS_CURRENCY_PICKER (self), NULL);
  return self->drop_down;
}

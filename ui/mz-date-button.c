/* mz-date-button.c — a button that shows a date and picks it on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-date-button"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mz-date-button.h"
#include "mz-partner-format.h"

struct _MzDateButton
{
  GtkWidget    parent_instance;

  char        *date;
  gboolean     can_clear;
  gboolean     updating;

  GtkWidget   *button;
  GtkWidget   *label;
  GtkWidget   *popover;
  GtkCalendar *calendar;
  GtkWidget   *clear_button;
};

G_DEFINE_FINAL_TYPE (MzDateButton, mz_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_CAN_CLEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
parse_date (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
update_label (MzDateButton *self)
{
  g_autofree char *text = mz_format_date (self->date);

  gtk_label_set_label (GTK_LABEL (self->label), text ? text : _("Not Set"));
  if (text != NULL)
    gtk_widget_remove_css_class (self->label, "dim-label");
  else
    gtk_widget_add_css_class (self->label, "dim-label");
}

static void
show_on_calendar (MzDateButton *self)
{
  g_autoptr(GDateTime) date = parse_date (self->date);

  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->updating = FALSE;
}

/* Callbacks */

static void
on_day_selected_cb (GtkCalendar  *calendar,
                    MzDateButton *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  date = gtk_calendar_get_date (calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  mz_date_button_set_date (self, text);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_today_clicked_cb (GtkButton    *button,
                     MzDateButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  mz_date_button_set_date (self, text);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_clear_clicked_cb (GtkButton    *button,
                     MzDateButton *self)
{
  mz_date_button_set_date (self, NULL);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_popover_show_cb (GtkWidget    *popover,
                    MzDateButton *self)
{
  show_on_calendar (self);
}

/* GObject */

static void
mz_date_button_dispose (GObject *object)
{
  MzDateButton *self = MZ_DATE_BUTTON (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (mz_date_button_parent_class)->dispose (object);
}

static void
mz_date_button_finalize (GObject *object)
{
  MzDateButton *self = MZ_DATE_BUTTON (object);

  g_free (self->date);

  G_OBJECT_CLASS (mz_date_button_parent_class)->finalize (object);
}

static void
mz_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MzDateButton *self = MZ_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_CAN_CLEAR:
      g_value_set_boolean (value, self->can_clear);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MzDateButton *self = MZ_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      mz_date_button_set_date (self, g_value_get_string (value));
      break;
    case PROP_CAN_CLEAR:
      mz_date_button_set_can_clear (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_date_button_class_init (MzDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_date_button_dispose;
  object_class->finalize = mz_date_button_finalize;
  object_class->get_property = mz_date_button_get_property;
  object_class->set_property = mz_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_CLEAR] =
    g_param_spec_boolean ("can-clear", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mz_date_button_init (MzDateButton *self)
{
  GtkWidget *box, *buttons, *today;

  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "numeric");

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);

  today = gtk_button_new_with_mnemonic (_("_Today"));
  g_signal_connect (today, "clicked", G_CALLBACK (on_today_clicked_cb), self);
  self->clear_button = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_visible (self->clear_button, FALSE);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb), self);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), today);
  gtk_box_append (GTK_BOX (buttons), self->clear_button);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), buttons);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect (self->popover, "show", G_CALLBACK (on_popover_show_cb), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), self->label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));

  update_label (self);
}

/* Public API */

GtkWidget *
mz_date_button_new (void)
{
  return g_object_new (MZ_TYPE_DATE_BUTTON, NULL);
}

const char *
mz_date_button_get_date (MzDateButton *self)
{
  g_return_val_if_fail (MZ_IS_DATE_BUTTON (self), NULL);
  return self->date;
}

void
mz_date_button_set_date (MzDateButton *self,
                         const char   *date)
{
  g_return_if_fail (MZ_IS_DATE_BUTTON (self));

  if (date != NULL && *date == '\0')
    date = NULL;
  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

void
mz_date_button_set_can_clear (MzDateButton *self,
                              gboolean      can_clear)
{
  g_return_if_fail (MZ_IS_DATE_BUTTON (self));

  can_clear = !!can_clear;
  if (self->can_clear == can_clear)
    return;

  self->can_clear = can_clear;
  gtk_widget_set_visible (self->clear_button, can_clear);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_CLEAR]);
}

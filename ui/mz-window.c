/* mz-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-window.h"

struct _MzWindow
{
  AdwApplicationWindow  parent_instance;

  MzStore              *store;
};

G_DEFINE_FINAL_TYPE (MzWindow, mz_window, ADW_TYPE_APPLICATION_WINDOW)

static void
mz_window_dispose (GObject *object)
{
  MzWindow *self = MZ_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_window_parent_class)->dispose (object);
}

static void
mz_window_class_init (MzWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-window.ui");
}

static void
mz_window_init (MzWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MzWindow *
mz_window_new (MzApplication *app,
               MzStore       *store,
               const GError  *error)
{
  MzWindow *self = g_object_new (MZ_TYPE_WINDOW, "application", app, NULL);

  g_set_object (&self->store, store);
  return self;
}

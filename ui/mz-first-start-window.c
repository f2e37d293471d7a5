/* mz-first-start-window.c — choose the office and the user of a new database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-first-start-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-first-start-window-private.h"
#include "mz-identity.h"
#include "mz-unit-row.h"

struct _MzFirstStartWindow
{
  AdwWindow    parent_instance;

  MzStore     *store;

  /* Template widgets */
  AdwComboRow *unit_row;
  AdwEntryRow *name_row;
  GtkSwitch   *sample_switch;
  GtkLabel    *error_label;
  GtkButton   *start_button;
};

G_DEFINE_FINAL_TYPE (MzFirstStartWindow, mz_first_start_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  IDENTITY_SET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
name_is_empty (MzFirstStartWindow *self)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  return *g_strstrip (name) == '\0';
}

static void
show_error (MzFirstStartWindow *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Callbacks */

static void
on_name_changed_cb (MzFirstStartWindow *self)
{
  show_error (self, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.start",
                                 self->store != NULL && !name_is_empty (self));
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MzFirstStartWindow *self = MZ_FIRST_START_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *code = mz_unit_row_get_code (self->unit_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (!mz_identity_set (self->store, code, name, &error))
    {
      /* Keep the window open so that the user can correct it. */
      show_error (self, error->message);
      if (g_error_matches (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID))
        gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[IDENTITY_SET], 0, gtk_switch_get_active (self->sample_switch));
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* Overrides */

static void
mz_first_start_window_constructed (GObject *object)
{
  MzFirstStartWindow *self = MZ_FIRST_START_WINDOW (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mz_first_start_window_parent_class)->constructed (object);

  if (!mz_unit_row_set_store (self->unit_row, self->store, &error))
    show_error (self, error->message);

  on_name_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
mz_first_start_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MzFirstStartWindow *self = MZ_FIRST_START_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_first_start_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MzFirstStartWindow *self = MZ_FIRST_START_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_first_start_window_dispose (GObject *object)
{
  MzFirstStartWindow *self = MZ_FIRST_START_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_first_start_window_parent_class)->dispose (object);
}

static void
mz_first_start_window_class_init (MzFirstStartWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mz_first_start_window_constructed;
  object_class->dispose = mz_first_start_window_dispose;
  object_class->get_property = mz_first_start_window_get_property;
  object_class->set_property = mz_first_start_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MzFirstStartWindow::identity-set:
   * @load_sample: whether the user asked for sample data
   *
   * The office and the user are stored; the window closes next.
   */
  signals[IDENTITY_SET] =
    g_signal_new ("identity-set", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-first-start-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MzFirstStartWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzFirstStartWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, MzFirstStartWindow, sample_switch);
  gtk_widget_class_bind_template_child (widget_class, MzFirstStartWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzFirstStartWindow, start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);

  gtk_widget_class_install_action (widget_class, "setup.start", NULL, start_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_first_start_window_init (MzFirstStartWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Private API, for the tests */

AdwComboRow *
_mz_first_start_window_get_unit_row (MzFirstStartWindow *self)
{
  return self->unit_row;
}

AdwEntryRow *
_mz_first_start_window_get_name_row (MzFirstStartWindow *self)
{
  return self->name_row;
}

GtkSwitch *
_mz_first_start_window_get_sample_switch (MzFirstStartWindow *self)
{
  return self->sample_switch;
}

GtkButton *
_mz_first_start_window_get_start_button (MzFirstStartWindow *self)
{
  return self->start_button;
}

const char *
_mz_first_start_window_get_error (MzFirstStartWindow *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/* Public API */

MzFirstStartWindow *
mz_first_start_window_new (MzStore *store)
{
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  return g_object_new (MZ_TYPE_FIRST_START_WINDOW, "store", store, NULL);
}

/* mz-preferences-window.c — this installation's office, user and
 * database, and the minimum amount of each kind of commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-identity.h"
#include "mz-money-entry.h"
#include "mz-preferences-window-private.h"
#include "mz-unit-row.h"

struct _MzPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  MzStore              *store;
  gboolean              loading;

  /* Template widgets */
  AdwComboRow          *unit_row;
  AdwEntryRow          *name_row;
  AdwActionRow         *path_row;
  AdwActionRow         *schema_row;
  AdwPreferencesGroup  *thresholds_group;

  GHashTable           *threshold_entries;   /* kind → MzMoneyEntry */
  char                 *threshold_error;
};

G_DEFINE_FINAL_TYPE (MzPreferencesWindow, mz_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  IDENTITY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_identity (MzPreferencesWindow *self)
{
  const char *user = mz_store_get_user (self->store);

  self->loading = TRUE;
  mz_unit_row_select (self->unit_row, mz_store_get_office (self->store));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), user ? user : "");
  self->loading = FALSE;
}

/* Stores the office and the name shown; on failure shows why and goes
 * back to what the database holds. */
static void
save_identity (MzPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *code = mz_unit_row_get_code (self->unit_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (!mz_identity_set (self->store, code, name, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
      show_identity (self);
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Office and name saved")));
  g_signal_emit (self, signals[IDENTITY_CHANGED], 0);
}

/* Minimum amounts */

static void
on_threshold_activate_cb (MzPreferencesWindow *self,
                          GtkWidget           *entry)
{
  g_autoptr(GError) error = NULL;
  const char *kind = g_object_get_data (G_OBJECT (entry), "kind");
  gint64 amount;

  if (self->store == NULL || kind == NULL)
    return;

  if (!mz_money_entry_read (MZ_MONEY_ENTRY (entry), &amount, &error) ||
      !mz_commitment_service_set_threshold (self->store, kind,
                                            amount == G_MININT64 ? 0 : amount, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      g_free (self->threshold_error);
      self->threshold_error = g_strdup (error->message);
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
      return;
    }

  g_clear_pointer (&self->threshold_error, g_free);
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  amount = mz_commitment_service_get_threshold (self->store, kind);
  mz_money_entry_set_amount (MZ_MONEY_ENTRY (entry), amount > 0 ? amount : G_MININT64);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Minimum amount saved")));
}

static void
build_thresholds (MzPreferencesWindow *self)
{
  const char * const *kinds = mz_commitment_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = mz_money_entry_new ();
      GtkWidget *currency = gtk_label_new ("CHF");
      gint64 amount = mz_commitment_service_get_threshold (self->store, kinds[i]);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mz_commitment_kind_label (kinds[i]));
      mz_money_entry_set_currency (MZ_MONEY_ENTRY (entry), "CHF");
      mz_money_entry_set_optional (MZ_MONEY_ENTRY (entry), TRUE);
      mz_money_entry_set_amount (MZ_MONEY_ENTRY (entry), amount > 0 ? amount : G_MININT64);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("No minimum"));
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mz_commitment_kind_label (kinds[i]), -1);
      g_object_set_data (G_OBJECT (entry), "kind", (gpointer) kinds[i]);
      g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_threshold_activate_cb), self);
      gtk_widget_add_css_class (currency, "dim-label");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), currency);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->thresholds_group, row);
      g_hash_table_insert (self->threshold_entries, (gpointer) kinds[i], entry);
    }
}

/* Callbacks */

static void
on_unit_selected_cb (MzPreferencesWindow *self)
{
  const char *user;

  if (self->loading || self->store == NULL)
    return;

  /* Without a name yet, wait for one: the name row's apply saves both. */
  user = mz_store_get_user (self->store);
  if (user == NULL)
    return;

  if (g_strcmp0 (mz_unit_row_get_code (self->unit_row), mz_store_get_office (self->store)) != 0)
    save_identity (self);
}

static void
on_name_applied_cb (MzPreferencesWindow *self)
{
  if (!self->loading && self->store != NULL)
    save_identity (self);
}

static void
on_open_folder_clicked_cb (MzPreferencesWindow *self)
{
  g_autofree char *dir = g_path_get_dirname (mz_store_get_path (self->store));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (folder);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

/* Overrides */

static void
mz_preferences_window_constructed (GObject *object)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;

  G_OBJECT_CLASS (mz_preferences_window_parent_class)->constructed (object);

  self->loading = TRUE;
  if (!mz_unit_row_set_store (self->unit_row, self->store, &error))
    g_warning ("Cannot list the units: %s", error->message);
  self->loading = FALSE;
  show_identity (self);

  adw_action_row_set_subtitle (self->path_row, mz_store_get_path (self->store));
  schema = g_strdup_printf ("%d", mz_store_get_schema_version (self->store));
  adw_action_row_set_subtitle (self->schema_row, schema);

  build_thresholds (self);
}

static void
mz_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

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
mz_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

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
mz_preferences_window_dispose (GObject *object)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_preferences_window_parent_class)->dispose (object);
}

static void
mz_preferences_window_finalize (GObject *object)
{
  MzPreferencesWindow *self = MZ_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->threshold_entries, g_hash_table_unref);
  g_clear_pointer (&self->threshold_error, g_free);

  G_OBJECT_CLASS (mz_preferences_window_parent_class)->finalize (object);
}

static void
mz_preferences_window_class_init (MzPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mz_preferences_window_constructed;
  object_class->dispose = mz_preferences_window_dispose;
  object_class->finalize = mz_preferences_window_finalize;
  object_class->get_property = mz_preferences_window_get_property;
  object_class->set_property = mz_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MzPreferencesWindow::identity-changed:
   *
   * The office or the user of this installation changed.
   */
  signals[IDENTITY_CHANGED] =
    g_signal_new ("identity-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, schema_row);
  gtk_widget_class_bind_template_child (widget_class, MzPreferencesWindow, thresholds_group);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked_cb);
}

static void
mz_preferences_window_init (MzPreferencesWindow *self)
{
  self->threshold_entries = g_hash_table_new (g_str_hash, g_str_equal);
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}

/* Private API, for the tests */

AdwComboRow *
_mz_preferences_window_get_unit_row (MzPreferencesWindow *self)
{
  return self->unit_row;
}

AdwEntryRow *
_mz_preferences_window_get_name_row (MzPreferencesWindow *self)
{
  return self->name_row;
}

AdwActionRow *
_mz_preferences_window_get_path_row (MzPreferencesWindow *self)
{
  return self->path_row;
}

GtkWidget *
_mz_preferences_window_get_threshold_entry (MzPreferencesWindow *self,
                                            const char          *kind)
{
  return g_hash_table_lookup (self->threshold_entries, kind);
}

const char *
_mz_preferences_window_get_threshold_error (MzPreferencesWindow *self)
{
  return self->threshold_error;
}

/* Public API */

MzPreferencesWindow *
mz_preferences_window_new (MzStore *store)
{
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  return g_object_new (MZ_TYPE_PREFERENCES_WINDOW, "store", store, NULL);
}

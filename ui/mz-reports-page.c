/* mz-reports-page.c — the Reports section: the Excel report pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form for MzReportOptions; "Export to Excel…" asks where to save, then
 * mz_report_export_async() writes the workbook on a worker thread with a
 * connection of its own, reporting progress in this main context. The
 * report writes a hidden temporary file and renames it, so a cancelled or
 * failed export leaves nothing behind.
 */
#define G_LOG_DOMAIN "mz-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-initiative-store.h"
#include "mz-labels.h"
#include "mz-list-export-button.h"
#include "mz-org-unit.h"
#include "mz-report-queries.h"
#include "mz-report.h"
#include "mz-reports-page.h"

/* The six UN languages, each named in itself. */
static const struct
{
  const char *code;
  const char *name;
} languages[] = {
  { "en", "English" },
  { "zh_CN", "中文" },
  { "fr", "Français" },
  { "es", "Español" },
  { "ar", "العربية" },
  { "ru", "Русский" },
};

struct _MzReportsPage
{
  AdwBin          parent_instance;

  MzStore        *store;
  GPtrArray      *unit_codes;        /* per unit row item; NULL for "all" */
  GPtrArray      *initiative_ids;    /* per initiative row item; NULL for "all" */
  GPtrArray      *language_codes;    /* per language row item */
  GCancellable   *cancellable;       /* of the running export, else NULL */
  GFile          *target;            /* of the running or last export */
  GtkFileChooserNative *chooser;
  char           *error_text;
  double          max_fraction;
  gboolean        disposed;

  /* Template widgets */
  GtkSpinButton  *year_from_spin;
  GtkSpinButton  *year_to_spin;
  AdwComboRow    *unit_row;
  AdwComboRow    *initiative_row;
  AdwComboRow    *language_row;
  GtkSwitch      *personal_switch;
  GtkButton      *export_button;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
  GtkLabel       *status_label;
  GtkWidget      *prefs_page;
};

G_DEFINE_FINAL_TYPE (MzReportsPage, mz_reports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_status (MzReportsPage *self,
             const char    *text,
             gboolean       is_error)
{
  g_clear_pointer (&self->error_text, g_free);
  if (is_error)
    self->error_text = g_strdup (text);

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  gtk_label_set_label (self->status_label, text != NULL ? text : "");
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static void
set_busy (MzReportsPage *self,
          gboolean       busy)
{
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_from_spin), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_to_spin), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->initiative_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->personal_switch), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), busy);
}

/* Initiatives in their hierarchy: each followed by its sub-initiatives,
 * indented by depth. */
static void
append_initiatives (GPtrArray  *all,
                    const char *parent_id,
                    guint       depth,
                    GtkStringList *names,
                    GPtrArray  *ids)
{
  for (guint i = 0; i < all->len; i++)
    {
      MzInitiative *initiative = g_ptr_array_index (all, i);
      g_autofree char *label = NULL;

      if (g_strcmp0 (initiative->parent_id, parent_id) != 0 || depth > 8)
        continue;

      label = g_strdup_printf ("%*s%s", (int) depth * 4, "", initiative->name);
      gtk_string_list_append (names, label);
      g_ptr_array_add (ids, g_strdup (initiative->id));
      append_initiatives (all, initiative->id, depth + 1, names, ids);
    }
}

static void
fill_units (MzReportsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (names, _("All units"));
  g_ptr_array_add (self->unit_codes, NULL);

  units = mz_org_unit_list (self->store, &error);
  if (units == NULL)
    g_warning ("Cannot list the units: %s", error->message);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);
      const char *code = mz_org_unit_get_code (unit);

      gtk_string_list_append (names, mz_labels_unit_name (code));
      g_ptr_array_add (self->unit_codes, g_strdup (code));
    }

  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->unit_row, 0);
}

static void
fill_initiatives (MzReportsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->initiative_ids, g_ptr_array_unref);
  self->initiative_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (names, _("All initiatives"));
  g_ptr_array_add (self->initiative_ids, NULL);

  all = mz_initiative_store_list (self->store, &error);
  if (all == NULL)
    g_warning ("Cannot list the initiatives: %s", error->message);
  else
    append_initiatives (all, NULL, 0, names, self->initiative_ids);

  adw_combo_row_set_model (self->initiative_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->initiative_row, 0);
}

static void
fill_years (MzReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = 0, last = 0;

  if (!mz_report_data_years (self->store, &first, &last, &error))
    g_warning ("Cannot read the years with figures: %s", error->message);
  if (first == 0 || last == 0)
    first = last = g_date_time_get_year (now);

  gtk_spin_button_set_value (self->year_from_spin, first);
  gtk_spin_button_set_value (self->year_to_spin, last);
}

static void
reload (MzReportsPage *self)
{
  if (self->store == NULL)
    return;

  fill_units (self);
  fill_initiatives (self);
  fill_years (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (MZ_REPORTS_PAGE (widget));
}

static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}

static void
read_options (MzReportsPage   *self,
              MzReportOptions *options)
{
  *options = (MzReportOptions) {
    .year_from = gtk_spin_button_get_value_as_int (self->year_from_spin),
    .year_to = gtk_spin_button_get_value_as_int (self->year_to_spin),
    .unit_code = selected_id (self->unit_row, self->unit_codes),
    .initiative_id = selected_id (self->initiative_row, self->initiative_ids),
    .language = selected_id (self->language_row, self->language_codes),
    .personal_data = gtk_switch_get_active (self->personal_switch),
  };
}

/* Export */

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  MzReportsPage *self = user_data;
  g_autofree char *text = NULL;

  if (self->disposed)
    return;
  fraction = CLAMP (fraction, 0.0, 1.0);
  self->max_fraction = MAX (self->max_fraction, fraction);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  /* Translators: progress of the Excel export; %d is a percentage */
  text = g_strdup_printf (_("Writing the workbook… %d %%"), (int) (fraction * 100 + 0.5));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MzReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  if (self->disposed)
    {
      mz_report_export_finish (result, NULL);
      return;
    }
  set_busy (self, FALSE);

  if (!mz_report_export_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (self, _("Export cancelled. No file was written."), FALSE);
      else
        {
          /* Translators: %s says why, e.g. the folder cannot be written */
          g_autofree char *text = g_strdup_printf (_("The report could not be saved. %s"),
                                                   error->message);
          show_status (self, text, TRUE);
        }
      return;
    }

  {
    g_autofree char *path = g_file_get_path (self->target);
    g_autofree char *saved = NULL;

    /* Translators: %s is the path of the Excel file */
    saved = g_strdup_printf (_("Report saved to %s"), path);
    show_status (self, saved, FALSE);
    /* The same toast and “Open” as a list section's export. */
    mz_list_export_toast_saved (GTK_WIDGET (self), _("Report saved"), self->target);
  }
}

void
_mz_reports_page_export_to (MzReportsPage *self,
                            GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  MzReportOptions options;

  g_return_if_fail (MZ_IS_REPORTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_status (self, _("Choose a file on this computer: the report cannot be written there."),
                   TRUE);
      return;
    }

  read_options (self, &options);
  if (!mz_report_options_validate (&options, &error))
    {
      show_status (self, error->message, TRUE);
      return;
    }

  g_set_object (&self->target, file);
  self->cancellable = g_cancellable_new ();
  self->max_fraction = 0.0;
  show_status (self, NULL, FALSE);
  progress_cb (0.0, self);
  set_busy (self, TRUE);

  mz_report_export_async (mz_store_get_path (self->store), path, &options,
                          self->cancellable, progress_cb, self,
                          export_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  MzReportsPage *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = mz_list_export_chosen_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        _mz_reports_page_export_to (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
export_clicked_cb (MzReportsPage *self)
{
  g_autofree char *name = NULL;
  int from = gtk_spin_button_get_value_as_int (self->year_from_spin);
  int to = gtk_spin_button_get_value_as_int (self->year_to_spin);

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  if (from == to)
    /* Translators: suggested file name of the Excel report; %d is a year */
    name = g_strdup_printf (_("Mobilize report %d.xlsx"), from);
  else
    /* Translators: suggested file name of the Excel report; %d–%d are years */
    name = g_strdup_printf (_("Mobilize report %d–%d.xlsx"), from, to);
  self->chooser = mz_list_export_chooser_new (GTK_WIDGET (self), _("Export Report"), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_clicked_cb (MzReportsPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
}

/* Keeps "from" ≤ "to" as either spin button moves. */
static void
year_from_changed_cb (MzReportsPage *self)
{
  int from = gtk_spin_button_get_value_as_int (self->year_from_spin);

  if (gtk_spin_button_get_value_as_int (self->year_to_spin) < from)
    gtk_spin_button_set_value (self->year_to_spin, from);
}

static void
year_to_changed_cb (MzReportsPage *self)
{
  int to = gtk_spin_button_get_value_as_int (self->year_to_spin);

  if (gtk_spin_button_get_value_as_int (self->year_from_spin) > to)
    gtk_spin_button_set_value (self->year_from_spin, to);
}

static void
fill_languages (MzReportsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *ui_language = mz_report_language_normalize (g_get_language_names ()[0]);
  guint selected = 0;

  self->language_codes = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (mz_report_language_normalize (languages[i].code) == NULL)
        continue;
      if (g_strcmp0 (ui_language, languages[i].code) == 0)
        selected = self->language_codes->len;
      gtk_string_list_append (names, languages[i].name);
      g_ptr_array_add (self->language_codes, (gpointer) languages[i].code);
    }

  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, selected);
}

/* Overrides */

static void
mz_reports_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MzReportsPage *self = MZ_REPORTS_PAGE (object);

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
mz_reports_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MzReportsPage *self = MZ_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_reports_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_reports_page_dispose (GObject *object)
{
  MzReportsPage *self = MZ_REPORTS_PAGE (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_reports_page_parent_class)->dispose (object);
}

static void
mz_reports_page_finalize (GObject *object)
{
  MzReportsPage *self = MZ_REPORTS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->target);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_ids, g_ptr_array_unref);
  g_clear_pointer (&self->language_codes, g_ptr_array_unref);
  g_free (self->error_text);

  G_OBJECT_CLASS (mz_reports_page_parent_class)->finalize (object);
}

static void
mz_reports_page_class_init (MzReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_reports_page_dispose;
  object_class->finalize = mz_reports_page_finalize;
  object_class->get_property = mz_reports_page_get_property;
  object_class->set_property = mz_reports_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, year_from_spin);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, year_to_spin);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, personal_switch);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, MzReportsPage, prefs_page);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_reports_page_init (MzReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_languages (self);
  g_signal_connect_swapped (self->export_button, "clicked",
                            G_CALLBACK (export_clicked_cb), self);
  g_signal_connect_swapped (self->cancel_button, "clicked",
                            G_CALLBACK (cancel_clicked_cb), self);
  g_signal_connect_swapped (self->year_from_spin, "value-changed",
                            G_CALLBACK (year_from_changed_cb), self);
  g_signal_connect_swapped (self->year_to_spin, "value-changed",
                            G_CALLBACK (year_to_changed_cb), self);
}

MzStore *
mz_reports_page_get_store (MzReportsPage *self)
{
  g_return_val_if_fail (MZ_IS_REPORTS_PAGE (self), NULL);
  return self->store;
}

void
mz_reports_page_set_store (MzReportsPage *self,
                           MzStore       *store)
{
  g_return_if_fail (MZ_IS_REPORTS_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  reload (self);
}

gboolean
_mz_reports_page_is_busy (MzReportsPage *self)
{
  g_return_val_if_fail (MZ_IS_REPORTS_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

const char *
_mz_reports_page_get_error (MzReportsPage *self)
{
  g_return_val_if_fail (MZ_IS_REPORTS_PAGE (self), NULL);
  return self->error_text;
}

double
_mz_reports_page_get_max_fraction (MzReportsPage *self)
{
  g_return_val_if_fail (MZ_IS_REPORTS_PAGE (self), 0.0);
  return self->max_fraction;
}

static void
select_id (AdwComboRow *row,
           GPtrArray   *ids,
           const char  *id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
}

void
mz_reports_page_set_scope (MzReportsPage *self,
                           const char    *unit_code,
                           const char    *initiative_id,
                           gboolean       ask)
{
  g_return_if_fail (MZ_IS_REPORTS_PAGE (self));

  select_id (self->unit_row, self->unit_codes, unit_code);
  select_id (self->initiative_row, self->initiative_ids, initiative_id);
  if (ask)
    export_clicked_cb (self);
}

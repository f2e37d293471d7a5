/* mz-rates-window.c — UN operational rates of exchange: a year's months ×
 * currencies, a rate added or changed, a CSV file imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid shows the rates in force of one year: a row per month, a
 * column per currency that has a rate that year or is used by a
 * commitment, payment or in-kind contribution (and CHF, through which
 * everything converts). A month without a rate for a currency in use is
 * marked "Missing" (up to this month for the current year). Selecting a
 * cell puts it into the form below, which saves through
 * app/mz-currency-rates (one audited transaction). A CSV file is imported
 * by app/mz-rate-import in a worker thread on its own connection; the
 * file is taken whole or not at all, and the result is summed up.
 */
#define G_LOG_DOMAIN "mz-rates-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-currency-rates.h"
#include "mz-currency.h"
#include "mz-rate-import.h"
#include "mz-rate-store.h"
#include "mz-rates-window.h"
#include "mz-validate.h"
#include "mz-worker.h"

struct _MzRatesWindow
{
  AdwWindow             parent_instance;

  MzStore              *store;
  GArray               *rates;        /* MzRate, every rate in force */
  char                **in_use;       /* currencies needing rates */
  GPtrArray            *years;        /* "2024"… of the year list */
  GPtrArray            *currencies;   /* codes of the currency list; [0] is NULL: all */
  GHashTable           *cells;        /* "CUR MM" → GtkButton */
  GHashTable           *missing;      /* "CUR MM" of the cells marked missing */
  guint                 n_columns;
  char                 *message;
  char                 *error_field;
  char                 *import_summary;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  gboolean              loading;
  gboolean              importing;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkButton            *import_button;
  GtkSpinner           *import_spinner;
  GtkDropDown          *year_dropdown;
  GtkDropDown          *currency_dropdown;
  GtkLabel             *missing_label;
  GtkGrid              *grid;
  GtkEntry             *currency_entry;
  GtkEntry             *month_entry;
  GtkEntry             *rate_entry;
  GtkButton            *save_button;
  GtkLabel             *message_label;
};

G_DEFINE_FINAL_TYPE (MzRatesWindow, mz_rates_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static int
this_month (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_month (now);
}

static int
selected_year (MzRatesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->years == NULL || i >= self->years->len)
    return this_year ();
  return atoi (self->years->pdata[i]);
}

static const char *
selected_currency (MzRatesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->currency_dropdown);

  if (self->currencies == NULL || i >= self->currencies->len)
    return NULL;
  return self->currencies->pdata[i];
}

static gboolean
is_in_use (MzRatesWindow *self,
           const char    *currency)
{
  return self->in_use != NULL && g_strv_contains ((const char * const *) self->in_use, currency);
}

static void
remove_children (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
show_message (MzRatesWindow *self,
              const char    *message,
              gboolean       error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (self->message_label, message ? message : "");
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_codes_data (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return compare_codes (a, b);
}

/* The grid */

static void on_cell_clicked_cb (MzRatesWindow *self,
                                GtkButton     *button);

static void
build_grid (MzRatesWindow *self)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) missing_by_currency = g_hash_table_new (g_str_hash, g_str_equal);
  const char *filter = selected_currency (self);
  int year = selected_year (self);
  int last_month = year < this_year () ? 12 : year == this_year () ? this_month () : 0;
  char prefix[8];
  guint n_missing = 0;

  remove_children (self->grid);
  g_hash_table_remove_all (self->cells);
  g_hash_table_remove_all (self->missing);
  g_snprintf (prefix, sizeof prefix, "%04d-", year);

  /* The columns: currencies with a rate this year, and those in use. */
  for (guint i = 0; i < self->rates->len; i++)
    {
      MzRate *r = &g_array_index (self->rates, MzRate, i);

      if (g_str_has_prefix (r->month, prefix) && !g_hash_table_contains (seen, r->currency))
        {
          g_hash_table_add (seen, r->currency);
          g_ptr_array_add (columns, r->currency);
        }
    }
  for (guint i = 0; self->in_use != NULL && self->in_use[i] != NULL; i++)
    if (!g_hash_table_contains (seen, self->in_use[i]))
      {
        g_hash_table_add (seen, self->in_use[i]);
        g_ptr_array_add (columns, self->in_use[i]);
      }
  g_ptr_array_sort (columns, compare_codes);

  /* The header: month, then the currencies. */
  {
    GtkWidget *label = gtk_label_new (_("Month"));

    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "heading");
    gtk_grid_attach (self->grid, label, 0, 0, 1, 1);
  }
  self->n_columns = 0;
  for (guint c = 0; c < columns->len; c++)
    {
      const char *code = columns->pdata[c];
      GtkWidget *label;

      if (filter != NULL && g_strcmp0 (filter, code) != 0)
        continue;
      label = gtk_label_new (code);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_tooltip_text (label, mz_currency_get_name (code));
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->grid, label, (int) self->n_columns + 1, 0, 1, 1);

      for (int m = 1; m <= 12; m++)
        {
          g_autofree char *month = g_strdup_printf ("%04d-%02d", year, m);
          g_autofree char *key = g_strdup_printf ("%s %02d", code, m);
          GtkWidget *button = gtk_button_new ();
          GtkWidget *text = gtk_label_new (NULL);
          gboolean found = FALSE;

          for (guint i = 0; i < self->rates->len && !found; i++)
            {
              MzRate *r = &g_array_index (self->rates, MzRate, i);

              if (g_str_equal (r->currency, code) && g_str_equal (r->month, month))
                {
                  g_autofree char *rate = mz_currency_rates_format (r->units_per_usd_micro);

                  gtk_label_set_text (GTK_LABEL (text), rate);
                  found = TRUE;
                }
            }
          if (!found && is_in_use (self, code) && m <= last_month)
            {
              /* TRANSLATORS: a month without a rate for a currency in use */
              gtk_label_set_text (GTK_LABEL (text), _("Missing"));
              gtk_widget_add_css_class (text, "error");
              g_hash_table_add (self->missing, g_strdup (key));
              g_hash_table_add (missing_by_currency, (gpointer) code);
              n_missing++;
            }
          else if (!found)
            {
              gtk_label_set_text (GTK_LABEL (text), "·");
              gtk_widget_add_css_class (text, "dim-label");
            }

          gtk_label_set_xalign (GTK_LABEL (text), 1);
          gtk_widget_add_css_class (text, "numeric");
          if (found)
            {
              /* buttons' labels are bold; the figures read better plain */
              PangoAttrList *attrs = pango_attr_list_new ();

              pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
              gtk_label_set_attributes (GTK_LABEL (text), attrs);
              pango_attr_list_unref (attrs);
            }
          gtk_button_set_child (GTK_BUTTON (button), text);
          gtk_widget_add_css_class (button, "flat");
          gtk_widget_set_hexpand (button, TRUE);
          g_object_set_data_full (G_OBJECT (button), "currency", g_strdup (code), g_free);
          g_object_set_data_full (G_OBJECT (button), "month", g_strdup (month), g_free);
          g_object_set_data_full (G_OBJECT (button), "rate",
                                  found ? g_strdup (gtk_label_get_text (GTK_LABEL (text))) : NULL, g_free);
          g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_cell_clicked_cb), self);
          g_hash_table_insert (self->cells, g_steal_pointer (&key), button);
          gtk_grid_attach (self->grid, button, (int) self->n_columns + 1, m, 1, 1);
        }
      self->n_columns++;
    }

  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, m, 1, 0, 0, 0);
      g_autofree char *name = date ? g_date_time_format (date, "%B") : g_strdup_printf ("%02d", m);
      GtkWidget *label = gtk_label_new (name);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (self->grid, label, 0, m, 1, 1);
    }

  if (self->n_columns == 0)
    {
      GtkWidget *label = gtk_label_new (_("No rates for this year yet. Add one below or import a CSV file."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->grid, label, 1, 1, 1, 1);
    }

  if (n_missing > 0)
    {
      g_autofree const char **codes = (const char **) g_hash_table_get_keys_as_array (missing_by_currency, NULL);
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      g_qsort_with_data (codes, g_hash_table_size (missing_by_currency), sizeof (char *),
                         compare_codes_data, NULL);
      list = g_strjoinv (", ", (char **) codes);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month without a rate: %s",
                                           "%u months without a rate: %s", n_missing),
                              n_missing, list);
      gtk_label_set_text (self->missing_label, text);
    }
  else
    gtk_label_set_text (self->missing_label, "");
}

static int
compare_years_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -compare_codes (a, b);
}

static void
fill_filters (MzRatesWindow *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) currencies = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *year_before = NULL;
  g_autofree char *currency_before = g_strdup (selected_currency (self));
  g_autofree char *now = g_strdup_printf ("%d", this_year ());
  guint year_index = 0, currency_index = 0;

  if (self->years != NULL && gtk_drop_down_get_selected (self->year_dropdown) < self->years->len)
    year_before = g_strdup (self->years->pdata[gtk_drop_down_get_selected (self->year_dropdown)]);
  else
    year_before = g_strdup (now);

  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  self->years = g_ptr_array_new_with_free_func (g_free);
  self->currencies = g_ptr_array_new_with_free_func (g_free);

  /* Years: those with rates and this one, newest first. */
  g_ptr_array_add (self->years, g_strdup (now));
  for (guint i = 0; i < self->rates->len; i++)
    {
      MzRate *r = &g_array_index (self->rates, MzRate, i);
      g_autofree char *year = g_strndup (r->month, 4);
      gboolean known = FALSE;

      for (guint y = 0; y < self->years->len && !known; y++)
        known = g_str_equal (self->years->pdata[y], year);
      if (!known)
        g_ptr_array_add (self->years, g_steal_pointer (&year));
    }
  g_ptr_array_sort (self->years, compare_years_newest_first);
  for (guint y = 0; y < self->years->len; y++)
    {
      gtk_string_list_append (years, self->years->pdata[y]);
      if (g_str_equal (self->years->pdata[y], year_before))
        year_index = y;
    }

  /* Currencies: all, then every code with a rate or in use. */
  g_ptr_array_add (self->currencies, NULL);
  gtk_string_list_append (currencies, _("All currencies"));
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) codes = NULL;

    for (guint i = 0; i < self->rates->len; i++)
      {
        MzRate *r = &g_array_index (self->rates, MzRate, i);

        if (!g_hash_table_contains (seen, r->currency))
          {
            g_hash_table_add (seen, r->currency);
            g_strv_builder_add (builder, r->currency);
          }
      }
    for (guint i = 0; self->in_use != NULL && self->in_use[i] != NULL; i++)
      if (!g_hash_table_contains (seen, self->in_use[i]))
        {
          g_hash_table_add (seen, self->in_use[i]);
          g_strv_builder_add (builder, self->in_use[i]);
        }
    codes = g_strv_builder_end (builder);
    g_qsort_with_data (codes, g_strv_length (codes), sizeof (char *), compare_codes_data, NULL);
    for (guint i = 0; codes[i] != NULL; i++)
      {
        g_autofree char *label = mz_currency_dup_label (codes[i]);

        g_ptr_array_add (self->currencies, g_strdup (codes[i]));
        gtk_string_list_append (currencies, label ? label : codes[i]);
        if (g_strcmp0 (codes[i], currency_before) == 0)
          currency_index = self->currencies->len - 1;
      }
  }

  self->loading = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, year_index);
  gtk_drop_down_set_model (self->currency_dropdown, G_LIST_MODEL (currencies));
  gtk_drop_down_set_selected (self->currency_dropdown, currency_index);
  self->loading = FALSE;
}

static void
reload (MzRatesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) in_use = NULL;

  g_clear_pointer (&self->rates, g_array_unref);
  g_clear_pointer (&self->in_use, g_strfreev);

  self->rates = mz_rate_store_list (self->store, NULL, NULL, &error);
  if (self->rates == NULL)
    {
      self->rates = g_array_new (FALSE, TRUE, sizeof (MzRate));
      show_message (self, error->message, TRUE);
      g_clear_error (&error);
    }
  in_use = mz_currency_rates_in_use (self->store, &error);
  if (in_use == NULL)
    show_message (self, error->message, TRUE);
  else if (in_use[0] != NULL && !g_strv_contains ((const char * const *) in_use, "CHF"))
    {
      /* Every conversion to CHF goes through the CHF rate. */
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      g_strv_builder_addv (builder, (const char **) in_use);
      g_strv_builder_add (builder, "CHF");
      self->in_use = g_strv_builder_end (builder);
    }
  else
    self->in_use = g_steal_pointer (&in_use);

  fill_filters (self);
  build_grid (self);
}

/* The form */

static void
mark_field (MzRatesWindow *self,
            const char    *field)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->currency_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->month_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->rate_entry), "error");
  g_free (self->error_field);
  self->error_field = g_strdup (field);
  if (g_strcmp0 (field, "currency") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->currency_entry), "error");
  else if (g_strcmp0 (field, "month") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->month_entry), "error");
  else if (g_strcmp0 (field, "units_per_usd") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->rate_entry), "error");
}

static void
on_save_clicked_cb (MzRatesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_entry)), -1);
  g_autofree char *month = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->month_entry))));
  g_autofree char *shown = NULL;
  g_autofree char *text = NULL;
  MzRateChange change = MZ_RATE_UNCHANGED;
  gint64 micro = 0;

  g_strstrip (currency);
  if (!mz_currency_rates_parse (gtk_editable_get_text (GTK_EDITABLE (self->rate_entry)), &micro, &error) ||
      !mz_currency_rates_set (self->store, currency, month, micro, &change, &error))
    {
      /* a rate refused for its currency or month names that field */
      mark_field (self, mz_validation_error_get_field (error));
      show_message (self, error->message, TRUE);
      return;
    }

  mark_field (self, NULL);
  shown = mz_currency_rates_format (micro);
  switch (change)
    {
    case MZ_RATE_ADDED:
      /* TRANSLATORS: "EUR 2024-03: 0.921 per US dollar saved" */
      text = g_strdup_printf (_("%s %s: %s per US dollar saved"), currency, month, shown);
      break;
    case MZ_RATE_REPLACED:
      text = g_strdup_printf (_("%s %s: %s per US dollar saved, replacing the previous rate"),
                              currency, month, shown);
      break;
    case MZ_RATE_UNCHANGED:
    default:
      text = g_strdup_printf (_("%s %s: the rate was already %s"), currency, month, shown);
      break;
    }
  show_message (self, text, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
  reload (self);
}

static void
on_cell_clicked_cb (MzRatesWindow *self,
                    GtkButton     *button)
{
  const char *rate = g_object_get_data (G_OBJECT (button), "rate");

  gtk_editable_set_text (GTK_EDITABLE (self->currency_entry), g_object_get_data (G_OBJECT (button), "currency"));
  gtk_editable_set_text (GTK_EDITABLE (self->month_entry), g_object_get_data (G_OBJECT (button), "month"));
  gtk_editable_set_text (GTK_EDITABLE (self->rate_entry), rate ? rate : "");
  gtk_widget_grab_focus (GTK_WIDGET (self->rate_entry));
}

/* Import */

typedef struct
{
  MzRateImportResult result;
} ImportOutcome;

static gpointer
import_thread (MzStore       *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  ImportOutcome *outcome = g_new0 (ImportOutcome, 1);

  if (!mz_rate_import_file (store, G_FILE (data), FALSE, &outcome->result, NULL, error))
    {
      g_free (outcome);
      return NULL;
    }
  return outcome;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MzRatesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree ImportOutcome *outcome = mz_worker_run_finish (result, &error);

  self->importing = FALSE;
  gtk_spinner_stop (self->import_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->import_spinner), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_free (self->import_summary);
  if (outcome == NULL)
    {
      GtkWidget *dialog;

      self->import_summary = g_strdup (error->message);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Was Not Imported"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      show_message (self, error->message, TRUE);
      return;
    }

  self->import_summary =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "%u rate read: %u added, %u replaced, %u unchanged.",
                                  "%u rates read: %u added, %u replaced, %u unchanged.",
                                  outcome->result.n_rates),
                     outcome->result.n_rates, outcome->result.n_added, outcome->result.n_replaced,
                     outcome->result.n_unchanged);
  show_message (self, self->import_summary, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (self->import_summary));
  reload (self);
}

static void
start_import (MzRatesWindow *self,
              GFile         *file)
{
  self->importing = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->import_spinner), TRUE);
  gtk_spinner_start (self->import_spinner);
  show_message (self, _("Importing…"), FALSE);
  mz_worker_run_async (mz_store_get_path (self->store), import_thread, g_object_ref (file), g_object_unref,
                       g_free, self->cancellable, import_done_cb, g_object_ref (self));
}

static void
on_chooser_response_cb (MzRatesWindow *self,
                        int            response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    start_import (self, file);
}

static void
on_import_clicked_cb (MzRatesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->importing || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import Rates of Exchange"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_filter_changed_cb (MzRatesWindow *self)
{
  if (!self->loading && self->rates != NULL)
    build_grid (self);
}

/* Overrides */

static void
mz_rates_window_constructed (GObject *object)
{
  MzRatesWindow *self = MZ_RATES_WINDOW (object);

  G_OBJECT_CLASS (mz_rates_window_parent_class)->constructed (object);

  reload (self);
}

static void
mz_rates_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MzRatesWindow *self = MZ_RATES_WINDOW (object);

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
mz_rates_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MzRatesWindow *self = MZ_RATES_WINDOW (object);

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
mz_rates_window_dispose (GObject *object)
{
  MzRatesWindow *self = MZ_RATES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_rates_window_parent_class)->dispose (object);
}

static void
mz_rates_window_finalize (GObject *object)
{
  MzRatesWindow *self = MZ_RATES_WINDOW (object);

  g_clear_pointer (&self->rates, g_array_unref);
  g_clear_pointer (&self->in_use, g_strfreev);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->missing, g_hash_table_unref);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->error_field, g_free);
  g_clear_pointer (&self->import_summary, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mz_rates_window_parent_class)->finalize (object);
}

static void
mz_rates_window_class_init (MzRatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mz_rates_window_constructed;
  object_class->dispose = mz_rates_window_dispose;
  object_class->finalize = mz_rates_window_finalize;
  object_class->get_property = mz_rates_window_get_property;
  object_class->set_property = mz_rates_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-rates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, import_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, currency_entry);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, month_entry);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, rate_entry);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, MzRatesWindow, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_rates_window_init (MzRatesWindow *self)
{
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}

/* Public API */

MzRatesWindow *
mz_rates_window_new (GtkWindow *parent,
                     MzStore   *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  return g_object_new (MZ_TYPE_RATES_WINDOW, "store", store, "transient-for", parent, NULL);
}

void
mz_rates_window_present (GtkWindow *parent,
                         MzStore   *store)
{
  gtk_window_present (GTK_WINDOW (mz_rates_window_new (parent, store)));
}

/* For tests */

void
_mz_rates_window_set_year (MzRatesWindow *self,
                           int            year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);

  for (guint i = 0; i < self->years->len; i++)
    if (g_str_equal (self->years->pdata[i], text))
      gtk_drop_down_set_selected (self->year_dropdown, i);
}

void
_mz_rates_window_set_currency (MzRatesWindow *self,
                               const char    *currency)
{
  for (guint i = 0; i < self->currencies->len; i++)
    if (g_strcmp0 (self->currencies->pdata[i], currency) == 0)
      gtk_drop_down_set_selected (self->currency_dropdown, i);
}

const char *
_mz_rates_window_get_cell (MzRatesWindow *self,
                           const char    *currency,
                           int            month,
                           gboolean      *missing)
{
  g_autofree char *key = g_strdup_printf ("%s %02d", currency, month);
  GtkWidget *button = g_hash_table_lookup (self->cells, key);

  if (missing != NULL)
    *missing = g_hash_table_contains (self->missing, key);
  if (button == NULL)
    return NULL;
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
}

guint
_mz_rates_window_get_n_columns (MzRatesWindow *self)
{
  return self->n_columns;
}

guint
_mz_rates_window_get_n_missing (MzRatesWindow *self)
{
  return g_hash_table_size (self->missing);
}

GtkWidget *
_mz_rates_window_get_form_widget (MzRatesWindow *self,
                                  const char    *name)
{
  if (g_str_equal (name, "currency"))
    return GTK_WIDGET (self->currency_entry);
  if (g_str_equal (name, "month"))
    return GTK_WIDGET (self->month_entry);
  if (g_str_equal (name, "rate"))
    return GTK_WIDGET (self->rate_entry);
  if (g_str_equal (name, "save"))
    return GTK_WIDGET (self->save_button);
  return NULL;
}

const char *
_mz_rates_window_get_message (MzRatesWindow *self)
{
  return self->message;
}

const char *
_mz_rates_window_get_error_field (MzRatesWindow *self)
{
  return self->error_field;
}

void
_mz_rates_window_import (MzRatesWindow *self,
                         GFile         *file)
{
  start_import (self, file);
}

gboolean
_mz_rates_window_is_importing (MzRatesWindow *self)
{
  return self->importing;
}

const char *
_mz_rates_window_get_import_summary (MzRatesWindow *self)
{
  return self->import_summary;
}

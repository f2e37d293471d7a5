/* mz-inkind-editor.c — a dialog that records an in-kind contribution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service checks everything (mz_inkind_service_create) and names the
 * field of its error: the dialog shows the message above the form and
 * marks that row. Amounts are read in the locale's conventions with the
 * currency's decimals; a quantity has up to three decimals.
 */
#define G_LOG_DOMAIN "mz-inkind-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-currency-picker.h"
#include "mz-date-button.h"
#include "mz-initiative-store.h"
#include "mz-inkind-editor.h"
#include "mz-inkind-store.h"
#include "mz-labels.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-partner-chooser.h"
#include "mz-validate.h"

struct _MzInkindEditor
{
  AdwWindow      parent_instance;

  MzStore       *store;
  GPtrArray     *unit_ids;           /* per unit row item; NULL: none */
  GPtrArray     *initiative_ids;     /* per initiative row item; NULL: none */
  char          *error_text;
  char          *error_field;
  GtkWidget     *error_row;
  GtkWidget     *partner_chooser;
  GtkWidget     *start_button;
  GtkWidget     *end_button;

  /* Template widgets */
  GtkWidget     *error_group;
  GtkLabel      *error_label;
  GtkButton     *save_button;
  AdwActionRow  *partner_row;
  AdwComboRow   *kind_row;
  AdwEntryRow   *description_row;
  AdwComboRow   *unit_row;
  AdwComboRow   *initiative_row;
  AdwActionRow  *start_row;
  AdwActionRow  *end_row;
  AdwEntryRow   *quantity_row;
  AdwComboRow   *quantity_unit_row;
  AdwEntryRow   *fair_value_row;
  AdwActionRow  *currency_row;
  MzCurrencyPicker *currency_picker;
  AdwEntryRow   *basis_row;
};

G_DEFINE_FINAL_TYPE (MzInkindEditor, mz_inkind_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *code;
  const char *label;
} quantity_units[] = {
  { "person_months", N_("person-months") },
  { "person_days", N_("person-days") },
  { "items", N_("items") },
  { "hours", N_("hours") },
  { "lump_sum", N_("lump sum") },
};

static const char *
selected (AdwComboRow *row,
          GPtrArray   *ids)
{
  guint i = adw_combo_row_get_selected (row);

  if (ids == NULL || i == GTK_INVALID_LIST_POSITION || i >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, i);
}

static void
fill_rows (MzInkindEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) units = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) initiatives = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) qunits = gtk_string_list_new (NULL);
  g_autoptr(GListModel) unit_list = NULL;
  g_autoptr(GPtrArray) initiative_list = NULL;
  const char * const *codes;

  for (codes = mz_inkind_kinds (); *codes != NULL; codes++)
    gtk_string_list_append (kinds, mz_inkind_kind_label (*codes));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->unit_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (units, _("None"));
  g_ptr_array_add (self->unit_ids, NULL);
  unit_list = mz_org_unit_list (self->store, NULL);
  for (guint i = 0; unit_list != NULL && i < g_list_model_get_n_items (unit_list); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (unit_list, i);

      gtk_string_list_append (units, mz_labels_unit_name (mz_org_unit_get_code (unit)));
      g_ptr_array_add (self->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (units));

  self->initiative_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (initiatives, _("None"));
  g_ptr_array_add (self->initiative_ids, NULL);
  initiative_list = mz_initiative_store_list (self->store, NULL);
  for (guint i = 0; initiative_list != NULL && i < initiative_list->len; i++)
    {
      MzInitiative *initiative = g_ptr_array_index (initiative_list, i);

      gtk_string_list_append (initiatives, initiative->name);
      g_ptr_array_add (self->initiative_ids, g_strdup (initiative->id));
    }
  adw_combo_row_set_model (self->initiative_row, G_LIST_MODEL (initiatives));

  gtk_string_list_append (qunits, _("None"));
  for (guint i = 0; i < G_N_ELEMENTS (quantity_units); i++)
    gtk_string_list_append (qunits, _(quantity_units[i].label));
  adw_combo_row_set_model (self->quantity_unit_row, G_LIST_MODEL (qunits));

  mz_currency_picker_set_currency (self->currency_picker, "CHF");
}

static GtkWidget *
row_of_field (MzInkindEditor *self,
              const char     *field)
{
  static const struct
  {
    const char *field;
    gsize       offset;
  } rows[] = {
    { "partner_id", G_STRUCT_OFFSET (MzInkindEditor, partner_row) },
    { "kind", G_STRUCT_OFFSET (MzInkindEditor, kind_row) },
    { "description", G_STRUCT_OFFSET (MzInkindEditor, description_row) },
    { "unit_id", G_STRUCT_OFFSET (MzInkindEditor, unit_row) },
    { "initiative_id", G_STRUCT_OFFSET (MzInkindEditor, initiative_row) },
    { "start_date", G_STRUCT_OFFSET (MzInkindEditor, start_row) },
    { "end_date", G_STRUCT_OFFSET (MzInkindEditor, end_row) },
    { "quantity_milli", G_STRUCT_OFFSET (MzInkindEditor, quantity_row) },
    { "quantity_unit", G_STRUCT_OFFSET (MzInkindEditor, quantity_unit_row) },
    { "fair_value", G_STRUCT_OFFSET (MzInkindEditor, fair_value_row) },
    { "currency", G_STRUCT_OFFSET (MzInkindEditor, currency_row) },
    { "valuation_basis", G_STRUCT_OFFSET (MzInkindEditor, basis_row) },
  };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return G_STRUCT_MEMBER (GtkWidget *, self, rows[i].offset);
  return NULL;
}

static void
show_error (MzInkindEditor *self,
            const char     *message,
            const char     *field)
{
  if (self->error_row != NULL)
    gtk_widget_remove_css_class (self->error_row, "error");
  self->error_row = NULL;

  g_free (self->error_text);
  self->error_text = g_strdup (message);
  g_free (self->error_field);
  self->error_field = g_strdup (field);

  gtk_widget_set_visible (self->error_group, message != NULL);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");

  self->error_row = row_of_field (self, field);
  if (self->error_row != NULL)
    {
      gtk_widget_add_css_class (self->error_row, "error");
      gtk_widget_grab_focus (self->error_row);
    }
}

/* Reads an optional amount: empty is @none. */
static gboolean
read_amount (AdwEntryRow *row,
             const char  *currency,
             gint64       none,
             gint64      *value,
             GError     **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0')
    {
      *value = none;
      return TRUE;
    }
  return mz_money_parse (trimmed, currency, NULL, value, error);
}

gboolean
_mz_inkind_editor_save (MzInkindEditor *self)
{
  g_autoptr(MzInkind) inkind = mz_inkind_new ();
  g_autoptr(GError) error = NULL;
  const char * const *kinds = mz_inkind_kinds ();
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint qunit = adw_combo_row_get_selected (self->quantity_unit_row);
  const char *currency = mz_currency_picker_get_currency (self->currency_picker);

  g_return_val_if_fail (MZ_IS_INKIND_EDITOR (self), FALSE);

  inkind->partner_id = g_strdup (mz_partner_chooser_get_partner_id (MZ_PARTNER_CHOOSER (self->partner_chooser)));
  inkind->kind = kind < g_strv_length ((char **) kinds) ? g_strdup (kinds[kind]) : NULL;
  inkind->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  inkind->unit_id = g_strdup (selected (self->unit_row, self->unit_ids));
  inkind->initiative_id = g_strdup (selected (self->initiative_row, self->initiative_ids));
  inkind->start_date = g_strdup (mz_date_button_get_date (MZ_DATE_BUTTON (self->start_button)));
  inkind->end_date = g_strdup (mz_date_button_get_date (MZ_DATE_BUTTON (self->end_button)));
  inkind->quantity_unit = qunit >= 1 && qunit <= G_N_ELEMENTS (quantity_units)
                          ? g_strdup (quantity_units[qunit - 1].code) : NULL;
  inkind->currency = g_strdup (currency);
  inkind->valuation_basis = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->basis_row)));

  /* Three decimals: a currency of exponent 3 reads them in the locale's
   * conventions. */
  if (!read_amount (self->quantity_row, "KWD", -1, &inkind->quantity_milli, &error))
    {
      /* Translators: %s says what is wrong with the number */
      g_autofree char *text = g_strdup_printf (_("Quantity: %s"), error->message);

      show_error (self, text, "quantity_milli");
      return FALSE;
    }
  if (!read_amount (self->fair_value_row, currency != NULL ? currency : "CHF", G_MININT64,
                    &inkind->fair_value, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Fair value: %s"), error->message);

      show_error (self, text, "fair_value");
      return FALSE;
    }
  if (inkind->fair_value == G_MININT64)
    {
      show_error (self, _("Fair value: enter what the contribution is worth."), "fair_value");
      return FALSE;
    }

  if (!mz_inkind_service_create (self->store, inkind, &error))
    {
      show_error (self, error->message,
                  error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL);
      return FALSE;
    }

  show_error (self, NULL, NULL);
  g_signal_emit (self, signals[SAVED], 0, inkind->id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (MzInkindEditor *self)
{
  _mz_inkind_editor_save (self);
}

static void
mz_inkind_editor_dispose (GObject *object)
{
  MzInkindEditor *self = MZ_INKIND_EDITOR (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_inkind_editor_parent_class)->dispose (object);
}

static void
mz_inkind_editor_finalize (GObject *object)
{
  MzInkindEditor *self = MZ_INKIND_EDITOR (object);

  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_ids, g_ptr_array_unref);
  g_free (self->error_text);
  g_free (self->error_field);

  G_OBJECT_CLASS (mz_inkind_editor_parent_class)->finalize (object);
}

static void
mz_inkind_editor_class_init (MzInkindEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_inkind_editor_dispose;
  object_class->finalize = mz_inkind_editor_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_CURRENCY_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-inkind-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, quantity_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, fair_value_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, currency_picker);
  gtk_widget_class_bind_template_child (widget_class, MzInkindEditor, basis_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_inkind_editor_init (MzInkindEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->start_button = mz_date_button_new ();
  gtk_widget_set_valign (self->start_button, GTK_ALIGN_CENTER);
  mz_date_button_set_date (MZ_DATE_BUTTON (self->start_button), today);
  adw_action_row_add_suffix (self->start_row, self->start_button);

  self->end_button = mz_date_button_new ();
  gtk_widget_set_valign (self->end_button, GTK_ALIGN_CENTER);
  mz_date_button_set_can_clear (MZ_DATE_BUTTON (self->end_button), TRUE);
  mz_date_button_set_date (MZ_DATE_BUTTON (self->end_button), NULL);
  adw_action_row_add_suffix (self->end_row, self->end_button);

  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
}

MzInkindEditor *
mz_inkind_editor_new (MzStore   *store,
                      GtkWindow *parent)
{
  MzInkindEditor *self;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  self = g_object_new (MZ_TYPE_INKIND_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->partner_chooser = mz_partner_chooser_new (store);
  gtk_widget_set_valign (self->partner_chooser, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->partner_row, self->partner_chooser);
  fill_rows (self);
  return self;
}

const char *
_mz_inkind_editor_get_error (MzInkindEditor *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_EDITOR (self), NULL);
  return self->error_text;
}

const char *
_mz_inkind_editor_get_error_field (MzInkindEditor *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_EDITOR (self), NULL);
  return self->error_field;
}

GtkWidget *
_mz_inkind_editor_get_partner_chooser (MzInkindEditor *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_EDITOR (self), NULL);
  return self->partner_chooser;
}

/* mz-commitment-editor.c — the window that creates or edits a commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form is read into an MzCommitment and a list of MzAllocation and
 * handed to app/mz-commitment-service, which checks everything and saves
 * it in one transaction or not at all. Its errors name the field: the
 * editor shows each under the group of its field and marks the row.
 * Allocations, the schedule and payments, and the reporting obligations
 * are in mz-commitment-editor-*.c.
 */
#define G_LOG_DOMAIN "mz-commitment-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-currency.h"
#include "mz-initiative-store.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-schedule.h"
#include "mz-validate.h"

G_DEFINE_FINAL_TYPE (MzCommitmentEditor, mz_commitment_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

const char *
_mz_commitment_editor_today (void)
{
  static char buffer[11];
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (buffer, text, sizeof buffer);
  return buffer;
}


static const char *
selected_code (AdwComboRow        *row,
               const char * const *codes,
               guint               offset)
{
  guint index = adw_combo_row_get_selected (row);

  if (index == GTK_INVALID_LIST_POSITION || index < offset)
    return NULL;
  for (guint i = 0; codes[i] != NULL; i++)
    if (i == index - offset)
      return codes[i];
  return NULL;
}

static void
select_code (AdwComboRow        *row,
             const char * const *codes,
             guint               offset,
             const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      {
        adw_combo_row_set_selected (row, i + offset);
        return;
      }
  if (offset > 0)
    adw_combo_row_set_selected (row, 0);
}

static void
fill_combo (AdwComboRow        *row,
            const char * const *codes,
            const char *      (*label) (const char *),
            const char         *none)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  if (none != NULL)
    gtk_string_list_append (strings, none);
  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (strings, label ? label (codes[i]) : codes[i]);
  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
}


const char *
_mz_commitment_editor_currency (MzCommitmentEditor *self)
{
  return mz_currency_picker_get_currency (self->currency_picker);
}

static char *
entry_text (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Errors */

static void
mark_row (GtkWidget *row,
          gboolean   wrong)
{
  if (row == NULL)
    return;
  if (wrong)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
clear_errors (MzCommitmentEditor *self)
{
  GtkWidget *rows[] = {
    self->donor_row, self->payer_row, self->title_row, GTK_WIDGET (self->kind_row),
    GTK_WIDGET (self->ceb_row), self->iati_row, GTK_WIDGET (self->stage_row), self->probability_row,
    GTK_WIDGET (self->currency_row), self->ask_row, self->expected_row, self->signed_row,
    self->signed_date_row, self->start_row, self->end_row, self->psc_row, self->threshold_row,
    self->notes_row,
  };
  GtkLabel *labels[] = {
    self->commitment_error, self->amounts_error, self->allocations_error, self->schedule_error,
    self->payments_error, self->reports_error, self->banner,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    mark_row (rows[i], FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
}

typedef struct
{
  const char *field;
  gsize       row_offset;
  gsize       label_offset;
} FieldPlace;

#define PLACE(field, row, label) \
  { field, G_STRUCT_OFFSET (MzCommitmentEditor, row), G_STRUCT_OFFSET (MzCommitmentEditor, label) }

static const FieldPlace places[] = {
  PLACE ("donor_partner_id", donor_row, commitment_error),
  PLACE ("payer_partner_id", payer_row, commitment_error),
  PLACE ("title", title_row, commitment_error),
  PLACE ("kind", kind_row, commitment_error),
  PLACE ("ceb_category", ceb_row, commitment_error),
  PLACE ("iati_aid_type", iati_row, commitment_error),
  PLACE ("stage", stage_row, commitment_error),
  PLACE ("probability", probability_row, commitment_error),
  PLACE ("currency", currency_row, amounts_error),
  PLACE ("ask_amount", ask_row, amounts_error),
  PLACE ("expected_amount", expected_row, amounts_error),
  PLACE ("signed_amount", signed_row, amounts_error),
  PLACE ("signed_date", signed_date_row, amounts_error),
  PLACE ("start_date", start_row, amounts_error),
  PLACE ("end_date", end_row, amounts_error),
  PLACE ("psc_rate_bp", psc_row, amounts_error),
  PLACE ("threshold_justification", threshold_row, amounts_error),
  PLACE ("notes", notes_row, amounts_error),
};

#define MEMBER(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P (self, offset))

void
_mz_commitment_editor_show_label (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_label (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

/* Shows @error where its field is; others in the banner. */
static void
show_error (MzCommitmentEditor *self,
            const GError       *error)
{
  const char *field = error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL;

  clear_errors (self);

  if (error->domain == MZ_SCHEDULE_ERROR || g_strcmp0 (field, "schedule") == 0 ||
      g_strcmp0 (field, "schedule_frequency") == 0)
    {
      _mz_commitment_editor_show_label (self->schedule_error, error->message);
      return;
    }
  if (g_strcmp0 (field, "allocations") == 0)
    {
      _mz_commitment_editor_show_label (self->allocations_error, error->message);
      return;
    }

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (places); i++)
    if (g_str_equal (places[i].field, field))
      {
        GtkWidget *row = MEMBER (self, places[i].row_offset);

        if (row == self->threshold_row)
          gtk_widget_set_visible (row, TRUE);
        mark_row (row, TRUE);
        _mz_commitment_editor_show_label (GTK_LABEL (MEMBER (self, places[i].label_offset)), error->message);
        gtk_widget_grab_focus (row);
        return;
      }

  _mz_commitment_editor_show_label (self->banner, error->message);
}

/* Reading the form */

/* @c with what the form says; FALSE with an error naming the field when
 * an amount or percentage cannot be read. */
gboolean
_mz_commitment_editor_read_form (MzCommitmentEditor  *self,
           MzCommitment        *c,
           GError             **error)
{
  struct { MzMoneyEntry *entry; gint64 *amount; const char *field; const char *label; } amounts[] = {
    { self->ask_entry, &c->ask_amount, "ask_amount", _("Asked") },
    { self->expected_entry, &c->expected_amount, "expected_amount", _("Expected") },
    { self->signed_entry, &c->signed_amount, "signed_amount", _("Signed amount") },
  };
  const char *payer = mz_partner_chooser_get_partner_id (self->payer_chooser);
  g_autofree char *psc = entry_text (self->psc_row);

  mz_commitment_set_string (&c->donor_partner_id, mz_partner_chooser_get_partner_id (self->donor_chooser));
  mz_commitment_set_string (&c->payer_partner_id,
                            payer != NULL && g_strcmp0 (payer, c->donor_partner_id) != 0 ? payer : NULL);
  g_free (c->title);
  c->title = entry_text (self->title_row);
  mz_commitment_set_string (&c->kind, selected_code (self->kind_row, mz_commitment_kinds (), 0));
  mz_commitment_set_string (&c->ceb_category, selected_code (self->ceb_row, mz_commitment_ceb_categories (), 1));
  g_free (c->iati_aid_type);
  c->iati_aid_type = entry_text (self->iati_row);
  mz_commitment_set_string (&c->stage, selected_code (self->stage_row, mz_commitment_stages (), 0));
  c->probability = gtk_spin_button_get_value_as_int (self->probability_spin);
  mz_commitment_set_string (&c->currency, _mz_commitment_editor_currency (self));

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 amount;

      if (!mz_money_entry_read (amounts[i].entry, &amount, &local_error))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, amounts[i].field, amounts[i].label,
                                   "%s", local_error->message);
          return FALSE;
        }
      *amounts[i].amount = amount == G_MININT64 ? MZ_AMOUNT_NONE : amount;
    }

  mz_commitment_set_string (&c->signed_date, mz_date_button_get_date (self->signed_date_button));
  mz_commitment_set_string (&c->start_date, mz_date_button_get_date (self->start_button));
  mz_commitment_set_string (&c->end_date, mz_date_button_get_date (self->end_button));
  mz_commitment_set_string (&c->schedule_frequency, mz_schedule_grid_get_frequency (self->schedule_grid));

  c->psc_rate_bp = -1;
  if (psc != NULL && !_mz_parse_percent_bp (psc, &c->psc_rate_bp))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "psc_rate_bp", _("Programme support cost"),
                               _("“%s” is not a percentage such as 7 or 13."), psc);
      return FALSE;
    }

  g_free (c->threshold_justification);
  c->threshold_justification = entry_text (self->threshold_row);
  g_free (c->notes);
  c->notes = entry_text (self->notes_row);
  return TRUE;
}

static void
fill_form (MzCommitmentEditor *self,
           GPtrArray          *allocations)
{
  const MzCommitment *c = self->before;

  self->loading = TRUE;
  mz_partner_chooser_set_partner_id (self->donor_chooser, c->donor_partner_id);
  mz_partner_chooser_set_partner_id (self->payer_chooser, c->payer_partner_id);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), c->title ? c->title : "");
  select_code (self->kind_row, mz_commitment_kinds (), 0, c->kind);
  select_code (self->ceb_row, mz_commitment_ceb_categories (), 1, c->ceb_category);
  gtk_editable_set_text (GTK_EDITABLE (self->iati_row), c->iati_aid_type ? c->iati_aid_type : "");
  select_code (self->stage_row, mz_commitment_stages (), 0, c->stage);
  gtk_spin_button_set_value (self->probability_spin, c->probability);
  mz_currency_picker_set_currency (self->currency_picker, c->currency);
  mz_money_entry_set_currency (self->ask_entry, c->currency);
  mz_money_entry_set_currency (self->expected_entry, c->currency);
  mz_money_entry_set_currency (self->signed_entry, c->currency);
  mz_money_entry_set_amount (self->ask_entry, c->ask_amount);
  mz_money_entry_set_amount (self->expected_entry, c->expected_amount);
  mz_money_entry_set_amount (self->signed_entry, c->signed_amount);
  mz_date_button_set_date (self->signed_date_button, c->signed_date);
  mz_date_button_set_date (self->start_button, c->start_date);
  mz_date_button_set_date (self->end_button, c->end_date);
  if (c->psc_rate_bp >= 0)
    {
      g_autofree char *psc = _mz_format_percent_bp (c->psc_rate_bp);

      gtk_editable_set_text (GTK_EDITABLE (self->psc_row), psc);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->threshold_row),
                         c->threshold_justification ? c->threshold_justification : "");
  gtk_widget_set_visible (self->threshold_row, c->threshold_justification != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), c->notes ? c->notes : "");
  mz_schedule_grid_set_frequency (self->schedule_grid, c->schedule_frequency ? c->schedule_frequency : "annual");

  _mz_commitment_editor_fill_allocations (self, allocations);
  self->loading = FALSE;
}


/* Saving */

static void
save (MzCommitmentEditor *self)
{
  g_autoptr(MzCommitment) c = self->before ? mz_commitment_copy (self->before) : mz_commitment_new ();
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  clear_errors (self);

  if (!_mz_commitment_editor_read_form (self, c, &error))
    {
      show_error (self, error);
      return;
    }
  allocations = _mz_commitment_editor_read_allocations (self, &error);
  if (allocations == NULL)
    {
      show_error (self, error);
      return;
    }

  if (g_strcmp0 (c->schedule_frequency, "irregular") == 0 && mz_commitment_stage_is_signed (c->stage))
    {
      schedule = mz_schedule_grid_read_irregular (self->schedule_grid, &error);
      if (schedule == NULL)
        {
          show_error (self, error);
          return;
        }
    }
  else if (self->before != NULL && self->current != NULL && self->current->len > 0 && _mz_commitment_editor_terms_changed (self, c))
    {
      const GArray *preview = mz_schedule_grid_get_preview (self->schedule_grid);

      if (preview == NULL || !mz_schedule_grid_get_applied (self->schedule_grid))
        {
          _mz_commitment_editor_show_label (self->schedule_error,
                      _("The amount, the period or the frequency changed: look at the re-planned "
                        "schedule and apply it before saving."));
          return;
        }
      schedule = mz_instalment_array_copy (preview);
    }

  if (self->before == NULL)
    ok = mz_commitment_service_create (self->store, c, allocations, NULL, schedule, &error);
  else
    ok = mz_commitment_service_update (self->store, c, allocations, schedule, &error);

  if (!ok)
    {
      show_error (self, error);
      return;
    }

  g_clear_pointer (&self->before, mz_commitment_free);
  self->before = mz_commitment_store_get (self->store, c->id, &error);
  if (self->before == NULL)
    self->before = g_steal_pointer (&c);
  adw_window_title_set_title (self->window_title, self->before->title);
  g_signal_emit (self, signals[SAVED], 0, self->before->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* After a payment, a reversal or a write-off: the stage may have changed. */
void
_mz_commitment_editor_refresh (MzCommitmentEditor *self,
                               const char         *toast)
{
  g_autoptr(GError) error = NULL;
  MzCommitment *fresh = mz_commitment_store_get (self->store, self->before->id, &error);

  if (fresh != NULL)
    {
      g_clear_pointer (&self->before, mz_commitment_free);
      self->before = fresh;
      self->loading = TRUE;
      select_code (self->stage_row, mz_commitment_stages (), 0, fresh->stage);
      self->loading = FALSE;
    }
  _mz_commitment_editor_load_schedule (self);
  _mz_commitment_editor_load_payments (self);
  if (toast != NULL)
    _mz_commitment_editor_toast (self, adw_toast_new (toast));
  g_signal_emit (self, signals[SAVED], 0, self->before->id);
}

void
_mz_commitment_editor_toast (MzCommitmentEditor *self,
                             AdwToast           *toast)
{
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Callbacks */

static void
on_terms_changed_cb (MzCommitmentEditor *self)
{
  _mz_commitment_editor_update_schedule_preview (self);
  _mz_commitment_editor_update_allocation_total (self);
}

static void
on_currency_changed_cb (MzCommitmentEditor *self)
{
  const char *code = _mz_commitment_editor_currency (self);

  mz_money_entry_set_currency (self->ask_entry, code);
  mz_money_entry_set_currency (self->expected_entry, code);
  mz_money_entry_set_currency (self->signed_entry, code);
  _mz_commitment_editor_allocations_set_currency (self, code);
  on_terms_changed_cb (self);
}

static void
on_write_off_cb (MzCommitmentEditor *self)
{
  _mz_commitment_editor_write_off (self);
}

static void
on_stage_changed_cb (MzCommitmentEditor *self)
{
  const char *stage = selected_code (self->stage_row, mz_commitment_stages (), 0);

  if (!self->loading && stage != NULL)
    gtk_spin_button_set_value (self->probability_spin, mz_commitment_stage_probability (stage));
}

static void
on_kind_changed_cb (MzCommitmentEditor *self)
{
  const char *kind = selected_code (self->kind_row, mz_commitment_kinds (), 0);

  /* The justification is asked for where a minimum is set for the kind. */
  if (kind != NULL && mz_commitment_service_get_threshold (self->store, kind) > 0)
    gtk_widget_set_visible (self->threshold_row, TRUE);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (MZ_COMMITMENT_EDITOR (widget));
}

static void
add_allocation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MzCommitmentEditor *self = MZ_COMMITMENT_EDITOR (widget);
  MzAllocationRow *row = _mz_commitment_editor_add_allocation_row (self);

  _mz_commitment_editor_update_allocation_total (self);
  gtk_widget_grab_focus (GTK_WIDGET (row->unit));
}

static void
record_payment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _mz_commitment_editor_record_payment (MZ_COMMITMENT_EDITOR (widget));
}

static void
add_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _mz_commitment_editor_add_report (MZ_COMMITMENT_EDITOR (widget));
}

/* Overrides */

static void
mz_commitment_editor_dispose (GObject *object)
{
  MzCommitmentEditor *self = MZ_COMMITMENT_EDITOR (object);

  if (self->payment_editor != NULL)
    gtk_window_destroy (self->payment_editor);
  g_clear_weak_pointer (&self->payment_editor);
  if (self->report_editor != NULL)
    gtk_window_destroy (self->report_editor);
  g_clear_weak_pointer (&self->report_editor);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), MZ_TYPE_COMMITMENT_EDITOR);
  g_clear_object (&self->store);
  g_clear_pointer (&self->before, mz_commitment_free);
  g_clear_pointer (&self->current, g_array_unref);
  g_clear_object (&self->units);
  g_clear_pointer (&self->initiatives, g_ptr_array_unref);
  g_clear_pointer (&self->allocation_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mz_commitment_editor_parent_class)->dispose (object);
}

static void
mz_commitment_editor_class_init (MzCommitmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_commitment_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_PARTNER_CHOOSER);
  g_type_ensure (MZ_TYPE_MONEY_ENTRY);
  g_type_ensure (MZ_TYPE_DATE_BUTTON);
  g_type_ensure (MZ_TYPE_SCHEDULE_GRID);
  g_type_ensure (MZ_TYPE_CURRENCY_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-commitment-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MzCommitmentEditor, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (banner);
  BIND (scroller);
  BIND (donor_row);
  BIND (donor_chooser);
  BIND (payer_row);
  BIND (payer_chooser);
  BIND (title_row);
  BIND (kind_row);
  BIND (ceb_row);
  BIND (iati_row);
  BIND (stage_row);
  BIND (probability_row);
  BIND (probability_spin);
  BIND (currency_row);
  BIND (currency_picker);
  BIND (ask_row);
  BIND (ask_entry);
  BIND (expected_row);
  BIND (expected_entry);
  BIND (signed_row);
  BIND (signed_entry);
  BIND (signed_date_row);
  BIND (signed_date_button);
  BIND (start_row);
  BIND (start_button);
  BIND (end_row);
  BIND (end_button);
  BIND (psc_row);
  BIND (threshold_row);
  BIND (notes_row);
  BIND (commitment_error);
  BIND (amounts_error);
  BIND (allocation_list);
  BIND (allocation_total);
  BIND (allocations_error);
  BIND (schedule_grid);
  BIND (schedule_error);
  BIND (payments_group);
  BIND (payment_list);
  BIND (payments_error);
  BIND (reports_group);
  BIND (report_list);
  BIND (reports_error);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_terms_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_write_off_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-allocation", NULL, add_allocation_action);
  gtk_widget_class_install_action (widget_class, "editor.record-payment", NULL, record_payment_action);
  gtk_widget_class_install_action (widget_class, "editor.add-report", NULL, add_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_commitment_editor_init (MzCommitmentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->allocation_rows = g_ptr_array_new_with_free_func (g_free);

  fill_combo (self->kind_row, mz_commitment_kinds (), mz_commitment_kind_label, NULL);
  fill_combo (self->ceb_row, mz_commitment_ceb_categories (), mz_commitment_ceb_category_label, _("Not Set"));
  fill_combo (self->stage_row, mz_commitment_stages (), mz_commitment_stage_label, NULL);
  mz_date_button_set_can_clear (self->signed_date_button, TRUE);
  mz_date_button_set_can_clear (self->start_button, TRUE);
  mz_date_button_set_can_clear (self->end_button, TRUE);

  g_signal_connect_swapped (self->currency_picker, "notify::currency", G_CALLBACK (on_currency_changed_cb), self);
  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (on_stage_changed_cb), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb), self);
  g_signal_connect_swapped (self->signed_entry, "notify::amount", G_CALLBACK (on_terms_changed_cb), self);
  g_signal_connect_swapped (self->expected_entry, "notify::amount", G_CALLBACK (on_terms_changed_cb), self);
  g_signal_connect_swapped (self->start_button, "notify::date", G_CALLBACK (on_terms_changed_cb), self);
  g_signal_connect_swapped (self->end_button, "notify::date", G_CALLBACK (on_terms_changed_cb), self);
}

/* Public API */

GtkWindow *
mz_commitment_editor_new (MzStore     *store,
                          const char  *commitment_id,
                          GError     **error)
{
  MzCommitmentEditor *self;
  g_autoptr(GPtrArray) allocations = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  /* GTK owns toplevel windows: destroy it on failure. */
  self = g_object_new (MZ_TYPE_COMMITMENT_EDITOR, NULL);
  self->store = g_object_ref (store);
  mz_partner_chooser_set_store (self->donor_chooser, store);
  mz_partner_chooser_set_store (self->payer_chooser, store);

  self->units = mz_org_unit_list (store, error);
  if (self->units == NULL)
    goto fail;
  self->initiatives = mz_initiative_store_list (store, error);
  if (self->initiatives == NULL)
    goto fail;

  if (commitment_id != NULL)
    {
      self->before = mz_commitment_store_get (store, commitment_id, error);
      if (self->before == NULL)
        goto fail;
      allocations = mz_commitment_store_list_allocations (store, commitment_id, error);
      if (allocations == NULL)
        goto fail;
      fill_form (self, allocations);
      adw_window_title_set_title (self->window_title, self->before->title);
      adw_window_title_set_subtitle (self->window_title, self->before->donor_name);
    }
  else
    {
      self->loading = TRUE;
      mz_currency_picker_set_currency (self->currency_picker, "CHF");
      select_code (self->stage_row, mz_commitment_stages (), 0, "identified");
      gtk_spin_button_set_value (self->probability_spin, mz_commitment_stage_probability ("identified"));
      mz_schedule_grid_set_frequency (self->schedule_grid, "annual");
      self->loading = FALSE;
      adw_window_title_set_title (self->window_title, _("New Commitment"));
    }

  _mz_commitment_editor_load_schedule (self);
  _mz_commitment_editor_load_payments (self);
  _mz_commitment_editor_load_reports (self);
  _mz_commitment_editor_update_schedule_preview (self);
  _mz_commitment_editor_update_allocation_total (self);
  return GTK_WINDOW (self);

fail:
  gtk_window_destroy (GTK_WINDOW (self));
  return NULL;
}

const char *
mz_commitment_editor_get_commitment_id (MzCommitmentEditor *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_EDITOR (self), NULL);
  return self->before ? self->before->id : NULL;
}

/* Private API, for the tests */

gboolean
_mz_commitment_editor_get_allocation (MzCommitmentEditor *self,
                                      guint               index,
                                      GtkDropDown       **unit,
                                      GtkDropDown       **initiative,
                                      GtkEditable       **share,
                                      GtkDropDown       **mode)
{
  MzAllocationRow *row;

  if (index >= self->allocation_rows->len)
    return FALSE;
  row = g_ptr_array_index (self->allocation_rows, index);
  *unit = row->unit;
  *initiative = row->initiative;
  *share = GTK_EDITABLE (row->share);
  *mode = row->mode;
  return TRUE;
}

void
_mz_commitment_editor_select_currency (MzCommitmentEditor *self,
                                       const char         *code)
{
  mz_currency_picker_set_currency (self->currency_picker, code);
}

MzCurrencyPicker *
_mz_commitment_editor_get_currency_picker (MzCommitmentEditor *self)
{
  return self->currency_picker;
}

const char *
_mz_commitment_editor_get_allocation_total (MzCommitmentEditor *self)
{
  return gtk_label_get_label (self->allocation_total);
}

GtkWindow *
_mz_commitment_editor_get_payment_editor (MzCommitmentEditor *self)
{
  return self->payment_editor;
}

GtkWindow *
_mz_commitment_editor_get_report_editor (MzCommitmentEditor *self)
{
  return self->report_editor;
}

GtkWindow *
_mz_commitment_editor_get_dialog (MzCommitmentEditor *self)
{
  return self->dialog;
}

GtkListBox *
_mz_commitment_editor_get_payment_list (MzCommitmentEditor *self)
{
  return self->payment_list;
}

GtkListBox *
_mz_commitment_editor_get_report_list (MzCommitmentEditor *self)
{
  return self->report_list;
}

AdwToast *
_mz_commitment_editor_get_toast (MzCommitmentEditor *self)
{
  return self->toast;
}

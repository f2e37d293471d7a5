/* mz-commitment-editor.c — the window that creates or edits a commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form is read into an MzCommitment and a list of MzAllocation and
 * handed to app/mz-commitment-service, which checks everything and saves
 * it in one transaction or not at all. Its errors name the field: the
 * editor shows each under the group of its field and marks the row.
 */
#define G_LOG_DOMAIN "mz-commitment-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-currency.h"
#include "mz-date-button.h"
#include "mz-initiative-store.h"
#include "mz-instalment-store.h"
#include "mz-labels.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-partner-chooser.h"
#include "mz-payment-editor.h"
#include "mz-payment-store.h"
#include "mz-schedule-grid.h"
#include "mz-schedule.h"
#include "mz-validate.h"

struct _MzCommitmentEditor
{
  AdwWindow            parent_instance;

  MzStore             *store;
  MzCommitment        *before;        /* the saved row, NULL for a new one */
  GArray              *current;       /* its instalments */
  GListModel          *units;         /* MzOrgUnit */
  GPtrArray           *initiatives;   /* MzInitiative */
  GPtrArray           *allocation_rows;
  GtkWindow           *payment_editor;
  gboolean             loading;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkLabel            *banner;
  GtkScrolledWindow   *scroller;
  GtkWidget           *donor_row;
  MzPartnerChooser    *donor_chooser;
  GtkWidget           *payer_row;
  MzPartnerChooser    *payer_chooser;
  GtkWidget           *title_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *ceb_row;
  GtkWidget           *iati_row;
  AdwComboRow         *stage_row;
  GtkWidget           *probability_row;
  GtkSpinButton       *probability_spin;
  AdwComboRow         *currency_row;
  GtkWidget           *ask_row;
  MzMoneyEntry        *ask_entry;
  GtkWidget           *expected_row;
  MzMoneyEntry        *expected_entry;
  GtkWidget           *signed_row;
  MzMoneyEntry        *signed_entry;
  GtkWidget           *signed_date_row;
  MzDateButton        *signed_date_button;
  GtkWidget           *start_row;
  MzDateButton        *start_button;
  GtkWidget           *end_row;
  MzDateButton        *end_button;
  GtkWidget           *psc_row;
  GtkWidget           *threshold_row;
  GtkWidget           *notes_row;
  GtkLabel            *commitment_error;
  GtkLabel            *amounts_error;
  GtkListBox          *allocation_list;
  GtkLabel            *allocation_total;
  GtkLabel            *allocations_error;
  MzScheduleGrid      *schedule_grid;
  GtkLabel            *schedule_error;
  GtkWidget           *payments_group;
  GtkListBox          *payment_list;
};

G_DEFINE_FINAL_TYPE (MzCommitmentEditor, mz_commitment_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GtkWidget   *row;
  GtkDropDown *unit;
  GtkDropDown *initiative;
  GtkWidget   *share;
  GtkDropDown *mode;       /* 0: per cent, 1: amount */
} AllocationRow;

static void update_allocation_total (MzCommitmentEditor *self);
static void update_schedule_preview (MzCommitmentEditor *self);

/* Helpers */

static const char *
today (void)
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

static const char *
currency (MzCommitmentEditor *self)
{
  const char *code = selected_code (self->currency_row, mz_currency_list (), 0);

  return code ? code : "CHF";
}

static char *
entry_text (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* "60", "60 %", "12.5", "12,5 %" → basis points; FALSE for anything else
 * (more than two decimals, signs, other text). */
static gboolean
parse_percent_bp (const char *text,
                  int        *bp)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  gint64 whole = 0, frac = 0;
  int n_frac = -1;
  gsize len = strlen (copy);

  if (len > 0 && copy[len - 1] == '%')
    {
      copy[--len] = '\0';
      g_strchomp (copy);
    }
  if (*copy == '\0')
    return FALSE;

  for (const char *p = copy; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (n_frac < 0)
            {
              whole = whole * 10 + (*p - '0');
              if (whole > 100000)
                return FALSE;
            }
          else if (++n_frac > 2)
            return FALSE;
          else
            frac = frac * 10 + (*p - '0');
        }
      else if ((*p == '.' || *p == ',') && n_frac < 0)
        n_frac = 0;
      else
        return FALSE;
    }

  if (n_frac == 1)
    frac *= 10;
  *bp = (int) (whole * 100 + frac);
  return TRUE;
}

static char *
format_percent_bp (int bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%d", bp / 100);
  return g_strdup_printf ("%d.%02d", bp / 100, bp % 100);
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
    self->banner,
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

static void
show_label (GtkLabel   *label,
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
      show_label (self->schedule_error, error->message);
      return;
    }
  if (g_strcmp0 (field, "allocations") == 0)
    {
      show_label (self->allocations_error, error->message);
      return;
    }

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (places); i++)
    if (g_str_equal (places[i].field, field))
      {
        GtkWidget *row = MEMBER (self, places[i].row_offset);

        if (row == self->threshold_row)
          gtk_widget_set_visible (row, TRUE);
        mark_row (row, TRUE);
        show_label (GTK_LABEL (MEMBER (self, places[i].label_offset)), error->message);
        gtk_widget_grab_focus (row);
        return;
      }

  show_label (self->banner, error->message);
}

/* Allocations */

static GtkDropDown *
dropdown_new (const char *first,
              GPtrArray  *labels,
              const char *accessible_label)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkDropDown *dropdown;

  gtk_string_list_append (strings, first);
  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (strings, g_ptr_array_index (labels, i));
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (dropdown), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return dropdown;
}

static void
on_allocation_changed_cb (MzCommitmentEditor *self)
{
  update_allocation_total (self);
}

static void
on_remove_allocation_cb (GtkButton          *button,
                         MzCommitmentEditor *self)
{
  AllocationRow *row = g_object_get_data (G_OBJECT (button), "mz-allocation");

  gtk_list_box_remove (self->allocation_list, row->row);
  g_ptr_array_remove (self->allocation_rows, row);
  update_allocation_total (self);
}

static AllocationRow *
add_allocation_row (MzCommitmentEditor *self)
{
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) initiative_labels = g_ptr_array_new ();
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  AllocationRow *row = g_new0 (AllocationRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (self->units, i);

      g_ptr_array_add (unit_labels, g_strdup (mz_labels_unit_name (mz_org_unit_get_code (unit))));
    }
  for (guint i = 0; i < self->initiatives->len; i++)
    g_ptr_array_add (initiative_labels, ((MzInitiative *) g_ptr_array_index (self->initiatives, i))->name);

  row->unit = dropdown_new (_("No Unit"), unit_labels, _("Unit"));
  row->initiative = dropdown_new (_("No Initiative"), initiative_labels, _("Initiative"));
  gtk_drop_down_set_enable_search (row->initiative, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (row->unit), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (row->initiative), TRUE);
  row->share = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (row->share), 10);
  gtk_entry_set_alignment (GTK_ENTRY (row->share), 1.0);
  gtk_widget_set_valign (row->share, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->share, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->share), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Share"), -1);
  gtk_string_list_append (modes, "%");
  gtk_string_list_append (modes, currency (self));
  row->mode = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (modes)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (row->mode), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->mode), _("Percentage or amount"));
  gtk_widget_set_tooltip_text (remove, _("Remove Allocation"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->unit));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->initiative));
  gtk_box_append (GTK_BOX (box), row->share);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->mode));
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  row->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);
  gtk_list_box_append (self->allocation_list, row->row);

  g_object_set_data (G_OBJECT (remove), "mz-allocation", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_allocation_cb), self);
  g_signal_connect_swapped (row->share, "changed", G_CALLBACK (on_allocation_changed_cb), self);
  g_signal_connect_swapped (row->mode, "notify::selected", G_CALLBACK (on_allocation_changed_cb), self);
  g_signal_connect_swapped (row->unit, "notify::selected", G_CALLBACK (on_allocation_changed_cb), self);
  g_signal_connect_swapped (row->initiative, "notify::selected", G_CALLBACK (on_allocation_changed_cb), self);

  g_ptr_array_add (self->allocation_rows, row);
  return row;
}

static guint
unit_index (MzCommitmentEditor *self,
            const char         *unit_id)
{
  for (guint i = 0; unit_id != NULL && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (self->units, i);

      if (g_strcmp0 (mz_org_unit_get_id (unit), unit_id) == 0)
        return i + 1;
    }
  return 0;
}

static guint
initiative_index (MzCommitmentEditor *self,
                  const char         *initiative_id)
{
  for (guint i = 0; initiative_id != NULL && i < self->initiatives->len; i++)
    if (g_strcmp0 (((MzInitiative *) g_ptr_array_index (self->initiatives, i))->id, initiative_id) == 0)
      return i + 1;
  return 0;
}

/* The allocations as typed; NULL with an error naming the line. */
static GPtrArray *
read_allocations (MzCommitmentEditor  *self,
                  GError             **error)
{
  g_autoptr(GPtrArray) allocations = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);

  for (guint i = 0; i < self->allocation_rows->len; i++)
    {
      AllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
      guint u = gtk_drop_down_get_selected (row->unit);
      guint n = gtk_drop_down_get_selected (row->initiative);
      const char *unit_id = NULL, *initiative_id = NULL;
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row->share));
      g_autoptr(MzOrgUnit) unit = NULL;

      if (u != GTK_INVALID_LIST_POSITION && u > 0)
        {
          unit = g_list_model_get_item (self->units, u - 1);
          unit_id = mz_org_unit_get_id (unit);
        }
      if (n != GTK_INVALID_LIST_POSITION && n > 0)
        initiative_id = ((MzInitiative *) g_ptr_array_index (self->initiatives, n - 1))->id;

      if (gtk_drop_down_get_selected (row->mode) == 1)
        {
          g_autoptr(GError) local_error = NULL;
          gint64 amount;

          if (!mz_money_parse (text, currency (self), NULL, &amount, &local_error))
            {
              /* Translators: %u is the line of an allocation, %s why its amount is wrong */
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "allocations", _("Allocations"),
                                       _("line %u: %s"), i + 1, local_error->message);
              return NULL;
            }
          g_ptr_array_add (allocations, mz_allocation_new_amount (unit_id, initiative_id, amount));
        }
      else
        {
          int bp;

          if (!parse_percent_bp (text, &bp))
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "allocations", _("Allocations"),
                                       _("line %u: “%s” is not a percentage such as 60 or 12.5."),
                                       i + 1, text);
              return NULL;
            }
          g_ptr_array_add (allocations, mz_allocation_new_percent (unit_id, initiative_id, bp));
        }
    }

  return g_steal_pointer (&allocations);
}

static void
update_allocation_total (MzCommitmentEditor *self)
{
  gint64 percent = 0, amount = 0;
  guint n_percent = 0, n_amount = 0;
  gboolean readable = TRUE;
  g_autofree char *text = NULL;
  gboolean good = FALSE;
  gint64 base = mz_money_entry_get_amount (self->signed_entry);

  if (base == G_MININT64)
    base = mz_money_entry_get_amount (self->expected_entry);
  if (base == G_MININT64)
    base = mz_money_entry_get_amount (self->ask_entry);

  for (guint i = 0; i < self->allocation_rows->len; i++)
    {
      AllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
      const char *share = gtk_editable_get_text (GTK_EDITABLE (row->share));
      gint64 value;
      int bp;

      if (gtk_drop_down_get_selected (row->mode) == 1)
        {
          if (mz_money_parse (share, currency (self), NULL, &value, NULL))
            amount += value, n_amount++;
          else
            readable = FALSE;
        }
      else if (parse_percent_bp (share, &bp))
        percent += bp, n_percent++;
      else
        readable = FALSE;
    }

  if (self->allocation_rows->len == 0)
    text = g_strdup (_("Not allocated"));
  else if (!readable)
    text = g_strdup (_("A share is not a number yet"));
  else if (n_amount > 0 && n_percent > 0)
    text = g_strdup (_("Use either percentages or amounts, not both"));
  else if (n_percent > 0)
    {
      g_autofree char *sum = format_percent_bp ((int) MIN (percent, G_MAXINT));

      good = percent == 10000;
      /* Translators: the allocations' shares add up to %s per cent */
      text = good ? g_strdup (_("Adds up to 100 %")) : g_strdup_printf (_("Adds up to %s %%, not 100 %%"), sum);
    }
  else
    {
      g_autofree char *sum = mz_money_entry_format (amount, currency (self));
      g_autofree char *total = base != G_MININT64 ? mz_money_entry_format (base, currency (self)) : NULL;

      good = base != G_MININT64 && amount == base;
      text = total == NULL ? g_strdup_printf (_("Adds up to %s"), sum)
             : good ? g_strdup_printf (_("Adds up to %s, the whole amount"), sum)
             /* Translators: allocations by amount: their sum, and the commitment's amount */
             : g_strdup_printf (_("Adds up to %s of %s"), sum, total);
    }

  gtk_label_set_label (self->allocation_total, text);
  if (good)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->allocation_total), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_total), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_total), "success");
      gtk_widget_set_visible (GTK_WIDGET (self->allocation_total), TRUE);
      if (self->allocation_rows->len > 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->allocation_total), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_total), "warning");
    }
}

/* Reading the form */

/* @c with what the form says; FALSE with an error naming the field when
 * an amount or percentage cannot be read. */
static gboolean
read_form (MzCommitmentEditor  *self,
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
  mz_commitment_set_string (&c->currency, currency (self));

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
  if (psc != NULL && !parse_percent_bp (psc, &c->psc_rate_bp))
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

/* Schedule */

static gboolean
terms_changed (MzCommitmentEditor *self,
               const MzCommitment *c)
{
  const MzCommitment *b = self->before;

  return b == NULL || b->signed_amount != c->signed_amount ||
         g_strcmp0 (b->start_date, c->start_date) != 0 ||
         g_strcmp0 (b->end_date, c->end_date) != 0 ||
         g_strcmp0 (b->schedule_frequency, c->schedule_frequency) != 0;
}

static void
update_schedule_preview (MzCommitmentEditor *self)
{
  g_autoptr(MzCommitment) c = self->before ? mz_commitment_copy (self->before) : mz_commitment_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) preview = NULL;
  const char *frequency;

  if (self->loading)
    return;

  mz_schedule_grid_set_currency (self->schedule_grid, currency (self));
  if (!read_form (self, c, NULL))
    return;

  frequency = c->schedule_frequency;
  if (g_strcmp0 (frequency, "irregular") == 0)
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE,
                                    _("Enter the instalments by hand; they must add up to the signed amount."));
      return;
    }

  if (c->signed_amount == MZ_AMOUNT_NONE || c->start_date == NULL || c->end_date == NULL)
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE,
                                    self->current != NULL && self->current->len > 0 ? NULL
                                    : _("The instalments are planned from the signed amount, the period and "
                                        "the frequency."));
      return;
    }

  if (self->before == NULL || self->current == NULL || self->current->len == 0)
    {
      g_autofree char *message = NULL;

      preview = mz_schedule_generate (c->start_date, c->end_date, mz_frequency_from_string (frequency),
                                      c->signed_amount, &error);
      if (preview == NULL)
        {
          mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, error->message);
          return;
        }
      message = g_strdup_printf (ngettext ("%u instalment, saved with the commitment once it is signed.",
                                           "%u instalments, saved with the commitment once it is signed.",
                                           preview->len), preview->len);
      mz_schedule_grid_set_preview (self->schedule_grid, preview, FALSE, message);
      return;
    }

  if (!terms_changed (self, c))
    {
      mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, NULL);
      return;
    }

  preview = mz_commitment_service_preview_schedule (self->store, c, &error);
  if (preview == NULL)
    mz_schedule_grid_set_preview (self->schedule_grid, NULL, FALSE, error->message);
  else
    mz_schedule_grid_set_preview (self->schedule_grid, preview, TRUE, NULL);
}

/* Loading */

static void
load_payments (MzCommitmentEditor *self)
{
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->payment_list))) != NULL)
    gtk_list_box_remove (self->payment_list, child);

  gtk_widget_set_visible (self->payments_group, self->before != NULL);
  if (self->before == NULL)
    return;

  payments = mz_payment_store_list (self->store, self->before->id, &error);
  if (payments == NULL)
    {
      g_warning ("Cannot read the payments: %s", error->message);
      return;
    }

  for (guint i = 0; i < payments->len; i++)
    {
      MzPayment *payment = g_ptr_array_index (payments, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *amount = mz_money_entry_format (payment->amount, payment->currency);
      g_autofree char *chf = mz_money_entry_format (payment->amount_chf, "CHF");
      /* Translators: a payment: its amount and currency, then the reference */
      g_autofree char *title = g_strdup_printf ("%s %s", amount, payment->currency);
      /* Translators: a payment's date and its value in Swiss francs */
      g_autofree char *subtitle = g_strdup_printf (_("%s · CHF %s"), payment->date, chf);
      GtkWidget *reference = gtk_label_new (payment->reference ? payment->reference : "");

      gtk_widget_add_css_class (reference, "dim-label");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reference);
      gtk_list_box_append (self->payment_list, row);
    }

  if (payments->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No payments received yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->payment_list, row);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.record-payment",
                                 mz_commitment_stage_is_signed (self->before->stage) &&
                                 self->current != NULL && self->current->len > 0);
}

static void
load_schedule (MzCommitmentEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean outstanding = FALSE;

  g_clear_pointer (&self->current, g_array_unref);
  if (self->before != NULL)
    {
      self->current = mz_instalment_store_list (self->store, self->before->id, &error);
      if (self->current == NULL)
        g_warning ("Cannot read the instalments: %s", error->message);
    }

  for (guint i = 0; self->current != NULL && i < self->current->len; i++)
    outstanding |= mz_schedule_outstanding (&g_array_index (self->current, MzInstalment, i)) > 0;

  mz_schedule_grid_set_currency (self->schedule_grid, currency (self));
  mz_schedule_grid_set_current (self->schedule_grid, self->current, today ());
  mz_schedule_grid_set_can_write_off (self->schedule_grid, outstanding);
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
  select_code (self->currency_row, mz_currency_list (), 0, c->currency);
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
      g_autofree char *psc = format_percent_bp (c->psc_rate_bp);

      gtk_editable_set_text (GTK_EDITABLE (self->psc_row), psc);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->threshold_row),
                         c->threshold_justification ? c->threshold_justification : "");
  gtk_widget_set_visible (self->threshold_row, c->threshold_justification != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), c->notes ? c->notes : "");
  mz_schedule_grid_set_frequency (self->schedule_grid, c->schedule_frequency ? c->schedule_frequency : "annual");

  for (guint i = 0; allocations != NULL && i < allocations->len; i++)
    {
      MzAllocation *a = g_ptr_array_index (allocations, i);
      AllocationRow *row = add_allocation_row (self);

      gtk_drop_down_set_selected (row->unit, unit_index (self, a->unit_id));
      gtk_drop_down_set_selected (row->initiative, initiative_index (self, a->initiative_id));
      if (a->percent_bp >= 0)
        {
          g_autofree char *text = format_percent_bp (a->percent_bp);

          gtk_editable_set_text (GTK_EDITABLE (row->share), text);
        }
      else
        {
          g_autofree char *text = mz_money_entry_format (a->amount, c->currency);

          gtk_drop_down_set_selected (row->mode, 1);
          gtk_editable_set_text (GTK_EDITABLE (row->share), text);
        }
    }
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

  if (!read_form (self, c, &error))
    {
      show_error (self, error);
      return;
    }
  allocations = read_allocations (self, &error);
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
  else if (self->before != NULL && self->current != NULL && self->current->len > 0 && terms_changed (self, c))
    {
      const GArray *preview = mz_schedule_grid_get_preview (self->schedule_grid);

      if (preview == NULL || !mz_schedule_grid_get_applied (self->schedule_grid))
        {
          show_label (self->schedule_error,
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

/* Callbacks */

static void
on_terms_changed_cb (MzCommitmentEditor *self)
{
  update_schedule_preview (self);
  update_allocation_total (self);
}

static void
on_currency_changed_cb (MzCommitmentEditor *self)
{
  const char *code = currency (self);

  mz_money_entry_set_currency (self->ask_entry, code);
  mz_money_entry_set_currency (self->expected_entry, code);
  mz_money_entry_set_currency (self->signed_entry, code);
  for (guint i = 0; i < self->allocation_rows->len; i++)
    {
      AllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
      GtkStringList *modes = GTK_STRING_LIST (gtk_drop_down_get_model (row->mode));
      const char * const additions[] = { code, NULL };

      gtk_string_list_splice (modes, 1, 1, additions);
    }
  on_terms_changed_cb (self);
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

static void
on_payment_saved_cb (GtkWindow          *editor,
                     const char         *payment_id,
                     MzCommitmentEditor *self)
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
  load_schedule (self);
  load_payments (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Payment recorded")));
  g_signal_emit (self, signals[SAVED], 0, self->before->id);
}

static void
on_write_off_response_cb (AdwMessageDialog   *dialog,
                          const char         *response,
                          MzCommitmentEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "write-off"))
    return;

  if (!mz_commitment_service_write_off (self->store, self->before->id, NULL, &error))
    {
      show_label (self->schedule_error, error->message);
      return;
    }
  load_schedule (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Balance written off")));
  g_signal_emit (self, signals[SAVED], 0, self->before->id);
}

static void
on_write_off_cb (MzCommitmentEditor *self)
{
  GtkWidget *dialog;
  gint64 outstanding = 0;
  g_autofree char *amount = NULL;

  if (self->before == NULL || self->current == NULL)
    return;

  for (guint i = 0; i < self->current->len; i++)
    outstanding += mz_schedule_outstanding (&g_array_index (self->current, MzInstalment, i));
  amount = mz_money_entry_format (outstanding, self->before->currency);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Write Off the Unpaid Balance?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s %s is an amount and its currency */
                                  _("%s %s still due will be given up. The instalments stay in the "
                                    "schedule, marked written off, and the commitment completes."),
                                  amount, self->before->currency);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "write-off", _("_Write Off"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "write-off",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_write_off_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  AllocationRow *row = add_allocation_row (self);

  update_allocation_total (self);
  gtk_widget_grab_focus (GTK_WIDGET (row->unit));
}

static void
record_payment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MzCommitmentEditor *self = MZ_COMMITMENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  if (self->before == NULL)
    return;
  if (self->payment_editor != NULL)
    {
      gtk_window_present (self->payment_editor);
      return;
    }

  editor = mz_payment_editor_new (self->store, self->before->id, &error);
  if (editor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_payment_saved_cb), self, 0);
  g_set_weak_pointer (&self->payment_editor, editor);
  gtk_window_present (editor);
}

/* Overrides */

static void
mz_commitment_editor_dispose (GObject *object)
{
  MzCommitmentEditor *self = MZ_COMMITMENT_EDITOR (object);

  if (self->payment_editor != NULL)
    gtk_window_destroy (self->payment_editor);
  g_clear_weak_pointer (&self->payment_editor);
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
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_terms_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_write_off_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-allocation", NULL, add_allocation_action);
  gtk_widget_class_install_action (widget_class, "editor.record-payment", NULL, record_payment_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_commitment_editor_init (MzCommitmentEditor *self)
{
  g_autoptr(GtkStringList) currencies = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->allocation_rows = g_ptr_array_new_with_free_func (g_free);

  fill_combo (self->kind_row, mz_commitment_kinds (), mz_commitment_kind_label, NULL);
  fill_combo (self->ceb_row, mz_commitment_ceb_categories (), mz_commitment_ceb_category_label, _("Not Set"));
  fill_combo (self->stage_row, mz_commitment_stages (), mz_commitment_stage_label, NULL);
  for (const char * const *codes = mz_currency_list (); *codes; codes++)
    {
      g_autofree char *label = mz_currency_dup_label (*codes);

      gtk_string_list_append (currencies, label ? label : *codes);
    }
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currencies));
  mz_date_button_set_can_clear (self->signed_date_button, TRUE);
  mz_date_button_set_can_clear (self->start_button, TRUE);
  mz_date_button_set_can_clear (self->end_button, TRUE);

  g_signal_connect_swapped (self->currency_row, "notify::selected", G_CALLBACK (on_currency_changed_cb), self);
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
      select_code (self->currency_row, mz_currency_list (), 0, "CHF");
      select_code (self->stage_row, mz_commitment_stages (), 0, "identified");
      gtk_spin_button_set_value (self->probability_spin, mz_commitment_stage_probability ("identified"));
      mz_schedule_grid_set_frequency (self->schedule_grid, "annual");
      self->loading = FALSE;
      adw_window_title_set_title (self->window_title, _("New Commitment"));
    }

  load_schedule (self);
  load_payments (self);
  update_schedule_preview (self);
  update_allocation_total (self);
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
  AllocationRow *row;

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
  select_code (self->currency_row, mz_currency_list (), 0, code);
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

/* mz-commitment-editor-allocations.c — the allocation lines of the
 * commitment editor: unit, initiative, share by percentage or amount, and
 * the indicator of what they add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-commitment-editor-private.h"
#include "mz-initiative-store.h"
#include "mz-labels.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-validate.h"

/* "60", "60 %", "12.5", "12,5 %" → basis points; FALSE for anything else
 * (more than two decimals, signs, other text). */
gboolean
_mz_parse_percent_bp (const char *text,
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

char *
_mz_format_percent_bp (int bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%d", bp / 100);
  return g_strdup_printf ("%d.%02d", bp / 100, bp % 100);
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
  _mz_commitment_editor_update_allocation_total (self);
}

static void
on_remove_allocation_cb (GtkButton          *button,
                         MzCommitmentEditor *self)
{
  MzAllocationRow *row = g_object_get_data (G_OBJECT (button), "mz-allocation");

  gtk_list_box_remove (self->allocation_list, row->row);
  g_ptr_array_remove (self->allocation_rows, row);
  _mz_commitment_editor_update_allocation_total (self);
}

MzAllocationRow *
_mz_commitment_editor_add_allocation_row (MzCommitmentEditor *self)
{
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) initiative_labels = g_ptr_array_new ();
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  MzAllocationRow *row = g_new0 (MzAllocationRow, 1);
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
  gtk_string_list_append (modes, _mz_commitment_editor_currency (self));
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
GPtrArray *
_mz_commitment_editor_read_allocations (MzCommitmentEditor  *self,
                  GError             **error)
{
  g_autoptr(GPtrArray) allocations = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_allocation_free);

  for (guint i = 0; i < self->allocation_rows->len; i++)
    {
      MzAllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
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

          if (!mz_money_parse (text, _mz_commitment_editor_currency (self), NULL, &amount, &local_error))
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

          if (!_mz_parse_percent_bp (text, &bp))
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

void
_mz_commitment_editor_update_allocation_total (MzCommitmentEditor *self)
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
      MzAllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
      const char *share = gtk_editable_get_text (GTK_EDITABLE (row->share));
      gint64 value;
      int bp;

      if (gtk_drop_down_get_selected (row->mode) == 1)
        {
          if (mz_money_parse (share, _mz_commitment_editor_currency (self), NULL, &value, NULL))
            amount += value, n_amount++;
          else
            readable = FALSE;
        }
      else if (_mz_parse_percent_bp (share, &bp))
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
      g_autofree char *sum = _mz_format_percent_bp ((int) MIN (percent, G_MAXINT));

      good = percent == 10000;
      /* Translators: the allocations' shares add up to %s per cent */
      text = good ? g_strdup (_("Adds up to 100 %")) : g_strdup_printf (_("Adds up to %s %%, not 100 %%"), sum);
    }
  else
    {
      g_autofree char *sum = mz_money_entry_format (amount, _mz_commitment_editor_currency (self));
      g_autofree char *total = base != G_MININT64 ? mz_money_entry_format (base, _mz_commitment_editor_currency (self)) : NULL;

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

void
_mz_commitment_editor_fill_allocations (MzCommitmentEditor *self,
                                        GPtrArray          *allocations)
{
  for (guint i = 0; allocations != NULL && i < allocations->len; i++)
    {
      MzAllocation *a = g_ptr_array_index (allocations, i);
      MzAllocationRow *row = _mz_commitment_editor_add_allocation_row (self);

      gtk_drop_down_set_selected (row->unit, unit_index (self, a->unit_id));
      gtk_drop_down_set_selected (row->initiative, initiative_index (self, a->initiative_id));
      if (a->percent_bp >= 0)
        {
          g_autofree char *text = _mz_format_percent_bp (a->percent_bp);

          gtk_editable_set_text (GTK_EDITABLE (row->share), text);
        }
      else
        {
          g_autofree char *text = mz_money_entry_format (a->amount, _mz_commitment_editor_currency (self));

          gtk_drop_down_set_selected (row->mode, 1);
          gtk_editable_set_text (GTK_EDITABLE (row->share), text);
        }
    }
}

/* The "amount" choice of each line names the commitment's currency. */
void
_mz_commitment_editor_allocations_set_currency (MzCommitmentEditor *self,
                                                const char         *code)
{
  for (guint i = 0; i < self->allocation_rows->len; i++)
    {
      MzAllocationRow *row = g_ptr_array_index (self->allocation_rows, i);
      GtkStringList *modes = GTK_STRING_LIST (gtk_drop_down_get_model (row->mode));
      const char * const additions[] = { code, NULL };

      gtk_string_list_splice (modes, 1, 1, additions);
    }
}

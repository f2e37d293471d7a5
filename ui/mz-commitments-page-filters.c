/* mz-commitments-page-filters.c — the filters of the Commitments section:
 * stage, kind, unit, initiative, year and currency, over the rows in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-commitments-page-private.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-currency.h"
#include "mz-initiative-store.h"
#include "mz-labels.h"
#include "mz-org-unit.h"

static GtkStringList *
string_list_new (const char *first)
{
  const char * const strings[] = { first, NULL };

  return gtk_string_list_new (strings);
}

static void
set_dropdown_strings (GtkDropDown   *dropdown,
                      GtkStringList *strings)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  g_object_unref (strings);
}

/* The code chosen in a filter, or NULL for "all". */
static const char *
chosen (GtkDropDown        *dropdown,
        const char * const *codes,
        GPtrArray          *array)
{
  guint index = gtk_drop_down_get_selected (dropdown);

  if (index == 0 || index == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (codes != NULL)
    return codes[index - 1];
  return array != NULL && index - 1 < array->len ? g_ptr_array_index (array, index - 1) : NULL;
}

gboolean
_mz_commitments_page_filters_active (MzCommitmentsPage *self)
{
  GtkDropDown *filters[] = {
    self->stage_filter, self->kind_filter, self->unit_filter,
    self->initiative_filter, self->year_filter, self->currency_filter,
  };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      guint index = gtk_drop_down_get_selected (filters[i]);

      if (index != 0 && index != GTK_INVALID_LIST_POSITION)
        return TRUE;
    }
  return FALSE;
}

static gboolean
strv_has (char       **strv,
          const char  *value)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, value);
}

gboolean
_mz_commitments_page_filter_func (gpointer item,
             gpointer user_data)
{
  MzCommitmentsPage *self = user_data;
  MzCommitmentRow *row = item;
  const MzCommitmentListRow *data = mz_commitment_row_get_data (row);

  return (self->want_stage == NULL || g_strcmp0 (data->stage, self->want_stage) == 0) &&
         (self->want_kind == NULL || g_strcmp0 (data->kind, self->want_kind) == 0) &&
         (self->want_unit == NULL || strv_has (data->unit_ids, self->want_unit)) &&
         (self->want_initiative == NULL || strv_has (data->initiative_ids, self->want_initiative)) &&
         (self->want_year == 0 || mz_commitment_row_touches_year (row, self->want_year)) &&
         (self->want_currency == NULL || g_strcmp0 (data->currency, self->want_currency) == 0) &&
         mz_commitment_row_matches (row, _mz_commitments_page_get_search_key (self));
}

/* Reads the filters' choices and filters again; with none, the rows pass
 * straight through (50,000 of them need not be looked at). */
void
_mz_commitments_page_refilter (MzCommitmentsPage *self)
{
  const char *year = chosen (self->year_filter, NULL, self->years);
  gboolean searching = _mz_commitments_page_get_search_key (self) != NULL;

  self->want_stage = chosen (self->stage_filter, mz_commitment_stages (), NULL);
  self->want_kind = chosen (self->kind_filter, mz_commitment_kinds (), NULL);
  self->want_unit = chosen (self->unit_filter, NULL, self->unit_ids);
  self->want_initiative = chosen (self->initiative_filter, NULL, self->initiative_ids);
  self->want_year = year ? atoi (year) : 0;
  self->want_currency = chosen (self->currency_filter, NULL, self->currencies);

  if (!_mz_commitments_page_filters_active (self) && !searching)
    {
      gtk_filter_list_model_set_filter (self->filter_model, NULL);
      return;
    }
  if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Replaces the items of a dynamic filter, keeping the choice when it is
 * still there. */
static void
update_filter (MzCommitmentsPage  *self,
               GtkDropDown        *dropdown,
               GPtrArray         **codes,
               GPtrArray          *new_codes,
               GPtrArray          *new_labels,
               const char         *all_label)
{
  g_autofree char *previous = g_strdup (chosen (dropdown, NULL, *codes));
  GtkStringList *strings = string_list_new (all_label);
  guint selected = 0;

  for (guint i = 0; i < new_labels->len; i++)
    {
      gtk_string_list_append (strings, g_ptr_array_index (new_labels, i));
      if (g_strcmp0 (previous, g_ptr_array_index (new_codes, i)) == 0)
        selected = i + 1;
    }

  g_clear_pointer (codes, g_ptr_array_unref);
  *codes = g_ptr_array_ref (new_codes);

  self->updating_filters = TRUE;
  set_dropdown_strings (dropdown, strings);
  gtk_drop_down_set_selected (dropdown, selected);
  self->updating_filters = FALSE;
}

static int
compare_years_desc (gconstpointer a,
                    gconstpointer b)
{
  return -strcmp (*(const char **) a, *(const char **) b);
}

/* Currency codes in alphabetical order (qsort gives pointers to them). */
static int
compare_codes (const void *a,
               const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

void
_mz_commitments_page_update_dynamic_filters (MzCommitmentsPage *self,
                        MzCommitmentsPageLoad              *load)
{
  g_autoptr(GPtrArray) unit_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) initiative_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) initiative_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) currencies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) currency_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen_years = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) seen_currencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int first_year = G_MAXINT, last_year = 0;

  for (guint i = 0; load->units && i < g_list_model_get_n_items (load->units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (load->units, i);

      g_ptr_array_add (unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      g_ptr_array_add (unit_labels, g_strdup (mz_labels_unit_name (mz_org_unit_get_code (unit))));
    }

  for (guint i = 0; load->initiatives && i < load->initiatives->len; i++)
    {
      MzInitiative *initiative = g_ptr_array_index (load->initiatives, i);

      g_ptr_array_add (initiative_ids, g_strdup (initiative->id));
      g_ptr_array_add (initiative_labels, g_strdup (initiative->name));
    }

  for (guint i = 0; i < load->rows->len; i++)
    {
      MzCommitmentRow *row = g_ptr_array_index (load->rows, i);
      const char *currency = mz_commitment_row_get_data (row)->currency;
      int a, b;

      mz_commitment_row_get_years (row, &a, &b);
      if (a > 0)
        {
          first_year = MIN (first_year, a);
          last_year = MAX (last_year, b);
        }
      if (!g_hash_table_contains (seen_currencies, currency))
        g_hash_table_add (seen_currencies, g_strdup (currency));
    }

  for (int y = last_year; y >= first_year && y > 0; y--)
    g_ptr_array_add (years, g_strdup_printf ("%d", y));
  g_ptr_array_sort (years, compare_years_desc);

  {
    g_autofree gpointer *keys = g_hash_table_get_keys_as_array (seen_currencies, NULL);
    guint n = g_hash_table_size (seen_currencies);

    qsort (keys, n, sizeof (gpointer), compare_codes);
    for (guint i = 0; i < n; i++)
      {
        g_ptr_array_add (currencies, g_strdup (keys[i]));
        g_ptr_array_add (currency_labels, mz_currency_dup_label (keys[i]) ?: g_strdup (keys[i]));
      }
  }

  update_filter (self, self->unit_filter, &self->unit_ids, unit_ids, unit_labels, _("All Units"));
  update_filter (self, self->initiative_filter, &self->initiative_ids, initiative_ids,
                 initiative_labels, _("All Initiatives"));
  update_filter (self, self->year_filter, &self->years, years, years, _("All Years"));
  update_filter (self, self->currency_filter, &self->currencies, currencies, currency_labels,
                 _("All Currencies"));
}


void
_mz_commitments_page_setup_static_filters (MzCommitmentsPage *self)
{
  GtkStringList *strings;
  const char * const *codes;

  strings = string_list_new (_("All Stages"));
  for (codes = mz_commitment_stages (); *codes; codes++)
    gtk_string_list_append (strings, mz_commitment_stage_label (*codes));
  set_dropdown_strings (self->stage_filter, strings);

  strings = string_list_new (_("All Kinds"));
  for (codes = mz_commitment_kinds (); *codes; codes++)
    gtk_string_list_append (strings, mz_commitment_kind_label (*codes));
  set_dropdown_strings (self->kind_filter, strings);

  set_dropdown_strings (self->unit_filter, string_list_new (_("All Units")));
  set_dropdown_strings (self->initiative_filter, string_list_new (_("All Initiatives")));
  set_dropdown_strings (self->year_filter, string_list_new (_("All Years")));
  set_dropdown_strings (self->currency_filter, string_list_new (_("All Currencies")));
}

/* mz-partner-editor-form.c — the partner editor's form: filling its
 * lists, showing a partner in it and reading it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-countries.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-editor-private.h"
#include "mz-partner-format.h"
#include "mz-partner-page-queries.h"
#include "mz-partner-service.h"

static const char * const regions[] = { "AFR", "AMS", "ARB", "ASP", "CIS", "EUR", NULL };

/* The contributory classes of ITU membership, in sixteenths of a unit. */
static const int unit_classes[] = {
  1, 2, 4, 8, 16, 24, 32, 48, 64, 80, 96, 128, 160, 176, 208, 240, 288, 320,
  368, 400, 448, 480, 560, 640,
};

typedef struct
{
  char       *key;
  const char *code;
  const char *name;
} CountryItem;

guint
_mz_partner_editor_index_of (const char * const *codes,
                             const char         *code)
{
  for (guint i = 0; code != NULL && codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      return i;

  return 0;
}

static guint
index_in (GPtrArray  *codes,
          const char *code)
{
  for (guint i = 1; code != NULL && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      return i;

  return 0;
}

static const char *
code_at (GPtrArray *codes,
         guint      index)
{
  return index < codes->len ? g_ptr_array_index (codes, index) : NULL;
}

static void
set_combo_strings (GtkWidget     *row,
                   GtkStringList *strings)
{
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  g_object_unref (strings);
}

guint
_mz_partner_editor_combo_selected (GtkWidget *row)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_entry_text (GtkWidget  *row,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

gboolean
_mz_partner_editor_membership_type (const char *type)
{
  return g_strcmp0 (type, "member_state") == 0 || g_strcmp0 (type, "sector_member") == 0 ||
         g_strcmp0 (type, "associate") == 0 || g_strcmp0 (type, "academia") == 0;
}

guint
_mz_partner_editor_iati_index (int code)
{
  guint n;
  const int *codes = mz_format_iati_codes (&n);

  for (guint i = 0; i < n; i++)
    if (codes[i] == code)
      return i;

  return 0;
}

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (((const CountryItem *) a)->key, ((const CountryItem *) b)->key);
}

void
_mz_partner_editor_fill_static_lists (MzPartnerEditor *self)
{
  GtkStringList *strings;
  const char * const *codes;
  const int *iati;
  guint n_iati;

  strings = gtk_string_list_new (NULL);
  for (codes = mz_partner_types (); *codes; codes++)
    gtk_string_list_append (strings, mz_labels_partner_type (*codes));
  set_combo_strings (self->type_row, strings);

  strings = gtk_string_list_new (NULL);
  for (codes = mz_partner_statuses (); *codes; codes++)
    gtk_string_list_append (strings, mz_labels_partner_status (*codes));
  set_combo_strings (self->status_row, strings);

  strings = gtk_string_list_new (NULL);
  gtk_string_list_append (strings, _("None"));
  for (codes = regions; *codes; codes++)
    gtk_string_list_append (strings, mz_labels_region_name (*codes));
  set_combo_strings (self->region_row, strings);

  strings = gtk_string_list_new (NULL);
  for (codes = mz_partner_ceb_types (); *codes; codes++)
    gtk_string_list_append (strings, mz_format_ceb_type (*codes));
  set_combo_strings (self->ceb_row, strings);

  strings = gtk_string_list_new (NULL);
  iati = mz_format_iati_codes (&n_iati);
  for (guint i = 0; i < n_iati; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d – %s", iati[i], mz_format_iati_type (iati[i]));

      gtk_string_list_append (strings, label);
    }
  set_combo_strings (self->iati_row, strings);
}

void
_mz_partner_editor_fill_countries (MzPartnerEditor *self)
{
  const char * const *codes = mz_countries_list_codes ();
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (CountryItem));
  g_autoptr(GtkExpression) expression = NULL;
  GtkStringList *strings = gtk_string_list_new (NULL);

  /* Sorted by their names in the UI language, not by code. */
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      CountryItem item = { NULL, codes[i], mz_countries_get_name (codes[i]) };

      if (item.name == NULL)
        item.name = codes[i];
      item.key = g_utf8_collate_key (item.name, -1);
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_countries);

  self->country_codes = g_ptr_array_new ();
  g_ptr_array_add (self->country_codes, NULL);
  gtk_string_list_append (strings, _("No Country"));
  for (guint i = 0; i < items->len; i++)
    {
      CountryItem *item = &g_array_index (items, CountryItem, i);

      g_ptr_array_add (self->country_codes, (gpointer) item->code);
      gtk_string_list_append (strings, item->name);
      g_free (item->key);
    }

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (self->country_dropdown), expression);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->country_dropdown), G_LIST_MODEL (strings));
  g_object_unref (strings);
}

gboolean
_mz_partner_editor_fill_people (MzPartnerEditor  *self,
                                GError          **error)
{
  g_autoptr(GListModel) units = mz_org_unit_list (self->store, error);
  g_autoptr(GPtrArray) staff = NULL;
  GtkStringList *strings;

  if (units == NULL)
    return FALSE;
  staff = mz_partner_page_list_staff (self->store, error);
  if (staff == NULL)
    return FALSE;

  self->unit_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->unit_ids, NULL);
  strings = gtk_string_list_new (NULL);
  gtk_string_list_append (strings, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (self->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      gtk_string_list_append (strings, mz_labels_unit_name (mz_org_unit_get_code (unit)));
    }
  set_combo_strings (self->lead_unit_row, strings);

  self->staff_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->staff_ids, NULL);
  strings = gtk_string_list_new (NULL);
  gtk_string_list_append (strings, _("None"));
  for (guint i = 0; i < staff->len; i++)
    {
      MzStaffEntry *entry = g_ptr_array_index (staff, i);
      g_autofree char *label = entry->unit_code
                               /* Translators: a staff member and their unit, e.g. "Mei Lin Tan (TSB)" */
                               ? g_strdup_printf (_("%1$s (%2$s)"), entry->name, entry->unit_code)
                               : g_strdup (entry->name);

      g_ptr_array_add (self->staff_ids, g_strdup (entry->id));
      gtk_string_list_append (strings, label);
    }
  set_combo_strings (self->manager_row, strings);

  return TRUE;
}

/* The classes of contributory units, with @current among them. */
static void
fill_units (MzPartnerEditor *self,
            int              current)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  guint selected = 0;
  int none = 0;

  self->units_x16 = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (self->units_x16, none);
  gtk_string_list_append (strings, _("None"));

  for (guint i = 0; i <= G_N_ELEMENTS (unit_classes); i++)
    {
      int value = i < G_N_ELEMENTS (unit_classes) ? unit_classes[i] : G_MAXINT;
      g_autofree char *label = NULL;

      /* A value outside the classes (older data) keeps its place. */
      if (current > 0 && selected == 0 && current < value &&
          (i == 0 || current > unit_classes[i - 1]))
        {
          g_autofree char *own = mz_format_units_x16 (current);

          g_array_append_val (self->units_x16, current);
          gtk_string_list_append (strings, own);
          selected = self->units_x16->len - 1;
        }
      if (value == G_MAXINT)
        break;

      label = mz_format_units_x16 (value);
      g_array_append_val (self->units_x16, value);
      gtk_string_list_append (strings, label);
      if (value == current)
        selected = self->units_x16->len - 1;
    }

  set_combo_strings (self->units_row, strings);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->units_row), selected);
}

void
_mz_partner_editor_update_region (MzPartnerEditor *self)
{
  const char *country = code_at (self->country_codes,
                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (self->country_dropdown)));
  const char *region = country ? mz_countries_get_region (country) : NULL;

  /* The region follows from the country; only without one is it chosen. */
  gtk_widget_set_sensitive (self->region_row, country == NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->region_row),
                               country ? _("From the country") : _("Choose it when there is no country"));
  if (country != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->region_row), region ? _mz_partner_editor_index_of (regions, region) + 1 : 0);
}

void
_mz_partner_editor_show_partner (MzPartnerEditor *self,
                                 MzPartner       *p)
{
  const char *type = mz_partner_get_partner_type (p);
  const char *ceb = mz_partner_get_ceb_contributor_type (p);
  int iati = mz_partner_get_iati_org_type (p);
  const char * const *tags = mz_partner_get_tags (p);
  guint country_index = 0;

  set_entry_text (self->name_row, mz_partner_get_name (p));
  set_entry_text (self->local_name_row, mz_partner_get_local_name (p));
  set_entry_text (self->short_name_row, mz_partner_get_short_name (p));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->type_row), _mz_partner_editor_index_of (mz_partner_types (), type));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row),
                              _mz_partner_editor_index_of (mz_partner_statuses (), mz_partner_get_status (p)));

  for (guint i = 1; i < self->country_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->country_codes, i), mz_partner_get_country (p)) == 0)
      country_index = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->country_dropdown), country_index);
  if (country_index == 0)
    {
      const char *region = mz_partner_get_region (p);

      adw_combo_row_set_selected (ADW_COMBO_ROW (self->region_row),
                                  region ? _mz_partner_editor_index_of (regions, region) + 1 : 0);
    }
  _mz_partner_editor_update_region (self);

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->lead_unit_row),
                              index_in (self->unit_ids, mz_partner_get_lead_unit_id (p)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->manager_row),
                              index_in (self->staff_ids, mz_partner_get_account_manager_id (p)));

  gtk_switch_set_active (GTK_SWITCH (self->sector_r_switch), mz_partner_get_sector_r (p));
  gtk_switch_set_active (GTK_SWITCH (self->sector_t_switch), mz_partner_get_sector_t (p));
  gtk_switch_set_active (GTK_SWITCH (self->sector_d_switch), mz_partner_get_sector_d (p));
  set_entry_text (self->category_row, mz_partner_get_membership_category (p));
  fill_units (self, mz_partner_get_contributory_units_x16 (p));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->ceb_row),
                              _mz_partner_editor_index_of (mz_partner_ceb_types (), ceb ? ceb : mz_partner_default_ceb_type (type)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->iati_row),
                              _mz_partner_editor_iati_index (iati ? iati : mz_partner_default_iati_type (type)));

  set_entry_text (self->website_row, mz_partner_get_website (p));
  if (tags != NULL)
    {
      /* Translators: separates tags in the Tags field */
      g_autofree char *joined = g_strjoinv (_(", "), (char **) tags);

      set_entry_text (self->tags_row, joined);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)),
                            mz_partner_get_notes (p) ? mz_partner_get_notes (p) : "", -1);

  g_free (self->previous_type);
  self->previous_type = g_strdup (type);
  gtk_widget_set_visible (self->membership_group, _mz_partner_editor_membership_type (type));
}

/* Tags separated by commas in any of the UI's scripts, or semicolons. */
static char **
split_tags (const char *text)
{
  g_autoptr(GString) normal = g_string_new (text);

  g_string_replace (normal, "，", ",", 0);
  g_string_replace (normal, "、", ",", 0);
  g_string_replace (normal, "،", ",", 0);
  g_string_replace (normal, ";", ",", 0);
  return g_strsplit (normal->str, ",", -1);
}

void
_mz_partner_editor_read_form (MzPartnerEditor *self,
                              MzPartner       *p)
{
  const char *country = code_at (self->country_codes,
                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (self->country_dropdown)));
  guint region = _mz_partner_editor_combo_selected (self->region_row);
  guint units = _mz_partner_editor_combo_selected (self->units_row);
  guint n_iati;
  const int *iati = mz_format_iati_codes (&n_iati);
  g_auto(GStrv) tags = split_tags (entry_text (self->tags_row));
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  mz_partner_set_name (p, entry_text (self->name_row));
  mz_partner_set_local_name (p, entry_text (self->local_name_row));
  mz_partner_set_short_name (p, entry_text (self->short_name_row));
  mz_partner_set_partner_type (p, mz_partner_types ()[_mz_partner_editor_combo_selected (self->type_row)]);
  mz_partner_set_status (p, mz_partner_statuses ()[_mz_partner_editor_combo_selected (self->status_row)]);
  mz_partner_set_country (p, country);
  mz_partner_set_region (p, country == NULL && region > 0 && region <= 6 ? regions[region - 1] : NULL);
  mz_partner_set_lead_unit_id (p, code_at (self->unit_ids, _mz_partner_editor_combo_selected (self->lead_unit_row)));
  mz_partner_set_account_manager_id (p, code_at (self->staff_ids, _mz_partner_editor_combo_selected (self->manager_row)));
  mz_partner_set_sector_r (p, gtk_switch_get_active (GTK_SWITCH (self->sector_r_switch)));
  mz_partner_set_sector_t (p, gtk_switch_get_active (GTK_SWITCH (self->sector_t_switch)));
  mz_partner_set_sector_d (p, gtk_switch_get_active (GTK_SWITCH (self->sector_d_switch)));
  mz_partner_set_membership_category (p, entry_text (self->category_row));
  mz_partner_set_contributory_units_x16 (p, units < self->units_x16->len
                                            ? g_array_index (self->units_x16, int, units) : 0);
  mz_partner_set_ceb_contributor_type (p, mz_partner_ceb_types ()[_mz_partner_editor_combo_selected (self->ceb_row)]);
  mz_partner_set_iati_org_type (p, _mz_partner_editor_combo_selected (self->iati_row) < n_iati
                                   ? iati[_mz_partner_editor_combo_selected (self->iati_row)] : 0);
  mz_partner_set_website (p, entry_text (self->website_row));
  mz_partner_set_tags (p, (const char * const *) tags);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  mz_partner_set_notes (p, notes);
}

const char *
_mz_partner_editor_get_region (MzPartnerEditor *self)
{
  guint index = _mz_partner_editor_combo_selected (self->region_row);

  return index > 0 && index <= 6 ? regions[index - 1] : NULL;
}

/* mz-partner-editor.c — the window that creates or edits a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form reads into a copy of the partner and hands it to the partner
 * service, which checks and normalises it and saves it in one transaction
 * with its history. A refused value comes back as an MZ_VALIDATION_ERROR
 * naming the field: the message is shown under that field's group, the
 * field is marked and focused, and nothing is saved.
 */
#define G_LOG_DOMAIN "mz-partner-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mz-countries.h"
#include "mz-duplicate-banner.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-editor-private.h"
#include "mz-partner-format.h"
#include "mz-partner-page-queries.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-validate.h"

static const char * const regions[] = { "AFR", "AMS", "ARB", "ASP", "CIS", "EUR", NULL };

/* The contributory classes of ITU membership, in sixteenths of a unit. */
static const int unit_classes[] = {
  1, 2, 4, 8, 16, 24, 32, 48, 64, 80, 96, 128, 160, 176, 208, 240, 288, 320,
  368, 400, 448, 480, 560, 640,
};

struct _MzPartnerEditor
{
  AdwWindow       parent_instance;

  MzStore        *store;
  MzPartner      *original;        /* NULL for a new partner */
  char           *previous_type;
  char           *error_field;
  char           *error_message;

  /* Codes behind the combo items; index 0 of each is "none" (NULL). */
  GPtrArray      *country_codes;
  GPtrArray      *unit_ids;
  GPtrArray      *staff_ids;
  GArray         *units_x16;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkLabel       *general_error;
  GtkWidget      *name_row;
  GtkWidget      *local_name_row;
  GtkWidget      *short_name_row;
  GtkWidget      *type_row;
  GtkWidget      *status_row;
  GtkWidget      *country_row;
  GtkWidget      *country_dropdown;
  GtkWidget      *region_row;
  GtkWidget      *lead_unit_row;
  GtkWidget      *manager_row;
  GtkWidget      *membership_group;
  GtkWidget      *sector_r_switch;
  GtkWidget      *sector_t_switch;
  GtkWidget      *sector_d_switch;
  GtkWidget      *category_row;
  GtkWidget      *units_row;
  GtkWidget      *ceb_row;
  GtkWidget      *iati_row;
  GtkWidget      *website_row;
  GtkWidget      *tags_row;
  GtkWidget      *notes_view;
  GtkWidget      *name_error;
  GtkWidget      *kind_error;
  GtkWidget      *place_error;
  GtkWidget      *people_error;
  GtkWidget      *membership_error;
  GtkWidget      *reporting_error;
  GtkWidget      *more_error;
  GtkWidget      *notes_error;
  GtkWidget      *duplicates_group;
  GtkWidget      *duplicates_banner;
};

G_DEFINE_FINAL_TYPE (MzPartnerEditor, mz_partner_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  OPEN_PARTNER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which widget edits which field of the service's errors, and under which
 * group its error is shown. */
typedef struct
{
  const char *field;
  gsize       widget;
  gsize       error_label;
} Field;

#define FIELD(name, widget, label) \
  { name, G_STRUCT_OFFSET (MzPartnerEditor, widget), G_STRUCT_OFFSET (MzPartnerEditor, label) }

static const Field fields[] = {
  FIELD ("name", name_row, name_error),
  FIELD ("local_name", local_name_row, name_error),
  FIELD ("short_name", short_name_row, name_error),
  FIELD ("partner_type", type_row, kind_error),
  FIELD ("status", status_row, kind_error),
  FIELD ("country", country_dropdown, place_error),
  FIELD ("region", region_row, place_error),
  FIELD ("lead_unit_id", lead_unit_row, people_error),
  FIELD ("account_manager_id", manager_row, people_error),
  FIELD ("membership_category", category_row, membership_error),
  FIELD ("contributory_units_x16", units_row, membership_error),
  FIELD ("ceb_contributor_type", ceb_row, reporting_error),
  FIELD ("iati_org_type", iati_row, reporting_error),
  FIELD ("website", website_row, more_error),
  FIELD ("tags", tags_row, more_error),
  FIELD ("notes", notes_view, notes_error),
};

#undef FIELD

#define FIELD_WIDGET(self, f) G_STRUCT_MEMBER (GtkWidget *, self, (f)->widget)
#define FIELD_LABEL(self, f) GTK_LABEL (G_STRUCT_MEMBER (GtkWidget *, self, (f)->error_label))

/* Helpers */

static const Field *
find_field (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, name))
      return &fields[i];

  return NULL;
}

/* The row to paint red: the widget if it is a row, else the row or frame
 * around it. */
static GtkWidget *
error_target (GtkWidget *widget)
{
  GtkWidget *row;

  if (ADW_IS_PREFERENCES_ROW (widget))
    return widget;
  row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  return row ? row : gtk_widget_get_parent (widget);
}

static guint
index_of (const char * const *codes,
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

static guint
combo_selected (GtkWidget *row)
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

static gboolean
membership_type (const char *type)
{
  return g_strcmp0 (type, "member_state") == 0 || g_strcmp0 (type, "sector_member") == 0 ||
         g_strcmp0 (type, "associate") == 0 || g_strcmp0 (type, "academia") == 0;
}

static guint
iati_index (int code)
{
  guint n;
  const int *codes = mz_format_iati_codes (&n);

  for (guint i = 0; i < n; i++)
    if (codes[i] == code)
      return i;

  return 0;
}

typedef struct
{
  char       *key;
  const char *code;
  const char *name;
} CountryItem;

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (((const CountryItem *) a)->key, ((const CountryItem *) b)->key);
}

/* Filling the lists */

static void
fill_static_lists (MzPartnerEditor *self)
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

static void
fill_countries (MzPartnerEditor *self)
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

static gboolean
fill_people (MzPartnerEditor  *self,
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

static void
update_region (MzPartnerEditor *self)
{
  const char *country = code_at (self->country_codes,
                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (self->country_dropdown)));
  const char *region = country ? mz_countries_get_region (country) : NULL;

  /* The region follows from the country; only without one is it chosen. */
  gtk_widget_set_sensitive (self->region_row, country == NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->region_row),
                               country ? _("From the country") : _("Choose it when there is no country"));
  if (country != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->region_row), region ? index_of (regions, region) + 1 : 0);
}

static void
show_partner (MzPartnerEditor *self,
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

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->type_row), index_of (mz_partner_types (), type));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row),
                              index_of (mz_partner_statuses (), mz_partner_get_status (p)));

  for (guint i = 1; i < self->country_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->country_codes, i), mz_partner_get_country (p)) == 0)
      country_index = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->country_dropdown), country_index);
  if (country_index == 0)
    {
      const char *region = mz_partner_get_region (p);

      adw_combo_row_set_selected (ADW_COMBO_ROW (self->region_row),
                                  region ? index_of (regions, region) + 1 : 0);
    }
  update_region (self);

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
                              index_of (mz_partner_ceb_types (), ceb ? ceb : mz_partner_default_ceb_type (type)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->iati_row),
                              iati_index (iati ? iati : mz_partner_default_iati_type (type)));

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
  gtk_widget_set_visible (self->membership_group, membership_type (type));
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

static void
read_form (MzPartnerEditor *self,
           MzPartner       *p)
{
  const char *country = code_at (self->country_codes,
                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (self->country_dropdown)));
  guint region = combo_selected (self->region_row);
  guint units = combo_selected (self->units_row);
  guint n_iati;
  const int *iati = mz_format_iati_codes (&n_iati);
  g_auto(GStrv) tags = split_tags (entry_text (self->tags_row));
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  mz_partner_set_name (p, entry_text (self->name_row));
  mz_partner_set_local_name (p, entry_text (self->local_name_row));
  mz_partner_set_short_name (p, entry_text (self->short_name_row));
  mz_partner_set_partner_type (p, mz_partner_types ()[combo_selected (self->type_row)]);
  mz_partner_set_status (p, mz_partner_statuses ()[combo_selected (self->status_row)]);
  mz_partner_set_country (p, country);
  mz_partner_set_region (p, country == NULL && region > 0 && region <= 6 ? regions[region - 1] : NULL);
  mz_partner_set_lead_unit_id (p, code_at (self->unit_ids, combo_selected (self->lead_unit_row)));
  mz_partner_set_account_manager_id (p, code_at (self->staff_ids, combo_selected (self->manager_row)));
  mz_partner_set_sector_r (p, gtk_switch_get_active (GTK_SWITCH (self->sector_r_switch)));
  mz_partner_set_sector_t (p, gtk_switch_get_active (GTK_SWITCH (self->sector_t_switch)));
  mz_partner_set_sector_d (p, gtk_switch_get_active (GTK_SWITCH (self->sector_d_switch)));
  mz_partner_set_membership_category (p, entry_text (self->category_row));
  mz_partner_set_contributory_units_x16 (p, units < self->units_x16->len
                                            ? g_array_index (self->units_x16, int, units) : 0);
  mz_partner_set_ceb_contributor_type (p, mz_partner_ceb_types ()[combo_selected (self->ceb_row)]);
  mz_partner_set_iati_org_type (p, combo_selected (self->iati_row) < n_iati
                                   ? iati[combo_selected (self->iati_row)] : 0);
  mz_partner_set_website (p, entry_text (self->website_row));
  mz_partner_set_tags (p, (const char * const *) tags);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  mz_partner_set_notes (p, notes);
}

/* Errors */

static void
clear_error (MzPartnerEditor *self)
{
  const Field *field = find_field (self->error_field);

  if (field != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (FIELD_LABEL (self, field)), FALSE);
      gtk_widget_remove_css_class (error_target (FIELD_WIDGET (self, field)), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  g_clear_pointer (&self->error_field, g_free);
  g_clear_pointer (&self->error_message, g_free);
}

static void
show_error (MzPartnerEditor *self,
            const GError    *error)
{
  const char *name = error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL;
  const Field *field = find_field (name);

  clear_error (self);
  self->error_message = g_strdup (error->message);

  if (field == NULL)
    {
      gtk_label_set_label (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }

  self->error_field = g_strdup (name);
  gtk_label_set_label (FIELD_LABEL (self, field), error->message);
  gtk_widget_set_visible (GTK_WIDGET (FIELD_LABEL (self, field)), TRUE);
  gtk_widget_add_css_class (error_target (FIELD_WIDGET (self, field)), "error");
  /* A hidden group (membership of a non-member) is shown to be fixed. */
  if (!gtk_widget_get_visible (self->membership_group) &&
      gtk_widget_is_ancestor (FIELD_WIDGET (self, field), self->membership_group))
    gtk_widget_set_visible (self->membership_group, TRUE);
  gtk_widget_grab_focus (FIELD_WIDGET (self, field));
}

/* Callbacks */

static void
on_field_edited_cb (GObject         *widget,
                    MzPartnerEditor *self)
{
  const char *field = g_object_get_data (widget, "mz-field");

  if (self->error_field != NULL && g_strcmp0 (field, self->error_field) == 0)
    clear_error (self);
}

static void
on_field_selected_cb (GObject         *widget,
                      GParamSpec      *pspec,
                      MzPartnerEditor *self)
{
  on_field_edited_cb (widget, self);
}

static void
on_type_changed_cb (MzPartnerEditor *self)
{
  const char *type = mz_partner_types ()[combo_selected (self->type_row)];
  const char *ceb = mz_partner_ceb_types ()[combo_selected (self->ceb_row)];
  guint n_iati;
  const int *iati = mz_format_iati_codes (&n_iati);

  /* The report classifications follow the type unless they were chosen. */
  if (g_strcmp0 (ceb, mz_partner_default_ceb_type (self->previous_type)) == 0)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->ceb_row),
                                index_of (mz_partner_ceb_types (), mz_partner_default_ceb_type (type)));
  if (iati[combo_selected (self->iati_row)] == mz_partner_default_iati_type (self->previous_type))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->iati_row),
                                iati_index (mz_partner_default_iati_type (type)));

  gtk_widget_set_visible (self->membership_group, membership_type (type));
  g_free (self->previous_type);
  self->previous_type = g_strdup (type);
}

static void
on_country_changed_cb (MzPartnerEditor *self)
{
  update_region (self);
}

/* Likely duplicates: only while creating, a moment after the last key. */

static void
fill_candidate (MzPartner *candidate,
                gpointer   user_data)
{
  read_form (MZ_PARTNER_EDITOR (user_data), candidate);
}

static void
on_identity_changed_cb (MzPartnerEditor *self)
{
  mz_duplicate_banner_queue_check (MZ_DUPLICATE_BANNER (self->duplicates_banner));
}

static void
on_duplicate_open_cb (MzPartnerEditor *self,
                      const char      *partner_id)
{
  /* Whoever opened the editor shows that partner; the new one is dropped. */
  if (g_signal_has_handler_pending (self, signals[OPEN_PARTNER], 0, FALSE))
    {
      g_signal_emit (self, signals[OPEN_PARTNER], 0, partner_id);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Nobody to show it: edit that partner instead. */
  {
    g_autoptr(GError) error = NULL;
    MzPartnerEditor *other = mz_partner_editor_new (self->store, partner_id, &error);
    GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

    if (other == NULL)
      {
        gtk_label_set_label (self->general_error, error->message);
        gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
        return;
      }
    gtk_window_set_transient_for (GTK_WINDOW (other), parent);
    gtk_window_present (GTK_WINDOW (other));
    gtk_window_destroy (GTK_WINDOW (self));
  }
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzPartnerEditor *self = MZ_PARTNER_EDITOR (widget);
  g_autoptr(MzPartner) partner = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  clear_error (self);

  partner = self->original ? mz_partner_copy (self->original) : mz_partner_new ();
  read_form (self, partner);

  if (self->original != NULL)
    saved = mz_partner_service_update (self->store, partner, &error);
  else
    saved = mz_partner_service_create (self->store, partner, &error);

  if (!saved)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, mz_partner_get_id (partner));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
mz_partner_editor_dispose (GObject *object)
{
  MzPartnerEditor *self = MZ_PARTNER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->previous_type, g_free);
  g_clear_pointer (&self->error_field, g_free);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->units_x16, g_array_unref);

  G_OBJECT_CLASS (mz_partner_editor_parent_class)->dispose (object);
}

static void
mz_partner_editor_class_init (MzPartnerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A likely duplicate was opened instead of creating a new partner. */
  signals[OPEN_PARTNER] =
    g_signal_new ("open-partner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_DUPLICATE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-editor.ui");
#define BIND(member) gtk_widget_class_bind_template_child (widget_class, MzPartnerEditor, member)
  BIND (window_title);
  BIND (save_button);
  BIND (general_error);
  BIND (name_row);
  BIND (local_name_row);
  BIND (short_name_row);
  BIND (type_row);
  BIND (status_row);
  BIND (country_row);
  BIND (country_dropdown);
  BIND (region_row);
  BIND (lead_unit_row);
  BIND (manager_row);
  BIND (membership_group);
  BIND (sector_r_switch);
  BIND (sector_t_switch);
  BIND (sector_d_switch);
  BIND (category_row);
  BIND (units_row);
  BIND (ceb_row);
  BIND (iati_row);
  BIND (website_row);
  BIND (tags_row);
  BIND (notes_view);
  BIND (name_error);
  BIND (kind_error);
  BIND (place_error);
  BIND (people_error);
  BIND (membership_error);
  BIND (reporting_error);
  BIND (more_error);
  BIND (notes_error);
  BIND (duplicates_group);
  BIND (duplicates_banner);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_duplicate_open_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_partner_editor_init (MzPartnerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_static_lists (self);
  fill_countries (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  /* A field's error goes away once the field is changed. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget = FIELD_WIDGET (self, &fields[i]);
      GObject *source = G_OBJECT (widget);

      if (GTK_IS_TEXT_VIEW (widget))
        source = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      g_object_set_data (source, "mz-field", (gpointer) fields[i].field);
      if (GTK_IS_EDITABLE (source) || GTK_IS_TEXT_BUFFER (source))
        g_signal_connect_object (source, "changed", G_CALLBACK (on_field_edited_cb), self, 0);
      else
        g_signal_connect_object (source, "notify::selected", G_CALLBACK (on_field_selected_cb), self, 0);
    }

  g_signal_connect_object (self->type_row, "notify::selected",
                           G_CALLBACK (on_type_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_dropdown, "notify::selected",
                           G_CALLBACK (on_country_changed_cb), self, G_CONNECT_SWAPPED);

  /* What makes a partner look like another one. */
  g_object_bind_property (self->duplicates_banner, "visible", self->duplicates_group, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_identity_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->local_name_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->short_name_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->website_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->type_row, "notify::selected", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_dropdown, "notify::selected", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

MzPartnerEditor *
mz_partner_editor_new (MzStore     *store,
                       const char  *partner_id,
                       GError     **error)
{
  MzPartnerEditor *self;
  g_autoptr(MzPartner) partner = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (partner_id != NULL)
    {
      partner = mz_partner_store_get (store, partner_id, error);
      if (partner == NULL)
        return NULL;
    }
  else
    {
      g_autoptr(MzOrgUnit) office = NULL;

      /* A new partner: a prospect, led by this office. */
      partner = mz_partner_new ();
      mz_partner_set_partner_type (partner, mz_partner_types ()[0]);
      mz_partner_set_status (partner, "prospect");
      if (mz_store_get_office (store) != NULL)
        office = mz_org_unit_find (store, mz_store_get_office (store), NULL);
      if (office != NULL)
        mz_partner_set_lead_unit_id (partner, mz_org_unit_get_id (office));
    }

  /* Like any window, owned by GTK until destroyed. */
  self = g_object_new (MZ_TYPE_PARTNER_EDITOR, NULL);
  self->store = g_object_ref (store);
  if (partner_id != NULL)
    self->original = g_object_ref (partner);

  if (!fill_people (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  adw_window_title_set_title (self->window_title, partner_id ? _("Edit Partner") : _("New Partner"));
  if (partner_id != NULL)
    adw_window_title_set_subtitle (self->window_title, mz_partner_get_name (partner));
  gtk_window_set_title (GTK_WINDOW (self), partner_id ? _("Edit Partner") : _("New Partner"));

  show_partner (self, partner);
  clear_error (self);
  /* A new partner: look for likely duplicates as the user types. */
  if (partner_id == NULL)
    mz_duplicate_banner_watch (MZ_DUPLICATE_BANNER (self->duplicates_banner), store, fill_candidate, self);

  return self;
}

/* Private API, for the tests */

GtkWidget *
_mz_partner_editor_get_field_widget (MzPartnerEditor *self,
                                     const char      *field)
{
  const Field *f = find_field (field);

  if (g_strcmp0 (field, "sector_r") == 0)
    return self->sector_r_switch;
  if (g_strcmp0 (field, "sector_t") == 0)
    return self->sector_t_switch;
  if (g_strcmp0 (field, "sector_d") == 0)
    return self->sector_d_switch;
  return f ? FIELD_WIDGET (self, f) : NULL;
}

GtkWidget *
_mz_partner_editor_get_save_button (MzPartnerEditor *self)
{
  return self->save_button;
}

const char *
_mz_partner_editor_get_error (MzPartnerEditor *self)
{
  return self->error_message;
}

const char *
_mz_partner_editor_get_error_field (MzPartnerEditor *self)
{
  return self->error_field;
}

const char *
_mz_partner_editor_get_region (MzPartnerEditor *self)
{
  guint index = combo_selected (self->region_row);

  return index > 0 && index <= 6 ? regions[index - 1] : NULL;
}

GtkWidget *
_mz_partner_editor_get_duplicates (MzPartnerEditor *self)
{
  return self->duplicates_banner;
}

void
_mz_partner_editor_check_duplicates_now (MzPartnerEditor *self)
{
  mz_duplicate_banner_check_now (MZ_DUPLICATE_BANNER (self->duplicates_banner));
}

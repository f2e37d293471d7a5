/* mz-commitments-page.c — the Commitments section: the table of
 * commitments with its filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is a GtkColumnView over
 *   loaded rows (GListStore of MzCommitmentRow) → GtkFilterListModel (the
 *   dropdowns and the window's search) → GtkSortListModel (the column
 *   view's sorter) → GtkSingleSelection.
 * Reading 50,000 commitments with their CHF figures takes about half a
 * second, so it runs in a worker thread on a connection of its own
 * (mz_worker_run_async) while a spinner turns. The filters work on the
 * rows in memory: changing one never reads the database again.
 */
#define G_LOG_DOMAIN "mz-commitments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mz-commitment-editor.h"
#include "mz-commitment-list.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitments-page-private.h"
#include "mz-currency.h"
#include "mz-initiative-store.h"
#include "mz-labels.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-rate-table.h"
#include "mz-worker.h"

struct _MzCommitmentsPage
{
  AdwBin               parent_instance;

  MzStore             *store;
  char                *search_text;
  char                *search_folded;

  GCancellable        *cancellable;
  char                *load_error;
  char                *select_after_load;
  guint                n_threaded;
  guint                loading : 1;
  guint                reload_pending : 1;
  guint                loaded_once : 1;
  guint                updating_filters : 1;

  GListStore          *rows;
  GPtrArray           *filling;        /* rows still to show, a step at a time */
  guint                filled;
  guint                fill_source;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;

  /* Codes behind the items of the filters (index 0 is "all") */
  GPtrArray           *unit_ids;
  GPtrArray           *initiative_ids;
  GPtrArray           *years;
  GPtrArray           *currencies;

  GtkWindow           *editor;

  /* The filters' choices, read once per change rather than per row */
  const char          *want_stage;
  const char          *want_kind;
  const char          *want_unit;
  const char          *want_initiative;
  int                  want_year;
  const char          *want_currency;

  AdwToastOverlay     *toast_overlay;
  GtkFlowBox          *filter_box;
  GtkDropDown         *stage_filter;
  GtkDropDown         *kind_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *initiative_filter;
  GtkDropDown         *year_filter;
  GtkDropDown         *currency_filter;
  GtkWidget           *clear_filters_button;
  GtkSpinner          *busy_spinner;
  GtkLabel            *count_label;
  GtkStack            *list_stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *column_view;
  AdwStatusPage       *error_page;
};

G_DEFINE_FINAL_TYPE (MzCommitmentsPage, mz_commitments_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (MzCommitmentsPage *self);

/* What one load reads in the worker. */
typedef struct
{
  GPtrArray  *rows;          /* MzCommitmentRow */
  GListModel *units;         /* MzOrgUnit */
  GPtrArray  *initiatives;   /* MzInitiative */
} Load;

static void
load_free (Load *load)
{
  g_clear_pointer (&load->rows, g_ptr_array_unref);
  g_clear_object (&load->units);
  g_clear_pointer (&load->initiatives, g_ptr_array_unref);
  g_free (load);
}

/* Columns */

typedef enum
{
  COLUMN_DONOR,
  COLUMN_TITLE,
  COLUMN_KIND,
  COLUMN_STAGE,
  COLUMN_SIGNED,
  COLUMN_SIGNED_CHF,
  COLUMN_RECEIVED_CHF,
  COLUMN_PERIOD,
  COLUMN_UNITS,
} ColumnId;

typedef struct
{
  ColumnId    id;
  const char *title;   /* N_() */
  int         min_chars;
  int         nat_chars;
  gboolean    expand;
  gboolean    numeric;
} Column;

/* Widths in characters of the UI font, chosen so that a 1280×800 window
 * shows every column readably in English, Chinese and Arabic: figures and
 * the period hardly shrink; names, titles and
 * kinds give way first, down to a still readable minimum, and take the
 * room that is left (a tooltip has the whole text). */
static const Column columns[] = {
  { COLUMN_DONOR, N_("Donor"), 12, 28, TRUE, FALSE },
  { COLUMN_TITLE, N_("Title"), 14, 40, TRUE, FALSE },
  { COLUMN_KIND, N_("Kind"), 12, 22, FALSE, FALSE },
  { COLUMN_STAGE, N_("Stage"), 9, 11, FALSE, FALSE },
  { COLUMN_SIGNED, N_("Signed"), 14, 15, FALSE, TRUE },
  { COLUMN_SIGNED_CHF, N_("Signed (CHF)"), 10, 11, FALSE, TRUE },
  { COLUMN_RECEIVED_CHF, N_("Received (CHF)"), 10, 11, FALSE, TRUE },
  { COLUMN_PERIOD, N_("Period"), 15, 15, FALSE, FALSE },
  { COLUMN_UNITS, N_("Units"), 6, 10, FALSE, FALSE },
};

static char *
cell_text (const Column    *column,
           MzCommitmentRow *item)
{
  const MzCommitmentListRow *row = mz_commitment_row_get_data (item);
  gint64 chf;

  switch (column->id)
    {
    case COLUMN_DONOR:
      return g_strdup (row->donor_name);
    case COLUMN_TITLE:
      return g_strdup (row->title);
    case COLUMN_KIND:
      return g_strdup (mz_commitment_kind_label (row->kind));
    case COLUMN_STAGE:
      return g_strdup (mz_commitment_stage_label (row->stage));
    case COLUMN_SIGNED:
      {
        g_autofree char *amount = NULL;

        if (row->signed_amount == G_MININT64)
          return g_strdup (row->currency);
        amount = mz_money_entry_format (row->signed_amount, row->currency);
        /* The currency beside its amount (a column of its own did not
         * leave the titles room at 1280 px); isolated left to right so
         * that Arabic keeps the order. */
        return g_strdup_printf ("\u2066%s %s\u2069", amount, row->currency);
      }
    case COLUMN_SIGNED_CHF:
      chf = mz_commitment_row_get_signed_chf (item);
      if (chf == MZ_COMMITMENT_ROW_NONE)
        /* Translators: in the Signed (CHF) column, when the currency has no rate for the month */
        return mz_commitment_row_lacks_rate (item) ? g_strdup (_("No rate")) : NULL;
      return mz_money_entry_format (chf, "CHF");
    case COLUMN_RECEIVED_CHF:
      return row->received_chf == 0 ? NULL : mz_money_entry_format (row->received_chf, "CHF");
    case COLUMN_PERIOD:
      if (row->start_date == NULL && row->end_date == NULL)
        return NULL;
      /* Isolated left to right, as in the other sections, so that Arabic
       * keeps the order of the months. */
      return g_strdup_printf ("\u2066%.7s – %.7s\u2069", row->start_date ? row->start_date : "…",
                              row->end_date ? row->end_date : "…");
    case COLUMN_UNITS:
      return g_strdup (row->unit_codes);
    default:
      return NULL;
    }
}

static int
compare_strings (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_numbers (gint64 a,
                 gint64 b)
{
  /* Empty values last. */
  if (a == G_MININT64 || b == G_MININT64)
    return (a == G_MININT64) - (b == G_MININT64);
  return a < b ? -1 : a > b;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const Column *column = user_data;
  MzCommitmentRow *ra = MZ_COMMITMENT_ROW ((gpointer) a);
  MzCommitmentRow *rb = MZ_COMMITMENT_ROW ((gpointer) b);
  const MzCommitmentListRow *da = mz_commitment_row_get_data (ra);
  const MzCommitmentListRow *db = mz_commitment_row_get_data (rb);
  int result;

  switch (column->id)
    {
    case COLUMN_DONOR:
      result = strcmp (mz_commitment_row_get_donor_key (ra), mz_commitment_row_get_donor_key (rb));
      break;
    case COLUMN_TITLE:
      result = strcmp (mz_commitment_row_get_title_key (ra), mz_commitment_row_get_title_key (rb));
      break;
    case COLUMN_KIND:
      result = compare_strings (mz_commitment_kind_label (da->kind), mz_commitment_kind_label (db->kind));
      break;
    case COLUMN_STAGE:
      result = compare_strings (da->stage, db->stage);
      break;
    case COLUMN_SIGNED:
      /* by currency, then amount: amounts in different currencies do not compare */
      result = strcmp (da->currency, db->currency);
      if (result == 0)
        result = compare_numbers (da->signed_amount, db->signed_amount);
      break;
    case COLUMN_SIGNED_CHF:
      result = compare_numbers (mz_commitment_row_get_signed_chf (ra), mz_commitment_row_get_signed_chf (rb));
      break;
    case COLUMN_RECEIVED_CHF:
      result = compare_numbers (da->received_chf, db->received_chf);
      break;
    case COLUMN_PERIOD:
      result = compare_strings (da->start_date, db->start_date);
      break;
    case COLUMN_UNITS:
      result = compare_strings (da->unit_codes, db->unit_codes);
      break;
    default:
      result = 0;
    }

  return gtk_ordering_from_cmpfunc (result);
}

/* The whole text of a cell that may be cut short, computed when asked
 * (setting tooltips per row makes cells much dearer). */
static gboolean
on_query_tooltip_cb (GtkWidget  *cell,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const Column *column = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), "mz-list-item");
  MzCommitmentRow *row = item ? gtk_list_item_get_item (item) : NULL;
  g_autofree char *text = row ? cell_text (column, row) : NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const Column *column = user_data;
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column->nat_chars);
  /* Names, titles and kinds give way first; figures stay readable. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), column->min_chars);
  gtk_widget_set_hexpand (cell, TRUE);
  if (column->min_chars < column->nat_chars && !column->numeric)
    {
      g_object_set_data (G_OBJECT (cell), "mz-list-item", item);
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), user_data);
    }
  if (column->numeric)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
      gtk_widget_add_css_class (cell, "numeric");
    }
  gtk_list_item_set_child (item, cell);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const Column *column = user_data;
  MzCommitmentRow *row = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (column, row);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (column->id == COLUMN_SIGNED_CHF && mz_commitment_row_lacks_rate (row))
    gtk_widget_add_css_class (cell, "warning");
  else
    gtk_widget_remove_css_class (cell, "warning");
}

static void
add_columns (GtkColumnView *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, (gpointer) &columns[i], NULL));
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }
}

/* Filters */

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

static gboolean
filters_active (MzCommitmentsPage *self)
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

static gboolean
filter_func (gpointer item,
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
         mz_commitment_row_matches (row, self->search_folded);
}

/* Reads the filters' choices and filters again; with none, the rows pass
 * straight through (50,000 of them need not be looked at). */
static void
refilter (MzCommitmentsPage *self)
{
  const char *year = chosen (self->year_filter, NULL, self->years);
  gboolean searching = self->search_folded != NULL && *self->search_folded != '\0';

  self->want_stage = chosen (self->stage_filter, mz_commitment_stages (), NULL);
  self->want_kind = chosen (self->kind_filter, mz_commitment_kinds (), NULL);
  self->want_unit = chosen (self->unit_filter, NULL, self->unit_ids);
  self->want_initiative = chosen (self->initiative_filter, NULL, self->initiative_ids);
  self->want_year = year ? atoi (year) : 0;
  self->want_currency = chosen (self->currency_filter, NULL, self->currencies);

  if (!filters_active (self) && !searching)
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

static void
update_dynamic_filters (MzCommitmentsPage *self,
                        Load              *load)
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

    qsort (keys, n, sizeof (gpointer), (int (*) (const void *, const void *)) g_strcmp0);
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

static void
update_state (MzCommitmentsPage *self)
{
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *number = g_strdup_printf ("%'u", n_shown);
  g_autofree char *count = NULL;
  gboolean searching = self->search_folded != NULL && *self->search_folded != '\0';
  const char *state;

  if (self->load_error != NULL)
    state = "error";
  else if (!self->loaded_once)
    state = "loading";
  else if (n_shown > 0)
    state = "list";
  else if (n_loaded == 0 && !filters_active (self) && !searching)
    state = "empty";
  else
    state = "no-match";

  if (g_str_equal (state, "error"))
    adw_status_page_set_description (self->error_page, self->load_error);

  gtk_stack_set_visible_child_name (self->list_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  gtk_spinner_set_spinning (self->busy_spinner, self->loading && self->loaded_once);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), self->loading && self->loaded_once);
  gtk_widget_set_visible (self->clear_filters_button, filters_active (self));

  if (self->loaded_once && self->load_error == NULL)
    count = g_strdup_printf (ngettext ("%s commitment", "%s commitments", n_shown), number);
  gtk_label_set_label (self->count_label, count ? count : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.clear-filters",
                                 filters_active (self) || searching);
}

/* Loading */

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  Load *load = g_new0 (Load, 1);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(MzRateTable) rates = NULL;
  g_autoptr(GHashTable) donor_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 start = g_get_monotonic_time ();

  list = mz_commitment_list_read (store, error);
  if (list == NULL)
    goto fail;
  rates = mz_rate_table_load (store, error);
  if (rates == NULL)
    goto fail;
  load->units = mz_org_unit_list (store, error);
  if (load->units == NULL)
    goto fail;
  load->initiatives = mz_initiative_store_list (store, error);
  if (load->initiatives == NULL)
    goto fail;

  load->rows = g_ptr_array_new_full (list->len, g_object_unref);
  /* The rows take the records: the list must not free them. */
  g_ptr_array_set_free_func (list, NULL);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (load->rows, mz_commitment_row_new (g_ptr_array_index (list, i), rates, donor_keys));
  g_debug ("Read %u commitments in %.1f ms (worker)", load->rows->len,
           (g_get_monotonic_time () - start) / 1000.0);
  return load;

fail:
  load_free (load);
  return NULL;
}

/* GTK 4.8 makes the cells of about 200 rows whenever the rows on screen
 * change: into an empty table, the first rows come in steps of this many,
 * a frame's work each, and the rest at once. */
#define FILL_STEP 40
#define FILL_STEPPED 240

static void
stop_filling (MzCommitmentsPage *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->filling, g_ptr_array_unref);
}

static gboolean
fill_step_cb (gpointer data)
{
  MzCommitmentsPage *self = data;
  guint n = self->filling->len;
  guint end = self->filled < FILL_STEPPED ? MIN (self->filled + FILL_STEP, n) : n;

  g_list_store_splice (self->rows, self->filled, 0, self->filling->pdata + self->filled, end - self->filled);
  self->filled = end;
  if (end < n)
    return G_SOURCE_CONTINUE;

  self->fill_source = 0;
  g_clear_pointer (&self->filling, g_ptr_array_unref);
  update_state (self);
  return G_SOURCE_REMOVE;
}

/* Shows @rows; into an empty table, a step at a time. */
static void
show_rows (MzCommitmentsPage *self,
           GPtrArray         *rows)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  stop_filling (self);
  if (n_shown > 0 || rows->len <= FILL_STEP * 2)
    {
      g_list_store_splice (self->rows, 0, n_shown, rows->pdata, rows->len);
      return;
    }

  self->filling = g_ptr_array_ref (rows);
  self->filled = 0;
  fill_step_cb (self);
  self->fill_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, fill_step_cb, self, NULL);
}

static guint
find_row (GListModel *model,
          const char *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (mz_commitment_row_get_id (row), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
apply_load (MzCommitmentsPage *self,
            Load              *load,
            const GError      *error)
{
  g_autofree char *selected_id = NULL;
  MzCommitmentRow *selected;
  guint position;
  gint64 start = g_get_monotonic_time ();

  self->loaded_once = TRUE;
  g_clear_pointer (&self->load_error, g_free);

  if (error != NULL)
    {
      self->load_error = g_strdup (error->message);
      stop_filling (self);
      g_list_store_remove_all (self->rows);
      update_state (self);
      return;
    }

  update_dynamic_filters (self, load);
  refilter (self);

  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_id = g_strdup (self->select_after_load ? self->select_after_load
                          : selected ? mz_commitment_row_get_id (selected) : NULL);
  g_clear_pointer (&self->select_after_load, g_free);

  show_rows (self, load->rows);

  position = find_row (G_LIST_MODEL (self->sort_model), selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
    }
  update_state (self);
  g_debug ("Showed %u commitments in %.1f ms (main thread)", load->rows->len,
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MzCommitmentsPage *self;
  g_autoptr(GError) error = NULL;
  Load *load = mz_worker_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page went away, or its store changed */

  self = MZ_COMMITMENTS_PAGE (user_data);
  self->loading = FALSE;
  self->n_threaded++;
  apply_load (self, load, error);
  if (load != NULL)
    load_free (load);

  if (self->reload_pending)
    reload (self);
}

static void
reload (MzCommitmentsPage *self)
{
  const char *path;

  if (self->store == NULL)
    return;

  if (self->loading)
    {
      self->reload_pending = TRUE;
      return;
    }
  self->reload_pending = FALSE;

  path = mz_store_get_path (self->store);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      /* A database in memory has no second connection: read it here. */
      g_autoptr(GError) error = NULL;
      Load *load = load_in_thread (self->store, NULL, NULL, &error);

      apply_load (self, load, error);
      if (load != NULL)
        load_free (load);
      return;
    }

  self->loading = TRUE;
  mz_worker_run_async (path, load_in_thread, NULL, NULL, (GDestroyNotify) load_free,
                       self->cancellable, on_loaded_cb, self);
  update_state (self);
}

/* Editor */

static void
on_editor_saved_cb (GtkWindow         *editor,
                    const char        *commitment_id,
                    MzCommitmentsPage *self)
{
  g_free (self->select_after_load);
  self->select_after_load = g_strdup (commitment_id);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Commitment saved")));
  reload (self);
}

/* Callbacks */

static void
on_filter_changed_cb (MzCommitmentsPage *self)
{
  if (self->updating_filters)
    return;

  refilter (self);
  update_state (self);
}

static void
on_row_activated_cb (MzCommitmentsPage *self,
                     guint              position)
{
  g_autoptr(MzCommitmentRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    mz_commitments_page_open_editor (self, mz_commitment_row_get_id (row));
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  mz_commitments_page_open_editor (MZ_COMMITMENTS_PAGE (widget), NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (widget);
  GtkDropDown *filters[] = {
    self->stage_filter, self->kind_filter, self->unit_filter,
    self->initiative_filter, self->year_filter, self->currency_filter,
  };

  self->updating_filters = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_drop_down_set_selected (filters[i], 0);
  self->updating_filters = FALSE;

  /* The search text belongs to the window's search bar, which empties
   * its entry when it closes. */
  if (self->search_folded != NULL && *self->search_folded != '\0')
    gtk_widget_activate_action (widget, "win.search", NULL);

  on_filter_changed_cb (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (MZ_COMMITMENTS_PAGE (widget));
}

/* Overrides */

static void
mz_commitments_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_commitments_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_commitments_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      mz_commitments_page_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_commitments_page_dispose (GObject *object)
{
  MzCommitmentsPage *self = MZ_COMMITMENTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  stop_filling (self);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  g_clear_weak_pointer (&self->editor);
  g_clear_object (&self->store);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->select_after_load, g_free);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (mz_commitments_page_parent_class)->dispose (object);
}

static void
mz_commitments_page_class_init (MzCommitmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_commitments_page_dispose;
  object_class->get_property = mz_commitments_page_get_property;
  object_class->set_property = mz_commitments_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-commitments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, stage_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, initiative_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, year_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, currency_filter);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MzCommitmentsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "commitments.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "commitments.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
setup_static_filters (MzCommitmentsPage *self)
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

static void
mz_commitments_page_init (MzCommitmentsPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_list_store_new (MZ_TYPE_COMMITMENT_ROW);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), NULL);
  add_columns (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Sorting 50,000 rows in steps keeps the window drawing. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  setup_static_filters (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* Ctrl+N anywhere in the window while the section is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("commitments.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_state (self);
}

/* Public API */

MzStore *
mz_commitments_page_get_store (MzCommitmentsPage *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENTS_PAGE (self), NULL);
  return self->store;
}

void
mz_commitments_page_set_store (MzCommitmentsPage *self,
                               MzStore           *store)
{
  g_return_if_fail (MZ_IS_COMMITMENTS_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->loaded_once = FALSE;
  g_clear_pointer (&self->load_error, g_free);
  stop_filling (self);
  g_list_store_remove_all (self->rows);
  if (self->editor != NULL)
    gtk_window_destroy (self->editor);

  reload (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
mz_commitments_page_get_search_text (MzCommitmentsPage *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENTS_PAGE (self), NULL);
  return self->search_text;
}

void
mz_commitments_page_set_search_text (MzCommitmentsPage *self,
                                     const char        *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (MZ_IS_COMMITMENTS_PAGE (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  stripped = g_strstrip (g_strdup (text ? text : ""));
  g_free (self->search_folded);
  self->search_folded = g_utf8_casefold (stripped, -1);

  refilter (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

void
mz_commitments_page_open_editor (MzCommitmentsPage *self,
                                 const char        *commitment_id)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;
  GtkRoot *root;

  g_return_if_fail (MZ_IS_COMMITMENTS_PAGE (self));

  if (self->store == NULL)
    return;
  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = mz_commitment_editor_new (self->store, commitment_id, &error);
  if (editor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor, GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (editor);
}

/* Private API, for the tests */

GtkColumnView *
_mz_commitments_page_get_column_view (MzCommitmentsPage *self)
{
  return self->column_view;
}

GListModel *
_mz_commitments_page_get_shown (MzCommitmentsPage *self)
{
  return G_LIST_MODEL (self->sort_model);
}

gboolean
_mz_commitments_page_is_loading (MzCommitmentsPage *self)
{
  return self->loading || self->reload_pending || self->filling != NULL;
}

guint
_mz_commitments_page_get_n_threaded (MzCommitmentsPage *self)
{
  return self->n_threaded;
}

const char *
_mz_commitments_page_get_state (MzCommitmentsPage *self)
{
  return gtk_stack_get_visible_child_name (self->list_stack);
}

GtkDropDown *
_mz_commitments_page_get_filter (MzCommitmentsPage *self,
                                 const char        *name)
{
  if (g_str_equal (name, "stage"))
    return self->stage_filter;
  if (g_str_equal (name, "kind"))
    return self->kind_filter;
  if (g_str_equal (name, "unit"))
    return self->unit_filter;
  if (g_str_equal (name, "initiative"))
    return self->initiative_filter;
  if (g_str_equal (name, "year"))
    return self->year_filter;
  if (g_str_equal (name, "currency"))
    return self->currency_filter;
  return NULL;
}

GtkWindow *
_mz_commitments_page_get_editor (MzCommitmentsPage *self)
{
  return self->editor;
}

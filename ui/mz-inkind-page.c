/* mz-inkind-page.c — the In-kind section: seconded experts, equipment,
 * services, venues and software given to ITU, with their totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table lists the live contributions, latest first; the side pane
 * adds up their fair value in CHF (valued at entry) by year, by bureau
 * (offices count for theirs) and by top initiative, from
 * mz_totals_compute().
 */
#define G_LOG_DOMAIN "mz-inkind-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-commitment-service.h"
#include "mz-currency-totals.h"
#include "mz-initiative-store.h"
#include "mz-initiatives-page.h"
#include "mz-inkind-editor.h"
#include "mz-inkind-page.h"
#include "mz-inkind-store.h"
#include "mz-labels.h"
#include "mz-list-export-button.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-partner-store.h"
#include "mz-partner.h"
#include "mz-stats.h"
#include "mz-window.h"

enum {
  COL_PARTNER,
  COL_KIND,
  COL_DESCRIPTION,
  COL_UNIT,
  COL_INITIATIVE,
  COL_PERIOD,
  COL_QUANTITY,
  COL_VALUE,
  COL_CHF,
  N_COLUMNS
};

static const char * const column_titles[N_COLUMNS] = {
  N_("Partner"),
  N_("Kind"),
  N_("Description"),
  N_("Unit"),
  N_("Initiative"),
  N_("Period"),
  N_("Quantity"),
  N_("Fair value"),
  N_("CHF"),
};

static const struct
{
  const char *code;
  const char *label;
} quantity_units[] = {
  /* Translators: a quantity of in-kind contribution, e.g. "6 person-months" */
  { "person_months", N_("person-months") },
  { "person_days", N_("person-days") },
  { "items", N_("items") },
  { "hours", N_("hours") },
  { "lump_sum", N_("lump sum") },
};

struct _MzInkindPage
{
  MzSectionPage        parent_instance;

  GListStore          *rows;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *filter;
  GHashTable          *names;       /* partner, unit and initiative id → display name */
  GHashTable          *totals;      /* "group key" → text, for tests */
  GPtrArray           *total_rows;  /* rows added to the groups */
  gboolean             loaded;      /* the rows shown are all read */

  /* Template widgets */
  GtkLabel            *count_label;
  GtkButton           *add_button;
  GtkWidget           *export_button;  /* MzListExportButton */
  GtkLabel            *error_label;
  GtkStack            *stack;
  GtkColumnView       *view;
  AdwPreferencesGroup *year_group;
  AdwPreferencesGroup *unit_group;
  AdwPreferencesGroup *initiative_group;
};

G_DEFINE_FINAL_TYPE (MzInkindPage, mz_inkind_page, MZ_TYPE_SECTION_PAGE)

static MzStore *
store_of (MzInkindPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

static const char *
name_of (MzInkindPage *self,
         const char   *id)
{
  const char *name;

  if (id == NULL)
    return "";
  name = g_hash_table_lookup (self->names, id);
  return name != NULL ? name : id;
}

/* An amount for the table; a locale that does not group thousands (C)
 * gets the narrow no-break space, as in the Initiatives section. */
static char *
format_money (gint64      minor,
              const char *currency)
{
  MzMoneyLocale locale;

  mz_money_locale_current (&locale);
  if (locale.group[0] == '\0')
    g_strlcpy (locale.group, "\u202F", sizeof locale.group);
  return mz_money_format (minor, currency, &locale);
}

static const char *
quantity_unit_label (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (quantity_units); i++)
    if (g_strcmp0 (quantity_units[i].code, code) == 0)
      return _(quantity_units[i].label);
  return code != NULL ? code : "";
}

static char *
format_quantity (const MzInkind *inkind)
{
  g_autofree char *number = NULL;
  gint64 q = inkind->quantity_milli;

  if (q < 0)
    return g_strdup (inkind->quantity_unit != NULL ? quantity_unit_label (inkind->quantity_unit) : "");

  if (q % 1000 == 0)
    number = mz_money_format (q / 1000, "JPY", NULL);
  else
    {
      g_autofree char *full = mz_money_format (q, "KWD", NULL);
      gsize len = strlen (full);

      /* Up to three decimals, without trailing zeros. */
      while (len > 0 && full[len - 1] == '0')
        full[--len] = '\0';
      number = g_steal_pointer (&full);
    }
  if (inkind->quantity_unit == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, quantity_unit_label (inkind->quantity_unit));
}

/* Months are enough in the table: "2025-03 – 2025-08". */
static char *
format_period (const MzInkind *inkind)
{
  g_autofree char *from = inkind->start_date != NULL ? g_strndup (inkind->start_date, 7) : NULL;
  g_autofree char *to = inkind->end_date != NULL ? g_strndup (inkind->end_date, 7) : NULL;

  if (from == NULL && to == NULL)
    return g_strdup ("–");
  if (to == NULL || g_strcmp0 (from, to) == 0)
    return g_strdup (from != NULL ? from : to);
  /* Isolated left to right, so that Arabic keeps the order of the dates. */
  return g_strdup_printf ("\u2066%s – %s\u2069", from != NULL ? from : "…", to);
}

/* The table */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (column >= COL_PERIOD)
    {
      /* Figures and dates are never cut: the table scrolls instead. */
      gtk_label_set_xalign (GTK_LABEL (label), column == COL_PERIOD ? 0.0 : 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else if (column >= COL_QUANTITY)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  MzInkindPage *self = g_object_get_data (G_OBJECT (factory), "mz-page");
  const MzInkind *inkind = g_object_get_data (gtk_list_item_get_item (item), "inkind");
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *owned = NULL;
  const char *text = NULL;

  switch (column)
    {
    case COL_PARTNER:
      text = name_of (self, inkind->partner_id);
      break;
    case COL_KIND:
      text = mz_inkind_kind_label (inkind->kind);
      break;
    case COL_DESCRIPTION:
      text = inkind->description;
      break;
    case COL_UNIT:
      text = inkind->unit_id != NULL ? name_of (self, inkind->unit_id) : "–";
      break;
    case COL_INITIATIVE:
      text = inkind->initiative_id != NULL ? name_of (self, inkind->initiative_id) : "–";
      break;
    case COL_PERIOD:
      text = owned = format_period (inkind);
      break;
    case COL_QUANTITY:
      text = owned = format_quantity (inkind);
      break;
    case COL_VALUE:
      {
        g_autofree char *amount = format_money (inkind->fair_value, inkind->currency);

        text = owned = g_strdup_printf ("%s %s", inkind->currency, amount);
        break;
      }
    case COL_CHF:
      text = owned = format_money (inkind->fair_value_chf, "CHF");
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static void
add_columns (MzInkindPage *self)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "mz-page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(column_titles[i]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (i == COL_DESCRIPTION)
        {
          gtk_column_view_column_set_expand (column, TRUE);
          gtk_column_view_column_set_fixed_width (column, 100);
        }
      else if (i == COL_PARTNER)
        gtk_column_view_column_set_fixed_width (column, 130);
      else if (i == COL_INITIATIVE)
        gtk_column_view_column_set_fixed_width (column, 120);
      else if (i == COL_KIND)
        gtk_column_view_column_set_fixed_width (column, 110);
      else if (i == COL_UNIT)
        gtk_column_view_column_set_fixed_width (column, 70);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* Totals */

static void
add_total_row (MzInkindPage        *self,
               AdwPreferencesGroup *group,
               const char          *group_name,
               const char          *key,
               const char          *title,
               gint64               centimes)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;
  g_autofree char *text = _mz_initiatives_format_chf (centimes);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->total_rows, row);
  g_hash_table_insert (self->totals, g_strdup_printf ("%s %s", group_name, key ? key : ""),
                       g_steal_pointer (&text));
}

static gboolean
fill_totals (MzInkindPage         *self,
             AdwPreferencesGroup  *group,
             const char           *group_name,
             MzTotalsGroup         by,
             GHashTable           *unit_codes,
             GError              **error)
{
  g_autoptr(MzTotals) totals = mz_totals_compute (store_of (self), by, NULL, TRUE, NULL, error);
  guint n = 0;

  if (totals == NULL)
    return FALSE;

  for (guint i = 0; i < totals->rows->len; i++)
    {
      const MzTotalsRow *row = g_ptr_array_index (totals->rows, i);
      const char *title, *key = row->key;

      if (row->inkind_chf == 0)
        continue;
      if (row->key == NULL)
        title = by == MZ_TOTALS_BY_UNIT ? _("No unit") : _("No initiative");
      else if (by == MZ_TOTALS_BY_UNIT)
        {
          key = g_hash_table_lookup (unit_codes, row->key);
          title = key != NULL ? mz_labels_unit_name (key) : row->key;
        }
      else if (by == MZ_TOTALS_BY_INITIATIVE)
        title = name_of (self, row->key);
      else
        title = row->key;
      add_total_row (self, group, group_name, key, title, row->inkind_chf);
      n++;
    }
  if (n == 0)
    add_total_row (self, group, group_name, "none", _("Nothing yet"), 0);
  return TRUE;
}

static void
clear_totals (MzInkindPage *self)
{
  for (guint i = 0; i < self->total_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->total_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->total_rows, 0);
  g_hash_table_remove_all (self->totals);
}

/* Search: partner, description, kind, unit or initiative. */
static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  MzInkindPage *self = user_data;
  const MzInkind *inkind = g_object_get_data (item, "inkind");
  const char *key = mz_section_page_get_search_key (MZ_SECTION_PAGE (self));

  if (key == NULL)
    return TRUE;
  return mz_section_page_text_matches (name_of (self, inkind->partner_id), key) ||
         mz_section_page_text_matches (inkind->description, key) ||
         mz_section_page_text_matches (mz_inkind_kind_label (inkind->kind), key) ||
         (inkind->unit_id != NULL && mz_section_page_text_matches (name_of (self, inkind->unit_id), key)) ||
         (inkind->initiative_id != NULL &&
          mz_section_page_text_matches (name_of (self, inkind->initiative_id), key));
}

static void
update_count (MzInkindPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  if (shown == total)
    /* Translators: the number of in-kind contributions listed */
    count = g_strdup_printf (ngettext ("%u contribution", "%u contributions", total), total);
  else
    /* Translators: in-kind contributions found by the search, of all */
    count = g_strdup_printf (ngettext ("%u of %u contribution", "%u of %u contributions", total),
                             shown, total);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "list" : "empty");
}

static void
mz_inkind_page_search_changed (MzSectionPage *page)
{
  MzInkindPage *self = MZ_INKIND_PAGE (page);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* "Export to Excel…" */

enum {
  EXPORT_PARTNER,
  EXPORT_KIND,
  EXPORT_DESCRIPTION,
  EXPORT_UNIT,
  EXPORT_INITIATIVE,
  EXPORT_START,
  EXPORT_END,
  EXPORT_QUANTITY,
  EXPORT_QUANTITY_UNIT,
  EXPORT_VALUE,
  EXPORT_CURRENCY,
  EXPORT_CHF,
  EXPORT_BASIS,
};

/* On the main thread, at the click: the title, the line under it, the
 * columns, the rows the search leaves in the table's order (their
 * MzInkind is not changed once loaded: a reload makes new ones), and a
 * copy of the names, which a reload empties. */
static MzListTable *
snapshot_export (gpointer         user_data,
                 GPtrArray      **rows,
                 gpointer        *context,
                 GDestroyNotify  *context_free)
{
  MzInkindPage *self = user_data;
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n_shown = g_list_model_get_n_items (shown);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  MzListTable *table = mz_list_table_new (_("In-kind contributions"));
  g_autofree char *subtitle = NULL;
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (mz_section_page_get_search_key (MZ_SECTION_PAGE (self)) != NULL)
    /* Translators: the line under the title of an exported list: the
     * search typed, then how many of all the contributions it shows */
    subtitle = g_strdup_printf (ngettext ("Search: “%s” · %u of %u contribution",
                                          "Search: “%s” · %u of %u contributions", total),
                                mz_section_page_get_search_text (MZ_SECTION_PAGE (self)),
                                n_shown, total);
  else
    /* Translators: the line under the title of an exported list */
    subtitle = g_strdup_printf (ngettext ("All %u contribution", "All %u contributions", total),
                                total);
  mz_list_table_set_subtitle (table, subtitle);
  if (store_of (self) != NULL)
    mz_list_table_set_author (table, mz_store_get_actor (store_of (self)));

  mz_list_table_add_column (table, _("Partner"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Kind"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Description"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Unit"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Initiative"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Start"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("End"), MZ_LIST_COLUMN_DATE);
  mz_list_table_add_column (table, _("Quantity"), MZ_LIST_COLUMN_NUMBER);
  mz_list_table_add_column (table, _("Quantity unit"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Fair value"), MZ_LIST_COLUMN_MONEY);
  mz_list_table_add_column (table, _("Currency"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Fair value (CHF)"), MZ_LIST_COLUMN_CHF);
  mz_list_table_add_column (table, _("Valuation basis"), MZ_LIST_COLUMN_TEXT);

  *rows = mz_list_export_take_items (shown, NULL);

  g_hash_table_iter_init (&iter, self->names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (names, g_strdup (key), g_strdup (value));
  *context = names;
  *context_free = (GDestroyNotify) g_hash_table_unref;
  return table;
}

/* On the worker: the values behind the columns. */
static void
fill_export (MzListTable *table,
             GPtrArray   *rows,
             gpointer     context)
{
  GHashTable *names = context;

  for (guint i = 0; i < rows->len; i++)
    {
      const MzInkind *inkind = g_object_get_data (g_ptr_array_index (rows, i), "inkind");
      const char *partner = inkind->partner_id != NULL ? g_hash_table_lookup (names, inkind->partner_id) : NULL;

      mz_list_table_add_row (table);
      mz_list_table_set_text (table, EXPORT_PARTNER, partner != NULL ? partner : inkind->partner_id);
      mz_list_table_set_text (table, EXPORT_KIND, mz_inkind_kind_label (inkind->kind));
      mz_list_table_set_text (table, EXPORT_DESCRIPTION, inkind->description);
      if (inkind->unit_id != NULL)
        {
          const char *unit = g_hash_table_lookup (names, inkind->unit_id);

          mz_list_table_set_text (table, EXPORT_UNIT, unit != NULL ? unit : inkind->unit_id);
        }
      if (inkind->initiative_id != NULL)
        {
          const char *initiative = g_hash_table_lookup (names, inkind->initiative_id);

          mz_list_table_set_text (table, EXPORT_INITIATIVE,
                                  initiative != NULL ? initiative : inkind->initiative_id);
        }
      mz_list_table_set_date (table, EXPORT_START, inkind->start_date);
      mz_list_table_set_date (table, EXPORT_END, inkind->end_date);
      if (inkind->quantity_milli >= 0)
        mz_list_table_set_number (table, EXPORT_QUANTITY, inkind->quantity_milli / 1000.0);
      if (inkind->quantity_unit != NULL)
        mz_list_table_set_text (table, EXPORT_QUANTITY_UNIT, quantity_unit_label (inkind->quantity_unit));
      mz_list_table_set_money (table, EXPORT_VALUE, inkind->fair_value, inkind->currency);
      mz_list_table_set_text (table, EXPORT_CURRENCY, inkind->currency);
      mz_list_table_set_money (table, EXPORT_CHF, inkind->fair_value_chf, "CHF");
      mz_list_table_set_text (table, EXPORT_BASIS, inkind->valuation_basis);
    }
}

/* Exported once the rows are read, and while a workbook is being written
 * (for its Cancel button); not before the first load, during a reload or
 * after one that failed. */
static void
update_export (MzInkindPage *self)
{
  gtk_widget_set_sensitive (self->export_button,
                            self->loaded || mz_list_export_button_get_busy (MZ_LIST_EXPORT_BUTTON (self->export_button)));
}

/* Loading */

static void
mz_inkind_page_reload (MzSectionPage *page)
{
  MzInkindPage *self = MZ_INKIND_PAGE (page);
  MzStore *store = store_of (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) unit_codes = NULL;
  gboolean ok;

  self->loaded = FALSE;
  update_export (self);
  if (store == NULL)
    return;

  g_list_store_remove_all (self->rows);
  g_hash_table_remove_all (self->names);
  clear_totals (self);
  unit_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  list = mz_inkind_store_list (store, NULL, &error);
  if (list != NULL)
    initiatives = mz_initiative_store_list (store, &error);
  if (initiatives != NULL)
    units = mz_org_unit_list (store, &error);
  ok = units != NULL;

  if (ok)
    {
      for (guint i = 0; i < initiatives->len; i++)
        {
          MzInitiative *initiative = g_ptr_array_index (initiatives, i);

          g_hash_table_insert (self->names, g_strdup (initiative->id), g_strdup (initiative->name));
        }
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

          g_hash_table_insert (self->names, g_strdup (mz_org_unit_get_id (unit)),
                               g_strdup (mz_org_unit_get_code (unit)));
          g_hash_table_insert (unit_codes, g_strdup (mz_org_unit_get_id (unit)),
                               g_strdup (mz_org_unit_get_code (unit)));
        }

      for (guint i = 0; i < list->len; i++)
        {
          MzInkind *inkind = g_ptr_array_index (list, i);
          g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

          if (inkind->partner_id != NULL && !g_hash_table_contains (self->names, inkind->partner_id))
            {
              g_autoptr(MzPartner) partner = mz_partner_store_get (store, inkind->partner_id, NULL);

              if (partner != NULL)
                g_hash_table_insert (self->names, g_strdup (inkind->partner_id),
                                     g_strdup (mz_partner_get_name (partner)));
            }
          g_object_set_data_full (item, "inkind", inkind, (GDestroyNotify) mz_inkind_free);
          g_ptr_array_index (list, i) = NULL;
          g_list_store_append (self->rows, item);
        }

      ok = fill_totals (self, self->year_group, "year", MZ_TOTALS_BY_YEAR, unit_codes, &error) &&
           fill_totals (self, self->unit_group, "unit", MZ_TOTALS_BY_UNIT, unit_codes, &error) &&
           fill_totals (self, self->initiative_group, "initiative", MZ_TOTALS_BY_INITIATIVE,
                        unit_codes, &error);
    }

  /* After the totals, which bring their aggregates up to date first. */
  mz_section_page_mark_current (page);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok);
  if (!ok)
    gtk_label_set_label (self->error_label, error->message);

  self->loaded = ok;
  update_export (self);
  update_count (self);
}

static void
editor_saved_cb (MzInkindEditor *editor,
                 const char     *id,
                 MzInkindPage   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  mz_section_page_reload (MZ_SECTION_PAGE (self));
  if (MZ_IS_WINDOW (root))
    mz_window_add_toast (MZ_WINDOW (root), adw_toast_new (_("In-kind contribution saved")));
}

GtkWindow *
_mz_inkind_page_open_editor (MzInkindPage *self)
{
  GtkRoot *root;
  MzInkindEditor *editor;

  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), NULL);

  if (store_of (self) == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = mz_inkind_editor_new (store_of (self), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
add_clicked_cb (MzInkindPage *self)
{
  _mz_inkind_page_open_editor (self);
}

/* Overrides */

static void
mz_inkind_page_finalize (GObject *object)
{
  MzInkindPage *self = MZ_INKIND_PAGE (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->total_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mz_inkind_page_parent_class)->finalize (object);
}

static void
mz_inkind_page_class_init (MzInkindPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->finalize = mz_inkind_page_finalize;
  page_class->reload = mz_inkind_page_reload;
  page_class->search_changed = mz_inkind_page_search_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-inkind-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, view);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, year_group);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, unit_group);
  gtk_widget_class_bind_template_child (widget_class, MzInkindPage, initiative_group);
}

static void
mz_inkind_page_init (MzInkindPage *self)
{
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (G_TYPE_OBJECT);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->total_rows = g_ptr_array_new ();
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                              GTK_FILTER (self->filter));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered))));
  gtk_column_view_set_model (self->view, selection);
  g_object_unref (selection);
  add_columns (self);

  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);

  /* Translators: the start of the suggested file name of the exported
   * In-kind list, before a date */
  self->export_button = mz_list_export_button_new_with_fill (_("In-kind"), snapshot_export,
                                                             fill_export, self);
  g_signal_connect_object (self->export_button, "notify::busy", G_CALLBACK (update_export), self,
                           G_CONNECT_SWAPPED);
  update_export (self);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->add_button))),
                              self->export_button, GTK_WIDGET (self->count_label));
}

MzStore *
mz_inkind_page_get_store (MzInkindPage *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), NULL);
  return store_of (self);
}

void
mz_inkind_page_set_store (MzInkindPage *self,
                          MzStore      *store)
{
  g_return_if_fail (MZ_IS_INKIND_PAGE (self));

  mz_section_page_set_store (MZ_SECTION_PAGE (self), store);
}

GListModel *
_mz_inkind_page_get_rows (MzInkindPage *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), NULL);
  return G_LIST_MODEL (self->rows);
}

const char *
_mz_inkind_page_get_total (MzInkindPage *self,
                           const char   *group,
                           const char   *key)
{
  g_autofree char *lookup = NULL;

  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), NULL);

  lookup = g_strdup_printf ("%s %s", group, key != NULL ? key : "");
  return g_hash_table_lookup (self->totals, lookup);
}

GtkWidget *
_mz_inkind_page_get_export_button (MzInkindPage *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), NULL);
  return self->export_button;
}

guint
_mz_inkind_page_get_n_shown (MzInkindPage *self)
{
  g_return_val_if_fail (MZ_IS_INKIND_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

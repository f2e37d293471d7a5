/* mz-budget-page.c — the Regular Budget section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table 1 reads best as the strategy prints it: the lines down, the years
 * across, each amount editable in place. The unit value, the Member
 * States' units and the scenario belong to one year, chosen in the
 * header of "Assessed Contributions". Every edit is saved on Enter
 * through app/mz-budget-service (one audited transaction); a refused
 * value stays in its entry, marked, with the reason in a toast.
 */
#define G_LOG_DOMAIN "mz-budget-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-budget-page-private.h"
#include "mz-budget-service.h"
#include "mz-money-entry.h"
#include "mz-window.h"


G_DEFINE_FINAL_TYPE (MzBudgetPage, mz_budget_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_year (MzBudgetPage *self);

/* Helpers */

char *
_mz_budget_page_format_chf (gint64 centimes)
{
  g_autofree char *amount = mz_money_entry_format (centimes, "CHF");

  /* TRANSLATORS: an amount of Swiss francs, e.g. "CHF 318,000.00" */
  return g_strdup_printf (_("CHF %s"), amount);
}

static char *
format_difference (gint64 centimes)
{
  g_autofree char *amount = mz_money_entry_format (centimes < 0 ? -centimes : centimes, "CHF");

  if (centimes > 0)
    return g_strdup_printf (_("+CHF %s"), amount);
  if (centimes < 0)
    return g_strdup_printf (_("−CHF %s"), amount);
  return g_strdup_printf (_("CHF %s"), amount);
}

/* Whole francs without their centimes ("108 600 000"), else the amount
 * with its decimals: what Table 1 shows, and what the entry reads back. */
static char *
format_table_amount (gint64 centimes)
{
  if (centimes % 100 == 0)
    return mz_money_entry_format (centimes / 100, "JPY");
  return mz_money_entry_format (centimes, "CHF");
}

static void
set_table_amount (GtkWidget *entry,
                  gint64     centimes)
{
  g_autofree char *text = format_table_amount (centimes);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Shows why an edit was refused, marks @entry and keeps its text. */
void
_mz_budget_page_show_error (MzBudgetPage *self,
            GtkWidget    *entry,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  if (entry != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, error->message);
    }
  if (MZ_IS_WINDOW (root))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      mz_window_add_toast (MZ_WINDOW (root), adw_toast_new (markup));
    }
}

void
_mz_budget_page_clear_error (GtkWidget *entry)
{
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
}

void
_mz_budget_page_toast (MzBudgetPage *self,
       const char   *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (MZ_IS_WINDOW (root))
    mz_window_add_toast (MZ_WINDOW (root), adw_toast_new (message));
}

void
_mz_budget_page_remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  if (GTK_IS_LIST_BOX (parent))
    {
      GtkListBoxRow *row;

      /* by index: the first child may be the placeholder, which stays */
      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (parent), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (parent), GTK_WIDGET (row));
      return;
    }
  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_GRID (parent))
        gtk_grid_remove (GTK_GRID (parent), child);
      else
        gtk_widget_unparent (child);
    }
}

/* Table 1 */

static void on_line_activate_cb (MzBudgetPage *self,
                                 GtkWidget    *entry);

static void
update_line_totals (MzBudgetPage *self)
{
  const char * const *lines = mz_budget_lines ();

  for (guint y = 0; y < self->line_years->len; y++)
    {
      int year = g_array_index (self->line_years, int, y);
      g_autofree char *year_key = g_strdup_printf ("%d", year);
      GtkLabel *label = g_hash_table_lookup (self->totals, year_key);
      gint64 total = 0;

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *key = g_strdup_printf ("%d %s", year, lines[l]);
          MzMoneyEntry *entry = g_hash_table_lookup (self->line_entries, key);
          gint64 amount = entry ? mz_money_entry_get_amount (entry) : G_MININT64;

          if (amount != G_MININT64)
            total += amount;
        }
      if (label != NULL)
        {
          g_autofree char *text = format_table_amount (total);

          gtk_label_set_text (label, text);
        }
    }
}

static void
build_lines (MzBudgetPage *self)
{
  const char * const *lines = mz_budget_lines ();
  g_autoptr(GArray) amounts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *label;
  guint n_lines = g_strv_length ((char **) lines);

  _mz_budget_page_remove_children (GTK_WIDGET (self->lines_grid));
  g_hash_table_remove_all (self->line_entries);
  g_hash_table_remove_all (self->totals);

  amounts = mz_budget_store_lines (self->store, 0, 0, &error);
  if (amounts == NULL)
    {
      _mz_budget_page_show_error (self, NULL, error);
      return;
    }

  /* The columns: the years that have lines, and one added. */
  g_array_set_size (self->line_years, 0);
  for (guint i = 0; i < amounts->len; i++)
    {
      int year = g_array_index (amounts, MzBudgetLine, i).year;

      if (self->line_years->len == 0 || g_array_index (self->line_years, int, self->line_years->len - 1) != year)
        g_array_append_val (self->line_years, year);
    }
  if (self->added_year != 0 &&
      (self->line_years->len == 0 ||
       g_array_index (self->line_years, int, self->line_years->len - 1) < self->added_year))
    g_array_append_val (self->line_years, self->added_year);
  if (self->line_years->len == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int year = g_date_time_get_year (now);

      g_array_append_val (self->line_years, year);
    }

  /* The header row: the years. */
  label = gtk_label_new (_("CHF"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (self->lines_grid, label, 0, 0, 1, 1);
  for (guint y = 0; y < self->line_years->len; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", g_array_index (self->line_years, int, y));

      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->lines_grid, label, (int) y + 1, 0, 1, 1);
    }

  for (guint l = 0; l < n_lines; l++)
    {
      label = gtk_label_new (mz_budget_line_label (lines[l]));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (self->lines_grid, label, 0, (int) l + 1, 1, 1);

      for (guint y = 0; y < self->line_years->len; y++)
        {
          int year = g_array_index (self->line_years, int, y);
          GtkWidget *entry = mz_money_entry_new ();
          g_autofree char *tip = NULL;

          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
          gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
          mz_money_entry_set_optional (MZ_MONEY_ENTRY (entry), TRUE);
          /* TRANSLATORS: tooltip of a cell of Table 1: "Publications, 2023" */
          tip = g_strdup_printf (_("%s, %d"), mz_budget_line_label (lines[l]), year);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
          g_object_set_data (G_OBJECT (entry), "year", GINT_TO_POINTER (year));
          g_object_set_data (G_OBJECT (entry), "line", (gpointer) lines[l]);
          for (guint i = 0; i < amounts->len; i++)
            {
              MzBudgetLine *b = &g_array_index (amounts, MzBudgetLine, i);

              if (b->year == year && g_str_equal (b->line, lines[l]))
                set_table_amount (entry, b->amount_chf);
            }
          g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_line_activate_cb), self);
          g_hash_table_insert (self->line_entries, g_strdup_printf ("%d %s", year, lines[l]), entry);
          gtk_grid_attach (self->lines_grid, entry, (int) y + 1, (int) l + 1, 1, 1);
        }
    }

  /* The totals. */
  label = gtk_label_new (_("Total"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (self->lines_grid, label, 0, (int) n_lines + 1, 1, 1);
  for (guint y = 0; y < self->line_years->len; y++)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "numeric");
      g_hash_table_insert (self->totals, g_strdup_printf ("%d", g_array_index (self->line_years, int, y)), label);
      gtk_grid_attach (self->lines_grid, label, (int) y + 1, (int) n_lines + 1, 1, 1);
    }
  update_line_totals (self);
}

/* The year chooser */

static void
fill_year_dropdown (MzBudgetPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint y = 0; y < self->years->len; y++)
    {
      int year = g_array_index (self->years, int, y);
      g_autofree char *text = g_strdup_printf ("%d", year);

      gtk_string_list_append (model, text);
      if (year == self->year)
        selected = y;
    }
  if (selected == GTK_INVALID_LIST_POSITION && self->years->len > 0)
    {
      /* This year when it has figures, else the latest. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      selected = self->years->len - 1;
      for (guint y = 0; y < self->years->len; y++)
        if (g_array_index (self->years, int, y) == g_date_time_get_year (now))
          selected = y;
    }

  self->loading = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->loading = FALSE;
  self->year = selected != GTK_INVALID_LIST_POSITION ? g_array_index (self->years, int, selected) : 0;
}

/* Assessed contributions and the scenario */

void
_mz_budget_page_update_summary (MzBudgetPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *units = NULL;
  g_autofree char *states = NULL;
  MzBudgetSummary s = { 0 };
  gint64 scenario = mz_money_entry_get_amount (self->scenario_entry);

  if (self->store == NULL || self->year == 0)
    return;

  if (scenario == G_MININT64 || scenario <= 0)
    scenario = 0;
  if (!mz_budget_service_summary (self->store, self->year, scenario, &s, &error))
    {
      _mz_budget_page_show_error (self, NULL, error);
      return;
    }

  units = _mz_budget_page_format_units (s.units_x16);
  gtk_label_set_text (self->units_label, units);
  states = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Member State assessed",
                                         "%u Member States assessed", s.n_states), s.n_states);
  adw_action_row_set_subtitle (self->units_row, states);

  if (s.unit_value > 0)
    {
      g_autofree char *assessed = _mz_budget_page_format_chf (s.assessed);

      gtk_label_set_text (self->assessed_label, assessed);
    }
  else
    gtk_label_set_text (self->assessed_label, _("No unit value for this year"));

  if (s.scenario_value > 0 && s.unit_value > 0)
    {
      g_autofree char *total = _mz_budget_page_format_chf (s.scenario_assessed);
      g_autofree char *difference = format_difference (s.difference);

      gtk_label_set_text (self->scenario_total_label, total);
      gtk_label_set_text (self->scenario_difference_label, difference);
      gtk_widget_remove_css_class (GTK_WIDGET (self->scenario_difference_label), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->scenario_difference_label), "error");
      if (s.difference > 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->scenario_difference_label), "success");
      else if (s.difference < 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->scenario_difference_label), "error");
    }
  else
    {
      gtk_label_set_text (self->scenario_total_label,
                          s.unit_value > 0 ? _("Enter a unit value") : "—");
      gtk_label_set_text (self->scenario_difference_label, "—");
      gtk_widget_remove_css_class (GTK_WIDGET (self->scenario_difference_label), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->scenario_difference_label), "error");
    }
}

/* Loading */

/* The period the unit value is in force: "CHF; unchanged since 2006". */
static void
show_unit_value_period (MzBudgetPage *self,
                        gint64        unit_value)
{
  g_autofree char *subtitle = NULL;
  int first = self->year;
  gint64 value;

  if (unit_value > 0)
    while (first > 1865 && mz_budget_store_unit_value (self->store, first - 1, &value, NULL) && value == unit_value)
      first--;

  if (unit_value <= 0)
    subtitle = g_strdup (_("CHF; none recorded for this year. Enter it and press Enter to save"));
  else if (first < self->year)
    /* TRANSLATORS: the unit value of the year chosen has not changed since %d */
    subtitle = g_strdup_printf (_("CHF; unchanged since %d. Press Enter to save a change"), first);
  else
    subtitle = g_strdup (_("CHF; press Enter to save"));
  adw_action_row_set_subtitle (self->unit_value_row, subtitle);
}

static void
show_year (MzBudgetPage *self)
{
  gint64 unit_value = 0;

  self->loading = TRUE;
  if (self->store != NULL && self->year != 0 &&
      mz_budget_store_unit_value (self->store, self->year, &unit_value, NULL))
    mz_money_entry_set_amount (self->unit_value_entry, unit_value);
  else
    mz_money_entry_set_amount (self->unit_value_entry, G_MININT64);
  _mz_budget_page_clear_error (GTK_WIDGET (self->unit_value_entry));
  self->loading = FALSE;
  show_unit_value_period (self, unit_value);

  _mz_budget_page_build_states (self);
  _mz_budget_page_update_summary (self);
}

static void
reload (MzBudgetPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->years, g_array_unref);
  if (self->store != NULL)
    self->years = mz_budget_store_years (self->store, &error);
  if (self->years == NULL)
    {
      self->years = g_array_new (FALSE, FALSE, sizeof (int));
      if (error != NULL)
        _mz_budget_page_show_error (self, NULL, error);
    }
  if (self->years->len == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int year = g_date_time_get_year (now);

      g_array_append_val (self->years, year);
    }

  build_lines (self);
  fill_year_dropdown (self);
  show_year (self);
}

static gboolean
year_is_listed (MzBudgetPage *self,
                int           year)
{
  for (guint y = 0; y < self->years->len; y++)
    if (g_array_index (self->years, int, y) == year)
      return TRUE;
  return FALSE;
}

/* Callbacks */

static void
on_line_activate_cb (MzBudgetPage *self,
                     GtkWidget    *entry)
{
  g_autoptr(GError) error = NULL;
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "year"));
  const char *line = g_object_get_data (G_OBJECT (entry), "line");
  gint64 amount;

  if (self->store == NULL)
    return;
  if (!mz_money_entry_read (MZ_MONEY_ENTRY (entry), &amount, &error))
    {
      _mz_budget_page_show_error (self, entry, error);
      return;
    }
  if (amount == G_MININT64)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s, %d: enter an amount."),
                   mz_budget_line_label (line), year);
      _mz_budget_page_show_error (self, entry, error);
      return;
    }
  if (!mz_budget_service_set_line (self->store, year, line, amount, &error))
    {
      _mz_budget_page_show_error (self, entry, error);
      return;
    }
  _mz_budget_page_clear_error (entry);
  g_clear_pointer (&self->last_error, g_free);
  set_table_amount (entry, amount);
  update_line_totals (self);
  if (!year_is_listed (self, year))
    {
      /* A year added to the table: offer it in the chooser too. */
      g_autoptr(GArray) years = mz_budget_store_years (self->store, NULL);

      if (years != NULL)
        {
          g_clear_pointer (&self->years, g_array_unref);
          self->years = g_steal_pointer (&years);
          fill_year_dropdown (self);
        }
    }
  _mz_budget_page_toast (self, _("Budget line saved"));
}

static void
on_unit_value_activate_cb (MzBudgetPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (self->store == NULL || self->year == 0)
    return;
  if (!mz_money_entry_read (self->unit_value_entry, &amount, &error) ||
      !mz_budget_service_set_unit_value (self->store, self->year, amount, &error))
    {
      _mz_budget_page_show_error (self, GTK_WIDGET (self->unit_value_entry), error);
      return;
    }
  _mz_budget_page_clear_error (GTK_WIDGET (self->unit_value_entry));
  g_clear_pointer (&self->last_error, g_free);
  show_unit_value_period (self, amount);
  _mz_budget_page_build_states (self);
  _mz_budget_page_update_summary (self);
  _mz_budget_page_toast (self, _("Unit value saved"));
}

static void
on_scenario_changed_cb (MzBudgetPage *self)
{
  if (!self->loading)
    _mz_budget_page_update_summary (self);
}

static void
on_year_selected_cb (MzBudgetPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->loading || self->years == NULL || selected >= self->years->len)
    return;
  self->year = g_array_index (self->years, int, selected);
  show_year (self);
}

static void
on_add_year_clicked_cb (MzBudgetPage *self)
{
  int year;

  if (self->line_years->len == 0)
    return;
  year = g_array_index (self->line_years, int, self->line_years->len - 1) + 1;
  if (year > 2200)
    return;
  self->added_year = year;
  build_lines (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (MZ_BUDGET_PAGE (widget));
}

/* Overrides */

static void
mz_budget_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MzBudgetPage *self = MZ_BUDGET_PAGE (object);

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
mz_budget_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MzBudgetPage *self = MZ_BUDGET_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_budget_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_budget_page_dispose (GObject *object)
{
  MzBudgetPage *self = MZ_BUDGET_PAGE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_budget_page_parent_class)->dispose (object);
}

static void
mz_budget_page_finalize (GObject *object)
{
  MzBudgetPage *self = MZ_BUDGET_PAGE (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->line_years, g_array_unref);
  g_clear_pointer (&self->line_entries, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->last_error, g_free);

  G_OBJECT_CLASS (mz_budget_page_parent_class)->finalize (object);
}

static void
mz_budget_page_class_init (MzBudgetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_budget_page_dispose;
  object_class->finalize = mz_budget_page_finalize;
  object_class->get_property = mz_budget_page_get_property;
  object_class->set_property = mz_budget_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MZ_TYPE_MONEY_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, lines_grid);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, unit_value_entry);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, unit_value_row);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, units_row);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, units_label);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, assessed_label);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, scenario_entry);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, scenario_total_label);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, scenario_difference_label);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, states_search);
  gtk_widget_class_bind_template_child (widget_class, MzBudgetPage, states_list);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_value_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scenario_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_year_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_states_search_changed_cb",
                                                G_CALLBACK (_mz_budget_page_on_states_search_changed));

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_budget_page_init (MzBudgetPage *self)
{
  self->line_entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->line_years = g_array_new (FALSE, FALSE, sizeof (int));

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;

  _mz_budget_page_init_states (self);

}

/* Public API */

MzStore *
mz_budget_page_get_store (MzBudgetPage *self)
{
  g_return_val_if_fail (MZ_IS_BUDGET_PAGE (self), NULL);

  return self->store;
}

void
mz_budget_page_set_store (MzBudgetPage *self,
                          MzStore      *store)
{
  g_return_if_fail (MZ_IS_BUDGET_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  self->year = 0;
  self->added_year = 0;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* For tests */

int
_mz_budget_page_get_year (MzBudgetPage *self)
{
  return self->year;
}

void
_mz_budget_page_set_year (MzBudgetPage *self,
                          int           year)
{
  for (guint y = 0; y < self->years->len; y++)
    if (g_array_index (self->years, int, y) == year)
      gtk_drop_down_set_selected (self->year_dropdown, y);
}

GtkWidget *
_mz_budget_page_get_line_entry (MzBudgetPage *self,
                                int           year,
                                const char   *line)
{
  g_autofree char *key = g_strdup_printf ("%d %s", year, line);

  return g_hash_table_lookup (self->line_entries, key);
}

const char *
_mz_budget_page_get_line_total (MzBudgetPage *self,
                                int           year)
{
  g_autofree char *key = g_strdup_printf ("%d", year);
  GtkLabel *label = g_hash_table_lookup (self->totals, key);

  return label ? gtk_label_get_text (label) : NULL;
}

GtkWidget *
_mz_budget_page_get_widget (MzBudgetPage *self,
                            const char   *name)
{
  if (g_str_equal (name, "unit_value"))
    return GTK_WIDGET (self->unit_value_entry);
  if (g_str_equal (name, "scenario"))
    return GTK_WIDGET (self->scenario_entry);
  if (g_str_equal (name, "units"))
    return GTK_WIDGET (self->units_label);
  if (g_str_equal (name, "assessed"))
    return GTK_WIDGET (self->assessed_label);
  if (g_str_equal (name, "scenario_total"))
    return GTK_WIDGET (self->scenario_total_label);
  if (g_str_equal (name, "scenario_difference"))
    return GTK_WIDGET (self->scenario_difference_label);
  if (g_str_equal (name, "states_search"))
    return GTK_WIDGET (self->states_search);
  return NULL;
}

const char *
_mz_budget_page_get_error (MzBudgetPage *self)
{
  return self->last_error;
}

/* mz-budget-page-states.c — the Member States' contributory units of the
 * Regular Budget section: a searchable list, each state's units editable
 * and its assessed contribution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-budget-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-budget-page-private.h"
#include "mz-budget-service.h"

/* Units isolated left to right, so that "1 1/2" does not turn into
 * "1/2 1" in Arabic; mz_budget_parse_units() ignores the marks. */
char *
_mz_budget_page_format_units (gint64 units_x16)
{
  g_autofree char *units = mz_budget_format_units (units_x16);

  if (gtk_widget_get_default_direction () != GTK_TEXT_DIR_RTL)
    return g_steal_pointer (&units);
  return g_strconcat ("\u2066", units, "\u2069", NULL);
}

/* Member States */

static void on_units_activate_cb (MzBudgetPage *self,
                                  GtkWidget    *entry);

static void
update_state_row (MzBudgetPage       *self,
                  GtkWidget          *row,
                  MzBudgetAssessment *a)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "assessed-label");
  gint64 unit_value = 0;

  if (!mz_budget_store_unit_value (self->store, self->year, &unit_value, NULL) || a->units_x16 == 0)
    gtk_label_set_text (label, "—");
  else
    {
      g_autofree char *text = _mz_budget_page_format_chf (mz_budget_assessed_share (a->units_x16, unit_value));

      gtk_label_set_text (label, text);
    }
}

void
_mz_budget_page_build_states (MzBudgetPage *self)
{
  g_autoptr(GError) error = NULL;

  _mz_budget_page_remove_children (GTK_WIDGET (self->states_list));
  g_clear_pointer (&self->states, g_ptr_array_unref);
  if (self->store == NULL || self->year == 0)
    return;

  self->states = mz_budget_store_assessments (self->store, self->year, &error);
  if (self->states == NULL)
    {
      _mz_budget_page_show_error (self, NULL, error);
      return;
    }

  for (guint i = 0; i < self->states->len; i++)
    {
      MzBudgetAssessment *a = self->states->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *title = g_markup_escape_text (a->name, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (a->local_name != NULL && g_strcmp0 (a->local_name, a->name) != 0)
        {
          g_autofree char *subtitle = g_markup_escape_text (a->local_name, -1);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }

      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("units"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Contributory units"), -1);
      if (a->units_x16 > 0)
        {
          g_autofree char *units = _mz_budget_page_format_units (a->units_x16);

          gtk_editable_set_text (GTK_EDITABLE (entry), units);
        }
      g_object_set_data (G_OBJECT (entry), "assessment", a);
      g_object_set_data (G_OBJECT (entry), "row", row);
      g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_units_activate_cb), self);

      gtk_label_set_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "assessment", a);
      g_object_set_data (G_OBJECT (row), "assessed-label", label);
      g_object_set_data (G_OBJECT (row), "units-entry", entry);
      update_state_row (self, row, a);
      gtk_list_box_append (self->states_list, row);
    }
  gtk_list_box_invalidate_filter (self->states_list);
}

static gboolean
filter_state (GtkListBoxRow *row,
              gpointer       user_data)
{
  MzBudgetPage *self = user_data;
  MzBudgetAssessment *a = g_object_get_data (G_OBJECT (row), "assessment");
  g_autofree char *name = NULL;
  g_autofree char *local = NULL;

  if (self->search_key == NULL || a == NULL)
    return TRUE;
  name = g_utf8_casefold (a->name, -1);
  local = a->local_name ? g_utf8_casefold (a->local_name, -1) : NULL;
  return strstr (name, self->search_key) != NULL ||
         (local != NULL && strstr (local, self->search_key) != NULL);
}

static void
on_units_activate_cb (MzBudgetPage *self,
                      GtkWidget    *entry)
{
  g_autoptr(GError) error = NULL;
  MzBudgetAssessment *a = g_object_get_data (G_OBJECT (entry), "assessment");
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "row");
  g_autofree char *units_text = NULL;
  gint64 units_x16;

  if (self->store == NULL || a == NULL)
    return;
  if (!mz_budget_parse_units (gtk_editable_get_text (GTK_EDITABLE (entry)), &units_x16, &error) ||
      !mz_budget_service_set_units (self->store, a->partner_id, self->year, units_x16, &error))
    {
      _mz_budget_page_show_error (self, entry, error);
      return;
    }
  _mz_budget_page_clear_error (entry);
  g_clear_pointer (&self->last_error, g_free);
  a->units_x16 = units_x16;
  units_text = _mz_budget_page_format_units (units_x16);
  gtk_editable_set_text (GTK_EDITABLE (entry), units_text);
  update_state_row (self, row, a);
  _mz_budget_page_update_summary (self);
  _mz_budget_page_toast (self, _("Contributory units saved"));
}

void
_mz_budget_page_on_states_search_changed (MzBudgetPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->states_search));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search_key, g_free);
  if (*stripped != '\0')
    self->search_key = g_utf8_casefold (stripped, -1);
  gtk_list_box_invalidate_filter (self->states_list);
}

void
_mz_budget_page_init_states (MzBudgetPage *self)
{
  gtk_list_box_set_filter_func (self->states_list, filter_state, self, NULL);
}

/* For tests */

GtkWidget *
_mz_budget_page_get_units_entry (MzBudgetPage *self,
                                 const char   *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->states_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      MzBudgetAssessment *a = g_object_get_data (G_OBJECT (row), "assessment");

      if (a != NULL && g_strcmp0 (a->name, name) == 0)
        return g_object_get_data (G_OBJECT (row), "units-entry");
    }
  return NULL;
}

guint
_mz_budget_page_get_n_states_shown (MzBudgetPage *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->states_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_object_get_data (G_OBJECT (row), "assessment") != NULL &&
        gtk_widget_get_child_visible (row))
      n++;
  return n;
}

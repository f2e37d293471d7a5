/* mz-initiatives-page.c — the Initiatives section: each initiative's
 * funding progress, its positioning pillars and contributing partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table lists initiatives in their hierarchy (sub-initiatives
 * indented under their parent) with the figures of
 * mz_totals_initiative_progress(), a parent counting its sub-initiatives;
 * the pane below shows the selected one: its figures, what ITU brings to
 * it under each of the five pillars, and who contributes how much.
 */
#define G_LOG_DOMAIN "mz-initiatives-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-currency-totals.h"
#include "mz-initiative-row.h"
#include "mz-initiatives-page.h"
#include "mz-labels.h"
#include "mz-money.h"
#include "mz-org-unit.h"
#include "mz-partner-store.h"
#include "mz-partner.h"
#include "mz-reports-page.h"
#include "mz-window-private.h"
#include "mz-stats.h"
#include "mz-commitment-service.h"

enum {
  COL_NAME,
  COL_LEAD,
  COL_PERIOD,
  COL_TARGET,
  COL_SIGNED,
  COL_RECEIVED,
  COL_PIPELINE,
  COL_GAP,
  COL_FUNDED,
  N_COLUMNS
};

static const char * const column_titles[N_COLUMNS] = {
  N_("Initiative"),
  N_("Lead"),
  N_("Period"),
  N_("Target (CHF)"),
  N_("Signed"),
  N_("Received"),
  N_("Pipeline"),
  N_("Gap"),
  N_("Funded"),
};

static const char * const figure_names[] = {
  "target", "signed", "received", "pipeline", "inkind", "gap",
};

static const char * const figure_titles[] = {
  N_("Target"),
  N_("Signed"),
  N_("Received"),
  N_("Weighted pipeline"),
  N_("In-kind"),
  N_("Gap to target"),
};

static const char * const pillar_titles[5] = {
  N_("Provide data and knowledge"),
  N_("Create a convening platform"),
  N_("Support policy and regulation"),
  N_("Standardization"),
  N_("Coordinate multi-stakeholder projects"),
};

struct _MzInitiativesPage
{
  MzSectionPage       parent_instance;

  GListStore         *rows;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GtkLabel           *figures[G_N_ELEMENTS (figure_names)];
  AdwActionRow       *pillars[5];
  GPtrArray          *partner_rows;
  guint               n_partners;

  /* Template widgets */
  GtkLabel           *error_label;
  GtkColumnView      *view;
  GtkWidget          *detail_box;
  GtkLabel           *detail_title;
  GtkLabel           *detail_subtitle;
  GtkLabel           *detail_description;
  GtkButton          *export_button;
  AdwPreferencesGroup *funding_group;
  GtkProgressBar     *detail_progress;
  AdwPreferencesGroup *partners_group;
  AdwPreferencesGroup *pillars_group;
};

G_DEFINE_FINAL_TYPE (MzInitiativesPage, mz_initiatives_page, MZ_TYPE_SECTION_PAGE)

static MzStore *
store_of (MzInitiativesPage *self)
{
  return mz_section_page_get_store (MZ_SECTION_PAGE (self));
}

char *
_mz_initiatives_format_chf (gint64 centimes)
{
  MzMoneyLocale locale;

  /* Whole francs, rounded half to even; any currency without decimals
   * formats them. A locale that does not group thousands (C) gets the
   * narrow no-break space of SI: eight digits in a row are hard to read. */
  mz_money_locale_current (&locale);
  if (locale.group[0] == '\0')
    g_strlcpy (locale.group, "\u202F", sizeof locale.group);
  return mz_money_format (mz_money_round_half_even_div (centimes, 100), "JPY", &locale);
}

static char *
format_period (const MzInitiative *initiative)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (initiative == NULL || (initiative->start_date == NULL && initiative->end_date == NULL))
    return g_strdup ("–");

  from = initiative->start_date != NULL ? g_strndup (initiative->start_date, 4) : NULL;
  to = initiative->end_date != NULL ? g_strndup (initiative->end_date, 4) : NULL;
  if (to == NULL)
    /* Translators: an open-ended period; %s is a year */
    return g_strdup_printf (_("from %s"), from);
  if (from == NULL)
    /* Translators: a period with no start; %s is a year */
    return g_strdup_printf (_("until %s"), to);
  if (g_str_equal (from, to))
    return g_strdup (from);
  /* Isolated left to right, so that Arabic shows 2024–2026, not 2026–2024. */
  return g_strdup_printf ("\u2066%s–%s\u2069", from, to);
}

static char *
format_funded (double funded)
{
  if (funded < 0)
    return g_strdup (_("No target"));
  /* Translators: share of an initiative's target signed; %d is a percentage */
  return g_strdup_printf (_("%d %% funded"), (int) (funded * 100 + 0.5));
}

/* The table */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtkWidget *widget;

  if (column == COL_FUNDED)
    {
      widget = gtk_progress_bar_new ();
      gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (widget), TRUE);
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (widget, 120, -1);
    }
  else
    {
      widget = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      if (column >= COL_TARGET)
        {
          gtk_label_set_xalign (GTK_LABEL (widget), 1.0);
          gtk_widget_add_css_class (widget, "numeric");
        }
      else
        gtk_label_set_xalign (GTK_LABEL (widget), 0.0);
    }
  gtk_list_item_set_child (item, widget);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  MzInitiativeRow *row = gtk_list_item_get_item (item);
  const MzInitiativeProgress *progress = mz_initiative_row_get_progress (row);
  const MzInitiative *initiative = mz_initiative_row_get_initiative (row);
  GtkWidget *widget = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COL_NAME:
      gtk_label_set_label (GTK_LABEL (widget), progress->name);
      gtk_widget_set_margin_start (widget, 24 * mz_initiative_row_get_depth (row));
      if (mz_initiative_row_get_depth (row) == 0)
        gtk_widget_add_css_class (widget, "heading");
      else
        gtk_widget_remove_css_class (widget, "heading");
      gtk_widget_set_tooltip_text (widget, progress->name);
      return;
    case COL_LEAD:
      if (mz_initiative_row_get_lead_code (row) != NULL)
        {
          gtk_label_set_label (GTK_LABEL (widget), mz_initiative_row_get_lead_code (row));
          gtk_widget_set_tooltip_text (widget,
                                       mz_labels_unit_name (mz_initiative_row_get_lead_code (row)));
        }
      else
        gtk_label_set_label (GTK_LABEL (widget), "–");
      return;
    case COL_PERIOD:
      text = format_period (initiative);
      break;
    case COL_TARGET:
      text = progress->target_chf >= 0 ? _mz_initiatives_format_chf (progress->target_chf)
                                       : g_strdup ("–");
      break;
    case COL_SIGNED:
      text = _mz_initiatives_format_chf (progress->signed_chf);
      break;
    case COL_RECEIVED:
      text = _mz_initiatives_format_chf (progress->received_chf);
      break;
    case COL_PIPELINE:
      text = _mz_initiatives_format_chf (progress->pipeline_chf);
      break;
    case COL_GAP:
      text = progress->target_chf >= 0 ? _mz_initiatives_format_chf (progress->gap_chf)
                                       : g_strdup ("–");
      break;
    case COL_FUNDED:
      {
        double funded = mz_initiative_row_get_funded (row);
        g_autofree char *funded_text = format_funded (funded);

        gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (widget), CLAMP (funded, 0.0, 1.0));
        gtk_progress_bar_set_text (GTK_PROGRESS_BAR (widget), funded_text);
        return;
      }
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (GTK_LABEL (widget), text);
}

static void
add_columns (MzInitiativesPage *self)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(column_titles[i]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (i == COL_NAME)
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* The detail pane */

static void
clear_partner_rows (MzInitiativesPage *self)
{
  for (guint i = 0; i < self->partner_rows->len; i++)
    adw_preferences_group_remove (self->partners_group, g_ptr_array_index (self->partner_rows, i));
  g_ptr_array_set_size (self->partner_rows, 0);
}

static void
add_partner_row (MzInitiativesPage *self,
                 const char        *title,
                 const char        *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->partners_group, row);
  g_ptr_array_add (self->partner_rows, row);
}

static void
show_partners (MzInitiativesPage          *self,
               const MzInitiativeProgress *progress)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) partners = NULL;

  clear_partner_rows (self);
  self->n_partners = 0;

  partners = mz_totals_initiative_partners (store_of (self), progress->initiative_id, TRUE, NULL,
                                            &error);
  if (partners == NULL)
    {
      add_partner_row (self, error->message, NULL);
      return;
    }
  if (partners->len == 0)
    {
      add_partner_row (self, _("No partner contributes yet"), NULL);
      return;
    }

  for (guint i = 0; i < partners->len; i++)
    {
      MzInitiativePartner *partner = g_ptr_array_index (partners, i);
      g_autoptr(MzPartner) record = mz_partner_store_get (store_of (self), partner->partner_id, NULL);
      g_autofree char *signed_text = _mz_initiatives_format_chf (partner->signed_chf);
      g_autofree char *received_text = _mz_initiatives_format_chf (partner->received_chf);
      g_autofree char *pipeline_text = _mz_initiatives_format_chf (partner->pipeline_chf);
      g_autofree char *subtitle = NULL;

      if (partner->inkind_chf > 0)
        {
          g_autofree char *inkind_text = _mz_initiatives_format_chf (partner->inkind_chf);

          /* Translators: a partner's contribution to an initiative, in CHF */
          subtitle = g_strdup_printf (_("Signed %s · received %s · pipeline %s · in-kind %s"),
                                      signed_text, received_text, pipeline_text, inkind_text);
        }
      else
        /* Translators: a partner's contribution to an initiative, in CHF */
        subtitle = g_strdup_printf (_("Signed %s · received %s · pipeline %s"),
                                    signed_text, received_text, pipeline_text);

      self->n_partners++;
      add_partner_row (self,
                       record != NULL ? mz_partner_get_name (record) : partner->partner_id,
                       subtitle);
    }
}

static void
show_detail (MzInitiativesPage *self,
             MzInitiativeRow   *row)
{
  const MzInitiativeProgress *progress;
  const MzInitiative *initiative;
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *funded = NULL;
  gint64 values[G_N_ELEMENTS (figure_names)];

  gtk_widget_set_visible (self->detail_box, row != NULL);
  if (row == NULL)
    return;

  progress = mz_initiative_row_get_progress (row);
  initiative = mz_initiative_row_get_initiative (row);

  gtk_label_set_label (self->detail_title, progress->name);
  period = format_period (initiative);
  if (mz_initiative_row_get_lead_code (row) != NULL)
    /* Translators: under an initiative's name: its kind, lead unit and period */
    subtitle = g_strdup_printf (_("%s · led by %s · %s"),
                                initiative != NULL ? mz_initiative_kind_label (initiative->kind) : "",
                                mz_labels_unit_name (mz_initiative_row_get_lead_code (row)),
                                period);
  else
    subtitle = g_strdup_printf ("%s · %s",
                                initiative != NULL ? mz_initiative_kind_label (initiative->kind) : "",
                                period);
  gtk_label_set_label (self->detail_subtitle, subtitle);
  gtk_label_set_label (self->detail_description,
                       initiative != NULL && initiative->description != NULL
                       ? initiative->description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_description),
                          initiative != NULL && initiative->description != NULL);

  values[0] = progress->target_chf;
  values[1] = progress->signed_chf;
  values[2] = progress->received_chf;
  values[3] = progress->pipeline_chf;
  values[4] = progress->inkind_chf;
  values[5] = progress->target_chf >= 0 ? progress->gap_chf : -1;
  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    {
      g_autofree char *text = values[i] >= 0 ? _mz_initiatives_format_chf (values[i])
                                             : g_strdup (_("No target"));

      gtk_label_set_label (self->figures[i], text);
    }

  funded = format_funded (mz_initiative_row_get_funded (row));
  gtk_progress_bar_set_fraction (self->detail_progress,
                                 CLAMP (mz_initiative_row_get_funded (row), 0.0, 1.0));
  gtk_progress_bar_set_text (self->detail_progress, funded);

  for (guint i = 0; i < 5; i++)
    {
      const char *text = initiative != NULL ? initiative->pillars[i] : NULL;

      adw_action_row_set_subtitle (self->pillars[i],
                                   text != NULL && *text != '\0' ? text : _("Not stated yet"));
    }

  show_partners (self, progress);
}

static void
selection_changed_cb (MzInitiativesPage *self)
{
  show_detail (self, gtk_single_selection_get_selected_item (self->selection));
}

/* Search: an initiative is shown when its name or its parent's holds
 * the text, so that sub-initiatives stay under their parent. */
static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  MzInitiativesPage *self = user_data;
  MzInitiativeRow *row = item;
  const MzInitiativeProgress *progress = mz_initiative_row_get_progress (row);
  const char *key = mz_section_page_get_search_key (MZ_SECTION_PAGE (self));

  if (key == NULL)
    return TRUE;
  if (mz_section_page_text_matches (progress->name, key))
    return TRUE;

  /* A sub-initiative of a match. */
  for (guint i = 0; progress->parent_id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(MzInitiativeRow) other = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const MzInitiativeProgress *p = mz_initiative_row_get_progress (other);

      if (g_strcmp0 (p->initiative_id, progress->parent_id) == 0)
        return mz_section_page_text_matches (p->name, key);
    }
  return FALSE;
}

static void
mz_initiatives_page_search_changed (MzSectionPage *page)
{
  MzInitiativesPage *self = MZ_INITIATIVES_PAGE (page);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  show_detail (self, gtk_single_selection_get_selected_item (self->selection));
}

/* "Export to Excel…": the Reports section, scoped to this initiative. */
static void
export_clicked_cb (MzInitiativesPage *self)
{
  MzInitiativeRow *row = gtk_single_selection_get_selected_item (self->selection);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *reports;

  if (row == NULL || !MZ_IS_WINDOW (root))
    return;

  gtk_widget_activate_action (GTK_WIDGET (root), "win.section", "s", "reports");
  reports = gtk_stack_get_child_by_name (_mz_window_get_content_stack (MZ_WINDOW (root)), "reports");
  if (MZ_IS_REPORTS_PAGE (reports))
    mz_reports_page_set_scope (MZ_REPORTS_PAGE (reports), NULL,
                               mz_initiative_row_get_progress (row)->initiative_id, TRUE);
}

/* Loading */

static void
append_rows (MzInitiativesPage *self,
             GPtrArray         *progress,
             GHashTable        *initiatives,
             GHashTable        *unit_codes,
             const char        *parent_id,
             guint              depth)
{
  for (guint i = 0; i < progress->len; i++)
    {
      MzInitiativeProgress *p = g_ptr_array_index (progress, i);
      MzInitiative *initiative;
      g_autoptr(MzInitiativeRow) row = NULL;
      const char *lead_code = NULL;
      char *id;

      if (p == NULL || g_strcmp0 (p->parent_id, parent_id) != 0)
        continue;

      /* Each progress goes to one row, which takes it. */
      g_ptr_array_index (progress, i) = NULL;
      id = p->initiative_id;
      g_hash_table_steal_extended (initiatives, id, NULL, (gpointer *) &initiative);
      if (initiative != NULL && initiative->lead_unit_id != NULL)
        lead_code = g_hash_table_lookup (unit_codes, initiative->lead_unit_id);

      row = mz_initiative_row_new (p, initiative, lead_code, depth);
      g_list_store_append (self->rows, row);
      if (depth < 8)
        append_rows (self, progress, initiatives, unit_codes, id, depth + 1);
    }
}

static void
mz_initiatives_page_reload (MzSectionPage *page)
{
  MzInitiativesPage *self = MZ_INITIATIVES_PAGE (page);
  MzStore *store = store_of (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) initiatives = NULL;
  g_autoptr(GHashTable) unit_codes = NULL;
  g_autofree char *selected_id = NULL;
  MzInitiativeRow *selected;

  if (store == NULL)
    return;

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL)
    selected_id = g_strdup (mz_initiative_row_get_progress (selected)->initiative_id);

  g_list_store_remove_all (self->rows);

  progress = mz_totals_initiative_progress (store, TRUE, NULL, &error);
  if (progress != NULL)
    list = mz_initiative_store_list (store, &error);
  if (list != NULL)
    units = mz_org_unit_list (store, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), units == NULL);
  if (units == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      show_detail (self, NULL);
      return;
    }

  initiatives = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) mz_initiative_free);
  for (guint i = 0; i < list->len; i++)
    {
      MzInitiative *initiative = g_ptr_array_index (list, i);

      g_hash_table_insert (initiatives, initiative->id, initiative);
    }
  g_ptr_array_set_free_func (list, NULL);

  unit_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_hash_table_insert (unit_codes, g_strdup (mz_org_unit_get_id (unit)),
                           g_strdup (mz_org_unit_get_code (unit)));
    }

  /* A parent that is archived or missing leaves its children at the top. */
  for (guint i = 0; i < progress->len; i++)
    {
      MzInitiativeProgress *p = g_ptr_array_index (progress, i);

      if (p->parent_id != NULL && !g_hash_table_contains (initiatives, p->parent_id))
        g_clear_pointer (&p->parent_id, g_free);
    }

  append_rows (self, progress, initiatives, unit_codes, NULL, 0);
  /* Whatever a loop in the hierarchy left out. */
  for (guint i = 0; i < progress->len; i++)
    {
      MzInitiativeProgress *p = g_ptr_array_index (progress, i);

      if (p != NULL)
        {
          g_autoptr(MzInitiativeRow) row = NULL;

          g_ptr_array_index (progress, i) = NULL;
          row = mz_initiative_row_new (p, NULL, NULL, 0);
          g_list_store_append (self->rows, row);
        }
    }

  /* After the totals, which bring their aggregates up to date first. */
  mz_section_page_mark_current (page);

  gtk_single_selection_set_selected (self->selection, 0);
  if (selected_id != NULL)
    _mz_initiatives_page_select (self, selected_id);
  show_detail (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
mz_initiatives_page_finalize (GObject *object)
{
  MzInitiativesPage *self = MZ_INITIATIVES_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->partner_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mz_initiatives_page_parent_class)->finalize (object);
}

static void
mz_initiatives_page_class_init (MzInitiativesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->finalize = mz_initiatives_page_finalize;
  page_class->reload = mz_initiatives_page_reload;
  page_class->search_changed = mz_initiatives_page_search_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-initiatives-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, view);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, detail_subtitle);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, detail_description);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, funding_group);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, detail_progress);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, partners_group);
  gtk_widget_class_bind_template_child (widget_class, MzInitiativesPage, pillars_group);
}

static void
mz_initiatives_page_init (MzInitiativesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->partner_rows = g_ptr_array_new ();
  self->rows = g_list_store_new (MZ_TYPE_INITIATIVE_ROW);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  add_columns (self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);

  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(figure_titles[i]));
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->funding_group, row);
      self->figures[i] = GTK_LABEL (label);
    }

  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(pillar_titles[i]));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (self->pillars_group, row);
      self->pillars[i] = ADW_ACTION_ROW (row);
    }

  gtk_widget_set_visible (self->detail_box, FALSE);
}

MzStore *
mz_initiatives_page_get_store (MzInitiativesPage *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), NULL);
  return store_of (self);
}

void
mz_initiatives_page_set_store (MzInitiativesPage *self,
                               MzStore           *store)
{
  g_return_if_fail (MZ_IS_INITIATIVES_PAGE (self));

  mz_section_page_set_store (MZ_SECTION_PAGE (self), store);
}

GListModel *
_mz_initiatives_page_get_rows (MzInitiativesPage *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), NULL);
  return G_LIST_MODEL (self->rows);
}

gboolean
_mz_initiatives_page_select (MzInitiativesPage *self,
                             const char        *initiative_id)
{
  guint n;

  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzInitiativeRow) row = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (mz_initiative_row_get_progress (row)->initiative_id, initiative_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
_mz_initiatives_page_get_figure_text (MzInitiativesPage *self,
                                      const char        *figure)
{
  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    if (g_strcmp0 (figure_names[i], figure) == 0)
      return gtk_label_get_label (self->figures[i]);
  return NULL;
}

guint
_mz_initiatives_page_get_n_partners (MzInitiativesPage *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), 0);
  return self->n_partners;
}

guint
_mz_initiatives_page_get_n_shown (MzInitiativesPage *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVES_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

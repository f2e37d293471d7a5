/* mz-interactions-page.c — the Interactions section: every unit's
 * meetings, calls, e-mails, visits, events and proposals, and the open
 * follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 500,000 interactions cannot each be an object in memory, nor be sorted
 * by a GtkSortListModel. The database filters and sorts them: a worker
 * thread reads the rowids in order (mz-interaction-list.h), and
 * MzPagedModel reads the rows the view shows, a page at a time. The
 * column view's sorter therefore only tells which column and direction the
 * user chose (mz-column-sort.h), and a change of it reloads.
 */
#define G_LOG_DOMAIN "mz-interactions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-column-sort.h"
#include "mz-interaction-editor.h"
#include "mz-interaction-list.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-interactions-page-private.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-format.h"
#include "mz-search.h"
#include "mz-list-loader.h"
#include "mz-slot-model.h"
#include "mz-window.h"
#include "mz-worker.h"

/* Partners the name search may bring into the filter. */
#define SEARCH_LIMIT 500

typedef enum
{
  PERIOD_ALL,
  PERIOD_THIS_YEAR,
  PERIOD_LAST_90_DAYS,
  PERIOD_UPCOMING,
} Period;

struct _MzInteractionsPage
{
  AdwBin               parent_instance;

  MzStore             *store;
  char                *search_text;
  GPtrArray           *unit_ids;        /* of the unit filter, after "all" */
  MzListLoader        *loader;          /* NULL without a store */
  MzPagedModel        *model;           /* the loader's */
  gboolean             filtered;
  GtkWindow           *editor;

  /* Template widgets */
  GtkDropDown         *kind_filter;
  GtkDropDown         *unit_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *period_filter;
  GtkLabel            *count_label;
  GtkSpinner          *spinner;
  AdwViewStack        *view_stack;
  GtkStack            *stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *view;
  AdwViewStackPage    *follow_ups_page;
  MzFollowUpList      *follow_up_list;
};

G_DEFINE_FINAL_TYPE (MzInteractionsPage, mz_interactions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_loading (MzInteractionsPage *self)
{
  return self->loader != NULL && mz_list_loader_is_loading (self->loader);
}

static gboolean
is_loaded (MzInteractionsPage *self)
{
  return self->loader != NULL && mz_list_loader_is_loaded (self->loader);
}

static void
read_sort (MzInteractionsPage *self,
           MzInteractionSort  *sort,
           gboolean           *descending)
{
  int column;

  if (!mz_column_sort_read (self->view, &column, descending))
    {
      *sort = MZ_INTERACTION_SORT_DATE;
      *descending = TRUE;
      return;
    }
  *sort = (MzInteractionSort) column;
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  MzInteractionSort id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (cell, TRUE);

  switch (id)
    {
    case MZ_INTERACTION_SORT_KIND:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

        gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 6);
        gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 9);
        gtk_box_append (GTK_BOX (box), gtk_image_new ());
        gtk_box_append (GTK_BOX (box), cell);
        gtk_list_item_set_child (item, box);
        return;
      }
    case MZ_INTERACTION_SORT_STATUS:
      {
        GtkWidget *label = gtk_label_new (NULL);

        gtk_widget_set_halign (label, GTK_ALIGN_START);
        gtk_widget_add_css_class (label, "status-pill");
        gtk_list_item_set_child (item, label);
        g_object_ref_sink (cell);
        g_object_unref (cell);
        return;
      }
    case MZ_INTERACTION_SORT_DATE:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 11);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 12);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case MZ_INTERACTION_SORT_UNIT:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 4);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 8);
      break;
    case MZ_INTERACTION_SORT_SUBJECT:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 12);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 40);
      break;
    case MZ_INTERACTION_SORT_PARTNER:
    case MZ_INTERACTION_SORT_STAFF:
    default:
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 8);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 22);
      break;
    }
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  MzInteractionSort id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  MzInteraction *it = mz_slot_model_bind (GTK_LIST_ITEM_FACTORY (factory), item,
                                          (MzSlotRebind) bind_cell_cb, user_data);
  GtkWidget *cell = gtk_list_item_get_child (item);

  /* A row on its way out of the table shows nothing. */
  gtk_widget_set_visible (cell, it != NULL);
  if (it == NULL)
    return;

  switch (id)
    {
    case MZ_INTERACTION_SORT_DATE:
      {
        g_autofree char *date = mz_format_date (mz_interaction_get_date (it));

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), date);
        return;
      }
    case MZ_INTERACTION_SORT_KIND:
      {
        GtkWidget *icon = gtk_widget_get_first_child (cell);
        GtkWidget *label = gtk_widget_get_next_sibling (icon);
        const char *kind = mz_interaction_get_kind (it);

        gtk_image_set_from_icon_name (GTK_IMAGE (icon), kind ? mz_format_interaction_icon (kind) : NULL);
        gtk_inscription_set_text (GTK_INSCRIPTION (label), kind ? mz_format_interaction_kind (kind) : NULL);
        return;
      }
    case MZ_INTERACTION_SORT_PARTNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_partner_name (it));
      return;
    case MZ_INTERACTION_SORT_UNIT:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_unit_code (it));
      gtk_widget_set_tooltip_text (cell, mz_labels_unit_name (mz_interaction_get_unit_code (it)));
      return;
    case MZ_INTERACTION_SORT_STAFF:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_staff_name (it));
      return;
    case MZ_INTERACTION_SORT_SUBJECT:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_interaction_get_subject (it));
      return;
    case MZ_INTERACTION_SORT_STATUS:
    default:
      {
        static const char * const statuses[] = { "planned", "done", "cancelled" };
        const char *status = mz_interaction_get_status (it);

        gtk_label_set_label (GTK_LABEL (cell), status ? mz_format_interaction_status (status) : "");
        for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
          {
            if (g_strcmp0 (status, statuses[i]) == 0)
              gtk_widget_add_css_class (cell, statuses[i]);
            else
              gtk_widget_remove_css_class (cell, statuses[i]);
          }
        return;
      }
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  mz_slot_model_unbind (item);
}

static GtkColumnViewColumn *
add_column (MzInteractionsPage *self,
            MzInteractionSort   id,
            const char         *title,
            gboolean            expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) marker = mz_column_sort_marker (id);

  g_object_set_data (G_OBJECT (factory), "mz-column", GINT_TO_POINTER (id));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_sorter (column, marker);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
  return column;
}

/* Filters */

static void
fill_filters (MzInteractionsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  const char * const *kind_codes = mz_interaction_kinds ();
  const char * const *status_codes = mz_interaction_statuses ();

  gtk_string_list_append (kinds, _("All Kinds"));
  for (guint i = 0; kind_codes[i] != NULL; i++)
    gtk_string_list_append (kinds, mz_format_interaction_kind (kind_codes[i]));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));

  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; status_codes[i] != NULL; i++)
    gtk_string_list_append (statuses, mz_format_interaction_status (status_codes[i]));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  /* In the order of Period. */
  gtk_string_list_append (periods, _("All Dates"));
  gtk_string_list_append (periods, _("This Year"));
  gtk_string_list_append (periods, _("Last 90 Days"));
  gtk_string_list_append (periods, _("Upcoming"));
  gtk_drop_down_set_model (self->period_filter, G_LIST_MODEL (periods));
}

static void
fill_unit_filter (MzInteractionsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  guint n;

  g_ptr_array_set_size (self->unit_ids, 0);
  gtk_string_list_append (names, _("All Units"));
  units = self->store ? mz_org_unit_list (self->store, NULL) : NULL;
  n = units ? g_list_model_get_n_items (units) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (self->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      gtk_string_list_append (names, mz_org_unit_get_code (unit));
    }
  g_signal_handlers_block_matched (self->unit_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->unit_filter, G_LIST_MODEL (names));
  g_signal_handlers_unblock_matched (self->unit_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* State */

static void
show_toast (MzInteractionsPage *self,
            const char         *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), MZ_TYPE_WINDOW);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (window != NULL)
    mz_window_add_toast (MZ_WINDOW (window), adw_toast_new (markup));
  else
    g_message ("%s", text);
}

static void
update_state (MzInteractionsPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *count = NULL;
  const char *state;

  if (!is_loaded (self))
    state = self->store ? "loading" : "empty";
  else if (n > 0)
    state = "list";
  else
    state = self->filtered ? "no-match" : "empty";
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  mz_list_loader_show_busy (self->spinner, is_loading (self));

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "follow-ups") == 0)
    {
      guint open = g_list_model_get_n_items (mz_follow_up_list_get_model (self->follow_up_list));
      guint overdue = mz_follow_up_list_get_n_overdue (self->follow_up_list);

      if (overdue > 0)
        /* Translators: "12 open follow-ups, 3 overdue"; the first %'u is the
         * number of open follow-ups */
        count = g_strdup_printf (ngettext ("%'u open follow-up, %'u overdue",
                                           "%'u open follow-ups, %'u overdue", open), open, overdue);
      else
        count = g_strdup_printf (ngettext ("%'u open follow-up", "%'u open follow-ups", open), open);
    }
  else if (is_loaded (self))
    count = g_strdup_printf (ngettext ("%'u interaction", "%'u interactions", n), n);
  gtk_label_set_label (self->count_label, count ? count : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interactions.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interactions.plan", self->store != NULL);
}

static void
update_badge (MzInteractionsPage *self)
{
  guint overdue = mz_follow_up_list_get_n_overdue (self->follow_up_list);

  adw_view_stack_page_set_badge_number (self->follow_ups_page, overdue);
  adw_view_stack_page_set_needs_attention (self->follow_ups_page, overdue > 0);
}

/* Loading */

typedef struct
{
  char                   *kind;
  char                   *unit_id;
  char                   *status;
  char                   *since;
  char                   *until;
  char                  **partner_ids;
  char                   *text;
  MzInteractionListQuery  query;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->kind);
  g_free (job->unit_id);
  g_free (job->status);
  g_free (job->since);
  g_free (job->until);
  g_strfreev (job->partner_ids);
  g_free (job->text);
  g_free (job);
}

/* The partners whose names contain @text, in any script. */
static char **
search_partners (MzStore    *store,
                 const char *text)
{
  g_autoptr(GListModel) hits = mz_search_names (store, text, SEARCH_LIMIT, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = hits ? g_list_model_get_n_items (hits) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);
      const char *id = mz_search_hit_get_partner_id (hit);

      if (g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  Job *job = data;

  /* The partners whose names contain the text, in any script. */
  if (job->text != NULL)
    {
      job->partner_ids = search_partners (store, job->text);
      job->query.partner_ids = (const char * const *) job->partner_ids;
    }
  return mz_interaction_list_rowids (store, &job->query, cancellable, error);
}

static void
on_loaded_cb (MzListLoader       *loader,
              const GError       *error,
              MzInteractionsPage *self)
{
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the interactions: %s"), error->message);

      show_toast (self, text);
    }
  update_state (self);
}

static void
reload (MzInteractionsPage *self)
{
  const char * const *kinds = mz_interaction_kinds ();
  const char * const *statuses = mz_interaction_statuses ();
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  guint unit = gtk_drop_down_get_selected (self->unit_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);
  Period period = gtk_drop_down_get_selected (self->period_filter);
  g_autofree char *text = g_strstrip (g_strdup (self->search_text ? self->search_text : ""));
  Job *job;

  if (self->store == NULL)
    return;

  job = g_new0 (Job, 1);
  if (kind >= 1 && kind <= g_strv_length ((char **) kinds))
    job->kind = g_strdup (kinds[kind - 1]);
  if (unit >= 1 && unit <= self->unit_ids->len)
    job->unit_id = g_strdup (self->unit_ids->pdata[unit - 1]);
  if (status >= 1 && status <= g_strv_length ((char **) statuses))
    job->status = g_strdup (statuses[status - 1]);

  switch (period)
    {
    case PERIOD_THIS_YEAR:
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();

        job->since = g_date_time_format (now, "%Y-01-01");
        job->until = g_date_time_format (now, "%Y-12-31");
        break;
      }
    case PERIOD_LAST_90_DAYS:
      job->since = date_from_today (-MZ_COORDINATION_DAYS);
      job->until = date_from_today (0);
      break;
    case PERIOD_UPCOMING:
      job->since = date_from_today (0);
      break;
    case PERIOD_ALL:
    default:
      break;
    }

  if (*text != '\0')
    job->text = g_strdup (text);

  job->query.kind = job->kind;
  job->query.unit_id = job->unit_id;
  job->query.status = job->status;
  job->query.since = job->since;
  job->query.until = job->until;
  job->query.text = job->text;
  read_sort (self, &job->query.sort, &job->query.descending);

  self->filtered = job->kind || job->unit_id || job->status || job->since || job->text;
  mz_list_loader_load (self->loader, load_in_thread, job, job_free);
  update_state (self);
}

/* Editors */

static void
on_editor_saved_cb (GtkWindow          *editor,
                    MzInteraction      *interaction,
                    MzInteractionsPage *self)
{
  show_toast (self, g_strcmp0 (mz_interaction_get_status (interaction), "planned") == 0
                    ? _("Approach planned") : _("Interaction saved"));
  reload (self);
  mz_follow_up_list_reload (self->follow_up_list);
}

static void
on_editor_destroyed_cb (GtkWindow          *editor,
                        MzInteractionsPage *self)
{
  if (self->editor == editor)
    self->editor = NULL;
}

static void
open_editor (MzInteractionsPage *self,
             MzInteraction      *interaction,
             gboolean            planned)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor;

  if (self->store == NULL)
    return;

  editor = mz_interaction_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                      NULL, interaction, planned);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (on_editor_destroyed_cb), self, 0);
  self->editor = editor;
  gtk_window_present (editor);
}

/* Callbacks */

static gboolean
is_interactions_view (gpointer    user_data,
                      const char *name)
{
  return g_strcmp0 (name, "interactions") == 0;
}

static void
on_view_activate_cb (GtkColumnView      *view,
                     guint               position,
                     MzInteractionsPage *self)
{
  g_autoptr(MzInteraction) it = mz_list_loader_dup_item (self->loader, position);

  if (it != NULL && mz_interaction_get_id (it) != NULL)
    open_editor (self, it, FALSE);
}

static void
on_filter_changed_cb (GObject            *object,
                      GParamSpec         *pspec,
                      MzInteractionsPage *self)
{
  if (self->store != NULL)
    reload (self);
}

static void
on_sort_changed_cb (GtkSorter          *sorter,
                    GtkSorterChange     change,
                    MzInteractionsPage *self)
{
  if (self->store != NULL)
    reload (self);
}

static void
on_follow_ups_changed_cb (MzFollowUpList     *list,
                          MzInteractionsPage *self)
{
  update_badge (self);
}

static void
on_open_interaction_cb (MzFollowUpList     *list,
                        const char         *interaction_id,
                        MzInteractionsPage *self)
{
  g_autoptr(MzInteraction) it = mz_interaction_store_get (self->store, interaction_id, NULL);

  if (it != NULL)
    open_editor (self, it, FALSE);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MZ_INTERACTIONS_PAGE (widget), NULL, FALSE);
}

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_editor (MZ_INTERACTIONS_PAGE (widget), NULL, TRUE);
}

static void
show_follow_ups_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  adw_view_stack_set_visible_child_name (MZ_INTERACTIONS_PAGE (widget)->view_stack, "follow-ups");
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (widget);
  GtkWidget *window = gtk_widget_get_ancestor (widget, MZ_TYPE_WINDOW);

  g_signal_handlers_block_by_func (self->kind_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->unit_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->status_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->period_filter, on_filter_changed_cb, self);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->unit_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->period_filter, PERIOD_ALL);
  g_signal_handlers_unblock_by_func (self->kind_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->unit_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->status_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->period_filter, on_filter_changed_cb, self);

  g_clear_pointer (&self->search_text, g_free);
  if (window != NULL)
    g_object_set (window, "search-active", FALSE, NULL);
  reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (widget);

  fill_unit_filter (self);
  reload (self);
  mz_follow_up_list_reload (self->follow_up_list);
}

/* GObject */

static void
mz_interactions_page_dispose (GObject *object)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->view), on_sort_changed_cb, self);
  g_clear_object (&self->loader);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_interactions_page_parent_class)->dispose (object);
}

static void
mz_interactions_page_finalize (GObject *object)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (object);

  g_ptr_array_unref (self->unit_ids);
  g_free (self->search_text);

  G_OBJECT_CLASS (mz_interactions_page_parent_class)->finalize (object);
}

static void
mz_interactions_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (object);

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
mz_interactions_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_interactions_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      mz_interactions_page_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_interactions_page_class_init (MzInteractionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_interactions_page_dispose;
  object_class->finalize = mz_interactions_page_finalize;
  object_class->get_property = mz_interactions_page_get_property;
  object_class->set_property = mz_interactions_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MZ_TYPE_FOLLOW_UP_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-interactions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, period_filter);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, view);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, follow_ups_page);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionsPage, follow_up_list);
  gtk_widget_class_bind_template_callback (widget_class, is_interactions_view);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_ups_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_interaction_cb);

  gtk_widget_class_install_action (widget_class, "interactions.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "interactions.plan", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "interactions.show-follow-ups", NULL, show_follow_ups_action);
  gtk_widget_class_install_action (widget_class, "interactions.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_interactions_page_init (MzInteractionsPage *self)
{
  GtkShortcutController *shortcuts;
  GtkColumnViewColumn *date;

  self->unit_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_filters (self);
  fill_unit_filter (self);

  date = add_column (self, MZ_INTERACTION_SORT_DATE, _("Date"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_KIND, _("Kind"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_PARTNER, _("Partner"), TRUE);
  add_column (self, MZ_INTERACTION_SORT_UNIT, _("Unit"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_STAFF, _("Staff"), FALSE);
  add_column (self, MZ_INTERACTION_SORT_SUBJECT, _("Subject"), TRUE);
  add_column (self, MZ_INTERACTION_SORT_STATUS, _("Status"), FALSE);
  gtk_column_view_sort_by_column (self->view, date, GTK_SORT_DESCENDING);
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed",
                    G_CALLBACK (on_sort_changed_cb), self);

  g_signal_connect_swapped (self->follow_up_list, "notify::n-overdue", G_CALLBACK (update_badge), self);
  g_signal_connect_swapped (self->follow_up_list, "notify::n-overdue", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (mz_follow_up_list_get_model (self->follow_up_list), "items-changed",
                            G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (update_state), self);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("interactions.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  update_state (self);
}

/* Private API, for the tests */

gboolean
_mz_interactions_page_is_busy (MzInteractionsPage *self)
{
  return is_loading (self) || mz_follow_up_list_is_loading (self->follow_up_list);
}

MzPagedModel *
_mz_interactions_page_get_model (MzInteractionsPage *self)
{
  return self->model;
}

GtkColumnView *
_mz_interactions_page_get_view (MzInteractionsPage *self)
{
  return self->view;
}

MzFollowUpList *
_mz_interactions_page_get_follow_ups (MzInteractionsPage *self)
{
  return self->follow_up_list;
}

const char *
_mz_interactions_page_get_state (MzInteractionsPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
_mz_interactions_page_get_editor (MzInteractionsPage *self)
{
  return self->editor;
}

/* Public API */

MzStore *
mz_interactions_page_get_store (MzInteractionsPage *self)
{
  g_return_val_if_fail (MZ_IS_INTERACTIONS_PAGE (self), NULL);
  return self->store;
}

void
mz_interactions_page_set_store (MzInteractionsPage *self,
                                MzStore            *store)
{
  g_return_if_fail (MZ_IS_INTERACTIONS_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Loads of the previous database are dropped with its loader. */
  g_clear_object (&self->loader);
  self->model = NULL;
  if (store != NULL)
    {
      self->loader = mz_list_loader_new (store, MZ_TYPE_INTERACTION, mz_interaction_list_fetch);
      self->model = mz_list_loader_get_model (self->loader);
      g_signal_connect_object (self->loader, "loaded", G_CALLBACK (on_loaded_cb), self, 0);
    }
  mz_slot_model_show_in_view (self->view, self->loader ? GTK_SELECTION_MODEL (mz_list_loader_get_selection (self->loader))
                                                          : NULL);

  fill_unit_filter (self);
  mz_follow_up_list_set_store (self->follow_up_list, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mz_interactions_page_set_search_text (MzInteractionsPage *self,
                                      const char         *text)
{
  g_return_if_fail (MZ_IS_INTERACTIONS_PAGE (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  mz_follow_up_list_set_search_text (self->follow_up_list, text);
  /* No spinner turns while typing. */
  mz_list_loader_show_busy (self->spinner, FALSE);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

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
 *
 * This file holds the page itself, its state, the follow-ups tab, editors
 * and actions; the cells are in -columns.c, the filters and their query
 * in -load.c, the workbook of what it shows in -export.c.
 */
#define G_LOG_DOMAIN "mz-interactions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-db-list-page.h"
#include "mz-follow-up-count.h"
#include "mz-interaction-editor.h"
#include "mz-interaction-store.h"
#include "mz-interactions-page-private.h"
#include "mz-list-export-button.h"
#include "mz-slot-model.h"
#include "mz-worker.h"

G_DEFINE_FINAL_TYPE (MzInteractionsPage, mz_interactions_page, MZ_TYPE_SECTION_PAGE)

/* State */

static void
show_toast (MzInteractionsPage *self,
            const char         *text)
{
  mz_db_list_page_toast (GTK_WIDGET (self), text);
}

static gboolean
follow_ups_visible (MzInteractionsPage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "follow-ups") == 0;
}

void
_mz_interactions_page_update_state (MzInteractionsPage *self)
{
  MzStore *store = _mz_interactions_page_get_store (self);
  guint n = mz_db_list_page_n_rows (self->loader);
  g_autofree char *count = NULL;

  mz_db_list_page_show_state (self->stack, self->loading_spinner, self->loader, self->filtered);
  mz_list_loader_show_busy (self->spinner, mz_db_list_page_is_loading (self->loader));

  if (follow_ups_visible (self))
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
  else if (mz_db_list_page_is_loaded (self->loader))
    count = g_strdup_printf (ngettext ("%'u interaction", "%'u interactions", n), n);
  gtk_inscription_set_text (self->count_label, count);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interactions.new", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interactions.plan", store != NULL);
  _mz_interactions_page_update_export (self);
}

/* The follow-ups tab */

static void
set_badge (MzInteractionsPage *self,
           guint               overdue)
{
  self->n_overdue = overdue;
  adw_view_stack_page_set_badge_number (self->follow_ups_page, overdue);
  adw_view_stack_page_set_needs_attention (self->follow_ups_page, overdue > 0);
}

static void
update_badge (MzInteractionsPage *self)
{
  if (self->follow_ups_shown)
    set_badge (self, mz_follow_up_list_get_n_overdue (self->follow_up_list));
}

static gpointer
count_in_thread (MzStore       *store,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gint64 n = mz_follow_up_count_overdue (store, today, error);

  return n < 0 ? NULL : g_memdup2 (&n, sizeof n);
}

static void
on_counted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  MzInteractionsPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *n = mz_worker_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->count_cancellable);
  if (n == NULL)
    g_warning ("Cannot count the overdue follow-ups: %s", error ? error->message : "?");
  else if (!self->follow_ups_shown)
    set_badge (self, (guint) *n);
}

static void on_view_stack_changed_cb (MzInteractionsPage *self);

/* Until the follow-ups first show, the badge is counted by the database
 * (in a worker thread) instead of reading them all. */
static void
refresh_follow_ups (MzInteractionsPage *self)
{
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  if (_mz_interactions_page_get_store (self) == NULL)
    return;
  if (self->follow_ups_shown)
    {
      mz_follow_up_list_reload (self->follow_up_list);
      return;
    }
  if (follow_ups_visible (self))
    {
      /* Shown before they were read (another database): read them now. */
      on_view_stack_changed_cb (self);
      return;
    }
  self->count_cancellable = g_cancellable_new ();
  mz_worker_run_async (mz_store_get_path (_mz_interactions_page_get_store (self)), count_in_thread,
                       NULL, NULL, g_free,
                       self->count_cancellable, on_counted_cb, self);
}

static void
on_view_stack_changed_cb (MzInteractionsPage *self)
{
  if (!self->follow_ups_shown && _mz_interactions_page_get_store (self) != NULL && follow_ups_visible (self))
    {
      self->follow_ups_shown = TRUE;
      g_cancellable_cancel (self->count_cancellable);
      g_clear_object (&self->count_cancellable);
      mz_follow_up_list_set_store (self->follow_up_list, _mz_interactions_page_get_store (self));
    }
  _mz_interactions_page_update_state (self);
}

/* Editors */

static void
on_editor_saved_cb (GtkWindow          *editor,
                    MzInteraction      *interaction,
                    MzInteractionsPage *self)
{
  show_toast (self, g_strcmp0 (mz_interaction_get_status (interaction), "planned") == 0
                    ? _("Approach planned") : _("Interaction saved"));
  _mz_interactions_page_reload (self);
  refresh_follow_ups (self);
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

  if (_mz_interactions_page_get_store (self) == NULL)
    return;

  editor = mz_interaction_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      _mz_interactions_page_get_store (self), NULL, interaction, planned);
  self->editor = editor;
  mz_db_list_page_present_editor (GTK_WIDGET (self), editor, G_CALLBACK (on_editor_saved_cb),
                                  G_CALLBACK (on_editor_destroyed_cb));
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
  if (_mz_interactions_page_get_store (self) != NULL)
    _mz_interactions_page_reload (self);
}

static void
on_sort_changed_cb (GtkSorter          *sorter,
                    GtkSorterChange     change,
                    MzInteractionsPage *self)
{
  if (_mz_interactions_page_get_store (self) != NULL)
    _mz_interactions_page_reload (self);
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
  g_autoptr(MzInteraction) it = mz_interaction_store_get (_mz_interactions_page_get_store (self), interaction_id, NULL);

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
  GtkWidget *filters[] = {
    GTK_WIDGET (self->kind_filter), GTK_WIDGET (self->unit_filter),
    GTK_WIDGET (self->status_filter), GTK_WIDGET (self->period_filter),
  };

  /* One reload, not one per filter. */
  mz_db_list_page_clear_filters (widget, filters, G_N_ELEMENTS (filters), self);
  _mz_interactions_page_reload (self);
}

/* MzSectionPage */

static void
mz_interactions_page_reload (MzSectionPage *page)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (page);

  _mz_interactions_page_fill_unit_filter (self);
  _mz_interactions_page_reload (self);
  refresh_follow_ups (self);
}

static void
mz_interactions_page_store_changed (MzSectionPage *page)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (page);

  /* Loads of the previous database are dropped with its loader. */
  g_clear_object (&self->loader);
  self->model = NULL;
  if (mz_section_page_get_store (page) != NULL)
    _mz_interactions_page_make_loader (self);
  mz_slot_model_show_in_view (self->view, self->loader ? GTK_SELECTION_MODEL (mz_list_loader_get_selection (self->loader))
                                                          : NULL);

  /* The follow-ups of another database are read when they show. */
  self->follow_ups_shown = FALSE;
  mz_follow_up_list_set_store (self->follow_up_list, NULL);
  set_badge (self, 0);
  _mz_interactions_page_update_state (self);
}

static void
mz_interactions_page_search_changed (MzSectionPage *page)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (page);

  mz_list_loader_show_busy (self->spinner, FALSE);
  mz_follow_up_list_set_search_text (self->follow_up_list, mz_section_page_get_search_text (page));
  _mz_interactions_page_reload (self);
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
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  g_clear_object (&self->loader);

  G_OBJECT_CLASS (mz_interactions_page_parent_class)->dispose (object);
}

static void
mz_interactions_page_finalize (GObject *object)
{
  MzInteractionsPage *self = MZ_INTERACTIONS_PAGE (object);

  g_ptr_array_unref (self->unit_ids);

  G_OBJECT_CLASS (mz_interactions_page_parent_class)->finalize (object);
}

static void
mz_interactions_page_class_init (MzInteractionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MzSectionPageClass *page_class = MZ_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mz_interactions_page_dispose;
  object_class->finalize = mz_interactions_page_finalize;
  page_class->reload = mz_interactions_page_reload;
  page_class->store_changed = mz_interactions_page_store_changed;
  page_class->search_changed = mz_interactions_page_search_changed;
  /* It reads again after its own writes, not after others'. */
  page_class->reload_on_map = FALSE;

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
}

static void
mz_interactions_page_init (MzInteractionsPage *self)
{
  self->unit_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  _mz_interactions_page_fill_filters (self);
  _mz_interactions_page_fill_unit_filter (self);
  _mz_interactions_page_setup_columns (self);
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed",
                    G_CALLBACK (on_sort_changed_cb), self);

  g_signal_connect_swapped (self->follow_up_list, "notify::n-overdue", G_CALLBACK (update_badge), self);
  g_signal_connect_swapped (self->follow_up_list, "notify::n-overdue", G_CALLBACK (_mz_interactions_page_update_state), self);
  g_signal_connect_swapped (mz_follow_up_list_get_model (self->follow_up_list), "items-changed",
                            G_CALLBACK (_mz_interactions_page_update_state), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (on_view_stack_changed_cb), self);
  _mz_interactions_page_setup_export (self);

  mz_db_list_page_add_new_shortcut (GTK_WIDGET (self), "interactions.new");

  _mz_interactions_page_update_state (self);
}

/* Private API, for the tests */

gboolean
_mz_interactions_page_is_busy (MzInteractionsPage *self)
{
  return mz_db_list_page_is_loading (self->loader) || self->count_cancellable != NULL ||
         mz_follow_up_list_is_loading (self->follow_up_list);
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

GtkWidget *
_mz_interactions_page_get_export_button (MzInteractionsPage *self)
{
  return self->export_button;
}

guint
_mz_interactions_page_get_badge (MzInteractionsPage *self)
{
  return self->n_overdue;
}

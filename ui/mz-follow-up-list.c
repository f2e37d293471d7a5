/* mz-follow-up-list.c — the open follow-ups of every partner, by due date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-follow-up-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-follow-up-entry.h"
#include "mz-follow-up-list.h"
#include "mz-interaction-service.h"
#include "mz-partner-format.h"
#include "mz-slot-model.h"
#include "mz-window.h"
#include "mz-worker.h"

struct _MzFollowUpList
{
  AdwBin              parent_instance;

  MzStore            *store;
  char               *search_folded;
  char               *today;
  GCancellable       *cancellable;
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            filter_stale;      /* search changed while hidden */
  guint               n_overdue;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  MzSlotModel        *slots;             /* rows that keep their cells */
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkStack           *stack;
  GtkSpinner         *loading_spinner;
  GtkColumnView      *view;
};

G_DEFINE_FINAL_TYPE (MzFollowUpList, mz_follow_up_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_OVERDUE,
  N_PROPS
};

enum {
  CHANGED,
  OPEN_INTERACTION,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_DUE,
  COLUMN_TASK,
  COLUMN_PARTNER,
  COLUMN_INTERACTION,
  COLUMN_OWNER,
  COLUMN_ACTION,
} ColumnId;

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
is_overdue (MzFollowUpList  *self,
            MzFollowUpEntry *entry)
{
  const char *due = mz_follow_up_get_due_date (mz_follow_up_entry_get_follow_up (entry));

  return due != NULL && self->today != NULL && strcmp (due, self->today) < 0;
}

static void
show_toast (MzFollowUpList *self,
            AdwToast       *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), MZ_TYPE_WINDOW);

  if (window != NULL)
    mz_window_add_toast (MZ_WINDOW (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Sorting and filtering */

static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  const char *x = mz_follow_up_get_due_date (mz_follow_up_entry_get_follow_up ((MzFollowUpEntry *) a));
  const char *y = mz_follow_up_get_due_date (mz_follow_up_entry_get_follow_up ((MzFollowUpEntry *) b));

  /* Undated last. */
  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  return strcmp (x, y);
}

/* GTK 4.8's GtkStringSorter complains about NULL strings: "" instead. */

static char *
title_for_sort (MzFollowUpEntry *entry,
                gpointer         data)
{
  const char *text = mz_follow_up_get_title (mz_follow_up_entry_get_follow_up (entry));

  return g_strdup (text ? text : "");
}

static char *
partner_for_sort (MzFollowUpEntry *entry,
                  gpointer         data)
{
  const char *text = mz_follow_up_entry_get_partner_name (entry);

  return g_strdup (text ? text : "");
}

static char *
subject_for_sort (MzFollowUpEntry *entry,
                  gpointer         data)
{
  const char *text = mz_follow_up_entry_get_interaction_subject (entry);

  return g_strdup (text ? text : "");
}

static char *
owner_for_sort (MzFollowUpEntry *entry,
                gpointer         data)
{
  const char *text = mz_follow_up_get_owner_name (mz_follow_up_entry_get_follow_up (entry));

  return g_strdup (text ? text : "");
}

static GtkSorter *
text_sorter (GCallback callback)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                         callback, NULL, NULL)));
}

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
filter_entry (gpointer item,
              gpointer user_data)
{
  MzFollowUpList *self = user_data;
  MzFollowUpEntry *entry = item;

  if (self->search_folded == NULL)
    return TRUE;

  return contains_folded (mz_follow_up_get_title (mz_follow_up_entry_get_follow_up (entry)),
                          self->search_folded) ||
         contains_folded (mz_follow_up_entry_get_partner_name (entry), self->search_folded) ||
         contains_folded (mz_follow_up_entry_get_interaction_subject (entry), self->search_folded);
}

/* Marking done */

static void
set_done (MzFollowUpList *self,
          const char     *id,
          gboolean        done);

static void
on_undo_clicked_cb (AdwToast       *toast,
                    MzFollowUpList *self)
{
  set_done (self, g_object_get_data (G_OBJECT (toast), "mz-follow-up-id"), FALSE);
}

static void
set_done (MzFollowUpList *self,
          const char     *id,
          gboolean        done)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->store == NULL || id == NULL)
    return;

  if (!mz_follow_up_service_set_done (self->store, id, done, NULL, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      show_toast (self, adw_toast_new (markup));
      return;
    }

  if (done)
    {
      toast = adw_toast_new (_("Follow-up done"));
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "mz-follow-up-id", g_strdup (id), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
    }
  else
    toast = adw_toast_new (_("Follow-up open again"));
  show_toast (self, toast);

  g_signal_emit (self, signals[CHANGED], 0);
  mz_follow_up_list_reload (self);
}

static void
on_mark_done_clicked_cb (GtkButton      *button,
                         MzFollowUpList *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "mz-list-item");
  MzFollowUpEntry *entry = mz_row_slot_unwrap (gtk_list_item_get_item (item));

  if (entry != NULL)
    set_done (self, mz_follow_up_get_id (mz_follow_up_entry_get_follow_up (entry)), TRUE);
}

/* Cells */

/* Wide enough for the button in the UI's language ("标记为完成(M)" is
 * wider than "Mark Done"). */
static int
action_column_width (void)
{
  GtkWidget *probe = g_object_ref_sink (gtk_button_new_with_mnemonic (_("_Mark Done")));
  int natural = 0;

  gtk_widget_add_css_class (probe, "flat");
  gtk_widget_measure (probe, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_object_unref (probe);
  return MAX (110, natural + 16);
}


static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MzFollowUpList           *self)
{
  ColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  GtkWidget *cell;

  if (id == COLUMN_ACTION)
    {
      cell = gtk_button_new_with_mnemonic (_("_Mark Done"));
      gtk_widget_add_css_class (cell, "flat");
      gtk_widget_set_halign (cell, GTK_ALIGN_END);
      g_object_set_data (G_OBJECT (cell), "mz-list-item", item);
      g_signal_connect (cell, "clicked", G_CALLBACK (on_mark_done_clicked_cb), self);
    }
  else
    {
      cell = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), id == COLUMN_DUE ? 10 : 8);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell),
                                     id == COLUMN_DUE ? 18 : id == COLUMN_TASK ? 40 : 24);
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
    }
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MzFollowUpList           *self)
{
  ColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  MzFollowUpEntry *entry = mz_slot_model_bind (GTK_LIST_ITEM_FACTORY (factory), item,
                                               (MzSlotRebind) bind_cell_cb, self);
  MzFollowUp *follow_up = entry ? mz_follow_up_entry_get_follow_up (entry) : NULL;
  GtkWidget *cell = gtk_list_item_get_child (item);

  /* A row on its way out of the table shows nothing. */
  gtk_widget_set_visible (cell, entry != NULL);
  if (entry == NULL)
    return;

  switch (id)
    {
    case COLUMN_DUE:
      {
        g_autofree char *due = mz_format_date (mz_follow_up_get_due_date (follow_up));
        g_autofree char *markup = NULL;

        if (due == NULL)
          markup = g_markup_printf_escaped ("<span alpha=\"55%%\">%s</span>", _("No due date"));
        else if (is_overdue (self, entry))
          /* Translators: a due date that has passed, e.g. "3 Nov 2026 · Overdue" */
          markup = g_markup_printf_escaped ("<b>%s</b> · %s", due, _("Overdue"));
        else
          markup = g_markup_escape_text (due, -1);
        gtk_inscription_set_markup (GTK_INSCRIPTION (cell), markup);
        if (is_overdue (self, entry))
          gtk_widget_add_css_class (cell, "overdue");
        else
          gtk_widget_remove_css_class (cell, "overdue");
        return;
      }
    case COLUMN_TASK:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_follow_up_get_title (follow_up));
      return;
    case COLUMN_PARTNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_follow_up_entry_get_partner_name (entry));
      return;
    case COLUMN_INTERACTION:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_follow_up_entry_get_interaction_subject (entry));
      return;
    case COLUMN_OWNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_follow_up_get_owner_name (follow_up));
      return;
    case COLUMN_ACTION:
    default:
      return;
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MzFollowUpList           *self)
{
  mz_slot_model_unbind (item);
}

/* @width: fixed width in pixels, or 0 to share the room left. */
static GtkColumnViewColumn *
add_column (MzFollowUpList *self,
            ColumnId        id,
            const char     *title,
            GtkSorter      *sorter,
            int             width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "mz-column", GINT_TO_POINTER (id));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_sorter (column, sorter);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, id != COLUMN_ACTION);
  gtk_column_view_append_column (self->view, column);
  g_clear_object (&sorter);
  return column;
}

/* Loading */

static void
update_state (MzFollowUpList *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint total = all ? g_list_model_get_n_items (all) : 0;
  guint overdue = 0;

  if (!self->loaded_once)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack,
                                      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0 ||
                                      gtk_filter_list_model_get_pending (self->filter_model) > 0
                                      ? "list" : "empty");
  gtk_spinner_set_spinning (self->loading_spinner, !self->loaded_once);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(MzFollowUpEntry) entry = g_list_model_get_item (all, i);

      if (!is_overdue (self, entry))
        break;    /* by due date: the overdue ones come first */
      overdue++;
    }

  if (overdue != self->n_overdue)
    {
      self->n_overdue = overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }
}

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return mz_follow_up_entry_list_open (store, 0, error);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MzFollowUpList *self = user_data;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = mz_worker_run_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (entries == NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped (_("Cannot read the follow-ups: %s"), error->message);

      show_toast (self, adw_toast_new (markup));
      return;
    }

  self->loaded_once = TRUE;
  g_free (self->today);
  self->today = today_iso ();
  gtk_filter_list_model_set_model (self->filter_model, entries);
  update_state (self);
}

/* Callbacks */

static void
on_view_activate_cb (GtkColumnView  *view,
                     guint           position,
                     MzFollowUpList *self)
{
  g_autoptr(GObject) slot = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  MzFollowUpEntry *entry = mz_row_slot_unwrap (slot);
  const char *interaction_id;

  if (entry == NULL)
    return;

  interaction_id = mz_follow_up_get_interaction_id (mz_follow_up_entry_get_follow_up (entry));
  if (interaction_id != NULL)
    g_signal_emit (self, signals[OPEN_INTERACTION], 0, interaction_id);
}

/* GtkWidget */

static void
mz_follow_up_list_map (GtkWidget *widget)
{
  MzFollowUpList *self = MZ_FOLLOW_UP_LIST (widget);

  if (self->filter_stale)
    {
      self->filter_stale = FALSE;
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  GTK_WIDGET_CLASS (mz_follow_up_list_parent_class)->map (widget);
}

/* GObject */

static void
mz_follow_up_list_dispose (GObject *object)
{
  MzFollowUpList *self = MZ_FOLLOW_UP_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_follow_up_list_parent_class)->dispose (object);
}

static void
mz_follow_up_list_finalize (GObject *object)
{
  MzFollowUpList *self = MZ_FOLLOW_UP_LIST (object);

  g_free (self->search_folded);
  g_free (self->today);

  G_OBJECT_CLASS (mz_follow_up_list_parent_class)->finalize (object);
}

static void
mz_follow_up_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MzFollowUpList *self = MZ_FOLLOW_UP_LIST (object);

  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_follow_up_list_class_init (MzFollowUpListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_follow_up_list_dispose;
  object_class->finalize = mz_follow_up_list_finalize;
  object_class->get_property = mz_follow_up_list_get_property;
  widget_class->map = mz_follow_up_list_map;

  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[OPEN_INTERACTION] = g_signal_new ("open-interaction", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-follow-up-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MzFollowUpList, stack);
  gtk_widget_class_bind_template_child (widget_class, MzFollowUpList, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzFollowUpList, view);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
}

static void
mz_follow_up_list_init (MzFollowUpList *self)
{
  GtkColumnViewColumn *due;

  gtk_widget_init_template (GTK_WIDGET (self));

  due = add_column (self, COLUMN_DUE, _("Due"), GTK_SORTER (gtk_custom_sorter_new (compare_due, NULL, NULL)), 160);
  add_column (self, COLUMN_TASK, _("Task"), text_sorter (G_CALLBACK (title_for_sort)), 0);
  add_column (self, COLUMN_PARTNER, _("Partner"), text_sorter (G_CALLBACK (partner_for_sort)), 190);
  add_column (self, COLUMN_INTERACTION, _("From Interaction"), text_sorter (G_CALLBACK (subject_for_sort)), 170);
  add_column (self, COLUMN_OWNER, _("Owner"), text_sorter (G_CALLBACK (owner_for_sort)), 130);
  add_column (self, COLUMN_ACTION, "", NULL, action_column_width ());

  self->filter = gtk_custom_filter_new (filter_entry, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->view)));
  /* A keystroke in the search filters the list even while it is hidden:
   * its rows keep their cells rather than GTK 4.8 making 200 anew. */
  self->slots = mz_slot_model_new (G_LIST_MODEL (self->sort_model));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  mz_slot_model_show_in_view (self->view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->view, due, GTK_SORT_ASCENDING);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_state), self);

  update_state (self);
}

/* Public API */

GtkWidget *
mz_follow_up_list_new (void)
{
  return g_object_new (MZ_TYPE_FOLLOW_UP_LIST, NULL);
}

void
mz_follow_up_list_set_store (MzFollowUpList *self,
                             MzStore        *store)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP_LIST (self));

  if (!g_set_object (&self->store, store))
    return;

  self->loaded_once = FALSE;
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  mz_follow_up_list_reload (self);
}

void
mz_follow_up_list_set_search_text (MzFollowUpList *self,
                                   const char     *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (MZ_IS_FOLLOW_UP_LIST (self));

  g_free (self->search_folded);
  self->search_folded = *trimmed ? g_utf8_casefold (trimmed, -1) : NULL;
  /* Hidden (the Interactions tab shows), a keystroke costs nothing here:
   * the list is filtered when it shows. */
  self->filter_stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->filter_stale)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
mz_follow_up_list_reload (MzFollowUpList *self)
{
  g_return_if_fail (MZ_IS_FOLLOW_UP_LIST (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  mz_worker_run_async (mz_store_get_path (self->store), load_in_thread, NULL, NULL,
                       g_object_unref, self->cancellable, on_loaded_cb, self);
}

guint
mz_follow_up_list_get_n_overdue (MzFollowUpList *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_LIST (self), 0);
  return self->n_overdue;
}

GListModel *
mz_follow_up_list_get_model (MzFollowUpList *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_LIST (self), NULL);

  /* Filtered for the search, even while hidden. */
  if (self->filter_stale)
    {
      self->filter_stale = FALSE;
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  return G_LIST_MODEL (self->sort_model);
}

gboolean
mz_follow_up_list_is_loading (MzFollowUpList *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_LIST (self), FALSE);
  return self->loading;
}

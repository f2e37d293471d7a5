/* mz-list-export-button.c — "Export to Excel…" for a list section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-list-export"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-list-export-button.h"
#include "mz-window.h"

/* What the main thread took for the worker: freed on the main thread. */
typedef struct
{
  MzListExportFillFunc  fill;
  GPtrArray            *rows;
  gpointer              context;
  GDestroyNotify        context_free;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->rows, g_ptr_array_unref);
  if (snapshot->context_free != NULL)
    g_clear_pointer (&snapshot->context, snapshot->context_free);
  g_free (snapshot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static Snapshot *
take_snapshot (MzListExportSnapshotFunc   snapshot,
               MzListExportFillFunc       fill,
               gpointer                   user_data,
               MzListTable              **table)
{
  Snapshot *taken = g_new0 (Snapshot, 1);
  gint64 begin = g_get_monotonic_time ();

  taken->fill = fill;
  *table = snapshot (user_data, &taken->rows, &taken->context, &taken->context_free);
  if (taken->rows == NULL)
    taken->rows = g_ptr_array_new ();
  g_debug ("Snapshot of %u rows taken in %.1f ms", taken->rows->len,
           (g_get_monotonic_time () - begin) / 1000.0);
  return taken;
}

/* On the worker. */
static gboolean
fill_cb (MzListTable   *table,
         gpointer       fill_data,
         GCancellable  *cancellable,
         GError       **error)
{
  Snapshot *taken = fill_data;

  taken->fill (table, taken->rows, taken->context);
  return TRUE;
}

struct _MzListExportButton
{
  GtkWidget                 parent_instance;

  char                     *file_stem;
  MzListExportSnapshotFunc  snapshot;
  MzListExportFillFunc      fill;
  gpointer                  user_data;   /* of both */
  Snapshot                 *taken;       /* of the running export */

  GtkFileChooserNative     *chooser;
  GFile                    *file;        /* being written */
  GCancellable             *cancellable; /* of the running export, else NULL */
  GError                   *last_error;
  gboolean                  disposed;

  GtkStack                 *stack;
  GtkButton                *button;
  GtkProgressBar           *progress_bar;
  GtkButton                *cancel_button;
};

G_DEFINE_FINAL_TYPE (MzListExportButton, mz_list_export_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
set_busy (MzListExportButton *self,
          gboolean            busy)
{
  gtk_stack_set_visible_child_name (self->stack, busy ? "progress" : "button");
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
open_file_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Cannot open the workbook: %s", error->message);
}

static void
toast_open_cb (AdwToast *toast,
               gpointer  user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "mz-uri");

  if (uri != NULL)
    g_app_info_launch_default_for_uri_async (uri, NULL, NULL, open_file_cb, NULL);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  MzListExportButton *self = user_data;

  if (!self->disposed)
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
tell_error (MzListExportButton *self,
            const GError       *error)
{
  mz_list_export_tell_error (GTK_WIDGET (self), _("The Workbook Was Not Saved"), error);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MzListExportButton) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->file);
  gboolean ok = mz_list_export_write_finish (result, &error);

  /* The rows taken are let go here, on the main thread. */
  g_clear_pointer (&self->taken, snapshot_free);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->last_error);
  if (self->disposed)
    return;
  set_busy (self, FALSE);

  if (!ok)
    {
      self->last_error = g_error_copy (error);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tell_error (self, error);
      return;
    }

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast after an export; %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

      mz_list_export_toast_saved (GTK_WIDGET (self), title, file);
    }
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  MzListExportButton *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = mz_list_export_chosen_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        mz_list_export_button_export_to (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
clicked_cb (MzListExportButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  /* Translators: suggested file name of an exported list; the first %s is
   * the section ("In-kind"), the second a date */
  name = g_strdup_printf (_("%s %s.xlsx"), self->file_stem, date);
  self->chooser = mz_list_export_chooser_new (GTK_WIDGET (self), _("Export to Excel"), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject */

static void
mz_list_export_button_dispose (GObject *object)
{
  MzListExportButton *self = MZ_LIST_EXPORT_BUTTON (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);

  G_OBJECT_CLASS (mz_list_export_button_parent_class)->dispose (object);
}

static void
mz_list_export_button_finalize (GObject *object)
{
  MzListExportButton *self = MZ_LIST_EXPORT_BUTTON (object);

  g_free (self->file_stem);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->last_error);
  g_clear_pointer (&self->taken, snapshot_free);

  G_OBJECT_CLASS (mz_list_export_button_parent_class)->finalize (object);
}

static void
mz_list_export_button_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MzListExportButton *self = MZ_LIST_EXPORT_BUTTON (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mz_list_export_button_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_list_export_button_class_init (MzListExportButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_list_export_button_dispose;
  object_class->finalize = mz_list_export_button_finalize;
  object_class->get_property = mz_list_export_button_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mz_list_export_button_init (MzListExportButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  self->button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("E_xport to Excel…")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               _("Save the rows shown, as filtered, in an Excel workbook"));
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (clicked_cb), self);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->button), "button");

  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->progress_bar), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->progress_bar), 120, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Writing the workbook"), -1);
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  g_signal_connect_swapped (self->cancel_button, "clicked",
                            G_CALLBACK (mz_list_export_button_cancel), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_bar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->cancel_button));
  gtk_stack_add_named (self->stack, box, "progress");
  gtk_stack_set_visible_child_name (self->stack, "button");
}

/* Public API */

GtkWidget *
mz_list_export_button_new_with_fill (const char               *file_stem,
                                     MzListExportSnapshotFunc  snapshot,
                                     MzListExportFillFunc      fill,
                                     gpointer                  user_data)
{
  MzListExportButton *self;

  g_return_val_if_fail (snapshot != NULL && fill != NULL, NULL);

  self = g_object_new (MZ_TYPE_LIST_EXPORT_BUTTON, NULL);
  self->file_stem = g_strdup (file_stem != NULL ? file_stem : "Mobilize");
  self->snapshot = snapshot;
  self->fill = fill;
  self->user_data = user_data;
  return GTK_WIDGET (self);
}

GPtrArray *
mz_list_export_take_items (GListModel       *shown,
                           GtkSortListModel *sort)
{
  GPtrArray *items;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (shown), NULL);

  /* Finished at once (a first sort of 50,000 rows by title takes some
   * 300 ms: the sections' buttons wait for it instead). */
  if (sort != NULL && gtk_sort_list_model_get_pending (sort) > 0)
    {
      gtk_sort_list_model_set_incremental (sort, FALSE);
      gtk_sort_list_model_set_incremental (sort, TRUE);
    }

  /* References only: 50,000 rows are some 50,000 pointers. */
  n = g_list_model_get_n_items (shown);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (shown, i));
  return items;
}

MzListTable *
mz_list_export_snapshot_shown (const char                *title,
                               GListModel                *shown,
                               GtkSortListModel          *sort,
                               MzStore                   *store,
                               MzListExportDescribeFunc   describe,
                               gpointer                   user_data,
                               GPtrArray                **rows)
{
  MzListTable *table = mz_list_table_new (title);
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (describe != NULL && rows != NULL, NULL);

  *rows = mz_list_export_take_items (shown, sort);
  subtitle = describe (user_data, (*rows)->len);
  mz_list_table_set_subtitle (table, subtitle);
  if (store != NULL)
    mz_list_table_set_author (table, mz_store_get_actor (store));
  return table;
}

MzListTable *
mz_list_export_build_now (MzListExportSnapshotFunc snapshot,
                          MzListExportFillFunc     fill,
                          gpointer                 user_data)
{
  MzListTable *table = NULL;
  g_autoptr(Snapshot) taken = NULL;

  g_return_val_if_fail (snapshot != NULL && fill != NULL, NULL);

  taken = take_snapshot (snapshot, fill, user_data, &table);
  fill (table, taken->rows, taken->context);
  return table;
}

void
mz_list_export_button_set_tooltip (MzListExportButton *self,
                                   const char         *tooltip)
{
  g_return_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
}

void
mz_list_export_button_place_after (MzListExportButton *self,
                                   GtkWidget          *sibling,
                                   const char         *tooltip)
{
  g_return_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self));
  g_return_if_fail (GTK_IS_BOX (gtk_widget_get_parent (sibling)));

  /* Its own height, as the other buttons, when the tool bar is taller. */
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (sibling)), GTK_WIDGET (self), sibling);
  if (tooltip != NULL)
    mz_list_export_button_set_tooltip (self, tooltip);
}

void
mz_list_export_button_set_ready (MzListExportButton *self,
                                 gboolean            ready)
{
  g_return_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self), ready || mz_list_export_button_get_busy (self));
}

gboolean
mz_list_export_button_get_busy (MzListExportButton *self)
{
  g_return_val_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self), FALSE);

  return self->cancellable != NULL;
}

void
mz_list_export_button_export_to (MzListExportButton *self,
                                 GFile              *file)
{
  g_autoptr(MzListTable) table = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                             _("Choose a folder on this computer: workbooks "
                                               "cannot be saved in this location."));

      g_clear_error (&self->last_error);
      self->last_error = g_error_copy (error);
      tell_error (self, error);
      return;
    }

  /* The rows as shown now, before anything can change them: the items in
   * their order. */
  self->taken = take_snapshot (self->snapshot, self->fill, self->user_data, &table);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  g_set_object (&self->file, file);
  mz_list_export_fill_write_async (table, fill_cb, self->taken,
                                   path, self->cancellable, progress_cb, self,
                                   written_cb, g_object_ref (self));
}

void
mz_list_export_button_cancel (MzListExportButton *self)
{
  g_return_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

const GError *
mz_list_export_button_get_last_error (MzListExportButton *self)
{
  g_return_val_if_fail (MZ_IS_LIST_EXPORT_BUTTON (self), NULL);

  return self->last_error;
}

GPtrArray *
mz_list_export_describe_filters (const MzListExportFilter *filters,
                                 guint                     n_filters,
                                 const char               *search_text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_filters; i++)
    {
      guint index = gtk_drop_down_get_selected (filters[i].dropdown);
      gpointer item = gtk_drop_down_get_selected_item (filters[i].dropdown);

      if (index == 0 || index == GTK_INVALID_LIST_POSITION || !GTK_IS_STRING_OBJECT (item))
        continue;
      /* Translators: one filter of an exported list, e.g. “Stage: Signed” */
      g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"), filters[i].name,
                                               gtk_string_object_get_string (GTK_STRING_OBJECT (item))));
    }

  if (search_text != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (search_text));

      /* Translators: the search typed, in the line under the title of an
       * exported list */
      g_ptr_array_add (parts, g_strdup_printf (_("Search: “%s”"), stripped));
    }

  return parts;
}

GtkFileChooserNative *
mz_list_export_chooser_new (GtkWidget  *widget,
                            const char *title,
                            const char *name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter,
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}

void
mz_list_export_toast_saved (GtkWidget  *widget,
                            const char *title,
                            GFile      *file)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast;

  if (!MZ_IS_WINDOW (root))
    return;

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "mz-uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (toast_open_cb), NULL);
  mz_window_add_toast (MZ_WINDOW (root), toast);
}

void
mz_list_export_tell_error (GtkWidget    *widget,
                           const char   *heading,
                           const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (!GTK_IS_WINDOW (root))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

GFile *
mz_list_export_chosen_file (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *lower = basename != NULL ? g_ascii_strdown (basename, -1) : NULL;

  /* The filter is not a rule: make sure Excel knows the file. */
  if (lower != NULL && !g_str_has_suffix (lower, ".xlsx"))
    {
      g_autofree char *named = g_strconcat (basename, ".xlsx", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      g_set_object (&file, g_file_get_child (parent, named));
    }

  return g_steal_pointer (&file);
}

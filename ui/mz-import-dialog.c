/* mz-import-dialog.c — import partners or contacts from a CSV file
 *
 * The file is read off the main thread three times, each in a worker:
 * its first rows for the preview, then every row for the check (a dry
 * run, again after each change of the mapping), then every row for the
 * import itself, in one transaction. Nothing is saved unless the whole
 * file is right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-crm-import.h"
#include "mz-import-dialog-private.h"
#include "mz-worker.h"

#define PREVIEW_ROWS 50
#define REPORT_ROWS_SHOWN 300

struct _MzImportDialog
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *import_button;
  GtkWidget            *choose_button;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *failed_page;
  AdwStatusPage        *done_page;
  GtkWidget            *empty_choose_button;
  GtkWidget            *failed_choose_button;
  GtkLabel             *busy_label;
  GtkProgressBar       *progress_bar;
  GtkWidget            *cancel_button;
  AdwPreferencesGroup  *mapping_group;
  GtkLabel             *preview_label;
  GtkColumnView        *preview_view;
  GtkLabel             *report_label;
  GtkSpinner           *check_spinner;
  GtkListBox           *report_list;

  GtkWindow            *parent;      /* weak */
  MzStore              *store;
  MzImportKind          kind;
  GFile                *file;
  MzImportPreview      *preview;
  MzImportMapping      *mapping;
  MzImportReport       *report;
  GPtrArray            *mapping_rows;
  GPtrArray            *dropdowns;   /* per field of the mapping */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  guint                 busy;
  gboolean              importing;
  gboolean              updating;
  gboolean              disposed;
};

G_DEFINE_FINAL_TYPE (MzImportDialog, mz_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  MzImportKind     kind;
  GFile           *file;
  MzImportMapping *mapping;   /* a copy owned by the job */
  gboolean         dry_run;
  GCancellable    *cancellable;
  GWeakRef         dialog;
  double           shown;     /* last fraction sent, worker thread only */
} Job;

typedef struct
{
  GWeakRef dialog;
  double   fraction;
} ProgressUpdate;

static void check_file (MzImportDialog *self);

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->mapping);
  g_clear_object (&job->cancellable);
  g_weak_ref_clear (&job->dialog);
  g_free (job);
}

static MzImportMapping *
copy_mapping (MzImportMapping *mapping)
{
  MzImportMapping *copy = mz_import_mapping_new (mz_import_mapping_get_kind (mapping),
                                                 mz_import_mapping_get_header (mapping));

  for (guint f = 0; f < mz_import_mapping_get_n_fields (mapping); f++)
    mz_import_mapping_set_column (copy, f, mz_import_mapping_get_column (mapping, f));
  return copy;
}

static void
toast (MzImportDialog *self,
       const char     *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_timeout (t, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
set_busy (MzImportDialog *self,
          gboolean        busy)
{
  if (busy)
    self->busy++;
  else if (self->busy > 0)
    self->busy--;
  gtk_widget_set_sensitive (self->choose_button, self->busy == 0 || !self->importing);
}

static void
update_import_button (MzImportDialog *self)
{
  gboolean ready = self->busy == 0 && self->report != NULL && !self->report->saved &&
                   self->report->n_errors == 0 && self->report->n_rows > 0;

  gtk_widget_set_sensitive (self->import_button, ready);
}

static void
show_page (MzImportDialog *self,
           const char     *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (self->choose_button, g_str_equal (page, "content"));
  gtk_widget_set_visible (self->import_button,
                          g_str_equal (page, "content") || (g_str_equal (page, "busy") && self->importing));
}

/* Progress, from the worker thread to the main loop. */

static gboolean
progress_idle_cb (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(MzImportDialog) self = g_weak_ref_get (&update->dialog);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, update->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_weak_ref_clear (&update->dialog);
  g_free (update);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;
  g_autoptr(GObject) dialog = NULL;
  ProgressUpdate *update;

  if (fraction - job->shown < 0.01 && fraction < 1.0)
    return;
  job->shown = fraction;

  dialog = g_weak_ref_get (&job->dialog);
  if (dialog == NULL)
    return;
  update = g_new0 (ProgressUpdate, 1);
  g_weak_ref_init (&update->dialog, dialog);
  update->fraction = fraction;
  g_idle_add_full (G_PRIORITY_DEFAULT, progress_idle_cb, update, progress_update_free);
}

/* The preview: the header and the first rows. */

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MzImportDialog           *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkStringObject *index = gtk_list_item_get_item (item);
  guint row = (guint) g_ascii_strtoull (gtk_string_object_get_string (index), NULL, 10);
  const char *text = "";
  g_autofree char *one_line = NULL;

  if (self->preview != NULL && row < self->preview->rows->len)
    {
      char **fields = g_ptr_array_index (self->preview->rows, row);

      if (column < g_strv_length (fields))
        text = fields[column];
    }
  one_line = g_strdelimit (g_strdup (text), "\r\n", ' ');
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), one_line);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text[0] ? text : NULL);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MzImportDialog           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
clear_preview (MzImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, column);
    }
  gtk_column_view_set_model (self->preview_view, NULL);
}

static void
fill_preview (MzImportDialog *self)
{
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *name = g_file_get_basename (self->file);

  clear_preview (self);
  for (guint c = 0; self->preview->header[c] != NULL; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      column = gtk_column_view_column_new (self->preview->header[c], factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->preview_view, column);
    }
  for (guint r = 0; r < self->preview->rows->len; r++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", r);
      gtk_string_list_append (rows, index);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));

  if (self->preview->rows->len == 0)
    gtk_label_set_text (self->preview_label, _("The file has no rows under its header"));
  else
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first row of the file",
                                      "The first %u rows of the file", self->preview->rows->len),
                         self->preview->rows->len);
      gtk_label_set_text (self->preview_label, text);
    }
}

/* The mapping: one drop-down per field. */

static void
on_mapping_selected_cb (GtkDropDown    *dropdown,
                        GParamSpec     *pspec,
                        MzImportDialog *self)
{
  guint field;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->mapping == NULL)
    return;
  if (!g_ptr_array_find (self->dropdowns, dropdown, &field))
    return;

  mz_import_mapping_set_column (self->mapping, field,
                                selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                  ? MZ_IMPORT_IGNORE : (int) selected - 1);
  check_file (self);
}

static void
clear_mapping (MzImportDialog *self)
{
  for (guint i = 0; i < self->mapping_rows->len; i++)
    adw_preferences_group_remove (self->mapping_group, g_ptr_array_index (self->mapping_rows, i));
  g_ptr_array_set_size (self->mapping_rows, 0);
  g_ptr_array_set_size (self->dropdowns, 0);
}

static void
fill_mapping (MzImportDialog *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  const char * const *header = mz_import_mapping_get_header (self->mapping);

  clear_mapping (self);
  /* Translators: in the column mapping, a field filled from no column. */
  gtk_string_list_append (columns, C_("column", "Ignore"));
  for (guint c = 0; header[c] != NULL; c++)
    gtk_string_list_append (columns, header[c][0] ? header[c] : _("(no name)"));

  self->updating = TRUE;
  for (guint f = 0; f < mz_import_mapping_get_n_fields (self->mapping); f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (columns)), NULL);
      int column = mz_import_mapping_get_column (self->mapping, f);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     mz_import_mapping_get_field_label (self->mapping, f));
      if (mz_import_mapping_get_field_required (self->mapping, f))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), column == MZ_IMPORT_IGNORE ? 0 : column + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mz_import_mapping_get_field_label (self->mapping, f), -1);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_mapping_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
      adw_preferences_group_add (self->mapping_group, row);
      g_ptr_array_add (self->mapping_rows, row);
      g_ptr_array_add (self->dropdowns, dropdown);
    }
  self->updating = FALSE;
}

/* The report: every problem with its line. */

static GtkWidget *
report_row (const char *title,
            const char *subtitle,
            const char *icon,
            const char *style)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (image, style);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  return row;
}

static void
clear_report_list (MzImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_list))) != NULL)
    gtk_list_box_remove (self->report_list, child);
}

static void
fill_report (MzImportDialog *self)
{
  MzImportReport *report = self->report;
  g_autofree char *summary = NULL;
  guint shown = MIN (report->problems->len, REPORT_ROWS_SHOWN);

  clear_report_list (self);

  for (guint i = 0; i < shown; i++)
    {
      MzImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *line = problem->line > 0 ? g_strdup_printf (_("Line %u"), problem->line)
                                                : g_strdup (_("Whole file"));

      gtk_list_box_append (self->report_list,
                           report_row (problem->message, line,
                                       problem->warning ? "dialog-warning-symbolic" : "dialog-error-symbolic",
                                       problem->warning ? "warning" : "error"));
    }
  if (report->problems->len > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more problem",
                                                            "And %u more problems",
                                                            report->problems->len - shown),
                                               report->problems->len - shown);
      gtk_list_box_append (self->report_list, report_row (more, NULL, "view-more-symbolic", "dim-label"));
    }

  if (report->n_errors > 0)
    {
      g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                              report->n_errors), report->n_errors);
      /* Translators: "3 errors: correct the file …" */
      summary = g_strdup_printf (_("%s: correct the file and open it again, or choose other columns. Nothing is imported while errors remain."),
                                 errors);
    }
  else if (report->n_rows == 0)
    summary = g_strdup (_("There are no rows to import."));
  else
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row is ready to import",
                                                            "All %u rows are ready to import", report->n_rows),
                                               report->n_rows);
      if (report->n_warnings > 0)
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; look at the warning first.",
                                                "%s; look at the warnings first.", report->n_warnings),
                                   rows);
      else
        summary = g_strdup_printf ("%s.", rows);
      if (report->problems->len == 0)
        gtk_list_box_append (self->report_list,
                             report_row (_("No problems found"), NULL, "emblem-ok-symbolic", "success"));
    }
  gtk_label_set_text (self->report_label, summary);
}

/* Workers. */

static gpointer
run_job (MzStore       *store,
         gpointer       data,
         GCancellable  *cancellable,
         GError       **error)
{
  Job *job = data;

  /* The job's own cancellable, not the worker's: a cancellation that
   * comes after the commit must not hide that the rows were saved. */
  return mz_crm_import_file (store, job->kind, job->file, job->mapping, job->dry_run,
                             on_progress, job, job->cancellable, error);
}

static Job *
new_job (MzImportDialog *self,
         gboolean        dry_run)
{
  Job *job = g_new0 (Job, 1);

  job->kind = self->kind;
  job->file = g_object_ref (self->file);
  job->mapping = copy_mapping (self->mapping);
  job->dry_run = dry_run;
  job->cancellable = g_object_ref (self->cancellable);
  g_weak_ref_init (&job->dialog, self);
  return job;
}

static void
restart_cancellable (MzImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* A check in flight: the dialog and the cancellable it was started with. */
typedef struct
{
  MzImportDialog *self;
  GCancellable   *cancellable;
} Pending;

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(MzImportDialog) self = pending->self;
  g_autoptr(GCancellable) cancellable = pending->cancellable;
  g_autoptr(GError) error = NULL;
  MzImportReport *report = mz_worker_run_finish (result, &error);

  g_free (pending);
  set_busy (self, FALSE);
  if (self->disposed || g_cancellable_is_cancelled (cancellable))
    {
      /* Closed, or a newer check replaced this one. */
      g_clear_pointer (&report, mz_import_report_free);
      return;
    }
  if (report == NULL)
    {
      gtk_spinner_stop (self->check_spinner);
      gtk_label_set_text (self->report_label, error->message);
      update_import_button (self);
      return;
    }

  gtk_spinner_stop (self->check_spinner);
  g_clear_pointer (&self->report, mz_import_report_free);
  self->report = report;
  fill_report (self);
  update_import_button (self);
}

static void
check_file (MzImportDialog *self)
{
  Pending *pending = g_new0 (Pending, 1);

  restart_cancellable (self);
  pending->self = g_object_ref (self);
  pending->cancellable = g_object_ref (self->cancellable);
  g_clear_pointer (&self->report, mz_import_report_free);
  update_import_button (self);
  clear_report_list (self);
  gtk_label_set_text (self->report_label, _("Checking every row…"));
  gtk_spinner_start (self->check_spinner);

  set_busy (self, TRUE);
  mz_worker_run_async (mz_store_get_path (self->store), run_job, new_job (self, TRUE), job_free,
                       (GDestroyNotify) mz_import_report_free, NULL,
                       check_done_cb, pending);
}

static void
preview_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  MzImportPreview *preview = mz_crm_import_preview (data, PREVIEW_ROWS, cancellable, &error);

  if (preview == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, preview, (GDestroyNotify) mz_import_preview_free);
}

static void
preview_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MzImportDialog *self = MZ_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  MzImportPreview *preview = g_task_propagate_pointer (G_TASK (result), &error);

  set_busy (self, FALSE);
  if (self->disposed)
    {
      g_clear_pointer (&preview, mz_import_preview_free);
      return;
    }
  if (preview == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->failed_page, error->message);
      show_page (self, "failed");
      return;
    }

  g_clear_pointer (&self->preview, mz_import_preview_free);
  self->preview = preview;
  g_clear_object (&self->mapping);
  self->mapping = mz_import_mapping_new (self->kind, (const char * const *) preview->header);

  fill_preview (self);
  fill_mapping (self);
  show_page (self, "content");
  check_file (self);
}

static void
open_file (MzImportDialog *self,
           GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *reading = g_strdup_printf (_("Reading “%s”…"), name);

  restart_cancellable (self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->report, mz_import_report_free);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->busy_label, reading);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  update_import_button (self);
  show_page (self, "busy");

  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, preview_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, preview_thread);
}

/* Rows with at least one warning (a row may carry several). */
static guint
count_warned_rows (const MzImportReport *report)
{
  guint n = 0, last_line = 0;

  for (guint i = 0; i < report->problems->len; i++)
    {
      const MzImportProblem *problem = report->problems->pdata[i];

      if (problem->warning && (n == 0 || problem->line != last_line))
        {
          n++;
          last_line = problem->line;
        }
    }
  return n;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MzImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  MzImportReport *report = mz_worker_run_finish (result, &error);
  g_autofree char *title = NULL;

  set_busy (self, FALSE);
  self->importing = FALSE;
  if (self->disposed)
    {
      /* Closed while saving: the lists still need the new rows. */
      if (report != NULL && report->saved && self->parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.reload", NULL);
      g_clear_pointer (&report, mz_import_report_free);
      return;
    }
  gtk_widget_set_sensitive (self->cancel_button, TRUE);

  if (report == NULL)
    {
      show_page (self, "content");
      update_import_button (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("Import cancelled; nothing was saved"));
      else
        toast (self, error->message);
      return;
    }

  g_clear_pointer (&self->report, mz_import_report_free);
  self->report = report;
  if (!report->saved)
    {
      /* The database changed since the check: show why. */
      fill_report (self);
      show_page (self, "content");
      update_import_button (self);
      return;
    }

  if (self->kind == MZ_IMPORT_PARTNERS)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Partner Imported",
                                          "%u Partners Imported", report->n_saved), report->n_saved);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Contact Imported",
                                          "%u Contacts Imported", report->n_saved), report->n_saved);
  adw_status_page_set_title (self->done_page, title);
  if (report->n_warnings > 0)
    {
      guint n_rows = count_warned_rows (report);
      g_autofree char *description = NULL;

      if (self->kind == MZ_IMPORT_PARTNERS)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u row looked like a partner already in the database; merge them from the partner’s page if they are the same.",
                                                    "%u rows looked like partners already in the database; merge them from the partner’s page if they are the same.",
                                                    n_rows), n_rows);
      else
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u row looked like a contact already in the database; check that partner’s contacts and forget or edit the copy if they are the same person.",
                                                    "%u rows looked like contacts already in the database; check those partners’ contacts and forget or edit the copies if they are the same people.",
                                                    n_rows), n_rows);
      adw_status_page_set_description (self->done_page, description);
    }
  else
    adw_status_page_set_description (self->done_page, _("Every row of the file was saved, with its history."));
  show_page (self, "done");

  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.reload", NULL);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, report->n_saved);
}

static void
on_import_clicked_cb (GtkButton      *button,
                      MzImportDialog *self)
{
  g_autofree char *text = NULL;

  if (self->busy > 0 || self->report == NULL || self->report->n_errors > 0)
    return;

  if (self->kind == MZ_IMPORT_PARTNERS)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Importing %u partner…", "Importing %u partners…",
                                         self->report->n_rows), self->report->n_rows);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Importing %u contact…", "Importing %u contacts…",
                                         self->report->n_rows), self->report->n_rows);
  restart_cancellable (self);
  self->importing = TRUE;
  gtk_label_set_text (self->busy_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  show_page (self, "busy");

  set_busy (self, TRUE);
  mz_worker_run_async (mz_store_get_path (self->store), run_job, new_job (self, FALSE), job_free,
                       (GDestroyNotify) mz_import_report_free, NULL,
                       import_done_cb, g_object_ref (self));
}

static void
on_cancel_clicked_cb (GtkButton      *button,
                      MzImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (!self->importing)
    show_page (self, self->preview != NULL ? "content" : "empty");
  else
    gtk_widget_set_sensitive (self->cancel_button, FALSE);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     MzImportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        open_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
on_choose_clicked_cb (GtkButton      *button,
                      MzImportDialog *self)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL || self->importing)
    return;

  self->chooser = gtk_file_chooser_native_new (self->kind == MZ_IMPORT_PARTNERS ? _("Import Partners")
                                                                                : _("Import Contacts"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
mz_import_dialog_dispose (GObject *object)
{
  MzImportDialog *self = MZ_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->preview, mz_import_preview_free);
  g_clear_pointer (&self->report, mz_import_report_free);

  G_OBJECT_CLASS (mz_import_dialog_parent_class)->dispose (object);
}

static void
mz_import_dialog_finalize (GObject *object)
{
  MzImportDialog *self = MZ_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_ptr_array_unref (self->mapping_rows);
  g_ptr_array_unref (self->dropdowns);

  G_OBJECT_CLASS (mz_import_dialog_parent_class)->finalize (object);
}

static void
mz_import_dialog_class_init (MzImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_import_dialog_dispose;
  object_class->finalize = mz_import_dialog_finalize;

  /* Emitted after an import saved rows, with their number. */
  signals[SIGNAL_FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, empty_choose_button);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, failed_choose_button);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, report_label);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, check_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzImportDialog, report_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_import_dialog_init (MzImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->mapping_rows = g_ptr_array_new ();
  self->dropdowns = g_ptr_array_new ();

  g_signal_connect (self->import_button, "clicked", G_CALLBACK (on_import_clicked_cb), self);
  g_signal_connect (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked_cb), self);
  g_signal_connect (self->choose_button, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
  g_signal_connect (self->empty_choose_button, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
  g_signal_connect (self->failed_choose_button, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
}

MzImportDialog *
_mz_import_dialog_new (GtkWindow  *parent,
                       MzStore    *store,
                       const char *kind)
{
  MzImportDialog *self = g_object_new (MZ_TYPE_IMPORT_DIALOG, NULL);

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (!mz_import_kind_from_string (kind, &self->kind))
    g_critical ("Unknown kind of import “%s”", kind);
  self->store = g_object_ref (store);
  if (parent != NULL)
    {
      g_set_weak_pointer (&self->parent, parent);
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
    }

  if (self->kind == MZ_IMPORT_PARTNERS)
    {
      adw_window_title_set_title (self->window_title, _("Import Partners"));
      adw_status_page_set_title (self->empty_page, _("Import Partners"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose a CSV file, UTF-8, separated by commas or semicolons. "
                                         "Its first line names the columns: Name, Type, Country, Website… "
                                         "Nothing is saved until every row is right."));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Import Contacts"));
      adw_status_page_set_title (self->empty_page, _("Import Contacts"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose a CSV file, UTF-8, separated by commas or semicolons. "
                                         "Its first line names the columns: Partner (a partner’s exact name), "
                                         "Given name, Family name, E-mail… Nothing is saved until every row is right."));
    }
  show_page (self, "empty");
  return self;
}

void
mz_import_dialog_present (GtkWindow  *parent,
                          MzStore    *store,
                          const char *kind)
{
  MzImportDialog *self = _mz_import_dialog_new (parent, store, kind);

  gtk_window_present (GTK_WINDOW (self));
}

void
_mz_import_dialog_set_file (MzImportDialog *self,
                            GFile          *file)
{
  g_return_if_fail (MZ_IS_IMPORT_DIALOG (self));
  open_file (self, file);
}

gboolean
_mz_import_dialog_is_busy (MzImportDialog *self)
{
  return self->busy > 0;
}

const char *
_mz_import_dialog_get_page (MzImportDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkColumnView *
_mz_import_dialog_get_preview (MzImportDialog *self)
{
  return self->preview_view;
}

GtkDropDown *
_mz_import_dialog_get_mapping (MzImportDialog *self,
                               const char     *code)
{
  int field = self->mapping ? mz_import_mapping_find_field (self->mapping, code) : -1;

  if (field < 0 || (guint) field >= self->dropdowns->len)
    return NULL;
  return g_ptr_array_index (self->dropdowns, field);
}

GtkListBox *
_mz_import_dialog_get_report_list (MzImportDialog *self)
{
  return self->report_list;
}

MzImportReport *
_mz_import_dialog_get_report (MzImportDialog *self)
{
  return self->report;
}

GtkWidget *
_mz_import_dialog_get_import_button (MzImportDialog *self)
{
  return self->import_button;
}

GtkWidget *
_mz_import_dialog_get_cancel_button (MzImportDialog *self)
{
  return self->cancel_button;
}

const char *
_mz_import_dialog_get_done_description (MzImportDialog *self)
{
  return adw_status_page_get_description (self->done_page);
}

/* mz-import-dialog.c — import partners or contacts from a CSV file
 *
 * The file is read off the main thread three times, each in a worker:
 * its first rows for the preview (mz-import-dialog-preview.c), then every
 * row for the check (a dry run, again after each change of the mapping),
 * then every row for the import itself, in one transaction
 * (mz-import-dialog-worker.c); the problems found are listed by
 * mz-import-dialog-report.c. Nothing is saved unless the whole file is
 * right. This file holds the window, its pages and buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-crm-import.h"
#include "mz-import-dialog-private.h"

G_DEFINE_FINAL_TYPE (MzImportDialog, mz_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_mz_import_dialog_toast (MzImportDialog *self,
                         const char     *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_timeout (t, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

void
_mz_import_dialog_set_busy (MzImportDialog *self,
                            gboolean        busy)
{
  if (busy)
    self->busy++;
  else if (self->busy > 0)
    self->busy--;
  gtk_widget_set_sensitive (self->choose_button, self->busy == 0 || !self->importing);
}

void
_mz_import_dialog_update_import_button (MzImportDialog *self)
{
  gboolean ready = self->busy == 0 && self->report != NULL && !self->report->saved &&
                   self->report->n_errors == 0 && self->report->n_rows > 0;

  gtk_widget_set_sensitive (self->import_button, ready);
}

void
_mz_import_dialog_show_page (MzImportDialog *self,
                             const char     *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (self->choose_button, g_str_equal (page, "content"));
  gtk_widget_set_visible (self->import_button,
                          g_str_equal (page, "content") || (g_str_equal (page, "busy") && self->importing));
}

static void
on_import_clicked_cb (GtkButton      *button,
                      MzImportDialog *self)
{
  _mz_import_dialog_start_import (self);
}

static void
on_cancel_clicked_cb (GtkButton      *button,
                      MzImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (!self->importing)
    _mz_import_dialog_show_page (self, self->preview != NULL ? "content" : "empty");
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
        _mz_import_dialog_open_file (self, file);
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
  _mz_import_dialog_show_page (self, "empty");
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
  _mz_import_dialog_open_file (self, file);
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

/* mz-import-dialog-preview.c — the import dialog: the file's first rows
 * and the column mapping
 *
 * The first rows are read off the main thread; once they show, every row
 * is checked (mz-import-dialog-worker.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-crm-import.h"
#include "mz-import-dialog-private.h"

#define PREVIEW_ROWS 50

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
  _mz_import_dialog_check_file (self);
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

/* Reading the file's first rows, off the main thread. */

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

  _mz_import_dialog_set_busy (self, FALSE);
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
      _mz_import_dialog_show_page (self, "failed");
      return;
    }

  g_clear_pointer (&self->preview, mz_import_preview_free);
  self->preview = preview;
  g_clear_object (&self->mapping);
  self->mapping = mz_import_mapping_new (self->kind, (const char * const *) preview->header);

  fill_preview (self);
  fill_mapping (self);
  _mz_import_dialog_show_page (self, "content");
  _mz_import_dialog_check_file (self);
}

void
_mz_import_dialog_open_file (MzImportDialog *self,
                             GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *reading = g_strdup_printf (_("Reading “%s”…"), name);

  _mz_import_dialog_restart_cancellable (self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->report, mz_import_report_free);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->busy_label, reading);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  _mz_import_dialog_update_import_button (self);
  _mz_import_dialog_show_page (self, "busy");

  _mz_import_dialog_set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, preview_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, preview_thread);
}

/* mz-import-dialog-private.h — what the files of the import dialog share,
 * and what the tests drive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mz-import-dialog.c          the window: its pages, the buttons, the API
 * mz-import-dialog-preview.c  the file's first rows and the column mapping
 * mz-import-dialog-report.c   every problem with its line; the page after
 *                             an import
 * mz-import-dialog-worker.c   the check (a dry run) and the import, each in
 *                             a worker, with progress and Cancel
 */
#pragma once

#include "mz-crm-import.h"
#include "mz-import-dialog.h"

G_BEGIN_DECLS

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

/* mz-import-dialog.c */
void              _mz_import_dialog_toast           (MzImportDialog  *self,
                                                     const char      *text);
/* Counts the previews, checks and imports running. */
void              _mz_import_dialog_set_busy        (MzImportDialog  *self,
                                                     gboolean         busy);
/* Import is possible once a check found rows and no error. */
void              _mz_import_dialog_update_import_button (MzImportDialog *self);
/* Shows @page of the stack and the header buttons that go with it. */
void              _mz_import_dialog_show_page       (MzImportDialog  *self,
                                                     const char      *page);

/* mz-import-dialog-preview.c: reads the first rows of @file, then
 * shows them with the mapping and checks every row. */
void              _mz_import_dialog_open_file       (MzImportDialog  *self,
                                                     GFile           *file);

/* mz-import-dialog-report.c */
void              _mz_import_dialog_clear_report_list (MzImportDialog *self);
/* Lists the problems of self->report and sums them up. */
void              _mz_import_dialog_fill_report     (MzImportDialog  *self);
/* The page after an import that saved self->report's rows. */
void              _mz_import_dialog_show_done       (MzImportDialog  *self);

/* mz-import-dialog-worker.c */
/* Cancels what runs and makes a new self->cancellable. */
void              _mz_import_dialog_restart_cancellable (MzImportDialog *self);
/* Checks every row with the current mapping (a dry run). */
void              _mz_import_dialog_check_file      (MzImportDialog  *self);
/* Imports every row of the last check, all or none. */
void              _mz_import_dialog_start_import    (MzImportDialog  *self);

MzImportDialog   *_mz_import_dialog_new             (GtkWindow       *parent,
                                                     MzStore         *store,
                                                     const char      *kind);
/* Reads @file as if it had been chosen. */
void              _mz_import_dialog_set_file        (MzImportDialog  *self,
                                                     GFile           *file);
/* TRUE while a preview, a check or an import runs. */
gboolean          _mz_import_dialog_is_busy         (MzImportDialog  *self);
/* "empty", "failed", "busy", "content" or "done". */
const char       *_mz_import_dialog_get_page        (MzImportDialog  *self);
GtkColumnView    *_mz_import_dialog_get_preview     (MzImportDialog  *self);
/* The GtkDropDown mapping the field @code; item 0 is "ignore", item n+1
 * is column n. */
GtkDropDown      *_mz_import_dialog_get_mapping     (MzImportDialog  *self,
                                                     const char      *code);
GtkListBox       *_mz_import_dialog_get_report_list (MzImportDialog  *self);
/* The last check's or import's report, or NULL. */
MzImportReport   *_mz_import_dialog_get_report      (MzImportDialog  *self);
GtkWidget        *_mz_import_dialog_get_import_button (MzImportDialog *self);
GtkWidget        *_mz_import_dialog_get_cancel_button (MzImportDialog *self);
/* The text under the title of the page shown after an import. */
const char       *_mz_import_dialog_get_done_description (MzImportDialog *self);

G_END_DECLS

/* mz-import-dialog-private.h — what the tests drive in the import dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-crm-import.h"
#include "mz-import-dialog.h"

G_BEGIN_DECLS

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

/* mz-import-dialog.h — import partners or contacts from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_IMPORT_DIALOG (mz_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MzImportDialog, mz_import_dialog, MZ, IMPORT_DIALOG, AdwWindow)

/* Opens the import of @kind ("partners" or "contacts") into @store, modal
 * over @parent: choose a file, see its first rows, map its columns, read
 * every problem with its line, then import all rows or none. After an
 * import, "win.reload" is activated on @parent so that its lists show
 * the new rows, and the dialog emits "finished". */
void  mz_import_dialog_present (GtkWindow  *parent,
                                MzStore    *store,
                                const char *kind);

G_END_DECLS

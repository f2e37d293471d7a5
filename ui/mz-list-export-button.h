/* mz-list-export-button.h — "Export to Excel…" for a list section: what it shows,
 * as a one-sheet workbook
 *
 * A button for the section's tool bar. Clicked, it asks where to save
 * (GtkFileChooserNative), asks the section for an MzListTable of the rows
 * its filter shows (on the main thread: a snapshot), writes the workbook on
 * a worker thread (app/mz-list-export.h) while a progress bar and a Cancel
 * button take the button's place, and ends with a toast whose “Open”
 * action opens the file, or a dialog that explains what went wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-list-export.h"

G_BEGIN_DECLS

#define MZ_TYPE_LIST_EXPORT_BUTTON (mz_list_export_button_get_type ())
G_DECLARE_FINAL_TYPE (MzListExportButton, mz_list_export_button, MZ, LIST_EXPORT_BUTTON, GtkWidget)

/* Returns a new table of what the section shows now (never NULL). */
typedef MzListTable *(*MzListExportBuildFunc) (gpointer user_data);

/* @file_stem: the suggested file name without date and extension, e.g.
 * "In-kind" (translated by the caller). */
GtkWidget  *mz_list_export_button_new         (const char            *file_stem,
                                               MzListExportBuildFunc  build,
                                               gpointer               user_data);

/* TRUE while a workbook is being written. */
gboolean    mz_list_export_button_get_busy    (MzListExportButton    *self);

/* Exports to @file at once, without asking (tests, scripted use). The
 * result is told as after the file chooser; see get_busy() and
 * get_last_error(). */
void        mz_list_export_button_export_to   (MzListExportButton    *self,
                                               GFile                 *file);

/* Cancels a running export: nothing is left at the target. */
void        mz_list_export_button_cancel      (MzListExportButton    *self);

/* The error of the last export, NULL after a success. */
const GError *mz_list_export_button_get_last_error (MzListExportButton *self);

/* A filter of a list section: its drop-down, whose first choice shows
 * all, and its translated name ("Stage"). */
typedef struct
{
  GtkDropDown *dropdown;
  const char  *name;
} MzListExportFilter;

/* The parts of the line under an exported list's title: "Name: choice"
 * for each filter set to something else than its first choice, then
 * “Search: “text”” when @search_text is not NULL. An array of strings to
 * join, which the caller may extend. */
GPtrArray  *mz_list_export_describe_filters (const MzListExportFilter *filters,
                                             guint                     n_filters,
                                             const char               *search_text);

/* The file chosen in a save dialog for a workbook, with ".xlsx" added
 * when its name has another ending (the filter is not a rule); NULL when
 * none. */
GFile      *mz_list_export_chosen_file      (GtkFileChooser           *chooser);

G_END_DECLS

/* mz-list-export-button.h — "Export to Excel…" for a list section: what it shows,
 * as a one-sheet workbook
 *
 * A button for the section's tool bar. Clicked, it asks where to save
 * (GtkFileChooserNative), takes a snapshot of the rows its filter shows,
 * writes the workbook on a worker thread (app/mz-list-export.h) while a
 * progress bar and a Cancel button take the button's place, and ends with
 * a toast whose “Open” action opens the file, or a dialog that explains
 * what went wrong.
 *
 * On the main thread the section only makes the table's columns, title
 * and subtitle and takes the items shown in display order (references to
 * objects it does not change once listed, or copies); the cells are
 * filled from them on the worker. A sorted list of 50,000 commitments
 * costs the main thread a few milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-list-export.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_LIST_EXPORT_BUTTON (mz_list_export_button_get_type ())
G_DECLARE_FINAL_TYPE (MzListExportButton, mz_list_export_button, MZ, LIST_EXPORT_BUTTON, GtkWidget)

/* On the main thread, at the click: returns a new table with its title,
 * subtitle, author and columns but no rows, and sets *@rows to a new
 * array of the items shown, in display order, and *@context (may be left
 * NULL) to anything else the cells need, such as a copy of a table of
 * names, freed with *@context_free. Both are freed on the main thread
 * once the workbook is written. */
typedef MzListTable *(*MzListExportSnapshotFunc) (gpointer         user_data,
                                                  GPtrArray      **rows,
                                                  gpointer        *context,
                                                  GDestroyNotify  *context_free);

/* On a worker thread: adds a row to @table for each of @rows, in order.
 * It reads only @rows and @context (no widget, nothing of the section). */
typedef void (*MzListExportFillFunc) (MzListTable *table,
                                      GPtrArray   *rows,
                                      gpointer     context);

/* @file_stem: the suggested file name without date and extension, e.g.
 * "In-kind" (translated by the caller). */
GtkWidget  *mz_list_export_button_new_with_fill (const char               *file_stem,
                                                 MzListExportSnapshotFunc  snapshot,
                                                 MzListExportFillFunc      fill,
                                                 gpointer                  user_data);

/* Puts the button after @sibling in its box (a section's tool bar), at
 * its own height as the other buttons there, with @tooltip (NULL for its
 * own) on its button. */
void        mz_list_export_button_place_after (MzListExportButton    *self,
                                               GtkWidget             *sibling,
                                               const char            *tooltip);

/* Makes the button sensitive when @ready (the rows shown can be taken)
 * and while it writes a workbook (its Cancel button). */
void        mz_list_export_button_set_ready   (MzListExportButton    *self,
                                               gboolean               ready);

/* For a snapshot: the items of @shown in its order, referenced, once
 * @sort (NULL, or the sort model @shown is or shows) has finished a sort
 * it makes in steps: the workbook has the order the table will show. */
GPtrArray   *mz_list_export_take_items        (GListModel               *shown,
                                               GtkSortListModel         *sort);

/* The line under the title of a section's workbook, for @n_shown rows. */
typedef char *(*MzListExportDescribeFunc) (gpointer user_data,
                                           guint    n_shown);

/* For a snapshot of a section whose table shows @shown, sorted in steps
 * by @sort (see mz_list_export_take_items()): sets *@rows to the items
 * shown, in display order, and returns a new table titled @title, whose
 * subtitle is what @describe returns for @user_data and their number and
 * whose author is the actor of @store (NULL: none). The caller adds the
 * columns. */
MzListTable *mz_list_export_snapshot_shown    (const char               *title,
                                               GListModel               *shown,
                                               GtkSortListModel         *sort,
                                               MzStore                  *store,
                                               MzListExportDescribeFunc  describe,
                                               gpointer                  user_data,
                                               GPtrArray               **rows);

/* @snapshot then @fill at once on this thread: the whole table, as it
 * would be written (tests). */
MzListTable *mz_list_export_build_now         (MzListExportSnapshotFunc  snapshot,
                                               MzListExportFillFunc      fill,
                                               gpointer                  user_data);

/* What the button's tooltip says the workbook holds (the default: the
 * rows shown, as filtered). */
void        mz_list_export_button_set_tooltip (MzListExportButton    *self,
                                               const char            *tooltip);

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

/* Shared with the Reports section. */

/* A save dialog for an Excel workbook, modal over @widget's window, with
 * @title and the file name @name suggested. */
GtkFileChooserNative *mz_list_export_chooser_new (GtkWidget           *widget,
                                                  const char          *title,
                                                  const char          *name);

/* A toast in @widget's window saying @title (plain text), whose “Open”
 * button opens @file in its default application. */
void       mz_list_export_toast_saved       (GtkWidget                *widget,
                                             const char               *title,
                                             GFile                    *file);

/* A dialog over @widget's window: @heading and @error's message. */
void       mz_list_export_tell_error        (GtkWidget                *widget,
                                             const char               *heading,
                                             const GError             *error);

G_END_DECLS

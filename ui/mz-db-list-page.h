/* mz-db-list-page.h — what the sections over a big table of the database
 * share (Contacts, Interactions): columns, filters, state, search, editors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both sections show the rows a worker thread chose (mz-list-loader.h)
 * in a column view whose sorter only marks the column chosen
 * (mz-column-sort.h), above a stack of "loading", "empty", "no-match"
 * and "list". These are the helpers they had each written again.
 */
#pragma once

#include <adwaita.h>

#include "mz-list-export.h"
#include "mz-list-loader.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Appends a resizable column to @view whose cells @setup and @bind
 * (GtkSignalListItemFactory handlers, with @user_data) make and fill;
 * "unbind" lets go of the row's slot (mz-slot-model.h). Its sorter marks
 * @id, which mz_db_list_page_column_id() tells in the handlers. */
GtkColumnViewColumn *mz_db_list_page_add_column (GtkColumnView *view,
                                                 int            id,
                                                 const char    *title,
                                                 gboolean       expand,
                                                 GCallback      setup,
                                                 GCallback      bind,
                                                 gpointer       user_data);
int          mz_db_list_page_column_id       (GtkSignalListItemFactory *factory);

/* For the bind handler of such a column: TRUE when the cell of @item is
 * not mapped (its row is out of sight, or the table hidden) and is to
 * keep what it shows; bind is called again for it when it is mapped.
 * (GTK 4.8 keeps some 200 rows of cells, however few show: a new result
 * in all of them was most of a keystroke's time.) */
gboolean     mz_db_list_page_defer_cell      (GtkSignalListItemFactory *factory,
                                              GtkListItem              *item);

/* Fills @dropdown with @all_label then the codes of the units of @store,
 * and @unit_ids with their ids (index 0 of @unit_ids is the second
 * choice), without calling the handlers of @dropdown whose data is
 * @handler_data. */
void         mz_db_list_page_fill_unit_filter (GtkDropDown *dropdown,
                                               GPtrArray   *unit_ids,
                                               MzStore     *store,
                                               const char  *all_label,
                                               gpointer     handler_data);

/* The choice of a drop-down whose first item is "all": @codes[selected -
 * 1] (a NULL-terminated array of @n or, @n -1, counted), or NULL for
 * "all" and for no choice. */
const char  *mz_db_list_page_choice          (GtkDropDown        *dropdown,
                                              const char * const *codes,
                                              int                 n);

/* Sets every filter of @filters (GtkDropDown to its first choice,
 * GtkToggleButton off) without calling their handlers whose data is
 * @handler_data, closes the window's search and forgets the search of
 * @page (an MzSectionPage) without reading again. */
void         mz_db_list_page_clear_filters   (GtkWidget        *page,
                                              GtkWidget * const *filters,
                                              guint             n_filters,
                                              gpointer          handler_data);

/* Shows @text in a toast of the window of @page (a message without one). */
void         mz_db_list_page_toast           (GtkWidget   *page,
                                              const char  *text);

/* Shows the state of the table in @stack: "empty" without a store,
 * "loading" until a load showed its rows, then "list", or "no-match"
 * (@filtered) or "empty" for no rows. Returns the state. */
const char  *mz_db_list_page_show_state      (GtkStack     *stack,
                                              GtkSpinner   *loading_spinner,
                                              MzListLoader *loader,
                                              gboolean      filtered);
gboolean     mz_db_list_page_is_loading      (MzListLoader *loader);
gboolean     mz_db_list_page_is_loaded       (MzListLoader *loader);
/* The number of rows shown, 0 without a loader. */
guint        mz_db_list_page_n_rows          (MzListLoader *loader);

/* The ids the name search of @store finds for @text (every script): of
 * the contact for a contact's name when @contacts, else of the partner;
 * each once. NULL with @error set on failure. For a worker thread. */
char       **mz_db_list_page_search_ids      (MzStore     *store,
                                              const char  *text,
                                              guint        limit,
                                              gboolean     contacts,
                                              GError     **error);

/* Presents @editor, a window opened by @page: @saved is connected to its
 * "saved" signal and @destroyed to "destroy", both with @page, while
 * @page lives. */
void         mz_db_list_page_present_editor  (GtkWidget *page,
                                              GtkWindow *editor,
                                              GCallback  saved,
                                              GCallback  destroyed);

/* Adds a shortcut Ctrl+N for the action @action_name to @page, active
 * wherever the focus is while the page is shown. */
void         mz_db_list_page_add_new_shortcut (GtkWidget  *page,
                                               const char *action_name);

/* The rowids a section's query @job shows, read from @store. */
typedef GArray *(*MzDbListRowidsFunc) (MzStore       *store,
                                       gpointer       job,
                                       GCancellable  *cancellable,
                                       GError       **error);
/* Adds a row of @item to @table. */
typedef void    (*MzDbListAddRowFunc) (MzListTable   *table,
                                       gpointer       item);

/* For the MzListExportSnapshotFunc of such a section, whose table holds
 * rowids, not rows: sets the author of @table, *@rows to an empty array
 * and *@context to what mz_db_list_page_fill_export(), on the button's
 * worker, needs to run @job (taken, freed with @job_free) again with
 * @rowids on a connection of its own to the file of @store, read its rows
 * with @fetch a page at a time and add each with @add_row. Without
 * @store, no rows. */
void         mz_db_list_page_export_context  (MzListTable        *table,
                                              MzStore            *store,
                                              gpointer            job,
                                              GDestroyNotify      job_free,
                                              MzDbListRowidsFunc  rowids,
                                              MzPagedModelFetch   fetch,
                                              MzDbListAddRowFunc  add_row,
                                              GPtrArray         **rows,
                                              gpointer           *context,
                                              GDestroyNotify     *context_free);
/* The MzListExportFillFunc of such a context (NULL: nothing). */
void         mz_db_list_page_fill_export     (MzListTable        *table,
                                              GPtrArray          *rows,
                                              gpointer            context);

G_END_DECLS

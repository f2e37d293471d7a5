/* mz-contacts-page-private.h — what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contacts-page.h"
#include "mz-paged-model.h"

G_BEGIN_DECLS

/* TRUE while the list or a forget runs in a thread. */
gboolean        _mz_contacts_page_is_busy        (MzContactsPage *self);
/* The list as shown (filtered and sorted: MzContact), its selection (of
 * MzRowSlot) and its view. */
GListModel     *_mz_contacts_page_get_model      (MzContactsPage *self);
GtkSelectionModel *_mz_contacts_page_get_selection (MzContactsPage *self);
GtkColumnView  *_mz_contacts_page_get_view       (MzContactsPage *self);
/* The number of contacts the table holds (filtered). */
guint           _mz_contacts_page_get_n_loaded   (MzContactsPage *self);
/* The rows, read a page at a time. */
MzPagedModel   *_mz_contacts_page_get_paged_model (MzContactsPage *self);
/* How many row widgets the table made so far. */
guint           _mz_contacts_page_get_n_rows_made (MzContactsPage *self);
/* The visible child of the page's stack: loading, empty, no-match, list. */
const char     *_mz_contacts_page_get_state      (MzContactsPage *self);
/* The last editor opened by the page, while it is open. */
GtkWindow      *_mz_contacts_page_get_editor     (MzContactsPage *self);

G_END_DECLS

/* mz-commitments-page-private.h — what the tests look at in the
 * Commitments section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-commitments-page.h"

G_BEGIN_DECLS

GtkColumnView *_mz_commitments_page_get_column_view (MzCommitmentsPage *self);
/* The rows shown, filtered and sorted: a GListModel of MzCommitmentRow. */
GListModel    *_mz_commitments_page_get_shown       (MzCommitmentsPage *self);
/* TRUE while a load runs or waits. */
gboolean       _mz_commitments_page_is_loading      (MzCommitmentsPage *self);
/* How many loads ran in a worker thread. */
guint          _mz_commitments_page_get_n_threaded  (MzCommitmentsPage *self);
/* "loading", "list", "empty", "no-match" or "error". */
const char    *_mz_commitments_page_get_state       (MzCommitmentsPage *self);
/* "stage", "kind", "unit", "initiative", "year" or "currency". */
GtkDropDown   *_mz_commitments_page_get_filter      (MzCommitmentsPage *self,
                                                     const char        *name);
/* The open commitment editor, or NULL. */
GtkWindow     *_mz_commitments_page_get_editor      (MzCommitmentsPage *self);

G_END_DECLS

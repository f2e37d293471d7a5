/* mz-partners-page-private.h — what the tests look at in the Partners
 * section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-view.h"
#include "mz-partners-page.h"

G_BEGIN_DECLS

GtkColumnView *_mz_partners_page_get_column_view (MzPartnersPage *self);
/* The rows shown, filtered and sorted: a GListModel of MzPartner. */
GListModel    *_mz_partners_page_get_shown       (MzPartnersPage *self);
/* All loaded rows, before the search. */
GListModel    *_mz_partners_page_get_loaded      (MzPartnersPage *self);
/* TRUE while a load runs or waits. */
gboolean       _mz_partners_page_is_loading      (MzPartnersPage *self);
/* "loading", "list", "empty", "no-match" or "error"; "partner" when the
 * page of a partner is shown. */
const char    *_mz_partners_page_get_state       (MzPartnersPage *self);
/* "type", "region", "unit", "manager", "status" or "tag". */
GtkDropDown   *_mz_partners_page_get_filter      (MzPartnersPage *self,
                                                  const char     *name);
MzPartnerView *_mz_partners_page_get_view        (MzPartnersPage *self);
/* The open partner editor, or NULL. */
GtkWindow     *_mz_partners_page_get_editor      (MzPartnersPage *self);
/* The last toast shown while it is, or NULL. */
AdwToast      *_mz_partners_page_get_toast       (MzPartnersPage *self);
/* Cell widgets the table's factories created so far. */
guint          _mz_partners_page_get_n_cells     (MzPartnersPage *self);

G_END_DECLS

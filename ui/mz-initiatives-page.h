/* mz-initiatives-page.h — the Initiatives section: each initiative's
 * funding progress, its positioning pillars and contributing partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_INITIATIVES_PAGE (mz_initiatives_page_get_type ())
G_DECLARE_FINAL_TYPE (MzInitiativesPage, mz_initiatives_page, MZ, INITIATIVES_PAGE, MzSectionPage)

MzStore    *mz_initiatives_page_get_store (MzInitiativesPage *self);
void        mz_initiatives_page_set_store (MzInitiativesPage *self,
                                           MzStore           *store);

/* For tests: the rows shown (MzInitiativeRow), the initiative shown in
 * the detail pane, and the text of one of its figures ("target",
 * "signed", "received", "pipeline", "inkind", "gap"). */
GListModel *_mz_initiatives_page_get_rows        (MzInitiativesPage *self);
gboolean    _mz_initiatives_page_select          (MzInitiativesPage *self,
                                                  const char        *initiative_id);
const char *_mz_initiatives_page_get_figure_text (MzInitiativesPage *self,
                                                  const char        *figure);
/* For tests: how many rows the search leaves. */
guint       _mz_initiatives_page_get_n_shown     (MzInitiativesPage *self);
/* For tests: the number of contributing partners listed in the detail. */
guint       _mz_initiatives_page_get_n_partners  (MzInitiativesPage *self);

/* CHF centimes as whole francs with grouped thousands, "12’500’000". */
char       *_mz_initiatives_format_chf           (gint64             centimes);

G_END_DECLS

/* mz-commitments-page.h — the Commitments section: the table of
 * commitments with its filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"

G_BEGIN_DECLS

#define MZ_TYPE_COMMITMENTS_PAGE (mz_commitments_page_get_type ())
G_DECLARE_FINAL_TYPE (MzCommitmentsPage, mz_commitments_page, MZ, COMMITMENTS_PAGE, MzSectionPage)

/* Its store and search are those of MzSectionPage (mz-section-page.h):
 * it shows the commitments of the store, read in a worker thread, whose
 * donor or title contains the window's search text. */
MzStore    *mz_commitments_page_get_store       (MzCommitmentsPage *self);
void        mz_commitments_page_set_search_text (MzCommitmentsPage *self,
                                                 const char        *text);

/* Opens the editor of @commitment_id (NULL: a new commitment). */
void        mz_commitments_page_open_editor     (MzCommitmentsPage *self,
                                                 const char        *commitment_id);

G_END_DECLS

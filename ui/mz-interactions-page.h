/* mz-interactions-page.h — the Interactions section: every unit's
 * meetings, calls, e-mails, visits, events and proposals, and the open
 * follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"

G_BEGIN_DECLS

#define MZ_TYPE_INTERACTIONS_PAGE (mz_interactions_page_get_type ())
G_DECLARE_FINAL_TYPE (MzInteractionsPage, mz_interactions_page, MZ, INTERACTIONS_PAGE, MzSectionPage)

/* Its store and search are those of MzSectionPage (mz-section-page.h).
 * Rows are read a page at a time (mz-paged-model.h); the filtered and
 * sorted list of rowids is computed in a worker thread. */

G_END_DECLS

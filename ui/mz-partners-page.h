/* mz-partners-page.h — the Partners section: the table of partners and
 * the page of one partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNERS_PAGE (mz_partners_page_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnersPage, mz_partners_page, MZ, PARTNERS_PAGE, MzSectionPage)

/* Its store and search are those of MzSectionPage (mz-section-page.h):
 * it shows the partners of the store, loaded in a worker thread, whose
 * names contain the window's search text in any script (searched in a
 * worker thread too). */

/* The search as typed, "" when there is none. */
const char *mz_partners_page_get_search_text (MzPartnersPage *self);

/* Shows the page of the partner @partner_id. */
void        mz_partners_page_open_partner    (MzPartnersPage *self,
                                              const char     *partner_id);

G_END_DECLS

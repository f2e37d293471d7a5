/* mz-partners-page.h — the Partners section: the table of partners and
 * the page of one partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNERS_PAGE (mz_partners_page_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnersPage, mz_partners_page, MZ, PARTNERS_PAGE, AdwBin)

MzStore    *mz_partners_page_get_store       (MzPartnersPage *self);
/* Shows the partners of @store (loaded in a worker thread). */
void        mz_partners_page_set_store       (MzPartnersPage *self,
                                              MzStore        *store);

/* The text of the window's search bar: the table shows the partners whose
 * names contain it, in any script. */
const char *mz_partners_page_get_search_text (MzPartnersPage *self);
void        mz_partners_page_set_search_text (MzPartnersPage *self,
                                              const char     *text);

/* Shows the page of the partner @partner_id. */
void        mz_partners_page_open_partner    (MzPartnersPage *self,
                                              const char     *partner_id);

G_END_DECLS

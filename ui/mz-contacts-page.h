/* mz-contacts-page.h — the Contacts section: every person at every partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_CONTACTS_PAGE (mz_contacts_page_get_type ())
G_DECLARE_FINAL_TYPE (MzContactsPage, mz_contacts_page, MZ, CONTACTS_PAGE, AdwBin)

/* Properties "store" and "search-text", action "page.reload" (see
 * mz-sections.c). The list loads in a worker thread. */
MzStore *mz_contacts_page_get_store       (MzContactsPage *self);
void     mz_contacts_page_set_store       (MzContactsPage *self,
                                           MzStore        *store);
void     mz_contacts_page_set_search_text (MzContactsPage *self,
                                           const char     *text);

G_END_DECLS

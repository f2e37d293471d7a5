/* mz-contacts-page.h — the Contacts section: every person at every partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"

G_BEGIN_DECLS

#define MZ_TYPE_CONTACTS_PAGE (mz_contacts_page_get_type ())
G_DECLARE_FINAL_TYPE (MzContactsPage, mz_contacts_page, MZ, CONTACTS_PAGE, MzSectionPage)

/* Its store and search are those of MzSectionPage (mz-section-page.h).
 * The list loads in a worker thread. */

G_END_DECLS

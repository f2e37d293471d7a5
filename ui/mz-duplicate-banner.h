/* mz-duplicate-banner.h — "This partner may already exist": likely
 * duplicates with their reasons, each with a button to open it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MZ_TYPE_DUPLICATE_BANNER (mz_duplicate_banner_get_type ())
G_DECLARE_FINAL_TYPE (MzDuplicateBanner, mz_duplicate_banner, MZ, DUPLICATE_BANNER, GtkBox)

GtkWidget *mz_duplicate_banner_new          (void);

/* Shows @matches (MzDuplicateMatch*, see app/mz-partner-duplicates.h), or
 * hides the banner when there are none. */
void       mz_duplicate_banner_set_matches  (MzDuplicateBanner *self,
                                             GPtrArray         *matches);

guint      mz_duplicate_banner_get_n_matches (MzDuplicateBanner *self);

/* The "Open" button of the match at @index, for the tests. */
GtkWidget *mz_duplicate_banner_get_open_button (MzDuplicateBanner *self,
                                                guint              index);

/* Signals:
 *   "open-partner" (const char *partner_id): Open was pressed on a match */

G_END_DECLS

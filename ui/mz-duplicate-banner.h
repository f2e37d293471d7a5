/* mz-duplicate-banner.h — "This partner may already exist": likely
 * duplicates with their reasons, each with a button to open it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-partner.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_DUPLICATE_BANNER (mz_duplicate_banner_get_type ())
G_DECLARE_FINAL_TYPE (MzDuplicateBanner, mz_duplicate_banner, MZ, DUPLICATE_BANNER, GtkBox)

GtkWidget *mz_duplicate_banner_new          (void);

/* Shows @matches (MzDuplicateMatch*, see app/mz-partner-duplicates.h), or
 * hides the banner when there are none. */
void       mz_duplicate_banner_set_matches  (MzDuplicateBanner *self,
                                             GPtrArray         *matches);

guint      mz_duplicate_banner_get_n_matches (MzDuplicateBanner *self);

/* Fills @candidate from a form. */
typedef void (*MzDuplicateCandidateFunc) (MzPartner *candidate,
                                          gpointer   user_data);

/* Looks for duplicates of what @func reads, in @store, from now on: after
 * a short pause at each mz_duplicate_banner_queue_check(), or at once with
 * mz_duplicate_banner_check_now(). Brings the search's keys up to date in
 * a thread meanwhile. @user_data must outlive the banner. Before this, the
 * two do nothing. */
void       mz_duplicate_banner_watch        (MzDuplicateBanner        *self,
                                             MzStore                  *store,
                                             MzDuplicateCandidateFunc  func,
                                             gpointer                  user_data);
void       mz_duplicate_banner_queue_check  (MzDuplicateBanner *self);
void       mz_duplicate_banner_check_now    (MzDuplicateBanner *self);

/* The "Open" button of the match at @index, for the tests. */
GtkWidget *mz_duplicate_banner_get_open_button (MzDuplicateBanner *self,
                                                guint              index);

/* Signals:
 *   "open-partner" (const char *partner_id): Open was pressed on a match */

G_END_DECLS

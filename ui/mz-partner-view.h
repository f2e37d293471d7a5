/* mz-partner-view.h — the page of one partner: who they are, who talks to
 * them, what every unit did and plans, and the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_VIEW (mz_partner_view_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerView, mz_partner_view, MZ, PARTNER_VIEW, AdwBin)

/* Reads the partner @partner_id of @store and everything about it (its
 * History only when that tab is shown). FALSE with @error if it cannot be
 * read; the view then keeps what it showed. */
gboolean    mz_partner_view_load           (MzPartnerView  *self,
                                            MzStore        *store,
                                            const char     *partner_id,
                                            GError        **error);

/* The partner shown, or NULL. */
const char *mz_partner_view_get_partner_id (MzPartnerView  *self);

/* Signals:
 *   "open-partner" (const char *partner_id): a related partner was chosen
 *   "edit-requested" (const char *partner_id): Edit was pressed
 *   "archived" (const char *partner_id, const char *name): archived
 *   "changed": something about the partner changed (reload lists) */

G_END_DECLS

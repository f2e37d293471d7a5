/* mz-partner-money.h — a partner's money at a glance: its commitments as
 * donor (stage, signed amount in its currency and in CHF, received CHF),
 * its in-kind contributions and the totals in CHF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_MONEY (mz_partner_money_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerMoney, mz_partner_money, MZ, PARTNER_MONEY, AdwBin)

/* Properties "store" (MzStore) and "partner-id" (string); setting either
 * reloads, as does mz_partner_money_reload() after the partner's money
 * changed. Signal "open-commitment" (const char *commitment_id): a
 * commitment row was activated. */
GtkWidget  *mz_partner_money_new            (void);

void        mz_partner_money_set_store      (MzPartnerMoney *self,
                                             MzStore        *store);
MzStore    *mz_partner_money_get_store      (MzPartnerMoney *self);
void        mz_partner_money_set_partner_id (MzPartnerMoney *self,
                                             const char     *partner_id);
const char *mz_partner_money_get_partner_id (MzPartnerMoney *self);
void        mz_partner_money_reload         (MzPartnerMoney *self);

/* For tests: the text of a total ("signed", "received", "outstanding",
 * "inkind"), the rows listed, the CHF text of a commitment's signed
 * amount, activating a commitment's row, and how long the last load
 * took (µs). */
const char *_mz_partner_money_get_total       (MzPartnerMoney *self,
                                               const char     *which);
guint       _mz_partner_money_get_n_commitments (MzPartnerMoney *self);
guint       _mz_partner_money_get_n_inkind    (MzPartnerMoney *self);
const char *_mz_partner_money_get_signed_chf  (MzPartnerMoney *self,
                                               const char     *commitment_id);
const char *_mz_partner_money_get_note        (MzPartnerMoney *self);
gboolean    _mz_partner_money_activate        (MzPartnerMoney *self,
                                               const char     *commitment_id);
gint64      _mz_partner_money_get_load_time   (MzPartnerMoney *self);

G_END_DECLS

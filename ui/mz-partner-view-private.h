/* mz-partner-view-private.h — what the tests look at on a partner's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-history-view.h"
#include "mz-partner-view.h"

G_BEGIN_DECLS

GtkLabel      *_mz_partner_view_get_name_label        (MzPartnerView *self);
/* The lines of the notice of other units' planned approaches (GtkLabels),
 * inside a box that is visible only when there are some. */
GtkWidget     *_mz_partner_view_get_coordination_box  (MzPartnerView *self);
GtkWidget     *_mz_partner_view_get_coordination_lines (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_contacts_list     (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_relations_list    (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_follow_ups_list   (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_timeline_list     (MzPartnerView *self);
AdwViewStack  *_mz_partner_view_get_view_stack        (MzPartnerView *self);
MzHistoryView *_mz_partner_view_get_history_view      (MzPartnerView *self);

G_END_DECLS

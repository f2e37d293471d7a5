/* mz-partner-chooser.h — a button that picks a partner by searching its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_CHOOSER (mz_partner_chooser_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerChooser, mz_partner_chooser, MZ, PARTNER_CHOOSER, GtkWidget)

/* A menu button showing the chosen partner's name (or “Choose a
 * Partner…”); its popover searches partners by any part of their names,
 * in any script, as you type (mz_search_names). Properties: "store",
 * "partner-id" (notify::partner-id when the user picks one),
 * "partner-name" (read-only). Usable as a suffix of an AdwActionRow. */
GtkWidget  *mz_partner_chooser_new              (MzStore          *store);

MzStore    *mz_partner_chooser_get_store        (MzPartnerChooser *self);
void        mz_partner_chooser_set_store        (MzPartnerChooser *self,
                                                 MzStore          *store);

/* The chosen partner's id, or NULL. */
const char *mz_partner_chooser_get_partner_id   (MzPartnerChooser *self);
/* Chooses @partner_id (NULL: none) and looks its name up. */
void        mz_partner_chooser_set_partner_id   (MzPartnerChooser *self,
                                                 const char       *partner_id);
const char *mz_partner_chooser_get_partner_name (MzPartnerChooser *self);

/* Opens the popover with @text (may be NULL) in its search entry. */
void        mz_partner_chooser_popup            (MzPartnerChooser *self,
                                                 const char       *text);

G_END_DECLS

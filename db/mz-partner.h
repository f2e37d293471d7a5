/* mz-partner.h — a partner: an organisation or government ITU works with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER (mz_partner_get_type ())
G_DECLARE_FINAL_TYPE (MzPartner, mz_partner, MZ, PARTNER, GObject)

/* An empty row; the store fills it or saves it. */
MzPartner *mz_partner_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzPartner *mz_partner_copy (MzPartner *self);

const char *         mz_partner_get_id                     (MzPartner  *self);
void                 mz_partner_set_id                     (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_created_at             (MzPartner  *self);
void                 mz_partner_set_created_at             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_updated_at             (MzPartner  *self);
void                 mz_partner_set_updated_at             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_updated_by             (MzPartner  *self);
void                 mz_partner_set_updated_by             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_deleted_at             (MzPartner  *self);
void                 mz_partner_set_deleted_at             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_name                   (MzPartner  *self);
void                 mz_partner_set_name                   (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_local_name             (MzPartner  *self);
void                 mz_partner_set_local_name             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_short_name             (MzPartner  *self);
void                 mz_partner_set_short_name             (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_partner_type           (MzPartner  *self);
void                 mz_partner_set_partner_type           (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_country                (MzPartner  *self);
void                 mz_partner_set_country                (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_region                 (MzPartner  *self);
void                 mz_partner_set_region                 (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_status                 (MzPartner  *self);
void                 mz_partner_set_status                 (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_lead_unit_id           (MzPartner  *self);
void                 mz_partner_set_lead_unit_id           (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_account_manager_id     (MzPartner  *self);
void                 mz_partner_set_account_manager_id     (MzPartner  *self,
                                                            const char *value);
gboolean             mz_partner_get_sector_r               (MzPartner *self);
void                 mz_partner_set_sector_r               (MzPartner *self,
                                                            gboolean   value);
gboolean             mz_partner_get_sector_t               (MzPartner *self);
void                 mz_partner_set_sector_t               (MzPartner *self,
                                                            gboolean   value);
gboolean             mz_partner_get_sector_d               (MzPartner *self);
void                 mz_partner_set_sector_d               (MzPartner *self,
                                                            gboolean   value);
const char *         mz_partner_get_membership_category    (MzPartner  *self);
void                 mz_partner_set_membership_category    (MzPartner  *self,
                                                            const char *value);
/* Contributory units in sixteenths; 0 when none. */
int                  mz_partner_get_contributory_units_x16 (MzPartner *self);
void                 mz_partner_set_contributory_units_x16 (MzPartner *self,
                                                            int        value);
const char *         mz_partner_get_ceb_contributor_type   (MzPartner  *self);
void                 mz_partner_set_ceb_contributor_type   (MzPartner  *self,
                                                            const char *value);
/* IATI organisation type code (10, 11, 15, …); 0 when unset. */
int                  mz_partner_get_iati_org_type          (MzPartner *self);
void                 mz_partner_set_iati_org_type          (MzPartner *self,
                                                            int        value);
const char *         mz_partner_get_website                (MzPartner  *self);
void                 mz_partner_set_website                (MzPartner  *self,
                                                            const char *value);
/* Tags, stored as a JSON array of strings. */
const char * const * mz_partner_get_tags                   (MzPartner          *self);
void                 mz_partner_set_tags                   (MzPartner          *self,
                                                            const char * const *value);
const char *         mz_partner_get_notes                  (MzPartner  *self);
void                 mz_partner_set_notes                  (MzPartner  *self,
                                                            const char *value);
const char *         mz_partner_get_merged_into            (MzPartner  *self);
void                 mz_partner_set_merged_into            (MzPartner  *self,
                                                            const char *value);
/* Display only, filled by queries: the lead unit’s code. */
const char *         mz_partner_get_lead_unit_code         (MzPartner  *self);
void                 mz_partner_set_lead_unit_code         (MzPartner  *self,
                                                            const char *value);
/* Display only, filled by queries: the account manager’s name. */
const char *         mz_partner_get_account_manager_name   (MzPartner  *self);
void                 mz_partner_set_account_manager_name   (MzPartner  *self,
                                                            const char *value);

G_END_DECLS

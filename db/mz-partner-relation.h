/* mz-partner-relation.h — a typed link between two partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_PARTNER_RELATION (mz_partner_relation_get_type ())
G_DECLARE_FINAL_TYPE (MzPartnerRelation, mz_partner_relation, MZ, PARTNER_RELATION, GObject)

/* An empty row; the store fills it or saves it. */
MzPartnerRelation *mz_partner_relation_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzPartnerRelation *mz_partner_relation_copy (MzPartnerRelation *self);

const char *         mz_partner_relation_get_id                 (MzPartnerRelation *self);
void                 mz_partner_relation_set_id                 (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_created_at         (MzPartnerRelation *self);
void                 mz_partner_relation_set_created_at         (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_updated_at         (MzPartnerRelation *self);
void                 mz_partner_relation_set_updated_at         (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_updated_by         (MzPartnerRelation *self);
void                 mz_partner_relation_set_updated_by         (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_deleted_at         (MzPartnerRelation *self);
void                 mz_partner_relation_set_deleted_at         (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_from_partner_id    (MzPartnerRelation *self);
void                 mz_partner_relation_set_from_partner_id    (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_to_partner_id      (MzPartnerRelation *self);
void                 mz_partner_relation_set_to_partner_id      (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_kind               (MzPartnerRelation *self);
void                 mz_partner_relation_set_kind               (MzPartnerRelation *self,
                                                                 const char        *value);
const char *         mz_partner_relation_get_notes              (MzPartnerRelation *self);
void                 mz_partner_relation_set_notes              (MzPartnerRelation *self,
                                                                 const char        *value);
/* Display only: the partner at the other end, seen from the partner the list was made for. */
const char *         mz_partner_relation_get_other_partner_id   (MzPartnerRelation *self);
void                 mz_partner_relation_set_other_partner_id   (MzPartnerRelation *self,
                                                                 const char        *value);
/* Display only: the other partner’s name. */
const char *         mz_partner_relation_get_other_partner_name (MzPartnerRelation *self);
void                 mz_partner_relation_set_other_partner_name (MzPartnerRelation *self,
                                                                 const char        *value);
/* Display only: TRUE when the listed partner is the “from” side (e.g. it is the ministry of the other). */
gboolean             mz_partner_relation_get_outgoing           (MzPartnerRelation *self);
void                 mz_partner_relation_set_outgoing           (MzPartnerRelation *self,
                                                                 gboolean           value);

G_END_DECLS

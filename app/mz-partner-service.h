/* mz-partner-service.h — partners: validation, derived fields, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner.h"
#include "mz-partner-relation.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_PARTNER_NAME_MAX       300
#define MZ_PARTNER_SHORT_NAME_MAX 60

/* The codes of the schema, NULL-terminated. */
const char * const *mz_partner_types            (void);
const char * const *mz_partner_statuses         (void);
const char * const *mz_partner_relation_kinds   (void);
const char * const *mz_partner_ceb_types        (void);

/* The default CEB contributor type and IATI organisation type of a partner
 * type (e.g. member_state → government, 10); the user may change them. */
const char         *mz_partner_default_ceb_type  (const char *partner_type);
int                 mz_partner_default_iati_type (const char *partner_type);

/* Checks and normalises @partner in place: trims texts, upper-cases the
 * country and derives the ITU region from it, fills the CEB and IATI types
 * from the partner type when unset, cleans the tags. Errors are
 * MZ_VALIDATION_ERROR naming the field. Does not touch the database except
 * to check that the lead unit and account manager exist. */
gboolean  mz_partner_service_validate (MzStore     *store,
                                       MzPartner   *partner,
                                       GError     **error);

/* Each of these is one transaction with its audit_log rows; on error
 * nothing is saved. */
gboolean  mz_partner_service_create   (MzStore     *store,
                                       MzPartner   *partner,
                                       GError     **error);
gboolean  mz_partner_service_update   (MzStore     *store,
                                       MzPartner   *partner,
                                       GError     **error);
/* Archive is the soft delete (audit action "delete"); restore undoes it,
 * except for a partner merged into another (see mz-partner-merge.h), whose
 * rows live on in the survivor: that is refused. */
gboolean  mz_partner_service_archive  (MzStore     *store,
                                       const char  *partner_id,
                                       GError     **error);
gboolean  mz_partner_service_restore  (MzStore     *store,
                                       const char  *partner_id,
                                       GError     **error);

/* Links @from to @to with @kind (ministry_of, pays_on_behalf_of,
 * subsidiary_of, regulator_of): "@from is the ministry of @to". The link is
 * listed on both partners. @relation_id (may be NULL) gets its id. */
gboolean  mz_partner_service_link     (MzStore     *store,
                                       const char  *from_partner_id,
                                       const char  *to_partner_id,
                                       const char  *kind,
                                       const char  *notes,
                                       char       **relation_id,
                                       GError     **error);
gboolean  mz_partner_service_unlink   (MzStore     *store,
                                       const char  *relation_id,
                                       GError     **error);

G_END_DECLS

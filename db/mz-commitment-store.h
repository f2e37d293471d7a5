/* mz-commitment-store.h — the queries for commitments, their allocations
 * and their reporting obligations
 *
 * Writes happen inside the caller's transaction and are stamped and
 * audited here (mz_row_insert(), mz_rows_update(), mz_rows_soft_delete());
 * the rules are app/mz-commitment-service's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-commitment.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Filters of the commitment list; NULL / 0 members do not filter. */
typedef struct
{
  const char *stage;
  const char *kind;
  const char *unit_id;          /* has an allocation to this unit */
  const char *initiative_id;    /* has an allocation to this initiative */
  int         year;             /* its period (or signing date) touches this year */
  const char *currency;
  const char *partner_id;       /* donor or payer */
  gboolean    include_archived;
} MzCommitmentQuery;

gboolean      mz_commitment_store_insert              (MzStore             *store,
                                                       MzCommitment        *commitment,
                                                       GError             **error);
/* Saves every editable column (by id). */
gboolean      mz_commitment_store_update              (MzStore             *store,
                                                       const MzCommitment  *commitment,
                                                       GError             **error);
/* Only the stage and probability, e.g. when a payment completes it. */
gboolean      mz_commitment_store_set_stage           (MzStore             *store,
                                                       const char          *id,
                                                       const char          *stage,
                                                       int                  probability,
                                                       GError             **error);
gboolean      mz_commitment_store_archive             (MzStore             *store,
                                                       const char          *id,
                                                       GError             **error);

/* The whole row with the donor's name, or NULL with NOT_FOUND. */
MzCommitment *mz_commitment_store_get                 (MzStore             *store,
                                                       const char          *id,
                                                       GError             **error);
/* MzCommitment rows with the donor's name, by signing date (latest first)
 * then title. */
GPtrArray    *mz_commitment_store_list                (MzStore             *store,
                                                       const MzCommitmentQuery *query,
                                                       GError             **error);

/* Allocations (MzAllocation) of a commitment, not deleted. */
GPtrArray    *mz_commitment_store_list_allocations    (MzStore             *store,
                                                       const char          *commitment_id,
                                                       GError             **error);
/* Makes @allocations the commitment's allocations: identical rows stay,
 * the others are soft-deleted and the new ones inserted. */
gboolean      mz_commitment_store_replace_allocations (MzStore             *store,
                                                       const char          *commitment_id,
                                                       GPtrArray           *allocations,
                                                       GError             **error);

/* Reporting obligations (MzReportObligation), by due date. */
GPtrArray    *mz_commitment_store_list_reports        (MzStore             *store,
                                                       const char          *commitment_id,
                                                       GError             **error);
/* One live reporting obligation, or NULL with NOT_FOUND. */
MzReportObligation *mz_commitment_store_get_report    (MzStore             *store,
                                                       const char          *report_id,
                                                       GError             **error);
gboolean      mz_commitment_store_insert_report       (MzStore             *store,
                                                       MzReportObligation  *report,
                                                       GError             **error);
gboolean      mz_commitment_store_update_report       (MzStore             *store,
                                                       const MzReportObligation *report,
                                                       GError             **error);
gboolean      mz_commitment_store_remove_report       (MzStore             *store,
                                                       const char          *report_id,
                                                       GError             **error);

/* Whether the row @id of @table (partner, org_unit, initiative,
 * commitment, instalment, payment) exists and is not deleted. */
gboolean      mz_commitment_store_row_exists          (MzStore             *store,
                                                       const char          *table,
                                                       const char          *id,
                                                       gboolean            *exists,
                                                       GError             **error);

/* The partner's type (member_state, private_sector…), or NULL if there is
 * no such partner. */
gboolean      mz_commitment_store_partner_type        (MzStore             *store,
                                                       const char          *partner_id,
                                                       char               **type,
                                                       GError             **error);

/* Whether the partner has a due-diligence clearance (cleared, or cleared
 * with conditions) decided by @date and valid on @date. */
gboolean      mz_commitment_store_dd_cleared          (MzStore             *store,
                                                       const char          *partner_id,
                                                       const char          *date,
                                                       gboolean            *cleared,
                                                       GError             **error);

G_END_DECLS

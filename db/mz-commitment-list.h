/* mz-commitment-list.h — the rows of the Commitments table: every live
 * commitment with its donor, what it received in CHF and its allocations,
 * read in one query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *donor_name;
  char   *title;
  char   *kind;
  char   *stage;
  char    currency[4];
  gint64  signed_amount;     /* G_MININT64 when not given */
  char   *signed_date;
  char   *start_date;
  char   *end_date;
  gint64  received_chf;      /* centimes, the CHF stored with its payments */
  char   *unit_codes;        /* "BDT, TSB", NULL when none */
  char  **unit_ids;          /* the allocations' units, NULL-terminated */
  char  **initiative_ids;    /* the allocations' initiatives */
} MzCommitmentListRow;

void       mz_commitment_list_row_free (MzCommitmentListRow *row);

/* Every commitment not archived (MzCommitmentListRow), latest signed
 * first then by title. */
GPtrArray *mz_commitment_list_read     (MzStore   *store,
                                        GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzCommitmentListRow, mz_commitment_list_row_free)

G_END_DECLS

/* mz-commitment-row.h — one row of the Commitments table, as a GObject for
 * list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "mz-commitment-list.h"
#include "mz-rate-table.h"

G_BEGIN_DECLS

#define MZ_TYPE_COMMITMENT_ROW (mz_commitment_row_get_type ())
G_DECLARE_FINAL_TYPE (MzCommitmentRow, mz_commitment_row, MZ, COMMITMENT_ROW, GObject)

/* No value: not signed, or no rate to convert it. */
#define MZ_COMMITMENT_ROW_NONE G_MININT64

/* Takes @row. With @rates (may be NULL) the signed amount is converted to
 * CHF at the rates of its signing month; without a rate it stays
 * MZ_COMMITMENT_ROW_NONE, never taken at 1.0. Made by the worker that
 * reads the list, with the sort key of the donor (@donor_keys, may be
 * NULL: name → key, shared by the rows of one load); the title's key is
 * made when first asked for, on the thread that sorts. */
MzCommitmentRow *mz_commitment_row_new            (MzCommitmentListRow *row,
                                                   MzRateTable         *rates,
                                                   GHashTable          *donor_keys);

const MzCommitmentListRow *mz_commitment_row_get_data (MzCommitmentRow *self);
const char      *mz_commitment_row_get_id         (MzCommitmentRow *self);
/* Signed amount in CHF centimes, or MZ_COMMITMENT_ROW_NONE. */
gint64           mz_commitment_row_get_signed_chf (MzCommitmentRow *self);
/* TRUE when signed but not convertible for want of a rate. */
gboolean         mz_commitment_row_lacks_rate     (MzCommitmentRow *self);
/* Collation keys of the donor's name and the title. */
const char      *mz_commitment_row_get_donor_key  (MzCommitmentRow *self);
const char      *mz_commitment_row_get_title_key  (MzCommitmentRow *self);
/* Whether its period (or signing date) touches @year. */
gboolean         mz_commitment_row_touches_year   (MzCommitmentRow *self,
                                                   int              year);
/* The first and last years it touches; 0 when it has no dates. */
void             mz_commitment_row_get_years      (MzCommitmentRow *self,
                                                   int             *first,
                                                   int             *last);
/* Whether donor or title contain @folded (casefolded text). */
gboolean         mz_commitment_row_matches        (MzCommitmentRow *self,
                                                   const char      *folded);

G_END_DECLS

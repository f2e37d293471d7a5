/* mz-commitment-bulk.h — rows of the money tables written in bulk
 * (generated data), stamped but not audited one by one
 *
 * For use between mz_bulk_begin() and mz_bulk_commit() only: the caller
 * writes one audit_log row for the whole load instead of one per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-row-insert.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Inserts a row of @table (commitment, allocation, instalment, payment,
 * payment_instalment, report_obligation, inkind, initiative,
 * exchange_rate) with a new id and the stamps, without an audit_log row.
 * @id_out (may be NULL) gets the id. */
gboolean   mz_commitment_bulk_insert       (MzStore           *store,
                                            const char        *table,
                                            const MzRowValue  *values,
                                            gsize              n_values,
                                            char              *id_out,
                                            GError           **error);

/* The ids of every live partner, in creation order. */
GPtrArray *mz_commitment_bulk_partner_ids  (MzStore           *store,
                                            GError           **error);

G_END_DECLS

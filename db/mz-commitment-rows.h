/* mz-commitment-rows.h — audited updates and soft deletes of one row of a
 * synced table, used by the money queries (commitments, instalments,
 * payments, rates, in-kind, initiatives, budget)
 *
 * Nothing here is specific to money; it complements mz_row_insert().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-row-insert.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The row @id of @table as a JSON object of every column, for audit_log;
 * NULL with MZ_STORE_ERROR_NOT_FOUND if there is no such row. */
char     *mz_rows_get_json     (MzStore           *store,
                                const char        *table,
                                const char        *id,
                                GError           **error);

/* Sets @values on the row @id of @table (not soft-deleted), stamps
 * updated_at and updated_by and appends an audit_log row "update" with the
 * before and after images, inside the caller's transaction. A row that
 * does not exist or is deleted is MZ_STORE_ERROR_NOT_FOUND. Table and
 * column names must be plain lower-case identifiers of the caller. */
gboolean  mz_rows_update       (MzStore           *store,
                                const char        *table,
                                const char        *id,
                                const MzRowValue  *values,
                                gsize              n_values,
                                GError           **error);

/* Soft-deletes the row (deleted_at = now), stamps it and audits "delete",
 * inside the caller's transaction. */
gboolean  mz_rows_soft_delete  (MzStore           *store,
                                const char        *table,
                                const char        *id,
                                GError           **error);

G_END_DECLS

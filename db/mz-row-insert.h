/* mz-row-insert.h — insert one stamped, audited row into a synced table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_ROW_VALUE_NULL,
  MZ_ROW_VALUE_TEXT,
  MZ_ROW_VALUE_INT,
} MzRowValueKind;

/* One column of a row to insert. The column name is a constant of the
 * caller, never user text; the value is bound as a parameter. */
typedef struct
{
  const char     *column;
  MzRowValueKind  kind;
  const char     *text;
  gint64          integer;
} MzRowValue;

/* A text value; NULL text stores SQL NULL. */
#define MZ_ROW_TEXT(col, value) \
  ((MzRowValue) { (col), MZ_ROW_VALUE_TEXT, (value), 0 })
#define MZ_ROW_INT(col, value) \
  ((MzRowValue) { (col), MZ_ROW_VALUE_INT, NULL, (value) })
#define MZ_ROW_NULL(col) \
  ((MzRowValue) { (col), MZ_ROW_VALUE_NULL, NULL, 0 })

/* Inserts a row into the synced table @table with a new id and the stamps
 * created_at, updated_at and updated_by, plus @values, and appends its
 * audit_log row ("insert", the values as the after-image), inside the
 * caller's transaction. @id_out (may be NULL) gets the new id. Table and
 * column names must be plain lower-case identifiers. */
gboolean mz_row_insert (MzStore           *store,
                        const char        *table,
                        const MzRowValue  *values,
                        gsize              n_values,
                        char              *id_out,
                        GError           **error);

/* Counts the rows of @table, soft-deleted ones included. */
gboolean mz_row_count  (MzStore           *store,
                        const char        *table,
                        gint64            *count,
                        GError           **error);

G_END_DECLS

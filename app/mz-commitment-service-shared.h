/* mz-commitment-service-shared.h — the checks and the write pattern that
 * the services of initiatives and of in-kind contributions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;
  const char *label;   /* N_() */
} MzCodeLabel;

/* The translated label of @code in @labels (@n of them), or @code. */
const char *_mz_commitment_code_label      (const MzCodeLabel  *labels,
                                            gsize               n,
                                            const char         *code);

/* *@id names a live row of @table: an empty id becomes NULL, which is
 * refused when @required; a row that no longer exists is refused. */
gboolean    _mz_commitment_check_reference (MzStore            *store,
                                            const char         *table,
                                            char              **id,
                                            gboolean            required,
                                            const char         *field,
                                            const char         *label,
                                            GError            **error);

/* The period may be open at either end but must not end before it starts;
 * the error names the field end_date. */
gboolean    _mz_commitment_check_period    (const char         *start_date,
                                            const char         *end_date,
                                            GError            **error);

G_END_DECLS

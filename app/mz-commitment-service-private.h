/* mz-commitment-service-private.h — shared by the files of the commitment
 * service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-commitment-service.h"

G_BEGIN_DECLS

/* Today (UTC) as YYYY-MM-DD. */
char     *_mz_commitment_today             (void);

/* Whether @commitment needs a due-diligence override to be signed (a
 * non-member private-sector donor without a valid clearance on the
 * signing date); validation has already required the reason. */
gboolean  _mz_commitment_needs_dd_override (MzStore             *store,
                                            const MzCommitment  *commitment,
                                            const MzCommitment  *before,
                                            gboolean            *needed,
                                            GError             **error);

G_END_DECLS

/* mz-partner-merge-store.h — moving what points to a partner onto another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

/* What points to a partner (every REFERENCES partner of the schema). */
typedef enum
{
  MZ_MERGE_CONTACTS,
  MZ_MERGE_INTERACTIONS,
  MZ_MERGE_FOLLOW_UPS,
  MZ_MERGE_RELATIONS,
  MZ_MERGE_COMMITMENTS,         /* as donor */
  MZ_MERGE_PAID_COMMITMENTS,    /* as paying partner */
  MZ_MERGE_INKIND,
  MZ_MERGE_DUE_DILIGENCE,
  MZ_MERGE_ASSESSMENTS,
  MZ_MERGE_MERGED_PARTNERS,     /* partners merged into it before */
  MZ_MERGE_N_KINDS
} MzMergeKind;

typedef struct
{
  guint n[MZ_MERGE_N_KINDS];
  /* Relations dropped: between the two partners, or the same as one the
   * survivor already has. Counted in n[MZ_MERGE_RELATIONS] too. */
  guint relations_dropped;
} MzMergeCounts;

/* How many rows (archived ones included) point to @partner_id. */
gboolean  mz_partner_merge_store_count        (MzStore        *store,
                                               const char     *partner_id,
                                               MzMergeCounts  *counts,
                                               GError        **error);

/* Inside the caller's transaction: points every row that references
 * @from_id to @to_id, stamping each and appending its audit_log row
 * ("merge": "Contact moved" in the history; the changed column before and
 * after). Relations between the
 * two, and relations the survivor already has, are archived instead
 * (audit "delete"). @moved (may be NULL) gets the counts. */
gboolean  mz_partner_merge_store_move         (MzStore        *store,
                                               const char     *from_id,
                                               const char     *to_id,
                                               MzMergeCounts  *moved,
                                               GError        **error);

/* Inside the caller's transaction: sets merged_into of @merged_id to
 * @survivor_id and archives it (if not yet), stamped; no audit row. */
gboolean  mz_partner_merge_store_mark_merged  (MzStore        *store,
                                               const char     *merged_id,
                                               const char     *survivor_id,
                                               GError        **error);

G_END_DECLS

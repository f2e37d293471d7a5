/* mz-interaction-service.h — interactions, follow-ups and coordination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-follow-up.h"
#include "mz-interaction.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_INTERACTION_SUBJECT_MAX 300

/* How far back the coordination notice looks. */
#define MZ_COORDINATION_DAYS 90

const char * const *mz_interaction_kinds    (void);
const char * const *mz_interaction_statuses (void);

/* Checks and normalises @interaction in place: partner (live), kind, date,
 * subject, status (planned when unset and dated after today, else done),
 * unit, staff, and that every participating contact works for the partner.
 * MZ_VALIDATION_ERROR naming the field. */
gboolean    mz_interaction_service_validate  (MzStore        *store,
                                              MzInteraction  *interaction,
                                              GError        **error);

/* One transaction each, with audit_log rows for the interaction and for
 * each interaction_contact row; nothing saved on error. */
gboolean    mz_interaction_service_create    (MzStore        *store,
                                              MzInteraction  *interaction,
                                              GError        **error);
gboolean    mz_interaction_service_update    (MzStore        *store,
                                              MzInteraction  *interaction,
                                              GError        **error);
/* Creates @interaction (id NULL) or updates it, and writes @follow_ups
 * (MzFollowUp; may be NULL) in the same transaction: those without an id
 * are created for this interaction and its partner, the others updated.
 * On error nothing is saved and the ids set here are cleared again. */
gboolean    mz_interaction_service_save      (MzStore        *store,
                                              MzInteraction  *interaction,
                                              GPtrArray      *follow_ups,
                                              GError        **error);
gboolean    mz_interaction_service_archive   (MzStore        *store,
                                              const char     *interaction_id,
                                              GError        **error);

/* Before saving a planned approach: what other units did or plan with
 * @partner_id, from MZ_COORDINATION_DAYS before @today (YYYY-MM-DD; NULL:
 * today) on, planned or done, excluding @unit_id's own (NULL: every unit).
 * A GListModel of MzInteraction (who: staff-name, unit: unit-code, when:
 * date, subject). */
GListModel *mz_interaction_service_coordination (MzStore     *store,
                                                 const char  *partner_id,
                                                 const char  *unit_id,
                                                 const char  *today,
                                                 GError     **error);

/* Follow-ups: title 1–300 characters, due date, owner, the partner (live)
 * and optionally one of its interactions. */
gboolean    mz_follow_up_service_create      (MzStore        *store,
                                              MzFollowUp     *follow_up,
                                              GError        **error);
gboolean    mz_follow_up_service_update      (MzStore        *store,
                                              MzFollowUp     *follow_up,
                                              GError        **error);
/* Marks done on @done_date (NULL: today), or reopens when @done is FALSE. */
gboolean    mz_follow_up_service_set_done    (MzStore        *store,
                                              const char     *follow_up_id,
                                              gboolean        done,
                                              const char     *done_date,
                                              GError        **error);
gboolean    mz_follow_up_service_archive     (MzStore        *store,
                                              const char     *follow_up_id,
                                              GError        **error);

G_END_DECLS

/* mz-partner-format.h — words and dates for the partner list, page,
 * editor and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2026-12-12" (or a longer ISO 8601 text) → "12 Dec 2026" in the UI
 * language; NULL for NULL or an unreadable date. */
char       *mz_format_date                (const char *iso_date);

/* A hybrid clock value or ISO 8601 time (UTC) → local date and time. */
char       *mz_format_date_time           (const char *iso_time);

/* Interactions: meeting, call, email, visit, event, proposal. */
const char *mz_format_interaction_kind    (const char *kind);
const char *mz_format_interaction_icon    (const char *kind);
/* planned, done, cancelled */
const char *mz_format_interaction_status  (const char *status);

/* "TSB plans a visit on 12 Dec 2026" */
char       *mz_format_planned_approach    (const char *unit_code,
                                           const char *kind,
                                           const char *date);

/* CEB contributor types (government, …) and IATI organisation types. */
const char *mz_format_ceb_type            (const char *code);
const char *mz_format_iati_type           (int         code);
const int  *mz_format_iati_codes          (guint      *n_codes);

/* A relation seen from one partner: "Ministry of Japan" when @outgoing,
 * "Ministry: Office for International Digital Cooperation" otherwise. */
char       *mz_format_relation            (const char *kind,
                                           gboolean    outgoing,
                                           const char *other_name);

/* Contributory units from sixteenths: "½", "1½", "40". */
char       *mz_format_units_x16           (int         x16);

/* The history: actions, tables and field names. */
const char *mz_format_audit_action        (const char *table,
                                           const char *action);
const char *mz_format_field_label         (const char *field);

/* Contacts' preferred UN languages: ar, zh, en, fr, ru, es. */
const char *mz_format_language            (const char *code);

G_END_DECLS

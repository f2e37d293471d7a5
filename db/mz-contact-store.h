/* mz-contact-store.h — the queries for contacts (personal data)
 *
 * Personal data and the history: audit_log is append-only (a trigger
 * refuses updates and deletes), so a value written there could never be
 * forgotten. The history of a contact therefore never holds its personal
 * values: the JSON of a contact row carries the other columns with their
 * values and, under "personal", only the NAMES of the personal fields that
 * were set (insert) or changed (update). Forgetting a contact records under
 * "blanked" which fields it emptied. Personal fields: given_name,
 * family_name, local_name, honorific, title, role, emails, phones,
 * consent_source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The personal fields, NULL-terminated. */
const char * const *mz_contact_personal_fields      (void);

/* Names of the personal fields that differ between @before (may be NULL:
 * then the fields set in @after) and @after; NULL when none. */
char              **mz_contact_personal_diff        (MzContact    *before,
                                                     MzContact    *after);

/* Writes inside the caller's transaction; no audit_log row. */
gboolean            mz_contact_store_insert         (MzStore      *store,
                                                     MzContact    *contact,
                                                     GError      **error);
gboolean            mz_contact_store_update         (MzStore      *store,
                                                     MzContact    *contact,
                                                     GError      **error);
gboolean            mz_contact_store_set_deleted    (MzStore      *store,
                                                     const char   *id,
                                                     const char   *deleted_at,
                                                     GError      **error);
/* Blanks every personal field and sets forgotten_at. */
gboolean            mz_contact_store_forget         (MzStore      *store,
                                                     const char   *id,
                                                     const char   *forgotten_at,
                                                     GError      **error);

/* The whole row and its partner's name, or NULL with
 * MZ_STORE_ERROR_NOT_FOUND. */
MzContact          *mz_contact_store_get            (MzStore      *store,
                                                     const char   *id,
                                                     GError      **error);

/* The contacts of a partner, primary first, then by family name: a
 * GListModel of MzContact. */
GListModel         *mz_contact_store_list_for_partner (MzStore    *store,
                                                       const char *partner_id,
                                                       gboolean    include_archived,
                                                       GError    **error);

/* The live contacts of every partner in @partner_ids (NULL-terminated;
 * unknown ids are skipped), read in one query: a GPtrArray of MzContact,
 * grouped by partner id, in each partner the order of
 * mz_contact_store_list_for_partner(). */
GPtrArray          *mz_contact_store_list_for_partners (MzStore             *store,
                                                        const char * const  *partner_ids,
                                                        GError             **error);

/* The row as JSON for audit_log: every column but the personal ones, plus
 * "personal": the JSON array of @personal_fields (may be NULL). */
char               *mz_contact_store_row_json       (MzStore             *store,
                                                     const char          *id,
                                                     const char * const  *personal_fields,
                                                     GError             **error);

gboolean            mz_contact_store_count          (MzStore      *store,
                                                     gint64       *count,
                                                     GError      **error);

G_END_DECLS

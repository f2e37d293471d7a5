/* mz-contact-service.h — contacts: validation, history, forgetting
 *
 * The history of a contact keeps no personal values; see
 * db/mz-contact-store.h for what audit_log holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_CONTACT_NAME_MAX 200

/* Checks and normalises @contact in place: its partner exists and is not
 * archived, at least one name, lengths, e-mail syntax, phone numbers,
 * language and consent codes. MZ_VALIDATION_ERROR naming the field. */
gboolean  mz_contact_service_validate (MzStore     *store,
                                       MzContact   *contact,
                                       GError     **error);

/* One transaction each, with audit_log rows; nothing saved on error. */
gboolean  mz_contact_service_create   (MzStore     *store,
                                       MzContact   *contact,
                                       GError     **error);
gboolean  mz_contact_service_update   (MzStore     *store,
                                       MzContact   *contact,
                                       GError     **error);
gboolean  mz_contact_service_archive  (MzStore     *store,
                                       const char  *contact_id,
                                       GError     **error);
gboolean  mz_contact_service_restore  (MzStore     *store,
                                       const char  *contact_id,
                                       GError     **error);

/* Forgets a person: blanks names, title, role, e-mails, phones and the
 * consent source, sets forgotten_at, keeps the contact's interactions, and
 * records "forget" in the history with the names of the blanked fields
 * only. A forgotten contact can no longer be edited. */
gboolean  mz_contact_service_forget   (MzStore     *store,
                                       const char  *contact_id,
                                       GError     **error);

G_END_DECLS

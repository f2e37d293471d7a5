/* mz-contact.h — a person at a partner (personal data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_CONTACT (mz_contact_get_type ())
G_DECLARE_FINAL_TYPE (MzContact, mz_contact, MZ, CONTACT, GObject)

/* An empty row; the store fills it or saves it. */
MzContact *mz_contact_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzContact *mz_contact_copy (MzContact *self);

const char *         mz_contact_get_id             (MzContact  *self);
void                 mz_contact_set_id             (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_created_at     (MzContact  *self);
void                 mz_contact_set_created_at     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_updated_at     (MzContact  *self);
void                 mz_contact_set_updated_at     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_updated_by     (MzContact  *self);
void                 mz_contact_set_updated_by     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_deleted_at     (MzContact  *self);
void                 mz_contact_set_deleted_at     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_partner_id     (MzContact  *self);
void                 mz_contact_set_partner_id     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_given_name     (MzContact  *self);
void                 mz_contact_set_given_name     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_family_name    (MzContact  *self);
void                 mz_contact_set_family_name    (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_local_name     (MzContact  *self);
void                 mz_contact_set_local_name     (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_honorific      (MzContact  *self);
void                 mz_contact_set_honorific      (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_title          (MzContact  *self);
void                 mz_contact_set_title          (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_role           (MzContact  *self);
void                 mz_contact_set_role           (MzContact  *self,
                                                    const char *value);
const char * const * mz_contact_get_emails         (MzContact          *self);
void                 mz_contact_set_emails         (MzContact          *self,
                                                    const char * const *value);
const char * const * mz_contact_get_phones         (MzContact          *self);
void                 mz_contact_set_phones         (MzContact          *self,
                                                    const char * const *value);
/* Preferred UN language: ar, zh, en, fr, ru or es. */
const char *         mz_contact_get_language       (MzContact  *self);
void                 mz_contact_set_language       (MzContact  *self,
                                                    const char *value);
gboolean             mz_contact_get_is_primary     (MzContact *self);
void                 mz_contact_set_is_primary     (MzContact *self,
                                                    gboolean   value);
const char *         mz_contact_get_consent_basis  (MzContact  *self);
void                 mz_contact_set_consent_basis  (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_consent_date   (MzContact  *self);
void                 mz_contact_set_consent_date   (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_consent_source (MzContact  *self);
void                 mz_contact_set_consent_source (MzContact  *self,
                                                    const char *value);
const char *         mz_contact_get_forgotten_at   (MzContact  *self);
void                 mz_contact_set_forgotten_at   (MzContact  *self,
                                                    const char *value);
/* Display only, filled by queries. */
const char *         mz_contact_get_partner_name   (MzContact  *self);
void                 mz_contact_set_partner_name   (MzContact  *self,
                                                    const char *value);

G_END_DECLS

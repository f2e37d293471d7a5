/* mz-interaction.h — a meeting, call, e-mail, visit, event or proposal with a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_INTERACTION (mz_interaction_get_type ())
G_DECLARE_FINAL_TYPE (MzInteraction, mz_interaction, MZ, INTERACTION, GObject)

/* An empty row; the store fills it or saves it. */
MzInteraction *mz_interaction_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzInteraction *mz_interaction_copy (MzInteraction *self);

const char *         mz_interaction_get_id           (MzInteraction *self);
void                 mz_interaction_set_id           (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_created_at   (MzInteraction *self);
void                 mz_interaction_set_created_at   (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_updated_at   (MzInteraction *self);
void                 mz_interaction_set_updated_at   (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_updated_by   (MzInteraction *self);
void                 mz_interaction_set_updated_by   (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_deleted_at   (MzInteraction *self);
void                 mz_interaction_set_deleted_at   (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_partner_id   (MzInteraction *self);
void                 mz_interaction_set_partner_id   (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_kind         (MzInteraction *self);
void                 mz_interaction_set_kind         (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_date         (MzInteraction *self);
void                 mz_interaction_set_date         (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_unit_id      (MzInteraction *self);
void                 mz_interaction_set_unit_id      (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_staff_id     (MzInteraction *self);
void                 mz_interaction_set_staff_id     (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_subject      (MzInteraction *self);
void                 mz_interaction_set_subject      (MzInteraction *self,
                                                      const char    *value);
const char *         mz_interaction_get_notes        (MzInteraction *self);
void                 mz_interaction_set_notes        (MzInteraction *self,
                                                      const char    *value);
/* planned, done or cancelled. */
const char *         mz_interaction_get_status       (MzInteraction *self);
void                 mz_interaction_set_status       (MzInteraction *self,
                                                      const char    *value);
/* Participating contacts (interaction_contact); filled by mz_interaction_store_get(). */
const char * const * mz_interaction_get_contact_ids  (MzInteraction      *self);
void                 mz_interaction_set_contact_ids  (MzInteraction      *self,
                                                      const char * const *value);
/* Display only, filled by queries. */
const char *         mz_interaction_get_unit_code    (MzInteraction *self);
void                 mz_interaction_set_unit_code    (MzInteraction *self,
                                                      const char    *value);
/* Display only, filled by queries. */
const char *         mz_interaction_get_staff_name   (MzInteraction *self);
void                 mz_interaction_set_staff_name   (MzInteraction *self,
                                                      const char    *value);
/* Display only, filled by queries. */
const char *         mz_interaction_get_partner_name (MzInteraction *self);
void                 mz_interaction_set_partner_name (MzInteraction *self,
                                                      const char    *value);

G_END_DECLS

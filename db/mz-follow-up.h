/* mz-follow-up.h — a task following an interaction or concerning a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_FOLLOW_UP (mz_follow_up_get_type ())
G_DECLARE_FINAL_TYPE (MzFollowUp, mz_follow_up, MZ, FOLLOW_UP, GObject)

/* An empty row; the store fills it or saves it. */
MzFollowUp *mz_follow_up_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzFollowUp *mz_follow_up_copy (MzFollowUp *self);

const char *         mz_follow_up_get_id             (MzFollowUp *self);
void                 mz_follow_up_set_id             (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_created_at     (MzFollowUp *self);
void                 mz_follow_up_set_created_at     (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_updated_at     (MzFollowUp *self);
void                 mz_follow_up_set_updated_at     (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_updated_by     (MzFollowUp *self);
void                 mz_follow_up_set_updated_by     (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_deleted_at     (MzFollowUp *self);
void                 mz_follow_up_set_deleted_at     (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_partner_id     (MzFollowUp *self);
void                 mz_follow_up_set_partner_id     (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_interaction_id (MzFollowUp *self);
void                 mz_follow_up_set_interaction_id (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_title          (MzFollowUp *self);
void                 mz_follow_up_set_title          (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_due_date       (MzFollowUp *self);
void                 mz_follow_up_set_due_date       (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_owner_id       (MzFollowUp *self);
void                 mz_follow_up_set_owner_id       (MzFollowUp *self,
                                                      const char *value);
const char *         mz_follow_up_get_done_date      (MzFollowUp *self);
void                 mz_follow_up_set_done_date      (MzFollowUp *self,
                                                      const char *value);
/* Display only, filled by queries. */
const char *         mz_follow_up_get_owner_name     (MzFollowUp *self);
void                 mz_follow_up_set_owner_name     (MzFollowUp *self,
                                                      const char *value);

G_END_DECLS

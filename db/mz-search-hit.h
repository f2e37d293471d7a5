/* mz-search-hit.h — one result of the name search: a partner or a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_SEARCH_HIT (mz_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (MzSearchHit, mz_search_hit, MZ, SEARCH_HIT, GObject)

/* An empty row; the store fills it or saves it. */
MzSearchHit *mz_search_hit_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzSearchHit *mz_search_hit_copy (MzSearchHit *self);

/* “partner” or “contact”. */
const char *         mz_search_hit_get_kind         (MzSearchHit *self);
void                 mz_search_hit_set_kind         (MzSearchHit *self,
                                                     const char  *value);
const char *         mz_search_hit_get_partner_id   (MzSearchHit *self);
void                 mz_search_hit_set_partner_id   (MzSearchHit *self,
                                                     const char  *value);
/* NULL for a partner hit. */
const char *         mz_search_hit_get_contact_id   (MzSearchHit *self);
void                 mz_search_hit_set_contact_id   (MzSearchHit *self,
                                                     const char  *value);
/* The partner’s or the contact’s name. */
const char *         mz_search_hit_get_title        (MzSearchHit *self);
void                 mz_search_hit_set_title        (MzSearchHit *self,
                                                     const char  *value);
/* Local-script name of a partner, or the partner of a contact. */
const char *         mz_search_hit_get_subtitle     (MzSearchHit *self);
void                 mz_search_hit_set_subtitle     (MzSearchHit *self,
                                                     const char  *value);
const char *         mz_search_hit_get_partner_type (MzSearchHit *self);
void                 mz_search_hit_set_partner_type (MzSearchHit *self,
                                                     const char  *value);
const char *         mz_search_hit_get_country      (MzSearchHit *self);
void                 mz_search_hit_set_country      (MzSearchHit *self,
                                                     const char  *value);

G_END_DECLS

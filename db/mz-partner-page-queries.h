/* mz-partner-page-queries.h — small lookups for the partner list, page and
 * editor: the staff to choose from, the tags in use, and what an audit_log
 * row changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;
  char *unit_code;  /* may be NULL */
} MzStaffEntry;

void       mz_staff_entry_free            (MzStaffEntry *entry);

/* Every staff member not deleted, by name: a GPtrArray of MzStaffEntry
 * (owning them), or NULL with @error. */
GPtrArray *mz_partner_page_list_staff     (MzStore      *store,
                                           GError      **error);

/* The distinct tags of the partners that are not archived, sorted without
 * regard to case; an empty vector when there are none. */
char     **mz_partner_page_list_tags      (MzStore      *store,
                                           GError      **error);

typedef struct
{
  char *field;
  char *before;  /* the value for display (arrays joined by ", "); NULL
                  * when absent or null */
  char *after;
} MzFieldChange;

void       mz_field_change_free           (MzFieldChange *change);

/* The members of two JSON objects (audit_log before/after; either may be
 * NULL) whose values differ, in the order of @after then @before: a
 * GPtrArray of MzFieldChange. Texts that are not JSON objects give an empty
 * array. */
GPtrArray *mz_partner_page_json_changes   (MzStore      *store,
                                           const char   *before,
                                           const char   *after,
                                           GError      **error);

/* Caps the page cache of @store's connection at @kib KiB (the default is
 * 8 MiB), e.g. for a second connection that only reads a list now and
 * then. */
gboolean   mz_partner_page_limit_cache    (MzStore      *store,
                                           guint         kib,
                                           GError      **error);

G_END_DECLS

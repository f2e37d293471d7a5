/* mz-contact-list.h — every contact, for the Contacts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Filters that need the partner; NULL members do not filter. */
typedef struct
{
  const char *partner_type;
  const char *lead_unit_id;   /* the partner's lead unit */
} MzContactListQuery;

/* The live contacts of live partners (forgotten ones included), in no
 * particular order, for a table: a GListModel of MzContact holding only
 * id, partner id and name, the three names, honorific, title, role, the
 * FIRST e-mail and phone, language, primary flag and forgotten_at. Read
 * the whole row with mz_contact_store_get() to edit it.
 *
 * Meant for a worker thread on a connection of its own (100,000 rows take
 * a few hundred milliseconds); stops with G_IO_ERROR_CANCELLED when
 * @cancellable is cancelled. @query may be NULL. */
GListModel *mz_contact_list_load (MzStore                   *store,
                                  const MzContactListQuery  *query,
                                  GCancellable              *cancellable,
                                  GError                   **error);

G_END_DECLS

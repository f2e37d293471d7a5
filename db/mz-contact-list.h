/* mz-contact-list.h — contacts for the Contacts table, a page at a time
 *
 * At the benchmark size (100,000 contacts) an object per row costs more
 * memory than the whole window may use. The table holds the rowids of the
 * matching contacts in their order (8 bytes each), computed once per
 * filter and sort in a worker thread, and reads the rows it shows a page
 * at a time — as mz-interaction-list.h does for interactions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_CONTACT_SORT_NAME,       /* family, given, then local-script name */
  MZ_CONTACT_SORT_PARTNER,
  MZ_CONTACT_SORT_POSITION,   /* job title, then role */
  MZ_CONTACT_SORT_EMAIL,      /* the first address */
  MZ_CONTACT_SORT_PHONE,      /* the first number */
  MZ_CONTACT_SORT_LANGUAGE,
  MZ_CONTACT_SORT_PRIMARY,    /* primary contacts first when ascending */
} MzContactSort;

/* Filters; NULL or FALSE members do not filter. With @search_ids set, a
 * contact matches if its id or its partner's id is one of them (the hits
 * of mz_search_names()). */
typedef struct
{
  const char          *partner_type;
  const char          *lead_unit_id;     /* the partner's lead unit */
  const char          *language;
  gboolean             primary_only;
  const char * const  *search_ids;
  MzContactSort        sort;
  gboolean             descending;
  /* Language codes in the order their names sort in the UI language
   * (sorting by language); NULL: by code. */
  const char * const  *language_order;
} MzContactListQuery;

/* The rowids (gint64) of the live contacts of live partners matching
 * @query (forgotten ones included), in its order, in the locale's
 * collation, empty values last, ties by name. For a worker thread on a
 * connection of its own; stops with G_IO_ERROR_CANCELLED when
 * @cancellable is cancelled. @query may be NULL. */
GArray     *mz_contact_list_rowids (MzStore                   *store,
                                    const MzContactListQuery  *query,
                                    GCancellable              *cancellable,
                                    GError                   **error);

/* The contacts @rowids[0 .. @n_rowids - 1], in that order: a GPtrArray of
 * slim MzContact rows holding only id, partner id and name, the three
 * names, title, role, the FIRST e-mail and phone, language, primary flag
 * and forgotten_at. A row that no longer exists gives an MzContact without
 * id. Read the whole row with mz_contact_store_get() to edit it. */
GPtrArray  *mz_contact_list_fetch  (MzStore                   *store,
                                    const gint64              *rowids,
                                    guint                      n_rowids,
                                    GError                   **error);

G_END_DECLS

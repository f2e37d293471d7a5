/* mz-partner-store.h — the queries for partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-partner.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_PARTNER_SORT_NAME,
  MZ_PARTNER_SORT_TYPE,
  MZ_PARTNER_SORT_COUNTRY,
  MZ_PARTNER_SORT_REGION,
  MZ_PARTNER_SORT_STATUS,
  MZ_PARTNER_SORT_UPDATED,
} MzPartnerSort;

/* Filters of the partner list; NULL members do not filter. */
typedef struct
{
  const char    *type;
  const char    *region;
  const char    *lead_unit_id;
  const char    *account_manager_id;
  const char    *status;
  const char    *tag;
  gboolean       include_archived;
  MzPartnerSort  sort;
  gboolean       descending;
} MzPartnerQuery;

/* Writes (inside the caller's transaction; no audit_log row: the services
 * of app/ add it). Insert gives @partner a new id and the stamps. */
gboolean    mz_partner_store_insert       (MzStore               *store,
                                           MzPartner             *partner,
                                           GError               **error);
/* Saves every editable column of @partner (by id) and stamps it. */
gboolean    mz_partner_store_update       (MzStore               *store,
                                           MzPartner             *partner,
                                           GError               **error);
/* Archives (@deleted_at set) or restores (@deleted_at NULL) a partner. */
gboolean    mz_partner_store_set_deleted  (MzStore               *store,
                                           const char            *id,
                                           const char            *deleted_at,
                                           GError               **error);

/* The whole row with the lead unit's code and the account manager's name,
 * or NULL with MZ_STORE_ERROR_NOT_FOUND. Archived partners are found too. */
MzPartner  *mz_partner_store_get          (MzStore               *store,
                                           const char            *id,
                                           GError               **error);

/* TRUE if the partner exists (and, unless @include_archived, is not
 * archived). */
gboolean    mz_partner_store_exists       (MzStore               *store,
                                           const char            *id,
                                           gboolean               include_archived,
                                           gboolean              *exists,
                                           GError               **error);

/* The row as a JSON object (every column), for audit_log. */
char       *mz_partner_store_row_json     (MzStore               *store,
                                           const char            *id,
                                           GError               **error);

/* Partners for a table: a GListModel of MzPartner holding only id, name,
 * local and short name, type, country, region, status, lead unit id and
 * code, account manager id and name, updated_at and deleted_at. */
GListModel *mz_partner_store_list         (MzStore               *store,
                                           const MzPartnerQuery  *query,
                                           GError               **error);

/* The number of partners (archived ones included if asked). */
gboolean    mz_partner_store_count        (MzStore               *store,
                                           gboolean               include_archived,
                                           gint64                *count,
                                           GError               **error);

G_END_DECLS

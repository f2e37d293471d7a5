/* mz-interaction-store.h — the queries for interactions and their contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-interaction.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Writes inside the caller's transaction; no audit_log row. Insert stamps
 * the interaction only: link its contacts with _add_contact(). */
gboolean    mz_interaction_store_insert        (MzStore        *store,
                                                MzInteraction  *interaction,
                                                GError        **error);
gboolean    mz_interaction_store_update        (MzStore        *store,
                                                MzInteraction  *interaction,
                                                GError        **error);
gboolean    mz_interaction_store_set_deleted   (MzStore        *store,
                                                const char     *id,
                                                const char     *deleted_at,
                                                GError        **error);

/* Links a participating contact (an interaction_contact row); @link_id
 * gets the new row's id. */
gboolean    mz_interaction_store_add_contact   (MzStore        *store,
                                                const char     *interaction_id,
                                                const char     *contact_id,
                                                char            link_id[MZ_ID_LEN + 1],
                                                GError        **error);

/* Makes the participating contacts exactly @contact_ids: archives the
 * links of the others and adds the missing ones. @added and @removed get
 * the ids of the interaction_contact rows written, for the history. */
gboolean    mz_interaction_store_set_contacts  (MzStore             *store,
                                                const char          *interaction_id,
                                                const char * const  *contact_ids,
                                                GPtrArray           *added,
                                                GPtrArray           *removed,
                                                GError             **error);

/* The whole row, its participating contacts, unit code, staff and partner
 * names; NULL with MZ_STORE_ERROR_NOT_FOUND. */
MzInteraction *mz_interaction_store_get        (MzStore        *store,
                                                const char     *id,
                                                GError        **error);

/* The latest @limit interactions of a partner (0: all), newest first:
 * id, kind, date, unit id and code, staff id and name, subject, status. */
GListModel *mz_interaction_store_list_for_partner (MzStore     *store,
                                                   const char  *partner_id,
                                                   guint        limit,
                                                   GError     **error);

/* The latest @limit interactions of a unit (0: all), newest first, with
 * their partner's name; planned ones included. */
GListModel *mz_interaction_store_list_for_unit (MzStore     *store,
                                                const char  *unit_id,
                                                guint        limit,
                                                GError     **error);

/* Coordination: the interactions with @partner_id of units other than
 * @unit_id (NULL: of every unit) dated @since (YYYY-MM-DD) or later, planned
 * or done (not cancelled), newest first, with who, unit, when and subject. */
GListModel *mz_interaction_store_coordination (MzStore     *store,
                                               const char  *partner_id,
                                               const char  *unit_id,
                                               const char  *since,
                                               GError     **error);

/* JSON for audit_log: the interaction with "contact_ids", or a link row. */
char       *mz_interaction_store_row_json      (MzStore        *store,
                                                const char     *id,
                                                GError        **error);
char       *mz_interaction_store_link_json     (MzStore        *store,
                                                const char     *link_id,
                                                GError        **error);

gboolean    mz_interaction_store_count         (MzStore        *store,
                                                gint64         *count,
                                                GError        **error);

G_END_DECLS

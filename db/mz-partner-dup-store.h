/* mz-partner-dup-store.h — the key table behind the duplicate search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

/* Kinds of keys (the column partner_dup_key.kind, schema 4). */
#define MZ_DUP_KEY_NAME    'n'
#define MZ_DUP_KEY_WEBSITE 'w'
#define MZ_DUP_KEY_EMAIL   'e'

/* What the keys of one live partner are made from. */
typedef struct
{
  const char          *id;
  const char          *name;
  const char          *local_name;
  const char          *short_name;
  const char          *website;
  const char * const  *emails;     /* of its live contacts; may be NULL */
} MzDupSource;

/* Appends the keys of @source to @keys as strings "K:key" (K one of the
 * kinds above). */
typedef void (*MzDupKeysFunc) (const MzDupSource *source,
                               GPtrArray         *keys,
                               gpointer           user_data);

/* Recomputes the keys of the partners marked dirty by the triggers of
 * schema 4 (all partners after the migration), with @func. Inside the
 * caller's transaction if there is one, else in one of its own. */
gboolean  mz_partner_dup_store_refresh       (MzStore        *store,
                                              MzDupKeysFunc   func,
                                              gpointer        user_data,
                                              GError        **error);

/* Ids of the live partners with key @key of @kind, at most @limit,
 * appended to @ids (strings, owned). */
gboolean  mz_partner_dup_store_lookup        (MzStore        *store,
                                              char            kind,
                                              const char     *key,
                                              guint           limit,
                                              GPtrArray      *ids,
                                              GError        **error);

/* Ids of the live Member States of @country, appended to @ids. */
gboolean  mz_partner_dup_store_member_states (MzStore        *store,
                                              const char     *country,
                                              guint           limit,
                                              GPtrArray      *ids,
                                              GError        **error);

/* Name, country and type of a live partner; FALSE without error when it is
 * not live (archived, merged or missing). */
gboolean  mz_partner_dup_store_describe      (MzStore        *store,
                                              const char     *id,
                                              char          **name,
                                              char          **country,
                                              char          **type,
                                              gboolean       *live,
                                              GError        **error);

G_END_DECLS

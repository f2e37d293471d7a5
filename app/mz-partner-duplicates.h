/* mz-partner-duplicates.h — likely duplicates of a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-partner.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* Why a partner looks like a duplicate; several may hold. */
typedef enum
{
  MZ_DUPLICATE_NAME         = 1 << 0,
  MZ_DUPLICATE_WEBSITE      = 1 << 1,
  MZ_DUPLICATE_EMAIL_DOMAIN = 1 << 2,
  MZ_DUPLICATE_COUNTRY_TYPE = 1 << 3,
} MzDuplicateReasons;

typedef struct
{
  char               *partner_id;
  char               *name;
  MzDuplicateReasons  reasons;
} MzDuplicateMatch;

void       mz_duplicate_match_free (MzDuplicateMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzDuplicateMatch, mz_duplicate_match_free)

/* Case-folded, NFKC, punctuation and whitespace collapsed, legal-form
 * suffixes (Ltd, Inc., S.A., GmbH, LLC, AG, plc, 有限公司 …) and leading
 * articles removed. Any script. "" for a name with no letters or digits. */
char      *mz_partner_normalize_name (const char *name);

/* "https://www.Example.org/x" → "example.org"; NULL when none. */
char      *mz_partner_website_domain (const char *website);

/* The domain of an e-mail address, lower-case ("a@Example.org" →
 * "example.org"); NULL when it has none. */
char      *mz_partner_email_domain   (const char *email);

/* TRUE for public webmail domains (gmail.com, qq.com, …), which say
 * nothing about the organisation. */
gboolean   mz_partner_is_webmail_domain (const char *domain);

/* Likely duplicates of @candidate among live partners (not archived, not
 * merged), its own id excluded, best first, at most @max.
 * @email_domains: domains of the candidate's contacts (may be NULL).
 * Rules: same normalized name (name, local name and short name against
 * each other), same website domain, same e-mail domain among contacts
 * (webmail ignored), same country and type — the last alone only for
 * Member States (one per country); for other types it only strengthens
 * another reason. Array of MzDuplicateMatch* owning its elements. */
GPtrArray *mz_partner_find_duplicates (MzStore            *store,
                                       MzPartner          *candidate,
                                       const char * const *email_domains,
                                       guint               max,
                                       GError            **error);

/* Brings the keys behind the search up to date. The first search after
 * schema 4 keys every partner (a second or more at 20,000); calling this in
 * a worker thread, on a connection of its own, spares that wait. */
gboolean   mz_partner_duplicates_refresh (MzStore  *store,
                                          GError  **error);

/* "same name, same website" — translated. */
char      *mz_duplicate_reasons_describe (MzDuplicateReasons reasons);

G_END_DECLS

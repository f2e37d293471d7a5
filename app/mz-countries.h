/* mz-countries.h — ISO 3166-1 countries (from iso-codes) and their ITU region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE if @code is an ISO 3166-1 alpha-2 code known to iso-codes
 * (upper case, e.g. "CH"). */
gboolean             mz_countries_is_valid   (const char *code);

/* The country's common name, translated with the iso_3166-1 domain of
 * iso-codes, or NULL for an unknown code. */
const char          *mz_countries_get_name   (const char *code);

/* The ITU region (AFR, AMS, ARB, ASP, CIS, EUR) the country belongs to for
 * ITU-D, or NULL if unknown. Territories follow their geography. */
const char          *mz_countries_get_region (const char *code);

/* Every known code, sorted; owned by the module. */
const char * const  *mz_countries_list_codes (void);

G_END_DECLS

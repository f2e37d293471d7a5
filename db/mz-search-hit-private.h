/* mz-search-hit-private.h — the fields of MzSearchHit, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-search-hit.h"

G_BEGIN_DECLS

struct _MzSearchHit
{
  GObject   parent_instance;

  char     *kind;
  char     *partner_id;
  char     *contact_id;
  char     *title;
  char     *subtitle;
  char     *partner_type;
  char     *country;
};

G_END_DECLS

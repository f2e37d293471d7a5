/* mz-partner-relation-private.h — the fields of MzPartnerRelation, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner-relation.h"

G_BEGIN_DECLS

struct _MzPartnerRelation
{
  GObject   parent_instance;

  char     *id;
  char     *created_at;
  char     *updated_at;
  char     *updated_by;
  char     *deleted_at;
  char     *from_partner_id;
  char     *to_partner_id;
  char     *kind;
  char     *notes;
  char     *other_partner_id;
  char     *other_partner_name;
  gboolean  outgoing;
};

G_END_DECLS

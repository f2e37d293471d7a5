/* mz-follow-up-private.h — the fields of MzFollowUp, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-follow-up.h"

G_BEGIN_DECLS

struct _MzFollowUp
{
  GObject   parent_instance;

  char     *id;
  char     *created_at;
  char     *updated_at;
  char     *updated_by;
  char     *deleted_at;
  char     *partner_id;
  char     *interaction_id;
  char     *title;
  char     *due_date;
  char     *owner_id;
  char     *done_date;
  char     *owner_name;
};

G_END_DECLS

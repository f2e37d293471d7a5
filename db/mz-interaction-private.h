/* mz-interaction-private.h — the fields of MzInteraction, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-interaction.h"

G_BEGIN_DECLS

struct _MzInteraction
{
  GObject   parent_instance;

  char     *id;
  char     *created_at;
  char     *updated_at;
  char     *updated_by;
  char     *deleted_at;
  char     *partner_id;
  char     *kind;
  char     *date;
  char     *unit_id;
  char     *staff_id;
  char     *subject;
  char     *notes;
  char     *status;
  char    **contact_ids;
  char     *unit_code;
  char     *staff_name;
  char     *partner_name;
};

G_END_DECLS

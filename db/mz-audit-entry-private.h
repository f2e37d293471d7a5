/* mz-audit-entry-private.h — the fields of MzAuditEntry, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-audit-entry.h"

G_BEGIN_DECLS

struct _MzAuditEntry
{
  GObject   parent_instance;

  char     *id;
  char     *at;
  char     *office;
  char     *user;
  char     *table_name;
  char     *row_id;
  char     *action;
  char     *before;
  char     *after;
};

G_END_DECLS

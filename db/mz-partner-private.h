/* mz-partner-private.h — the fields of MzPartner, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner.h"

G_BEGIN_DECLS

struct _MzPartner
{
  GObject   parent_instance;

  char     *id;
  char     *created_at;
  char     *updated_at;
  char     *updated_by;
  char     *deleted_at;
  char     *name;
  char     *local_name;
  char     *short_name;
  char     *partner_type;
  char     *country;
  char     *region;
  char     *status;
  char     *lead_unit_id;
  char     *account_manager_id;
  gboolean  sector_r;
  gboolean  sector_t;
  gboolean  sector_d;
  char     *membership_category;
  int       contributory_units_x16;
  char     *ceb_contributor_type;
  int       iati_org_type;
  char     *website;
  char    **tags;
  char     *notes;
  char     *merged_into;
  char     *lead_unit_code;
  char     *account_manager_name;
};

G_END_DECLS

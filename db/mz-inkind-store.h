/* mz-inkind-store.h — in-kind contributions: seconded experts, equipment,
 * services, venues, software
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *partner_id;
  char   *commitment_id;      /* optional: the agreement it belongs to */
  char   *kind;               /* seconded_expert, equipment, services, venue, software, other */
  char   *description;
  char   *unit_id;
  char   *initiative_id;
  char   *start_date;
  char   *end_date;
  gint64  quantity_milli;     /* quantity × 1000; -1 when none */
  char   *quantity_unit;      /* person_months, person_days, items, hours, lump_sum */
  gint64  fair_value;         /* minor units of @currency */
  char   *currency;
  gint64  rate_micro;         /* the conversion made at entry */
  gint64  chf_rate_micro;
  gint64  fair_value_chf;     /* centimes */
  char   *valuation_basis;
  char   *deleted_at;
} MzInkind;

MzInkind  *mz_inkind_new            (void);
void       mz_inkind_free           (MzInkind     *self);

/* Writes inside the caller's transaction, stamped and audited. */
gboolean   mz_inkind_store_insert   (MzStore      *store,
                                     MzInkind     *inkind,
                                     GError      **error);
gboolean   mz_inkind_store_update   (MzStore      *store,
                                     const MzInkind *inkind,
                                     GError      **error);
gboolean   mz_inkind_store_archive  (MzStore      *store,
                                     const char   *id,
                                     GError      **error);

MzInkind  *mz_inkind_store_get      (MzStore      *store,
                                     const char   *id,
                                     GError      **error);
/* Live contributions (MzInkind), latest first; @partner_id NULL: all. */
GPtrArray *mz_inkind_store_list     (MzStore      *store,
                                     const char   *partner_id,
                                     GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzInkind, mz_inkind_free)

G_END_DECLS

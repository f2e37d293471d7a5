/* mz-initiative-store.h — thematic initiatives and priority areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *parent_id;
  char   *name;
  char   *kind;                /* thematic, regional, building, project, priority_area */
  char   *lead_unit_id;
  char   *start_date;
  char   *end_date;
  gint64  target_chf;          /* centimes; -1 when none */
  char   *description;
  char   *pillars[5];          /* data, convening, policy, standards, projects */
  char   *deleted_at;
} MzInitiative;

MzInitiative *mz_initiative_new               (void);
void          mz_initiative_free              (MzInitiative  *self);

/* Writes inside the caller's transaction, stamped and audited. */
gboolean      mz_initiative_store_insert      (MzStore       *store,
                                               MzInitiative  *initiative,
                                               GError       **error);
gboolean      mz_initiative_store_update      (MzStore       *store,
                                               const MzInitiative *initiative,
                                               GError       **error);
gboolean      mz_initiative_store_archive     (MzStore       *store,
                                               const char    *id,
                                               GError       **error);

MzInitiative *mz_initiative_store_get         (MzStore       *store,
                                               const char    *id,
                                               GError       **error);
/* Live initiatives (MzInitiative) by name. */
GPtrArray    *mz_initiative_store_list        (MzStore       *store,
                                               GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzInitiative, mz_initiative_free)

G_END_DECLS

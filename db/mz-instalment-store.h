/* mz-instalment-store.h — the instalments of a commitment's schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* One instalment; amounts in minor units of the commitment's currency. */
typedef struct
{
  char   *id;              /* NULL until saved */
  char    due_date[11];    /* YYYY-MM-DD */
  gint64  amount;
  gint64  written_off;     /* written_off_amount: part of @amount given up */
  gint64  received;        /* settled by payments; read from payment_instalment */
  char    status[16];      /* as stored: scheduled, partly_received, received, overdue, written_off */
} MzInstalment;

/* A GArray of MzInstalment whose elements free their id when removed. */
GArray   *mz_instalment_array_new       (void);
/* A deep copy of such an array. */
GArray   *mz_instalment_array_copy      (const GArray  *instalments);
void      mz_instalment_clear           (MzInstalment  *instalment);

/* The commitment's instalments (not deleted) by due date, with what
 * live payments settled of each. */
GArray   *mz_instalment_store_list      (MzStore       *store,
                                         const char    *commitment_id,
                                         GError       **error);

/* Writes, inside the caller's transaction, stamped and audited. Insert
 * sets @instalment->id. */
gboolean  mz_instalment_store_insert    (MzStore       *store,
                                         const char    *commitment_id,
                                         MzInstalment  *instalment,
                                         GError       **error);
/* Saves due date, amount, written-off amount and status. */
gboolean  mz_instalment_store_update    (MzStore       *store,
                                         const MzInstalment *instalment,
                                         GError       **error);
gboolean  mz_instalment_store_remove    (MzStore       *store,
                                         const char    *instalment_id,
                                         GError       **error);
gboolean  mz_instalment_store_set_status (MzStore      *store,
                                          const char   *instalment_id,
                                          const char   *status,
                                          GError      **error);

G_END_DECLS

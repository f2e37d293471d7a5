/* mz-payment-store.h — payments received and the instalments they settle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *commitment_id;
  char    date[11];
  gint64  amount;            /* minor units of @currency */
  char    currency[4];
  gint64  rate_micro;        /* the conversion made at entry */
  gint64  chf_rate_micro;
  gint64  amount_chf;        /* centimes */
  char   *reference;
  char   *notes;
  gint64  settled;           /* in the commitment's currency, from payment_instalment */
  char   *reversed_at;       /* when it was reversed (its deleted_at); NULL if live */
} MzPayment;

void       mz_payment_free             (MzPayment    *payment);

/* Inserts @payment (sets its id), stamped and audited, inside the
 * caller's transaction. */
gboolean   mz_payment_store_insert     (MzStore      *store,
                                        MzPayment    *payment,
                                        GError      **error);
/* Records that @payment_id settles @amount (commitment currency) of
 * @instalment_id. */
gboolean   mz_payment_store_link       (MzStore      *store,
                                        const char   *payment_id,
                                        const char   *instalment_id,
                                        gint64        amount,
                                        GError      **error);
/* Soft-deletes the payment and its links (audited). */
gboolean   mz_payment_store_remove     (MzStore      *store,
                                        const char   *payment_id,
                                        GError      **error);

/* A commitment's live payments (MzPayment) by date. */
GPtrArray *mz_payment_store_list       (MzStore      *store,
                                        const char   *commitment_id,
                                        GError      **error);
/* All of a commitment's payments by date, reversed ones too (with
 * reversed_at set): the payment history. */
GPtrArray *mz_payment_store_list_with_reversed (MzStore    *store,
                                                const char *commitment_id,
                                                GError    **error);
/* One payment, or NULL with NOT_FOUND. */
MzPayment *mz_payment_store_get        (MzStore      *store,
                                        const char   *payment_id,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzPayment, mz_payment_free)

G_END_DECLS

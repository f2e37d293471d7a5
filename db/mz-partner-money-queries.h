/* mz-partner-money-queries.h — one partner's commitments (as donor) and
 * in-kind contributions, for the money summary of the partner page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *title;
  char   *kind;
  char   *stage;
  char    currency[4];
  gint64  signed_amount;   /* minor units; G_MININT64 when none */
  char   *signed_date;     /* YYYY-MM-DD or NULL */
  gint64  expected_amount; /* expected, else asked; G_MININT64 when neither */
  gint64  received_chf;    /* centimes: the payments' CHF stored at entry */
  guint   n_payments;
} MzPartnerMoneyCommitment;

typedef struct
{
  char   *id;
  char   *kind;
  char   *description;
  char   *start_date;      /* may be NULL */
  char   *end_date;        /* may be NULL */
  gint64  fair_value;      /* minor units of @currency */
  char    currency[4];
  gint64  fair_value_chf;  /* centimes; G_MININT64 when not converted */
} MzPartnerMoneyInkind;

void       mz_partner_money_commitment_free (MzPartnerMoneyCommitment *row);
void       mz_partner_money_inkind_free     (MzPartnerMoneyInkind     *row);

/* The live commitments whose donor is @partner_id, newest signing (else
 * entry) first, with what each received: MzPartnerMoneyCommitment. */
GPtrArray *mz_partner_money_commitments     (MzStore     *store,
                                             const char  *partner_id,
                                             GError     **error);

/* The live in-kind contributions of @partner_id, latest first:
 * MzPartnerMoneyInkind. */
GPtrArray *mz_partner_money_inkind          (MzStore     *store,
                                             const char  *partner_id,
                                             GError     **error);

G_END_DECLS

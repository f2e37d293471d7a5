/* mz-payment-service.h — payments received: conversion at entry, the
 * instalments they settle, overpayment, completion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char          *commitment_id;
  const char          *date;             /* YYYY-MM-DD, the day the money arrived */
  gint64               amount;           /* minor units of @currency, > 0 */
  const char          *currency;         /* may differ from the commitment's */
  const char          *reference;
  const char          *notes;
  /* The instalments it settles, in order (NULL: the unpaid ones, oldest
   * first). */
  const char * const  *instalment_ids;
  /* What it settles in the commitment's currency, when the bank says so;
   * MZ_AMOUNT_NONE (G_MININT64): converted at the month's rates. */
  gint64               settled_amount;
  /* A date after the commitment's period is refused unless confirmed. */
  gboolean             accept_after_end;
} MzPaymentRequest;

/* Sets the defaults: settled_amount MZ_AMOUNT_NONE, the rest empty. */
void      mz_payment_request_init     (MzPaymentRequest       *request);

typedef struct
{
  char     *payment_id;
  gint64    amount_chf;        /* centimes, at the month's rates */
  gint64    rate_micro;        /* the payment currency's rate used */
  gint64    chf_rate_micro;
  gint64    settled;           /* in the commitment's currency */
  gint64    overpaid;          /* settled beyond what the instalments still wanted: flagged */
  gboolean  completed;         /* the commitment completed itself */
} MzPaymentResult;

void      mz_payment_result_clear     (MzPaymentResult        *result);

/* Records a payment in one transaction: checks it (amount > 0, a valid
 * currency and date, not before the commitment was signed, not after its
 * period unless accepted, a signed commitment with a schedule), converts
 * it to CHF at the UN rates of its month (a missing rate is refused with
 * the currency and the month named), stores the rates and the CHF value
 * with it, links it to the instalments it settles and updates their
 * status and the commitment's stage. Errors are MZ_VALIDATION_ERROR
 * naming the field (date, amount, currency, instalments) or store errors;
 * nothing is saved on error. @result (may be NULL) says what happened. */
gboolean  mz_payment_service_record   (MzStore                *store,
                                       const MzPaymentRequest *request,
                                       MzPaymentResult        *result,
                                       GError                **error);

/* Reverses a payment recorded by mistake: soft-deletes it and its links
 * (audited) and updates the instalments and the stage. */
gboolean  mz_payment_service_reverse  (MzStore                *store,
                                       const char             *payment_id,
                                       GError                **error);

G_END_DECLS

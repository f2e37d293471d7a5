/* mz-commitment.h — a commitment (agreement or pledge) and the rows that
 * belong to it: allocations and donor reporting obligations
 *
 * Plain records with public fields, filled by the store and checked by
 * app/mz-commitment-service. Strings are owned (g_free); NULL is SQL NULL.
 * Amounts are int64 minor units of the commitment's currency.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An optional amount that was not given (SQL NULL). */
#define MZ_AMOUNT_NONE G_MININT64

typedef struct
{
  char   *id;
  char   *created_at;
  char   *updated_at;
  char   *updated_by;
  char   *deleted_at;

  char   *donor_partner_id;
  char   *payer_partner_id;          /* NULL: the donor pays */
  char   *title;
  char   *kind;                      /* voluntary_contribution, trust_fund, sponsorship, project_support, secondment */
  char   *ceb_category;
  char   *iati_aid_type;
  char   *stage;
  int     probability;               /* per cent; -1: the stage's default */
  char   *currency;
  gint64  ask_amount;                /* MZ_AMOUNT_NONE when not given */
  gint64  expected_amount;
  gint64  signed_amount;
  char   *signed_date;
  char   *start_date;
  char   *end_date;
  char   *schedule_frequency;        /* annual, semiannual, quarterly, monthly, irregular */
  int     psc_rate_bp;               /* programme support cost, basis points; -1: none */
  char   *threshold_justification;
  char   *dd_override_reason;
  char   *notes;

  /* Filled by queries, not saved. */
  char   *donor_name;
} MzCommitment;

typedef struct
{
  char   *id;
  char   *commitment_id;
  char   *unit_id;                   /* a unit, an initiative or both */
  char   *initiative_id;
  int     percent_bp;                /* basis points (10000 = 100 %); -1 when by amount */
  gint64  amount;                    /* MZ_AMOUNT_NONE when by percentage */
} MzAllocation;

typedef struct
{
  char   *id;
  char   *commitment_id;
  char   *kind;                      /* interim, final, financial */
  char   *due_date;
  char   *delivered_date;
  char   *notes;
} MzReportObligation;

MzCommitment       *mz_commitment_new              (void);
MzCommitment       *mz_commitment_copy             (const MzCommitment *self);
void                mz_commitment_free             (MzCommitment       *self);

/* Replaces the string *@field with a copy of @value. */
void                mz_commitment_set_string       (char              **field,
                                                    const char         *value);

MzAllocation       *mz_allocation_new_percent      (const char         *unit_id,
                                                    const char         *initiative_id,
                                                    int                 percent_bp);
MzAllocation       *mz_allocation_new_amount       (const char         *unit_id,
                                                    const char         *initiative_id,
                                                    gint64              amount);
MzAllocation       *mz_allocation_copy             (const MzAllocation *self);
void                mz_allocation_free             (MzAllocation       *self);

MzReportObligation *mz_report_obligation_new       (const char         *kind,
                                                    const char         *due_date);
MzReportObligation *mz_report_obligation_copy      (const MzReportObligation *self);
void                mz_report_obligation_free      (MzReportObligation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzCommitment, mz_commitment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzAllocation, mz_allocation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzReportObligation, mz_report_obligation_free)

G_END_DECLS

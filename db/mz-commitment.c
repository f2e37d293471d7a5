/* mz-commitment.c — a commitment and its allocations and reporting
 * obligations, as plain records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment"

#include "config.h"

#include "mz-commitment.h"

MzCommitment *
mz_commitment_new (void)
{
  MzCommitment *self = g_new0 (MzCommitment, 1);

  self->probability = -1;
  self->ask_amount = MZ_AMOUNT_NONE;
  self->expected_amount = MZ_AMOUNT_NONE;
  self->signed_amount = MZ_AMOUNT_NONE;
  self->psc_rate_bp = -1;
  return self;
}

MzCommitment *
mz_commitment_copy (const MzCommitment *self)
{
  MzCommitment *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->id = g_strdup (self->id);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->updated_by = g_strdup (self->updated_by);
  copy->deleted_at = g_strdup (self->deleted_at);
  copy->donor_partner_id = g_strdup (self->donor_partner_id);
  copy->payer_partner_id = g_strdup (self->payer_partner_id);
  copy->title = g_strdup (self->title);
  copy->kind = g_strdup (self->kind);
  copy->ceb_category = g_strdup (self->ceb_category);
  copy->iati_aid_type = g_strdup (self->iati_aid_type);
  copy->stage = g_strdup (self->stage);
  copy->currency = g_strdup (self->currency);
  copy->signed_date = g_strdup (self->signed_date);
  copy->start_date = g_strdup (self->start_date);
  copy->end_date = g_strdup (self->end_date);
  copy->schedule_frequency = g_strdup (self->schedule_frequency);
  copy->threshold_justification = g_strdup (self->threshold_justification);
  copy->dd_override_reason = g_strdup (self->dd_override_reason);
  copy->notes = g_strdup (self->notes);
  copy->donor_name = g_strdup (self->donor_name);
  return copy;
}

void
mz_commitment_free (MzCommitment *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_free (self->updated_by);
  g_free (self->deleted_at);
  g_free (self->donor_partner_id);
  g_free (self->payer_partner_id);
  g_free (self->title);
  g_free (self->kind);
  g_free (self->ceb_category);
  g_free (self->iati_aid_type);
  g_free (self->stage);
  g_free (self->currency);
  g_free (self->signed_date);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->schedule_frequency);
  g_free (self->threshold_justification);
  g_free (self->dd_override_reason);
  g_free (self->notes);
  g_free (self->donor_name);
  g_free (self);
}

void
mz_commitment_set_string (char       **field,
                          const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static MzAllocation *
allocation_new (const char *unit_id,
                const char *initiative_id,
                int         percent_bp,
                gint64      amount)
{
  MzAllocation *self = g_new0 (MzAllocation, 1);

  self->unit_id = g_strdup (unit_id);
  self->initiative_id = g_strdup (initiative_id);
  self->percent_bp = percent_bp;
  self->amount = amount;
  return self;
}

MzAllocation *
mz_allocation_new_percent (const char *unit_id,
                           const char *initiative_id,
                           int         percent_bp)
{
  return allocation_new (unit_id, initiative_id, percent_bp, MZ_AMOUNT_NONE);
}

MzAllocation *
mz_allocation_new_amount (const char *unit_id,
                          const char *initiative_id,
                          gint64      amount)
{
  return allocation_new (unit_id, initiative_id, -1, amount);
}

MzAllocation *
mz_allocation_copy (const MzAllocation *self)
{
  MzAllocation *copy = allocation_new (self->unit_id, self->initiative_id,
                                       self->percent_bp, self->amount);

  copy->id = g_strdup (self->id);
  copy->commitment_id = g_strdup (self->commitment_id);
  return copy;
}

void
mz_allocation_free (MzAllocation *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->commitment_id);
  g_free (self->unit_id);
  g_free (self->initiative_id);
  g_free (self);
}

MzReportObligation *
mz_report_obligation_new (const char *kind,
                          const char *due_date)
{
  MzReportObligation *self = g_new0 (MzReportObligation, 1);

  self->kind = g_strdup (kind);
  self->due_date = g_strdup (due_date);
  return self;
}

MzReportObligation *
mz_report_obligation_copy (const MzReportObligation *self)
{
  MzReportObligation *copy;

  if (self == NULL)
    return NULL;
  copy = mz_report_obligation_new (self->kind, self->due_date);
  copy->id = g_strdup (self->id);
  copy->commitment_id = g_strdup (self->commitment_id);
  copy->delivered_date = g_strdup (self->delivered_date);
  copy->notes = g_strdup (self->notes);
  return copy;
}

void
mz_report_obligation_free (MzReportObligation *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->commitment_id);
  g_free (self->kind);
  g_free (self->due_date);
  g_free (self->delivered_date);
  g_free (self->notes);
  g_free (self);
}

/* mz-commitment-service.h — commitments: validation, stages, allocations,
 * the minimum threshold, due diligence, schedules and write-offs
 *
 * Every function that writes is one transaction, stamped and audited; on
 * any error nothing is saved. Validation errors are MZ_VALIDATION_ERROR
 * naming the field (the column: donor_partner_id, signed_amount,
 * allocations, threshold_justification…); schedule errors are
 * MZ_SCHEDULE_ERROR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-commitment.h"
#include "mz-initiative-store.h"
#include "mz-inkind-store.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The codes of the schema, NULL-terminated. */
const char * const *mz_commitment_kinds                (void);
const char * const *mz_commitment_stages               (void);
const char * const *mz_commitment_ceb_categories       (void);
const char * const *mz_commitment_frequencies          (void);
const char * const *mz_commitment_report_kinds         (void);

/* Labels for people, translated; the code itself for an unknown one. */
const char         *mz_commitment_kind_label           (const char *kind);
const char         *mz_commitment_stage_label          (const char *stage);
const char         *mz_commitment_ceb_category_label   (const char *category);
const char         *mz_commitment_frequency_label      (const char *frequency);
const char         *mz_commitment_report_kind_label    (const char *kind);
const char         *mz_instalment_status_label         (const char *status);

/* The probability a stage stands for when none is given: identified 10,
 * approached 25, proposal 50, negotiation 75, signed/active/completed
 * 100, declined/cancelled 0. */
int                 mz_commitment_stage_probability    (const char *stage);
/* signed, active or completed: money is promised. */
gboolean            mz_commitment_stage_is_signed      (const char *stage);
/* Whether a commitment may move from @from to @to: the pipeline stages
 * (identified … negotiation) to one another, to signed, declined or
 * cancelled; signed to active, completed or cancelled; active to
 * completed or cancelled; completed back to active; declined back into the
 * pipeline; cancelled nowhere. Staying is always allowed. */
gboolean            mz_commitment_stage_can_change     (const char *from,
                                                        const char *to);

/* The minimum amount of a kind, in CHF centimes (local setting
 * "threshold.<kind>"); 0 when none is set. */
gint64              mz_commitment_service_get_threshold (MzStore    *store,
                                                         const char *kind);
gboolean            mz_commitment_service_set_threshold (MzStore    *store,
                                                         const char *kind,
                                                         gint64      chf_centimes,
                                                         GError    **error);

/* Checks and normalises @commitment and @allocations (may be NULL) in
 * place: trims texts, upper-cases codes, fills the stage's probability
 * and the default frequency of a signed commitment. @before (may be NULL)
 * is the saved row, for the stage transition. Reads the database (for
 * references, rates, thresholds and due diligence) but does not write. */
gboolean  mz_commitment_service_validate       (MzStore             *store,
                                                MzCommitment        *commitment,
                                                GPtrArray           *allocations,
                                                const MzCommitment  *before,
                                                GError             **error);

/* Saves a new commitment with its allocations (MzAllocation, may be NULL)
 * and reporting obligations (MzReportObligation, may be NULL). A signed
 * commitment gets its schedule: @schedule (MzInstalment; e.g. entered by
 * hand for an irregular one) or, when NULL, one generated from its period
 * and frequency. Sets the ids. */
gboolean  mz_commitment_service_create         (MzStore             *store,
                                                MzCommitment        *commitment,
                                                GPtrArray           *allocations,
                                                GPtrArray           *reports,
                                                const GArray        *schedule,
                                                GError             **error);

/* Saves @commitment (by id); @allocations NULL keeps the current ones.
 * When the signed amount, the period or the frequency change, the
 * schedule must be re-planned explicitly: pass the preview from
 * mz_commitment_service_preview_schedule() (or a hand-edited schedule)
 * as @schedule, otherwise the update is refused. A commitment that
 * becomes signed without a schedule gets one generated. */
gboolean  mz_commitment_service_update         (MzStore             *store,
                                                MzCommitment        *commitment,
                                                GPtrArray           *allocations,
                                                const GArray        *schedule,
                                                GError             **error);

/* The schedule @commitment (its new terms, not yet saved) would have: its
 * current instalments re-planned (received and written-off ones kept), or
 * a new one generated. Writes nothing. */
GArray   *mz_commitment_service_preview_schedule (MzStore           *store,
                                                  const MzCommitment *commitment,
                                                  GError           **error);

/* Replaces the schedule of a signed commitment with @schedule (e.g. an
 * irregular one edited by hand): received and written-off instalments
 * must be unchanged and the sum must be the signed amount. */
gboolean  mz_commitment_service_apply_schedule (MzStore             *store,
                                                const char          *commitment_id,
                                                const GArray        *schedule,
                                                GError             **error);

/* Writes off the unpaid balance of one instalment, or of every unpaid
 * instalment when @instalment_id is NULL. The instalments stay, with
 * their written-off amount and status; the commitment completes itself
 * when nothing is left due. */
gboolean  mz_commitment_service_write_off      (MzStore             *store,
                                                const char          *commitment_id,
                                                const char          *instalment_id,
                                                GError             **error);

/* Archives (soft-deletes) a commitment; its rows stay for history. */
gboolean  mz_commitment_service_archive        (MzStore             *store,
                                                const char          *commitment_id,
                                                GError             **error);

/* Reporting obligations: add (sets its id), edit (kind, dates and notes
 * of @report by id), mark delivered (@date NULL clears it), remove. The
 * due date must lie within the commitment's period (final and financial
 * reports: up to a year after its end), a delivered date not before it
 * nor in the future; errors name the field (report_kind,
 * due_date, delivered_date, report_notes). */
gboolean  mz_commitment_service_add_report     (MzStore             *store,
                                                const char          *commitment_id,
                                                MzReportObligation  *report,
                                                GError             **error);
gboolean  mz_commitment_service_update_report  (MzStore             *store,
                                                const MzReportObligation *report,
                                                GError             **error);
gboolean  mz_commitment_service_deliver_report (MzStore             *store,
                                                const char          *report_id,
                                                const char          *date,
                                                GError             **error);
gboolean  mz_commitment_service_remove_report  (MzStore             *store,
                                                const char          *report_id,
                                                GError             **error);

/* Where a commitment stands, in its currency. */
typedef struct
{
  gint64 signed_amount;     /* 0 when not signed */
  gint64 scheduled;         /* sum of the instalments */
  gint64 received;          /* settled by payments */
  gint64 written_off;
  gint64 outstanding;       /* still due */
  gint64 overpaid;          /* received beyond what was due: flagged */
  guint  n_instalments;
  guint  n_overdue;         /* on @as_of */
} MzCommitmentBalance;

gboolean  mz_commitment_service_balance        (MzStore             *store,
                                                const char          *commitment_id,
                                                const char          *as_of,
                                                MzCommitmentBalance *balance,
                                                GError             **error);

/* After payments or schedule changes, inside the caller's transaction:
 * stores each instalment's status as of today, moves a signed commitment
 * that has received money to active, completes one whose instalments are
 * all received or written off, and reopens (active) a completed one that
 * is not any more. @completed (may be NULL) tells whether it completed. */
gboolean  mz_commitment_service_refresh        (MzStore             *store,
                                                const char          *commitment_id,
                                                gboolean            *completed,
                                                GError             **error);

/* In-kind contributions (mz-commitment-service-inkind.c) ------------------ */

const char * const *mz_inkind_kinds                    (void);
const char * const *mz_inkind_quantity_units           (void);
const char         *mz_inkind_kind_label               (const char *kind);

/* Checks and normalises @inkind (partner, kind, description, unit,
 * initiative, commitment, period, quantity and its unit, fair value ≥ 0,
 * currency) and values it in CHF at the UN rate of the month it starts
 * (or of this month): the rates and the CHF value are stored with it. A
 * missing rate is refused, naming the currency and the month. Errors are
 * MZ_VALIDATION_ERROR naming the field; one transaction, audited. */
gboolean  mz_inkind_service_create             (MzStore             *store,
                                                MzInkind            *inkind,
                                                GError             **error);
gboolean  mz_inkind_service_update             (MzStore             *store,
                                                MzInkind            *inkind,
                                                GError             **error);
gboolean  mz_inkind_service_archive            (MzStore             *store,
                                                const char          *inkind_id,
                                                GError             **error);

/* Initiatives (mz-commitment-service-initiative.c) ------------------------ */

const char * const *mz_initiative_kinds                (void);
const char         *mz_initiative_kind_label           (const char *kind);

/* Checks @initiative (name, kind, parent — not itself nor one of its own
 * sub-initiatives —, lead unit, period, target ≥ 0, the five pillars'
 * texts) and saves it; one transaction, audited. */
gboolean  mz_initiative_service_create         (MzStore             *store,
                                                MzInitiative        *initiative,
                                                GError             **error);
gboolean  mz_initiative_service_update         (MzStore             *store,
                                                MzInitiative        *initiative,
                                                GError             **error);
gboolean  mz_initiative_service_archive        (MzStore             *store,
                                                const char          *initiative_id,
                                                GError             **error);

G_END_DECLS

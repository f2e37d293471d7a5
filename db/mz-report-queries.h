/* mz-report-queries.h — the read-only queries behind the Excel report pack
 *
 * Every query streams its rows through an MzReportRows cursor so that a
 * sheet of 250,000 rows never sits in memory. Columns are read by index;
 * each query documents its columns with an enum.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* What a report covers. A unit takes its offices with it: BDT covers the
 * regional offices under it and their area offices, a regional office its
 * area offices. A commitment is in scope when one of its allocations is
 * (unit and initiative both given: the same allocation must match both);
 * an initiative takes its sub-initiatives with it. */
typedef struct
{
  int         year_from;      /* inclusive */
  int         year_to;        /* inclusive */
  const char *unit_code;      /* NULL: every unit */
  const char *initiative_id;  /* NULL: every initiative */
  const char *as_of;          /* "YYYY-MM-DD": received/overdue as of this day */
  gboolean    personal;       /* contact names, e-mails and phones */
} MzReportScope;

typedef struct _MzReportRows MzReportRows;

/* Steps to the next row: TRUE with a row, FALSE at the end (@error unset)
 * or on failure (@error set). */
gboolean      mz_report_rows_next     (MzReportRows  *rows,
                                       GError       **error);
/* Raw bytes as stored (not checked as UTF-8), or NULL. */
const char   *mz_report_rows_get_text (MzReportRows  *rows,
                                       int            column);
gint64        mz_report_rows_get_int  (MzReportRows  *rows,
                                       int            column);
gboolean      mz_report_rows_is_null  (MzReportRows  *rows,
                                       int            column);
void          mz_report_rows_free     (MzReportRows  *rows);

/* From now on a thread of its own steps the query ahead of the caller,
 * a few thousand rows at most, so that reading and writing overlap. The
 * connection must not be used for anything else until @rows is freed.
 * Text of INTEGER and FLOAT values is then not available: read those
 * columns with mz_report_rows_get_int(). */
void          mz_report_rows_prefetch (MzReportRows  *rows);

/* With mz_report_rows_prefetch(): the text of @column @ahead rows after
 * the current one, if that row was read ahead already; else NULL (also
 * without prefetching). For asking the processor to fetch what that row
 * will need. */
const char   *mz_report_rows_peek_text (MzReportRows *rows,
                                        guint         ahead,
                                        int           column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzReportRows, mz_report_rows_free)

/* Readies the report's own connection for long reads: a larger page
 * cache (@cache_mib MB) so that big sheets re-read fewer pages. */
gboolean      mz_report_tune_connection (MzStore     *store,
                                         guint        cache_mib,
                                         GError     **error);

/* Readies a connection that walks one big query in index order beside the
 * report's own: SQLite's default page cache (2 MB) instead of the
 * store's 8 MB. At the benchmark size, 14 MB less at the peak for the
 * same time. */
gboolean      mz_report_tune_worker_connection (MzStore  *store,
                                                GError  **error);

/* The first and last years that hold money or budget figures; both 0 in an
 * empty database. */
gboolean      mz_report_data_years    (MzStore       *store,
                                       int           *first,
                                       int           *last,
                                       GError       **error);

/* The name of initiative @id, or NULL with MZ_STORE_ERROR_NOT_FOUND. */
char         *mz_report_initiative_name (MzStore     *store,
                                         const char  *id,
                                         GError     **error);

/* Rows not deleted in the tables the report reads, for progress. */
typedef struct
{
  gint64 partners;
  gint64 commitments;
  gint64 instalments;
  gint64 payments;
  gint64 inkind;
  gint64 interactions;
} MzReportCounts;

gboolean      mz_report_count_rows    (MzStore        *store,
                                       MzReportCounts *counts,
                                       GError        **error);

/* Units: id, code, parent id, kind, name. */
enum { MZ_REPORT_UNIT_ID, MZ_REPORT_UNIT_CODE, MZ_REPORT_UNIT_PARENT_ID,
       MZ_REPORT_UNIT_KIND, MZ_REPORT_UNIT_NAME };
MzReportRows *mz_report_query_units   (MzStore       *store,
                                       GError       **error);

/* UN operational rates: currency, month "YYYY-MM", units per USD × 10^6;
 * by currency and month, the most recently changed row last. */
enum { MZ_REPORT_RATE_CURRENCY, MZ_REPORT_RATE_MONTH, MZ_REPORT_RATE_MICRO };
MzReportRows *mz_report_query_rates   (MzStore       *store,
                                       GError       **error);

/* Partners in scope (all partners without a unit or initiative; else
 * donors and payers of commitments in scope, partners of in-kind in scope
 * and, without an initiative, partners led by the unit), by name. The
 * contact columns are NULL unless @scope->personal. */
enum { MZ_REPORT_PARTNER_ID, MZ_REPORT_PARTNER_NAME, MZ_REPORT_PARTNER_LOCAL_NAME,
       MZ_REPORT_PARTNER_SHORT_NAME, MZ_REPORT_PARTNER_TYPE, MZ_REPORT_PARTNER_COUNTRY,
       MZ_REPORT_PARTNER_REGION, MZ_REPORT_PARTNER_STATUS, MZ_REPORT_PARTNER_LEAD_UNIT,
       MZ_REPORT_PARTNER_MANAGER, MZ_REPORT_PARTNER_SECTOR_R, MZ_REPORT_PARTNER_SECTOR_T,
       MZ_REPORT_PARTNER_SECTOR_D, MZ_REPORT_PARTNER_CATEGORY, MZ_REPORT_PARTNER_WEBSITE,
       MZ_REPORT_PARTNER_CONTACT_NAMES, MZ_REPORT_PARTNER_CONTACT_EMAILS,
       MZ_REPORT_PARTNER_CONTACT_PHONES };
MzReportRows *mz_report_query_partners (MzStore             *store,
                                        const MzReportScope *scope,
                                        GError             **error);

/* Every commitment in scope, ordered by donor, title and id, read once
 * so that instalments and payments need no join. Touches: it belongs on
 * the Commitments sheet of the period by its own dates (signed or running
 * in it, or still in the pipeline); one with an instalment due in the
 * period belongs there too, which the caller finds out from
 * mz_report_query_instalments(). */
enum { MZ_REPORT_COMMITMENT_ID, MZ_REPORT_COMMITMENT_DONOR_ID, MZ_REPORT_COMMITMENT_DONOR,
       MZ_REPORT_COMMITMENT_PAYER, MZ_REPORT_COMMITMENT_TITLE, MZ_REPORT_COMMITMENT_KIND,
       MZ_REPORT_COMMITMENT_STAGE, MZ_REPORT_COMMITMENT_PROBABILITY,
       MZ_REPORT_COMMITMENT_CURRENCY, MZ_REPORT_COMMITMENT_ASK,
       MZ_REPORT_COMMITMENT_EXPECTED, MZ_REPORT_COMMITMENT_SIGNED,
       MZ_REPORT_COMMITMENT_SIGNED_DATE, MZ_REPORT_COMMITMENT_START_DATE,
       MZ_REPORT_COMMITMENT_END_DATE, MZ_REPORT_COMMITMENT_TOUCHES };
MzReportRows *mz_report_query_commitments (MzStore             *store,
                                           const MzReportScope *scope,
                                           GError             **error);

/* A readable summary of every allocation of each commitment in scope
 * ("BDT 60% (Green Digital Action); GS 40%"), NULL without allocations;
 * in no particular order. Only the Commitments sheet shows it. */
enum { MZ_REPORT_ALLOCATION_COMMITMENT_ID, MZ_REPORT_ALLOCATION_SUMMARY };
MzReportRows *mz_report_query_allocation_summaries (MzStore             *store,
                                                    const MzReportScope *scope,
                                                    GError             **error);

/* Allocations in scope (every allocation without a filter): commitment,
 * unit (or NULL), percent_bp or amount. */
enum { MZ_REPORT_SHARE_COMMITMENT_ID, MZ_REPORT_SHARE_UNIT_ID, MZ_REPORT_SHARE_PERCENT_BP,
       MZ_REPORT_SHARE_AMOUNT };
MzReportRows *mz_report_query_shares  (MzStore             *store,
                                       const MzReportScope *scope,
                                       GError             **error);

/* Instalments due in the period, by due date, of every commitment (the
 * caller keeps those in scope), from one index alone. Rowid: for what was
 * paid of it (mz_report_query_instalments_paid()). */
enum { MZ_REPORT_INSTALMENT_COMMITMENT_ID, MZ_REPORT_INSTALMENT_DUE_DATE,
       MZ_REPORT_INSTALMENT_AMOUNT, MZ_REPORT_INSTALMENT_WRITTEN_OFF,
       MZ_REPORT_INSTALMENT_STATUS, MZ_REPORT_INSTALMENT_ROWID };
MzReportRows *mz_report_query_instalments (MzStore             *store,
                                           const MzReportScope *scope,
                                           GError             **error);

/* Every instalment with something paid on or before the as-of day: its
 * rowid, the amount received (commitment currency), the latest date paid;
 * in no particular order. Joining this to each instalment in SQL (an
 * automatic index over the groups) cost twice as much as reading it once
 * and looking it up by rowid. */
enum { MZ_REPORT_PAID_INSTALMENT_ROWID, MZ_REPORT_PAID_RECEIVED, MZ_REPORT_PAID_LAST };
MzReportRows *mz_report_query_instalments_paid (MzStore             *store,
                                                const MzReportScope *scope,
                                                GError             **error);

/* Payments dated in the period, by date, of every commitment (the caller
 * keeps those in scope). */
enum { MZ_REPORT_PAYMENT_COMMITMENT_ID, MZ_REPORT_PAYMENT_DATE, MZ_REPORT_PAYMENT_CURRENCY,
       MZ_REPORT_PAYMENT_AMOUNT, MZ_REPORT_PAYMENT_RATE_MICRO,
       MZ_REPORT_PAYMENT_CHF_RATE_MICRO, MZ_REPORT_PAYMENT_AMOUNT_CHF,
       MZ_REPORT_PAYMENT_REFERENCE };
MzReportRows *mz_report_query_payments (MzStore             *store,
                                        const MzReportScope *scope,
                                        GError             **error);

/* In-kind contributions for the unit and initiative in scope whose dates
 * touch the period (or have none), by start date. */
enum { MZ_REPORT_INKIND_PARTNER, MZ_REPORT_INKIND_KIND, MZ_REPORT_INKIND_DESCRIPTION,
       MZ_REPORT_INKIND_UNIT, MZ_REPORT_INKIND_INITIATIVE, MZ_REPORT_INKIND_START_DATE,
       MZ_REPORT_INKIND_END_DATE, MZ_REPORT_INKIND_QUANTITY_MILLI,
       MZ_REPORT_INKIND_QUANTITY_UNIT, MZ_REPORT_INKIND_FAIR_VALUE,
       MZ_REPORT_INKIND_CURRENCY, MZ_REPORT_INKIND_FAIR_VALUE_CHF,
       MZ_REPORT_INKIND_VALUATION_BASIS };
MzReportRows *mz_report_query_inkind  (MzStore             *store,
                                       const MzReportScope *scope,
                                       GError             **error);

/* Initiatives in scope (the initiative and its sub-initiatives; with a
 * unit, those it leads or that have allocations for it), parents first. */
enum { MZ_REPORT_INITIATIVE_ID, MZ_REPORT_INITIATIVE_NAME, MZ_REPORT_INITIATIVE_PARENT,
       MZ_REPORT_INITIATIVE_KIND, MZ_REPORT_INITIATIVE_LEAD_UNIT,
       MZ_REPORT_INITIATIVE_START_DATE, MZ_REPORT_INITIATIVE_END_DATE,
       MZ_REPORT_INITIATIVE_TARGET_CHF };
MzReportRows *mz_report_query_initiatives (MzStore             *store,
                                           const MzReportScope *scope,
                                           GError             **error);

/* One row per allocation of a commitment to an initiative (for the unit in
 * scope, if any): the commitment's figures and its CHF received on or
 * before the as-of day. Share: percent_bp, or amount over the base. */
enum { MZ_REPORT_FUNDING_INITIATIVE_ID, MZ_REPORT_FUNDING_STAGE,
       MZ_REPORT_FUNDING_PROBABILITY, MZ_REPORT_FUNDING_CURRENCY,
       MZ_REPORT_FUNDING_ASK, MZ_REPORT_FUNDING_EXPECTED, MZ_REPORT_FUNDING_SIGNED,
       MZ_REPORT_FUNDING_SIGNED_DATE, MZ_REPORT_FUNDING_PERCENT_BP,
       MZ_REPORT_FUNDING_ALLOCATED, MZ_REPORT_FUNDING_BASE,
       MZ_REPORT_FUNDING_RECEIVED_CHF };
MzReportRows *mz_report_query_initiative_funding (MzStore             *store,
                                                  const MzReportScope *scope,
                                                  GError             **error);

/* Regular budget income (Table 1): year, line, CHF centimes, for the years
 * of the period, by year and line. */
enum { MZ_REPORT_BUDGET_YEAR, MZ_REPORT_BUDGET_LINE, MZ_REPORT_BUDGET_AMOUNT_CHF };
MzReportRows *mz_report_query_budget  (MzStore             *store,
                                       const MzReportScope *scope,
                                       GError             **error);

/* The due diligence register of the partners in scope, by partner. */
enum { MZ_REPORT_DD_PARTNER, MZ_REPORT_DD_PARTNER_TYPE, MZ_REPORT_DD_REQUESTED_BY,
       MZ_REPORT_DD_REQUESTED_AT, MZ_REPORT_DD_RISK, MZ_REPORT_DD_DECISION,
       MZ_REPORT_DD_CONDITIONS, MZ_REPORT_DD_DECIDED_BY, MZ_REPORT_DD_DECIDED_AT,
       MZ_REPORT_DD_VALID_UNTIL, MZ_REPORT_DD_FINDINGS };
MzReportRows *mz_report_query_due_diligence (MzStore             *store,
                                             const MzReportScope *scope,
                                             GError             **error);

/* Interactions in the period (by the unit in scope; with an initiative,
 * with partners in scope), by date. Rowid: the interaction's, for its
 * contacts (mz_report_query_interaction_contacts()). Personal data: only
 * call it when the report includes personal data. */
enum { MZ_REPORT_INTERACTION_DATE, MZ_REPORT_INTERACTION_PARTNER,
       MZ_REPORT_INTERACTION_KIND, MZ_REPORT_INTERACTION_UNIT,
       MZ_REPORT_INTERACTION_STAFF, MZ_REPORT_INTERACTION_SUBJECT,
       MZ_REPORT_INTERACTION_STATUS, MZ_REPORT_INTERACTION_ROWID,
       MZ_REPORT_INTERACTION_NOTES };
MzReportRows *mz_report_query_interactions (MzStore             *store,
                                            const MzReportScope *scope,
                                            GError             **error);

/* The contacts of every interaction, one row per link not deleted to a
 * contact not forgotten: the interaction's rowid, the contact's name
 * ("Given Family (Local)"); by interaction rowid, then in the order the
 * links were made. Reading them in one pass costs far less than looking
 * up the links of each of half a million interactions. Personal data. */
enum { MZ_REPORT_INTERACTION_CONTACT_ROWID, MZ_REPORT_INTERACTION_CONTACT_NAME };
MzReportRows *mz_report_query_interaction_contacts (MzStore             *store,
                                                    GError             **error);

G_END_DECLS

/* mz-report-private.h — what the sheets of the report share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-report.h"
#include "mz-report-queries.h"
#include "mz-report-strings.h"
#include "mz-store.h"
#include "mz-xlsx.h"

G_BEGIN_DECLS

/* Report sheets start their table here: title, scope line, blank. */
#define MZ_REPORT_FIRST_TABLE_ROW 3

typedef struct
{
  char *id;
  char *code;
  char *parent_id;
  char *kind;
  char *name;
} MzReportUnit;

/* An allocation in scope: the part of a commitment a unit (or, with a
 * filter, the chosen initiative) gets. */
typedef struct
{
  const char *unit_id;       /* NULL: for an initiative only */
  const MzReportUnit *top;   /* GS or the bureau of the unit, or NULL */
  gboolean    by_percent;
  gint64      percent_bp;
  gint64      amount;        /* commitment currency, when not by percent */
} MzReportShare;

/* A commitment in scope, read once (mz-report-commitments.c): instalments
 * and payments find theirs here instead of joining in SQL. What every row
 * of them needs (labels, the currency's rates, the donor's number) is
 * worked out once, here. */
struct _MzReportCommitment
{
  /* The id is compared on every look-up: kept inline (ids are 36 bytes),
   * beside what the rows read next. */
  char        id_inline[40];
  const char *id;             /* @id_inline, or a longer id kept elsewhere */
  guint32     hash;           /* of @id, for _mz_report_find_commitment() */
  guint       donor_index;    /* into MzReport.donor_ids */
  int         kind_index;     /* see _mz_report_income_kind(); -1: another */
  const char *donor_id;
  const char *donor;
  const char *payer;
  const char *title;
  const char *kind;
  const char *kind_label;     /* translated once, for every row of it */
  const char *stage;
  const char *stage_label;    /* translated once */
  const char *currency;
  gboolean    is_chf;
  GArray     *rates;          /* of @currency (see mz-report-context.c), or NULL */
  const char *signed_date;
  const char *start_date;
  const char *end_date;
  const char *allocation;     /* see _mz_report_load_allocation_summaries() */
  int         probability;
  int         exponent;
  gboolean    has_ask;
  gboolean    has_expected;
  gboolean    has_signed;
  gboolean    touches;       /* belongs on the Commitments sheet by its own
                              * dates (else by having something @due) */
  gint64      ask;
  gint64      expected;
  gint64      signed_amount;
  GArray     *shares;        /* MzReportShare, or NULL */
  gint64     *due;           /* per year, currency then CHF; NULL: nothing due */
  guint8     *has_due;       /* the same, whether anything was; both added
                              * up by the Instalments sheet */
};

/* A slot of the table of commitments by id (mz-report-commitments.c). */
typedef struct _MzReportCommitment MzReportCommitment;

typedef struct
{
  guint32             hash;
  MzReportCommitment *commitment;   /* NULL: empty */
} MzReportSlot;

/* What was paid of each instalment, by rowid (mz-report-sheets-money.c). */
typedef struct _MzReportPaid MzReportPaid;

typedef struct _MzReportIncome MzReportIncome;
typedef struct _MzReportWorker MzReportWorker;

/* The sheets written on threads of their own (mz-report-worker.c). */
typedef enum
{
  MZ_REPORT_WORKER_INSTALMENTS,
  MZ_REPORT_WORKER_PAYMENTS,
  MZ_REPORT_WORKER_INTERACTIONS,   /* with personal data only */
  MZ_REPORT_N_WORKERS
} MzReportWorkerSheet;

/* Headline figures, filled by the sheets for the Summary. */
typedef struct
{
  gint64 received_chf;     /* Extra-budgetary */
  gint64 signed_chf;       /* Commitments: signed in the period */
  gint64 overdue_chf;      /* Instalments: overdue outstanding */
  gint64 pipeline_chf;     /* Commitments: open pipeline × probability */
  gint64 inkind_chf;       /* In-kind */
  gint64 n_partners;
  gint64 n_commitments;
  double top5_share;       /* of the whole period; NAN without income */
  double hhi;              /* 0 … 10,000; NAN without income */
  gint64 missing_rates;    /* amounts left without CHF */
} MzReportKpis;

typedef struct _MzReport MzReport;

struct _MzReport
{
  MzStore              *store;
  MzXlsxBook           *book;
  MzReportStrings      *strings;
  MzReportScope         scope;
  char                 *unit_code;
  char                 *unit_label;        /* "All units" or "BDT — …" */
  char                 *initiative_id;
  char                 *initiative_label;
  char                  as_of[11];
  GDate                 as_of_date;
  int                   year_from;
  int                   year_to;
  GHashTable           *rates;             /* currency → GArray of rates */
  GArray               *chf_rates;         /* the rates of CHF, or NULL */
  GHashTable           *units;             /* id → MzReportUnit */
  GStringChunk         *text;              /* strings of the commitments */
  GPtrArray            *commitments;       /* MzReportCommitment, by donor, title */
  MzReportSlot         *commitment_slots;  /* open addressing, by hash of the id */
  guint32               commitment_mask;   /* slots − 1 */
  GPtrArray            *donor_ids;         /* of the commitments, by donor_index */
  GHashTable           *received;          /* donor id → gint64 CHF in the period */
  MzReportIncome       *income;            /* filled by Payments */
  MzReportKpis          kpis;

  GCancellable         *cancellable;
  gulong                interrupt_id;      /* stops a running read when cancelled */
  MzReportProgressFunc  progress;
  gpointer              progress_data;
  double                work_total;
  double                work_done;
  double                work_start;        /* of the current sheet */
  double                work_budget;       /* of the current sheet */
  double                last_fraction;

  /* Sheets written on threads of their own (mz-report-worker.c). */
  MzReportWorker       *workers[MZ_REPORT_N_WORKERS];
  MzReport             *parent;            /* in a worker's copy: the caller's */
  MzReportRows         *prepared_rows;     /* in a worker's copy: its query */
  MzReportPaid         *prepared_paid;     /* in the Instalments worker's copy */
  gint                  parallel_done;     /* in a worker's copy: rows written; atomic */
  gint                  stop_workers;      /* atomic */
};

/* Loading what conversions and roll-ups need (mz-report-context.c). */
gboolean            _mz_report_load_units  (MzReport     *self,
                                            GError      **error);
gboolean            _mz_report_load_rates  (MzReport     *self,
                                            GError      **error);
const MzReportUnit *_mz_report_find_unit   (MzReport     *self,
                                            const char   *code);

/* Commitments in scope and their allocations (mz-report-commitments.c). */
gboolean            _mz_report_load_commitments (MzReport   *self,
                                                 GError    **error);
/* The summaries of allocations (MzReportCommitment.allocation), which
 * only the Commitments sheet shows; while the workers run. */
gboolean            _mz_report_load_allocation_summaries (MzReport   *self,
                                                          GError    **error);
MzReportCommitment *_mz_report_find_commitment  (MzReport   *self,
                                                 const char *id);
/* Rows of Instalments and Payments find their commitment at random in
 * tens of MB: each look-up waited for memory twice. Called with the id of
 * a row @ahead rows on (_MZ_REPORT_AHEAD_FAR, then _MZ_REPORT_AHEAD_NEAR),
 * this asks the processor to fetch what that look-up will read. */
#define _MZ_REPORT_AHEAD_FAR  12
#define _MZ_REPORT_AHEAD_NEAR 4
void                _mz_report_prefetch_commitment (MzReport   *self,
                                                    const char *id,
                                                    guint       ahead);
void                _mz_report_clear_commitments (MzReport  *self);

/* Extra-budgetary income, added up as Payments is written
 * (mz-report-sheets-income.c). */
void                _mz_report_income_add  (MzReport           *self,
                                            MzReportCommitment *commitment,
                                            int                 year,
                                            gint64              chf);
void                _mz_report_income_free (MzReportIncome     *income);
/* The row of @kind in the income by kind, or -1. */
int                 _mz_report_income_kind (const char         *kind);

/* Tells the caller how far along the export is; @force: even if little
 * changed since the last time. */
void                _mz_report_progress    (MzReport     *self,
                                            gboolean      force);

/* "2023" or "2018–2026". */
char               *_mz_report_period_text (MzReport     *self);

/* Words in the workbook's language: labels ("report" context) and codes. */
const char         *_mz_report_tr          (MzReport     *self,
                                            const char   *msgid);
const char         *_mz_report_code        (MzReport     *self,
                                            const char   *context,
                                            const char   *code);

/* The labels of the few codes (kinds, statuses) of a column, each looked
 * up once for hundreds of thousands of rows: zero it, then ask it. */
typedef struct
{
  struct
  {
    char        code[24];
    const char *label;
  } entries[8];
} MzReportCodeCache;

const char         *_mz_report_code_cached (MzReport          *self,
                                            MzReportCodeCache *cache,
                                            const char        *context,
                                            const char        *code);

/* In @array, sorted by a gint64 rowid that is the first member of its
 * elements: the element of @rowid, or NULL. */
gconstpointer       _mz_report_find_rowid  (GArray            *array,
                                            gint64             rowid);

/* Progress: a sheet expects about @budget rows; each row is one step.
 * A step fails when the export was cancelled or the workbook failed. */
void                _mz_report_begin_work  (MzReport     *self,
                                            double        budget);
gboolean            _mz_report_step        (MzReport     *self,
                                            GError      **error);
void                _mz_report_end_work    (MzReport     *self);
/* TRUE, with @error set, when the export was cancelled or (in a worker's
 * copy) its workers told to stop; for long reads that are not rows. */
gboolean            _mz_report_stopped     (MzReport     *self,
                                            GError      **error);

/* A header row of the labels of @msgids; see mz_xlsx_sheet_write_header(). */
void                _mz_report_write_header (MzReport          *self,
                                             MzXlsxSheet       *sheet,
                                             const char *const *msgids,
                                             guint              n,
                                             gboolean           table);

/* Ends a loop over rows: FALSE, with @local_error moved to @error, if it
 * stopped on an error. */
gboolean            _mz_report_rows_finished (GError  *local_error,
                                              GError **error);

/* Title, scope line and a blank row; the table starts below. */
void                _mz_report_begin_sheet (MzReport     *self,
                                            MzXlsxSheet  *sheet,
                                            const char   *title);

/* CHF centimes of @amount (minor units of @currency) at the UN rate of the
 * month of @date (NULL: the report date), or the latest rate before it.
 * FALSE, counted in the Summary, when there is no rate. */
gboolean            _mz_report_to_chf      (MzReport     *self,
                                            gint64        amount,
                                            const char   *currency,
                                            const char   *date,
                                            gint64       *chf);

/* The same for an amount in the commitment's currency; @count_missing:
 * count a missing rate in the Summary. */
gboolean            _mz_report_commitment_to_chf (MzReport                 *self,
                                                  const MzReportCommitment *c,
                                                  gint64                    amount,
                                                  const char               *date,
                                                  gboolean                  count_missing,
                                                  gint64                   *chf);

/* The rates of @currency (for MzReportCommitment.rates), or NULL. */
GArray             *_mz_report_rates_of    (MzReport     *self,
                                            const char   *currency);

/* The top of @unit_id's line (GS or a bureau), or NULL. */
const MzReportUnit *_mz_report_top_unit    (MzReport     *self,
                                            const char   *unit_id);

/* The part of @amount an allocation gives: @percent_bp basis points, or
 * @allocated out of @base (both minor units). */
gint64              _mz_report_share       (gint64        amount,
                                            gboolean      by_percent,
                                            gint64        percent_bp,
                                            gint64        allocated,
                                            gint64        base);

/* "YYYY-MM" (@length 7) or "YYYY-MM-DD" (10) at the start of @iso, digits
 * checked, values not; @day may be NULL for 7. */
gboolean            _mz_report_parse_date  (const char   *iso,
                                            gsize         length,
                                            int          *year,
                                            int          *month,
                                            int          *day);

/* Days from @iso to the report date (negative: in the future). */
int                 _mz_report_days_before (MzReport     *self,
                                            const char   *iso);

char               *_mz_report_year_label  (int           year,
                                            const char   *suffix);

/* A worker thread that opens its own connection to @db_path and starts
 * reading the rows of @which at once; NULL if no thread could be made. */
MzReportWorker     *_mz_report_worker_new    (MzReport            *report,
                                              const char          *db_path,
                                              MzReportWorkerSheet  which);
/* Lets it write its sheet @sheet and, for Instalments, @then_sheet
 * (Commitments) once the gate is open; about @budget rows in all. */
void                _mz_report_worker_run    (MzReportWorker  *worker,
                                              MzXlsxSheet     *sheet,
                                              MzXlsxSheet     *then_sheet,
                                              double           budget);
/* What @then_sheet needs besides (allocation summaries) is there. */
void                _mz_report_worker_open_gate (MzReportWorker *worker);
/* Whether @sheet is one it writes; FALSE for NULL. Caller's thread. */
gboolean            _mz_report_worker_writes (MzReportWorker  *worker,
                                              MzXlsxSheet     *sheet);
/* Waits for it, merges what it added up and frees it; it leaves the
 * report's list of workers. */
gboolean            _mz_report_worker_finish (MzReportWorker  *worker,
                                              GError         **error);
/* Stops it, waits for it and frees it; NULL: nothing. */
void                _mz_report_worker_cancel (MzReportWorker  *worker);
/* Rows it has written, up to its budget; 0 for NULL or before it runs.
 * Called by the caller's thread only. */
double              _mz_report_worker_done   (MzReportWorker  *worker);

/* What was paid of the instalments, read before the Instalments sheet
 * (by its worker, while the commitments are read). */
MzReportPaid       *_mz_report_paid_load     (MzStore             *store,
                                              const MzReportScope *scope,
                                              GCancellable        *cancellable,
                                              GError             **error);
void                _mz_report_paid_free     (MzReportPaid        *paid);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzReportPaid, _mz_report_paid_free)

/* The sheets. */
gboolean _mz_report_write_summary        (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_partners       (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_commitments    (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_instalments    (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_payments       (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_inkind         (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_initiatives    (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_income         (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_due_diligence  (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_budget         (MzReport *self, MzXlsxSheet *sheet, GError **error);
gboolean _mz_report_write_interactions   (MzReport *self, MzXlsxSheet *sheet, GError **error);

G_END_DECLS

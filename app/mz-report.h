/* mz-report.h — the Excel report pack: one workbook for management,
 * Council and donors
 *
 * Sheets, in order (English names; the workbook's language translates
 * them): Summary, Partners, Commitments, Instalments, Payments, In-kind,
 * Initiatives, Extra-budgetary, Due diligence, Regular budget and, only
 * with personal data, Interactions.
 *
 * Scope: a unit takes its offices with it (BDT covers the regional offices
 * under it and their area offices); a commitment belongs to the scope when
 * one of its allocations does; an initiative takes its sub-initiatives.
 * Detail sheets list whole records; Extra-budgetary and Initiatives count
 * the share allocated to the unit or initiative chosen. Income is counted
 * when received (payments dated in the period, CHF equivalent at entry).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int         year_from;      /* 0: the first year with figures */
  int         year_to;        /* 0: the last year with figures */
  const char *unit_code;      /* NULL: every unit; else GS, BDT, RO-AFR… */
  const char *initiative_id;  /* NULL: every initiative */
  const char *language;       /* NULL or "en", "zh_CN", "fr", "es", "ar", "ru" */
  gboolean    personal_data;  /* contact names, e-mails, phones; Interactions */
  const char *as_of;          /* "YYYY-MM-DD" for ageing; NULL: today */
} MzReportOptions;

/* Years a report may cover. */
#define MZ_REPORT_YEAR_MIN 1865
#define MZ_REPORT_YEAR_MAX 2200

/* @fraction goes from 0 to 1. mz_report_export() calls it on its own
 * thread; mz_report_export_async() in the caller's main context. */
typedef void (*MzReportProgressFunc) (double   fraction,
                                      gpointer user_data);

/* The language code the report uses for @language ("zh" → "zh_CN", NULL →
 * "en"), or NULL when the report cannot be written in it. */
const char *mz_report_language_normalize (const char *language);

/* Checks @options before any work: years in range and in order, a known
 * language, a unit and initiative that exist are checked by the export
 * itself. MZ_STORE_ERROR_INVALID with a sentence for the user. */
gboolean    mz_report_options_validate   (const MzReportOptions *options,
                                          GError               **error);

/* Writes the workbook for the database at @db_path to @out_path. Opens
 * its own connection, so it may run on any thread (not the database of
 * another thread's MzStore object, but the same file is fine). The file
 * is written beside @out_path under a hidden temporary name and renamed
 * at the end: on error or cancellation nothing is left and an existing
 * @out_path is untouched. Errors: MZ_STORE_ERROR (INVALID for bad
 * options, NOT_FOUND for an unknown unit or initiative or a missing
 * database, IO for a folder that cannot be written or a full disk),
 * G_IO_ERROR_CANCELLED. */
gboolean    mz_report_export             (const char            *db_path,
                                          const char            *out_path,
                                          const MzReportOptions *options,
                                          GCancellable          *cancellable,
                                          MzReportProgressFunc   progress,
                                          gpointer               progress_data,
                                          GError               **error);

/* The same on a worker thread. @options is copied. @progress runs in the
 * thread-default main context of the caller, never after @callback;
 * @progress_data must live until @callback has run. */
void        mz_report_export_async       (const char            *db_path,
                                          const char            *out_path,
                                          const MzReportOptions *options,
                                          GCancellable          *cancellable,
                                          MzReportProgressFunc   progress,
                                          gpointer               progress_data,
                                          GAsyncReadyCallback    callback,
                                          gpointer               user_data);
gboolean    mz_report_export_finish      (GAsyncResult          *result,
                                          GError               **error);

G_END_DECLS

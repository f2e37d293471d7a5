/* mz-report-strings.h — the words of the Excel report in the workbook's
 * own language, whatever the language of the application
 *
 * The process locale cannot be switched safely while a report is written
 * on another thread, so the report does not call gettext(): it reads the
 * catalog file of the chosen language itself (msgctxt "report…"), and
 * falls back on a built-in table (English and Simplified Chinese).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MzReportStrings MzReportStrings;

/* "en", "zh_CN", "fr", "es", "ar" or "ru" for @language ("zh", "zh-CN",
 * "fr_FR.UTF-8" … are understood); NULL when the language is not one of
 * the six UN languages. NULL @language is English. */
const char      *mz_report_strings_normalize_language (const char *language);

/* The strings of @language, which must be known. */
MzReportStrings *mz_report_strings_new      (const char      *language);
void             mz_report_strings_free     (MzReportStrings *self);

const char      *mz_report_strings_get_language (MzReportStrings *self);
/* TRUE for Arabic: sheets read right to left. */
gboolean         mz_report_strings_is_rtl   (MzReportStrings *self);

/* The translation of the English @msgid in @context ("report" for labels,
 * headers and sheet names), or @msgid itself. */
const char      *mz_report_strings_get      (MzReportStrings *self,
                                             const char      *context,
                                             const char      *msgid);

/* The label of a code stored in the database, in a context such as
 * "report stage" or "report partner type"; unknown codes are returned as
 * they are, NULL as NULL. */
const char      *mz_report_strings_code     (MzReportStrings *self,
                                             const char      *context,
                                             const char      *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzReportStrings, mz_report_strings_free)

G_END_DECLS

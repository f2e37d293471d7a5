/* mz-report-obligation-editor.h — the window that adds or edits one donor
 * reporting obligation of a commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-commitment.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_REPORT_OBLIGATION_EDITOR (mz_report_obligation_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzReportObligationEditor, mz_report_obligation_editor, MZ,
                      REPORT_OBLIGATION_EDITOR, AdwWindow)

/* An editor of @report (NULL: a new one) of @commitment (saved). Save
 * checks and writes it through app/mz-commitment-service in one
 * transaction; an error names its field and keeps the window open.
 * Signal "saved" (report id). */
GtkWindow *mz_report_obligation_editor_new (MzStore                  *store,
                                            const MzCommitment       *commitment,
                                            const MzReportObligation *report);

/* For the tests */
AdwComboRow  *_mz_report_obligation_editor_get_kind_row  (MzReportObligationEditor *self);
GtkWidget    *_mz_report_obligation_editor_get_due       (MzReportObligationEditor *self);
GtkWidget    *_mz_report_obligation_editor_get_delivered (MzReportObligationEditor *self);
GtkEditable  *_mz_report_obligation_editor_get_notes     (MzReportObligationEditor *self);
/* The message shown under the form, or NULL. */
const char   *_mz_report_obligation_editor_get_error     (MzReportObligationEditor *self);
/* The row marked wrong ("due_date"…), or NULL. */
const char   *_mz_report_obligation_editor_get_wrong_field (MzReportObligationEditor *self);

G_END_DECLS

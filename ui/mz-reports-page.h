/* mz-reports-page.h — the Reports section: the Excel report pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_REPORTS_PAGE (mz_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (MzReportsPage, mz_reports_page, MZ, REPORTS_PAGE, AdwBin)

MzStore  *mz_reports_page_get_store    (MzReportsPage *self);
void      mz_reports_page_set_store    (MzReportsPage *self,
                                        MzStore       *store);

/* Sets the form's unit (code) and initiative (id); NULL: all. Unknown
 * ones leave the choice as it is. With @ask, opens "Export to Excel…". */
void      mz_reports_page_set_scope    (MzReportsPage *self,
                                        const char    *unit_code,
                                        const char    *initiative_id,
                                        gboolean       ask);

/* For tests: exports with the form's choices to @file, as "Export to
 * Excel…" does after its file chooser. */
void      _mz_reports_page_export_to   (MzReportsPage *self,
                                        GFile         *file);
/* For tests: whether an export is running, and the last error shown
 * (NULL: none). */
gboolean  _mz_reports_page_is_busy     (MzReportsPage *self);
const char *_mz_reports_page_get_error (MzReportsPage *self);
/* For tests: the highest progress fraction seen in the last export. */
double    _mz_reports_page_get_max_fraction (MzReportsPage *self);

G_END_DECLS

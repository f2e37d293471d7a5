/* mz-inkind-page.h — the In-kind section: seconded experts, equipment,
 * services, venues and software given to ITU, with their totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-section-page.h"
#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_INKIND_PAGE (mz_inkind_page_get_type ())
G_DECLARE_FINAL_TYPE (MzInkindPage, mz_inkind_page, MZ, INKIND_PAGE, MzSectionPage)

MzStore    *mz_inkind_page_get_store    (MzInkindPage *self);
void        mz_inkind_page_set_store    (MzInkindPage *self,
                                         MzStore      *store);

/* For tests: the rows shown (GObjects carrying an MzInkind as "inkind"),
 * and the editor "Add Contribution…" opens (owned by the window list). */
GListModel *_mz_inkind_page_get_rows    (MzInkindPage *self);
GtkWindow  *_mz_inkind_page_open_editor (MzInkindPage *self);
/* For tests: the MzListExportButton ("Export to Excel…"). */
GtkWidget  *_mz_inkind_page_get_export_button (MzInkindPage *self);
/* For tests: how many rows the search leaves. */
guint       _mz_inkind_page_get_n_shown (MzInkindPage *self);
/* For tests: the text of the total of @group ("year", "unit",
 * "initiative") for @key (a year, unit code or initiative id), or NULL. */
const char *_mz_inkind_page_get_total   (MzInkindPage *self,
                                         const char   *group,
                                         const char   *key);

G_END_DECLS

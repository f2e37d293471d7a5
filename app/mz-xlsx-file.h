/* mz-xlsx-file.h — a workbook written under a temporary name, then renamed
 *
 * The report pack and the list exports write their workbook to a hidden
 * temporary file beside the target (so the rename stays within one file
 * system), flush it to the disk and only then rename it: a failed or
 * cancelled export leaves no partial file, and an existing target stays
 * untouched until the new one is complete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Creates the hidden temporary file ".NAME.XXXXXX" beside @out_path and
 * returns its path; readable by the owner only when @owner_only (personal
 * data). */
char     *mz_xlsx_file_create_temporary (const char    *out_path,
                                         gboolean       owner_only,
                                         GError       **error);

/* Flushes the finished workbook @tmp_path to the disk and renames it to
 * @out_path, unless @cancellable is cancelled first. On failure the caller
 * removes @tmp_path. */
gboolean  mz_xlsx_file_commit           (const char    *tmp_path,
                                         const char    *out_path,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS

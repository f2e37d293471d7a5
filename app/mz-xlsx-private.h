/* mz-xlsx-private.h — shared between mz-xlsx.c and mz-xlsx-zip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* See mz-xlsx-zip.c: call before writing any workbook. */
void _mz_xlsx_zip_init (void);

G_END_DECLS

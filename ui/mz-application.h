/* mz-application.h — the Mobilize AdwApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MZ_TYPE_APPLICATION (mz_application_get_type ())
G_DECLARE_FINAL_TYPE (MzApplication, mz_application, MZ, APPLICATION, AdwApplication)

MzApplication *mz_application_new (void);

/* Process-wide choices made once at the start of main(), before any
 * thread or window: the malloc arenas, and GTK's cairo renderer where
 * there is no GPU (an explicit GSK_RENDERER wins). The benchmarks call it
 * too, so they measure what users run. */
void           mz_application_prepare_process (void);

G_END_DECLS

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

G_END_DECLS

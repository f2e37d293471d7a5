/* mz-demo.c — sample data (placeholder until the loader lands)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-demo.h"

gboolean
mz_demo_load (MzStore  *store,
              GError  **error)
{
  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED, "not yet");
  return FALSE;
}

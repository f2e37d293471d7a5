/* mz-commitment-service-shared.c — the checks and the write pattern that
 * the services of initiatives and of in-kind contributions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service-shared.h"
#include "mz-commitment-store.h"
#include "mz-validate.h"

const char *
_mz_commitment_code_label (const MzCodeLabel *labels,
                           gsize              n,
                           const char        *code)
{
  for (gsize i = 0; i < n; i++)
    if (g_strcmp0 (labels[i].code, code) == 0)
      return _(labels[i].label);
  return code;
}

gboolean
_mz_commitment_check_reference (MzStore     *store,
                                const char  *table,
                                char       **id,
                                gboolean     required,
                                const char  *field,
                                const char  *label,
                                GError     **error)
{
  gboolean exists = FALSE;

  if (*id != NULL && **id == '\0')
    g_clear_pointer (id, g_free);

  if (*id == NULL)
    {
      if (!required)
        return TRUE;
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, field, label, _("choose one."));
      return FALSE;
    }

  if (!mz_commitment_store_row_exists (store, table, *id, &exists, error))
    return FALSE;
  if (!exists)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, field, label,
                               _("the chosen entry no longer exists; choose another."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_mz_commitment_check_period (const char  *start_date,
                             const char  *end_date,
                             GError     **error)
{
  if (start_date != NULL && end_date != NULL && strcmp (end_date, start_date) < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "end_date", _("End"),
                               _("the period ends (%s) before it starts (%s)."), end_date, start_date);
      return FALSE;
    }
  return TRUE;
}

/* mz-identity.c — which office this installation belongs to, and its user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-identity"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "mz-identity.h"
#include "mz-json.h"
#include "mz-org-unit.h"
#include "mz-staff.h"

gboolean
mz_identity_is_set (MzStore *store)
{
  return mz_store_get_actor (store) != NULL;
}

static gboolean
validate_user (const char  *user_name,
               GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (user_name == NULL || !g_utf8_validate (user_name, -1, NULL))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Your name is not valid text."));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (user_name));
  if (*trimmed == '\0')
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Enter your name: every change is recorded with it."));
      return FALSE;
    }

  if (g_utf8_strlen (trimmed, -1) > MZ_IDENTITY_USER_MAX)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Your name is longer than %d characters."), MZ_IDENTITY_USER_MAX);
      return FALSE;
    }

  if (strchr (trimmed, '/') != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Your name cannot contain “/”."));
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_identity_set (MzStore     *store,
                 const char  *office_code,
                 const char  *user_name,
                 GError     **error)
{
  g_autoptr(MzOrgUnit) unit = NULL;
  g_autofree char *user = NULL;
  g_autofree char *old_office = NULL;
  g_autofree char *old_user = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!validate_user (user_name, error))
    return FALSE;

  unit = mz_org_unit_find (store, office_code ? office_code : "", &local_error);
  if (unit == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” is not an ITU unit. Choose GS, BR, TSB, BDT or a regional or area office."),
                   office_code ? office_code : "");
      return FALSE;
    }

  user = g_strstrip (g_strdup (user_name));
  old_office = mz_store_get_setting (store, "office_code");
  old_user = mz_store_get_setting (store, "user_name");

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!mz_store_set_setting (store, "office_code", mz_org_unit_get_code (unit), error) ||
      !mz_store_set_setting (store, "user_name", user, error))
    goto fail;

  mz_store_reload_identity (store);

  if (!mz_staff_ensure (store, user, mz_org_unit_get_id (unit), NULL, error))
    goto fail;

  if (old_office != NULL)
    before = mz_json_object ("office", old_office, "user", old_user, NULL);
  after = mz_json_object ("office", mz_org_unit_get_code (unit), "user", user, NULL);
  if (!mz_store_audit (store, "settings", "identity", old_office ? "update" : "insert",
                       before, after, error))
    goto fail;

  if (!mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  mz_store_reload_identity (store);
  return FALSE;
}

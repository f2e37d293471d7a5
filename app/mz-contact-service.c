/* mz-contact-service.c — contacts: validation, history, forgetting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-service-private.h"
#include "mz-contact-store.h"
#include "mz-json.h"
#include "mz-row-util.h"
#include "mz-search.h"
#include "mz-validate.h"

#define PHONE_MAX 40
#define HONORIFIC_MAX 60
#define TITLE_MAX 300
#define SOURCE_MAX 500

static const char * const languages[] = { "ar", "zh", "en", "fr", "ru", "es", NULL };

static const char * const consent_bases[] = {
  "consent", "contract", "legitimate_interest", "public_task", "legal_obligation",
  "vital_interest", NULL
};

static gboolean
check_text (MzContact    *contact,
            const char   *(*get) (MzContact *),
            void          (*set) (MzContact *, const char *),
            glong         max_chars,
            const char   *field,
            const char   *label,
            GError      **error)
{
  g_autofree char *value = g_strdup (get (contact));

  if (!mz_validate_text (&value, FALSE, max_chars, field, label, error))
    return FALSE;
  set (contact, value);
  return TRUE;
}

static gboolean
check_phones (MzContact  *contact,
              GError    **error)
{
  const char * const *phones = mz_contact_get_phones (contact);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; phones != NULL && phones[i] != NULL; i++)
    {
      g_autofree char *phone = g_strdup (phones[i]);
      guint digits = 0;
      gboolean bad = FALSE;

      if (!mz_validate_text (&phone, FALSE, PHONE_MAX, "phones", _("Phone numbers"), error))
        return FALSE;
      if (phone == NULL)
        continue;

      for (const char *p = phone; *p; p++)
        {
          if (g_ascii_isdigit (*p))
            digits++;
          else if (strchr ("+-(). /x", *p) == NULL)
            bad = TRUE;
        }
      if (bad || digits < 3)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "phones", _("Phone numbers"),
                                   _("“%s” is not a phone number (like +41 22 730 5111)."), phone);
          return FALSE;
        }
      g_strv_builder_add (kept, phone);
    }

  result = g_strv_builder_end (kept);
  mz_contact_set_phones (contact, result[0] ? (const char * const *) result : NULL);
  return TRUE;
}

gboolean
mz_contact_service_validate (MzStore     *store,
                             MzContact   *contact,
                             GError     **error)
{
  g_auto(GStrv) emails = NULL;
  gboolean exists = FALSE;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);

  if (mz_contact_get_partner_id (contact) == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "partner_id", _("Partner"),
                               _("choose the partner this person works for."));
      return FALSE;
    }
  if (!mz_row_exists (store, "partner", mz_contact_get_partner_id (contact), FALSE, &exists, error))
    return FALSE;
  if (!exists)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "partner_id", _("Partner"),
                               _("this partner does not exist or is archived; choose another."));
      return FALSE;
    }

  if (!check_text (contact, mz_contact_get_given_name, mz_contact_set_given_name,
                   MZ_CONTACT_NAME_MAX, "given_name", _("Given name"), error) ||
      !check_text (contact, mz_contact_get_family_name, mz_contact_set_family_name,
                   MZ_CONTACT_NAME_MAX, "family_name", _("Family name"), error) ||
      !check_text (contact, mz_contact_get_local_name, mz_contact_set_local_name,
                   MZ_CONTACT_NAME_MAX, "local_name", _("Name in local script"), error))
    return FALSE;

  if (mz_contact_get_given_name (contact) == NULL &&
      mz_contact_get_family_name (contact) == NULL &&
      mz_contact_get_local_name (contact) == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "family_name", _("Family name"),
                               _("enter at least one of the person’s names."));
      return FALSE;
    }

  if (!check_text (contact, mz_contact_get_honorific, mz_contact_set_honorific,
                   HONORIFIC_MAX, "honorific", _("Honorific"), error) ||
      !check_text (contact, mz_contact_get_title, mz_contact_set_title,
                   TITLE_MAX, "title", _("Job title"), error) ||
      !check_text (contact, mz_contact_get_role, mz_contact_set_role,
                   TITLE_MAX, "role", _("Role"), error) ||
      !check_text (contact, mz_contact_get_consent_source, mz_contact_set_consent_source,
                   SOURCE_MAX, "consent_source", _("Consent source"), error))
    return FALSE;

  emails = g_strdupv ((char **) mz_contact_get_emails (contact));
  if (!mz_validate_emails (&emails, "emails", _("E-mail addresses"), error))
    return FALSE;
  mz_contact_set_emails (contact, (const char * const *) emails);

  return check_phones (contact, error) &&
         mz_validate_choice (mz_contact_get_language (contact), languages, FALSE,
                             "language", _("Preferred language"), error) &&
         mz_validate_choice (mz_contact_get_consent_basis (contact), consent_bases, FALSE,
                             "consent_basis", _("Legal basis"), error) &&
         mz_validate_date (mz_contact_get_consent_date (contact), FALSE,
                           "consent_date", _("Consent date"), error);
}

static gboolean
audit_contact (MzStore             *store,
               const char          *id,
               const char          *action,
               const char          *before,
               const char * const  *personal,
               GError             **error)
{
  g_autofree char *after = mz_contact_store_row_json (store, id, personal, error);

  return after != NULL && mz_store_audit (store, "contact", id, action, before, after, error);
}

gboolean
mz_contact_service_clear_other_primaries (MzStore     *store,
                                          MzContact   *contact,
                                          GError     **error)
{
  g_autoptr(GListModel) others = NULL;
  guint n;

  if (!mz_contact_get_is_primary (contact))
    return TRUE;

  others = mz_contact_store_list_for_partner (store, mz_contact_get_partner_id (contact),
                                              FALSE, error);
  if (others == NULL)
    return FALSE;

  n = g_list_model_get_n_items (others);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) other = g_list_model_get_item (others, i);
      g_autofree char *before = NULL;

      if (!mz_contact_get_is_primary (other) ||
          g_strcmp0 (mz_contact_get_id (other), mz_contact_get_id (contact)) == 0)
        continue;

      before = mz_contact_store_row_json (store, mz_contact_get_id (other), NULL, error);
      mz_contact_set_is_primary (other, FALSE);
      if (before == NULL ||
          !mz_contact_store_update (store, other, error) ||
          !audit_contact (store, mz_contact_get_id (other), "update", before, NULL, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
mz_contact_service_insert_in_transaction (MzStore     *store,
                                          MzContact   *contact,
                                          GError     **error)
{
  g_auto(GStrv) personal = NULL;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  mz_contact_set_forgotten_at (contact, NULL);
  personal = mz_contact_personal_diff (NULL, contact);
  if (!mz_contact_store_insert (store, contact, error) ||
      !audit_contact (store, mz_contact_get_id (contact), "insert", NULL,
                      (const char * const *) personal, error) ||
      !mz_contact_service_clear_other_primaries (store, contact, error))
    {
      mz_contact_set_id (contact, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_contact_service_create (MzStore     *store,
                           MzContact   *contact,
                           GError     **error)
{
  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  /* Validated inside the transaction: the partner cannot vanish between
   * the check and the insert. */
  if (!mz_contact_service_validate (store, contact, error))
    goto fail;

  if (!mz_contact_service_insert_in_transaction (store, contact, error) ||
      !mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  mz_contact_set_id (contact, NULL);
  return FALSE;
}

gboolean
mz_contact_service_update (MzStore     *store,
                           MzContact   *contact,
                           GError     **error)
{
  g_autoptr(MzContact) old = NULL;
  g_auto(GStrv) personal = NULL;
  g_autofree char *before = NULL;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  old = mz_contact_store_get (store, mz_contact_get_id (contact), error);
  if (old == NULL)
    goto fail;
  if (mz_contact_get_forgotten_at (old) != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This contact has been forgotten and can no longer be edited."));
      goto fail;
    }

  if (!mz_contact_service_validate (store, contact, error))
    goto fail;

  /* Forgetting is its own operation, never a side effect of an edit. */
  mz_contact_set_forgotten_at (contact, NULL);
  personal = mz_contact_personal_diff (old, contact);
  before = mz_contact_store_row_json (store, mz_contact_get_id (contact), NULL, error);
  if (before == NULL ||
      !mz_contact_store_update (store, contact, error) ||
      !audit_contact (store, mz_contact_get_id (contact), "update", before,
                      (const char * const *) personal, error) ||
      !mz_contact_service_clear_other_primaries (store, contact, error) ||
      !mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

static gboolean
set_archived (MzStore     *store,
              const char  *contact_id,
              gboolean     archived,
              GError     **error)
{
  g_autoptr(MzContact) restored = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = mz_store_now_iso ();

  if (!mz_store_begin (store, error))
    return FALSE;

  before = mz_contact_store_row_json (store, contact_id, NULL, error);
  if (before == NULL ||
      !mz_contact_store_set_deleted (store, contact_id, archived ? now : NULL, error) ||
      !audit_contact (store, contact_id, archived ? "delete" : "restore", before, NULL, error))
    goto fail;

  /* A restored primary contact is the partner's primary contact again. */
  if (!archived)
    {
      restored = mz_contact_store_get (store, contact_id, error);
      if (restored == NULL || !mz_contact_service_clear_other_primaries (store, restored, error))
        goto fail;
    }

  if (!mz_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

gboolean
mz_contact_service_archive (MzStore     *store,
                            const char  *contact_id,
                            GError     **error)
{
  return set_archived (store, contact_id, TRUE, error);
}

gboolean
mz_contact_service_restore (MzStore     *store,
                            const char  *contact_id,
                            GError     **error)
{
  return set_archived (store, contact_id, FALSE, error);
}

gboolean
mz_contact_service_forget (MzStore     *store,
                           const char  *contact_id,
                           GError     **error)
{
  g_autoptr(MzContact) old = NULL;
  g_autoptr(MzContact) blank = mz_contact_new ();
  g_auto(GStrv) blanked = NULL;
  g_autofree char *blanked_json = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = mz_store_now_iso ();

  if (!mz_store_begin (store, error))
    return FALSE;

  old = mz_contact_store_get (store, contact_id, error);
  if (old == NULL)
    goto fail;
  if (mz_contact_get_forgotten_at (old) != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This contact has already been forgotten."));
      goto fail;
    }

  /* Which fields held something: the names of the fields, not their
   * values, are what the history keeps. */
  blanked = mz_contact_personal_diff (blank, old);
  blanked_json = mz_row_strv_to_json ((const char * const *) blanked);
  before = g_strdup_printf ("{\"blanked\":%s}", blanked_json ? blanked_json : "[]");

  if (!mz_contact_store_forget (store, contact_id, now, error))
    goto fail;
  after = mz_contact_store_row_json (store, contact_id, (const char * const *) blanked, error);
  /* The search index must not keep the names either (the freed pages are
   * overwritten: Debian's SQLite has secure_delete on). */
  if (after == NULL ||
      !mz_store_audit (store, "contact", contact_id, "forget", before, after, error) ||
      !mz_search_purge (store, error) ||
      !mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

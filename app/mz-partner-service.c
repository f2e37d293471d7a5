/* mz-partner-service.c — partners: validation, derived fields, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-countries.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service-private.h"
#include "mz-partner-store.h"
#include "mz-row-util.h"
#include "mz-validate.h"

#define TAG_MAX 60
#define NOTES_MAX 20000
#define WEBSITE_MAX 500
#define CATEGORY_MAX 60
/* The largest contributory class is 40 units. */
#define UNITS_X16_MAX (40 * 16)

static const char * const partner_types[] = {
  "member_state", "sector_member", "associate", "academia", "sme", "private_sector",
  "foundation", "development_bank", "un_agency", "igo", "ngo", "ministry", "individual", NULL
};

static const char * const statuses[] = { "prospect", "active", "inactive", NULL };

static const char * const relation_kinds[] = {
  "ministry_of", "pays_on_behalf_of", "subsidiary_of", "regulator_of", NULL
};

static const char * const ceb_types[] = {
  "government", "european_union", "un_entity", "development_bank", "other_multilateral",
  "ngo", "foundation", "private_sector", "academia", "other", NULL
};

static const char * const regions[] = { "AFR", "AMS", "ARB", "ASP", "CIS", "EUR", NULL };

static const int iati_types[] = { 10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90 };

/* The default classification of each partner type for the UN System Chief
 * Executives Board's revenue statistics and for IATI (organisation type
 * codelist): governments and their ministries are 10 "Government",
 * multilaterals 40, foundations 60, companies 70, academia 80. */
static const struct
{
  const char *type;
  const char *ceb;
  int         iati;
} defaults[] = {
  { "member_state", "government", 10 },
  { "ministry", "government", 10 },
  { "sector_member", "private_sector", 70 },
  { "associate", "private_sector", 70 },
  { "sme", "private_sector", 70 },
  { "private_sector", "private_sector", 70 },
  { "academia", "academia", 80 },
  { "foundation", "foundation", 60 },
  { "development_bank", "development_bank", 40 },
  { "un_agency", "un_entity", 40 },
  { "igo", "other_multilateral", 40 },
  { "ngo", "ngo", 21 },
  { "individual", "other", 90 },
};

const char * const *
mz_partner_types (void)
{
  return partner_types;
}

const char * const *
mz_partner_statuses (void)
{
  return statuses;
}

const char * const *
mz_partner_relation_kinds (void)
{
  return relation_kinds;
}

const char * const *
mz_partner_ceb_types (void)
{
  return ceb_types;
}

const char *
mz_partner_default_ceb_type (const char *partner_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_strcmp0 (defaults[i].type, partner_type) == 0)
      return defaults[i].ceb;
  return NULL;
}

int
mz_partner_default_iati_type (const char *partner_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_strcmp0 (defaults[i].type, partner_type) == 0)
      return defaults[i].iati;
  return 0;
}

/* Validates a text property of @partner and stores it back trimmed. */
static gboolean
check_text (MzPartner    *partner,
            const char   *(*get) (MzPartner *),
            void          (*set) (MzPartner *, const char *),
            gboolean      required,
            glong         max_chars,
            const char   *field,
            const char   *label,
            GError      **error)
{
  g_autofree char *value = g_strdup (get (partner));

  if (!mz_validate_text (&value, required, max_chars, field, label, error))
    return FALSE;
  set (partner, value);
  return TRUE;
}

static gboolean
check_reference (MzStore     *store,
                 const char  *table,
                 const char  *id,
                 const char  *field,
                 const char  *label,
                 GError     **error)
{
  gboolean exists = FALSE;

  if (id == NULL)
    return TRUE;
  if (!mz_row_exists (store, table, id, FALSE, &exists, error))
    return FALSE;
  if (!exists)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, field, label,
                               _("the chosen entry no longer exists; choose another."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_country (MzPartner  *partner,
               GError    **error)
{
  g_autofree char *country = g_strdup (mz_partner_get_country (partner));

  if (!mz_validate_text (&country, FALSE, 2, "country", _("Country"), error))
    {
      /* Longer than two characters: say what is expected. */
      g_clear_error (error);
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_COUNTRY, "country", _("Country"),
                               _("“%s” is not a country code; use the two-letter ISO 3166 code, e.g. CH."),
                               mz_partner_get_country (partner));
      return FALSE;
    }

  if (country == NULL)
    {
      mz_partner_set_country (partner, NULL);
      /* Without a country the region may be given directly. */
      return mz_validate_choice (mz_partner_get_region (partner), regions, FALSE,
                                 "region", _("ITU region"), error);
    }

  for (char *p = country; *p; p++)
    *p = g_ascii_toupper (*p);

  if (!mz_countries_is_valid (country))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_COUNTRY, "country", _("Country"),
                               _("“%s” is not a country code; use the two-letter ISO 3166 code, e.g. CH."),
                               country);
      return FALSE;
    }

  mz_partner_set_country (partner, country);
  mz_partner_set_region (partner, mz_countries_get_region (country));
  return TRUE;
}

static gboolean
check_tags (MzPartner  *partner,
            GError    **error)
{
  const char * const *tags = mz_partner_get_tags (partner);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) result = NULL;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strdup (tags[i]);
      g_autofree char *folded = NULL;

      if (!mz_validate_text (&tag, FALSE, TAG_MAX, "tags", _("Tags"), error))
        return FALSE;
      if (tag == NULL)
        continue;
      folded = g_utf8_casefold (tag, -1);
      if (g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (kept, tag);
    }

  result = g_strv_builder_end (kept);
  mz_partner_set_tags (partner, result[0] ? (const char * const *) result : NULL);
  return TRUE;
}

static gboolean
check_website (MzPartner  *partner,
               GError    **error)
{
  g_autofree char *website = g_strdup (mz_partner_get_website (partner));

  if (!mz_validate_text (&website, FALSE, WEBSITE_MAX, "website", _("Website"), error))
    return FALSE;

  if (website != NULL)
    {
      if (strpbrk (website, " \t") != NULL || strchr (website, '.') == NULL)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "website", _("Website"),
                                   _("“%s” is not a web address (like https://www.itu.int)."),
                                   website);
          return FALSE;
        }
      if (!g_str_has_prefix (website, "http://") && !g_str_has_prefix (website, "https://"))
        {
          char *with_scheme = g_strconcat ("https://", website, NULL);

          g_free (website);
          website = with_scheme;
        }
    }

  mz_partner_set_website (partner, website);
  return TRUE;
}

gboolean
mz_partner_service_validate (MzStore     *store,
                             MzPartner   *partner,
                             GError     **error)
{
  int iati;
  gboolean iati_known = FALSE;

  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);

  if (!check_text (partner, mz_partner_get_name, mz_partner_set_name, TRUE,
                   MZ_PARTNER_NAME_MAX, "name", _("Name"), error) ||
      !check_text (partner, mz_partner_get_local_name, mz_partner_set_local_name, FALSE,
                   MZ_PARTNER_NAME_MAX, "local_name", _("Name in local script"), error) ||
      !check_text (partner, mz_partner_get_short_name, mz_partner_set_short_name, FALSE,
                   MZ_PARTNER_SHORT_NAME_MAX, "short_name", _("Short name"), error) ||
      !mz_validate_choice (mz_partner_get_partner_type (partner), partner_types, TRUE,
                           "partner_type", _("Type"), error) ||
      !check_country (partner, error))
    return FALSE;

  if (mz_partner_get_status (partner) == NULL)
    mz_partner_set_status (partner, "prospect");
  if (!mz_validate_choice (mz_partner_get_status (partner), statuses, TRUE,
                           "status", _("Status"), error))
    return FALSE;

  if (!check_reference (store, "org_unit", mz_partner_get_lead_unit_id (partner),
                        "lead_unit_id", _("Lead unit"), error) ||
      !check_reference (store, "staff", mz_partner_get_account_manager_id (partner),
                        "account_manager_id", _("Account manager"), error) ||
      !check_text (partner, mz_partner_get_membership_category, mz_partner_set_membership_category,
                   FALSE, CATEGORY_MAX, "membership_category", _("Membership category"), error))
    return FALSE;

  if (mz_partner_get_contributory_units_x16 (partner) > UNITS_X16_MAX)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "contributory_units_x16",
                               _("Contributory units"),
                               _("the largest contributory class is 40 units."));
      return FALSE;
    }

  /* Derived from the type, editable. */
  if (mz_partner_get_ceb_contributor_type (partner) == NULL)
    mz_partner_set_ceb_contributor_type (partner,
                                         mz_partner_default_ceb_type (mz_partner_get_partner_type (partner)));
  if (!mz_validate_choice (mz_partner_get_ceb_contributor_type (partner), ceb_types, FALSE,
                           "ceb_contributor_type", _("CEB contributor type"), error))
    return FALSE;

  if (mz_partner_get_iati_org_type (partner) == 0)
    mz_partner_set_iati_org_type (partner,
                                  mz_partner_default_iati_type (mz_partner_get_partner_type (partner)));
  iati = mz_partner_get_iati_org_type (partner);
  for (guint i = 0; i < G_N_ELEMENTS (iati_types); i++)
    iati_known |= iati_types[i] == iati;
  if (iati != 0 && !iati_known)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "iati_org_type",
                               _("IATI organisation type"),
                               _("%d is not a code of the IATI organisation type list."), iati);
      return FALSE;
    }

  if (!check_website (partner, error) ||
      !check_tags (partner, error) ||
      !check_text (partner, mz_partner_get_notes, mz_partner_set_notes, FALSE, 0,
                   "notes", _("Notes"), error))
    return FALSE;

  if (mz_partner_get_notes (partner) != NULL &&
      g_utf8_strlen (mz_partner_get_notes (partner), -1) > NOTES_MAX)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_TOO_LONG, "notes", _("Notes"),
                               _("use at most %d characters."), NOTES_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
audit_partner (MzStore     *store,
               const char  *id,
               const char  *action,
               const char  *before,
               GError     **error)
{
  g_autofree char *after = mz_partner_store_row_json (store, id, error);

  return after != NULL && mz_store_audit (store, "partner", id, action, before, after, error);
}

gboolean
mz_partner_service_insert_in_transaction (MzStore     *store,
                                          MzPartner   *partner,
                                          GError     **error)
{
  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  return mz_partner_store_insert (store, partner, error) &&
         audit_partner (store, mz_partner_get_id (partner), "insert", NULL, error);
}

gboolean
mz_partner_service_create (MzStore     *store,
                           MzPartner   *partner,
                           GError     **error)
{
  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);

  if (!mz_partner_service_validate (store, partner, error))
    return FALSE;

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!mz_partner_service_insert_in_transaction (store, partner, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      mz_partner_set_id (partner, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_partner_service_update (MzStore     *store,
                           MzPartner   *partner,
                           GError     **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);

  if (mz_partner_get_id (partner) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("This partner has not been saved yet."));
      return FALSE;
    }

  if (!mz_partner_service_validate (store, partner, error))
    return FALSE;

  if (!mz_store_begin (store, error))
    return FALSE;

  before = mz_partner_store_row_json (store, mz_partner_get_id (partner), error);
  if (before == NULL ||
      !mz_partner_store_update (store, partner, error) ||
      !audit_partner (store, mz_partner_get_id (partner), "update", before, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_archived (MzStore     *store,
              const char  *partner_id,
              gboolean     archived,
              GError     **error)
{
  g_autoptr(MzPartner) partner = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = NULL;

  if (!mz_store_begin (store, error))
    return FALSE;

  partner = mz_partner_store_get (store, partner_id, error);
  if (partner == NULL)
    goto fail;

  if ((mz_partner_get_deleted_at (partner) != NULL) == archived)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   archived ? _("“%s” is already archived.") : _("“%s” is not archived."),
                   mz_partner_get_name (partner));
      goto fail;
    }

  /* A merged partner stays archived: its contacts, interactions and
   * commitments are on the survivor now. */
  if (!archived && mz_partner_get_merged_into (partner) != NULL)
    {
      g_autoptr(MzPartner) survivor = mz_partner_store_get (store, mz_partner_get_merged_into (partner), NULL);

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   /* TRANSLATORS: restoring a partner merged into another; %s are partner names */
                   _("“%s” cannot be restored: it was merged into “%s”, which holds its contacts, interactions and commitments now."),
                   mz_partner_get_name (partner),
                   survivor ? mz_partner_get_name (survivor) : mz_partner_get_merged_into (partner));
      goto fail;
    }

  now = mz_store_now_iso ();
  before = mz_partner_store_row_json (store, partner_id, error);
  if (before == NULL ||
      !mz_partner_store_set_deleted (store, partner_id, archived ? now : NULL, error) ||
      !audit_partner (store, partner_id, archived ? "delete" : "restore", before, error) ||
      !mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

gboolean
mz_partner_service_archive (MzStore     *store,
                            const char  *partner_id,
                            GError     **error)
{
  return set_archived (store, partner_id, TRUE, error);
}

gboolean
mz_partner_service_restore (MzStore     *store,
                            const char  *partner_id,
                            GError     **error)
{
  return set_archived (store, partner_id, FALSE, error);
}

gboolean
mz_partner_service_link (MzStore     *store,
                         const char  *from_partner_id,
                         const char  *to_partner_id,
                         const char  *kind,
                         const char  *notes,
                         char       **relation_id,
                         GError     **error)
{
  g_autoptr(MzPartnerRelation) relation = mz_partner_relation_new ();
  g_autofree char *clean_notes = g_strdup (notes);
  g_autofree char *after = NULL;
  gboolean exists = FALSE;

  if (!mz_validate_choice (kind, relation_kinds, TRUE, "kind", _("Kind of link"), error) ||
      !mz_validate_text (&clean_notes, FALSE, 0, "notes", _("Notes"), error))
    return FALSE;

  if (from_partner_id == NULL || to_partner_id == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED,
                               from_partner_id ? "to_partner_id" : "from_partner_id",
                               _("Partner"), _("choose a partner."));
      return FALSE;
    }
  if (g_strcmp0 (from_partner_id, to_partner_id) == 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "to_partner_id",
                               _("Linked partner"), _("a partner cannot be linked to itself."));
      return FALSE;
    }

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!check_reference (store, "partner", from_partner_id, "from_partner_id", _("Partner"), error) ||
      !check_reference (store, "partner", to_partner_id, "to_partner_id", _("Linked partner"), error) ||
      !mz_partner_relation_store_exists (store, from_partner_id, to_partner_id, kind, &exists, error))
    goto fail;

  if (exists)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "to_partner_id",
                               _("Linked partner"), _("these partners are already linked this way."));
      goto fail;
    }

  mz_partner_relation_set_from_partner_id (relation, from_partner_id);
  mz_partner_relation_set_to_partner_id (relation, to_partner_id);
  mz_partner_relation_set_kind (relation, kind);
  mz_partner_relation_set_notes (relation, clean_notes);

  if (!mz_partner_relation_store_insert (store, relation, error))
    goto fail;
  after = mz_partner_relation_store_row_json (store, mz_partner_relation_get_id (relation), error);
  if (after == NULL ||
      !mz_store_audit (store, "partner_relation", mz_partner_relation_get_id (relation),
                       "insert", NULL, after, error) ||
      !mz_store_commit (store, error))
    goto fail;

  if (relation_id != NULL)
    *relation_id = g_strdup (mz_partner_relation_get_id (relation));
  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

gboolean
mz_partner_service_unlink (MzStore     *store,
                           const char  *relation_id,
                           GError     **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = mz_store_now_iso ();

  if (!mz_store_begin (store, error))
    return FALSE;

  before = mz_partner_relation_store_row_json (store, relation_id, error);
  if (before == NULL ||
      !mz_partner_relation_store_set_deleted (store, relation_id, now, error))
    goto fail;

  after = mz_partner_relation_store_row_json (store, relation_id, error);
  if (after == NULL ||
      !mz_store_audit (store, "partner_relation", relation_id, "delete", before, after, error) ||
      !mz_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  mz_store_rollback (store);
  return FALSE;
}

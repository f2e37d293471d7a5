/* mz-partner-merge.c — merging a duplicate partner into a survivor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-merge"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-service-private.h"
#include "mz-contact-store.h"
#include "mz-partner-merge.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"

const char *
mz_merge_field_label (MzMergeField field)
{
  switch (field)
    {
    case MZ_MERGE_FIELD_NAME: return _("Name");
    case MZ_MERGE_FIELD_LOCAL_NAME: return _("Local name");
    case MZ_MERGE_FIELD_SHORT_NAME: return _("Short name");
    case MZ_MERGE_FIELD_TYPE: return _("Type");
    case MZ_MERGE_FIELD_COUNTRY: return _("Country");
    case MZ_MERGE_FIELD_STATUS: return _("Status");
    case MZ_MERGE_FIELD_LEAD_UNIT: return _("Lead unit");
    case MZ_MERGE_FIELD_ACCOUNT_MANAGER: return _("Account manager");
    case MZ_MERGE_FIELD_MEMBERSHIP: return _("Membership");
    case MZ_MERGE_FIELD_CEB_TYPE: return _("CEB contributor type");
    case MZ_MERGE_FIELD_IATI_TYPE: return _("IATI organisation type");
    case MZ_MERGE_FIELD_WEBSITE: return _("Website");
    case MZ_MERGE_FIELD_TAGS: return _("Tags");
    case MZ_MERGE_FIELD_NOTES: return _("Notes");
    case MZ_MERGE_N_FIELDS:
    default:
      g_return_val_if_reached ("");
    }
}

static gboolean
empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (empty (a) ? NULL : a, empty (b) ? NULL : b) == 0;
}

static gboolean
same_strv (const char * const *a,
           const char * const *b)
{
  guint na = a ? g_strv_length ((char **) a) : 0;
  guint nb = b ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  return TRUE;
}

/* TRUE when @p has no value for @field. */
static gboolean
field_empty (MzPartner    *p,
             MzMergeField  field)
{
  switch (field)
    {
    case MZ_MERGE_FIELD_NAME: return empty (mz_partner_get_name (p));
    case MZ_MERGE_FIELD_LOCAL_NAME: return empty (mz_partner_get_local_name (p));
    case MZ_MERGE_FIELD_SHORT_NAME: return empty (mz_partner_get_short_name (p));
    case MZ_MERGE_FIELD_TYPE: return empty (mz_partner_get_partner_type (p));
    case MZ_MERGE_FIELD_COUNTRY: return empty (mz_partner_get_country (p));
    case MZ_MERGE_FIELD_STATUS: return empty (mz_partner_get_status (p));
    case MZ_MERGE_FIELD_LEAD_UNIT: return empty (mz_partner_get_lead_unit_id (p));
    case MZ_MERGE_FIELD_ACCOUNT_MANAGER: return empty (mz_partner_get_account_manager_id (p));
    case MZ_MERGE_FIELD_MEMBERSHIP:
      return !mz_partner_get_sector_r (p) && !mz_partner_get_sector_t (p) &&
             !mz_partner_get_sector_d (p) && empty (mz_partner_get_membership_category (p)) &&
             mz_partner_get_contributory_units_x16 (p) <= 0;
    case MZ_MERGE_FIELD_CEB_TYPE: return empty (mz_partner_get_ceb_contributor_type (p));
    case MZ_MERGE_FIELD_IATI_TYPE: return mz_partner_get_iati_org_type (p) <= 0;
    case MZ_MERGE_FIELD_WEBSITE: return empty (mz_partner_get_website (p));
    case MZ_MERGE_FIELD_TAGS:
      return mz_partner_get_tags (p) == NULL || mz_partner_get_tags (p)[0] == NULL;
    case MZ_MERGE_FIELD_NOTES: return empty (mz_partner_get_notes (p));
    case MZ_MERGE_N_FIELDS:
    default:
      g_return_val_if_reached (TRUE);
    }
}

gboolean
mz_merge_field_differs (MzPartner    *a,
                        MzPartner    *b,
                        MzMergeField  field)
{
  switch (field)
    {
    case MZ_MERGE_FIELD_NAME: return !same_text (mz_partner_get_name (a), mz_partner_get_name (b));
    case MZ_MERGE_FIELD_LOCAL_NAME:
      return !same_text (mz_partner_get_local_name (a), mz_partner_get_local_name (b));
    case MZ_MERGE_FIELD_SHORT_NAME:
      return !same_text (mz_partner_get_short_name (a), mz_partner_get_short_name (b));
    case MZ_MERGE_FIELD_TYPE:
      return !same_text (mz_partner_get_partner_type (a), mz_partner_get_partner_type (b));
    case MZ_MERGE_FIELD_COUNTRY: return !same_text (mz_partner_get_country (a), mz_partner_get_country (b));
    case MZ_MERGE_FIELD_STATUS: return !same_text (mz_partner_get_status (a), mz_partner_get_status (b));
    case MZ_MERGE_FIELD_LEAD_UNIT:
      return !same_text (mz_partner_get_lead_unit_id (a), mz_partner_get_lead_unit_id (b));
    case MZ_MERGE_FIELD_ACCOUNT_MANAGER:
      return !same_text (mz_partner_get_account_manager_id (a), mz_partner_get_account_manager_id (b));
    case MZ_MERGE_FIELD_MEMBERSHIP:
      return mz_partner_get_sector_r (a) != mz_partner_get_sector_r (b) ||
             mz_partner_get_sector_t (a) != mz_partner_get_sector_t (b) ||
             mz_partner_get_sector_d (a) != mz_partner_get_sector_d (b) ||
             !same_text (mz_partner_get_membership_category (a), mz_partner_get_membership_category (b)) ||
             mz_partner_get_contributory_units_x16 (a) != mz_partner_get_contributory_units_x16 (b);
    case MZ_MERGE_FIELD_CEB_TYPE:
      return !same_text (mz_partner_get_ceb_contributor_type (a), mz_partner_get_ceb_contributor_type (b));
    case MZ_MERGE_FIELD_IATI_TYPE: return mz_partner_get_iati_org_type (a) != mz_partner_get_iati_org_type (b);
    case MZ_MERGE_FIELD_WEBSITE: return !same_text (mz_partner_get_website (a), mz_partner_get_website (b));
    case MZ_MERGE_FIELD_TAGS: return !same_strv (mz_partner_get_tags (a), mz_partner_get_tags (b));
    case MZ_MERGE_FIELD_NOTES: return !same_text (mz_partner_get_notes (a), mz_partner_get_notes (b));
    case MZ_MERGE_N_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
mz_merge_plan_init (MzMergePlan *plan,
                    MzPartner   *survivor,
                    MzPartner   *merged)
{
  g_return_if_fail (plan != NULL);

  for (guint f = 0; f < MZ_MERGE_N_FIELDS; f++)
    {
      plan->choice[f] = MZ_MERGE_KEEP_SURVIVOR;
      if (f == MZ_MERGE_FIELD_TAGS || f == MZ_MERGE_FIELD_NOTES)
        plan->choice[f] = MZ_MERGE_COMBINE;
      else if (survivor != NULL && merged != NULL &&
               field_empty (survivor, f) && !field_empty (merged, f))
        plan->choice[f] = MZ_MERGE_TAKE_MERGED;
    }
}

static void
combine_tags (MzPartner *out,
              MzPartner *merged)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  const char * const *a = mz_partner_get_tags (out);
  const char * const *b = mz_partner_get_tags (merged);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; a && a[i]; i++)
    {
      g_strv_builder_add (builder, a[i]);
      g_ptr_array_add (seen, (gpointer) a[i]);
    }
  for (guint i = 0; b && b[i]; i++)
    {
      gboolean dup = FALSE;

      for (guint j = 0; j < seen->len && !dup; j++)
        dup = g_utf8_collate (seen->pdata[j], b[i]) == 0 ||
              g_ascii_strcasecmp (seen->pdata[j], b[i]) == 0;
      if (!dup)
        {
          g_strv_builder_add (builder, b[i]);
          g_ptr_array_add (seen, (gpointer) b[i]);
        }
    }
  tags = g_strv_builder_end (builder);
  mz_partner_set_tags (out, (const char * const *) tags);
}

static void
combine_notes (MzPartner *out,
               MzPartner *merged)
{
  const char *a = mz_partner_get_notes (out);
  const char *b = mz_partner_get_notes (merged);
  g_autofree char *both = NULL;

  if (empty (b) || g_strcmp0 (a, b) == 0)
    return;
  if (empty (a))
    {
      mz_partner_set_notes (out, b);
      return;
    }
  both = g_strconcat (a, "\n\n", b, NULL);
  mz_partner_set_notes (out, both);
}

static void
take (MzPartner    *out,
      MzPartner    *m,
      MzMergeField  field)
{
  switch (field)
    {
    case MZ_MERGE_FIELD_NAME: mz_partner_set_name (out, mz_partner_get_name (m)); break;
    case MZ_MERGE_FIELD_LOCAL_NAME: mz_partner_set_local_name (out, mz_partner_get_local_name (m)); break;
    case MZ_MERGE_FIELD_SHORT_NAME: mz_partner_set_short_name (out, mz_partner_get_short_name (m)); break;
    case MZ_MERGE_FIELD_TYPE: mz_partner_set_partner_type (out, mz_partner_get_partner_type (m)); break;
    case MZ_MERGE_FIELD_COUNTRY:
      mz_partner_set_country (out, mz_partner_get_country (m));
      mz_partner_set_region (out, mz_partner_get_region (m));
      break;
    case MZ_MERGE_FIELD_STATUS: mz_partner_set_status (out, mz_partner_get_status (m)); break;
    case MZ_MERGE_FIELD_LEAD_UNIT:
      mz_partner_set_lead_unit_id (out, mz_partner_get_lead_unit_id (m));
      mz_partner_set_lead_unit_code (out, mz_partner_get_lead_unit_code (m));
      break;
    case MZ_MERGE_FIELD_ACCOUNT_MANAGER:
      mz_partner_set_account_manager_id (out, mz_partner_get_account_manager_id (m));
      mz_partner_set_account_manager_name (out, mz_partner_get_account_manager_name (m));
      break;
    case MZ_MERGE_FIELD_MEMBERSHIP:
      mz_partner_set_sector_r (out, mz_partner_get_sector_r (m));
      mz_partner_set_sector_t (out, mz_partner_get_sector_t (m));
      mz_partner_set_sector_d (out, mz_partner_get_sector_d (m));
      mz_partner_set_membership_category (out, mz_partner_get_membership_category (m));
      mz_partner_set_contributory_units_x16 (out, mz_partner_get_contributory_units_x16 (m));
      break;
    case MZ_MERGE_FIELD_CEB_TYPE:
      mz_partner_set_ceb_contributor_type (out, mz_partner_get_ceb_contributor_type (m));
      break;
    case MZ_MERGE_FIELD_IATI_TYPE: mz_partner_set_iati_org_type (out, mz_partner_get_iati_org_type (m)); break;
    case MZ_MERGE_FIELD_WEBSITE: mz_partner_set_website (out, mz_partner_get_website (m)); break;
    case MZ_MERGE_FIELD_TAGS: mz_partner_set_tags (out, mz_partner_get_tags (m)); break;
    case MZ_MERGE_FIELD_NOTES: mz_partner_set_notes (out, mz_partner_get_notes (m)); break;
    case MZ_MERGE_N_FIELDS:
    default:
      g_return_if_reached ();
    }
}

MzPartner *
mz_merge_plan_apply (const MzMergePlan *plan,
                     MzPartner         *survivor,
                     MzPartner         *merged)
{
  MzPartner *out;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (MZ_IS_PARTNER (survivor) && MZ_IS_PARTNER (merged), NULL);

  out = mz_partner_copy (survivor);
  for (guint f = 0; f < MZ_MERGE_N_FIELDS; f++)
    {
      if (plan->choice[f] == MZ_MERGE_TAKE_MERGED)
        take (out, merged, f);
      else if (plan->choice[f] == MZ_MERGE_COMBINE && f == MZ_MERGE_FIELD_TAGS)
        combine_tags (out, merged);
      else if (plan->choice[f] == MZ_MERGE_COMBINE && f == MZ_MERGE_FIELD_NOTES)
        combine_notes (out, merged);
    }
  return out;
}

char *
mz_merge_counts_describe (const MzMergeCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;
  GString *list;

  g_return_val_if_fail (counts != NULL, NULL);

  if ((n = counts->n[MZ_MERGE_CONTACTS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", n), n));
  if ((n = counts->n[MZ_MERGE_INTERACTIONS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interaction", "%u interactions", n), n));
  if ((n = counts->n[MZ_MERGE_FOLLOW_UPS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up", "%u follow-ups", n), n));
  if ((n = counts->n[MZ_MERGE_RELATIONS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u relation", "%u relations", n), n));
  if ((n = counts->n[MZ_MERGE_COMMITMENTS] + counts->n[MZ_MERGE_PAID_COMMITMENTS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u commitment", "%u commitments", n), n));
  if ((n = counts->n[MZ_MERGE_INKIND]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in-kind contribution", "%u in-kind contributions", n), n));
  if ((n = counts->n[MZ_MERGE_DUE_DILIGENCE]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u due diligence review", "%u due diligence reviews", n), n));
  if ((n = counts->n[MZ_MERGE_ASSESSMENTS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assessment", "%u assessments", n), n));
  if ((n = counts->n[MZ_MERGE_MERGED_PARTNERS]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u earlier merged partner", "%u earlier merged partners", n), n));

  if (parts->len == 0)
    return g_strdup (_("Nothing else will move."));

  list = g_string_new (NULL);
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the items of "12 contacts, 40 interactions, 3 commitments" */
        g_string_append (list, _(", "));
      g_string_append (list, parts->pdata[i]);
    }

  {
    g_autofree char *joined = g_string_free (list, FALSE);

    /* TRANSLATORS: %s is a list such as "12 contacts, 40 interactions, 3 commitments" */
    return g_strdup_printf (_("%s will move."), joined);
  }
}

/* The primary contact of @partner_id's live contacts, or NULL (also on
 * error: see @error). */
static MzContact *
find_primary (MzStore     *store,
              const char  *partner_id,
              GError     **error)
{
  g_autoptr(GListModel) contacts = mz_contact_store_list_for_partner (store, partner_id, FALSE, error);
  guint n = contacts ? g_list_model_get_n_items (contacts) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (contacts, i);

      if (mz_contact_get_is_primary (contact))
        return g_steal_pointer (&contact);
    }
  return NULL;
}

/* One primary contact per partner after the contacts moved: the
 * survivor's own primary (@kept, read before the move) stays, else the
 * merged partner's; any other loses the flag, audited. */
static gboolean
keep_one_primary (MzStore     *store,
                  const char  *survivor_id,
                  MzContact   *kept,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MzContact) primary = NULL;

  if (kept != NULL)
    return mz_contact_service_clear_other_primaries (store, kept, error);

  primary = find_primary (store, survivor_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return primary == NULL || mz_contact_service_clear_other_primaries (store, primary, error);
}

gboolean
mz_partner_merge (MzStore           *store,
                  const char        *survivor_id,
                  const char        *merged_id,
                  const MzMergePlan *plan,
                  MzMergeCounts     *moved,
                  GError           **error)
{
  g_autoptr(MzPartner) survivor = NULL;
  g_autoptr(MzPartner) merged = NULL;
  g_autoptr(MzPartner) result = NULL;
  g_autoptr(MzContact) kept_primary = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *merged_before = NULL;
  g_autofree char *merged_after = NULL;
  MzMergePlan default_plan;
  MzMergeCounts counts;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (survivor_id != NULL && merged_id != NULL, FALSE);

  if (g_str_equal (survivor_id, merged_id))
    {
      g_set_error_literal (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                           _("A partner cannot be merged into itself. Choose another partner."));
      return FALSE;
    }

  survivor = mz_partner_store_get (store, survivor_id, error);
  if (survivor == NULL)
    return FALSE;
  merged = mz_partner_store_get (store, merged_id, error);
  if (merged == NULL)
    return FALSE;

  if (mz_partner_get_merged_into (survivor) != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” has already been merged into another partner. Merge into that partner instead."),
                   mz_partner_get_name (survivor));
      return FALSE;
    }
  if (mz_partner_get_merged_into (merged) != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” has already been merged into another partner."),
                   mz_partner_get_name (merged));
      return FALSE;
    }
  if (mz_partner_get_deleted_at (survivor) != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("“%s” is archived. Restore it before merging another partner into it."),
                   mz_partner_get_name (survivor));
      return FALSE;
    }

  if (plan == NULL)
    {
      mz_merge_plan_init (&default_plan, survivor, merged);
      plan = &default_plan;
    }
  result = mz_merge_plan_apply (plan, survivor, merged);
  if (!mz_partner_service_validate (store, result, error))
    return FALSE;

  if (!mz_store_begin (store, error))
    return FALSE;

  kept_primary = find_primary (store, survivor_id, &local_error);
  if (local_error != NULL)
    {
      mz_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!(before = mz_partner_store_row_json (store, survivor_id, error)) ||
      !mz_partner_store_update (store, result, error) ||
      !(after = mz_partner_store_row_json (store, survivor_id, error)) ||
      !mz_store_audit (store, "partner", survivor_id, "update", before, after, error) ||
      !mz_partner_merge_store_move (store, merged_id, survivor_id, &counts, error) ||
      !keep_one_primary (store, survivor_id, kept_primary, error) ||
      !(merged_before = mz_partner_store_row_json (store, merged_id, error)) ||
      !mz_partner_merge_store_mark_merged (store, merged_id, survivor_id, error) ||
      !(merged_after = mz_partner_store_row_json (store, merged_id, error)) ||
      !mz_store_audit (store, "partner", merged_id, "merge", merged_before, merged_after, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  if (moved != NULL)
    *moved = counts;
  return TRUE;
}

/* mz-interaction-service.c — interactions, follow-ups and coordination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-interaction-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mz-contact-store.h"
#include "mz-follow-up-store.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-row-util.h"
#include "mz-validate.h"

static const char * const kinds[] = { "meeting", "call", "email", "visit", "event", "proposal", NULL };
static const char * const statuses[] = { "planned", "done", "cancelled", NULL };

const char * const *
mz_interaction_kinds (void)
{
  return kinds;
}

const char * const *
mz_interaction_statuses (void)
{
  return statuses;
}

static gboolean
check_reference (MzStore     *store,
                 const char  *table,
                 const char  *id,
                 gboolean     required,
                 const char  *field,
                 const char  *label,
                 GError     **error)
{
  gboolean exists = FALSE;

  if (id == NULL)
    {
      if (!required)
        return TRUE;
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, field, label,
                               _("choose one."));
      return FALSE;
    }

  if (!mz_row_exists (store, table, id, FALSE, &exists, error))
    return FALSE;
  if (!exists)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, field, label,
                               _("the chosen entry does not exist or is archived; choose another."));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_interaction_service_validate (MzStore        *store,
                                 MzInteraction  *interaction,
                                 GError        **error)
{
  g_autofree char *subject = g_strdup (mz_interaction_get_subject (interaction));
  g_autofree char *notes = g_strdup (mz_interaction_get_notes (interaction));
  const char * const *contact_ids;

  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);

  if (!check_reference (store, "partner", mz_interaction_get_partner_id (interaction), TRUE,
                        "partner_id", _("Partner"), error) ||
      !mz_validate_choice (mz_interaction_get_kind (interaction), kinds, TRUE,
                           "kind", _("Kind"), error) ||
      !mz_validate_date (mz_interaction_get_date (interaction), TRUE, "date", _("Date"), error) ||
      !mz_validate_text (&subject, TRUE, MZ_INTERACTION_SUBJECT_MAX, "subject", _("Subject"), error) ||
      !mz_validate_text (&notes, FALSE, 0, "notes", _("Notes"), error))
    return FALSE;

  mz_interaction_set_subject (interaction, subject);
  mz_interaction_set_notes (interaction, notes);

  if (mz_interaction_get_status (interaction) == NULL)
    {
      g_autofree char *today = mz_row_date_today (0);

      mz_interaction_set_status (interaction,
                                 g_strcmp0 (mz_interaction_get_date (interaction), today) > 0
                                 ? "planned" : "done");
    }

  if (!mz_validate_choice (mz_interaction_get_status (interaction), statuses, TRUE,
                           "status", _("Status"), error) ||
      !check_reference (store, "org_unit", mz_interaction_get_unit_id (interaction), FALSE,
                        "unit_id", _("Unit"), error) ||
      !check_reference (store, "staff", mz_interaction_get_staff_id (interaction), FALSE,
                        "staff_id", _("Staff member"), error))
    return FALSE;

  contact_ids = mz_interaction_get_contact_ids (interaction);
  for (guint i = 0; contact_ids != NULL && contact_ids[i] != NULL; i++)
    {
      g_autoptr(MzContact) contact = mz_contact_store_get (store, contact_ids[i], NULL);

      if (contact == NULL || mz_contact_get_deleted_at (contact) != NULL ||
          g_strcmp0 (mz_contact_get_partner_id (contact),
                     mz_interaction_get_partner_id (interaction)) != 0)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "contact_ids",
                                   _("Participants"),
                                   _("choose contacts of this partner only."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
audit_links (MzStore     *store,
             GPtrArray   *link_ids,
             const char  *action,
             GError     **error)
{
  for (guint i = 0; i < link_ids->len; i++)
    {
      g_autofree char *json = mz_interaction_store_link_json (store, link_ids->pdata[i], error);

      if (json == NULL ||
          !mz_store_audit (store, "interaction_contact", link_ids->pdata[i], action,
                           NULL, json, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
audit_interaction (MzStore     *store,
                   const char  *id,
                   const char  *action,
                   const char  *before,
                   GError     **error)
{
  g_autofree char *after = mz_interaction_store_row_json (store, id, error);

  return after != NULL && mz_store_audit (store, "interaction", id, action, before, after, error);
}

/* The writes of a create, inside the caller's transaction. */
static gboolean
insert_interaction (MzStore        *store,
                    MzInteraction  *interaction,
                    GError        **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);

  return mz_interaction_service_validate (store, interaction, error) &&
         mz_interaction_store_insert (store, interaction, error) &&
         mz_interaction_store_set_contacts (store, mz_interaction_get_id (interaction),
                                            mz_interaction_get_contact_ids (interaction),
                                            added, NULL, error) &&
         audit_interaction (store, mz_interaction_get_id (interaction), "insert", NULL, error) &&
         audit_links (store, added, "insert", error);
}

/* The writes of an update, inside the caller's transaction. */
static gboolean
update_interaction (MzStore        *store,
                    MzInteraction  *interaction,
                    GError        **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = NULL;

  if (!mz_interaction_service_validate (store, interaction, error))
    return FALSE;

  before = mz_interaction_store_row_json (store, mz_interaction_get_id (interaction), error);
  return before != NULL &&
         mz_interaction_store_update (store, interaction, error) &&
         mz_interaction_store_set_contacts (store, mz_interaction_get_id (interaction),
                                            mz_interaction_get_contact_ids (interaction),
                                            added, removed, error) &&
         audit_interaction (store, mz_interaction_get_id (interaction), "update", before, error) &&
         audit_links (store, added, "insert", error) &&
         audit_links (store, removed, "delete", error);
}

gboolean
mz_interaction_service_create (MzStore        *store,
                               MzInteraction  *interaction,
                               GError        **error)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);

  return mz_interaction_service_save (store, interaction, NULL, error);
}

gboolean
mz_interaction_service_update (MzStore        *store,
                               MzInteraction  *interaction,
                               GError        **error)
{
  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (mz_interaction_get_id (interaction) != NULL, FALSE);

  return mz_interaction_service_save (store, interaction, NULL, error);
}

gboolean
mz_interaction_service_archive (MzStore     *store,
                                const char  *interaction_id,
                                GError     **error)
{
  g_autofree char *before = NULL;
  g_autofree char *now = mz_store_now_iso ();

  if (!mz_store_begin (store, error))
    return FALSE;

  before = mz_interaction_store_row_json (store, interaction_id, error);
  if (before == NULL ||
      !mz_interaction_store_set_deleted (store, interaction_id, now, error) ||
      !audit_interaction (store, interaction_id, "delete", before, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

GListModel *
mz_interaction_service_coordination (MzStore     *store,
                                     const char  *partner_id,
                                     const char  *unit_id,
                                     const char  *today,
                                     GError     **error)
{
  g_autofree char *since = NULL;

  if (today == NULL)
    since = mz_row_date_today (-MZ_COORDINATION_DAYS);
  else
    {
      GDate date;
      int year = 0, month = 0, day = 0;

      if (!mz_validate_date (today, TRUE, "date", _("Date"), error) ||
          sscanf (today, "%d-%d-%d", &year, &month, &day) != 3)
        return NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, year);
      g_date_subtract_days (&date, MZ_COORDINATION_DAYS);
      since = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                               g_date_get_month (&date), g_date_get_day (&date));
    }

  return mz_interaction_store_coordination (store, partner_id, unit_id, since, error);
}

/* Follow-ups */

static gboolean
validate_follow_up (MzStore     *store,
                    MzFollowUp  *follow_up,
                    GError     **error)
{
  g_autofree char *title = g_strdup (mz_follow_up_get_title (follow_up));
  const char *interaction_id = mz_follow_up_get_interaction_id (follow_up);

  if (!check_reference (store, "partner", mz_follow_up_get_partner_id (follow_up), TRUE,
                        "partner_id", _("Partner"), error) ||
      !mz_validate_text (&title, TRUE, MZ_INTERACTION_SUBJECT_MAX, "title", _("Task"), error) ||
      !mz_validate_date (mz_follow_up_get_due_date (follow_up), FALSE, "due_date", _("Due date"), error) ||
      !mz_validate_date (mz_follow_up_get_done_date (follow_up), FALSE, "done_date", _("Done on"), error) ||
      !check_reference (store, "staff", mz_follow_up_get_owner_id (follow_up), FALSE,
                        "owner_id", _("Owner"), error))
    return FALSE;

  mz_follow_up_set_title (follow_up, title);

  if (interaction_id != NULL)
    {
      g_autoptr(MzInteraction) interaction = mz_interaction_store_get (store, interaction_id, NULL);

      if (interaction == NULL ||
          g_strcmp0 (mz_interaction_get_partner_id (interaction),
                     mz_follow_up_get_partner_id (follow_up)) != 0)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "interaction_id",
                                   _("Interaction"),
                                   _("choose an interaction with this partner."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
audit_follow_up (MzStore     *store,
                 const char  *id,
                 const char  *action,
                 const char  *before,
                 GError     **error)
{
  g_autofree char *after = mz_follow_up_store_row_json (store, id, error);

  return after != NULL && mz_store_audit (store, "follow_up", id, action, before, after, error);
}

static gboolean
insert_follow_up (MzStore     *store,
                  MzFollowUp  *follow_up,
                  GError     **error)
{
  return validate_follow_up (store, follow_up, error) &&
         mz_follow_up_store_insert (store, follow_up, error) &&
         audit_follow_up (store, mz_follow_up_get_id (follow_up), "insert", NULL, error);
}

static gboolean
update_follow_up (MzStore     *store,
                  MzFollowUp  *follow_up,
                  GError     **error)
{
  g_autofree char *before = NULL;

  if (!validate_follow_up (store, follow_up, error))
    return FALSE;

  before = mz_follow_up_store_row_json (store, mz_follow_up_get_id (follow_up), error);
  return before != NULL &&
         mz_follow_up_store_update (store, follow_up, error) &&
         audit_follow_up (store, mz_follow_up_get_id (follow_up), "update", before, error);
}

gboolean
mz_follow_up_service_create (MzStore     *store,
                             MzFollowUp  *follow_up,
                             GError     **error)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (follow_up), FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!insert_follow_up (store, follow_up, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      mz_follow_up_set_id (follow_up, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_follow_up_service_update (MzStore     *store,
                             MzFollowUp  *follow_up,
                             GError     **error)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP (follow_up), FALSE);

  if (!mz_store_begin (store, error))
    return FALSE;

  if (!update_follow_up (store, follow_up, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_follow_up_service_set_done (MzStore     *store,
                               const char  *follow_up_id,
                               gboolean     done,
                               const char  *done_date,
                               GError     **error)
{
  g_autoptr(MzFollowUp) follow_up = NULL;
  g_autofree char *today = mz_row_date_today (0);

  follow_up = mz_follow_up_store_get (store, follow_up_id, error);
  if (follow_up == NULL)
    return FALSE;

  mz_follow_up_set_done_date (follow_up, done ? (done_date ? done_date : today) : NULL);
  return mz_follow_up_service_update (store, follow_up, error);
}

gboolean
mz_follow_up_service_archive (MzStore     *store,
                              const char  *follow_up_id,
                              GError     **error)
{
  g_autofree char *before = NULL;
  g_autofree char *now = mz_store_now_iso ();

  if (!mz_store_begin (store, error))
    return FALSE;

  before = mz_follow_up_store_row_json (store, follow_up_id, error);
  if (before == NULL ||
      !mz_follow_up_store_set_deleted (store, follow_up_id, now, error) ||
      !audit_follow_up (store, follow_up_id, "delete", before, error) ||
      !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

/* An interaction with its follow-ups */

gboolean
mz_interaction_service_save (MzStore        *store,
                             MzInteraction  *interaction,
                             GPtrArray      *follow_ups,
                             GError        **error)
{
  gboolean is_new;
  g_autoptr(GPtrArray) inserted = g_ptr_array_new ();
  gboolean ok;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (MZ_IS_INTERACTION (interaction), FALSE);
  for (guint i = 0; follow_ups != NULL && i < follow_ups->len; i++)
    g_return_val_if_fail (MZ_IS_FOLLOW_UP (follow_ups->pdata[i]), FALSE);

  is_new = mz_interaction_get_id (interaction) == NULL;

  if (!mz_store_begin (store, error))
    return FALSE;

  ok = is_new ? insert_interaction (store, interaction, error)
              : update_interaction (store, interaction, error);

  for (guint i = 0; ok && follow_ups != NULL && i < follow_ups->len; i++)
    {
      MzFollowUp *follow_up = follow_ups->pdata[i];

      if (mz_follow_up_get_id (follow_up) == NULL)
        {
          /* A new follow-up belongs to this interaction and its partner. */
          mz_follow_up_set_partner_id (follow_up, mz_interaction_get_partner_id (interaction));
          mz_follow_up_set_interaction_id (follow_up, mz_interaction_get_id (interaction));
          g_ptr_array_add (inserted, follow_up);
          ok = insert_follow_up (store, follow_up, error);
        }
      else
        ok = update_follow_up (store, follow_up, error);
    }

  if (ok && mz_store_commit (store, error))
    return TRUE;

  /* Nothing was written: the objects say so too. */
  mz_store_rollback (store);
  if (is_new)
    mz_interaction_set_id (interaction, NULL);
  for (guint i = 0; i < inserted->len; i++)
    mz_follow_up_set_id (inserted->pdata[i], NULL);
  return FALSE;
}

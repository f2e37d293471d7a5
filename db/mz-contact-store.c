/* mz-contact-store.c — the queries for contacts (personal data)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-contact-private.h"
#include "mz-contact-store.h"
#include "mz-row-util.h"

static const char * const personal_fields[] = {
  "given_name", "family_name", "local_name", "honorific", "title", "role",
  "emails", "phones", "consent_source", NULL
};

#define SELECT_CONTACT \
  "SELECT c.id, c.created_at, c.updated_at, c.updated_by, c.deleted_at, c.partner_id, " \
  "c.given_name, c.family_name, c.local_name, c.honorific, c.title, c.role, c.emails, " \
  "c.phones, c.language, c.is_primary, c.consent_basis, c.consent_date, c.consent_source, " \
  "c.forgotten_at, p.name FROM contact c JOIN partner p ON p.id = c.partner_id "

static MzContact *
contact_from_row (sqlite3_stmt *stmt)
{
  MzContact *c = mz_contact_new ();

  c->id = mz_row_dup_column (stmt, 0);
  c->created_at = mz_row_dup_column (stmt, 1);
  c->updated_at = mz_row_dup_column (stmt, 2);
  c->updated_by = mz_row_dup_column (stmt, 3);
  c->deleted_at = mz_row_dup_column (stmt, 4);
  c->partner_id = mz_row_dup_column (stmt, 5);
  c->given_name = mz_row_dup_column (stmt, 6);
  c->family_name = mz_row_dup_column (stmt, 7);
  c->local_name = mz_row_dup_column (stmt, 8);
  c->honorific = mz_row_dup_column (stmt, 9);
  c->title = mz_row_dup_column (stmt, 10);
  c->role = mz_row_dup_column (stmt, 11);
  c->emails = mz_row_json_to_strv ((const char *) sqlite3_column_text (stmt, 12));
  c->phones = mz_row_json_to_strv ((const char *) sqlite3_column_text (stmt, 13));
  c->language = mz_row_dup_column (stmt, 14);
  c->is_primary = sqlite3_column_int (stmt, 15) != 0;
  c->consent_basis = mz_row_dup_column (stmt, 16);
  c->consent_date = mz_row_dup_column (stmt, 17);
  c->consent_source = mz_row_dup_column (stmt, 18);
  c->forgotten_at = mz_row_dup_column (stmt, 19);
  c->partner_name = mz_row_dup_column (stmt, 20);
  return c;
}

const char * const *
mz_contact_personal_fields (void)
{
  return personal_fields;
}

static gboolean
strv_equal (char **a,
            char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

char **
mz_contact_personal_diff (MzContact *before,
                          MzContact *after)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(MzContact) empty = mz_contact_new ();
  char **result;

  g_return_val_if_fail (MZ_IS_CONTACT (after), NULL);

  if (before == NULL)
    before = empty;

#define TEXT_FIELD(f) \
  if (g_strcmp0 (before->f, after->f) != 0) \
    g_strv_builder_add (names, #f);
  TEXT_FIELD (given_name);
  TEXT_FIELD (family_name);
  TEXT_FIELD (local_name);
  TEXT_FIELD (honorific);
  TEXT_FIELD (title);
  TEXT_FIELD (role);
  if (!strv_equal (before->emails, after->emails))
    g_strv_builder_add (names, "emails");
  if (!strv_equal (before->phones, after->phones))
    g_strv_builder_add (names, "phones");
  TEXT_FIELD (consent_source);
#undef TEXT_FIELD

  result = g_strv_builder_end (names);
  if (result[0] == NULL)
    g_clear_pointer (&result, g_strfreev);
  return result;
}

/* Binds ?5 … ?19; returns the JSON of emails and phones to free after the
 * statement ran. */
static void
bind_editable (sqlite3_stmt  *stmt,
               MzContact     *c,
               char         **emails,
               char         **phones)
{
  *emails = mz_row_strv_to_json ((const char * const *) c->emails);
  *phones = mz_row_strv_to_json ((const char * const *) c->phones);

  sqlite3_bind_text (stmt, 5, c->partner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, c->given_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, c->family_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, c->local_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, c->honorific, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, c->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, c->role, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, *emails, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, *phones, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, c->language, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 15, c->is_primary);
  sqlite3_bind_text (stmt, 16, c->consent_basis, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, c->consent_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, c->consent_source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 19, c->forgotten_at, -1, SQLITE_STATIC);
}

static void
set_stamps (MzContact        *c,
            const MzRowStamp *stamp,
            gboolean          created)
{
  mz_row_stamp_apply (stamp, created, &c->id, &c->created_at,
                      &c->updated_at, &c->updated_by);
}

gboolean
mz_contact_store_insert (MzStore    *store,
                         MzContact  *contact,
                         GError    **error)
{
  g_autofree char *emails = NULL;
  g_autofree char *phones = NULL;
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);

  stmt = mz_store_prepare (store,
                           "INSERT INTO contact (id, created_at, updated_at, updated_by, partner_id, "
                           "given_name, family_name, local_name, honorific, title, role, emails, "
                           "phones, language, is_primary, consent_basis, consent_date, "
                           "consent_source, forgotten_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                           "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  bind_editable (stmt, contact, &emails, &phones);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  set_stamps (contact, &stamp, TRUE);
  return TRUE;
}

gboolean
mz_contact_store_update (MzStore    *store,
                         MzContact  *contact,
                         GError    **error)
{
  g_autofree char *emails = NULL;
  g_autofree char *phones = NULL;
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), FALSE);

  stmt = mz_store_prepare (store,
                           "UPDATE contact SET updated_at = ?3, updated_by = ?4, partner_id = ?5, "
                           "given_name = ?6, family_name = ?7, local_name = ?8, honorific = ?9, "
                           "title = ?10, role = ?11, emails = ?12, phones = ?13, language = ?14, "
                           "is_primary = ?15, consent_basis = ?16, consent_date = ?17, "
                           "consent_source = ?18, forgotten_at = ?19 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, contact->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);
  bind_editable (stmt, contact, &emails, &phones);

  if (!mz_store_step_done (store, stmt, error) ||
      !mz_row_check_changed (store, _("This contact no longer exists."), error))
    return FALSE;

  set_stamps (contact, &stamp, FALSE);
  return TRUE;
}

gboolean
mz_contact_store_set_deleted (MzStore     *store,
                              const char  *id,
                              const char  *deleted_at,
                              GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE contact SET deleted_at = ?2, updated_at = ?3, updated_by = ?4 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This contact no longer exists."), error);
}

gboolean
mz_contact_store_forget (MzStore     *store,
                         const char  *id,
                         const char  *forgotten_at,
                         GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE contact SET given_name = NULL, family_name = NULL, "
                           "local_name = NULL, honorific = NULL, title = NULL, role = NULL, "
                           "emails = NULL, phones = NULL, consent_source = NULL, "
                           "forgotten_at = ?2, updated_at = ?3, updated_by = ?4 WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, forgotten_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This contact no longer exists."), error);
}

MzContact *
mz_contact_store_get (MzStore     *store,
                      const char  *id,
                      GError     **error)
{
  MzContact *contact = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, SELECT_CONTACT "WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    contact = contact_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("This contact no longer exists."));
  else
    mz_store_set_error (store, error, _("Cannot read the contact"));
  sqlite3_reset (stmt);

  return contact;
}

GListModel *
mz_contact_store_list_for_partner (MzStore     *store,
                                   const char  *partner_id,
                                   gboolean     include_archived,
                                   GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_CONTACT);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  /* Two texts, so that the live one can use the partial index
   * contact_partner (a bound flag would hide "deleted_at IS NULL"). */
  if (include_archived)
    stmt = mz_store_prepare (store,
                             SELECT_CONTACT "WHERE c.partner_id = ?1 AND c.deleted_at IS NULL "
                             "UNION ALL "
                             SELECT_CONTACT "WHERE c.partner_id = ?1 AND c.deleted_at IS NOT NULL "
                             "ORDER BY 16 DESC, 8 COLLATE NOCASE, 7 COLLATE NOCASE, 1",
                             error);
  else
    stmt = mz_store_prepare (store,
                             SELECT_CONTACT "WHERE c.partner_id = ?1 AND c.deleted_at IS NULL "
                             "ORDER BY c.is_primary DESC, c.family_name COLLATE NOCASE, "
                             "c.given_name COLLATE NOCASE, c.id",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, contact_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the contacts"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GPtrArray *
mz_contact_store_list_for_partners (MzStore             *store,
                                    const char * const  *partner_ids,
                                    GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *ids = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (partner_ids == NULL || partner_ids[0] == NULL)
    return g_steal_pointer (&rows);

  /* The ids as one JSON array: one statement, whatever their number; the
   * partial index contact_partner finds each partner's live rows. */
  stmt = mz_store_prepare (store,
                           SELECT_CONTACT "WHERE c.partner_id IN (SELECT value FROM json_each (?1)) "
                           "AND c.deleted_at IS NULL "
                           "ORDER BY c.partner_id, c.is_primary DESC, c.family_name COLLATE NOCASE, "
                           "c.given_name COLLATE NOCASE, c.id",
                           error);
  if (stmt == NULL)
    return NULL;

  ids = mz_row_strv_to_json (partner_ids);
  sqlite3_bind_text (stmt, 1, ids, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, contact_from_row (stmt));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the contacts"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

char *
mz_contact_store_row_json (MzStore             *store,
                           const char          *id,
                           const char * const  *personal,
                           GError             **error)
{
  g_autofree char *names = mz_row_strv_to_json (personal);
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('partner_id', partner_id, 'language', language, "
                           "'is_primary', is_primary, 'consent_basis', consent_basis, "
                           "'consent_date', consent_date, 'forgotten_at', forgotten_at, "
                           "'deleted_at', deleted_at, 'updated_at', updated_at, "
                           "'personal', json (coalesce (?2, '[]'))) FROM contact WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, names, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

gboolean
mz_contact_store_count (MzStore   *store,
                        gint64    *count,
                        GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT count(*) FROM contact WHERE deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    mz_store_set_error (store, error, _("Cannot read the contacts"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

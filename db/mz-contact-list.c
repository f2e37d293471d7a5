/* mz-contact-list.c — every contact, for the Contacts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-contact-list.h"
#include "mz-contact-private.h"
#include "mz-row-util.h"

static int
progress_cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* A one-member vector, or NULL. */
static char **
dup_single (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  char **strv;

  if (text == NULL || *text == '\0')
    return NULL;

  strv = g_new0 (char *, 2);
  strv[0] = g_strdup (text);
  return strv;
}

GListModel *
mz_contact_list_load (MzStore                   *store,
                      const MzContactListQuery  *query,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  static const MzContactListQuery all = { 0 };
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_CONTACT);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;

  /* A sequential scan of the table: following the name index would read
   * its pages in random order (seconds on a cold cache). */
  stmt = mz_store_prepare (store,
                           "SELECT c.id, c.partner_id, p.name, c.given_name, c.family_name, "
                           "c.local_name, c.honorific, c.title, c.role, "
                           "CASE WHEN json_valid (c.emails) THEN json_extract (c.emails, '$[0]') END, "
                           "CASE WHEN json_valid (c.phones) THEN json_extract (c.phones, '$[0]') END, "
                           "c.language, c.is_primary, c.forgotten_at "
                           "FROM contact c NOT INDEXED JOIN partner p ON p.id = c.partner_id "
                           "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL "
                           "AND (?1 IS NULL OR p.type = ?1) "
                           "AND (?2 IS NULL OR p.lead_unit_id = ?2)",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query->partner_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->lead_unit_id, -1, SQLITE_STATIC);

  db = mz_store_get_handle (store);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, progress_cancelled_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzContact *c = mz_contact_new ();

      c->id = mz_row_dup_column (stmt, 0);
      c->partner_id = mz_row_dup_column (stmt, 1);
      c->partner_name = mz_row_dup_column (stmt, 2);
      c->given_name = mz_row_dup_column (stmt, 3);
      c->family_name = mz_row_dup_column (stmt, 4);
      c->local_name = mz_row_dup_column (stmt, 5);
      c->honorific = mz_row_dup_column (stmt, 6);
      c->title = mz_row_dup_column (stmt, 7);
      c->role = mz_row_dup_column (stmt, 8);
      c->emails = dup_single (stmt, 9);
      c->phones = dup_single (stmt, 10);
      c->language = mz_row_dup_column (stmt, 11);
      c->is_primary = sqlite3_column_int (stmt, 12) != 0;
      c->forgotten_at = mz_row_dup_column (stmt, 13);
      g_ptr_array_add (rows, c);
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);

  if (rc != SQLITE_DONE)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      mz_store_set_error (store, error, _("Cannot read the contacts"));
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

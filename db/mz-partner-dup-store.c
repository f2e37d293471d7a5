/* mz-partner-dup-store.c — the key table behind the duplicate search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-dup-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-partner-dup-store.h"
#include "mz-row-util.h"

/* Above this many dirty partners one pass over the table is cheaper. */
#define FULL_REBUILD_FROM 2000

/* The source of the keys of live partners, with the e-mail addresses of
 * their live contacts joined by U+001F. */
#define SOURCE_SQL \
  "SELECT p.id, p.name, p.local_name, p.short_name, p.website, " \
  "(SELECT group_concat (j.value, char (31)) FROM contact c, " \
  "  json_each (CASE WHEN json_valid (c.emails) THEN c.emails ELSE '[]' END) j " \
  "  WHERE c.partner_id = p.id AND c.deleted_at IS NULL AND j.type = 'text') " \
  "FROM partner p WHERE p.deleted_at IS NULL AND p.merged_into IS NULL"

static gboolean
insert_keys (MzStore       *store,
             sqlite3_stmt  *source,
             MzDupKeysFunc  func,
             gpointer       user_data,
             GError       **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) emails = NULL;
  const char *joined = (const char *) sqlite3_column_text (source, 5);
  MzDupSource src = {
    .id = (const char *) sqlite3_column_text (source, 0),
    .name = (const char *) sqlite3_column_text (source, 1),
    .local_name = (const char *) sqlite3_column_text (source, 2),
    .short_name = (const char *) sqlite3_column_text (source, 3),
    .website = (const char *) sqlite3_column_text (source, 4),
  };
  sqlite3_stmt *insert;

  if (joined != NULL)
    emails = g_strsplit (joined, "\x1f", -1);
  src.emails = (const char * const *) emails;

  func (&src, keys, user_data);
  if (keys->len == 0)
    return TRUE;

  insert = mz_store_prepare (store,
                             "INSERT OR IGNORE INTO partner_dup_key (kind, key, partner_id) "
                             "VALUES (?, ?, ?)",
                             error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < keys->len; i++)
    {
      const char *k = g_ptr_array_index (keys, i);

      if (strlen (k) < 3 || k[1] != ':')
        continue;
      sqlite3_bind_text (insert, 1, k, 1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, k + 2, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, src.id, -1, SQLITE_STATIC);
      if (!mz_store_step_done (store, insert, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_source (MzStore       *store,
            sqlite3_stmt  *stmt,
            MzDupKeysFunc  func,
            gpointer       user_data,
            GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!insert_keys (store, stmt, func, user_data, error))
      {
        sqlite3_reset (stmt);
        return FALSE;
      }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read the partners to compare"));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char  kind;
  char *key;
  char *partner_id;   /* owned by the partner's row, not by the key */
} Key;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Key *x = a, *y = b;
  int d = (int) x->kind - (int) y->kind;

  if (d == 0)
    d = strcmp (x->key, y->key);
  return d != 0 ? d : strcmp (x->partner_id, y->partner_id);
}

static void
clear_key (gpointer data)
{
  g_free (((Key *) data)->key);
}

/* Every live partner at once (after the migration, or a bulk load): the
 * e-mail addresses in one ordered pass over contacts, the partners in
 * another, and the keys written in their index order, so that SQLite
 * appends to its B-trees instead of touching pages at random. */
static gboolean
rebuild_all (MzStore       *store,
             MzDupKeysFunc  func,
             gpointer       user_data,
             GError       **error)
{
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GPtrArray) partner_keys = g_ptr_array_new_with_free_func (g_free);
  gint64 start = g_get_monotonic_time ();
  sqlite3_stmt *stmt;
  sqlite3_stmt *insert;
  int rc;

  g_array_set_clear_func (keys, clear_key);

  stmt = mz_store_prepare (store,
                           "SELECT c.partner_id, j.value FROM contact c, "
                           "json_each (CASE WHEN json_valid (c.emails) THEN c.emails ELSE '[]' END) j "
                           "WHERE c.deleted_at IS NULL AND c.emails IS NOT NULL AND j.type = 'text' "
                           "ORDER BY c.partner_id",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *list = g_hash_table_lookup (emails, id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (emails, g_strdup (id), list);
        }
      g_ptr_array_add (list, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read the partners to compare"));
      return FALSE;
    }

  stmt = mz_store_prepare (store,
                           "SELECT id, name, local_name, short_name, website FROM partner "
                           "WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY id",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *list = g_hash_table_lookup (emails, id);
      char *owned_id = g_strdup (id);
      MzDupSource src = {
        .id = owned_id,
        .name = (const char *) sqlite3_column_text (stmt, 1),
        .local_name = (const char *) sqlite3_column_text (stmt, 2),
        .short_name = (const char *) sqlite3_column_text (stmt, 3),
        .website = (const char *) sqlite3_column_text (stmt, 4),
      };

      if (list != NULL)
        {
          g_ptr_array_add (list, NULL);
          src.emails = (const char * const *) list->pdata;
        }
      g_ptr_array_add (ids, owned_id);
      g_ptr_array_set_size (partner_keys, 0);
      func (&src, partner_keys, user_data);
      for (guint i = 0; i < partner_keys->len; i++)
        {
          const char *k = g_ptr_array_index (partner_keys, i);
          Key key;

          if (strlen (k) < 3 || k[1] != ':')
            continue;
          key.kind = k[0];
          key.key = g_strdup (k + 2);
          key.partner_id = owned_id;
          g_array_append_val (keys, key);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read the partners to compare"));
      return FALSE;
    }

  g_array_sort (keys, compare_keys);

  if (!mz_store_exec (store, "DELETE FROM partner_dup_key", error))
    return FALSE;
  insert = mz_store_prepare (store,
                             "INSERT OR IGNORE INTO partner_dup_key (kind, key, partner_id) VALUES (?, ?, ?)",
                             error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < keys->len; i++)
    {
      const Key *key = &g_array_index (keys, Key, i);

      sqlite3_bind_text (insert, 1, &key->kind, 1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, key->key, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, key->partner_id, -1, SQLITE_STATIC);
      if (!mz_store_step_done (store, insert, error))
        return FALSE;
    }

  g_debug ("Keyed %u partners for the duplicate search (%u keys) in %.0f ms", ids->len, keys->len,
           (g_get_monotonic_time () - start) / 1000.0);
  return TRUE;
}

static gboolean
rebuild_dirty (MzStore       *store,
               MzDupKeysFunc  func,
               gpointer       user_data,
               GError       **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  sqlite3_stmt *del;
  sqlite3_stmt *source;
  int rc;

  stmt = mz_store_prepare (store, "SELECT partner_id FROM partner_dup_dirty", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not read the partners to compare"));
      return FALSE;
    }
  if (ids->len == 0)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), "*"))
      return rebuild_all (store, func, user_data, error);
  if (ids->len >= FULL_REBUILD_FROM)
    return rebuild_all (store, func, user_data, error);

  del = mz_store_prepare (store, "DELETE FROM partner_dup_key WHERE partner_id = ?", error);
  source = mz_store_prepare (store, SOURCE_SQL " AND p.id = ?", error);
  if (del == NULL || source == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      sqlite3_bind_text (del, 1, id, -1, SQLITE_STATIC);
      if (!mz_store_step_done (store, del, error))
        return FALSE;
      sqlite3_bind_text (source, 1, id, -1, SQLITE_STATIC);
      if (!run_source (store, source, func, user_data, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
mz_partner_dup_store_refresh (MzStore        *store,
                              MzDupKeysFunc   func,
                              gpointer        user_data,
                              GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean own;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = mz_store_prepare (store, "SELECT 1 FROM partner_dup_dirty LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      mz_store_set_error (store, error, _("Could not read the partners to compare"));
      return FALSE;
    }

  own = !mz_store_in_transaction (store);
  if (own && !mz_store_begin (store, error))
    return FALSE;

  if (!rebuild_dirty (store, func, user_data, error) ||
      !mz_store_exec (store, "DELETE FROM partner_dup_dirty", error))
    {
      if (own)
        mz_store_rollback (store);
      return FALSE;
    }

  return !own || mz_store_commit (store, error);
}

static gboolean
collect_ids (MzStore       *store,
             sqlite3_stmt  *stmt,
             GPtrArray     *ids,
             GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not look for duplicate partners"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_partner_dup_store_lookup (MzStore     *store,
                             char         kind,
                             const char  *key,
                             guint        limit,
                             GPtrArray   *ids,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  char k[2] = { kind, '\0' };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (key == NULL || *key == '\0')
    return TRUE;

  stmt = mz_store_prepare (store,
                           "SELECT partner_id FROM partner_dup_key WHERE kind = ? AND key = ? LIMIT ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, k, 1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) MIN (limit, G_MAXINT));
  return collect_ids (store, stmt, ids, error);
}

gboolean
mz_partner_dup_store_member_states (MzStore     *store,
                                    const char  *country,
                                    guint        limit,
                                    GPtrArray   *ids,
                                    GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (country == NULL || *country == '\0')
    return TRUE;

  stmt = mz_store_prepare (store,
                           "SELECT id FROM partner WHERE country = ? AND type = 'member_state' "
                           "AND deleted_at IS NULL AND merged_into IS NULL LIMIT ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, country, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) MIN (limit, G_MAXINT));
  return collect_ids (store, stmt, ids, error);
}

gboolean
mz_partner_dup_store_describe (MzStore     *store,
                               const char  *id,
                               char       **name,
                               char       **country,
                               char       **type,
                               gboolean    *live,
                               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  *live = FALSE;
  stmt = mz_store_prepare (store,
                           "SELECT name, country, type FROM partner WHERE id = ? "
                           "AND deleted_at IS NULL AND merged_into IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *live = TRUE;
      *name = mz_row_dup_column (stmt, 0);
      *country = mz_row_dup_column (stmt, 1);
      *type = mz_row_dup_column (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Could not look for duplicate partners"));
      return FALSE;
    }
  return TRUE;
}

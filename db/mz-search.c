/* mz-search.c — find partners and contacts by any part of their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-row-util.h"
#include "mz-search-hit-private.h"
#include "mz-search.h"

/* The text as typed, trimmed, without control characters (U+001F ends the
 * indexed texts and must not be searched for). */
static char *
clean_query (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/* Case folding as the trigram tokenizer does it (Unicode simple lower
 * case), so that a short query compares with the index's terms. */
static char *
fold (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));

  return g_string_free (out, FALSE);
}

/* The smallest string greater than every string starting with @prefix:
 * the prefix with its last character incremented. */
static char *
prefix_upper_bound (const char *prefix)
{
  const char *last = g_utf8_find_prev_char (prefix, prefix + strlen (prefix));
  GString *out = g_string_new_len (prefix, last - prefix);

  g_string_append_unichar (out, g_utf8_get_char (last) + 1);
  return g_string_free (out, FALSE);
}

static char *
phrase (const char *text)
{
  GString *out = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* Looks up one indexed document; NULL if it is archived or belongs to an
 * archived partner. */
static MzSearchHit *
load_hit (MzStore       *store,
          sqlite3_int64  docid,
          GError       **error)
{
  MzSearchHit *hit = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT 'partner', p.id, NULL, p.name, p.local_name, NULL, NULL, NULL, "
                           "p.type, p.country FROM search_doc d JOIN partner p ON p.id = d.ref_id "
                           "WHERE d.docid = ?1 AND d.kind = 'partner' AND p.deleted_at IS NULL "
                           "UNION ALL "
                           "SELECT 'contact', p.id, c.id, c.given_name, c.family_name, c.local_name, "
                           "c.emails, p.name, p.type, p.country FROM search_doc d "
                           "JOIN contact c ON c.id = d.ref_id JOIN partner p ON p.id = c.partner_id "
                           "WHERE d.docid = ?1 AND d.kind = 'contact' AND c.deleted_at IS NULL "
                           "AND p.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, docid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);

      hit = mz_search_hit_new ();
      hit->kind = g_strdup (kind);
      hit->partner_id = mz_row_dup_column (stmt, 1);
      hit->contact_id = mz_row_dup_column (stmt, 2);
      hit->partner_type = mz_row_dup_column (stmt, 8);
      hit->country = mz_row_dup_column (stmt, 9);

      if (g_str_equal (kind, "partner"))
        {
          hit->title = mz_row_dup_column (stmt, 3);
          hit->subtitle = mz_row_dup_column (stmt, 4);
        }
      else
        {
          const char *given = (const char *) sqlite3_column_text (stmt, 3);
          const char *family = (const char *) sqlite3_column_text (stmt, 4);
          const char *local = (const char *) sqlite3_column_text (stmt, 5);
          g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", given ? given : "",
                                                               family ? family : ""));

          if (*name == '\0' && local != NULL)
            hit->title = g_strdup (local);
          else if (*name == '\0')
            {
              g_auto(GStrv) emails = mz_row_json_to_strv ((const char *) sqlite3_column_text (stmt, 6));

              hit->title = g_strdup (emails ? emails[0] : "");
            }
          else
            hit->title = g_steal_pointer (&name);
          hit->subtitle = mz_row_dup_column (stmt, 7);
        }
    }
  else if (rc != SQLITE_DONE)
    mz_store_set_error (store, error, _("Cannot search"));
  sqlite3_reset (stmt);

  return hit;
}

GListModel *
mz_search_names (MzStore     *store,
                 const char  *text,
                 guint        limit,
                 GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_SEARCH_HIT);
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *query = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *docs;
  glong length;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (limit == 0)
    limit = MZ_SEARCH_PAGE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return G_LIST_MODEL (g_steal_pointer (&list));

  query = clean_query (text);
  length = g_utf8_strlen (query, -1);
  if (length == 0)
    return G_LIST_MODEL (g_steal_pointer (&list));

  if (length >= 3)
    {
      docs = mz_store_prepare (store, "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", error);
      if (docs == NULL)
        return NULL;
      match = phrase (query);
      sqlite3_bind_text (docs, 1, match, -1, SQLITE_STATIC);
    }
  else
    {
      /* Every character of an indexed text begins a trigram (the texts end
       * with two U+001F), so the trigrams that start with the query find
       * every place it occurs. */
      docs = mz_store_prepare (store,
                               "SELECT DISTINCT doc FROM search_vocab WHERE term >= ?1 AND term < ?2",
                               error);
      if (docs == NULL)
        return NULL;
      low = fold (query);
      high = prefix_upper_bound (low);
      sqlite3_bind_text (docs, 1, low, -1, SQLITE_STATIC);
      sqlite3_bind_text (docs, 2, high, -1, SQLITE_STATIC);
    }

  while (partners->len + contacts->len < limit &&
         (rc = sqlite3_step (docs)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      MzSearchHit *hit = load_hit (store, sqlite3_column_int64 (docs, 0), &local_error);

      if (local_error != NULL)
        {
          sqlite3_reset (docs);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (hit != NULL)
        g_ptr_array_add (g_str_equal (hit->kind, "partner") ? partners : contacts, hit);
    }

  if (partners->len + contacts->len < limit && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot search"));
      sqlite3_reset (docs);
      return NULL;
    }
  sqlite3_reset (docs);

  g_list_store_splice (list, 0, 0, partners->pdata, partners->len);
  g_list_store_splice (list, partners->len, 0, contacts->pdata, contacts->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
mz_search_defer_indexing (MzStore  *store,
                          GError  **error)
{
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  return mz_store_set_setting (store, "search_deferred", "1", error);
}

gboolean
mz_search_index_deferred (MzStore  *store,
                          GError  **error)
{
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  /* New search_doc rows get docids above every existing one; index those. */
  return mz_store_exec (store,
                        "CREATE TEMP TABLE IF NOT EXISTS search_mark (last INTEGER);"
                        "DELETE FROM temp.search_mark;"
                        "INSERT INTO temp.search_mark SELECT coalesce (max (docid), 0) FROM search_doc;"
                        "INSERT INTO search_doc (kind, ref_id) "
                        "  SELECT 'partner', p.id FROM partner p "
                        "  WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.ref_id = p.id) ORDER BY p.id;"
                        "INSERT INTO search_doc (kind, ref_id) "
                        "  SELECT 'contact', c.id FROM contact c "
                        "  WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.ref_id = c.id) ORDER BY c.id;"
                        "INSERT INTO search_fts (rowid, text) "
                        "  SELECT d.docid, p.name || char (31) || coalesce (p.local_name, '') || char (31) || "
                        "    coalesce (p.short_name, '') || char (31, 31) "
                        "  FROM search_doc d JOIN partner p ON p.id = d.ref_id "
                        "  WHERE d.docid > (SELECT last FROM temp.search_mark) AND p.deleted_at IS NULL;"
                        "INSERT INTO search_fts (rowid, text) "
                        "  SELECT d.docid, coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') || "
                        "    char (31) || coalesce (c.local_name, '') || char (31) || "
                        "    coalesce (c.emails, '') || char (31, 31) "
                        "  FROM search_doc d JOIN contact c ON c.id = d.ref_id "
                        "  WHERE d.docid > (SELECT last FROM temp.search_mark) AND c.deleted_at IS NULL;"
                        "DELETE FROM temp.search_mark;"
                        "DELETE FROM settings WHERE key = 'search_deferred';",
                        error);
}

gboolean
mz_search_purge (MzStore  *store,
                 GError  **error)
{
  g_return_val_if_fail (mz_store_in_transaction (store), FALSE);

  return mz_store_exec (store, "INSERT INTO search_fts (search_fts) VALUES ('optimize')", error);
}

/* mz-contact-list.c — contacts for the Contacts table, a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact-list"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-list.h"
#include "mz-contact-private.h"
#include "mz-row-util.h"

/* One matching contact while sorting. */
typedef struct
{
  gint64   rowid;
  char    *key;        /* collation key of the sort column, or NULL */
  char    *name_key;   /* collation key of the name, for ties */
  guint32  rank;       /* language and primary sorts */
  gboolean empty;
} Row;

typedef struct
{
  gboolean descending;
  gboolean by_rank;
} SortSpec;

static int
progress_cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static char *
collation_key (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  folded = g_utf8_casefold (text, -1);
  return g_utf8_collate_key (folded, -1);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const Row *x = a, *y = b;
  const SortSpec *spec = data;
  int order;

  /* Empty values last, whichever the direction. */
  if (x->empty != y->empty)
    return x->empty ? 1 : -1;

  if (spec->by_rank)
    order = x->rank < y->rank ? -1 : (x->rank > y->rank);
  else
    order = strcmp (x->key ? x->key : x->name_key, y->key ? y->key : y->name_key);
  if (order == 0)
    order = strcmp (x->name_key, y->name_key);
  if (order == 0)
    order = x->rowid < y->rowid ? -1 : (x->rowid > y->rowid);
  return spec->descending ? -order : order;
}

/* The text the table sorts by, as SQL over c and p. */
static const char *
sort_column (MzContactSort sort)
{
  switch (sort)
    {
    case MZ_CONTACT_SORT_PARTNER:
      return "p.name";
    case MZ_CONTACT_SORT_POSITION:
      return "CASE WHEN c.title IS NOT NULL AND c.role IS NOT NULL "
             "THEN c.title || ' · ' || c.role ELSE coalesce (c.title, c.role) END";
    case MZ_CONTACT_SORT_EMAIL:
      return "CASE WHEN json_valid (c.emails) THEN json_extract (c.emails, '$[0]') END";
    case MZ_CONTACT_SORT_PHONE:
      return "CASE WHEN json_valid (c.phones) THEN json_extract (c.phones, '$[0]') END";
    case MZ_CONTACT_SORT_LANGUAGE:
      return "c.language";
    case MZ_CONTACT_SORT_PRIMARY:
      return "CASE WHEN c.is_primary THEN 'primary' END";
    case MZ_CONTACT_SORT_NAME:
    default:
      return "NULL";
    }
}

static char *
strv_to_json (const char * const *strv)
{
  char *json = mz_row_strv_to_json (strv);

  return json != NULL ? json : g_strdup ("[]");
}

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->name_key);
}

GArray *
mz_contact_list_rowids (MzStore                   *store,
                        const MzContactListQuery  *query,
                        GCancellable              *cancellable,
                        GError                   **error)
{
  static const MzContactListQuery all = { 0 };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) rowids = NULL;
  g_autofree char *search_json = NULL;
  SortSpec spec;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;

  g_array_set_clear_func (rows, clear_row);
  spec.descending = query->descending;
  spec.by_rank = query->sort == MZ_CONTACT_SORT_LANGUAGE || query->sort == MZ_CONTACT_SORT_PRIMARY;

  /* Assembled from constant fragments only; every value is bound. A
   * sequential scan of the table: following the name index would read its
   * pages in random order (seconds on a cold cache). */
  g_string_append_printf (sql,
                          "SELECT c.rowid, %s, coalesce (c.family_name, '') || ' ' || "
                          "coalesce (c.given_name, '') || ' ' || coalesce (c.local_name, '') "
                          "FROM contact c NOT INDEXED JOIN partner p ON p.id = c.partner_id "
                          "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL "
                          "AND (?1 IS NULL OR p.type = ?1) "
                          "AND (?2 IS NULL OR p.lead_unit_id = ?2) "
                          "AND (?3 IS NULL OR c.language = ?3) "
                          "AND (?4 = 0 OR c.is_primary = 1) ",
                          sort_column (query->sort));
  if (query->search_ids != NULL)
    g_string_append (sql, "AND (c.id IN (SELECT value FROM json_each (?5)) "
                          "OR c.partner_id IN (SELECT value FROM json_each (?5))) ");

  stmt = mz_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query->partner_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->lead_unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, query->language, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, query->primary_only ? 1 : 0);
  if (query->search_ids != NULL)
    {
      search_json = strv_to_json (query->search_ids);
      sqlite3_bind_text (stmt, 5, search_json, -1, SQLITE_STATIC);
    }

  db = mz_store_get_handle (store);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, progress_cancelled_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *name = g_strstrip (g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
      Row row = { 0 };

      row.rowid = sqlite3_column_int64 (stmt, 0);
      row.name_key = collation_key (name);

      if (query->sort == MZ_CONTACT_SORT_NAME)
        row.empty = *name == '\0';
      else if (query->sort == MZ_CONTACT_SORT_PRIMARY)
        row.rank = text != NULL ? 0 : 1;
      else if (query->sort == MZ_CONTACT_SORT_LANGUAGE)
        {
          row.empty = text == NULL;
          row.rank = G_MAXUINT32;
          for (guint i = 0; text != NULL && query->language_order != NULL &&
                            query->language_order[i] != NULL; i++)
            if (g_str_equal (query->language_order[i], text))
              row.rank = i;
          if (query->language_order == NULL && text != NULL)
            row.rank = (guint32) text[0] << 8 | (guint8) text[1];
        }
      else
        {
          row.empty = text == NULL || *text == '\0';
          row.key = collation_key (text);
        }
      g_array_append_val (rows, row);

      if (rows->len % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      mz_store_set_error (store, error, _("Cannot read the contacts"));
      return NULL;
    }

  g_array_sort_with_data (rows, compare_rows, &spec);

  rowids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (rowids, g_array_index (rows, Row, i).rowid);

  return g_steal_pointer (&rowids);
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

GPtrArray *
mz_contact_list_fetch (MzStore       *store,
                       const gint64  *rowids,
                       guint          n_rowids,
                       GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_rowids, g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT c.id, c.partner_id, p.name, c.given_name, c.family_name, "
                           "c.local_name, c.title, c.role, "
                           "CASE WHEN json_valid (c.emails) THEN json_extract (c.emails, '$[0]') END, "
                           "CASE WHEN json_valid (c.phones) THEN json_extract (c.phones, '$[0]') END, "
                           "c.language, c.is_primary, c.forgotten_at "
                           "FROM contact c JOIN partner p ON p.id = c.partner_id WHERE c.rowid = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  for (guint n = 0; n < n_rowids; n++)
    {
      MzContact *c = mz_contact_new ();
      int rc;

      sqlite3_bind_int64 (stmt, 1, rowids[n]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          c->id = mz_row_dup_column (stmt, 0);
          c->partner_id = mz_row_dup_column (stmt, 1);
          c->partner_name = mz_row_dup_column (stmt, 2);
          c->given_name = mz_row_dup_column (stmt, 3);
          c->family_name = mz_row_dup_column (stmt, 4);
          c->local_name = mz_row_dup_column (stmt, 5);
          c->title = mz_row_dup_column (stmt, 6);
          c->role = mz_row_dup_column (stmt, 7);
          c->emails = dup_single (stmt, 8);
          c->phones = dup_single (stmt, 9);
          c->language = mz_row_dup_column (stmt, 10);
          c->is_primary = sqlite3_column_int (stmt, 11) != 0;
          c->forgotten_at = mz_row_dup_column (stmt, 12);
        }
      sqlite3_reset (stmt);
      g_ptr_array_add (rows, c);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          mz_store_set_error (store, error, _("Cannot read the contacts"));
          return NULL;
        }
    }

  return g_steal_pointer (&rows);
}

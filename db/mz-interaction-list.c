/* mz-interaction-list.c — interactions for the Interactions table, a page
 * at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-interaction-list"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mz-interaction-list.h"
#include "mz-interaction-private.h"
#include "mz-row-util.h"

static int
progress_cancelled_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* One matching row while sorting. */
typedef struct
{
  gint64       rowid;
  guint32      date;   /* YYYYMMDD */
  guint32      rank;   /* of the sort key among its values */
  const char  *text;   /* the subject, when sorting by it */
} Row;

typedef struct
{
  gboolean descending;
  gboolean by_text;
} SortSpec;

static guint32
date_number (const char *date)
{
  int year = 0, month = 0, day = 0;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return 0;
  return (guint32) (year * 10000 + month * 100 + day);
}

/* The sort column first (in the chosen direction), then newest first. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const Row *x = a, *y = b;
  const SortSpec *spec = data;
  int order = 0;

  if (spec->by_text)
    order = g_ascii_strcasecmp (x->text, y->text);
  else if (x->rank != y->rank)
    order = x->rank < y->rank ? -1 : 1;
  if (order != 0)
    return spec->descending ? -order : order;

  if (x->date != y->date)
    return x->date > y->date ? -1 : 1;
  return x->rowid > y->rowid ? -1 : (x->rowid < y->rowid);
}

/* Sorting by date, the default, sorts one 64-bit key a row: the date
 * above the rowid. A third of the memory of a Row, and no copy after. */
#define KEY_ROWID_BITS 36
#define KEY_ROWID_MASK ((G_GUINT64_CONSTANT (1) << KEY_ROWID_BITS) - 1)

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* Keys (sorted) to rowids in place, newest first if @descending. */
static void
keys_to_rowids (GArray   *keys,
                gboolean  descending)
{
  guint64 *key = (guint64 *) keys->data;
  gint64 *rowid = (gint64 *) keys->data;
  guint n = keys->len;

  for (guint i = 0; i < n; i++)
    rowid[i] = (gint64) (key[i] & KEY_ROWID_MASK);

  for (guint i = 0; descending && i < n / 2; i++)
    {
      gint64 swap = rowid[i];

      rowid[i] = rowid[n - 1 - i];
      rowid[n - 1 - i] = swap;
    }
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const Row *x = a, *y = b;
  const SortSpec *spec = data;
  int order;

  if (x->date != y->date)
    order = x->date < y->date ? -1 : 1;
  else
    order = x->rowid < y->rowid ? -1 : (x->rowid > y->rowid);
  return spec->descending ? -order : order;
}

/* Id → position in @sql's order: the rank of each partner, unit or staff
 * member by name, so that half a million rows sort without a join. */
static GHashTable *
load_ranks (MzStore     *store,
            const char  *sql,
            GError     **error)
{
  g_autoptr(GHashTable) ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = mz_store_prepare (store, sql, error);
  guint rank = 1;
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (ranks, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GUINT_TO_POINTER (rank++));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the interactions"));
      return NULL;
    }
  return g_steal_pointer (&ranks);
}

static const char *
key_column (MzInteractionSort sort)
{
  switch (sort)
    {
    case MZ_INTERACTION_SORT_KIND:
      return "i.kind";
    case MZ_INTERACTION_SORT_PARTNER:
      return "i.partner_id";
    case MZ_INTERACTION_SORT_UNIT:
      return "i.unit_id";
    case MZ_INTERACTION_SORT_STAFF:
      return "i.staff_id";
    case MZ_INTERACTION_SORT_SUBJECT:
      return "i.subject";
    case MZ_INTERACTION_SORT_STATUS:
      return "i.status";
    case MZ_INTERACTION_SORT_DATE:
    default:
      return "NULL";
    }
}

static const char *
rank_query (MzInteractionSort sort)
{
  switch (sort)
    {
    case MZ_INTERACTION_SORT_PARTNER:
      return "SELECT id FROM partner ORDER BY name COLLATE NOCASE, id";
    case MZ_INTERACTION_SORT_UNIT:
      return "SELECT id FROM org_unit ORDER BY code, id";
    case MZ_INTERACTION_SORT_STAFF:
      return "SELECT id FROM staff ORDER BY name COLLATE NOCASE, id";
    case MZ_INTERACTION_SORT_KIND:
      return "SELECT value FROM json_each ('[\"call\",\"email\",\"event\",\"meeting\",\"proposal\",\"visit\"]')";
    case MZ_INTERACTION_SORT_STATUS:
      return "SELECT value FROM json_each ('[\"cancelled\",\"done\",\"planned\"]')";
    case MZ_INTERACTION_SORT_DATE:
    case MZ_INTERACTION_SORT_SUBJECT:
    default:
      return NULL;
    }
}

/* %, _ and \ in @text match themselves. */
static char *
like_pattern (const char *text)
{
  GString *out = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

static char *
strv_to_json (const char * const *strv)
{
  char *json = mz_row_strv_to_json (strv);

  return json != NULL ? json : g_strdup ("[]");
}

GArray *
mz_interaction_list_rowids (MzStore                       *store,
                            const MzInteractionListQuery  *query,
                            GCancellable                  *cancellable,
                            GError                       **error)
{
  static const MzInteractionListQuery all = { .descending = TRUE };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) rowids = NULL;
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GHashTable) ranks = NULL;
  g_autoptr(GStringChunk) texts = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *partners_json = NULL;
  SortSpec spec;
  gboolean search;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;

  if (query->sort == MZ_INTERACTION_SORT_DATE)
    keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  spec.descending = query->descending;
  spec.by_text = query->sort == MZ_INTERACTION_SORT_SUBJECT;
  if (spec.by_text)
    texts = g_string_chunk_new (1 << 20);
  if (rank_query (query->sort) != NULL)
    {
      ranks = load_ranks (store, rank_query (query->sort), error);
      if (ranks == NULL)
        return NULL;
    }

  /* Assembled from constant fragments only; every value is bound. The
   * table is read in its own order (a sequential scan is much faster than
   * following an index for half of the rows) and sorted here. */
  g_string_append_printf (sql, "SELECT i.rowid, i.date, %s FROM interaction i NOT INDEXED "
                          "WHERE i.deleted_at IS NULL "
                          "AND (?1 IS NULL OR i.kind = ?1) "
                          "AND (?2 IS NULL OR i.unit_id = ?2) "
                          "AND (?3 IS NULL OR i.status = ?3) "
                          "AND (?4 IS NULL OR i.date >= ?4) "
                          "AND (?5 IS NULL OR i.date <= ?5) ",
                          key_column (query->sort));
  search = query->partner_ids != NULL || (query->text != NULL && *query->text != '\0');
  if (search)
    g_string_append (sql,
                     "AND (i.partner_id IN (SELECT value FROM json_each (?6)) "
                     "OR (?7 IS NOT NULL AND i.subject LIKE ?7 ESCAPE '\\')) ");

  stmt = mz_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, query->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, query->since, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, query->until, -1, SQLITE_STATIC);
  if (search)
    {
      partners_json = strv_to_json (query->partner_ids);
      if (query->text != NULL && *query->text != '\0')
        pattern = like_pattern (query->text);
      sqlite3_bind_text (stmt, 6, partners_json, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, pattern, -1, SQLITE_STATIC);
    }

  db = mz_store_get_handle (store);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, progress_cancelled_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 2);
      Row row = { 0 };

      row.rowid = sqlite3_column_int64 (stmt, 0);
      row.date = date_number ((const char *) sqlite3_column_text (stmt, 1));

      if (keys != NULL && row.rowid >= 0 && (guint64) row.rowid <= KEY_ROWID_MASK)
        {
          guint64 packed = ((guint64) row.date << KEY_ROWID_BITS) | (guint64) row.rowid;

          g_array_append_val (keys, packed);
          continue;
        }
      if (keys != NULL)
        {
          /* A rowid too large for a key (never made by this app): the
           * general way for all rows. */
          for (guint i = 0; i < keys->len; i++)
            {
              guint64 packed = g_array_index (keys, guint64, i);
              Row kept = { .rowid = (gint64) (packed & KEY_ROWID_MASK),
                           .date = (guint32) (packed >> KEY_ROWID_BITS) };

              g_array_append_val (rows, kept);
            }
          g_clear_pointer (&keys, g_array_unref);
        }

      if (spec.by_text)
        row.text = g_string_chunk_insert_const (texts, key ? key : "");
      else if (ranks != NULL && key != NULL)
        row.rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, key));
      g_array_append_val (rows, row);
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        mz_store_set_error (store, error, _("Cannot read the interactions"));
      return NULL;
    }

  if (keys != NULL)
    {
      g_array_sort (keys, compare_keys);
      keys_to_rowids (keys, query->descending);
      return g_steal_pointer (&keys);
    }

  g_array_sort_with_data (rows, query->sort == MZ_INTERACTION_SORT_DATE ? compare_by_date : compare_rows,
                          &spec);

  rowids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (rowids, g_array_index (rows, Row, i).rowid);

  return g_steal_pointer (&rowids);
}

GPtrArray *
mz_interaction_list_fetch (MzStore       *store,
                           const gint64  *rowids,
                           guint          n_rowids,
                           GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_rowids, g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT i.id, i.partner_id, p.name, i.kind, i.date, i.unit_id, u.code, "
                           "i.staff_id, s.name, i.subject, i.status FROM interaction i "
                           "LEFT JOIN partner p ON p.id = i.partner_id "
                           "LEFT JOIN org_unit u ON u.id = i.unit_id "
                           "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.rowid = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  for (guint n = 0; n < n_rowids; n++)
    {
      MzInteraction *i = mz_interaction_new ();
      int rc;

      sqlite3_bind_int64 (stmt, 1, rowids[n]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          i->id = mz_row_dup_column (stmt, 0);
          i->partner_id = mz_row_dup_column (stmt, 1);
          i->partner_name = mz_row_dup_column (stmt, 2);
          i->kind = mz_row_dup_column (stmt, 3);
          i->date = mz_row_dup_column (stmt, 4);
          i->unit_id = mz_row_dup_column (stmt, 5);
          i->unit_code = mz_row_dup_column (stmt, 6);
          i->staff_id = mz_row_dup_column (stmt, 7);
          i->staff_name = mz_row_dup_column (stmt, 8);
          i->subject = mz_row_dup_column (stmt, 9);
          i->status = mz_row_dup_column (stmt, 10);
        }
      sqlite3_reset (stmt);
      g_ptr_array_add (rows, i);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          mz_store_set_error (store, error, _("Cannot read the interactions"));
          return NULL;
        }
    }

  return g_steal_pointer (&rows);
}

/* mz-partner-store.c — the queries for partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-partner-private.h"
#include "mz-partner-store.h"
#include "mz-row-util.h"

/* Columns shared by insert and update, bound from ?5 on. */
#define EDITABLE_COLUMNS \
  "name, local_name, short_name, type, country, region, status, lead_unit_id, " \
  "account_manager_id, sector_r, sector_t, sector_d, membership_category, " \
  "contributory_units_x16, ceb_contributor_type, iati_org_type, website, tags, notes"

static void
bind_int_or_null (sqlite3_stmt *stmt,
                  int           index,
                  int           value)
{
  if (value > 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds the editable columns from ?5 to ?23 and returns the tags' JSON,
 * which must live until the statement has run. */
static char *
bind_editable (sqlite3_stmt *stmt,
               MzPartner    *p)
{
  char *tags = mz_row_strv_to_json ((const char * const *) p->tags);

  sqlite3_bind_text (stmt, 5, p->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, p->local_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, p->short_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, p->partner_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, p->country, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, p->region, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, p->status ? p->status : "prospect", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, p->lead_unit_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, p->account_manager_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 14, p->sector_r);
  sqlite3_bind_int (stmt, 15, p->sector_t);
  sqlite3_bind_int (stmt, 16, p->sector_d);
  sqlite3_bind_text (stmt, 17, p->membership_category, -1, SQLITE_STATIC);
  bind_int_or_null (stmt, 18, p->contributory_units_x16);
  sqlite3_bind_text (stmt, 19, p->ceb_contributor_type, -1, SQLITE_STATIC);
  bind_int_or_null (stmt, 20, p->iati_org_type);
  sqlite3_bind_text (stmt, 21, p->website, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 22, tags, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 23, p->notes, -1, SQLITE_STATIC);

  return tags;
}

static void
set_stamps (MzPartner        *p,
            const MzRowStamp *stamp,
            gboolean          created)
{
  mz_row_stamp_apply (stamp, created, &p->id, &p->created_at,
                      &p->updated_at, &p->updated_by);
}

gboolean
mz_partner_store_insert (MzStore    *store,
                         MzPartner  *partner,
                         GError    **error)
{
  g_autofree char *tags = NULL;
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);

  stmt = mz_store_prepare (store,
                           "INSERT INTO partner (id, created_at, updated_at, updated_by, "
                           EDITABLE_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                           "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, TRUE, &stamp, error))
    return FALSE;

  mz_row_stamp_bind_insert (stmt, &stamp);
  tags = bind_editable (stmt, partner);

  if (!mz_store_step_done (store, stmt, error))
    return FALSE;

  set_stamps (partner, &stamp, TRUE);
  return TRUE;
}

gboolean
mz_partner_store_update (MzStore    *store,
                         MzPartner  *partner,
                         GError    **error)
{
  g_autofree char *tags = NULL;
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MZ_IS_PARTNER (partner), FALSE);

  stmt = mz_store_prepare (store,
                           "UPDATE partner SET updated_at = ?3, updated_by = ?4, name = ?5, "
                           "local_name = ?6, short_name = ?7, type = ?8, country = ?9, region = ?10, "
                           "status = ?11, lead_unit_id = ?12, account_manager_id = ?13, "
                           "sector_r = ?14, sector_t = ?15, sector_d = ?16, membership_category = ?17, "
                           "contributory_units_x16 = ?18, ceb_contributor_type = ?19, "
                           "iati_org_type = ?20, website = ?21, tags = ?22, notes = ?23 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, partner->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);
  tags = bind_editable (stmt, partner);

  if (!mz_store_step_done (store, stmt, error) ||
      !mz_row_check_changed (store, _("This partner no longer exists."), error))
    return FALSE;

  set_stamps (partner, &stamp, FALSE);
  return TRUE;
}

gboolean
mz_partner_store_set_deleted (MzStore     *store,
                              const char  *id,
                              const char  *deleted_at,
                              GError     **error)
{
  MzRowStamp stamp;
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "UPDATE partner SET deleted_at = ?2, updated_at = ?3, updated_by = ?4 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL || !mz_row_stamp (store, FALSE, &stamp, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp.hlc, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp.actor, -1, SQLITE_STATIC);

  return mz_store_step_done (store, stmt, error) &&
         mz_row_check_changed (store, _("This partner no longer exists."), error);
}

MzPartner *
mz_partner_store_get (MzStore     *store,
                      const char  *id,
                      GError     **error)
{
  g_autoptr(MzPartner) p = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT p.id, p.created_at, p.updated_at, p.updated_by, p.deleted_at, "
                           "p.name, p.local_name, p.short_name, p.type, p.country, p.region, p.status, "
                           "p.lead_unit_id, p.account_manager_id, p.sector_r, p.sector_t, p.sector_d, "
                           "p.membership_category, p.contributory_units_x16, p.ceb_contributor_type, "
                           "p.iati_org_type, p.website, p.tags, p.notes, p.merged_into, u.code, s.name "
                           "FROM partner p LEFT JOIN org_unit u ON u.id = p.lead_unit_id "
                           "LEFT JOIN staff s ON s.id = p.account_manager_id WHERE p.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *tags = NULL;

      p = mz_partner_new ();
      p->id = mz_row_dup_column (stmt, 0);
      p->created_at = mz_row_dup_column (stmt, 1);
      p->updated_at = mz_row_dup_column (stmt, 2);
      p->updated_by = mz_row_dup_column (stmt, 3);
      p->deleted_at = mz_row_dup_column (stmt, 4);
      p->name = mz_row_dup_column (stmt, 5);
      p->local_name = mz_row_dup_column (stmt, 6);
      p->short_name = mz_row_dup_column (stmt, 7);
      p->partner_type = mz_row_dup_column (stmt, 8);
      p->country = mz_row_dup_column (stmt, 9);
      p->region = mz_row_dup_column (stmt, 10);
      p->status = mz_row_dup_column (stmt, 11);
      p->lead_unit_id = mz_row_dup_column (stmt, 12);
      p->account_manager_id = mz_row_dup_column (stmt, 13);
      p->sector_r = sqlite3_column_int (stmt, 14) != 0;
      p->sector_t = sqlite3_column_int (stmt, 15) != 0;
      p->sector_d = sqlite3_column_int (stmt, 16) != 0;
      p->membership_category = mz_row_dup_column (stmt, 17);
      p->contributory_units_x16 = sqlite3_column_int (stmt, 18);
      p->ceb_contributor_type = mz_row_dup_column (stmt, 19);
      p->iati_org_type = sqlite3_column_int (stmt, 20);
      p->website = mz_row_dup_column (stmt, 21);
      p->tags = mz_row_json_to_strv ((const char *) sqlite3_column_text (stmt, 22));
      p->notes = mz_row_dup_column (stmt, 23);
      p->merged_into = mz_row_dup_column (stmt, 24);
      p->lead_unit_code = mz_row_dup_column (stmt, 25);
      p->account_manager_name = mz_row_dup_column (stmt, 26);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("This partner no longer exists."));
  else
    mz_store_set_error (store, error, _("Cannot read the partner"));
  sqlite3_reset (stmt);

  return g_steal_pointer (&p);
}

gboolean
mz_partner_store_exists (MzStore     *store,
                         const char  *id,
                         gboolean     include_archived,
                         gboolean    *exists,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT 1 FROM partner WHERE id = ?1 AND (?2 OR deleted_at IS NULL)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, include_archived);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partner"));
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

char *
mz_partner_store_row_json (MzStore     *store,
                           const char  *id,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "SELECT json_object ('name', name, 'local_name', local_name, "
                           "'short_name', short_name, 'type', type, 'country', country, "
                           "'region', region, 'status', status, 'lead_unit_id', lead_unit_id, "
                           "'account_manager_id', account_manager_id, 'sector_r', sector_r, "
                           "'sector_t', sector_t, 'sector_d', sector_d, "
                           "'membership_category', membership_category, "
                           "'contributory_units_x16', contributory_units_x16, "
                           "'ceb_contributor_type', ceb_contributor_type, "
                           "'iati_org_type', iati_org_type, 'website', website, "
                           "'tags', CASE WHEN json_valid (tags) THEN json (tags) ELSE tags END, "
                           "'notes', notes, 'merged_into', merged_into, 'deleted_at', deleted_at, "
                           "'updated_at', updated_at) FROM partner WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return mz_row_step_json (store, stmt, error);
}

static const char *
sort_column (MzPartnerSort sort)
{
  switch (sort)
    {
    case MZ_PARTNER_SORT_TYPE:
      return "p.type";
    case MZ_PARTNER_SORT_COUNTRY:
      return "p.country";
    case MZ_PARTNER_SORT_REGION:
      return "p.region";
    case MZ_PARTNER_SORT_STATUS:
      return "p.status";
    case MZ_PARTNER_SORT_UPDATED:
      return "p.updated_at";
    case MZ_PARTNER_SORT_NAME:
    default:
      return "p.name COLLATE NOCASE";
    }
}

/* id → display text of a small table (org_unit codes, staff names). */
static GHashTable *
load_names (MzStore     *store,
            const char  *sql,
            GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = mz_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (names, mz_row_dup_column (stmt, 0), mz_row_dup_column (stmt, 1));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partners"));
      return NULL;
    }

  return g_steal_pointer (&names);
}

GListModel *
mz_partner_store_list (MzStore               *store,
                       const MzPartnerQuery  *query,
                       GError               **error)
{
  static const MzPartnerQuery all = { 0 };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_PARTNER);
  g_autoptr(GHashTable) unit_codes = NULL;
  g_autoptr(GHashTable) staff_names = NULL;
  const char *binds[6];
  guint n_binds = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (query == NULL)
    query = &all;

  /* Units and staff are few: looked up in memory rather than joined for
   * each of thousands of rows. */
  unit_codes = load_names (store, "SELECT id, code FROM org_unit", error);
  if (unit_codes == NULL)
    return NULL;
  staff_names = load_names (store, "SELECT id, name FROM staff", error);
  if (staff_names == NULL)
    return NULL;

  /* The SQL is assembled from constant fragments only; values are bound.
   * The statement cache keeps one statement per filter combination. */
  g_string_append (sql,
                   "SELECT p.id, p.name, p.local_name, p.short_name, p.type, p.country, "
                   "p.region, p.status, p.lead_unit_id, p.account_manager_id, "
                   "p.updated_at, p.deleted_at FROM partner p WHERE 1");
  if (!query->include_archived)
    g_string_append (sql, " AND p.deleted_at IS NULL");
#define FILTER(member, fragment) \
  if (query->member != NULL) \
    { \
      g_string_append (sql, fragment); \
      binds[n_binds++] = query->member; \
    }
  FILTER (type, " AND p.type = ?");
  FILTER (region, " AND p.region = ?");
  FILTER (lead_unit_id, " AND p.lead_unit_id = ?");
  FILTER (account_manager_id, " AND p.account_manager_id = ?");
  FILTER (status, " AND p.status = ?");
  FILTER (tag, " AND EXISTS (SELECT 1 FROM json_each (CASE WHEN json_valid (p.tags) "
                "THEN p.tags END) WHERE value = ?)");
#undef FILTER
  g_string_append_printf (sql, " ORDER BY %s %s, p.name COLLATE NOCASE, p.id",
                          sort_column (query->sort), query->descending ? "DESC" : "ASC");

  stmt = mz_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < n_binds; i++)
    sqlite3_bind_text (stmt, i + 1, binds[i], -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzPartner *p = mz_partner_new ();

      p->id = mz_row_dup_column (stmt, 0);
      p->name = mz_row_dup_column (stmt, 1);
      p->local_name = mz_row_dup_column (stmt, 2);
      p->short_name = mz_row_dup_column (stmt, 3);
      p->partner_type = mz_row_dup_column (stmt, 4);
      p->country = mz_row_dup_column (stmt, 5);
      p->region = mz_row_dup_column (stmt, 6);
      p->status = mz_row_dup_column (stmt, 7);
      p->lead_unit_id = mz_row_dup_column (stmt, 8);
      p->account_manager_id = mz_row_dup_column (stmt, 9);
      p->updated_at = mz_row_dup_column (stmt, 10);
      p->deleted_at = mz_row_dup_column (stmt, 11);
      if (p->lead_unit_id != NULL)
        p->lead_unit_code = g_strdup (g_hash_table_lookup (unit_codes, p->lead_unit_id));
      if (p->account_manager_id != NULL)
        p->account_manager_name = g_strdup (g_hash_table_lookup (staff_names, p->account_manager_id));
      g_ptr_array_add (rows, p);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the partners"));
      return NULL;
    }

  /* One splice: one items-changed signal instead of one per row. */
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
mz_partner_store_count (MzStore   *store,
                        gboolean   include_archived,
                        gint64    *count,
                        GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store, "SELECT count(*) FROM partner WHERE ?1 OR deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, include_archived);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    mz_store_set_error (store, error, _("Cannot read the partners"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

/* mz-totals.c — the queries behind the CHF totals
 *
 * Every query takes the same parameters: ?1 the first date counted
 * (YYYY-MM-DD, or "0000" for all), ?2 the first date no longer counted
 * ("9999" for all), ?3 a donor partner id or NULL, ?4 the valuation date.
 * The SQL text is assembled from constant fragments of this file only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-totals"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-totals.h"

#define SIGNED_WHERE \
  "c.deleted_at IS NULL AND c.stage IN ('signed', 'active', 'completed') " \
  "AND c.signed_amount IS NOT NULL AND c.signed_date >= ?1 AND c.signed_date < ?2 " \
  "AND (?3 IS NULL OR c.donor_partner_id = ?3)"

#define PIPELINE_AMOUNT "coalesce (c.expected_amount, c.ask_amount)"
#define PIPELINE_DATE "coalesce (c.start_date, substr (c.created_at, 1, 10))"
#define PIPELINE_WHERE \
  "c.deleted_at IS NULL AND c.stage IN ('identified', 'approached', 'proposal', 'negotiation') " \
  "AND " PIPELINE_AMOUNT " IS NOT NULL AND c.probability > 0 " \
  "AND " PIPELINE_DATE " >= ?1 AND " PIPELINE_DATE " < ?2 " \
  "AND (?3 IS NULL OR c.donor_partner_id = ?3)"

/* Payments per commitment first: one pass over the payment index. */
#define PAID_PER_COMMITMENT \
  "WITH pc AS (SELECT commitment_id, sum (amount_chf) AS s FROM payment " \
  "  WHERE deleted_at IS NULL AND date >= ?1 AND date < ?2 GROUP BY commitment_id) "
#define PAID_WHERE "c.deleted_at IS NULL AND (?3 IS NULL OR c.donor_partner_id = ?3)"

#define INKIND_WHERE \
  "k.deleted_at IS NULL AND k.fair_value_chf IS NOT NULL " \
  "AND ((k.start_date IS NULL AND ?1 = '0000') OR (k.start_date >= ?1 AND k.start_date < ?2)) " \
  "AND (?3 IS NULL OR k.partner_id = ?3)"

#define NOT_ALLOCATED \
  "NOT EXISTS (SELECT 1 FROM allocation a WHERE a.commitment_id = c.id AND a.deleted_at IS NULL)"

/* The key of a grouping through allocations, or of a commitment. */
static const char *
allocation_key (MzTotalsGroup group)
{
  switch (group)
    {
    case MZ_TOTALS_BY_UNIT:
      return "a.unit_id";
    case MZ_TOTALS_BY_INITIATIVE:
      return "a.initiative_id";
    case MZ_TOTALS_BY_INITIATIVE_PARTNER:
      return "a.initiative_id || ' ' || c.donor_partner_id";
    case MZ_TOTALS_BY_YEAR:
    case MZ_TOTALS_BY_PARTNER:
    default:
      return NULL;
    }
}

static const char *
allocation_condition (MzTotalsGroup group)
{
  return group == MZ_TOTALS_BY_UNIT ? "a.unit_id IS NOT NULL" : "a.initiative_id IS NOT NULL";
}

static char *
signed_sql (MzTotalsGroup group)
{
  const char *key = allocation_key (group);

  if (key == NULL)
    return g_strdup_printf ("SELECT %s, c.currency, substr (c.signed_date, 1, 7), sum (c.signed_amount), 1, 1 "
                            "FROM commitment c WHERE " SIGNED_WHERE " GROUP BY 1, 2, 3",
                            group == MZ_TOTALS_BY_YEAR ? "substr (c.signed_date, 1, 4)" : "c.donor_partner_id");

  return g_strdup_printf ("SELECT %s, c.currency, substr (c.signed_date, 1, 7), "
                          "  sum (CASE WHEN a.percent_bp IS NOT NULL THEN c.signed_amount * a.percent_bp "
                          "       ELSE a.amount * 10000 END), 1, 10000 "
                          "FROM commitment c JOIN allocation a ON a.commitment_id = c.id "
                          "  AND a.deleted_at IS NULL AND %s "
                          "WHERE " SIGNED_WHERE " GROUP BY 1, 2, 3 "
                          "UNION ALL "
                          "SELECT NULL, c.currency, substr (c.signed_date, 1, 7), sum (c.signed_amount), 1, 1 "
                          "FROM commitment c WHERE " SIGNED_WHERE " AND " NOT_ALLOCATED " GROUP BY 2, 3",
                          key, allocation_condition (group));
}

static char *
received_sql (MzTotalsGroup group)
{
  const char *key = allocation_key (group);

  if (group == MZ_TOTALS_BY_YEAR)
    return g_strdup ("SELECT substr (p.date, 1, 4), NULL, NULL, sum (p.amount_chf), 1, 1 FROM payment p "
                     "WHERE p.deleted_at IS NULL AND p.date >= ?1 AND p.date < ?2 "
                     "AND p.commitment_id NOT IN (SELECT id FROM commitment WHERE deleted_at IS NOT NULL) "
                     "AND (?3 IS NULL OR p.commitment_id IN (SELECT id FROM commitment WHERE donor_partner_id = ?3)) "
                     "GROUP BY 1");

  if (key == NULL)
    return g_strdup (PAID_PER_COMMITMENT
                     "SELECT c.donor_partner_id, NULL, NULL, sum (pc.s), 1, 1 "
                     "FROM pc JOIN commitment c ON c.id = pc.commitment_id WHERE " PAID_WHERE " GROUP BY 1");

  /* Shares by percentage add up exactly before one division; shares by
   * amount are a fraction of the signed amount, one row each. */
  return g_strdup_printf (PAID_PER_COMMITMENT
                          "SELECT %s, NULL, NULL, sum (pc.s * a.percent_bp), 1, 10000 "
                          "FROM pc JOIN commitment c ON c.id = pc.commitment_id "
                          "JOIN allocation a ON a.commitment_id = c.id AND a.deleted_at IS NULL "
                          "  AND a.percent_bp IS NOT NULL AND %s "
                          "WHERE " PAID_WHERE " GROUP BY 1 "
                          "UNION ALL "
                          "SELECT %s, NULL, NULL, pc.s, a.amount, c.signed_amount "
                          "FROM pc JOIN commitment c ON c.id = pc.commitment_id "
                          "JOIN allocation a ON a.commitment_id = c.id AND a.deleted_at IS NULL "
                          "  AND a.amount IS NOT NULL AND %s "
                          "WHERE " PAID_WHERE " AND c.signed_amount > 0 "
                          "UNION ALL "
                          "SELECT NULL, NULL, NULL, sum (pc.s), 1, 1 "
                          "FROM pc JOIN commitment c ON c.id = pc.commitment_id "
                          "WHERE " PAID_WHERE " AND " NOT_ALLOCATED,
                          key, allocation_condition (group), key, allocation_condition (group));
}

static char *
pipeline_sql (MzTotalsGroup group)
{
  const char *key = allocation_key (group);

  if (key == NULL)
    return g_strdup_printf ("SELECT %s, c.currency, NULL, sum (" PIPELINE_AMOUNT " * c.probability), 1, 100 "
                            "FROM commitment c WHERE " PIPELINE_WHERE " GROUP BY 1, 2",
                            group == MZ_TOTALS_BY_YEAR ? "substr (" PIPELINE_DATE ", 1, 4)" : "c.donor_partner_id");

  return g_strdup_printf ("SELECT %s, c.currency, NULL, "
                          "  sum (CASE WHEN a.percent_bp IS NOT NULL "
                          "       THEN " PIPELINE_AMOUNT " * c.probability * a.percent_bp "
                          "       ELSE a.amount * c.probability * 10000 END), 1, 1000000 "
                          "FROM commitment c JOIN allocation a ON a.commitment_id = c.id "
                          "  AND a.deleted_at IS NULL AND %s "
                          "WHERE " PIPELINE_WHERE " GROUP BY 1, 2 "
                          "UNION ALL "
                          "SELECT NULL, c.currency, NULL, sum (" PIPELINE_AMOUNT " * c.probability), 1, 100 "
                          "FROM commitment c WHERE " PIPELINE_WHERE " AND " NOT_ALLOCATED " GROUP BY 2",
                          key, allocation_condition (group));
}

static char *
inkind_sql (MzTotalsGroup group)
{
  const char *key;

  switch (group)
    {
    case MZ_TOTALS_BY_UNIT:
      key = "k.unit_id";
      break;
    case MZ_TOTALS_BY_INITIATIVE:
      key = "k.initiative_id";
      break;
    case MZ_TOTALS_BY_PARTNER:
      key = "k.partner_id";
      break;
    case MZ_TOTALS_BY_INITIATIVE_PARTNER:
      key = "k.initiative_id || ' ' || k.partner_id";
      break;
    case MZ_TOTALS_BY_YEAR:
    default:
      key = "substr (k.start_date, 1, 4)";
      break;
    }

  return g_strdup_printf ("SELECT %s, NULL, NULL, sum (k.fair_value_chf), 1, 1 FROM inkind k "
                          "WHERE " INKIND_WHERE " GROUP BY 1", key);
}

gboolean
mz_totals_store_foreach (MzStore               *store,
                         MzTotalsMeasure        measure,
                         MzTotalsGroup          group,
                         const MzTotalsFilter  *filter,
                         const char            *as_of,
                         MzTotalsFactFunc       func,
                         gpointer               user_data,
                         GError               **error)
{
  static const MzTotalsFilter all = { 0 };
  g_autofree char *sql = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (filter == NULL)
    filter = &all;

  switch (measure)
    {
    case MZ_TOTALS_SIGNED:
      sql = signed_sql (group);
      break;
    case MZ_TOTALS_RECEIVED:
      sql = received_sql (group);
      break;
    case MZ_TOTALS_PIPELINE:
      sql = pipeline_sql (group);
      break;
    case MZ_TOTALS_INKIND:
    default:
      sql = inkind_sql (group);
      break;
    }

  stmt = mz_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  from = filter->year_from > 0 ? g_strdup_printf ("%04d-01-01", filter->year_from) : g_strdup ("0000");
  to = filter->year_to > 0 ? g_strdup_printf ("%04d-01-01", filter->year_to + 1) : g_strdup ("9999");
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, filter->partner_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, as_of, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzTotalsFact fact;

      if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
        continue;   /* an empty group of an aggregate without GROUP BY */

      fact.key = (const char *) sqlite3_column_text (stmt, 0);
      fact.currency = (const char *) sqlite3_column_text (stmt, 1);
      fact.month = (const char *) sqlite3_column_text (stmt, 2);
      fact.amount = sqlite3_column_int64 (stmt, 3);
      fact.num = sqlite3_column_int64 (stmt, 4);
      fact.den = sqlite3_column_int64 (stmt, 5);
      if (fact.den <= 0 || fact.num < 0)
        continue;
      func (&fact, user_data);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot add up the amounts"));
      return FALSE;
    }
  return TRUE;
}

GHashTable *
mz_totals_store_parents (MzStore     *store,
                         const char  *table,
                         GError     **error)
{
  g_autoptr(GHashTable) parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  /* The table name is one of ours, never user text. */
  g_return_val_if_fail (g_strcmp0 (table, "org_unit") == 0 || g_strcmp0 (table, "initiative") == 0, NULL);

  stmt = mz_store_prepare (store,
                           g_strcmp0 (table, "org_unit") == 0
                             ? "SELECT id, parent_id FROM org_unit WHERE deleted_at IS NULL"
                             : "SELECT id, parent_id FROM initiative WHERE deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (parents, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the units and initiatives"));
      return NULL;
    }
  return g_steal_pointer (&parents);
}

/* Aggregates of schema 3 ------------------------------------------------- */

gboolean
mz_totals_store_n_dirty (MzStore  *store,
                         gint64   *n,
                         GError  **error)
{
  sqlite3_stmt *stmt = mz_store_prepare (store, "SELECT count(*) FROM money_dirty", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *n = sqlite3_column_int64 (stmt, 0);
  else
    mz_store_set_error (store, error, _("Cannot add up the amounts"));
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

static gint64
column_amount (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? G_MININT64 : sqlite3_column_int64 (stmt, column);
}

/* The three statements are ordered by commitment id and merged. */
gboolean
mz_totals_store_foreach_source (MzStore              *store,
                                gboolean              all,
                                MzTotalsSourceFunc    func,
                                gpointer              user_data,
                                GError              **error)
{
  sqlite3_stmt *commitments, *allocations, *payments;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) percents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) received = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc_c, rc_a, rc_p;
  gboolean ok = TRUE;

  commitments = mz_store_prepare (store,
                                  all
                                  ? "SELECT id, deleted_at IS NULL, stage, donor_partner_id, currency, signed_amount, "
                                    "signed_date, coalesce (expected_amount, ask_amount), probability, "
                                    "coalesce (start_date, substr (created_at, 1, 10)) FROM commitment ORDER BY id"
                                  : "SELECT c.id, c.deleted_at IS NULL, c.stage, c.donor_partner_id, c.currency, "
                                    "c.signed_amount, c.signed_date, coalesce (c.expected_amount, c.ask_amount), "
                                    "c.probability, coalesce (c.start_date, substr (c.created_at, 1, 10)) "
                                    "FROM money_dirty d JOIN commitment c ON c.id = d.commitment_id ORDER BY c.id",
                                  error);
  if (commitments == NULL)
    return FALSE;
  allocations = mz_store_prepare (store,
                                  all
                                  ? "SELECT commitment_id, unit_id, initiative_id, percent_bp, amount FROM allocation "
                                    "WHERE deleted_at IS NULL ORDER BY commitment_id"
                                  : "SELECT a.commitment_id, a.unit_id, a.initiative_id, a.percent_bp, a.amount "
                                    "FROM money_dirty d JOIN allocation a ON a.commitment_id = d.commitment_id "
                                    "AND a.deleted_at IS NULL ORDER BY a.commitment_id",
                                  error);
  if (allocations == NULL)
    return FALSE;
  payments = mz_store_prepare (store,
                               all
                               ? "SELECT commitment_id, CAST (substr (date, 1, 4) AS INTEGER), sum (amount_chf) "
                                 "FROM payment WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2"
                               : "SELECT p.commitment_id, CAST (substr (p.date, 1, 4) AS INTEGER), sum (p.amount_chf) "
                                 "FROM money_dirty d JOIN payment p ON p.commitment_id = d.commitment_id "
                                 "AND p.deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2",
                               error);
  if (payments == NULL)
    return FALSE;

  rc_a = sqlite3_step (allocations);
  rc_p = sqlite3_step (payments);
  while ((rc_c = sqlite3_step (commitments)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (commitments, 0);
      MzTotalsSource source = { 0 };

      g_ptr_array_set_size (units, 0);
      g_ptr_array_set_size (initiatives, 0);
      g_array_set_size (percents, 0);
      g_array_set_size (amounts, 0);
      g_array_set_size (years, 0);
      g_array_set_size (received, 0);

      /* Rows of commitments that no longer exist are skipped. */
      while (rc_a == SQLITE_ROW && strcmp ((const char *) sqlite3_column_text (allocations, 0), id) < 0)
        rc_a = sqlite3_step (allocations);
      while (rc_a == SQLITE_ROW && strcmp ((const char *) sqlite3_column_text (allocations, 0), id) == 0)
        {
          int bp = sqlite3_column_type (allocations, 3) == SQLITE_NULL ? -1 : sqlite3_column_int (allocations, 3);
          gint64 amount = column_amount (allocations, 4);

          g_ptr_array_add (units, g_strdup ((const char *) sqlite3_column_text (allocations, 1)));
          g_ptr_array_add (initiatives, g_strdup ((const char *) sqlite3_column_text (allocations, 2)));
          g_array_append_val (percents, bp);
          g_array_append_val (amounts, amount);
          rc_a = sqlite3_step (allocations);
        }
      while (rc_p == SQLITE_ROW && strcmp ((const char *) sqlite3_column_text (payments, 0), id) < 0)
        rc_p = sqlite3_step (payments);
      while (rc_p == SQLITE_ROW && strcmp ((const char *) sqlite3_column_text (payments, 0), id) == 0)
        {
          int year = sqlite3_column_int (payments, 1);
          gint64 chf = sqlite3_column_int64 (payments, 2);

          g_array_append_val (years, year);
          g_array_append_val (received, chf);
          rc_p = sqlite3_step (payments);
        }

      source.id = id;
      source.live = sqlite3_column_int (commitments, 1);
      source.stage = (const char *) sqlite3_column_text (commitments, 2);
      source.donor_partner_id = (const char *) sqlite3_column_text (commitments, 3);
      source.currency = (const char *) sqlite3_column_text (commitments, 4);
      source.signed_amount = column_amount (commitments, 5);
      source.signed_date = (const char *) sqlite3_column_text (commitments, 6);
      source.pipeline_amount = column_amount (commitments, 7);
      source.probability = sqlite3_column_int (commitments, 8);
      source.pipeline_date = (const char *) sqlite3_column_text (commitments, 9);
      source.n_allocations = units->len;
      source.unit_ids = (const char * const *) units->pdata;
      source.initiative_ids = (const char * const *) initiatives->pdata;
      source.percent_bp = (const int *) (void *) percents->data;
      source.amounts = (const gint64 *) (void *) amounts->data;
      source.n_years = years->len;
      source.received_years = (const int *) (void *) years->data;
      source.received_chf = (const gint64 *) (void *) received->data;
      func (&source, user_data);
    }

  if (rc_c != SQLITE_DONE || (rc_a != SQLITE_DONE && rc_a != SQLITE_ROW) ||
      (rc_p != SQLITE_DONE && rc_p != SQLITE_ROW))
    {
      mz_store_set_error (store, error, _("Cannot add up the amounts"));
      ok = FALSE;
    }
  sqlite3_reset (commitments);
  sqlite3_reset (allocations);
  sqlite3_reset (payments);
  return ok;
}

gboolean
mz_totals_store_forget_dirty (MzStore  *store,
                              GError  **error)
{
  return mz_store_exec (store,
                        "DELETE FROM money_fact WHERE commitment_id IN (SELECT commitment_id FROM money_dirty)",
                        error);
}

gboolean
mz_totals_store_insert_fact (MzStore                 *store,
                             const MzTotalsCubeFact  *fact,
                             GError                 **error)
{
  char grp[2] = { fact->grp, 0 };
  char measure[2] = { fact->measure, 0 };
  sqlite3_stmt *stmt;

  stmt = mz_store_prepare (store,
                           "INSERT INTO money_fact (commitment_id, grp, measure, key, year, currency, value) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, fact->commitment_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, grp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, fact->key ? fact->key : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, fact->year);
  sqlite3_bind_text (stmt, 6, fact->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, fact->value);
  return mz_store_step_done (store, stmt, error);
}

gboolean
mz_totals_store_clear_dirty (MzStore  *store,
                             GError  **error)
{
  return mz_store_exec (store, "DELETE FROM money_dirty", error);
}

gboolean
mz_totals_store_begin_rebuild (MzStore  *store,
                               GError  **error)
{
  return mz_store_exec (store,
                        "INSERT OR REPLACE INTO settings (key, value) VALUES ('money_rebuild', '1');"
                        "DELETE FROM money_fact;"
                        "DELETE FROM money_cube;",
                        error);
}

gboolean
mz_totals_store_end_rebuild (MzStore  *store,
                             GError  **error)
{
  return mz_store_exec (store,
                        "INSERT INTO money_cube (grp, key, measure, year, currency, value, n) "
                        "  SELECT grp, key, measure, year, currency, sum (value), count (*) FROM money_fact "
                        "  GROUP BY grp, key, measure, year, currency;"
                        "DELETE FROM money_dirty;"
                        "DELETE FROM settings WHERE key IN ('money_rebuild', 'money_deferred');",
                        error);
}

gboolean
mz_totals_store_defer (MzStore  *store,
                       GError  **error)
{
  return mz_store_exec (store,
                        "INSERT OR REPLACE INTO settings (key, value) VALUES ('money_deferred', '1')",
                        error);
}

gboolean
mz_totals_store_foreach_cube (MzStore          *store,
                              char              grp,
                              int               year_from,
                              int               year_to,
                              const char       *key,
                              MzTotalsCubeFunc  func,
                              gpointer          user_data,
                              GError          **error)
{
  char grp_text[2] = { grp, 0 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT key, measure, year, currency, value, n FROM money_cube "
                           "WHERE grp = ?1 AND (?2 IS NULL OR key = ?2) AND year >= ?3 AND year <= ?4",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, grp_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, year_from > 0 ? year_from : G_MININT32);
  sqlite3_bind_int (stmt, 4, year_to > 0 ? year_to : G_MAXINT32);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func ((const char *) sqlite3_column_text (stmt, 0), ((const char *) sqlite3_column_text (stmt, 1))[0],
          sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 3),
          sqlite3_column_int64 (stmt, 4), sqlite3_column_int64 (stmt, 5), user_data);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot add up the amounts"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_totals_store_foreach_cube_prefix (MzStore          *store,
                                     char              grp,
                                     const char       *prefix,
                                     MzTotalsCubeFunc  func,
                                     gpointer          user_data,
                                     GError          **error)
{
  char grp_text[2] = { grp, 0 };
  g_autofree char *end = NULL;
  sqlite3_stmt *stmt;
  gsize len = strlen (prefix);
  int rc;

  /* The keys from @prefix up to, not including, @prefix with its last
   * byte raised: a range of the primary key. */
  g_return_val_if_fail (len > 0, FALSE);
  end = g_strdup (prefix);
  end[len - 1]++;

  stmt = mz_store_prepare (store,
                           "SELECT key, measure, year, currency, value, n FROM money_cube "
                           "WHERE grp = ?1 AND key >= ?2 AND key < ?3",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, grp_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, prefix, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func ((const char *) sqlite3_column_text (stmt, 0), ((const char *) sqlite3_column_text (stmt, 1))[0],
          sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 3),
          sqlite3_column_int64 (stmt, 4), sqlite3_column_int64 (stmt, 5), user_data);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot add up the amounts"));
      return FALSE;
    }
  return TRUE;
}

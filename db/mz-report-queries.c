/* mz-report-queries.c — the read-only queries behind the Excel report pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report-queries"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-report-queries.h"

/* Prefetching: a thread of its own steps the statement and copies the
 * rows into batches while the caller writes the rows before them; at most
 * MAX_BATCHES wait, so memory stays flat. */
#define BATCH_ROWS  2048
#define MAX_BATCHES 4

typedef struct
{
  int    type;    /* SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL */
  gint64 number;  /* INTEGER; FLOAT rounded toward zero */
  gsize  offset;  /* TEXT, BLOB: in the batch's text */
} Value;

typedef struct
{
  guint    n_rows;
  Value   *values;  /* n_rows × n_columns */
  GString *text;
  gboolean last;    /* no batch after this one */
  int      rc;      /* of the last step, when @last */
} Batch;

typedef struct
{
  GThread *thread;
  GMutex   lock;
  GCond    cond;
  GQueue   ready;    /* Batch, under the lock */
  gboolean stop;     /* under the lock */
  gboolean finished; /* the last batch is made; under the lock */
  int      n_columns;
  Batch   *current;  /* the consumer's */
  int      row;      /* in @current */
} Prefetch;

struct _MzReportRows
{
  MzStore      *store;
  sqlite3_stmt *stmt;
  Prefetch     *prefetch;  /* NULL: rows come straight from @stmt */
};

/* The scope as common table expressions, shared by every query:
 *   su  the unit and every office under it
 *   si  the initiative and its sub-initiatives
 *   sa  allocations in scope (every allocation without a filter)
 *   sc  commitments in scope
 *   sp  partners in scope
 * Parameters: :unit, :initiative (NULL: no filter). */
#define SCOPE_CTE \
  "WITH RECURSIVE " \
  "su (id) AS (" \
  "  SELECT id FROM org_unit WHERE code = :unit AND deleted_at IS NULL" \
  "  UNION SELECT o.id FROM org_unit o JOIN su ON o.parent_id = su.id" \
  "  WHERE o.deleted_at IS NULL), " \
  "si (id) AS (" \
  "  SELECT id FROM initiative WHERE id = :initiative AND deleted_at IS NULL" \
  "  UNION SELECT i.id FROM initiative i JOIN si ON i.parent_id = si.id" \
  "  WHERE i.deleted_at IS NULL), " \
  "sa AS MATERIALIZED (" \
  "  SELECT a.commitment_id, a.unit_id, a.initiative_id, a.percent_bp, a.amount" \
  "  FROM allocation a WHERE a.deleted_at IS NULL" \
  "    AND (:unit IS NULL OR a.unit_id IN su)" \
  "    AND (:initiative IS NULL OR a.initiative_id IN si)), " \
  "sc (id) AS MATERIALIZED (" \
  "  SELECT c.id FROM commitment c WHERE c.deleted_at IS NULL" \
  "    AND ((:unit IS NULL AND :initiative IS NULL)" \
  "         OR c.id IN (SELECT commitment_id FROM sa))), " \
  "sp (id) AS MATERIALIZED (" \
  "  SELECT p.id FROM partner p WHERE p.deleted_at IS NULL AND p.merged_into IS NULL" \
  "    AND ((:unit IS NULL AND :initiative IS NULL)" \
  "         OR p.id IN (SELECT donor_partner_id FROM commitment WHERE id IN sc)" \
  "         OR p.id IN (SELECT payer_partner_id FROM commitment WHERE id IN sc)" \
  "         OR p.id IN (SELECT k.partner_id FROM inkind k WHERE k.deleted_at IS NULL" \
  "                     AND (:unit IS NULL OR k.unit_id IN su)" \
  "                     AND (:initiative IS NULL OR k.initiative_id IN si))" \
  "         OR (:initiative IS NULL AND p.lead_unit_id IN su))) "

/* A row in scope: without a filter, every row, and sc is never built. */
#define IN_SC(column) "((:unit IS NULL AND :initiative IS NULL) OR " column " IN sc)"

/* Period parameters: :from (first day), :until (first day after),
 * :year_from, :year_to, :asof, :personal. */

#define CONTACT_NAME(ct) \
  "trim (coalesce (" ct ".given_name, '') || ' ' || coalesce (" ct ".family_name, '')" \
  " || coalesce (' (' || " ct ".local_name || ')', ''))"

/* Helpers */

static void
bind_text (sqlite3_stmt *stmt,
           const char   *name,
           const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static void
bind_int (sqlite3_stmt *stmt,
          const char   *name,
          gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_scope (sqlite3_stmt        *stmt,
            const MzReportScope *scope)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", scope->year_from);
  g_autofree char *until = g_strdup_printf ("%04d-01-01", scope->year_to + 1);

  bind_text (stmt, ":unit", scope->unit_code);
  bind_text (stmt, ":initiative", scope->initiative_id);
  bind_text (stmt, ":from", from);
  bind_text (stmt, ":until", until);
  bind_int (stmt, ":year_from", scope->year_from);
  bind_int (stmt, ":year_to", scope->year_to);
  bind_text (stmt, ":asof", scope->as_of);
  bind_int (stmt, ":personal", scope->personal ? 1 : 0);
}

static MzReportRows *
rows_new (MzStore             *store,
          const char          *sql,
          const MzReportScope *scope,
          GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  MzReportRows *rows;

  if (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      mz_store_set_error (store, error, _("Cannot read the records for the report"));
      sqlite3_finalize (stmt);
      return NULL;
    }

  if (scope != NULL)
    bind_scope (stmt, scope);

  rows = g_new0 (MzReportRows, 1);
  rows->store = g_object_ref (store);
  rows->stmt = stmt;
  return rows;
}

/* Prefetching */

static void
batch_free (Batch *batch)
{
  g_free (batch->values);
  g_string_free (batch->text, TRUE);
  g_free (batch);
}

static void
prefetch_free (Prefetch *prefetch)
{
  g_queue_clear_full (&prefetch->ready, (GDestroyNotify) batch_free);
  g_clear_pointer (&prefetch->current, batch_free);
  g_mutex_clear (&prefetch->lock);
  g_cond_clear (&prefetch->cond);
  g_free (prefetch);
}

/* Copies the statement's current row into @batch. Each sqlite3_column_*()
 * call takes the connection's mutex; the value is fetched once a column
 * instead, and read with sqlite3_value_*(), which do not: nothing else
 * uses the connection meanwhile (see mz_report_rows_prefetch()). */
static void
copy_row (sqlite3_stmt *stmt,
          Batch        *batch,
          int           n_columns)
{
  Value *values = batch->values + (gsize) batch->n_rows * n_columns;

  for (int i = 0; i < n_columns; i++)
    {
      sqlite3_value *value = sqlite3_column_value (stmt, i);

      values[i].type = sqlite3_value_type (value);
      switch (values[i].type)
        {
        case SQLITE_INTEGER:
          values[i].number = sqlite3_value_int64 (value);
          break;
        case SQLITE_FLOAT:
          values[i].number = (gint64) sqlite3_value_double (value);
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
          {
            const char *text = (const char *) sqlite3_value_text (value);

            values[i].offset = batch->text->len;
            g_string_append_len (batch->text, text, sqlite3_value_bytes (value));
            g_string_append_c (batch->text, '\0');
            break;
          }
        default:
          break;
        }
    }
  batch->n_rows++;
}

/* The producer: batches of rows until the end, an error or stop. */
static gpointer
prefetch_thread (gpointer data)
{
  MzReportRows *rows = data;
  Prefetch *prefetch = rows->prefetch;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_new0 (Batch, 1);
      gboolean stop;

      batch->values = g_new (Value, (gsize) BATCH_ROWS * MAX (prefetch->n_columns, 1));
      batch->text = g_string_sized_new (BATCH_ROWS * 32);
      batch->rc = SQLITE_ROW;
      while (batch->n_rows < BATCH_ROWS &&
             (batch->rc = sqlite3_step (rows->stmt)) == SQLITE_ROW)
        copy_row (rows->stmt, batch, prefetch->n_columns);
      last = batch->last = batch->rc != SQLITE_ROW;

      g_mutex_lock (&prefetch->lock);
      while (g_queue_get_length (&prefetch->ready) >= MAX_BATCHES && !prefetch->stop)
        g_cond_wait (&prefetch->cond, &prefetch->lock);
      stop = prefetch->stop;
      prefetch->finished = last;
      if (!stop)
        {
          g_queue_push_tail (&prefetch->ready, batch);
          g_cond_broadcast (&prefetch->cond);
        }
      g_mutex_unlock (&prefetch->lock);

      if (stop)
        {
          batch_free (batch);
          break;
        }
    }

  return NULL;
}

static gboolean
prefetch_next (MzReportRows  *rows,
               GError       **error)
{
  Prefetch *prefetch = rows->prefetch;

  for (;;)
    {
      Batch *batch = prefetch->current;

      if (batch != NULL)
        {
          if (prefetch->row + 1 < (int) batch->n_rows)
            {
              prefetch->row++;
              return TRUE;
            }
          if (batch->last)
            {
              prefetch->row = batch->n_rows;
              if (batch->rc != SQLITE_DONE)
                mz_store_set_error (rows->store, error, _("Cannot read the records for the report"));
              return FALSE;
            }
          g_clear_pointer (&prefetch->current, batch_free);
        }

      g_mutex_lock (&prefetch->lock);
      while (g_queue_is_empty (&prefetch->ready))
        g_cond_wait (&prefetch->cond, &prefetch->lock);
      prefetch->current = g_queue_pop_head (&prefetch->ready);
      prefetch->row = -1;
      g_cond_broadcast (&prefetch->cond);
      g_mutex_unlock (&prefetch->lock);
    }
}

static const Value *
prefetch_value (MzReportRows *rows,
                int           column)
{
  Prefetch *prefetch = rows->prefetch;

  g_assert (prefetch->current != NULL && prefetch->row >= 0 &&
            prefetch->row < (int) prefetch->current->n_rows);
  g_assert (column >= 0 && column < prefetch->n_columns);
  return prefetch->current->values + (gsize) prefetch->row * prefetch->n_columns + column;
}

/* Public API */

gboolean
mz_report_rows_next (MzReportRows  *rows,
                     GError       **error)
{
  int rc;

  g_return_val_if_fail (rows != NULL, FALSE);

  if (rows->prefetch != NULL)
    return prefetch_next (rows, error);

  rc = sqlite3_step (rows->stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    mz_store_set_error (rows->store, error, _("Cannot read the records for the report"));
  return FALSE;
}

const char *
mz_report_rows_get_text (MzReportRows *rows,
                         int           column)
{
  if (rows->prefetch != NULL)
    {
      const Value *value = prefetch_value (rows, column);

      return value->type == SQLITE_TEXT || value->type == SQLITE_BLOB
             ? rows->prefetch->current->text->str + value->offset : NULL;
    }
  return (const char *) sqlite3_column_text (rows->stmt, column);
}

const char *
mz_report_rows_peek_text (MzReportRows *rows,
                          guint         ahead,
                          int           column)
{
  Prefetch *prefetch = rows->prefetch;
  const Value *value;
  gsize row;

  /* Only in the batch at hand: the next ones belong to the other thread
   * until taken. */
  if (prefetch == NULL || prefetch->current == NULL || prefetch->row < 0 ||
      column < 0 || column >= prefetch->n_columns)
    return NULL;
  row = (gsize) prefetch->row + ahead;
  if (row >= prefetch->current->n_rows)
    return NULL;

  value = prefetch->current->values + row * prefetch->n_columns + column;
  return value->type == SQLITE_TEXT || value->type == SQLITE_BLOB
         ? prefetch->current->text->str + value->offset : NULL;
}

gint64
mz_report_rows_get_int (MzReportRows *rows,
                        int           column)
{
  if (rows->prefetch != NULL)
    {
      const Value *value = prefetch_value (rows, column);

      return value->type == SQLITE_INTEGER || value->type == SQLITE_FLOAT ? value->number : 0;
    }
  return sqlite3_column_int64 (rows->stmt, column);
}

gboolean
mz_report_rows_is_null (MzReportRows *rows,
                        int           column)
{
  if (rows->prefetch != NULL)
    return prefetch_value (rows, column)->type == SQLITE_NULL;
  return sqlite3_column_type (rows->stmt, column) == SQLITE_NULL;
}

void
mz_report_rows_prefetch (MzReportRows *rows)
{
  Prefetch *prefetch;

  g_return_if_fail (rows != NULL);

  if (rows->prefetch != NULL)
    return;

  prefetch = g_new0 (Prefetch, 1);
  g_mutex_init (&prefetch->lock);
  g_cond_init (&prefetch->cond);
  g_queue_init (&prefetch->ready);
  prefetch->n_columns = sqlite3_column_count (rows->stmt);
  prefetch->row = -1;
  rows->prefetch = prefetch;

  prefetch->thread = g_thread_try_new ("mz-report-rows", prefetch_thread, rows, NULL);
  if (prefetch->thread == NULL)
    {
      /* No thread: the rows come straight from the statement. */
      prefetch_free (prefetch);
      rows->prefetch = NULL;
    }
}

void
mz_report_rows_free (MzReportRows *rows)
{
  if (rows == NULL)
    return;

  if (rows->prefetch != NULL)
    {
      Prefetch *prefetch = rows->prefetch;

      g_mutex_lock (&prefetch->lock);
      prefetch->stop = TRUE;
      /* Left before the end (an error, a cancelled export): a step may be
       * sorting for seconds yet. */
      if (!prefetch->finished)
        sqlite3_interrupt (mz_store_get_handle (rows->store));
      g_cond_broadcast (&prefetch->cond);
      g_mutex_unlock (&prefetch->lock);
      g_thread_join (prefetch->thread);
      prefetch_free (prefetch);
    }
  sqlite3_finalize (rows->stmt);
  g_object_unref (rows->store);
  g_free (rows);
}

gboolean
mz_report_tune_connection (MzStore  *store,
                           guint     cache_mib,
                           GError  **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = -%u", cache_mib * 1024);

  return mz_store_exec (store, sql, error);
}

gboolean
mz_report_tune_worker_connection (MzStore  *store,
                                  GError  **error)
{
  return mz_store_exec (store, "PRAGMA cache_size = -2048", error);
}

gboolean
mz_report_data_years (MzStore  *store,
                      int      *first,
                      int      *last,
                      GError  **error)
{
  g_autoptr(MzReportRows) rows = NULL;
  g_autoptr(GError) local_error = NULL;

  *first = *last = 0;
  rows = rows_new (store,
                   "SELECT min (y), max (y) FROM ("
                   "  SELECT CAST (substr (min (date), 1, 4) AS INTEGER) AS y FROM payment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT CAST (substr (max (date), 1, 4) AS INTEGER) FROM payment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT CAST (substr (min (due_date), 1, 4) AS INTEGER) FROM instalment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT CAST (substr (max (due_date), 1, 4) AS INTEGER) FROM instalment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT CAST (substr (min (signed_date), 1, 4) AS INTEGER) FROM commitment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT CAST (substr (max (signed_date), 1, 4) AS INTEGER) FROM commitment WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT min (year) FROM budget_line WHERE deleted_at IS NULL"
                   "  UNION ALL SELECT max (year) FROM budget_line WHERE deleted_at IS NULL"
                   ") WHERE y IS NOT NULL",
                   NULL, error);
  if (rows == NULL)
    return FALSE;

  if (!mz_report_rows_next (rows, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return TRUE;
    }

  *first = (int) mz_report_rows_get_int (rows, 0);
  *last = (int) mz_report_rows_get_int (rows, 1);
  return TRUE;
}

char *
mz_report_initiative_name (MzStore     *store,
                           const char  *id,
                           GError     **error)
{
  g_autoptr(MzReportRows) rows = NULL;
  g_autoptr(GError) local_error = NULL;

  rows = rows_new (store, "SELECT name FROM initiative WHERE id = :initiative AND deleted_at IS NULL",
                   NULL, error);
  if (rows == NULL)
    return NULL;

  bind_text (rows->stmt, ":initiative", id);
  if (!mz_report_rows_next (rows, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                     _("There is no initiative “%s”."), id);
      return NULL;
    }

  return g_strdup (mz_report_rows_get_text (rows, 0));
}

gboolean
mz_report_count_rows (MzStore         *store,
                      MzReportCounts  *counts,
                      GError         **error)
{
  g_autoptr(MzReportRows) rows = NULL;

  *counts = (MzReportCounts) { 0 };
  rows = rows_new (store,
                   "SELECT"
                   " (SELECT count(*) FROM partner WHERE deleted_at IS NULL),"
                   " (SELECT count(*) FROM commitment WHERE deleted_at IS NULL),"
                   " (SELECT count(*) FROM instalment WHERE deleted_at IS NULL),"
                   " (SELECT count(*) FROM payment WHERE deleted_at IS NULL),"
                   " (SELECT count(*) FROM inkind WHERE deleted_at IS NULL),"
                   " (SELECT count(*) FROM interaction WHERE deleted_at IS NULL)",
                   NULL, error);
  if (rows == NULL)
    return FALSE;

  /* An aggregate always returns its one row. */
  if (!mz_report_rows_next (rows, error))
    return FALSE;

  counts->partners = mz_report_rows_get_int (rows, 0);
  counts->commitments = mz_report_rows_get_int (rows, 1);
  counts->instalments = mz_report_rows_get_int (rows, 2);
  counts->payments = mz_report_rows_get_int (rows, 3);
  counts->inkind = mz_report_rows_get_int (rows, 4);
  counts->interactions = mz_report_rows_get_int (rows, 5);
  return TRUE;
}

MzReportRows *
mz_report_query_units (MzStore  *store,
                       GError  **error)
{
  return rows_new (store,
                   "SELECT id, code, parent_id, kind, name FROM org_unit "
                   "WHERE deleted_at IS NULL ORDER BY code",
                   NULL, error);
}

MzReportRows *
mz_report_query_rates (MzStore  *store,
                       GError  **error)
{
  return rows_new (store,
                   "SELECT currency, month, units_per_usd_micro FROM exchange_rate "
                   "WHERE deleted_at IS NULL ORDER BY currency, month, updated_at",
                   NULL, error);
}

MzReportRows *
mz_report_query_partners (MzStore             *store,
                          const MzReportScope *scope,
                          GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT p.id, p.name, p.local_name, p.short_name, p.type, p.country, p.region,"
                   "  p.status, lu.code, s.name, p.sector_r, p.sector_t, p.sector_d,"
                   "  p.membership_category, p.website,"
                   "  CASE WHEN :personal THEN"
                   "   (SELECT group_concat (" CONTACT_NAME ("ct") ", '; ') FROM contact ct"
                   "    WHERE ct.partner_id = p.id AND ct.deleted_at IS NULL AND ct.forgotten_at IS NULL) END,"
                   "  CASE WHEN :personal THEN"
                   "   (SELECT group_concat (j.value, '; ') FROM contact ct,"
                   "      json_each (CASE WHEN json_valid (ct.emails) THEN ct.emails ELSE '[]' END) j"
                   "    WHERE ct.partner_id = p.id AND ct.deleted_at IS NULL AND ct.forgotten_at IS NULL) END,"
                   "  CASE WHEN :personal THEN"
                   "   (SELECT group_concat (j.value, '; ') FROM contact ct,"
                   "      json_each (CASE WHEN json_valid (ct.phones) THEN ct.phones ELSE '[]' END) j"
                   "    WHERE ct.partner_id = p.id AND ct.deleted_at IS NULL AND ct.forgotten_at IS NULL) END "
                   "FROM partner p "
                   "LEFT JOIN org_unit lu ON lu.id = p.lead_unit_id "
                   "LEFT JOIN staff s ON s.id = p.account_manager_id "
                   /* sp holds only live partners not merged: without a
                    * filter, every one of them, walked in order through
                    * partner_report with no sort. */
                   "WHERE p.deleted_at IS NULL AND p.merged_into IS NULL"
                   "  AND ((:unit IS NULL AND :initiative IS NULL) OR p.id IN sp) "
                   "ORDER BY p.name COLLATE NOCASE, p.id",
                   scope, error);
}
MzReportRows *
mz_report_query_commitments (MzStore             *store,
                             const MzReportScope *scope,
                             GError             **error)
{
  /* Nothing per commitment but its partners: the allocations' summary and
   * the instalments due are read apart, while the sheets that need only
   * these rows are being written. */
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT c.id, c.donor_partner_id, d.name, py.name, c.title, c.kind, c.stage,"
                   "  c.probability, c.currency, c.ask_amount, c.expected_amount, c.signed_amount,"
                   "  c.signed_date, c.start_date, c.end_date,"
                   "  (c.signed_date >= :from AND c.signed_date < :until)"
                   "    OR c.stage IN ('identified', 'approached', 'proposal', 'negotiation')"
                   "    OR (coalesce (c.start_date, c.signed_date) < :until"
                   "        AND coalesce (c.end_date, c.start_date, c.signed_date) >= :from) "
                   /* Donors first (CROSS JOIN keeps that order), walked in
                    * name order by partner_report: SQLite then sorts only
                    * the commitments of donors with the same name, and the
                    * first row comes at once instead of after a sort of
                    * every commitment. */
                   "FROM partner d "
                   "CROSS JOIN commitment c ON c.donor_partner_id = d.id "
                   "LEFT JOIN partner py ON py.id = c.payer_partner_id "
                   "WHERE c.deleted_at IS NULL AND " IN_SC ("c.id") " "
                   "ORDER BY d.name COLLATE NOCASE, c.title COLLATE NOCASE, c.id",
                   scope, error);
}

MzReportRows *
mz_report_query_allocation_summaries (MzStore             *store,
                                      const MzReportScope *scope,
                                      GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT c.id,"
                   "  (SELECT group_concat (trim (coalesce (u.code, '')"
                   "      || coalesce (' ' || printf ('%g%%', CASE WHEN a.percent_bp IS NOT NULL"
                   "           THEN a.percent_bp / 100.0"
                   "           ELSE 100.0 * a.amount / nullif (coalesce (c.signed_amount,"
                   "                c.expected_amount, c.ask_amount), 0) END), '')"
                   "      || coalesce (' (' || ini.name || ')', '')), '; ')"
                   "   FROM allocation a"
                   "   LEFT JOIN org_unit u ON u.id = a.unit_id"
                   "   LEFT JOIN initiative ini ON ini.id = a.initiative_id"
                   "   WHERE a.commitment_id = c.id AND a.deleted_at IS NULL) "
                   "FROM commitment c "
                   "WHERE c.deleted_at IS NULL AND " IN_SC ("c.id"),
                   scope, error);
}

MzReportRows *
mz_report_query_shares (MzStore             *store,
                        const MzReportScope *scope,
                        GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT commitment_id, unit_id, percent_bp, amount FROM sa",
                   scope, error);
}

MzReportRows *
mz_report_query_instalments (MzStore             *store,
                             const MzReportScope *scope,
                             GError             **error)
{
  /* No join to commitments: the caller knows them; nor to payments, see
   * mz_report_query_instalments_paid(). */
  return rows_new (store,
                   "SELECT i.commitment_id, i.due_date, i.amount, i.written_off_amount, i.status,"
                   "  i.rowid "
                   "FROM instalment i "
                   "WHERE i.deleted_at IS NULL AND i.due_date >= :from AND i.due_date < :until "
                   "ORDER BY i.due_date, i.id",
                   scope, error);
}

MzReportRows *
mz_report_query_instalments_paid (MzStore             *store,
                                  const MzReportScope *scope,
                                  GError             **error)
{
  /* The instalment's rowid from the index of its id alone. */
  return rows_new (store,
                   "SELECT i.rowid, sum (pi.amount), max (p.date) FROM payment_instalment pi "
                   "JOIN payment p ON p.id = pi.payment_id AND p.deleted_at IS NULL AND p.date <= :asof "
                   "JOIN instalment i ON i.id = pi.instalment_id "
                   "WHERE pi.deleted_at IS NULL GROUP BY pi.instalment_id",
                   scope, error);
}

MzReportRows *
mz_report_query_payments (MzStore             *store,
                          const MzReportScope *scope,
                          GError             **error)
{
  return rows_new (store,
                   "SELECT p.commitment_id, p.date, p.currency, p.amount, p.rate_micro,"
                   "  p.chf_rate_micro, p.amount_chf, p.reference "
                   "FROM payment p "
                   "WHERE p.deleted_at IS NULL AND p.date >= :from AND p.date < :until "
                   "ORDER BY p.date, p.id",
                   scope, error);
}
MzReportRows *
mz_report_query_inkind (MzStore             *store,
                        const MzReportScope *scope,
                        GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT d.name, k.kind, k.description, u.code, ini.name, k.start_date,"
                   "  k.end_date, k.quantity_milli, k.quantity_unit, k.fair_value, k.currency,"
                   "  k.fair_value_chf, k.valuation_basis "
                   "FROM inkind k "
                   "JOIN partner d ON d.id = k.partner_id "
                   "LEFT JOIN org_unit u ON u.id = k.unit_id "
                   "LEFT JOIN initiative ini ON ini.id = k.initiative_id "
                   "WHERE k.deleted_at IS NULL"
                   "  AND (:unit IS NULL OR k.unit_id IN su)"
                   "  AND (:initiative IS NULL OR k.initiative_id IN si)"
                   "  AND (k.start_date IS NULL OR k.start_date < :until)"
                   "  AND (coalesce (k.end_date, k.start_date) IS NULL"
                   "       OR coalesce (k.end_date, k.start_date) >= :from) "
                   "ORDER BY k.start_date, d.name COLLATE NOCASE, k.id",
                   scope, error);
}

MzReportRows *
mz_report_query_initiatives (MzStore             *store,
                             const MzReportScope *scope,
                             GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT ini.id, ini.name, par.name, ini.kind, u.code, ini.start_date,"
                   "  ini.end_date, ini.target_chf "
                   "FROM initiative ini "
                   "LEFT JOIN initiative par ON par.id = ini.parent_id "
                   "LEFT JOIN org_unit u ON u.id = ini.lead_unit_id "
                   "WHERE ini.deleted_at IS NULL"
                   "  AND (:initiative IS NULL OR ini.id IN si)"
                   "  AND (:unit IS NULL OR ini.lead_unit_id IN su"
                   "       OR ini.id IN (SELECT initiative_id FROM sa)) "
                   "ORDER BY coalesce (par.name, ini.name) COLLATE NOCASE,"
                   "  ini.parent_id IS NOT NULL, ini.name COLLATE NOCASE, ini.id",
                   scope, error);
}

MzReportRows *
mz_report_query_initiative_funding (MzStore             *store,
                                    const MzReportScope *scope,
                                    GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT a.initiative_id, c.stage, c.probability, c.currency, c.ask_amount,"
                   "  c.expected_amount, c.signed_amount, c.signed_date, a.percent_bp, a.amount,"
                   "  coalesce (c.signed_amount, c.expected_amount, c.ask_amount),"
                   "  (SELECT coalesce (sum (p.amount_chf), 0) FROM payment p"
                   "   WHERE p.commitment_id = c.id AND p.deleted_at IS NULL AND p.date <= :asof) "
                   "FROM allocation a "
                   "JOIN commitment c ON c.id = a.commitment_id AND c.deleted_at IS NULL "
                   "WHERE a.deleted_at IS NULL AND a.initiative_id IS NOT NULL"
                   "  AND (:unit IS NULL OR a.unit_id IN su)",
                   scope, error);
}

MzReportRows *
mz_report_query_budget (MzStore             *store,
                        const MzReportScope *scope,
                        GError             **error)
{
  return rows_new (store,
                   "SELECT year, line, sum (amount_chf) FROM budget_line "
                   "WHERE deleted_at IS NULL AND year BETWEEN :year_from AND :year_to "
                   "GROUP BY year, line ORDER BY year, line",
                   scope, error);
}

MzReportRows *
mz_report_query_due_diligence (MzStore             *store,
                               const MzReportScope *scope,
                               GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT p.name, p.type, dd.requested_by, dd.requested_at, dd.risk_rating,"
                   "  dd.decision, dd.conditions, dd.decided_by, dd.decided_at, dd.valid_until,"
                   "  dd.findings "
                   "FROM due_diligence dd "
                   "JOIN partner p ON p.id = dd.partner_id "
                   "WHERE dd.deleted_at IS NULL AND dd.partner_id IN sp "
                   "ORDER BY p.name COLLATE NOCASE, dd.requested_at, dd.id",
                   scope, error);
}

MzReportRows *
mz_report_query_interactions (MzStore             *store,
                              const MzReportScope *scope,
                              GError             **error)
{
  return rows_new (store,
                   SCOPE_CTE
                   "SELECT it.date, p.name, it.kind, u.code, s.name, it.subject, it.status,"
                   "  it.rowid, it.notes "
                   "FROM interaction it "
                   "JOIN partner p ON p.id = it.partner_id "
                   "LEFT JOIN org_unit u ON u.id = it.unit_id "
                   "LEFT JOIN staff s ON s.id = it.staff_id "
                   "WHERE it.deleted_at IS NULL AND it.date >= :from AND it.date < :until"
                   "  AND (:unit IS NULL OR it.unit_id IN su)"
                   "  AND (:initiative IS NULL OR it.partner_id IN sp) "
                   "ORDER BY it.date, p.name COLLATE NOCASE, it.id",
                   scope, error);
}

MzReportRows *
mz_report_query_interaction_contacts (MzStore  *store,
                                      GError  **error)
{
  /* The links in their table's order, each interaction's rowid from the
   * index of its id alone; sorted after (a few MB). */
  return rows_new (store,
                   "SELECT it.rowid, " CONTACT_NAME ("ct") " "
                   "FROM interaction_contact ic "
                   "JOIN interaction it ON it.id = ic.interaction_id "
                   "JOIN contact ct ON ct.id = ic.contact_id "
                   "WHERE ic.deleted_at IS NULL AND ct.forgotten_at IS NULL "
                   "ORDER BY it.rowid, ic.rowid",
                   NULL, error);
}

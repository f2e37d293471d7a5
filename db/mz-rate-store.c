/* mz-rate-store.c — UN operational rates of exchange
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-rate-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-rows.h"
#include "mz-rate-store.h"
#include "mz-row-insert.h"

gboolean
mz_rate_month_is_valid (const char *month)
{
  int year, mon;

  if (month == NULL || strlen (month) != 7 || month[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (month[i]))
      return FALSE;

  year = (int) g_ascii_strtoll (month, NULL, 10);
  mon = (int) g_ascii_strtoll (month + 5, NULL, 10);
  return year >= 1865 && year <= 2200 && mon >= 1 && mon <= 12;
}

static gboolean
is_usd (const char *currency)
{
  return g_strcmp0 (currency, "USD") == 0;
}

static gboolean
check_month (const char  *month,
             GError     **error)
{
  if (mz_rate_month_is_valid (month))
    return TRUE;

  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
               _("“%s” is not a month; write it as YYYY-MM, e.g. 2024-03."), month ? month : "");
  return FALSE;
}

gboolean
mz_rate_store_get (MzStore     *store,
                   const char  *currency,
                   const char  *month,
                   gint64      *units_per_usd_micro,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (units_per_usd_micro != NULL, FALSE);

  if (!check_month (month, error))
    return FALSE;

  if (is_usd (currency))
    {
      *units_per_usd_micro = MZ_RATE_USD_MICRO;
      return TRUE;
    }

  /* Two offices may each have entered the month's rate: the latest wins. */
  stmt = mz_store_prepare (store,
                           "SELECT units_per_usd_micro FROM exchange_rate "
                           "WHERE currency = ?1 AND month = ?2 AND deleted_at IS NULL "
                           "ORDER BY updated_at DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *units_per_usd_micro = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("There is no UN operational rate of exchange for %s in %s. Enter it, or "
                   "import the rates of that month (mobilize-cli import rates FILE.csv)."),
                 currency, month);
  else
    mz_store_set_error (store, error, _("Cannot read the rates of exchange"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

gboolean
mz_rate_store_get_latest (MzStore     *store,
                          const char  *currency,
                          const char  *month,
                          gint64      *units_per_usd_micro,
                          char         used_month[8],
                          GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  if (!check_month (month, error))
    return FALSE;

  if (is_usd (currency))
    {
      *units_per_usd_micro = MZ_RATE_USD_MICRO;
      if (used_month != NULL)
        g_strlcpy (used_month, month, 8);
      return TRUE;
    }

  stmt = mz_store_prepare (store,
                           "SELECT units_per_usd_micro, month FROM exchange_rate "
                           "WHERE currency = ?1 AND month <= ?2 AND deleted_at IS NULL "
                           "ORDER BY month DESC, updated_at DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *units_per_usd_micro = sqlite3_column_int64 (stmt, 0);
      if (used_month != NULL)
        g_strlcpy (used_month, (const char *) sqlite3_column_text (stmt, 1), 8);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                 _("There is no UN operational rate of exchange for %s in %s or before. Enter it, "
                   "or import the rates (mobilize-cli import rates FILE.csv)."),
                 currency, month);
  else
    mz_store_set_error (store, error, _("Cannot read the rates of exchange"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

/* The ids and rates of the live rows of @currency and @month. */
static gboolean
find_rows (MzStore     *store,
           const char  *currency,
           const char  *month,
           GPtrArray   *ids,
           GArray      *rates,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT id, units_per_usd_micro FROM exchange_rate "
                           "WHERE currency = ?1 AND month = ?2 AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rate = sqlite3_column_int64 (stmt, 1);

      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_array_append_val (rates, rate);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the rates of exchange"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_rate_store_set (MzStore       *store,
                   const char    *currency,
                   const char    *month,
                   gint64         units_per_usd_micro,
                   MzRateChange  *change,
                   GError       **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  if (!check_month (month, error))
    return FALSE;

  if (units_per_usd_micro <= 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("The rate of %s for %s must be greater than zero."), currency, month);
      return FALSE;
    }

  if (is_usd (currency))
    {
      if (units_per_usd_micro != MZ_RATE_USD_MICRO)
        {
          g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                       _("The rate of the US dollar is 1 by definition: UN operational rates "
                         "are units per US dollar."));
          return FALSE;
        }
      if (change != NULL)
        *change = MZ_RATE_UNCHANGED;
      return TRUE;
    }

  if (!find_rows (store, currency, month, ids, rates, error))
    return FALSE;

  if (ids->len == 1 && g_array_index (rates, gint64, 0) == units_per_usd_micro)
    {
      if (change != NULL)
        *change = MZ_RATE_UNCHANGED;
      return TRUE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!mz_rows_soft_delete (store, "exchange_rate", ids->pdata[i], error))
      return FALSE;

  {
    const MzRowValue values[] = {
      MZ_ROW_TEXT ("currency", currency),
      MZ_ROW_TEXT ("month", month),
      MZ_ROW_INT ("units_per_usd_micro", units_per_usd_micro),
    };

    if (!mz_row_insert (store, "exchange_rate", values, G_N_ELEMENTS (values), NULL, error))
      return FALSE;
  }

  if (change != NULL)
    *change = ids->len > 0 ? MZ_RATE_REPLACED : MZ_RATE_ADDED;
  return TRUE;
}

gboolean
mz_rate_store_remove (MzStore     *store,
                      const char  *currency,
                      const char  *month,
                      GError     **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!check_month (month, error) ||
      !find_rows (store, currency, month, ids, rates, error))
    return FALSE;

  if (ids->len == 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("There is no UN operational rate of exchange for %s in %s."), currency, month);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!mz_rows_soft_delete (store, "exchange_rate", ids->pdata[i], error))
      return FALSE;
  return TRUE;
}

GArray *
mz_rate_store_list (MzStore     *store,
                    const char  *month,
                    const char  *currency,
                    GError     **error)
{
  g_autoptr(GArray) rates = g_array_new (FALSE, TRUE, sizeof (MzRate));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  /* One row per currency and month: the latest when offices both entered
   * one (SQLite takes the bare column from the max() row). */
  stmt = mz_store_prepare (store,
                           "SELECT currency, month, units_per_usd_micro, max (updated_at) "
                           "FROM exchange_rate "
                           "WHERE deleted_at IS NULL AND currency <> 'USD' "
                           "AND (?1 IS NULL OR month = ?1) AND (?2 IS NULL OR currency = ?2) "
                           "GROUP BY currency, month ORDER BY month, currency",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, currency, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzRate rate = { { 0 } };

      g_strlcpy (rate.currency, (const char *) sqlite3_column_text (stmt, 0), sizeof rate.currency);
      g_strlcpy (rate.month, (const char *) sqlite3_column_text (stmt, 1), sizeof rate.month);
      rate.units_per_usd_micro = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (rates, rate);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the rates of exchange"));
      return NULL;
    }
  return g_steal_pointer (&rates);
}

char **
mz_rate_store_currencies_in_use (MzStore  *store,
                                 GError  **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT currency FROM commitment WHERE deleted_at IS NULL "
                           "UNION SELECT currency FROM payment WHERE deleted_at IS NULL "
                           "UNION SELECT currency FROM inkind WHERE deleted_at IS NULL "
                           "ORDER BY 1",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      if (code != NULL && strcmp (code, "USD") != 0)
        g_strv_builder_add (builder, code);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the currencies in use"));
      return NULL;
    }
  return g_strv_builder_end (builder);
}

/* mz-rate-table.c — every rate of exchange in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-rate-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-rate-store.h"
#include "mz-rate-table.h"

typedef struct
{
  int    month;
  gint64 rate;
} Entry;

struct _MzRateTable
{
  GHashTable *by_currency;   /* code → GArray of Entry, sorted by month */
  gboolean    sorted;
};

int
mz_rate_month_index (const char *date)
{
  int year, month;

  if (date == NULL || strlen (date) < 7 || date[4] != '-' ||
      !g_ascii_isdigit (date[0]) || !g_ascii_isdigit (date[1]) || !g_ascii_isdigit (date[2]) ||
      !g_ascii_isdigit (date[3]) || !g_ascii_isdigit (date[5]) || !g_ascii_isdigit (date[6]))
    return -1;

  year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
  month = (date[5] - '0') * 10 + (date[6] - '0');
  if (month < 1 || month > 12)
    return -1;
  return year * 12 + month - 1;
}

MzRateTable *
mz_rate_table_new (void)
{
  MzRateTable *self = g_new0 (MzRateTable, 1);

  self->by_currency = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  self->sorted = TRUE;
  return self;
}

void
mz_rate_table_free (MzRateTable *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_currency);
  g_free (self);
}

void
mz_rate_table_add (MzRateTable *self,
                   const char  *currency,
                   int          month_index,
                   gint64       units_per_usd_micro)
{
  GArray *entries = g_hash_table_lookup (self->by_currency, currency);
  Entry entry = { month_index, units_per_usd_micro };

  if (entries == NULL)
    {
      entries = g_array_new (FALSE, FALSE, sizeof (Entry));
      g_hash_table_insert (self->by_currency, g_strdup (currency), entries);
    }
  if (entries->len > 0 && g_array_index (entries, Entry, entries->len - 1).month >= month_index)
    self->sorted = FALSE;
  g_array_append_val (entries, entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return ((const Entry *) a)->month - ((const Entry *) b)->month;
}

static void
ensure_sorted (MzRateTable *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->sorted)
    return;

  g_hash_table_iter_init (&iter, self->by_currency);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_sort (value, compare_entries);
  self->sorted = TRUE;
}

MzRateTable *
mz_rate_table_load (MzStore  *store,
                    GError  **error)
{
  g_autoptr(MzRateTable) self = mz_rate_table_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = mz_store_prepare (store,
                           "SELECT currency, month, units_per_usd_micro, max (updated_at) "
                           "FROM exchange_rate WHERE deleted_at IS NULL AND currency <> 'USD' "
                           "GROUP BY currency, month ORDER BY currency, month",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    mz_rate_table_add (self, (const char *) sqlite3_column_text (stmt, 0),
                       mz_rate_month_index ((const char *) sqlite3_column_text (stmt, 1)),
                       sqlite3_column_int64 (stmt, 2));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the rates of exchange"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* The index of the last entry with month <= @month_index, or -1. */
static int
find_at_or_before (GArray *entries,
                   int     month_index)
{
  int lo = 0, hi = (int) entries->len - 1, found = -1;

  while (lo <= hi)
    {
      int mid = lo + (hi - lo) / 2;

      if (g_array_index (entries, Entry, mid).month <= month_index)
        {
          found = mid;
          lo = mid + 1;
        }
      else
        hi = mid - 1;
    }
  return found;
}

static gboolean
lookup (MzRateTable *self,
        const char  *currency,
        int          month_index,
        gboolean     exact,
        gint64      *units_per_usd_micro)
{
  GArray *entries;
  int at;

  if (g_strcmp0 (currency, "USD") == 0)
    {
      *units_per_usd_micro = MZ_RATE_USD_MICRO;
      return TRUE;
    }

  ensure_sorted (self);
  entries = currency ? g_hash_table_lookup (self->by_currency, currency) : NULL;
  if (entries == NULL || month_index < 0)
    return FALSE;

  at = find_at_or_before (entries, month_index);
  if (at < 0 || (exact && g_array_index (entries, Entry, at).month != month_index))
    return FALSE;

  *units_per_usd_micro = g_array_index (entries, Entry, at).rate;
  return TRUE;
}

gboolean
mz_rate_table_lookup (MzRateTable *self,
                      const char  *currency,
                      int          month_index,
                      gint64      *units_per_usd_micro)
{
  return lookup (self, currency, month_index, TRUE, units_per_usd_micro);
}

gboolean
mz_rate_table_lookup_latest (MzRateTable *self,
                             const char  *currency,
                             int          month_index,
                             gint64      *units_per_usd_micro)
{
  return lookup (self, currency, month_index, FALSE, units_per_usd_micro);
}

/* mz-rate-import.c — UN operational rates of exchange from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-rate-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-csv.h"
#include "mz-currency.h"
#include "mz-rate-import.h"
#include "mz-rate-store.h"

/* At most this many problems are quoted in the error message. */
#define QUOTED_PROBLEMS 3
#define RATE_DECIMALS 6

typedef struct
{
  char   currency[4];
  char   month[8];
  gint64 micro;
  guint  line;
} Row;

typedef struct
{
  int currency;
  int month;
  int rate;
} Columns;

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a problem in a file: its line number, then what is wrong. */
  g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), line, message));
}

static int
find_column (char       **header,
             const char  *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip (header[i]), name) == 0)
      return (int) i;
  return -1;
}

/* What is wrong with a line the CSV reader refused. */
static void
add_csv_problem (GPtrArray    *problems,
                 guint         line,
                 const GError *error)
{
  if (error->code == MZ_CSV_ERROR_ENCODING)
    add_problem (problems, line, _("it is not UTF-8 text."));
  else
    add_problem (problems, line,
                 _("a quotation mark is not closed or is misplaced; put a field that holds a quote in quotes and double the quote inside (\"\")."));
}

/* "0.921", "151.23", "1" → micro-units; FALSE for anything else. */
static gboolean
parse_rate (const char *text,
            gint64     *micro,
            gboolean   *too_precise)
{
  gint64 value = 0;
  int decimals = -1;

  *too_precise = FALSE;
  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == '.')
        {
          if (decimals >= 0 || p == text || p[1] == '\0')
            return FALSE;
          decimals = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE;
      if (decimals >= 0 && ++decimals > RATE_DECIMALS)
        {
          *too_precise = TRUE;
          return FALSE;
        }
      if (value > (G_MAXINT64 / 10 - 9) / 1000000)
        return FALSE;
      value = value * 10 + (*p - '0');
    }

  for (int i = MAX (decimals, 0); i < RATE_DECIMALS; i++)
    value *= 10;
  *micro = value;
  return TRUE;
}

static void
check_row (char        **fields,
           guint         n_fields,
           const Columns *columns,
           guint        line,
           GArray      *rows,
           GHashTable  *seen,
           GPtrArray   *problems)
{
  int needed = MAX (columns->currency, MAX (columns->month, columns->rate));
  g_autofree char *currency = NULL;
  const char *month, *rate_text;
  gboolean too_precise;
  Row row = { { 0 } };
  guint before = problems->len;
  Row *earlier;

  if ((int) n_fields <= needed)
    {
      add_problem (problems, line, _("it has only %u fields, fewer than the header."), n_fields);
      return;
    }

  for (guint i = 0; i < n_fields; i++)
    g_strstrip (fields[i]);
  currency = g_ascii_strup (fields[columns->currency], -1);
  month = fields[columns->month];
  rate_text = fields[columns->rate];

  if (!mz_currency_is_valid (currency))
    add_problem (problems, line, _("“%s” is not an ISO 4217 currency code."),
                 fields[columns->currency]);
  else
    g_strlcpy (row.currency, currency, sizeof row.currency);

  /* A spreadsheet may have turned "2024-03" into the date 2024-03-01. */
  if (strlen (month) == 10 && g_str_has_suffix (month, "-01"))
    g_strlcpy (row.month, month, sizeof row.month);
  else if (strlen (month) == 7)
    g_strlcpy (row.month, month, sizeof row.month);
  if (!mz_rate_month_is_valid (row.month))
    add_problem (problems, line, _("“%s” is not a month; write it as YYYY-MM, e.g. 2024-03."), month);

  if (!parse_rate (rate_text, &row.micro, &too_precise))
    {
      if (too_precise)
        add_problem (problems, line, _("the rate “%s” has more than six decimals."), rate_text);
      else
        add_problem (problems, line,
                     _("“%s” is not a rate; write units per US dollar with a decimal point, "
                       "e.g. 0.921."), rate_text);
    }
  else if (row.micro <= 0)
    add_problem (problems, line, _("the rate must be greater than zero."));
  else if (strcmp (row.currency, "USD") == 0 && row.micro != MZ_RATE_USD_MICRO)
    add_problem (problems, line, _("the US dollar is 1 per US dollar by definition, not %s."),
                 rate_text);

  if (problems->len > before)
    return;

  row.line = line;
  {
    g_autofree char *key = g_strconcat (row.currency, " ", row.month, NULL);

    earlier = g_hash_table_lookup (seen, key);
    if (earlier != NULL)
      {
        if (earlier->micro != row.micro)
          add_problem (problems, line, _("%s for %s is already on line %u with another rate."),
                       row.currency, row.month, earlier->line);
        return;
      }
    g_hash_table_insert (seen, g_steal_pointer (&key), g_memdup2 (&row, sizeof row));
  }
  g_array_append_val (rows, row);
}

static gboolean
fail_with_problems (GPtrArray   *problems,
                    const char  *source,
                    GError     **error)
{
  g_autoptr(GString) quoted = g_string_new (NULL);

  for (guint i = 0; i < problems->len && i < QUOTED_PROBLEMS; i++)
    {
      if (i > 0)
        g_string_append_c (quoted, ' ');
      g_string_append (quoted, problems->pdata[i]);
    }
  if (problems->len > QUOTED_PROBLEMS)
    g_string_append (quoted, " …");

  g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%s: %u problem, nothing was imported. %s",
                            "%s: %u problems, nothing was imported. %s",
                            problems->len),
               source, problems->len, quoted->str);
  return FALSE;
}

static gboolean
save_rows (MzStore             *store,
           GArray              *rows,
           MzRateImportResult  *result,
           GError             **error)
{
  if (!mz_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      MzRateChange change;

      if (!mz_rate_store_set (store, row->currency, row->month, row->micro, &change, error))
        {
          mz_store_rollback (store);
          return FALSE;
        }
      if (change == MZ_RATE_ADDED)
        result->n_added++;
      else if (change == MZ_RATE_REPLACED)
        result->n_replaced++;
      else
        result->n_unchanged++;
    }

  if (!mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_rate_import_data (MzStore             *store,
                     const char          *data,
                     gsize                length,
                     const char          *source,
                     gboolean             dry_run,
                     MzRateImportResult  *result,
                     GPtrArray          **problems_out,
                     GError             **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(MzCsvReader) reader = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_auto(GStrv) header = NULL;
  MzRateImportResult counts = { 0 };
  Columns columns = { -1, -1, -1 };
  guint header_line = 0;
  char **fields = NULL;
  guint n_fields = 0;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (source == NULL)
    source = _("the file");

  /* The whole text first: a file in another encoding is refused as a
   * whole, not line by line. */
  if (memchr (data, '\0', length) != NULL || !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("%s is not UTF-8 text; save it as “CSV UTF-8” and import it again."), source);
      return FALSE;
    }

  /* mz-csv skips a byte-order mark and blank lines, chooses commas or
   * semicolons from the header, and reads RFC 4180 quoting. Its rows may
   * have more fields than the header (ignored, as other columns are) or
   * fewer (a problem of that line). */
  reader = mz_csv_reader_new_for_data (data, length);
  mz_csv_reader_set_allow_ragged (reader, TRUE);
  if (!mz_csv_reader_read_row (reader, &header, NULL, NULL, &csv_error))
    {
      if (g_error_matches (csv_error, MZ_CSV_ERROR, MZ_CSV_ERROR_EMPTY))
        g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                     _("%s holds no rates: it needs the header “currency,month,units_per_usd” "
                       "and one rate per line."), source);
      else
        g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                     _("%s: line %u must be the header “currency,month,units_per_usd” "
                       "(commas or semicolons)."), source, mz_csv_reader_get_line (reader));
      return FALSE;
    }
  header_line = mz_csv_reader_get_line (reader);
  columns.currency = find_column (header, "currency");
  columns.month = find_column (header, "month");
  columns.rate = find_column (header, "units_per_usd");
  if (columns.currency < 0 || columns.month < 0 || columns.rate < 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("%s: line %u must be the header “currency,month,units_per_usd” "
                     "(commas or semicolons)."), source, header_line);
      return FALSE;
    }

  for (;;)
    {
      g_auto(GStrv) owned = NULL;
      guint64 offset = mz_csv_reader_get_offset (reader);

      if (!mz_csv_reader_read_row (reader, &fields, &n_fields, NULL, &csv_error))
        {
          if (csv_error == NULL)
            break;
          /* A broken line is reported and skipped; the reader goes on
           * with the next one. */
          add_csv_problem (problems, mz_csv_reader_get_line (reader), csv_error);
          g_clear_error (&csv_error);
          if (mz_csv_reader_get_offset (reader) == offset)
            break;
          continue;
        }
      owned = fields;
      counts.n_rates++;
      check_row (fields, n_fields, &columns, mz_csv_reader_get_line (reader), rows, seen, problems);
    }

  if (counts.n_rates == 0 && problems->len == 0)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("%s holds no rates: it needs the header “currency,month,units_per_usd” "
                     "and one rate per line."), source);
      return FALSE;
    }

  if (problems->len > 0)
    {
      fail_with_problems (problems, source, error);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      return FALSE;
    }

  /* Lines that repeat a rate and USD lines count as unchanged. */
  counts.n_unchanged = counts.n_rates - rows->len;
  if (!dry_run && !save_rows (store, rows, &counts, error))
    return FALSE;

  if (result != NULL)
    *result = counts;
  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);
  return TRUE;
}

gboolean
mz_rate_import_file (MzStore             *store,
                     GFile               *file,
                     gboolean             dry_run,
                     MzRateImportResult  *result,
                     GPtrArray          **problems,
                     GError             **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;

  return mz_rate_import_data (store, contents, length, name, dry_run, result, problems, error);
}

/* test-rates.c — UN operational rates: lookup, replacement, conversion to
 * CHF against hand-computed figures, CSV import and “import rates”
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <sys/wait.h>

#include "mz-currency-rates.h"
#include "mz-rate-import.h"
#include "mz-rate-store.h"
#include "mz-rate-table.h"
#include "mz-validate.h"
#include "test-money-fixture.h"

static gint64
live_rates (Fixture *f)
{
  return query_int (f, "SELECT count(*) FROM exchange_rate WHERE deleted_at IS NULL", NULL);
}

static void
set_rate (Fixture      *f,
          const char   *currency,
          const char   *month,
          gint64        micro,
          MzRateChange  expected)
{
  g_autoptr(GError) error = NULL;
  MzRateChange change = 99;

  g_assert_true (mz_store_begin (f->store, &error));
  g_assert_true (mz_rate_store_set (f->store, currency, month, micro, &change, &error));
  g_assert_true (mz_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (change, ==, expected);
}

static void
test_store (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = NULL;
  gint64 micro = 0;

  /* missing: an error naming the currency and the month, never 1.0 */
  g_assert_false (mz_rate_store_get (f->store, "EUR", "2024-03", &micro, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_assert_nonnull (strstr (error->message, "2024-03"));
  g_assert_cmpint (micro, ==, 0);
  g_clear_error (&error);

  /* USD is 1 by definition, stored or not */
  g_assert_true (mz_rate_store_get (f->store, "USD", "1999-12", &micro, &error));
  g_assert_cmpint (micro, ==, 1000000);

  set_rate (f, "EUR", "2024-03", 920000, MZ_RATE_ADDED);
  set_rate (f, "EUR", "2024-03", 920000, MZ_RATE_UNCHANGED);
  set_rate (f, "EUR", "2024-03", 925500, MZ_RATE_REPLACED);
  set_rate (f, "EUR", "2024-04", 930000, MZ_RATE_ADDED);
  set_rate (f, "USD", "2024-04", 1000000, MZ_RATE_UNCHANGED);

  g_assert_true (mz_rate_store_get (f->store, "EUR", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 925500);
  g_assert_cmpint (live_rates (f), ==, 2);
  /* the replaced rate is kept, soft-deleted, and the history says so */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate", NULL), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'exchange_rate' "
                                 "AND action = ?", "insert"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'exchange_rate' "
                                 "AND action = ?", "delete"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT json_extract (before, '$.units_per_usd_micro') FROM audit_log "
                                 "WHERE table_name = 'exchange_rate' AND action = ?", "delete"), ==, 920000);

  list = mz_rate_store_list (f->store, NULL, "EUR", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (g_array_index (list, MzRate, 0).month, ==, "2024-03");
  g_assert_cmpint (g_array_index (list, MzRate, 0).units_per_usd_micro, ==, 925500);
  g_assert_cmpstr (g_array_index (list, MzRate, 1).month, ==, "2024-04");

  /* refused */
  g_assert_true (mz_store_begin (f->store, &error));
  g_assert_false (mz_rate_store_set (f->store, "USD", "2024-04", 1100000, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mz_rate_store_set (f->store, "EUR", "2024-13", 900000, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mz_rate_store_set (f->store, "EUR", "2024-05", 0, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (mz_rate_store_remove (f->store, "EUR", "2024-04", &error));
  g_assert_false (mz_rate_store_remove (f->store, "EUR", "2024-04", &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mz_store_rollback (f->store);
  g_assert_cmpint (live_rates (f), ==, 2);
}

static void
test_to_chf (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzChfConversion conversion = { 0 };
  gint64 result = 0;

  set_rate (f, "EUR", "2024-03", 920000, MZ_RATE_ADDED);
  set_rate (f, "CHF", "2024-03", 880000, MZ_RATE_ADDED);
  set_rate (f, "JPY", "2024-03", 150250000, MZ_RATE_ADDED);
  set_rate (f, "KWD", "2024-03", 307500, MZ_RATE_ADDED);

  /* EUR 1,000,000.00: 10^8 × 0.88 / 0.92 = 95,652,173.913… centimes */
  g_assert_true (mz_currency_rates_to_chf (f->store, 100000000, "EUR", "2024-03-15", &conversion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (conversion.amount_chf, ==, 95652174);
  g_assert_cmpint (conversion.rate_micro, ==, 920000);
  g_assert_cmpint (conversion.chf_rate_micro, ==, 880000);

  /* USD 500.00 at CHF 0.88: CHF 440.00 */
  g_assert_true (mz_currency_rates_to_chf (f->store, 50000, "USD", "2024-03-01", &conversion, &error));
  g_assert_cmpint (conversion.amount_chf, ==, 44000);
  g_assert_cmpint (conversion.rate_micro, ==, 1000000);

  /* JPY 1,000,000 at 150.25: USD 6,655.574…, × 0.88 = CHF 5,856.905… → 585691 */
  g_assert_true (mz_currency_rates_to_chf (f->store, 1000000, "JPY", "2024-03-31", &conversion, &error));
  g_assert_cmpint (conversion.amount_chf, ==, 585691);

  /* KWD 1,000.000 at 0.3075: USD 3,252.03…, × 0.88 = CHF 2,861.788… → 286179 */
  g_assert_true (mz_currency_rates_to_chf (f->store, 1000000, "KWD", "2024-03-31", &conversion, &error));
  g_assert_cmpint (conversion.amount_chf, ==, 286179);

  /* CHF stays CHF */
  g_assert_true (mz_currency_rates_to_chf (f->store, 12345, "CHF", "2024-03-31", &conversion, &error));
  g_assert_cmpint (conversion.amount_chf, ==, 12345);

  /* EUR 1,000,000.00 to USD at 0.92: 1,086,956.52 */
  g_assert_true (mz_currency_rates_convert (f->store, 100000000, "EUR", "USD", "2024-03-02", &result, &error));
  g_assert_cmpint (result, ==, 108695652);
  g_assert_no_error (error);

  /* April has no rates: the error names the missing currency and month */
  g_assert_false (mz_currency_rates_to_chf (f->store, 100, "EUR", "2024-04-01", &conversion, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_assert_nonnull (strstr (error->message, "2024-04"));
  g_clear_error (&error);
  /* USD needs no rate, but CHF does */
  g_assert_false (mz_currency_rates_to_chf (f->store, 100, "USD", "2024-04-01", &conversion, &error));
  g_assert_nonnull (strstr (error->message, "CHF"));
  g_assert_nonnull (strstr (error->message, "2024-04"));
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzRateTable) table = NULL;
  gint64 micro = 0;

  g_assert_cmpint (mz_rate_month_index ("2024-03-15"), ==, 2024 * 12 + 2);
  g_assert_cmpint (mz_rate_month_index ("2024-03"), ==, 2024 * 12 + 2);
  g_assert_cmpint (mz_rate_month_index ("2024-13"), ==, -1);
  g_assert_cmpint (mz_rate_month_index ("24-03"), ==, -1);
  g_assert_cmpint (mz_rate_month_index (NULL), ==, -1);

  set_rate (f, "EUR", "2024-05", 930000, MZ_RATE_ADDED);
  set_rate (f, "EUR", "2024-03", 920000, MZ_RATE_ADDED);
  set_rate (f, "EUR", "2024-03", 921000, MZ_RATE_REPLACED);

  table = mz_rate_table_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (mz_rate_table_lookup (table, "EUR", mz_rate_month_index ("2024-03"), &micro));
  g_assert_cmpint (micro, ==, 921000);
  g_assert_false (mz_rate_table_lookup (table, "EUR", mz_rate_month_index ("2024-04"), &micro));
  g_assert_true (mz_rate_table_lookup_latest (table, "EUR", mz_rate_month_index ("2024-04"), &micro));
  g_assert_cmpint (micro, ==, 921000);
  g_assert_true (mz_rate_table_lookup_latest (table, "EUR", mz_rate_month_index ("2030-01"), &micro));
  g_assert_cmpint (micro, ==, 930000);
  g_assert_false (mz_rate_table_lookup_latest (table, "EUR", mz_rate_month_index ("2024-02"), &micro));
  g_assert_false (mz_rate_table_lookup_latest (table, "GBP", mz_rate_month_index ("2024-04"), &micro));
  g_assert_true (mz_rate_table_lookup (table, "USD", 0, &micro));
  g_assert_cmpint (micro, ==, 1000000);
}

/* CSV import */

static gboolean
import (Fixture             *f,
        const char          *csv,
        MzRateImportResult  *result,
        GPtrArray          **problems,
        GError             **error)
{
  return mz_rate_import_data (f->store, csv, strlen (csv), "rates.csv", FALSE, result, problems, error);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzRateImportResult result = { 0 };
  gint64 micro;

  /* a byte-order mark, CRLF, a blank line, quotes, lower case, an extra column */
  g_assert_true (import (f,
                         "\xef\xbb\xbf" "Currency,Month,units_per_usd,source\r\n"
                         "EUR,2024-03,0.92,UN\r\n"
                         "\r\n"
                         "\"chf\",2024-03,\"0.880\",UN\r\n"
                         "JPY,2024-03-01,150.25,UN\r\n"
                         "USD,2024-03,1,UN\r\n"
                         "KWD,2024-03,0.307512,\"UN, monthly\"\r\n",
                         &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_rates, ==, 5);
  g_assert_cmpuint (result.n_added, ==, 4);
  g_assert_cmpuint (result.n_unchanged, ==, 1);
  g_assert_cmpint (live_rates (f), ==, 4);
  g_assert_true (mz_rate_store_get (f->store, "JPY", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 150250000);
  g_assert_true (mz_rate_store_get (f->store, "KWD", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 307512);
  g_assert_true (mz_rate_store_get (f->store, "CHF", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 880000);

  /* semicolons; a re-import replaces the month's rate, audited */
  g_assert_true (import (f,
                         "month;units_per_usd;currency\n"
                         "2024-03;0.93;EUR\n"
                         "2024-03;0.88;CHF\n"
                         "2024-04;0.94;EUR\n"
                         "2024-04;0.94;EUR\n",
                         &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_rates, ==, 4);
  g_assert_cmpuint (result.n_added, ==, 1);
  g_assert_cmpuint (result.n_replaced, ==, 1);
  g_assert_cmpuint (result.n_unchanged, ==, 2);
  g_assert_true (mz_rate_store_get (f->store, "EUR", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 930000);
  g_assert_cmpint (live_rates (f), ==, 5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate WHERE deleted_at IS NOT NULL", NULL), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'exchange_rate' "
                                 "AND action = ?", "delete"), ==, 1);

  /* a dry run saves nothing */
  g_assert_true (mz_rate_import_data (f->store, "currency,month,units_per_usd\nGBP,2024-03,0.79\n", 44,
                                      "rates.csv", TRUE, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (live_rates (f), ==, 5);
}

static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  MzRateImportResult result = { 0 };
  const char *csv =
    "currency,month,units_per_usd\n"     /* 1 */
    "EUR,2024-03,0.92\n"                  /* 2: fine */
    "ABC,2024-03,1.5\n"                   /* 3: not a currency */
    "EUR,2024-13,0.92\n"                  /* 4: not a month */
    "GBP,2024-03,0,79\n"                  /* 5: decimal comma: an extra field, 0 */
    "GBP,2024-04,\"0,79\"\n"              /* 6: decimal comma */
    "JPY,2024-03,150.1234567\n"           /* 7: seven decimals */
    "USD,2024-03,1.1\n"                   /* 8: USD is 1 */
    "EUR,2024-03,0.93\n"                  /* 9: repeats line 2 with another rate */
    "CHF,2024-03\n"                       /* 10: a field missing */
    "CHF,\"2024-03,0.88\n"                /* 11: a quote not closed */
    "KWD,2024-03,-0.3\n"                  /* 12: negative */
    "EUR,2024-03,0.92\n";                 /* 13: repeats line 2, same rate: fine */

  g_assert_false (import (f, csv, &result, &problems, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "rates.csv"));
  g_assert_nonnull (strstr (error->message, "10 problems"));
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_assert_nonnull (strstr (error->message, "ABC"));
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 10);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "line 3:"));
  g_assert_true (g_str_has_prefix (problems->pdata[1], "line 4:"));
  g_assert_true (g_str_has_prefix (problems->pdata[2], "line 5:"));
  g_assert_true (g_str_has_prefix (problems->pdata[3], "line 6:"));
  g_assert_true (g_str_has_prefix (problems->pdata[4], "line 7:"));
  g_assert_nonnull (strstr (problems->pdata[4], "six decimals"));
  g_assert_true (g_str_has_prefix (problems->pdata[5], "line 8:"));
  g_assert_true (g_str_has_prefix (problems->pdata[6], "line 9:"));
  g_assert_nonnull (strstr (problems->pdata[6], "line 2"));
  g_assert_true (g_str_has_prefix (problems->pdata[7], "line 10:"));
  g_assert_true (g_str_has_prefix (problems->pdata[8], "line 11:"));
  g_assert_true (g_str_has_prefix (problems->pdata[9], "line 12:"));
  /* all or nothing: the good line 2 was not saved either */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate", NULL), ==, 0);
  g_clear_error (&error);

  /* not UTF-8 */
  g_assert_false (import (f, "currency,month,units_per_usd\nEUR,2024-03,0.92\n\xff\n", &result, NULL, &error));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);
  /* a header that is not ours */
  g_assert_false (import (f, "code,period,rate\nEUR,2024-03,0.92\n", &result, NULL, &error));
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);
  /* only a header, or nothing */
  g_assert_false (import (f, "currency,month,units_per_usd\n", &result, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (import (f, "", &result, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM exchange_rate", NULL), ==, 0);
}

/* Read with mz-csv: RFC 4180 quoting, a byte-order mark with semicolons,
 * and the lines after a broken one still checked. */
static void
test_import_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  MzRateImportResult result = { 0 };
  gint64 micro;

  /* A BOM and semicolons; quoted fields holding the other separator, a
   * doubled quote and a line break, in a column that is not read. */
  g_assert_true (import (f,
                         "\xef\xbb\xbf" "\"Currency\";\"Month\";\"units_per_usd\";\"Note\"\r\n"
                         "\"EUR\";2024-05;\"0.925\";\"from the \"\"UN\"\" table, rounded\"\r\n"
                         "GBP;\"2024-05\";0.79;\"two\r\nlines; still one row\"\r\n"
                         "CHF ; 2024-05 ; 0.9 ;\r\n",
                         &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_rates, ==, 3);
  g_assert_cmpuint (result.n_added, ==, 3);
  g_assert_true (mz_rate_store_get (f->store, "EUR", "2024-05", &micro, &error));
  g_assert_cmpint (micro, ==, 925000);
  g_assert_true (mz_rate_store_get (f->store, "GBP", "2024-05", &micro, &error));
  g_assert_cmpint (micro, ==, 790000);
  g_assert_true (mz_rate_store_get (f->store, "CHF", "2024-05", &micro, &error));
  g_assert_cmpint (micro, ==, 900000);

  /* A comma inside quotes is not a separator: the decimal comma is the
   * rate's problem, named as such, not a count of fields. */
  g_assert_false (import (f, "currency,month,units_per_usd\nEUR,2024-06,\"0,93\"\n", &result, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "line 2:"));
  g_assert_nonnull (strstr (problems->pdata[0], "“0,93” is not a rate"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* Broken lines are reported with their numbers and skipped; the lines
   * after them are checked; nothing is saved. */
  g_assert_false (import (f,
                          "currency;month;units_per_usd\n"    /* 1 */
                          "EUR;2024-06;0.93\n"                /* 2: fine */
                          "GBP;2024-06;0.\"8\"\n"             /* 3: a quote inside a field */
                          "CHF;\"2024-06\"x;0.9\n"            /* 4: text after a quote */
                          "JPY;2024-06;xyz\n"                 /* 5: not a rate */
                          "KWD;2024-06;\"0.3\n"               /* 6: a quote never closed */
                          "CAD;2024-13;1.3\n"                 /* 7: not a month */
                          "AUD;2024-06;1.5\n",                /* 8: fine */
                          &result, &problems, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5 problems"));
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 5);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "line 3:"));
  g_assert_nonnull (strstr (problems->pdata[0], "quotation mark"));
  g_assert_true (g_str_has_prefix (problems->pdata[1], "line 4:"));
  g_assert_nonnull (strstr (problems->pdata[1], "quotation mark"));
  g_assert_true (g_str_has_prefix (problems->pdata[2], "line 5:"));
  g_assert_nonnull (strstr (problems->pdata[2], "xyz"));
  g_assert_true (g_str_has_prefix (problems->pdata[3], "line 6:"));
  g_assert_nonnull (strstr (problems->pdata[3], "quotation mark"));
  g_assert_true (g_str_has_prefix (problems->pdata[4], "line 7:"));
  g_assert_nonnull (strstr (problems->pdata[4], "2024-13"));
  g_assert_false (mz_rate_store_get (f->store, "AUD", "2024-06", &micro, NULL));
  g_assert_false (mz_rate_store_get (f->store, "EUR", "2024-06", &micro, NULL));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* A header broken by its quoting names line 1; UTF-16 is not UTF-8. */
  g_assert_false (import (f, "currency,\"month,units_per_usd\nEUR,2024-06,0.93\n", &result, NULL, &error));
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);
  g_assert_false (mz_rate_import_data (f->store, "\xff\xfe" "c\0u\0", 6, "rates.csv", FALSE, &result, NULL, &error));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

/* mobilize-cli import rates */

static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *first,
         ...)
{
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "HOME", f->dir, TRUE);
  const char *arg;
  int status = 0;
  va_list args;

  if (cli == NULL)
    cli = "../app/mobilize-cli";
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", f->dir, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (f->dir, "rates.csv", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *missing_db = g_build_filename (f->dir, "none.db", NULL);
  char *out = NULL, *err = NULL;

  /* the fixture's database is open in this process; the CLI opens it too */
  g_assert_true (g_file_set_contents (good, "currency,month,units_per_usd\nEUR,2024-03,0.92\nCHF,2024-03,0.88\n", -1, &error));
  g_assert_true (g_file_set_contents (bad, "currency,month,units_per_usd\nEUR,2024-03,zero\n", -1, &error));

  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "rates", good, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2 added"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (live_rates (f), ==, 2);

  /* bad content: exit 1, one line naming the file and the line */
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "rates", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "bad.csv"));
  g_assert_nonnull (strstr (err, "line 2"));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* bad usage: exit 2 */
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "rates", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "budgets", good, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "rates", good, "extra", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a rates file read as partners, no such file, no such database: exit 1 */
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "partners", good, NULL), ==, 1);
  g_assert_cmpint (live_rates (f), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--db", f->path, "import", "rates", "/nonexistent/r.csv", NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--db", missing_db, "import", "rates", good, NULL), ==, 1);
  g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (live_rates (f), ==, 2);
  g_unlink (good);
  g_unlink (bad);
}

/* The rate entry of the exchange-rate window: parsing, formatting and a
 * validated, audited save. */
static void
test_entry (Fixture       *f,
            gconstpointer  data)
{
  static const struct { const char *text; gint64 micro; } good[] = {
    { "0.921", 921000 }, { "151.23", 151230000 }, { "1", 1000000 }, { " 0,9215 ", 921500 },
    { "0.000001", 1 }, { "10.5", 10500000 },
  };
  static const char *bad[] = { "", "0", "-1", "0.0000001", "abc", "1.2.3", "1e3", "." };
  g_autoptr(GError) error = NULL;
  MzRateChange change = 99;
  gint64 micro = 0;
  gint64 audit_before;

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (mz_currency_rates_parse (good[i].text, &micro, &error));
      g_assert_no_error (error);
      g_assert_cmpint (micro, ==, good[i].micro);
      text = mz_currency_rates_format (micro);
      g_assert_true (mz_currency_rates_parse (text, &micro, NULL));
      g_assert_cmpint (micro, ==, good[i].micro);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (mz_currency_rates_parse (bad[i], &micro, &error));
      g_assert_cmpstr (mz_validation_error_get_field (error), ==, "units_per_usd");
      g_clear_error (&error);
    }
  {
    g_autofree char *a = mz_currency_rates_format (921000);
    g_autofree char *b = mz_currency_rates_format (1000000);
    g_autofree char *c = mz_currency_rates_format (151234567);

    g_assert_cmpstr (a, ==, "0.921");
    g_assert_cmpstr (b, ==, "1.00");
    g_assert_cmpstr (c, ==, "151.234567");
  }

  /* refused, naming the field, nothing written */
  audit_before = query_int (f, "SELECT count(*) FROM audit_log", NULL);
  g_assert_false (mz_currency_rates_set (f->store, "XYZ", "2024-03", 921000, NULL, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "currency");
  g_clear_error (&error);
  g_assert_false (mz_currency_rates_set (f->store, "EUR", "2024-13", 921000, NULL, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "month");
  g_clear_error (&error);
  g_assert_false (mz_currency_rates_set (f->store, "EUR", "2024-03", 0, NULL, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "units_per_usd");
  g_clear_error (&error);
  g_assert_false (mz_currency_rates_set (f->store, "USD", "2024-03", 1100000, NULL, &error));
  g_assert_cmpstr (mz_validation_error_get_field (error), ==, "units_per_usd");
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log", NULL), ==, audit_before);
  g_assert_cmpint (live_rates (f), ==, 0);

  /* saved in its own transaction, audited; then replaced */
  g_assert_true (mz_currency_rates_set (f->store, "EUR", "2024-03", 921000, &change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (change, ==, MZ_RATE_ADDED);
  g_assert_false (mz_store_in_transaction (f->store));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE table_name = 'exchange_rate'", NULL), ==, 1);
  g_assert_true (mz_currency_rates_set (f->store, "EUR", "2024-03", 925000, &change, &error));
  g_assert_cmpint (change, ==, MZ_RATE_REPLACED);
  g_assert_true (mz_rate_store_get (f->store, "EUR", "2024-03", &micro, &error));
  g_assert_cmpint (micro, ==, 925000);
}

/* Conversion for the partner summary: the month's rate or the latest
 * before it; none at all is an error, never 1.0. */
static void
test_to_chf_latest (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzRateTable) rates = NULL;
  g_auto(GStrv) in_use = NULL;
  gint64 chf = -1;

  add_rates (f, "EUR", "2024-01", "2024-03", 920000);
  add_rates (f, "CHF", "2024-01", "2024-03", 880000);
  rates = mz_rate_table_load (f->store, &error);
  g_assert_no_error (error);

  /* EUR 1,000.00 in March: 100000 / 0.92 × 0.88 = 95652.17… → 95652 */
  g_assert_true (mz_currency_rates_to_chf_latest (rates, 100000, "EUR", "2024-03-15", &chf, &error));
  g_assert_cmpint (chf, ==, 95652);
  /* June has no rate: March's */
  g_assert_true (mz_currency_rates_to_chf_latest (rates, 100000, "EUR", "2024-06-01", &chf, &error));
  g_assert_cmpint (chf, ==, 95652);
  /* before the first rate: refused */
  chf = -1;
  g_assert_false (mz_currency_rates_to_chf_latest (rates, 100000, "EUR", "2023-12-31", &chf, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_assert_cmpint (chf, ==, -1);
  g_clear_error (&error);
  g_assert_false (mz_currency_rates_to_chf_latest (rates, 100000, "NOK", "2024-03-01", &chf, &error));
  g_assert_nonnull (strstr (error->message, "NOK"));
  g_clear_error (&error);
  /* CHF is itself */
  g_assert_true (mz_currency_rates_to_chf_latest (rates, 12345, "CHF", "1999-01-01", &chf, &error));
  g_assert_cmpint (chf, ==, 12345);

  /* nothing in use in an empty database */
  in_use = mz_currency_rates_in_use (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (in_use), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rates/store", test_store);
  ADD ("/rates/to-chf", test_to_chf);
  ADD ("/rates/table", test_table);
  ADD ("/rates/import", test_import);
  ADD ("/rates/import-refused", test_import_refused);
  ADD ("/rates/import-csv", test_import_csv);
  ADD ("/rates/cli", test_cli);
  ADD ("/rates/entry", test_entry);
  ADD ("/rates/to-chf-latest", test_to_chf_latest);
#undef ADD

  return g_test_run ();
}

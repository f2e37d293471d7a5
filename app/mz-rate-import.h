/* mz-rate-import.h — UN operational rates of exchange from a CSV file
 *
 * The file: UTF-8 (with or without a byte-order mark), comma- or
 * semicolon-separated, a header naming the columns currency, month and
 * units_per_usd (any order, any case; other columns are ignored), then one
 * rate per line: an ISO 4217 code, a month YYYY-MM (YYYY-MM-01 is read as
 * its month) and the units per US dollar with a decimal point and at most
 * six decimals, e.g. "EUR,2024-03,0.921". It is read with mz-csv: RFC
 * 4180 quoting (a quoted field may hold separators, doubled quotes and
 * line breaks). A line that cannot be read is a problem of that line; the
 * lines after it are still checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_rates;       /* data lines read */
  guint n_added;
  guint n_replaced;    /* the month already had another rate: soft-deleted, audited */
  guint n_unchanged;   /* the same rate was already there, or USD = 1 */
} MzRateImportResult;

/* Reads @data (@length bytes; @source names it in messages, e.g. the
 * file name) and saves every rate in ONE transaction. Any problem in any
 * line refuses the whole file: nothing is saved, @error says how many
 * problems there are and quotes the first ones with their line numbers,
 * and @problems (may be NULL) gets every one, "line N: …". */
gboolean  mz_rate_import_data  (MzStore             *store,
                                const char          *data,
                                gsize                length,
                                const char          *source,
                                gboolean             dry_run,
                                MzRateImportResult  *result,
                                GPtrArray          **problems,
                                GError             **error);

/* The same from a file. */
gboolean  mz_rate_import_file  (MzStore             *store,
                                GFile               *file,
                                gboolean             dry_run,
                                MzRateImportResult  *result,
                                GPtrArray          **problems,
                                GError             **error);

G_END_DECLS

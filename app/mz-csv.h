/* mz-csv.h — a streaming reader of CSV files (RFC 4180)
 *
 * Reads UTF-8 text with or without a byte-order mark, fields separated by
 * commas or semicolons (whichever the header line holds more of, outside
 * quotes), lines ending in CRLF, LF or CR. Fields may be quoted; a quoted
 * field may hold separators, line breaks (returned as "\n") and doubled
 * quotes. Blank lines are skipped. Every row must have as many fields as
 * the first one (the header).
 *
 * Errors are MZ_CSV_ERROR with a sentence that names the line: invalid
 * UTF-8, a quote that is never closed, text after a closing quote, a quote
 * inside an unquoted field, a row with too few or too many fields.
 * Reading may go on after such an error: the reader has dropped the rest
 * of the broken row's line (for a quote that is never closed: the line
 * where it opens), so the next call reads the next line. I/O errors and
 * cancellation end the reading.
 *
 * The file is read in blocks; only the current row is held in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MZ_CSV_ERROR (mz_csv_error_quark ())

typedef enum
{
  MZ_CSV_ERROR_ENCODING,
  MZ_CSV_ERROR_QUOTING,
  MZ_CSV_ERROR_RAGGED,
  MZ_CSV_ERROR_EMPTY,
} MzCsvError;

typedef struct _MzCsvReader MzCsvReader;

GQuark        mz_csv_error_quark          (void);

/* Reads from @stream (a reference is kept). */
MzCsvReader  *mz_csv_reader_new           (GInputStream  *stream);
/* Reads @length bytes of @data, which must outlive the reader. */
MzCsvReader  *mz_csv_reader_new_for_data  (const char    *data,
                                           gssize         length);
void          mz_csv_reader_free          (MzCsvReader   *self);

/* The next row: TRUE and *@fields (a NULL-terminated array the caller
 * frees with g_strfreev) and *@n_fields; FALSE at the end of the file
 * (no error) or on an error. The first row read is the header; an empty
 * file is an MZ_CSV_ERROR_EMPTY error. */
gboolean      mz_csv_reader_read_row      (MzCsvReader    *self,
                                           char         ***fields,
                                           guint          *n_fields,
                                           GCancellable   *cancellable,
                                           GError        **error);

/* Rows may have fewer or more fields than the header (default FALSE:
 * an MZ_CSV_ERROR_RAGGED error). */
void          mz_csv_reader_set_allow_ragged (MzCsvReader *self,
                                              gboolean     allow);

/* The line on which the row last read starts (1-based), or after an
 * MZ_CSV_ERROR, the line of the problem. */
guint         mz_csv_reader_get_line      (MzCsvReader   *self);
/* ',' or ';', known once the first row was read. */
char          mz_csv_reader_get_separator (MzCsvReader   *self);
/* Bytes consumed so far, for progress. */
guint64       mz_csv_reader_get_offset    (MzCsvReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzCsvReader, mz_csv_reader_free)

G_END_DECLS

/* mz-crm-import.h — partners and contacts from a CSV file, all or nothing
 *
 * The file is read with mz-csv (UTF-8 with or without BOM, comma or
 * semicolon, RFC 4180 quoting); its header line names the columns and an
 * MzImportMapping says which column fills which field. Every row is
 * checked with the services' own validation; the report lists every
 * problem with its line number and field, not only the first. Errors
 * refuse the whole file; warnings (likely duplicates of partners already
 * in the database; for contacts, a live contact of the same partner with
 * one of the row's e-mail addresses, in any case, or the same full name,
 * in any case or word order) do not. When there is no error the rows are saved in
 * ONE transaction with their audit_log rows; any failure rolls it back.
 *
 * Partners: Country is an ISO 3166 code or the country's name in English
 * (or in the language of the interface); Type and Status are codes or
 * their names. Two rows with the same name and country are an error.
 *
 * Contacts: the "partner" column holds a partner's id or its exact name
 * (case and spaces do not matter); unknown or ambiguous names are errors,
 * as are two rows for the same person and two primary contacts of one
 * partner. A primary contact takes the flag from the partner's current
 * primary contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-import-mapping.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint     line;      /* in the file, 1-based; 0 for the whole file */
  char     *field;     /* the field's code, or NULL */
  char     *message;   /* a translated sentence naming the field */
  gboolean  warning;   /* TRUE: does not stop the import */
} MzImportProblem;

typedef struct
{
  MzImportKind  kind;
  guint         n_rows;      /* data rows read */
  guint         n_saved;     /* rows saved; 0 on a dry run or on errors */
  guint         n_errors;
  guint         n_warnings;
  gboolean      saved;
  GPtrArray    *problems;    /* MzImportProblem*, by line */
} MzImportReport;

typedef struct
{
  char        **header;
  GPtrArray    *rows;        /* char** each, as many fields as the header */
  char          separator;
  guint         first_line;  /* the line of rows[0] */
  char         *error;       /* why reading stopped early, or NULL */
} MzImportPreview;

/* Called from the thread running the import; @fraction from 0 to 1. */
typedef void (*MzImportProgressFunc) (double    fraction,
                                      gpointer  user_data);

void             mz_import_problem_free   (MzImportProblem *problem);
/* "Line 4: Country: …" (or the message alone for line 0). */
char            *mz_import_problem_format (const MzImportProblem *problem);
void             mz_import_report_free    (MzImportReport  *report);
void             mz_import_preview_free   (MzImportPreview *preview);

/* The header and the first @max_rows rows of @file. Fails only when the
 * file cannot be read or its header is unusable; a broken row after the
 * header stops the preview with @preview->error set. */
MzImportPreview *mz_crm_import_preview    (GFile                 *file,
                                           guint                  max_rows,
                                           GCancellable          *cancellable,
                                           GError               **error);

/* Checks every row of @file with @mapping (NULL: guessed from the header)
 * and, unless @dry_run or there are errors, saves them all. Returns the
 * report, or NULL with @error when the file or the database cannot be
 * read or written, or on cancellation (nothing saved in any of these). */
MzImportReport  *mz_crm_import_file       (MzStore               *store,
                                           MzImportKind           kind,
                                           GFile                 *file,
                                           MzImportMapping       *mapping,
                                           gboolean               dry_run,
                                           MzImportProgressFunc   progress,
                                           gpointer               user_data,
                                           GCancellable          *cancellable,
                                           GError               **error);

/* The same from @data (@length bytes, -1 for a NUL-terminated text). */
MzImportReport  *mz_crm_import_data       (MzStore               *store,
                                           MzImportKind           kind,
                                           const char            *data,
                                           gssize                 length,
                                           MzImportMapping       *mapping,
                                           gboolean               dry_run,
                                           GCancellable          *cancellable,
                                           GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzImportReport, mz_import_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MzImportPreview, mz_import_preview_free)

G_END_DECLS

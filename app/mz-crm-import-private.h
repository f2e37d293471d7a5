/* mz-crm-import-private.h — the checks of one row, shared by the import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-crm-import.h"

G_BEGIN_DECLS

typedef struct
{
  MzStore          *store;
  MzImportMapping  *mapping;
  MzImportReport   *report;
  GPtrArray        *objects;          /* MzPartner or MzContact, to save */
  GHashTable       *seen;             /* duplicate key → first line */
  GHashTable       *seen_emails;      /* partner id + e-mail → first line */
  GHashTable       *primaries;        /* partner id → line of its primary */
  GHashTable       *partner_ids;      /* id → name, live partners */
  GHashTable       *partner_names;    /* name key → id, "" when ambiguous */
} MzImportContext;

void      mz_import_context_add_problem (MzImportContext  *ctx,
                                         guint             line,
                                         const char       *field,
                                         gboolean          warning,
                                         const char       *format,
                                         ...) G_GNUC_PRINTF (5, 6);

/* Reads what the checks of contacts need (the live partners). */
gboolean  mz_import_prepare_contacts    (MzImportContext  *ctx,
                                         GError          **error);

/* Checks one data row; problems go into the report, the checked object
 * into ctx->objects when the row has no error. FALSE only when the
 * database cannot be read. */
gboolean  mz_import_check_partner_row   (MzImportContext     *ctx,
                                         guint                line,
                                         const char * const  *row,
                                         GError             **error);
gboolean  mz_import_check_contact_row   (MzImportContext     *ctx,
                                         guint                line,
                                         const char * const  *row,
                                         GError             **error);

/* Case-folded, NFKC, runs of spaces as one: how names are compared. */
char     *mz_import_name_key            (const char          *name);

G_END_DECLS

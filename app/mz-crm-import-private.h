/* mz-crm-import-private.h — the checks of one row, shared by the import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact.h"
#include "mz-crm-import.h"

G_BEGIN_DECLS

typedef struct
{
  MzStore          *store;
  MzImportMapping  *mapping;
  MzImportReport   *report;
  GPtrArray        *objects;          /* MzPartner or MzContact, to save */
  GArray           *lines;            /* guint: the line of each of objects */
  GHashTable       *seen;             /* duplicate key → first line */
  GHashTable       *seen_emails;      /* partner id + e-mail → first line */
  GHashTable       *primaries;        /* partner id → line of its primary */
  GHashTable       *partner_ids;      /* id → name, live partners */
  GHashTable       *partner_names;    /* name key → id, "" when ambiguous */
  GHashTable       *existing;         /* partner id → its contacts' keys */
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

/* Once every row is checked: warns on each contact of ctx->objects (rows
 * without errors) whose partner already has a live contact with one of
 * its e-mail addresses or the same full name (mz-crm-import-existing.c).
 * FALSE only on a database error. */
gboolean  mz_import_warn_existing_contacts (MzImportContext  *ctx,
                                            GError          **error);
void      mz_import_context_clear_existing (MzImportContext *ctx);

/* A person's name as compared: mz_import_name_key() of the words of
 * @given_name and @family_name, punctuation dropped, the words sorted.
 * NULL when there are none. */
char     *mz_import_person_key          (const char          *given_name,
                                         const char          *family_name);

/* Case-folded, NFKC, runs of spaces as one: how names are compared. */
char     *mz_import_name_key            (const char          *name);

G_END_DECLS

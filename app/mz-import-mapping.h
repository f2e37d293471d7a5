/* mz-import-mapping.h — which column of a CSV file fills which field
 *
 * A mapping is made from the header line of a file: each field of a
 * partner or a contact is matched to the column whose name is the field's
 * English name or a common synonym ("Organisation" → name, "E-mail" →
 * emails, "Surname" → family name…), ignoring case, spaces and
 * punctuation. The user may then point any field at another column or
 * ignore it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  MZ_IMPORT_PARTNERS,
  MZ_IMPORT_CONTACTS,
} MzImportKind;

#define MZ_IMPORT_IGNORE (-1)

#define MZ_TYPE_IMPORT_MAPPING (mz_import_mapping_get_type ())
G_DECLARE_FINAL_TYPE (MzImportMapping, mz_import_mapping, MZ, IMPORT_MAPPING, GObject)

/* "partners" or "contacts" → the kind; FALSE for anything else. */
gboolean            mz_import_kind_from_string         (const char          *text,
                                                        MzImportKind        *kind);

/* The mapping of @header (the column names, NULL-terminated) guessed from
 * their names. */
MzImportMapping    *mz_import_mapping_new              (MzImportKind         kind,
                                                        const char * const  *header);

MzImportKind        mz_import_mapping_get_kind         (MzImportMapping     *self);
const char * const *mz_import_mapping_get_header       (MzImportMapping     *self);
guint               mz_import_mapping_get_n_columns    (MzImportMapping     *self);

/* The fields of the kind, in the order of a form. */
guint               mz_import_mapping_get_n_fields     (MzImportMapping     *self);
/* The field's code, e.g. "family_name". */
const char         *mz_import_mapping_get_field        (MzImportMapping     *self,
                                                        guint                field);
/* Its translated label, e.g. "Family name". */
const char         *mz_import_mapping_get_field_label  (MzImportMapping     *self,
                                                        guint                field);
gboolean            mz_import_mapping_get_field_required (MzImportMapping   *self,
                                                        guint                field);
/* The index of the field with @code, or -1. */
int                 mz_import_mapping_find_field       (MzImportMapping     *self,
                                                        const char          *code);

/* The column filling @field, or MZ_IMPORT_IGNORE. */
int                 mz_import_mapping_get_column       (MzImportMapping     *self,
                                                        guint                field);
void                mz_import_mapping_set_column       (MzImportMapping     *self,
                                                        guint                field,
                                                        int                  column);

/* Applies "FIELD=COLUMN" (a field code or label, then a column name as in
 * the header, or "ignore"); an error names what is not known. */
gboolean            mz_import_mapping_apply_override   (MzImportMapping     *self,
                                                        const char          *spec,
                                                        GError             **error);

/* The value of @field in @row (as read, not trimmed), or NULL when the
 * field is ignored. */
const char         *mz_import_mapping_get_value        (MzImportMapping     *self,
                                                        guint                field,
                                                        const char * const  *row);

G_END_DECLS

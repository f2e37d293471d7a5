/* mz-validate.h — checks of user input, with errors that name the field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An extended error domain: each error carries the name of the field it is
 * about (a column name such as "name" or "emails"), for a form to
 * highlight; the message starts with the field's label. */
#define MZ_VALIDATION_ERROR (mz_validation_error_quark ())

typedef enum
{
  MZ_VALIDATION_ERROR_REQUIRED,     /* empty where a value is needed */
  MZ_VALIDATION_ERROR_TOO_LONG,
  MZ_VALIDATION_ERROR_NOT_TEXT,     /* not valid UTF-8, or control characters */
  MZ_VALIDATION_ERROR_EMAIL,
  MZ_VALIDATION_ERROR_COUNTRY,
  MZ_VALIDATION_ERROR_CHOICE,       /* not one of the allowed codes */
  MZ_VALIDATION_ERROR_DATE,
  MZ_VALIDATION_ERROR_NUMBER,
  MZ_VALIDATION_ERROR_MISSING,      /* refers to a row that does not exist */
  MZ_VALIDATION_ERROR_CONFLICT,     /* contradicts another value */
} MzValidationError;

GQuark      mz_validation_error_quark     (void);

/* The field of an MZ_VALIDATION_ERROR, or NULL. */
const char *mz_validation_error_get_field (const GError *error);

/* Sets an MZ_VALIDATION_ERROR about @field: "@label: @message". */
void        mz_validation_set_error       (GError     **error,
                                           int          code,
                                           const char  *field,
                                           const char  *label,
                                           const char  *format,
                                           ...) G_GNUC_PRINTF (5, 6);

/* Text fields. The checks trim @value in place (it must be g_free()able or
 * NULL); an empty optional value becomes NULL. Lengths are in characters;
 * @max_chars 0 means free text: no maximum, line breaks allowed. */
gboolean    mz_validate_text              (char       **value,
                                           gboolean     required,
                                           glong        max_chars,
                                           const char  *field,
                                           const char  *label,
                                           GError     **error);

/* TRUE for one address local@domain.tld in the usual practical syntax
 * (ASCII or UTF-8 letters, no spaces, a dot in the domain). */
gboolean    mz_validate_is_email          (const char  *address);

/* Trims every member, drops empty ones, checks each address. */
gboolean    mz_validate_emails            (char      ***emails,
                                           const char  *field,
                                           const char  *label,
                                           GError     **error);

/* @value (may be NULL when !@required) is one of @choices. */
gboolean    mz_validate_choice            (const char          *value,
                                           const char * const  *choices,
                                           gboolean             required,
                                           const char          *field,
                                           const char          *label,
                                           GError             **error);

/* A calendar date YYYY-MM-DD (NULL allowed when !@required). */
gboolean    mz_validate_date              (const char  *value,
                                           gboolean     required,
                                           const char  *field,
                                           const char  *label,
                                           GError     **error);

G_END_DECLS

/* mz-validate.c — checks of user input, with errors that name the field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mz-validate.h"

typedef struct
{
  char *field;
} MzValidationErrorPrivate;

static void
mz_validation_error_private_init (MzValidationErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
mz_validation_error_private_copy (const MzValidationErrorPrivate *src,
                                  MzValidationErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
mz_validation_error_private_clear (MzValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (MzValidationError, mz_validation_error)

const char *
mz_validation_error_get_field (const GError *error)
{
  MzValidationErrorPrivate *priv;

  if (error == NULL || error->domain != MZ_VALIDATION_ERROR)
    return NULL;

  priv = mz_validation_error_get_private (error);
  return priv ? priv->field : NULL;
}

void
mz_validation_set_error (GError     **error,
                         int          code,
                         const char  *field,
                         const char  *label,
                         const char  *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;
  GError *new_error;
  MzValidationErrorPrivate *priv;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a field's label, then what is wrong with it. */
  new_error = g_error_new (MZ_VALIDATION_ERROR, code, _("%s: %s"), label, message);
  priv = mz_validation_error_get_private (new_error);
  priv->field = g_strdup (field);
  g_propagate_error (error, new_error);
}

gboolean
mz_validate_text (char       **value,
                  gboolean     required,
                  glong        max_chars,
                  const char  *field,
                  const char  *label,
                  GError     **error)
{
  glong length;

  if (*value != NULL && !g_utf8_validate (*value, -1, NULL))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NOT_TEXT, field, label,
                               _("this is not valid text; type it again."));
      return FALSE;
    }

  if (*value != NULL)
    g_strstrip (*value);

  if (*value == NULL || **value == '\0')
    {
      g_clear_pointer (value, g_free);
      if (required)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, field, label,
                                   _("enter a value; it cannot be empty."));
          return FALSE;
        }
      return TRUE;
    }

  for (const char *p = *value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Line breaks and tabs belong in free text (no maximum), not in
       * names. */
      if (g_unichar_iscntrl (c) && !(max_chars == 0 && (c == '\n' || c == '\t' || c == '\r')))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NOT_TEXT, field, label,
                                   _("remove the line breaks or control characters."));
          return FALSE;
        }
    }

  length = g_utf8_strlen (*value, -1);
  if (max_chars > 0 && length > max_chars)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_TOO_LONG, field, label,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "use at most %ld character (now %ld).",
                                            "use at most %ld characters (now %ld).",
                                            max_chars),
                               max_chars, length);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_atom_char (gunichar c)
{
  if (c >= 0x80)
    return g_unichar_isalnum (c) || g_unichar_ismark (c);
  return g_ascii_isalnum (c) || strchr ("!#$%&'*+-/=?^_`{|}~.", (int) c) != NULL;
}

gboolean
mz_validate_is_email (const char *address)
{
  const char *at;
  const char *domain;
  const char *last_dot;

  if (address == NULL || !g_utf8_validate (address, -1, NULL))
    return FALSE;

  at = strrchr (address, '@');
  if (at == NULL || at == address || strlen (address) > 254 || at - address > 64)
    return FALSE;

  for (const char *p = address; p < at; p = g_utf8_next_char (p))
    if (!is_atom_char (g_utf8_get_char (p)))
      return FALSE;
  if (address[0] == '.' || at[-1] == '.' || strstr (address, "..") != NULL)
    return FALSE;

  /* Domain: labels of letters, digits and hyphens, at least two of them. */
  domain = at + 1;
  last_dot = strrchr (domain, '.');
  if (*domain == '\0' || last_dot == NULL || last_dot == domain || last_dot[1] == '\0')
    return FALSE;

  for (const char *label = domain; label != NULL && *label != '\0';)
    {
      const char *end = strchr (label, '.');
      gsize len = end ? (gsize) (end - label) : strlen (label);

      if (len == 0 || len > 63 || label[0] == '-' || label[len - 1] == '-')
        return FALSE;
      for (const char *p = label; p < label + len; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!(c == '-' || (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c) || g_unichar_ismark (c))))
            return FALSE;
        }
      label = end ? end + 1 : NULL;
    }

  return TRUE;
}

gboolean
mz_validate_emails (char      ***emails,
                    const char  *field,
                    const char  *label,
                    GError     **error)
{
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  char **result;

  if (*emails == NULL)
    return TRUE;

  for (guint i = 0; (*emails)[i] != NULL; i++)
    {
      g_autofree char *address = g_strdup ((*emails)[i]);

      if (!g_utf8_validate (address, -1, NULL))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NOT_TEXT, field, label,
                                   _("this is not valid text; type it again."));
          return FALSE;
        }
      g_strstrip (address);
      if (*address == '\0')
        continue;
      if (!mz_validate_is_email (address))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_EMAIL, field, label,
                                   _("“%s” is not an e-mail address (like name@example.org)."),
                                   address);
          return FALSE;
        }
      g_strv_builder_add (kept, address);
    }

  result = g_strv_builder_end (kept);
  if (result[0] == NULL)
    g_clear_pointer (&result, g_strfreev);
  g_strfreev (*emails);
  *emails = result;
  return TRUE;
}

gboolean
mz_validate_choice (const char          *value,
                    const char * const  *choices,
                    gboolean             required,
                    const char          *field,
                    const char          *label,
                    GError             **error)
{
  if (value == NULL)
    {
      if (!required)
        return TRUE;
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, field, label,
                               _("choose a value."));
      return FALSE;
    }

  if (g_strv_contains (choices, value))
    return TRUE;

  mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, field, label,
                           _("“%s” is not one of the allowed values."), value);
  return FALSE;
}

gboolean
mz_validate_date (const char  *value,
                  gboolean     required,
                  const char  *field,
                  const char  *label,
                  GError     **error)
{
  int year, month, day;
  char end;

  if (value == NULL)
    {
      if (!required)
        return TRUE;
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, field, label,
                               _("enter a date."));
      return FALSE;
    }

  if (strlen (value) != 10 || value[4] != '-' || value[7] != '-' ||
      sscanf (value, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      year < 1865 || year > 2200 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, field, label,
                               _("“%s” is not a date; use the form 2025-03-31."), value);
      return FALSE;
    }

  return TRUE;
}

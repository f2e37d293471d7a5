/* mz-import-mapping.c — which column of a CSV file fills which field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-mapping"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-import-mapping.h"
#include "mz-validate.h"

typedef struct
{
  const char *code;
  const char *label;
  gboolean    required;
  /* Header names that mean this field, already normalised (lower case,
   * words separated by one space); the code itself always matches. */
  const char *synonyms[12];
} FieldSpec;

static const FieldSpec partner_fields[] = {
  { "name", N_("Name"), TRUE,
    { "name", "partner", "partner name", "organisation", "organization", "organisation name",
      "organization name", "company", "entity", "institution", "donor", NULL } },
  { "local_name", N_("Name in local script"), FALSE,
    { "name in local script", "local script name", "native name", "original name", "local", NULL } },
  { "short_name", N_("Short name"), FALSE,
    { "acronym", "abbreviation", "short", NULL } },
  { "partner_type", N_("Type"), TRUE,
    { "type", "partner type", "organisation type", "organization type", "kind", NULL } },
  { "country", N_("Country"), FALSE,
    { "country code", "iso", "iso code", "country iso", "country name", "nation", NULL } },
  { "status", N_("Status"), FALSE, { NULL } },
  { "website", N_("Website"), FALSE,
    { "web", "web site", "url", "homepage", "home page", "site", "web address", NULL } },
  { "lead_unit", N_("Lead unit"), FALSE,
    { "lead unit code", "unit", "bureau", "lead bureau", "owner unit", NULL } },
  { "membership_category", N_("Membership category"), FALSE,
    { "category", "membership", "membership class", NULL } },
  { "tags", N_("Tags"), FALSE, { "tag", "labels", "keywords", NULL } },
  { "notes", N_("Notes"), FALSE,
    { "note", "comments", "comment", "remarks", "description", NULL } },
};

static const FieldSpec contact_fields[] = {
  { "partner", N_("Partner"), TRUE,
    { "partner id", "partner name", "organisation", "organization", "company", "employer",
      "entity", "institution", NULL } },
  { "given_name", N_("Given name"), FALSE,
    { "first name", "firstname", "forename", "given", "first", NULL } },
  { "family_name", N_("Family name"), FALSE,
    { "last name", "lastname", "surname", "family", "last", "name", NULL } },
  { "local_name", N_("Name in local script"), FALSE,
    { "name in local script", "local script name", "native name", "local", NULL } },
  { "honorific", N_("Honorific"), FALSE,
    { "salutation", "courtesy title", "prefix", NULL } },
  { "title", N_("Job title"), FALSE,
    { "job title", "position", "function", "job", "post", NULL } },
  { "role", N_("Role"), FALSE, { NULL } },
  { "emails", N_("E-mail addresses"), FALSE,
    { "email", "e mail", "e mails", "email address", "e mail address", "email addresses",
      "e mail addresses", "mail", NULL } },
  { "phones", N_("Phone numbers"), FALSE,
    { "phone", "phone number", "telephone", "tel", "mobile", "phone numbers", NULL } },
  { "language", N_("Preferred language"), FALSE,
    { "preferred language", "un language", "lang", NULL } },
  { "is_primary", N_("Primary contact"), FALSE,
    { "primary", "primary contact", "main contact", "main", NULL } },
  { "consent_basis", N_("Legal basis"), FALSE,
    { "legal basis", "basis", "consent", NULL } },
  { "consent_date", N_("Consent date"), FALSE, { NULL } },
  { "consent_source", N_("Consent source"), FALSE, { "source", NULL } },
};

struct _MzImportMapping
{
  GObject          parent_instance;

  MzImportKind     kind;
  const FieldSpec *fields;
  guint            n_fields;
  char           **header;
  guint            n_columns;
  int             *columns;   /* per field */
};

G_DEFINE_FINAL_TYPE (MzImportMapping, mz_import_mapping, G_TYPE_OBJECT)

/* Lower case, letters and digits only, words separated by one space:
 * "E-Mail_Address " → "e mail address". */
static char *
normalise (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static gboolean
column_taken (MzImportMapping *self,
              int              column)
{
  for (guint i = 0; i < self->n_fields; i++)
    if (self->columns[i] == column)
      return TRUE;
  return FALSE;
}

static void
guess (MzImportMapping *self)
{
  g_auto(GStrv) names = g_new0 (char *, self->n_columns + 1);

  for (guint c = 0; c < self->n_columns; c++)
    names[c] = normalise (self->header[c]);

  /* First the exact field names (code or English label), then the
   * synonyms, so that "Name" beats "Partner name" for a partner's name
   * and a synonym never steals a column named exactly after a field. */
  for (guint f = 0; f < self->n_fields; f++)
    {
      g_autofree char *code = normalise (self->fields[f].code);
      g_autofree char *label = normalise (self->fields[f].label);

      for (guint c = 0; c < self->n_columns && self->columns[f] == MZ_IMPORT_IGNORE; c++)
        if ((g_str_equal (names[c], code) || g_str_equal (names[c], label)) &&
            !column_taken (self, c))
          self->columns[f] = c;
    }

  for (guint f = 0; f < self->n_fields; f++)
    for (guint s = 0; self->fields[f].synonyms[s] != NULL && self->columns[f] == MZ_IMPORT_IGNORE; s++)
      for (guint c = 0; c < self->n_columns; c++)
        if (g_str_equal (names[c], self->fields[f].synonyms[s]) && !column_taken (self, c))
          {
            self->columns[f] = c;
            break;
          }
}

static void
mz_import_mapping_finalize (GObject *object)
{
  MzImportMapping *self = MZ_IMPORT_MAPPING (object);

  g_strfreev (self->header);
  g_free (self->columns);

  G_OBJECT_CLASS (mz_import_mapping_parent_class)->finalize (object);
}

static void
mz_import_mapping_class_init (MzImportMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mz_import_mapping_finalize;
}

static void
mz_import_mapping_init (MzImportMapping *self)
{
}

gboolean
mz_import_kind_from_string (const char   *text,
                            MzImportKind *kind)
{
  if (g_strcmp0 (text, "partners") == 0)
    *kind = MZ_IMPORT_PARTNERS;
  else if (g_strcmp0 (text, "contacts") == 0)
    *kind = MZ_IMPORT_CONTACTS;
  else
    return FALSE;
  return TRUE;
}

MzImportMapping *
mz_import_mapping_new (MzImportKind         kind,
                       const char * const  *header)
{
  MzImportMapping *self = g_object_new (MZ_TYPE_IMPORT_MAPPING, NULL);

  self->kind = kind;
  self->fields = kind == MZ_IMPORT_PARTNERS ? partner_fields : contact_fields;
  self->n_fields = kind == MZ_IMPORT_PARTNERS ? G_N_ELEMENTS (partner_fields)
                                              : G_N_ELEMENTS (contact_fields);
  self->header = g_strdupv ((char **) header);
  if (self->header == NULL)
    self->header = g_new0 (char *, 1);
  self->n_columns = g_strv_length (self->header);
  self->columns = g_new (int, self->n_fields);
  for (guint f = 0; f < self->n_fields; f++)
    self->columns[f] = MZ_IMPORT_IGNORE;

  guess (self);
  return self;
}

MzImportKind
mz_import_mapping_get_kind (MzImportMapping *self)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), MZ_IMPORT_PARTNERS);
  return self->kind;
}

const char * const *
mz_import_mapping_get_header (MzImportMapping *self)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), NULL);
  return (const char * const *) self->header;
}

guint
mz_import_mapping_get_n_columns (MzImportMapping *self)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), 0);
  return self->n_columns;
}

guint
mz_import_mapping_get_n_fields (MzImportMapping *self)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), 0);
  return self->n_fields;
}

const char *
mz_import_mapping_get_field (MzImportMapping *self,
                             guint            field)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < self->n_fields, NULL);
  return self->fields[field].code;
}

const char *
mz_import_mapping_get_field_label (MzImportMapping *self,
                                   guint            field)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < self->n_fields, NULL);
  return _(self->fields[field].label);
}

gboolean
mz_import_mapping_get_field_required (MzImportMapping *self,
                                      guint            field)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), FALSE);
  g_return_val_if_fail (field < self->n_fields, FALSE);
  return self->fields[field].required;
}

int
mz_import_mapping_find_field (MzImportMapping *self,
                              const char      *code)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), -1);

  for (guint f = 0; f < self->n_fields; f++)
    if (g_strcmp0 (self->fields[f].code, code) == 0)
      return f;
  return -1;
}

int
mz_import_mapping_get_column (MzImportMapping *self,
                              guint            field)
{
  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), MZ_IMPORT_IGNORE);
  g_return_val_if_fail (field < self->n_fields, MZ_IMPORT_IGNORE);
  return self->columns[field];
}

void
mz_import_mapping_set_column (MzImportMapping *self,
                              guint            field,
                              int              column)
{
  g_return_if_fail (MZ_IS_IMPORT_MAPPING (self));
  g_return_if_fail (field < self->n_fields);
  g_return_if_fail (column == MZ_IMPORT_IGNORE || (column >= 0 && (guint) column < self->n_columns));

  self->columns[field] = column;
}

gboolean
mz_import_mapping_apply_override (MzImportMapping  *self,
                                  const char       *spec,
                                  GError          **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, "=", 2);
  g_autofree char *field_name = NULL;
  g_autofree char *column_name = NULL;
  int field = -1;
  int column = MZ_IMPORT_IGNORE;

  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), FALSE);

  if (parts[0] == NULL || parts[1] == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a mapping; write FIELD=COLUMN, e.g. name=Organisation."), spec);
      return FALSE;
    }

  field_name = normalise (parts[0]);
  for (guint f = 0; f < self->n_fields && field < 0; f++)
    {
      g_autofree char *code = normalise (self->fields[f].code);
      g_autofree char *label = normalise (_(self->fields[f].label));

      if (g_str_equal (field_name, code) || g_str_equal (field_name, label))
        field = f;
    }
  if (field < 0)
    {
      g_autoptr(GString) known = g_string_new (NULL);

      for (guint f = 0; f < self->n_fields; f++)
        g_string_append_printf (known, "%s%s", f ? ", " : "", self->fields[f].code);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("There is no field “%s”; the fields are: %s."), parts[0], known->str);
      return FALSE;
    }

  column_name = g_strstrip (g_strdup (parts[1]));
  if (g_ascii_strcasecmp (column_name, "ignore") != 0)
    {
      for (guint c = 0; c < self->n_columns && column < 0; c++)
        if (g_strcmp0 (self->header[c], column_name) == 0)
          column = c;
      for (guint c = 0; c < self->n_columns && column < 0; c++)
        {
          g_autofree char *a = normalise (self->header[c]);
          g_autofree char *b = normalise (column_name);

          if (g_str_equal (a, b))
            column = c;
        }
      if (column < 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("The file has no column “%s”."), column_name);
          return FALSE;
        }
    }

  self->columns[field] = column;
  return TRUE;
}

const char *
mz_import_mapping_get_value (MzImportMapping     *self,
                             guint                field,
                             const char * const  *row)
{
  int column;

  g_return_val_if_fail (MZ_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < self->n_fields, NULL);

  column = self->columns[field];
  if (column == MZ_IMPORT_IGNORE || row == NULL)
    return NULL;
  for (int c = 0; c < column; c++)
    if (row[c] == NULL)
      return NULL;
  return row[column];
}

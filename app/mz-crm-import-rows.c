/* mz-crm-import-rows.c — the checks of one row of a partner or contact file
 *
 * Each row becomes an MzPartner or MzContact: texts are copied, codes
 * (type, status, country, language, primary) are read from a code or a
 * name, lists (tags, e-mails, phones) are split. Then the service's own
 * validation runs; as it stops at the first problem, a field it refused is
 * set aside and the validation runs again, so that the report names every
 * problem of the row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-crm-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "mz-contact-service.h"
#include "mz-countries.h"
#include "mz-crm-import-private.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-partner-duplicates.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-validate.h"

/* How many times a row is validated again after a problem. */
#define MAX_PROBLEMS_PER_ROW 12
#define MAX_DUPLICATE_WARNINGS 3

void
mz_import_context_add_problem (MzImportContext *ctx,
                               guint            line,
                               const char      *field,
                               gboolean         warning,
                               const char      *format,
                               ...)
{
  MzImportProblem *problem = g_new0 (MzImportProblem, 1);
  va_list args;

  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  problem->line = line;
  problem->field = g_strdup (field);
  problem->warning = warning;
  if (warning)
    ctx->report->n_warnings++;
  else
    ctx->report->n_errors++;
  g_ptr_array_add (ctx->report->problems, problem);
}

char *
mz_import_name_key (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key = g_string_new (NULL);
  gboolean space = FALSE;

  if (name == NULL)
    return g_string_free (key, FALSE);
  normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (normal ? normal : name, -1);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && key->len > 0)
            g_string_append_c (key, ' ');
          space = FALSE;
          g_string_append_unichar (key, c);
        }
    }
  return g_string_free (key, FALSE);
}

/* The value of @code in @row, trimmed, or NULL when empty or ignored. */
static char *
value_of (MzImportContext     *ctx,
          const char * const  *row,
          const char          *code)
{
  int field = mz_import_mapping_find_field (ctx->mapping, code);
  const char *raw;
  char *value;

  if (field < 0)
    return NULL;
  raw = mz_import_mapping_get_value (ctx->mapping, field, row);
  if (raw == NULL)
    return NULL;
  value = g_strstrip (g_strdup (raw));
  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static const char *
label_of (MzImportContext *ctx,
          const char      *code)
{
  int field = mz_import_mapping_find_field (ctx->mapping, code);

  return field >= 0 ? mz_import_mapping_get_field_label (ctx->mapping, field) : code;
}

/* Splits a list cell on ; , | and, when @spaces, white space too. */
static char **
split_list (const char *text,
            gboolean    spaces)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;
  parts = g_regex_split_simple (spaces ? "[;,|\\s]+" : "[;,|]+", text, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* The label in English: the msgid, which gettext returns when this
 * thread's LC_MESSAGES is the C locale (LANGUAGE is then ignored). */
static char *
english_label (const char *(*label_func) (const char *),
               const char  *code)
{
  static locale_t c_locale = (locale_t) 0;
  static gsize initialized = 0;
  locale_t previous;
  char *label;

  if (g_once_init_enter (&initialized))
    {
      c_locale = newlocale (LC_MESSAGES_MASK, "C", (locale_t) 0);
      g_once_init_leave (&initialized, 1);
    }
  if (c_locale == (locale_t) 0)
    return mz_import_name_key (label_func (code));

  previous = uselocale (c_locale);
  label = mz_import_name_key (label_func (code));
  uselocale (previous);
  return label;
}

/* A code from @choices, matched by the code itself (any case, spaces or
 * dashes for underscores), by @label_func's English name or its name in
 * the interface's language. NULL when none matches. */
static const char *
find_choice (const char          *value,
             const char * const  *choices,
             const char        *(*label_func) (const char *))
{
  g_autofree char *key = mz_import_name_key (value);

  g_strdelimit (key, " -", '_');
  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autofree char *english = NULL;
      g_autofree char *shown = NULL;

      if (g_str_equal (key, choices[i]))
        return choices[i];
      if (label_func == NULL)
        continue;
      shown = mz_import_name_key (label_func (choices[i]));
      english = english_label (label_func, choices[i]);
      g_strdelimit (shown, " -", '_');
      g_strdelimit (english, " -", '_');
      if (g_str_equal (key, shown) || g_str_equal (key, english))
        return choices[i];
    }
  return NULL;
}

/* Country names, English and in the interface's language → code. The
 * English names are the iso-codes msgids: read with the C locale for
 * LC_MESSAGES in this thread, where gettext returns them untranslated. */
static GHashTable *
country_names (void)
{
  static gsize initialized = 0;
  static GHashTable *names = NULL;

  if (g_once_init_enter (&initialized))
    {
      const char * const *codes = mz_countries_list_codes ();
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      locale_t c_locale = newlocale (LC_MESSAGES_MASK, "C", (locale_t) 0);
      locale_t previous = (locale_t) 0;

      for (guint pass = 0; pass < 2; pass++)
        {
          if (pass == 1)
            {
              if (c_locale == (locale_t) 0)
                break;
              previous = uselocale (c_locale);
            }
          for (guint i = 0; codes[i] != NULL; i++)
            {
              const char *name = mz_countries_get_name (codes[i]);

              if (name != NULL)
                g_hash_table_insert (table, mz_import_name_key (name), (gpointer) codes[i]);
            }
          if (pass == 1)
            uselocale (previous);
        }
      if (c_locale != (locale_t) 0)
        freelocale (c_locale);
      names = table;
      g_once_init_leave (&initialized, 1);
    }
  return names;
}

static const char *
find_country (const char *value)
{
  g_autofree char *upper = g_ascii_strup (value, -1);
  g_autofree char *key = NULL;

  if (strlen (upper) == 2 && mz_countries_is_valid (upper))
    return g_intern_string (upper);
  key = mz_import_name_key (value);
  return g_hash_table_lookup (country_names (), key);
}

/* The property of @object named like @field ("local_name" → "local-name")
 * is set to something the validation accepts, so that it can look at the
 * other fields. FALSE when that is not possible. */
static gboolean
set_aside (GObject    *object,
           const char *field)
{
  g_autofree char *property = g_strdelimit (g_strdup (field), "_", '-');
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  if (pspec == NULL)
    return FALSE;
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
    {
      const char *placeholder = NULL;

      if (g_str_equal (field, "name") || g_str_equal (field, "family_name"))
        placeholder = "-";
      else if (g_str_equal (field, "partner_type"))
        placeholder = "ngo";
      g_object_set (object, property, placeholder, NULL);
    }
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    g_object_set (object, property, NULL, NULL);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT)
    g_object_set (object, property, 0, NULL);
  else
    return FALSE;
  return TRUE;
}

typedef gboolean (*ValidateFunc) (MzStore *, gpointer, GError **);
typedef gpointer (*CopyFunc) (gpointer);

/* Runs @validate on @object until it passes, reporting each field it
 * refuses (unless that field was already reported). TRUE if the row is
 * valid; @object is then validated and normalised. */
static gboolean
validate_all (MzImportContext  *ctx,
              guint             line,
              GObject          *object,
              CopyFunc          copy,
              ValidateFunc      validate,
              GHashTable       *reported,
              gboolean         *db_failed,
              GError          **db_error)
{
  g_autoptr(GObject) scratch = NULL;
  gboolean ok = g_hash_table_size (reported) == 0;

  {
    g_autoptr(GError) error = NULL;

    if (validate (ctx->store, object, &error))
      return ok;
    if (error->domain != MZ_VALIDATION_ERROR)
      {
        *db_failed = TRUE;
        g_propagate_error (db_error, g_steal_pointer (&error));
        return FALSE;
      }
    scratch = copy (object);
    if (!g_hash_table_contains (reported, mz_validation_error_get_field (error)))
      {
        mz_import_context_add_problem (ctx, line, mz_validation_error_get_field (error), FALSE,
                                       "%s", error->message);
        g_hash_table_add (reported, g_strdup (mz_validation_error_get_field (error)));
      }
    if (!set_aside (scratch, mz_validation_error_get_field (error)))
      return FALSE;
  }

  for (guint attempt = 0; attempt < MAX_PROBLEMS_PER_ROW; attempt++)
    {
      g_autoptr(GError) error = NULL;
      const char *field;

      if (validate (ctx->store, scratch, &error))
        break;
      if (error->domain != MZ_VALIDATION_ERROR)
        {
          *db_failed = TRUE;
          g_propagate_error (db_error, g_steal_pointer (&error));
          return FALSE;
        }
      field = mz_validation_error_get_field (error);
      if (field == NULL)
        break;
      if (!g_hash_table_contains (reported, field))
        {
          mz_import_context_add_problem (ctx, line, field, FALSE, "%s", error->message);
          g_hash_table_add (reported, g_strdup (field));
        }
      if (!set_aside (scratch, field))
        break;
    }
  return FALSE;
}

static gboolean
validate_partner (MzStore   *store,
                  gpointer   partner,
                  GError   **error)
{
  return mz_partner_service_validate (store, partner, error);
}

static gboolean
validate_contact (MzStore   *store,
                  gpointer   contact,
                  GError   **error)
{
  return mz_contact_service_validate (store, contact, error);
}

static gpointer
copy_partner (gpointer partner)
{
  return mz_partner_copy (partner);
}

static gpointer
copy_contact (gpointer contact)
{
  return mz_contact_copy (contact);
}

/* The first line holding @key, or records it for @line and returns 0. */
static guint
first_line_of (GHashTable *table,
               char       *key,
               guint       line)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  if (first != 0)
    {
      g_free (key);
      return first;
    }
  g_hash_table_insert (table, key, GUINT_TO_POINTER (line));
  return 0;
}

static gboolean
warn_duplicates (MzImportContext  *ctx,
                 guint             line,
                 MzPartner        *partner,
                 GError          **error)
{
  g_autoptr(GPtrArray) matches = mz_partner_find_duplicates (ctx->store, partner, NULL,
                                                             MAX_DUPLICATE_WARNINGS, error);

  if (matches == NULL)
    return FALSE;
  for (guint i = 0; i < matches->len; i++)
    {
      MzDuplicateMatch *match = g_ptr_array_index (matches, i);
      g_autofree char *why = mz_duplicate_reasons_describe (match->reasons);

      mz_import_context_add_problem (ctx, line, "name", TRUE,
                                     /* Translators: a partner in the file, an existing
                                      * partner, then e.g. "same name, same website". */
                                     _("“%s” may already exist as “%s” (%s)."),
                                     mz_partner_get_name (partner), match->name, why);
    }
  return TRUE;
}

gboolean
mz_import_check_partner_row (MzImportContext     *ctx,
                             guint                line,
                             const char * const  *row,
                             GError             **error)
{
  g_autoptr(MzPartner) partner = mz_partner_new ();
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *name = value_of (ctx, row, "name");
  g_autofree char *local_name = value_of (ctx, row, "local_name");
  g_autofree char *short_name = value_of (ctx, row, "short_name");
  g_autofree char *type = value_of (ctx, row, "partner_type");
  g_autofree char *country = value_of (ctx, row, "country");
  g_autofree char *status = value_of (ctx, row, "status");
  g_autofree char *website = value_of (ctx, row, "website");
  g_autofree char *category = value_of (ctx, row, "membership_category");
  g_autofree char *unit = value_of (ctx, row, "lead_unit");
  g_autofree char *tags_text = value_of (ctx, row, "tags");
  g_autofree char *notes = value_of (ctx, row, "notes");
  g_auto(GStrv) tags = split_list (tags_text, FALSE);
  g_autofree char *name_key = NULL;
  gboolean db_failed = FALSE;
  guint first;

  mz_partner_set_name (partner, name);
  mz_partner_set_local_name (partner, local_name);
  mz_partner_set_short_name (partner, short_name);
  mz_partner_set_website (partner, website);
  mz_partner_set_membership_category (partner, category);
  mz_partner_set_notes (partner, notes);
  mz_partner_set_tags (partner, tags && tags[0] ? (const char * const *) tags : NULL);

  if (type != NULL)
    {
      const char *code = find_choice (type, mz_partner_types (), mz_labels_partner_type);

      if (code == NULL)
        {
          mz_import_context_add_problem (ctx, line, "partner_type", FALSE,
                                         _("%s: “%s” is not a type of partner (like Member State, Academia or NGO)."),
                                         label_of (ctx, "partner_type"), type);
          g_hash_table_add (reported, g_strdup ("partner_type"));
          code = "ngo";
        }
      mz_partner_set_partner_type (partner, code);
    }

  if (country != NULL)
    {
      const char *code = find_country (country);

      if (code == NULL)
        {
          mz_import_context_add_problem (ctx, line, "country", FALSE,
                                         _("%s: “%s” is not a country; use its two-letter ISO code (CH) or its English name (Switzerland)."),
                                         label_of (ctx, "country"), country);
          g_hash_table_add (reported, g_strdup ("country"));
        }
      mz_partner_set_country (partner, code);
    }

  if (unit != NULL)
    {
      g_autoptr(GError) unit_error = NULL;
      g_autofree char *upper = g_ascii_strup (unit, -1);
      g_autoptr(MzOrgUnit) found = mz_org_unit_find (ctx->store, upper, &unit_error);

      if (found == NULL && !g_error_matches (unit_error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&unit_error));
          return FALSE;
        }
      if (found == NULL)
        {
          mz_import_context_add_problem (ctx, line, "lead_unit", FALSE,
                                         _("%s: “%s” is not the code of an ITU unit (like GS, BR, TSB, BDT or RO-AFR)."),
                                         label_of (ctx, "lead_unit"), unit);
          g_hash_table_add (reported, g_strdup ("lead_unit"));
        }
      else
        mz_partner_set_lead_unit_id (partner, mz_org_unit_get_id (found));
    }

  if (status != NULL)
    {
      const char *code = find_choice (status, mz_partner_statuses (), mz_labels_partner_status);

      if (code == NULL)
        {
          mz_import_context_add_problem (ctx, line, "status", FALSE,
                                         _("%s: “%s” is not a status; use prospect, active or inactive."),
                                         label_of (ctx, "status"), status);
          g_hash_table_add (reported, g_strdup ("status"));
        }
      mz_partner_set_status (partner, code);
    }

  if (!validate_all (ctx, line, G_OBJECT (partner), copy_partner, validate_partner,
                     reported, &db_failed, error))
    return !db_failed;

  /* The same partner twice in the file: same name in the same country. */
  name_key = mz_import_name_key (mz_partner_get_name (partner));
  first = first_line_of (ctx->seen,
                         g_strdup_printf ("%s\x1f%s", mz_partner_get_country (partner) ?: "", name_key),
                         line);
  if (first != 0)
    {
      mz_import_context_add_problem (ctx, line, "name", FALSE,
                                     _("“%s” is already on line %u of this file (same name and country)."),
                                     mz_partner_get_name (partner), first);
      return TRUE;
    }

  if (!warn_duplicates (ctx, line, partner, error))
    return FALSE;

  g_ptr_array_add (ctx->objects, g_steal_pointer (&partner));
  g_array_append_val (ctx->lines, line);
  return TRUE;
}

static const struct
{
  const char *code;
  const char *english;
  const char *native;
} languages[] = {
  { "ar", "arabic", "العربية" },
  { "zh", "chinese", "中文" },
  { "en", "english", "english" },
  { "fr", "french", "français" },
  { "ru", "russian", "русский" },
  { "es", "spanish", "español" },
};

static const char *
find_language (const char *value)
{
  g_autofree char *key = mz_import_name_key (value);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (key, languages[i].code) || g_str_equal (key, languages[i].english) ||
        g_str_equal (key, languages[i].native))
      return languages[i].code;
  return NULL;
}

/* yes/no, true/false, 1/0, x: -1 when none of these. */
static int
parse_flag (const char *value)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "x", "primary", "oui", "是", NULL };
  static const char * const no[] = { "no", "n", "false", "0", "non", "否", NULL };
  g_autofree char *key = mz_import_name_key (value);

  if (g_strv_contains (yes, key))
    return 1;
  if (g_strv_contains (no, key))
    return 0;
  return -1;
}

gboolean
mz_import_prepare_contacts (MzImportContext  *ctx,
                            GError          **error)
{
  MzPartnerQuery query = { 0 };
  g_autoptr(GListModel) partners = mz_partner_store_list (ctx->store, &query, error);
  guint n;

  if (partners == NULL)
    return FALSE;

  ctx->partner_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->partner_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n = g_list_model_get_n_items (partners);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzPartner) partner = g_list_model_get_item (partners, i);
      char *key = mz_import_name_key (mz_partner_get_name (partner));

      g_hash_table_insert (ctx->partner_ids, g_strdup (mz_partner_get_id (partner)),
                           g_strdup (mz_partner_get_name (partner)));
      if (g_hash_table_contains (ctx->partner_names, key))
        g_hash_table_insert (ctx->partner_names, key, g_strdup (""));
      else
        g_hash_table_insert (ctx->partner_names, key, g_strdup (mz_partner_get_id (partner)));
    }
  return TRUE;
}

/* The id of the partner named or identified by @value, or NULL with a
 * problem reported. */
static const char *
find_partner (MzImportContext *ctx,
              guint            line,
              const char      *value)
{
  g_autofree char *key = NULL;
  gpointer found_id = NULL;
  const char *id;

  if (value == NULL)
    {
      mz_import_context_add_problem (ctx, line, "partner", FALSE,
                                     _("%s: give the name or the id of the partner this person works for."),
                                     label_of (ctx, "partner"));
      return NULL;
    }
  if (g_hash_table_lookup_extended (ctx->partner_ids, value, &found_id, NULL))
    return found_id;

  key = mz_import_name_key (value);
  id = g_hash_table_lookup (ctx->partner_names, key);
  if (id == NULL)
    {
      mz_import_context_add_problem (ctx, line, "partner", FALSE,
                                     _("%s: there is no partner named “%s”; import or create it first."),
                                     label_of (ctx, "partner"), value);
      return NULL;
    }
  if (*id == '\0')
    {
      mz_import_context_add_problem (ctx, line, "partner", FALSE,
                                     _("%s: several partners are named “%s”; give the partner’s id instead."),
                                     label_of (ctx, "partner"), value);
      return NULL;
    }
  return id;
}

gboolean
mz_import_check_contact_row (MzImportContext     *ctx,
                             guint                line,
                             const char * const  *row,
                             GError             **error)
{
  g_autoptr(MzContact) contact = mz_contact_new ();
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *partner = value_of (ctx, row, "partner");
  g_autofree char *emails_text = value_of (ctx, row, "emails");
  g_autofree char *phones_text = value_of (ctx, row, "phones");
  g_autofree char *language = value_of (ctx, row, "language");
  g_autofree char *primary = value_of (ctx, row, "is_primary");
  g_autofree char *basis = value_of (ctx, row, "consent_basis");
  g_auto(GStrv) emails = split_list (emails_text, TRUE);
  g_auto(GStrv) phones = split_list (phones_text, FALSE);
  g_autofree char *person_key = NULL;
  static const char * const texts[] = {
    "given_name", "family_name", "local_name", "honorific", "title", "role",
    "consent_date", "consent_source",
  };
  const char *partner_id;
  gboolean db_failed = FALSE;
  gboolean valid;
  guint first;

  partner_id = find_partner (ctx, line, partner);
  if (partner_id == NULL)
    g_hash_table_add (reported, g_strdup ("partner_id"));
  else
    mz_contact_set_partner_id (contact, partner_id);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *value = value_of (ctx, row, texts[i]);
      g_autofree char *property = g_strdelimit (g_strdup (texts[i]), "_", '-');

      g_object_set (contact, property, value, NULL);
    }
  mz_contact_set_emails (contact, emails && emails[0] ? (const char * const *) emails : NULL);
  mz_contact_set_phones (contact, phones && phones[0] ? (const char * const *) phones : NULL);

  if (language != NULL)
    {
      const char *code = find_language (language);

      if (code == NULL)
        {
          mz_import_context_add_problem (ctx, line, "language", FALSE,
                                         _("%s: “%s” is not one of the six UN languages (Arabic, Chinese, English, French, Russian, Spanish)."),
                                         label_of (ctx, "language"), language);
          g_hash_table_add (reported, g_strdup ("language"));
        }
      mz_contact_set_language (contact, code);
    }

  if (primary != NULL)
    {
      int flag = parse_flag (primary);

      if (flag < 0)
        {
          mz_import_context_add_problem (ctx, line, "is_primary", FALSE,
                                         _("%s: “%s” is neither yes nor no."),
                                         label_of (ctx, "is_primary"), primary);
          g_hash_table_add (reported, g_strdup ("is_primary"));
        }
      mz_contact_set_is_primary (contact, flag == 1);
    }

  if (basis != NULL)
    {
      g_autofree char *code = mz_import_name_key (basis);

      g_strdelimit (code, " -", '_');
      mz_contact_set_consent_basis (contact, code);
    }

  if (partner_id == NULL)
    {
      /* Validate the rest against any live partner: the partner is
       * already reported. */
      GHashTableIter iter;
      gpointer any = NULL;

      g_hash_table_iter_init (&iter, ctx->partner_ids);
      if (!g_hash_table_iter_next (&iter, &any, NULL))
        return TRUE;
      mz_contact_set_partner_id (contact, any);
    }

  valid = validate_all (ctx, line, G_OBJECT (contact), copy_contact, validate_contact,
                        reported, &db_failed, error);
  if (db_failed)
    return FALSE;
  if (partner_id == NULL)
    return TRUE;

  /* The same person twice for one partner: same names, or an e-mail
   * address in common. */
  person_key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", partner_id,
                                mz_contact_get_given_name (contact) ?: "",
                                mz_contact_get_family_name (contact) ?: "",
                                mz_contact_get_local_name (contact) ?: "");
  first = 0;
  if (mz_contact_get_given_name (contact) != NULL || mz_contact_get_family_name (contact) != NULL ||
      mz_contact_get_local_name (contact) != NULL)
    first = first_line_of (ctx->seen, mz_import_name_key (person_key), line);
  for (guint i = 0; first == 0 && emails != NULL && mz_contact_get_emails (contact) != NULL &&
                    mz_contact_get_emails (contact)[i] != NULL; i++)
    {
      g_autofree char *address = g_utf8_casefold (mz_contact_get_emails (contact)[i], -1);

      first = first_line_of (ctx->seen_emails, g_strdup_printf ("%s\x1f%s", partner_id, address), line);
    }
  if (first != 0)
    {
      mz_import_context_add_problem (ctx, line, "family_name", FALSE,
                                     _("This person is already on line %u of this file (same partner and name or e-mail)."),
                                     first);
      valid = FALSE;
    }

  if (mz_contact_get_is_primary (contact))
    {
      first = first_line_of (ctx->primaries, g_strdup (partner_id), line);
      if (first != 0)
        {
          mz_import_context_add_problem (ctx, line, "is_primary", FALSE,
                                         _("%s: line %u already makes another person the primary contact of “%s”; a partner has one primary contact."),
                                         label_of (ctx, "is_primary"), first,
                                         (const char *) g_hash_table_lookup (ctx->partner_ids, partner_id));
          valid = FALSE;
        }
    }

  /* Only a row that would be saved is compared with the contacts in the
   * database (mz_import_warn_existing_contacts(), once every row is read):
   * a row with errors has its messages already. */
  if (valid)
    {
      g_ptr_array_add (ctx->objects, g_steal_pointer (&contact));
      g_array_append_val (ctx->lines, line);
    }
  return TRUE;
}

/* mz-countries.c — ISO 3166-1 countries (from iso-codes) and their ITU region
 *
 * The list of countries and their names come from iso-codes, read once with
 * GMarkup from its XML file (json-glib is not a dependency). The ITU region
 * of each country is compiled in: the six regions of ITU-D, with the Arab
 * States as ITU-D counts them (the 21 Arab League members with Palestine)
 * and the CIS region as its nine Member States (Armenia, Azerbaijan,
 * Belarus, Kazakhstan, Kyrgyzstan, the Russian Federation, Tajikistan,
 * Turkmenistan, Uzbekistan); Georgia, Moldova and Ukraine are in Europe.
 * Territories that are not ITU Member States follow their geography.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-countries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-countries.h"

#define ISO_3166_XML ISO_CODES_PREFIX "/share/xml/iso-codes/iso_3166-1.xml"
#define ISO_3166_JSON ISO_CODES_PREFIX "/share/iso-codes/json/iso_3166-1.json"

typedef struct
{
  const char *code;
  const char *region;
} CountryRegion;

/* Sorted by code for bsearch(). */
static const CountryRegion regions[] = {
  { "AD", "EUR" }, { "AE", "ARB" }, { "AF", "ASP" }, { "AG", "AMS" },
  { "AI", "AMS" }, { "AL", "EUR" }, { "AM", "CIS" }, { "AO", "AFR" },
  { "AQ", "ASP" }, { "AR", "AMS" }, { "AS", "ASP" }, { "AT", "EUR" },
  { "AU", "ASP" }, { "AW", "AMS" }, { "AX", "EUR" }, { "AZ", "CIS" },
  { "BA", "EUR" }, { "BB", "AMS" }, { "BD", "ASP" }, { "BE", "EUR" },
  { "BF", "AFR" }, { "BG", "EUR" }, { "BH", "ARB" }, { "BI", "AFR" },
  { "BJ", "AFR" }, { "BL", "AMS" }, { "BM", "AMS" }, { "BN", "ASP" },
  { "BO", "AMS" }, { "BQ", "AMS" }, { "BR", "AMS" }, { "BS", "AMS" },
  { "BT", "ASP" }, { "BV", "EUR" }, { "BW", "AFR" }, { "BY", "CIS" },
  { "BZ", "AMS" }, { "CA", "AMS" }, { "CC", "ASP" }, { "CD", "AFR" },
  { "CF", "AFR" }, { "CG", "AFR" }, { "CH", "EUR" }, { "CI", "AFR" },
  { "CK", "ASP" }, { "CL", "AMS" }, { "CM", "AFR" }, { "CN", "ASP" },
  { "CO", "AMS" }, { "CR", "AMS" }, { "CU", "AMS" }, { "CV", "AFR" },
  { "CW", "AMS" }, { "CX", "ASP" }, { "CY", "EUR" }, { "CZ", "EUR" },
  { "DE", "EUR" }, { "DJ", "ARB" }, { "DK", "EUR" }, { "DM", "AMS" },
  { "DO", "AMS" }, { "DZ", "ARB" }, { "EC", "AMS" }, { "EE", "EUR" },
  { "EG", "ARB" }, { "EH", "ARB" }, { "ER", "AFR" }, { "ES", "EUR" },
  { "ET", "AFR" }, { "FI", "EUR" }, { "FJ", "ASP" }, { "FK", "AMS" },
  { "FM", "ASP" }, { "FO", "EUR" }, { "FR", "EUR" }, { "GA", "AFR" },
  { "GB", "EUR" }, { "GD", "AMS" }, { "GE", "EUR" }, { "GF", "AMS" },
  { "GG", "EUR" }, { "GH", "AFR" }, { "GI", "EUR" }, { "GL", "EUR" },
  { "GM", "AFR" }, { "GN", "AFR" }, { "GP", "AMS" }, { "GQ", "AFR" },
  { "GR", "EUR" }, { "GS", "AMS" }, { "GT", "AMS" }, { "GU", "ASP" },
  { "GW", "AFR" }, { "GY", "AMS" }, { "HK", "ASP" }, { "HM", "ASP" },
  { "HN", "AMS" }, { "HR", "EUR" }, { "HT", "AMS" }, { "HU", "EUR" },
  { "ID", "ASP" }, { "IE", "EUR" }, { "IL", "EUR" }, { "IM", "EUR" },
  { "IN", "ASP" }, { "IO", "ASP" }, { "IQ", "ARB" }, { "IR", "ASP" },
  { "IS", "EUR" }, { "IT", "EUR" }, { "JE", "EUR" }, { "JM", "AMS" },
  { "JO", "ARB" }, { "JP", "ASP" }, { "KE", "AFR" }, { "KG", "CIS" },
  { "KH", "ASP" }, { "KI", "ASP" }, { "KM", "ARB" }, { "KN", "AMS" },
  { "KP", "ASP" }, { "KR", "ASP" }, { "KW", "ARB" }, { "KY", "AMS" },
  { "KZ", "CIS" }, { "LA", "ASP" }, { "LB", "ARB" }, { "LC", "AMS" },
  { "LI", "EUR" }, { "LK", "ASP" }, { "LR", "AFR" }, { "LS", "AFR" },
  { "LT", "EUR" }, { "LU", "EUR" }, { "LV", "EUR" }, { "LY", "ARB" },
  { "MA", "ARB" }, { "MC", "EUR" }, { "MD", "EUR" }, { "ME", "EUR" },
  { "MF", "AMS" }, { "MG", "AFR" }, { "MH", "ASP" }, { "MK", "EUR" },
  { "ML", "AFR" }, { "MM", "ASP" }, { "MN", "ASP" }, { "MO", "ASP" },
  { "MP", "ASP" }, { "MQ", "AMS" }, { "MR", "ARB" }, { "MS", "AMS" },
  { "MT", "EUR" }, { "MU", "AFR" }, { "MV", "ASP" }, { "MW", "AFR" },
  { "MX", "AMS" }, { "MY", "ASP" }, { "MZ", "AFR" }, { "NA", "AFR" },
  { "NC", "ASP" }, { "NE", "AFR" }, { "NF", "ASP" }, { "NG", "AFR" },
  { "NI", "AMS" }, { "NL", "EUR" }, { "NO", "EUR" }, { "NP", "ASP" },
  { "NR", "ASP" }, { "NU", "ASP" }, { "NZ", "ASP" }, { "OM", "ARB" },
  { "PA", "AMS" }, { "PE", "AMS" }, { "PF", "ASP" }, { "PG", "ASP" },
  { "PH", "ASP" }, { "PK", "ASP" }, { "PL", "EUR" }, { "PM", "AMS" },
  { "PN", "ASP" }, { "PR", "AMS" }, { "PS", "ARB" }, { "PT", "EUR" },
  { "PW", "ASP" }, { "PY", "AMS" }, { "QA", "ARB" }, { "RE", "AFR" },
  { "RO", "EUR" }, { "RS", "EUR" }, { "RU", "CIS" }, { "RW", "AFR" },
  { "SA", "ARB" }, { "SB", "ASP" }, { "SC", "AFR" }, { "SD", "ARB" },
  { "SE", "EUR" }, { "SG", "ASP" }, { "SH", "AFR" }, { "SI", "EUR" },
  { "SJ", "EUR" }, { "SK", "EUR" }, { "SL", "AFR" }, { "SM", "EUR" },
  { "SN", "AFR" }, { "SO", "ARB" }, { "SR", "AMS" }, { "SS", "AFR" },
  { "ST", "AFR" }, { "SV", "AMS" }, { "SX", "AMS" }, { "SY", "ARB" },
  { "SZ", "AFR" }, { "TC", "AMS" }, { "TD", "AFR" }, { "TF", "AFR" },
  { "TG", "AFR" }, { "TH", "ASP" }, { "TJ", "CIS" }, { "TK", "ASP" },
  { "TL", "ASP" }, { "TM", "CIS" }, { "TN", "ARB" }, { "TO", "ASP" },
  { "TR", "EUR" }, { "TT", "AMS" }, { "TV", "ASP" }, { "TW", "ASP" },
  { "TZ", "AFR" }, { "UA", "EUR" }, { "UG", "AFR" }, { "UM", "AMS" },
  { "US", "AMS" }, { "UY", "AMS" }, { "UZ", "CIS" }, { "VA", "EUR" },
  { "VC", "AMS" }, { "VE", "AMS" }, { "VG", "AMS" }, { "VI", "AMS" },
  { "VN", "ASP" }, { "VU", "ASP" }, { "WF", "ASP" }, { "WS", "ASP" },
  { "YE", "ARB" }, { "YT", "AFR" }, { "ZA", "AFR" }, { "ZM", "AFR" },
  { "ZW", "AFR" },
};

typedef struct
{
  GHashTable *names;   /* code → English name */
  char      **codes;   /* sorted */
} Countries;

static int
compare_region (const void *a,
                const void *b)
{
  return strcmp (((const CountryRegion *) a)->code, ((const CountryRegion *) b)->code);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  GHashTable *names = user_data;
  const char *code = NULL;
  const char *name = NULL;

  if (strcmp (element_name, "iso_3166_entry") != 0)
    return;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (strcmp (attribute_names[i], "alpha_2_code") == 0)
        code = attribute_values[i];
      else if (strcmp (attribute_names[i], "name") == 0)
        name = attribute_values[i];
    }

  if (code != NULL && name != NULL && strlen (code) == 2)
    g_hash_table_replace (names, g_strdup (code), g_strdup (name));
}

static gboolean
load_xml (GHashTable *names)
{
  static const GMarkupParser parser = { start_element_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (ISO_3166_XML, &contents, &length, &error))
    {
      g_debug ("%s", error->message);
      return FALSE;
    }

  context = g_markup_parse_context_new (&parser, 0, names, NULL);
  if (!g_markup_parse_context_parse (context, contents, length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      g_warning ("Cannot read %s: %s", ISO_3166_XML, error->message);
      g_hash_table_remove_all (names);
      return FALSE;
    }

  return g_hash_table_size (names) > 0;
}

/* The JSON file, in case a later iso-codes drops the deprecated XML: each
 * entry is a flat object of string members. */
static gboolean
load_json (GHashTable *names)
{
  g_autoptr(GRegex) code_re = g_regex_new ("\"alpha_2\"\\s*:\\s*\"([A-Z]{2})\"", 0, 0, NULL);
  g_autoptr(GRegex) name_re = g_regex_new ("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", 0, 0, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) entries = NULL;

  if (!g_file_get_contents (ISO_3166_JSON, &contents, NULL, NULL))
    return FALSE;

  entries = g_strsplit (contents, "}", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) code_match = NULL;
      g_autoptr(GMatchInfo) name_match = NULL;

      if (g_regex_match (code_re, entries[i], 0, &code_match) &&
          g_regex_match (name_re, entries[i], 0, &name_match))
        {
          g_autofree char *raw = g_match_info_fetch (name_match, 1);

          g_hash_table_replace (names, g_match_info_fetch (code_match, 1), g_strcompress (raw));
        }
    }

  return g_hash_table_size (names) > 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static Countries *
load_countries (void)
{
  Countries *countries = g_new0 (Countries, 1);
  guint n;

  countries->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!load_xml (countries->names) && !load_json (countries->names))
    {
      /* Without iso-codes, the compiled-in table still validates codes. */
      g_warning ("iso-codes not found; country names will show as codes");
      for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
        g_hash_table_replace (countries->names, g_strdup (regions[i].code), g_strdup (regions[i].code));
    }

  countries->codes = (char **) g_hash_table_get_keys_as_array (countries->names, &n);
  qsort (countries->codes, n, sizeof (char *), compare_strings);

  bind_textdomain_codeset ("iso_3166-1", "UTF-8");
  return countries;
}

static Countries *
get_countries (void)
{
  static gsize initialized = 0;
  static Countries *countries = NULL;

  if (g_once_init_enter (&initialized))
    {
      countries = load_countries ();
      g_once_init_leave (&initialized, 1);
    }

  return countries;
}

gboolean
mz_countries_is_valid (const char *code)
{
  return code != NULL && g_hash_table_contains (get_countries ()->names, code);
}

const char *
mz_countries_get_name (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = g_hash_table_lookup (get_countries ()->names, code);
  return name ? dgettext ("iso_3166-1", name) : NULL;
}

const char *
mz_countries_get_region (const char *code)
{
  CountryRegion key = { code, NULL };
  const CountryRegion *found;

  if (code == NULL)
    return NULL;

  found = bsearch (&key, regions, G_N_ELEMENTS (regions), sizeof regions[0], compare_region);
  return found ? found->region : NULL;
}

const char * const *
mz_countries_list_codes (void)
{
  return (const char * const *) get_countries ()->codes;
}

/* mz-currency.c — ISO 4217 currencies (from iso-codes) with translated names
 *
 * The list and the English names come from iso-codes' XML file, read once
 * with GMarkup (its JSON file when a later iso-codes drops the XML); the
 * names are translated through the iso_4217 gettext domain. iso-codes has
 * no minor-unit exponents: those are compiled into mz-money.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-currency"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mz-currency.h"
#include "mz-money.h"

#define ISO_4217_XML ISO_CODES_PREFIX "/share/xml/iso-codes/iso_4217.xml"
#define ISO_4217_JSON ISO_CODES_PREFIX "/share/iso-codes/json/iso_4217.json"

/* Codes that are not money one pledges or pays: precious metals, bond
 * market units, SDR-like baskets for testing, fund codes and "no
 * currency". The SDR (XDR) stays: some agreements are in SDR. */
static const char * const excluded[] = {
  "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
  "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX",
  NULL
};

/* Used only when iso-codes is missing, so that the common currencies still
 * validate (names then show as codes). */
static const char * const fallback[] = {
  "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "INR", "JPY", "KRW", "KWD",
  "NOK", "NZD", "RUB", "SAR", "SEK", "USD", "ZAR", NULL
};

typedef struct
{
  GHashTable *names;   /* code → English name */
  char      **codes;   /* sorted */
} Currencies;

static gboolean
is_wanted (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;
  for (const char *p = code; *p; p++)
    if (!g_ascii_isupper (*p))
      return FALSE;
  return !g_strv_contains (excluded, code);
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

  /* historic_iso_4217_entry elements are left out. */
  if (strcmp (element_name, "iso_4217_entry") != 0)
    return;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (strcmp (attribute_names[i], "letter_code") == 0)
        code = attribute_values[i];
      else if (strcmp (attribute_names[i], "currency_name") == 0)
        name = attribute_values[i];
    }

  if (is_wanted (code) && name != NULL)
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

  if (!g_file_get_contents (ISO_4217_XML, &contents, &length, &error))
    {
      g_debug ("%s", error->message);
      return FALSE;
    }

  context = g_markup_parse_context_new (&parser, 0, names, NULL);
  if (!g_markup_parse_context_parse (context, contents, length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      g_warning ("Cannot read %s: %s", ISO_4217_XML, error->message);
      g_hash_table_remove_all (names);
      return FALSE;
    }

  return g_hash_table_size (names) > 0;
}

/* The JSON file holds only current currencies, each a flat object. */
static gboolean
load_json (GHashTable *names)
{
  g_autoptr(GRegex) code_re = g_regex_new ("\"alpha_3\"\\s*:\\s*\"([A-Z]{3})\"", 0, 0, NULL);
  g_autoptr(GRegex) name_re = g_regex_new ("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", 0, 0, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) entries = NULL;

  if (!g_file_get_contents (ISO_4217_JSON, &contents, NULL, NULL))
    return FALSE;

  entries = g_strsplit (contents, "}", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) code_match = NULL;
      g_autoptr(GMatchInfo) name_match = NULL;

      if (g_regex_match (code_re, entries[i], 0, &code_match) &&
          g_regex_match (name_re, entries[i], 0, &name_match))
        {
          g_autofree char *code = g_match_info_fetch (code_match, 1);
          g_autofree char *raw = g_match_info_fetch (name_match, 1);

          if (is_wanted (code))
            g_hash_table_replace (names, g_steal_pointer (&code), g_strcompress (raw));
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

static Currencies *
load_currencies (void)
{
  Currencies *currencies = g_new0 (Currencies, 1);
  guint n;

  currencies->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!load_xml (currencies->names) && !load_json (currencies->names))
    {
      g_warning ("iso-codes not found; currency names will show as codes");
      for (guint i = 0; fallback[i] != NULL; i++)
        g_hash_table_replace (currencies->names, g_strdup (fallback[i]), g_strdup (fallback[i]));
    }

  currencies->codes = (char **) g_hash_table_get_keys_as_array (currencies->names, &n);
  qsort (currencies->codes, n, sizeof (char *), compare_strings);

  bind_textdomain_codeset ("iso_4217", "UTF-8");
  return currencies;
}

static Currencies *
get_currencies (void)
{
  static gsize initialized = 0;
  static Currencies *currencies = NULL;

  if (g_once_init_enter (&initialized))
    {
      currencies = load_currencies ();
      g_once_init_leave (&initialized, 1);
    }

  return currencies;
}

gboolean
mz_currency_is_valid (const char *code)
{
  return code != NULL && g_hash_table_contains (get_currencies ()->names, code);
}

const char *
mz_currency_get_name (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = g_hash_table_lookup (get_currencies ()->names, code);
  return name ? dgettext ("iso_4217", name) : NULL;
}

char *
mz_currency_dup_label (const char *code)
{
  const char *name = mz_currency_get_name (code);

  if (name == NULL)
    return NULL;
  /* Translators: a currency in a list: its code, then its name. */
  return g_strdup_printf (_("%s — %s"), code, name);
}

int
mz_currency_get_exponent (const char *code)
{
  return mz_money_currency_exponent (code);
}

const char * const *
mz_currency_list (void)
{
  return (const char * const *) get_currencies ()->codes;
}

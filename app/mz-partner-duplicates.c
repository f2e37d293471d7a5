/* mz-partner-duplicates.c — likely duplicates of a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-duplicates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-partner-dup-store.h"
#include "mz-partner-duplicates.h"

/* How many partners one key may bring back (a key shared by more is not
 * telling much anyway). */
#define LOOKUP_LIMIT 50

/* Legal forms, as tokens after normalization (dots removed: "S.A." is
 * "sa"). Removed from the end of a name, repeatedly. */
static const char * const legal_forms[] = {
  "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co",
  "company", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas",
  "sarl", "srl", "spa", "sl", "sae", "ltda", "cia", "bv", "nv", "ab", "as",
  "asa", "oy", "oyj", "kk", "pty", "pvt", "pte", "private", "se", "ev",
  "ооо", "оао", "зао", "пао", "ао", "тов", "пат",
  "شمم", "ذمم", "شمع", "شم",
  NULL
};

/* Legal forms written before the name ("ПАО «Ростелеком»", "PT Telkom"). */
static const char * const leading_forms[] = {
  "ооо", "оао", "зао", "пао", "ао", "тов", "пат", "pt", "тоо",
  NULL
};

/* Legal forms written without a space before them (Chinese, Japanese),
 * longest first. */
static const char * const legal_suffixes[] = {
  "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社",
  "有限会社", "合同会社", "公司",
  NULL
};

/* Legal forms that come first (株式会社トヨタ). */
static const char * const legal_prefixes[] = {
  "株式会社", "有限会社",
  NULL
};

static const char * const articles[] = {
  "the", "a", "an", "la", "le", "les", "l", "el", "los", "las", "il", "lo",
  "gli", "der", "die", "das", "de", "del", "al",
  NULL
};

static const char * const webmail[] = {
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fr",
  "hotmail.co.uk", "live.com", "msn.com", "yahoo.com", "yahoo.fr",
  "yahoo.co.uk", "yahoo.co.jp", "ymail.com", "aol.com", "icloud.com",
  "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de",
  "gmx.net", "web.de", "mail.com", "mail.ru", "yandex.ru", "yandex.com",
  "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "qq.com", "163.com",
  "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
  "foxmail.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
  "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "libero.it",
  "zoho.com", "tutanota.com", "fastmail.com",
  NULL
};

void
mz_duplicate_match_free (MzDuplicateMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->partner_id);
  g_free (match->name);
  g_free (match);
}

static gboolean
strv_has (const char * const *strv,
          const char         *s)
{
  for (guint i = 0; strv[i]; i++)
    if (g_str_equal (strv[i], s))
      return TRUE;
  return FALSE;
}

/* Marks (accents, harakat) are dropped after letters of these scripts,
 * so "Genève" and "Geneve" compare equal; elsewhere (Devanagari, Thai, …)
 * they carry the vowels and stay. */
static gboolean
script_drops_marks (GUnicodeScript script)
{
  return script == G_UNICODE_SCRIPT_LATIN || script == G_UNICODE_SCRIPT_GREEK ||
         script == G_UNICODE_SCRIPT_CYRILLIC || script == G_UNICODE_SCRIPT_ARABIC ||
         script == G_UNICODE_SCRIPT_HEBREW;
}

/* Case folded, marks of Latin-like scripts removed, every run of
 * characters that are not letters, digits or kept marks turned into one
 * space; dots and apostrophes inside words are dropped ("S.A." → "sa"). */
static char *
fold_text (const char *name)
{
  g_autofree char *nfkd = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *nfkc = NULL;
  GString *out;
  GUnicodeScript base = G_UNICODE_SCRIPT_COMMON;
  gboolean space = FALSE;

  nfkd = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  if (nfkd == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (nfkd, -1);

  out = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);

      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
          t == G_UNICODE_ENCLOSING_MARK)
        {
          if (!script_drops_marks (base) && out->len > 0 && !space)
            g_string_append_unichar (out, c);
          continue;
        }

      if (c == 0x0640)   /* Arabic tatweel only stretches a word */
        continue;

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
          base = g_unichar_get_script (c);
        }
      else if (c == '.' || c == '\'' || c == 0x2019 || c == 0x00B7)
        {
          /* dots, apostrophes, middle dot: inside words */
        }
      else
        {
          space = TRUE;
          base = G_UNICODE_SCRIPT_COMMON;
        }
    }

  nfkc = g_utf8_normalize (out->str, -1, G_NORMALIZE_NFKC);
  g_string_free (out, TRUE);
  return nfkc != NULL ? g_steal_pointer (&nfkc) : g_strdup ("");
}

static gboolean
strip_suffix (char       *word,
              const char *suffix)
{
  gsize wl = strlen (word), sl = strlen (suffix);

  if (wl > sl && strcmp (word + wl - sl, suffix) == 0)
    {
      word[wl - sl] = '\0';
      return TRUE;
    }
  return FALSE;
}

char *
mz_partner_normalize_name (const char *name)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  guint first, last;
  gboolean changed;

  if (name == NULL)
    return g_strdup ("");

  folded = fold_text (name);
  if (*folded == '\0')
    return g_steal_pointer (&folded);

  words = g_strsplit (folded, " ", -1);
  first = 0;
  last = g_strv_length (words);

  do
    {
      changed = FALSE;

      /* "Huawei Technologies Co Ltd": word forms at the end. */
      if (last - first > 1 && (strv_has (legal_forms, words[last - 1]) ||
                               strv_has (legal_suffixes, words[last - 1])))
        {
          last--;
          changed = TRUE;
          continue;
        }
      if (last - first > 1 && strv_has (leading_forms, words[first]))
        {
          first++;
          changed = TRUE;
          continue;
        }
      /* "华为技术有限公司": forms glued to the last word. */
      for (guint i = 0; legal_suffixes[i]; i++)
        if (strip_suffix (words[last - 1], legal_suffixes[i]))
          {
            changed = TRUE;
            break;
          }
      for (guint i = 0; legal_prefixes[i]; i++)
        if (g_str_has_prefix (words[first], legal_prefixes[i]) &&
            strlen (words[first]) > strlen (legal_prefixes[i]))
          {
            memmove (words[first], words[first] + strlen (legal_prefixes[i]),
                     strlen (words[first]) - strlen (legal_prefixes[i]) + 1);
            changed = TRUE;
            break;
          }
    }
  while (changed);

  /* Leading articles: "The Rockefeller Foundation", "La Poste". */
  while (last - first > 1 && strv_has (articles, words[first]))
    first++;

  /* The Arabic article is written joined: "الاتحاد" → "اتحاد". */
  if (g_str_has_prefix (words[first], "ال") && g_utf8_strlen (words[first], -1) > 3)
    memmove (words[first], words[first] + strlen ("ال"),
             strlen (words[first]) - strlen ("ال") + 1);

  {
    GString *out = g_string_new (NULL);

    for (guint i = first; i < last; i++)
      {
        if (*words[i] == '\0')
          continue;
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }
    return g_string_free (out, FALSE);
  }
}

char *
mz_partner_website_domain (const char *website)
{
  g_autofree char *s = NULL;
  g_autofree char *lower = NULL;
  const char *start;
  const char *p;
  gsize len;

  if (website == NULL)
    return NULL;

  s = g_strstrip (g_strdup (website));
  start = s;
  p = strstr (start, "://");
  if (p != NULL)
    start = p + 3;
  else if (g_str_has_prefix (start, "//"))
    start += 2;

  /* Host ends at the path, query, fragment or port. */
  len = strcspn (start, "/?#: \t");
  p = memchr (start, '@', len);
  if (p != NULL)
    {
      len -= (p + 1) - start;
      start = p + 1;
    }
  while (len > 0 && start[len - 1] == '.')
    len--;
  if (len == 0)
    return NULL;

  lower = g_utf8_casefold (start, len);
  if (g_str_has_prefix (lower, "www.") && strchr (lower + 4, '.') != NULL)
    memmove (lower, lower + 4, strlen (lower + 4) + 1);
  else if (g_str_has_prefix (lower, "www") && g_ascii_isdigit (lower[3]) && lower[4] == '.' &&
           strchr (lower + 5, '.') != NULL)
    memmove (lower, lower + 5, strlen (lower + 5) + 1);

  if (strchr (lower, '.') == NULL || lower[0] == '.')
    return NULL;

  return g_steal_pointer (&lower);
}

char *
mz_partner_email_domain (const char *email)
{
  const char *at;
  g_autofree char *domain = NULL;

  if (email == NULL)
    return NULL;
  at = strrchr (email, '@');
  if (at == NULL || at[1] == '\0')
    return NULL;

  domain = g_strstrip (g_utf8_casefold (at + 1, -1));
  while (*domain && domain[strlen (domain) - 1] == '.')
    domain[strlen (domain) - 1] = '\0';
  if (strchr (domain, '.') == NULL || domain[0] == '.' || strpbrk (domain, " \t<>") != NULL)
    return NULL;
  return g_steal_pointer (&domain);
}

gboolean
mz_partner_is_webmail_domain (const char *domain)
{
  return domain != NULL && strv_has (webmail, domain);
}

static void
add_key (GPtrArray  *keys,
         char        kind,
         const char *key)
{
  char *k;

  if (key == NULL || *key == '\0')
    return;
  k = g_strdup_printf ("%c:%s", kind, key);
  for (guint i = 0; i < keys->len; i++)
    if (g_str_equal (g_ptr_array_index (keys, i), k))
      {
        g_free (k);
        return;
      }
  g_ptr_array_add (keys, k);
}

static void
add_name_key (GPtrArray  *keys,
              const char *name)
{
  g_autofree char *n = NULL;

  if (name == NULL)
    return;
  n = mz_partner_normalize_name (name);
  add_key (keys, MZ_DUP_KEY_NAME, n);
}

static void
compute_keys (const MzDupSource *src,
              GPtrArray         *keys,
              gpointer           user_data)
{
  g_autofree char *website = mz_partner_website_domain (src->website);

  add_name_key (keys, src->name);
  add_name_key (keys, src->local_name);
  add_name_key (keys, src->short_name);
  add_key (keys, MZ_DUP_KEY_WEBSITE, website);

  for (guint i = 0; src->emails && src->emails[i]; i++)
    {
      g_autofree char *domain = mz_partner_email_domain (src->emails[i]);

      if (!mz_partner_is_webmail_domain (domain))
        add_key (keys, MZ_DUP_KEY_EMAIL, domain);
    }
}

static gboolean
lookup_into (MzStore             *store,
             GHashTable          *hits,
             char                 kind,
             const char          *key,
             MzDuplicateReasons   reason,
             GError             **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (key == NULL || *key == '\0')
    return TRUE;
  if (kind != 0)
    {
      if (!mz_partner_dup_store_lookup (store, kind, key, LOOKUP_LIMIT, ids, error))
        return FALSE;
    }
  else if (!mz_partner_dup_store_member_states (store, key, LOOKUP_LIMIT, ids, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (hits, id));

      g_hash_table_insert (hits, g_strdup (id), GUINT_TO_POINTER (r | reason));
    }
  return TRUE;
}

/* Name first, then website, e-mail domain, country and type. */
static int
score (MzDuplicateReasons r)
{
  return ((r & MZ_DUPLICATE_NAME) ? 8 : 0) + ((r & MZ_DUPLICATE_WEBSITE) ? 4 : 0) +
         ((r & MZ_DUPLICATE_EMAIL_DOMAIN) ? 3 : 0) + ((r & MZ_DUPLICATE_COUNTRY_TYPE) ? 2 : 0);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const MzDuplicateMatch *ma = *(MzDuplicateMatch * const *) a;
  const MzDuplicateMatch *mb = *(MzDuplicateMatch * const *) b;
  int d = score (mb->reasons) - score (ma->reasons);

  if (d != 0)
    return d;
  d = g_utf8_collate (ma->name, mb->name);
  return d != 0 ? d : g_strcmp0 (ma->partner_id, mb->partner_id);
}

GPtrArray *
mz_partner_find_duplicates (MzStore            *store,
                            MzPartner          *candidate,
                            const char * const *email_domains,
                            guint               max,
                            GError            **error)
{
  g_autoptr(GHashTable) hits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) mz_duplicate_match_free);
  g_autofree char *website = NULL;
  const char *names[3];
  const char *own_id;
  const char *country;
  const char *type;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (MZ_IS_PARTNER (candidate), NULL);

  if (!mz_partner_dup_store_refresh (store, compute_keys, NULL, error))
    return NULL;

  names[0] = mz_partner_get_name (candidate);
  names[1] = mz_partner_get_local_name (candidate);
  names[2] = mz_partner_get_short_name (candidate);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *n = names[i] ? mz_partner_normalize_name (names[i]) : NULL;

      if (!lookup_into (store, hits, MZ_DUP_KEY_NAME, n, MZ_DUPLICATE_NAME, error))
        return NULL;
    }

  website = mz_partner_website_domain (mz_partner_get_website (candidate));
  if (!lookup_into (store, hits, MZ_DUP_KEY_WEBSITE, website, MZ_DUPLICATE_WEBSITE, error))
    return NULL;

  for (guint i = 0; email_domains && email_domains[i]; i++)
    {
      g_autofree char *d = mz_partner_email_domain (email_domains[i]);

      /* Accept bare domains as well as addresses. */
      if (d == NULL && strchr (email_domains[i], '@') == NULL)
        {
          g_autofree char *address = g_strconcat ("@", email_domains[i], NULL);

          d = mz_partner_email_domain (address);
        }
      if (d == NULL || mz_partner_is_webmail_domain (d))
        continue;
      if (!lookup_into (store, hits, MZ_DUP_KEY_EMAIL, d, MZ_DUPLICATE_EMAIL_DOMAIN, error))
        return NULL;
    }

  country = mz_partner_get_country (candidate);
  type = mz_partner_get_partner_type (candidate);
  if (g_strcmp0 (type, "member_state") == 0 &&
      !lookup_into (store, hits, 0, country, MZ_DUPLICATE_COUNTRY_TYPE, error))
    return NULL;

  own_id = mz_partner_get_id (candidate);
  if (own_id != NULL)
    g_hash_table_remove (hits, own_id);

  g_hash_table_iter_init (&iter, hits);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *name = NULL;
      g_autofree char *c = NULL;
      g_autofree char *t = NULL;
      MzDuplicateMatch *m;
      gboolean live;

      if (!mz_partner_dup_store_describe (store, key, &name, &c, &t, &live, error))
        return NULL;
      if (!live)
        continue;

      m = g_new0 (MzDuplicateMatch, 1);
      m->partner_id = g_strdup (key);
      m->name = g_steal_pointer (&name);
      m->reasons = GPOINTER_TO_UINT (value);
      if (country != NULL && type != NULL && g_strcmp0 (c, country) == 0 && g_strcmp0 (t, type) == 0)
        m->reasons |= MZ_DUPLICATE_COUNTRY_TYPE;
      g_ptr_array_add (matches, m);
    }

  g_ptr_array_sort (matches, compare_matches);
  if (matches->len > max)
    g_ptr_array_set_size (matches, max);

  return g_steal_pointer (&matches);
}

gboolean
mz_partner_duplicates_refresh (MzStore  *store,
                               GError  **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  return mz_partner_dup_store_refresh (store, compute_keys, NULL, error);
}

char *
mz_duplicate_reasons_describe (MzDuplicateReasons reasons)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (reasons & MZ_DUPLICATE_NAME)
    g_ptr_array_add (parts, (gpointer) _("same name"));
  if (reasons & MZ_DUPLICATE_WEBSITE)
    g_ptr_array_add (parts, (gpointer) _("same website"));
  if (reasons & MZ_DUPLICATE_EMAIL_DOMAIN)
    g_ptr_array_add (parts, (gpointer) _("same e-mail domain"));
  if (reasons & MZ_DUPLICATE_COUNTRY_TYPE)
    g_ptr_array_add (parts, (gpointer) _("same country and type"));
  g_ptr_array_add (parts, NULL);

  /* TRANSLATORS: between the reasons why two partners look alike,
   * e.g. "same name, same website" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

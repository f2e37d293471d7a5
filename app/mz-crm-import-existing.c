/* mz-crm-import-existing.c — contacts of the file already in the database
 *
 * A row of a contacts file whose partner already has a live contact with
 * one of the row's e-mail addresses (any case) or the same full name gets
 * a warning naming that contact: it does not stop the import, as two
 * people may share a name, but the user should look before saving. The
 * partners import does the same for partners (mz-partner-duplicates).
 *
 * The rows are compared once all of them are checked: the contacts of
 * the partners they name are read then, a thousand partners per query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-crm-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-store.h"
#include "mz-crm-import-private.h"

/* At most this many warnings for one row. */
#define MAX_CONTACT_WARNINGS 3

typedef struct
{
  GPtrArray  *names;     /* the contacts' names, shown in warnings */
  GHashTable *emails;    /* case-folded address → index in names */
  GHashTable *persons;   /* name key → index in names */
} Existing;

static void
existing_free (Existing *existing)
{
  g_ptr_array_unref (existing->names);
  g_hash_table_unref (existing->emails);
  g_hash_table_unref (existing->persons);
  g_free (existing);
}

void
mz_import_context_clear_existing (MzImportContext *ctx)
{
  g_clear_pointer (&ctx->existing, g_hash_table_unref);
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
mz_import_person_key (const char *given_name,
                      const char *family_name)
{
  g_autofree char *joined = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GString) word = NULL;
  g_autoptr(GString) result = NULL;

  /* Most contacts have no local name: no words, no work. */
  if ((given_name == NULL || *given_name == '\0') && (family_name == NULL || *family_name == '\0'))
    return NULL;

  joined = g_strjoin (" ", given_name ?: "", family_name ?: "", NULL);
  key = mz_import_name_key (joined);
  words = g_ptr_array_new_with_free_func (g_free);
  word = g_string_new (NULL);
  result = g_string_new (NULL);

  /* Letters and digits only; the words in any order, so that "Li Wei"
   * and "Wei Li", or "Müller-Lüdenscheid, Anna" and "Anna Müller
   * Lüdenscheid", are the same person. */
  for (const char *p = key;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (c != 0 && c != ' ' && c != '-' && c != ',' && c != '/' &&
          !g_unichar_isspace (c))
        continue;   /* O'Brien = OBrien, J. = J */
      if (word->len > 0)
        {
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_ptr_array_sort (words, compare_words);
  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (result, ' ');
      g_string_append (result, words->pdata[i]);
    }
  if (result->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static char *
display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);

  if (given != NULL && family != NULL)
    return g_strdup_printf ("%s %s", given, family);
  if (given != NULL || family != NULL)
    return g_strdup (given ?: family);
  return g_strdup (mz_contact_get_local_name (contact));
}

static void
add_person_key (Existing   *existing,
                char       *key,
                guint       index)
{
  if (key == NULL)
    return;
  if (g_hash_table_contains (existing->persons, key))
    g_free (key);
  else
    g_hash_table_insert (existing->persons, key, GUINT_TO_POINTER (index));
}

static Existing *
existing_new (void)
{
  Existing *existing = g_new0 (Existing, 1);

  existing->names = g_ptr_array_new_with_free_func (g_free);
  existing->emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  existing->persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return existing;
}

static void
existing_add (Existing  *existing,
              MzContact *contact)
{
  const char * const *emails = mz_contact_get_emails (contact);
  char *name = display_name (contact);
  guint index = existing->names->len;

  /* A forgotten contact has no name and no address left. */
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      return;
    }
  g_ptr_array_add (existing->names, name);
  for (guint e = 0; emails != NULL && emails[e] != NULL; e++)
    {
      char *address = g_utf8_casefold (emails[e], -1);

      if (g_hash_table_contains (existing->emails, address))
        g_free (address);
      else
        g_hash_table_insert (existing->emails, address, GUINT_TO_POINTER (index));
    }
  add_person_key (existing,
                  mz_import_person_key (mz_contact_get_given_name (contact),
                                        mz_contact_get_family_name (contact)),
                  index);
  add_person_key (existing, mz_import_person_key (mz_contact_get_local_name (contact), NULL),
                  index);
}

/* The live contacts of the @n partners @ids, read in one query into
 * ctx->existing. */
static gboolean
read_existing (MzImportContext  *ctx,
               const char      **ids,
               guint             n,
               GError          **error)
{
  g_autofree const char **chunk = g_new0 (const char *, n + 1);
  g_autoptr(GPtrArray) contacts = NULL;
  Existing *existing = NULL;
  const char *current = NULL;

  memcpy (chunk, ids, n * sizeof *ids);
  mz_import_context_clear_existing (ctx);
  ctx->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) existing_free);
  contacts = mz_contact_store_list_for_partners (ctx->store, chunk, error);
  if (contacts == NULL)
    return FALSE;

  /* Grouped by partner: one Existing per run of rows. */
  for (guint i = 0; i < contacts->len; i++)
    {
      MzContact *contact = contacts->pdata[i];
      const char *partner_id = mz_contact_get_partner_id (contact);

      if (current == NULL || strcmp (current, partner_id) != 0)
        {
          existing = g_hash_table_lookup (ctx->existing, partner_id);
          if (existing == NULL)
            {
              existing = existing_new ();
              g_hash_table_insert (ctx->existing, g_strdup (partner_id), existing);
            }
          current = partner_id;
        }
      existing_add (existing, contact);
    }
  return TRUE;
}

enum
{
  SAME_EMAIL = 1 << 0,
  SAME_NAME  = 1 << 1,
};

static char *
describe_reasons (guint reasons)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (reasons & SAME_EMAIL)
    g_ptr_array_add (parts, (gpointer) _("same e-mail address"));
  if (reasons & SAME_NAME)
    g_ptr_array_add (parts, (gpointer) _("same name"));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: between the reasons why two partners look alike,
   * e.g. "same name, same website" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void
warn_existing_contact (MzImportContext  *ctx,
                       guint             line,
                       MzContact        *contact)
{
  const char *partner_id = mz_contact_get_partner_id (contact);
  const char * const *emails = mz_contact_get_emails (contact);
  g_autofree guint *reasons = NULL;
  g_autofree char *name = display_name (contact);
  g_autofree char *person = NULL;
  g_autofree char *local = NULL;
  Existing *existing;
  guint n_warnings = 0;
  gpointer index;

  existing = g_hash_table_lookup (ctx->existing, partner_id);
  if (existing == NULL || existing->names->len == 0)
    return;

  reasons = g_new0 (guint, existing->names->len);
  for (guint e = 0; emails != NULL && emails[e] != NULL; e++)
    {
      g_autofree char *address = g_utf8_casefold (emails[e], -1);

      if (g_hash_table_lookup_extended (existing->emails, address, NULL, &index))
        reasons[GPOINTER_TO_UINT (index)] |= SAME_EMAIL;
    }
  person = mz_import_person_key (mz_contact_get_given_name (contact),
                                 mz_contact_get_family_name (contact));
  local = mz_import_person_key (mz_contact_get_local_name (contact), NULL);
  if (person != NULL && g_hash_table_lookup_extended (existing->persons, person, NULL, &index))
    reasons[GPOINTER_TO_UINT (index)] |= SAME_NAME;
  if (local != NULL && g_hash_table_lookup_extended (existing->persons, local, NULL, &index))
    reasons[GPOINTER_TO_UINT (index)] |= SAME_NAME;

  for (guint i = 0; i < existing->names->len && n_warnings < MAX_CONTACT_WARNINGS; i++)
    {
      g_autofree char *why = NULL;

      if (reasons[i] == 0)
        continue;
      why = describe_reasons (reasons[i]);
      mz_import_context_add_problem (ctx, line, (reasons[i] & SAME_EMAIL) ? "emails" : "family_name",
                                     TRUE,
                                     /* Translators: a person in the file, a partner, a
                                      * contact already in the database, then e.g. "same
                                      * e-mail address, same name". */
                                     _("“%s” may already be a contact of “%s” as “%s” (%s)."),
                                     name ?: "", (const char *) g_hash_table_lookup (ctx->partner_ids, partner_id),
                                     (const char *) existing->names->pdata[i], why);
      n_warnings++;
    }
}

/* The contacts of this many partners are read and compared at a time:
 * one query each time, and the memory of those contacts only. Measured on
 * a database of 20,000 partners and 100,000 contacts, a dry run of 5,000
 * rows for 5,000 partners (24,897 contacts to compare with): reading
 * their contacts takes 0.29-0.34 s of CPU where one query per partner
 * took 0.49-0.51 s; making the keys of those contacts takes another
 * 0.2 s, comparing the rows 0.04 s. The whole dry run (most of it the
 * quick_check of opening the file) went from 5.3 s of CPU and 47 MB to
 * 4.8 s and 43 MB. */
#define PARTNERS_AT_A_TIME 1000

gboolean
mz_import_warn_existing_contacts (MzImportContext  *ctx,
                                  GError          **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GHashTable) rows_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);

  /* The rows of each partner, the partners in the order of the file. */
  for (guint i = 0; i < ctx->objects->len; i++)
    {
      const char *partner_id = mz_contact_get_partner_id (ctx->objects->pdata[i]);
      GArray *rows = g_hash_table_lookup (rows_of, partner_id);

      if (rows == NULL)
        {
          rows = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (rows_of, (gpointer) partner_id, rows);
          g_ptr_array_add (ids, (gpointer) partner_id);
        }
      g_array_append_val (rows, i);
    }

  for (guint start = 0; start < ids->len; start += PARTNERS_AT_A_TIME)
    {
      guint n = MIN (PARTNERS_AT_A_TIME, ids->len - start);

      if (!read_existing (ctx, (const char **) ids->pdata + start, n, error))
        {
          mz_import_context_clear_existing (ctx);
          return FALSE;
        }
      for (guint p = start; p < start + n; p++)
        {
          GArray *rows = g_hash_table_lookup (rows_of, ids->pdata[p]);

          for (guint r = 0; r < rows->len; r++)
            {
              guint i = g_array_index (rows, guint, r);

              warn_existing_contact (ctx, g_array_index (ctx->lines, guint, i), ctx->objects->pdata[i]);
            }
        }
    }
  mz_import_context_clear_existing (ctx);
  return TRUE;
}

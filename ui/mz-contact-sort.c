/* mz-contact-sort.c — sort the Contacts table off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkSortListModel over 100,000 contacts computes its collation keys and
 * sorts on the main thread: seconds, or (incremental) idle callbacks that
 * an animating spinner can starve. The keys are computed and the rows
 * sorted here instead, in the worker thread that loaded them.
 */
#define G_LOG_DOMAIN "mz-contact-sort"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-contact-sort.h"
#include "mz-partner-format.h"

typedef struct
{
  MzContact *contact;
  char      *key;       /* collation key of the sort column, "" if empty */
  char      *name_key;  /* collation key of the name, for ties */
  gboolean   empty;
} Entry;

typedef struct
{
  gboolean descending;
} Spec;

static const char *
first_of (const char * const *strv)
{
  return strv != NULL ? strv[0] : NULL;
}

char *
mz_contact_sort_display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);

  return g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
}

char *
mz_contact_sort_position (MzContact *contact)
{
  const char *title = mz_contact_get_title (contact);
  const char *role = mz_contact_get_role (contact);

  if (title != NULL && role != NULL)
    /* Translators: a contact's job title and role in one column */
    return g_strdup_printf (_("%s · %s"), title, role);
  return g_strdup (title ? title : role);
}

static char *
collation_key (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  folded = g_utf8_casefold (text, -1);
  return g_utf8_collate_key (folded, -1);
}

/* Family name first, as people are filed; then given and local names. */
static char *
name_text (MzContact *contact)
{
  const char *family = mz_contact_get_family_name (contact);
  const char *given = mz_contact_get_given_name (contact);
  const char *local = mz_contact_get_local_name (contact);

  return g_strdup_printf ("%s %s %s", family ? family : "", given ? given : "", local ? local : "");
}

static char *
column_text (MzContact       *contact,
             MzContactColumn  column)
{
  switch (column)
    {
    case MZ_CONTACT_COLUMN_PARTNER:
      return g_strdup (mz_contact_get_partner_name (contact));
    case MZ_CONTACT_COLUMN_POSITION:
      return mz_contact_sort_position (contact);
    case MZ_CONTACT_COLUMN_EMAIL:
      return g_strdup (first_of (mz_contact_get_emails (contact)));
    case MZ_CONTACT_COLUMN_PHONE:
      return g_strdup (first_of (mz_contact_get_phones (contact)));
    case MZ_CONTACT_COLUMN_LANGUAGE:
      return mz_contact_get_language (contact)
             ? g_strdup (mz_format_language (mz_contact_get_language (contact))) : NULL;
    case MZ_CONTACT_COLUMN_PRIMARY:
      /* Primary contacts first when ascending. */
      return mz_contact_get_is_primary (contact) ? g_strdup ("0") : g_strdup ("1");
    case MZ_CONTACT_COLUMN_NAME:
    default:
      return name_text (contact);
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const Entry *x = a, *y = b;
  const Spec *spec = data;
  int order;

  if (x->empty != y->empty)
    return x->empty ? 1 : -1;

  order = strcmp (x->key, y->key);
  if (order == 0)
    order = strcmp (x->name_key, y->name_key);
  return spec->descending ? -order : order;
}

GListModel *
mz_contact_sort (GListModel      *contacts,
                 MzContactColumn  column,
                 gboolean         descending,
                 GCancellable    *cancellable)
{
  g_autoptr(GListStore) sorted = g_list_store_new (MZ_TYPE_CONTACT);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GPtrArray) items = NULL;
  Spec spec = { descending };
  guint n = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n; i++)
    {
      Entry entry;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;

      if (i % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
        break;

      entry.contact = g_list_model_get_item (contacts, i);
      text = column_text (entry.contact, column);
      name = name_text (entry.contact);
      entry.empty = text == NULL || *g_strstrip (text) == '\0';
      entry.key = column == MZ_CONTACT_COLUMN_NAME ? NULL : collation_key (text);
      entry.name_key = collation_key (g_strstrip (name));
      if (entry.key == NULL)
        entry.key = g_strdup (entry.name_key);
      g_array_append_val (entries, entry);
    }

  g_array_sort_with_data (entries, compare_entries, &spec);

  items = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      g_ptr_array_add (items, entry->contact);
      g_free (entry->key);
      g_free (entry->name_key);
    }

  g_list_store_splice (sorted, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&sorted));
}

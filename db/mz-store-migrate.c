/* mz-store-migrate.c — numbered SQL migrations compiled in as GResources,
 * applied under PRAGMA user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mz-db-resources.h"
#include "mz-store-private.h"

#define MIGRATIONS_PATH "/int/itu/Mobilize/db/migrations/"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Migration file names start with their number: "0001-initial.sql". */
static char **
list_migrations (void)
{
  char **names = g_resource_enumerate_children (mz_db_get_resource (), MIGRATIONS_PATH,
                                                G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (names != NULL)
    qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return names;
}

int
mz_store_get_latest_schema_version (void)
{
  static int latest = -1;

  if (latest < 0)
    {
      g_auto(GStrv) names = list_migrations ();

      latest = 0;
      for (guint i = 0; names && names[i]; i++)
        latest = MAX (latest, (int) g_ascii_strtoll (names[i], NULL, 10));
    }

  return latest;
}

static gboolean
apply_migration (MzStore     *self,
                 const char  *name,
                 int          number,
                 GError     **error)
{
  g_autofree char *path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autofree char *pragma = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  int current = 0;

  bytes = g_resource_lookup_data (mz_db_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!mz_store_begin (self, error))
    return FALSE;

  /* Another process may have migrated while we waited for the lock. */
  if (!_mz_store_query_int (self, "PRAGMA user_version", &current, error))
    goto fail;
  if (current >= number)
    {
      self->schema_version = current;
      return mz_store_commit (self, error);
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                            number, MZ_STORE_APPLICATION_ID);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_autofree char *doing = g_strdup_printf (_("Cannot upgrade the database to schema %d"), number);
      mz_store_set_error (self, error, doing);
      goto fail;
    }

  if (!mz_store_exec (self, pragma, error))
    goto fail;

  if (!mz_store_commit (self, error))
    return FALSE;

  self->schema_version = number;
  g_debug ("Migrated %s to schema %d", self->path, number);
  return TRUE;

fail:
  mz_store_rollback (self);
  return FALSE;
}

gboolean
_mz_store_migrate (MzStore  *self,
         GError  **error)
{
  g_auto(GStrv) names = list_migrations ();

  for (guint i = 0; names && names[i]; i++)
    {
      int number = g_ascii_strtoll (names[i], NULL, 10);

      if (number > self->schema_version &&
          !apply_migration (self, names[i], number, error))
        return FALSE;
    }

  return TRUE;
}

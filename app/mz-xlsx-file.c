/* mz-xlsx-file.c — a workbook written under a temporary name, then renamed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mz-store.h"
#include "mz-xlsx-file.h"

char *
mz_xlsx_file_create_temporary (const char  *out_path,
                               gboolean     owner_only,
                               GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (out_path);
  g_autofree char *base = g_path_get_basename (out_path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, owner_only ? 0600 : 0666);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write in the folder “%s”: %s. Choose a folder you may write to."),
                   dir, g_strerror (saved));
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&path);
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write the workbook “%s”: %s. The disk may be full; free some "
                     "space and export again."), path, g_strerror (saved));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

gboolean
mz_xlsx_file_commit (const char    *tmp_path,
                     const char    *out_path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  if (!sync_file (tmp_path, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (g_rename (tmp_path, out_path) != 0)
    {
      int saved = errno;

      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot save the workbook as “%s”: %s. Choose another name or folder."),
                   out_path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

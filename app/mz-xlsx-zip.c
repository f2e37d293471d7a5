/* mz-xlsx-zip.c — the zlib level of the workbook's zip step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"
#define _GNU_SOURCE  /* RTLD_NEXT */

#include "config.h"

#include <dlfcn.h>
#include <xlsxwriter.h>
#include <xlsxwriter/third_party/zip.h>

#include "mz-xlsx-private.h"

/* The zip step. libxlsxwriter 1.1.4 deflates every part of the file at
 * zlib's default level (6) and offers no option to change it; at the
 * benchmark size (325 MB of sheet XML) that alone took 7.7 s, two thirds
 * of it in zlib. Level 1 deflates the same XML 2.5 times faster for a file
 * about a quarter larger (39 → 50 MB), which every reader opens alike.
 *
 * Debian's libxlsxwriter calls minizip's zipOpenNewFileInZip4_64() from
 * libminizip.so.1; a definition in the program comes first in symbol
 * lookup, so this one is called, and passes the call on to minizip's with
 * the faster level. A libxlsxwriter built with its own copy of minizip
 * never calls it: files are then written at level 6, nothing else
 * changes. */
typedef int (*ZipOpenFunc) (zipFile, const char *, const zip_fileinfo *, const void *, uInt,
                            const void *, uInt, const char *, int, int, int, int, int, int,
                            const char *, uLong, uLong, uLong, int);

#define ZIP_LEVEL 1

static ZipOpenFunc
resolve_next (void)
{
  static gsize resolved = 0;
  static ZipOpenFunc next = NULL;

  if (g_once_init_enter (&resolved))
    {
      next = (ZipOpenFunc) dlsym (RTLD_NEXT, "zipOpenNewFileInZip4_64");
      g_once_init_leave (&resolved, 1);
    }
  return next;
}

int
zipOpenNewFileInZip4_64 (zipFile             file,
                         const char         *filename,
                         const zip_fileinfo *zipfi,
                         const void         *extrafield_local,
                         uInt                size_extrafield_local,
                         const void         *extrafield_global,
                         uInt                size_extrafield_global,
                         const char         *comment,
                         int                 method,
                         int                 level,
                         int                 raw,
                         int                 window_bits,
                         int                 mem_level,
                         int                 strategy,
                         const char         *password,
                         uLong               crc_for_crypting,
                         uLong               version_made_by,
                         uLong               flag_base,
                         int                 zip64)
{
  ZipOpenFunc next = resolve_next ();

  /* No minizip behind this program: nothing to pass the call on to. */
  if (next == NULL)
    return ZIP_INTERNALERROR;

  if (method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION)
    level = ZIP_LEVEL;
  return next (file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
               size_extrafield_global, comment, method, level, raw, window_bits, mem_level,
               strategy, password, crc_for_crypting, version_made_by, flag_base, zip64);
}

/* Called when a workbook is made: links this file into every program that
 * writes workbooks (a static library's member is only linked when
 * something refers to it) and says once in the debug log which level the
 * zip step uses. */
void
_mz_xlsx_zip_init (void)
{
  static gsize logged = 0;

  if (g_once_init_enter (&logged))
    {
      g_debug ("zip step: %s", resolve_next () != NULL ? "deflate level 1 (through minizip)"
                                                      : "libxlsxwriter's own level");
      g_once_init_leave (&logged, 1);
    }
}

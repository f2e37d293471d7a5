/* mz-id.h — UUIDv7 keys for every synced row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MZ_ID_LEN 36

/* Writes a new UUIDv7 (RFC 9562, method 1: a 12-bit counter after the
 * millisecond timestamp) into @buf, NUL-terminated. Ids made by one process
 * are unique and strictly increasing, also within one millisecond. */
void      mz_id_new_into      (char        buf[MZ_ID_LEN + 1]);

/* Same as mz_id_new_into(), newly allocated. */
char     *mz_id_new           (void);

/* TRUE when @id is a canonical lower-case UUID of version 7. */
gboolean  mz_id_is_valid      (const char *id);

/* Unix time in milliseconds encoded in a UUIDv7, or -1 if @id is not one. */
gint64    mz_id_get_unix_ms   (const char *id);

G_END_DECLS

/* mz-json.h — small JSON texts for audit_log, built with correct escaping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value as a JSON string literal (or null when NULL). */
void  mz_json_append_string  (GString    *out,
                              const char *value);

/* {"key":"value",…} from NULL-terminated key/value pairs of strings; a NULL
 * value becomes null. */
char *mz_json_object         (const char *first_key,
                              ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS

/* mz-json.c — small JSON texts with correct escaping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-json"

#include "config.h"

#include <stdarg.h>

#include "mz-json.h"

void
mz_json_append_string (GString    *out,
                       const char *value)
{
  g_autofree char *valid = NULL;

  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  /* JSON is UTF-8: a stray byte would make the whole text invalid (and
   * audit_log refuses invalid JSON), so it becomes U+FFFD. */
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) value; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

char *
mz_json_object (const char *first_key,
                ...)
{
  GString *out = g_string_new ("{");
  const char *key = first_key;
  va_list args;

  va_start (args, first_key);
  while (key != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (out->len > 1)
        g_string_append_c (out, ',');
      mz_json_append_string (out, key);
      g_string_append_c (out, ':');
      mz_json_append_string (out, value);
      key = va_arg (args, const char *);
    }
  va_end (args);

  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/* test-ui-export-check.h — reads a list section's workbook back with an
 * independent reader (tests/check-report-list.py, python3-openpyxl)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sys/wait.h>

/* @text as a JSON string, or null for NULL. */
G_GNUC_UNUSED static char *
json_string (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("null");
  out = g_string_new ("\"");
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* Runs tests/check-report-list.py on @out with @spec (JSON, written in
 * @dir); FALSE, the test skipped, when python3 or openpyxl is missing. */
G_GNUC_UNUSED static gboolean
check_workbook (const char *dir,
                const char *out,
                const char *spec)
{
  g_autofree char *spec_path = g_build_filename (dir, "spec.json", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report-list.py", NULL);
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", script, out, spec_path, NULL };
  int status;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is missing");
      return FALSE;
    }
  g_assert_true (g_file_set_contents (spec_path, spec, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("check-report-list.py:\n%s%s", stdout_text, stderr_text);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

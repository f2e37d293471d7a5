/* main.c — the Mobilize application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(MzApplication) app = NULL;

  mz_application_prepare_process ();
  setlocale (LC_ALL, "");
  /* MOBILIZE_LOCALEDIR lets the tests and build-aux/run use the
   * translations compiled in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mz_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

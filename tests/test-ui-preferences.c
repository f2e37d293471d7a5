/* test-ui-preferences.c — the minimum amount of each kind of commitment
 * in Preferences: shown, saved through the widgets, refused when negative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mz-commitment-service.h"
#include "mz-identity.h"
#include "mz-money-entry.h"
#include "mz-preferences-window-private.h"

typedef struct
{
  char    *dir;
  char    *path;
  MzStore *store;
} Fixture;

static void
iterate (void)
{
  for (int i = 0; i < 500 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mobilize-prefs-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Kwabena Osei", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  GList *toplevels = gtk_window_list_toplevels ();
  const char *name;

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  iterate ();

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  iterate ();
}

static void
test_thresholds (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MzPreferencesWindow *window;
  const char * const *kinds = mz_commitment_kinds ();
  GtkWidget *entry;

  /* one set before the window opens is shown */
  g_assert_true (mz_commitment_service_set_threshold (f->store, "trust_fund", 10000000, &error));
  g_assert_no_error (error);

  window = mz_preferences_window_new (f->store);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  for (guint i = 0; kinds[i] != NULL; i++)
    g_assert_nonnull (_mz_preferences_window_get_threshold_entry (window, kinds[i]));
  entry = _mz_preferences_window_get_threshold_entry (window, "trust_fund");
  g_assert_cmpint (mz_money_entry_get_amount (MZ_MONEY_ENTRY (entry)), ==, 10000000);
  entry = _mz_preferences_window_get_threshold_entry (window, "sponsorship");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* 25,000 for sponsorships: saved in centimes */
  type_and_enter (entry, "25000");
  g_assert_null (_mz_preferences_window_get_threshold_error (window));
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "sponsorship"), ==, 2500000);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* negative: refused, marked, the saved minimum kept */
  type_and_enter (entry, "-500");
  g_assert_nonnull (_mz_preferences_window_get_threshold_error (window));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "sponsorship"), ==, 2500000);

  /* not an amount: refused too */
  type_and_enter (entry, "lots");
  g_assert_nonnull (_mz_preferences_window_get_threshold_error (window));
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "sponsorship"), ==, 2500000);

  /* empty: no minimum any more */
  type_and_enter (entry, "");
  g_assert_null (_mz_preferences_window_get_threshold_error (window));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "sponsorship"), ==, 0);
  /* the other kinds are untouched */
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "trust_fund"), ==, 10000000);
  g_assert_cmpint (mz_commitment_service_get_threshold (f->store, "voluntary_contribution"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/preferences/thresholds", Fixture, NULL, fixture_set_up, test_thresholds, fixture_tear_down);

  return g_test_run ();
}

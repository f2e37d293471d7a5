/* test-ui-rates.c — the exchange-rate window: months × currencies, a
 * missing month flagged, a rate refused and saved through the form, the
 * filters, and a CSV file imported off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-currency-rates.h"
#include "mz-rate-store.h"
#include "mz-rates-window.h"
#include "test-ui-crm-fixture.h"

static MzStore *
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  MzStore *store = mz_store_open (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
stored_rate (MzStore    *store,
             const char *currency,
             const char *month)
{
  gint64 micro = -1;

  if (!mz_rate_store_get (store, currency, month, &micro, NULL))
    return -1;
  return micro;
}

static void
save (MzRatesWindow *window,
      const char    *currency,
      const char    *month,
      const char    *rate)
{
  gtk_editable_set_text (GTK_EDITABLE (_mz_rates_window_get_form_widget (window, "currency")), currency);
  gtk_editable_set_text (GTK_EDITABLE (_mz_rates_window_get_form_widget (window, "month")), month);
  gtk_editable_set_text (GTK_EDITABLE (_mz_rates_window_get_form_widget (window, "rate")), rate);
  g_signal_emit_by_name (_mz_rates_window_get_form_widget (window, "save"), "clicked");
  iterate ();
}

static void
test_grid_and_form (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MzStore) store = open_store (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *eur_2024_03 = NULL;
  MzRatesWindow *window;
  gboolean missing = TRUE;
  guint n_all;
  gint64 audit_before;

  /* a month without the euro's rate, while commitments are in euros */
  g_assert_true (mz_store_begin (store, &error));
  g_assert_true (mz_rate_store_remove (store, "EUR", "2025-05", &error));
  g_assert_true (mz_store_commit (store, &error));
  g_assert_no_error (error);

  window = mz_rates_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* 2024: every month of the sample rates, as stored */
  _mz_rates_window_set_year (window, 2024);
  iterate ();
  eur_2024_03 = mz_currency_rates_format (stored_rate (store, "EUR", "2024-03"));
  g_assert_cmpstr (_mz_rates_window_get_cell (window, "EUR", 3, &missing), ==, eur_2024_03);
  g_assert_false (missing);
  g_assert_null (_mz_rates_window_get_cell (window, "USD", 3, NULL));   /* 1 by definition */
  n_all = _mz_rates_window_get_n_columns (window);
  g_assert_cmpuint (n_all, >=, 5);
  g_assert_cmpuint (_mz_rates_window_get_n_missing (window), ==, 0);

  /* the currency filter */
  _mz_rates_window_set_currency (window, "JPY");
  iterate ();
  g_assert_cmpuint (_mz_rates_window_get_n_columns (window), ==, 1);
  g_assert_null (_mz_rates_window_get_cell (window, "EUR", 3, NULL));
  g_assert_nonnull (_mz_rates_window_get_cell (window, "JPY", 3, NULL));
  _mz_rates_window_set_currency (window, NULL);
  iterate ();
  g_assert_cmpuint (_mz_rates_window_get_n_columns (window), ==, n_all);

  /* 2025: May is missing for the euro, and flagged */
  _mz_rates_window_set_year (window, 2025);
  iterate ();
  g_assert_cmpstr (_mz_rates_window_get_cell (window, "EUR", 5, &missing), ==, _("Missing"));
  g_assert_true (missing);
  g_assert_cmpuint (_mz_rates_window_get_n_missing (window), ==, 1);

  /* refused, naming the field; nothing saved */
  audit_before = stored_rate (store, "EUR", "2025-05");
  g_assert_cmpint (audit_before, ==, -1);
  save (window, "EUR", "2025-05", "-0.92");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "units_per_usd");
  save (window, "EUR", "2025-05", "0");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "units_per_usd");
  save (window, "EUR", "2025-05", "0.9123456");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "units_per_usd");
  save (window, "EUR", "2025-13", "0.92");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "month");
  save (window, "XYZ", "2025-05", "0.92");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "currency");
  save (window, "USD", "2025-05", "1.1");
  g_assert_cmpstr (_mz_rates_window_get_error_field (window), ==, "units_per_usd");
  g_assert_true (gtk_widget_has_css_class (_mz_rates_window_get_form_widget (window, "rate"), "error"));
  g_assert_cmpint (stored_rate (store, "EUR", "2025-05"), ==, -1);

  /* saved: six decimals at most, kept exactly */
  save (window, "eur", "2025-05", "0.921525");
  g_assert_null (_mz_rates_window_get_error_field (window));
  g_assert_cmpint (stored_rate (store, "EUR", "2025-05"), ==, 921525);
  g_assert_cmpstr (_mz_rates_window_get_cell (window, "EUR", 5, &missing), ==, "0.921525");
  g_assert_false (missing);
  g_assert_cmpuint (_mz_rates_window_get_n_missing (window), ==, 0);
}

static gboolean
import_done (gpointer data)
{
  return !_mz_rates_window_is_importing (data);
}

static void
import_text (MzRatesWindow *window,
             const char    *dir,
             const char    *text)
{
  g_autofree char *path = g_build_filename (dir, "rates.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  _mz_rates_window_import (window, file);
  g_assert_true (_mz_rates_window_is_importing (window));
  wait_until (import_done, window);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MzStore) store = open_store (fixture);
  g_autofree char *summary = NULL;
  MzRatesWindow *window = mz_rates_window_new (NULL, store);
  gint64 eur_before = stored_rate (store, "EUR", "2025-07");

  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpint (stored_rate (store, "NOK", "2025-01"), ==, -1);

  /* a bad line refuses the whole file, with its line number */
  import_text (window, fixture->dir, "currency,month,units_per_usd\nNOK,2025-01,10.5\nEUR,2025-07,abc\n");
  g_assert_nonnull (strstr (_mz_rates_window_get_import_summary (window), "3"));
  g_assert_cmpint (stored_rate (store, "NOK", "2025-01"), ==, -1);
  g_assert_cmpint (stored_rate (store, "EUR", "2025-07"), ==, eur_before);

  /* a good file: one added, one replaced */
  import_text (window, fixture->dir, "currency,month,units_per_usd\nNOK,2025-01,10.5\nEUR,2025-07,0.95\n");
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u rate read: %u added, %u replaced, %u unchanged.",
                                          "%u rates read: %u added, %u replaced, %u unchanged.", 2),
                             2, 1, 1, 0);
  g_assert_cmpstr (_mz_rates_window_get_import_summary (window), ==, summary);
  g_assert_cmpint (stored_rate (store, "NOK", "2025-01"), ==, 10500000);
  g_assert_cmpint (stored_rate (store, "EUR", "2025-07"), ==, 950000);

  /* the grid shows them */
  _mz_rates_window_set_year (window, 2025);
  iterate ();
  g_assert_cmpstr (_mz_rates_window_get_cell (window, "NOK", 1, NULL), ==, "10.50");
  g_assert_cmpstr (_mz_rates_window_get_cell (window, "EUR", 7, NULL), ==, "0.95");
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

  g_test_add ("/ui/rates/grid-form", Fixture, NULL, fixture_set_up, test_grid_and_form, fixture_tear_down);
  g_test_add ("/ui/rates/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);

  return g_test_run ();
}

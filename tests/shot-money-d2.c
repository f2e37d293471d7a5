/* shot-money-d2.c — screenshots of the Regular Budget section, the
 * exchange-rate window, the minimum amounts of Preferences and a
 * partner's money summary, for looking at them (not a test)
 *
 * Usage: shot-money-d2 DATABASE OUTDIR [PARTNER-NAME]
 * Opens DATABASE (with its office identity and the sample data) in a
 * window of 1280×800 and saves budget.png, budget-scenario.png,
 * rates.png, preferences.png and partner-money.png into OUTDIR. Run under
 * xvfb-run -a -s "-screen 0 1280x800x24" with GSETTINGS_SCHEMA_DIR set;
 * LANGUAGE=zh_CN or ar for the translations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "mz-application.h"
#include "mz-budget-page.h"
#include "mz-partner-money.h"
#include "mz-preferences-window.h"
#include "mz-rate-store.h"
#include "mz-rates-window.h"
#include "mz-window-private.h"
#include "shot-util.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(MzApplication) app = NULL;
  MzBudgetPage *page;
  MzWindow *window;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3)
    {
      g_printerr ("Usage: %s DATABASE OUTDIR [PARTNER-NAME]\n", argv[0]);
      return 2;
    }

  app = mz_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

  window = mz_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!mz_window_open_database (window, argv[1]))
    return 1;
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (1500);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "budget");
  page = MZ_BUDGET_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window), "budget"));
  wait_ms (2500);
  save_window (GTK_WIDGET (window), argv[2], "budget.png");

  gtk_editable_set_text (GTK_EDITABLE (_mz_budget_page_get_widget (page, "scenario")), "330000");
  {
    GtkWidget *w = _mz_budget_page_get_widget (page, "scenario");

    gtk_widget_grab_focus (w);
  }
  wait_ms (300);
  {
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (page)));
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (scroller);

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  }
  wait_ms (800);
  save_window (GTK_WIDGET (window), argv[2], "budget-scenario.png");

  /* The exchange rates of last year, with a month missing. */
  {
    MzStore *store = mz_window_get_store (window);
    MzRatesWindow *rates;
    g_autoptr(GError) error = NULL;

    if (mz_store_begin (store, &error) && mz_rate_store_remove (store, "GBP", "2025-04", &error))
      mz_store_commit (store, &error);
    else
      mz_store_rollback (store);
    rates = mz_rates_window_new (GTK_WINDOW (window), store);
    gtk_window_present (GTK_WINDOW (rates));
    _mz_rates_window_set_year (rates, 2025);
    wait_ms (1200);
    save_window (GTK_WIDGET (rates), argv[2], "rates.png");
    gtk_window_destroy (GTK_WINDOW (rates));
  }

  /* Preferences, scrolled to the minimum amounts. */
  {
    MzPreferencesWindow *prefs = mz_preferences_window_new (mz_window_get_store (window));

    gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (window));
    gtk_window_present (GTK_WINDOW (prefs));
    wait_ms (1200);
    save_window (GTK_WIDGET (prefs), argv[2], "preferences.png");
    gtk_window_destroy (GTK_WINDOW (prefs));
  }

  /* A partner's money. */
  {
    MzStore *store = mz_window_get_store (window);
    const char *name = argc > 3 && *argv[3] ? argv[3] : "Office for International Digital Cooperation";
    g_autofree char *partner_id = NULL;
    GtkWidget *shot = gtk_window_new ();
    GtkWidget *scroller = gtk_scrolled_window_new ();
    GtkWidget *money = mz_partner_money_new ();
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (mz_store_get_handle (store), "SELECT id FROM partner WHERE name = ?", -1, &stmt, NULL);
    sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      partner_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);

    gtk_widget_set_margin_top (money, 18);
    gtk_widget_set_margin_bottom (money, 18);
    gtk_widget_set_margin_start (money, 18);
    gtk_widget_set_margin_end (money, 18);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), money);
    gtk_window_set_child (GTK_WINDOW (shot), scroller);
    gtk_window_set_default_size (GTK_WINDOW (shot), 860, 780);
    g_object_set (money, "store", store, "partner-id", partner_id, NULL);
    gtk_window_present (GTK_WINDOW (shot));
    wait_ms (1200);
    g_print ("partner money loaded in %.1f ms\n", _mz_partner_money_get_load_time (MZ_PARTNER_MONEY (money)) / 1000.0);
    save_window (shot, argv[2], "partner-money.png");
  }

  return 0;
}

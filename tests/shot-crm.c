/* shot-crm.c — screenshots of the Contacts and Interactions sections and
 * their editors, for looking at them (not a test)
 *
 * Usage: shot-crm DATABASE OUTDIR [PARTNER-NAME [DONOR-NAME]]
 * Opens DATABASE (with its office identity set, e.g. after
 * `mobilize-cli init` and `demo`) in a window of 1280×800, and saves
 * contacts.png, interactions.png, follow-ups.png, contact-editor.png and
 * interaction-editor.png (a planned approach to PARTNER-NAME, default
 * “Greenwave”, showing the coordination notice), then partner-page.png
 * and partner-page-money.png (the page of DONOR-NAME, default “Lumen
 * Orbital”, at its top and scrolled to its commitments) into OUTDIR, and prints
 * how long the two sections took to load and the process's memory. Run under
 * xvfb-run -a -s "-screen 0 1280x800x24" with GSETTINGS_SCHEMA_DIR set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mz-application.h"
#include "mz-contact-editor.h"
#include "mz-interaction-editor-private.h"
#include "mz-contacts-page-private.h"
#include "mz-interactions-page-private.h"
#include "mz-partner-view-private.h"
#include "mz-partners-page-private.h"
#include "mz-search.h"
#include "mz-window-private.h"
#include "shot-util.h"

/* Resident memory now and at its peak (Linux). */
static void
print_memory (const char *when)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmRSS:") || g_str_has_prefix (lines[i], "VmHWM:"))
      g_print ("%s %s\n", when, lines[i]);
}

static char *
find_partner (MzStore    *store,
              const char *name)
{
  g_autoptr(GListModel) hits = mz_search_names (store, name, 5, NULL);
  g_autoptr(MzSearchHit) hit = NULL;

  if (hits == NULL || g_list_model_get_n_items (hits) == 0)
    return NULL;
  hit = g_list_model_get_item (hits, 0);
  return g_strdup (mz_search_hit_get_partner_id (hit));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MzApplication) app = NULL;
  g_autofree char *partner_id = NULL;
  MzWindow *window;
  GtkWindow *editor;

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
  wait_ms (3000);
  print_memory ("after the window opened");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "contacts");
  {
    MzContactsPage *page = MZ_CONTACTS_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window), "contacts"));
    gint64 start = g_get_monotonic_time ();

    wait_ms (100);
    while (_mz_contacts_page_is_busy (page) && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
      wait_ms (50);
    g_print ("contacts ready after %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
    wait_ms (1500);
  }
  save_window (GTK_WIDGET (window), argv[2], "contacts.png");
  print_memory ("after the Contacts section loaded");

  editor = mz_contact_editor_new (GTK_WINDOW (window), mz_window_get_store (window), NULL, NULL);
  gtk_window_present (editor);
  wait_ms (1500);
  save_window (GTK_WIDGET (editor), argv[2], "contact-editor.png");
  gtk_window_destroy (editor);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "interactions");
  {
    MzInteractionsPage *page = MZ_INTERACTIONS_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window),
                                                                                  "interactions"));
    gint64 start = g_get_monotonic_time ();

    wait_ms (100);
    while (_mz_interactions_page_is_busy (page) && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
      wait_ms (50);
    g_print ("interactions ready after %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
    wait_ms (1500);
  }
  print_memory ("after the Interactions section loaded");
  save_window (GTK_WIDGET (window), argv[2], "interactions.png");

  gtk_widget_activate_action (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window), "interactions"),
                              "interactions.show-follow-ups", NULL);
  wait_ms (1500);
  save_window (GTK_WIDGET (window), argv[2], "follow-ups.png");

  partner_id = find_partner (mz_window_get_store (window), argc > 3 ? argv[3] : "Greenwave");
  editor = mz_interaction_editor_new (GTK_WINDOW (window), mz_window_get_store (window), partner_id,
                                      NULL, TRUE);
  gtk_window_present (editor);
  wait_ms (500);
  {
    GtkWidget *subject = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_INTERACTION_EDITOR,
                                                                    "subject_row"));
    GPtrArray *checks = _mz_interaction_editor_get_participant_checks (MZ_INTERACTION_EDITOR (editor));

    gtk_editable_set_text (GTK_EDITABLE (subject), "Early-warning systems: partnership proposal");
    if (checks->len > 0)
      gtk_check_button_set_active (checks->pdata[0], TRUE);
  }
  wait_ms (1000);
  save_window (GTK_WIDGET (editor), argv[2], "interaction-editor.png");
  gtk_window_destroy (editor);

  /* A donor's page, at its top and at its money. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "partners");
  wait_ms (1500);
  {
    MzPartnersPage *page = MZ_PARTNERS_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window),
                                                                          "partners"));
    g_autofree char *donor_id = find_partner (mz_window_get_store (window), argc > 4 ? argv[4] : "Lumen Orbital");
    MzPartnerView *view;
    GtkAdjustment *scroll;
    double x = 0, y = 0;

    if (donor_id == NULL)
      {
        g_printerr ("No partner named “%s”\n", argc > 4 ? argv[4] : "Lumen Orbital");
        return 1;
      }
    mz_partners_page_open_partner (page, donor_id);
    wait_ms (1500);
    save_window (GTK_WIDGET (window), argv[2], "partner-page.png");

    view = _mz_partners_page_get_view (page);
    scroll = gtk_scrolled_window_get_vadjustment (view->overview_scroller);
    gtk_widget_translate_coordinates (gtk_widget_get_parent (GTK_WIDGET (view->money)),
                                      GTK_WIDGET (view->overview_scroller), 0, 0, &x, &y);
    gtk_adjustment_set_value (scroll, gtk_adjustment_get_value (scroll) + y - 48);
    wait_ms (1000);
    save_window (GTK_WIDGET (window), argv[2], "partner-page-money.png");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

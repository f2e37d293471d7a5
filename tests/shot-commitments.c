/* shot-commitments.c — screenshots of the Commitments section and its
 * editors, for looking at them (not a test)
 *
 * Usage: shot-commitments DATABASE OUTDIR
 * Opens DATABASE (with its office identity set and the sample data) in a
 * window of 1280×800 and saves commitments.png, commitment-editor.png
 * (the first signed commitment with instalments), commitment-schedule.png
 * (the same scrolled to its schedule and payments) and payment-editor.png
 * into OUTDIR, and prints how long the section took to load. It then
 * adds two reporting obligations and a payment that it reverses, and saves
 * commitment-obligations.png, report-obligation-editor.png (a due date
 * refused), and the currency picker searching "euro"
 * (currency-picker.png). It writes to DATABASE: use a copy. Run under
 * xvfb-run -a -s "-screen 0 1280x800x24" with GSETTINGS_SCHEMA_DIR set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "mz-application.h"
#include "mz-commitment-editor-private.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-currency-picker.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-date-button.h"
#include "mz-report-obligation-editor.h"
#include "mz-commitments-page-private.h"
#include "mz-schedule-grid.h"
#include "mz-window-private.h"
#include "shot-util.h"

/* The first signed commitment that has received money, else any signed. */
static char *
find_signed (GListModel *rows)
{
  char *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (rows, i);
      const MzCommitmentListRow *data = mz_commitment_row_get_data (row);

      if (data->signed_amount != G_MININT64 && data->received_chf > 0 && data->start_date != NULL)
        return g_strdup (data->id);
      if (found == NULL && data->signed_amount != G_MININT64)
        found = g_strdup (data->id);
    }
  return found;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MzApplication) app = NULL;
  g_autofree char *commitment_id = NULL;
  MzCommitmentsPage *page;
  MzWindow *window;
  GtkWindow *editor;
  gint64 start;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3)
    {
      g_printerr ("Usage: %s DATABASE OUTDIR\n", argv[0]);
      return 2;
    }

  app = mz_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

  window = mz_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!mz_window_open_database (window, argv[1]))
    return 1;
  gtk_window_present (GTK_WINDOW (window));
  /* SHOT_SETTLE_MS: let the window's check of a large database finish
   * first, to time the section alone. */
  wait_ms (g_getenv ("SHOT_SETTLE_MS") ? (guint) atoi (g_getenv ("SHOT_SETTLE_MS")) : 2000);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "commitments");
  page = MZ_COMMITMENTS_PAGE (gtk_stack_get_child_by_name (_mz_window_get_content_stack (window), "commitments"));
  start = g_get_monotonic_time ();
  wait_ms (50);
  while (_mz_commitments_page_is_loading (page) && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
    wait_ms (20);
  g_print ("commitments ready after %.0f ms (%u rows)\n", (g_get_monotonic_time () - start) / 1000.0,
           g_list_model_get_n_items (_mz_commitments_page_get_shown (page)));
  wait_ms (2500);
  save_window (GTK_WIDGET (window), argv[2], "commitments.png");

  /* The width each column got, and what the table has. */
  {
    GtkWidget *view = GTK_WIDGET (_mz_commitments_page_get_column_view (page));
    GtkWidget *header = gtk_widget_get_first_child (view);
    int total = 0;

    for (GtkWidget *title = gtk_widget_get_first_child (header); title != NULL;
         title = gtk_widget_get_next_sibling (title))
      {
        g_print ("column %d px\n", gtk_widget_get_width (title));
        total += gtk_widget_get_width (title);
      }
    g_print ("columns %d px in a table of %d px\n", total, gtk_widget_get_width (view));
  }

  commitment_id = find_signed (_mz_commitments_page_get_shown (page));
  if (commitment_id == NULL)
    return 0;

  mz_commitments_page_open_editor (page, commitment_id);
  editor = _mz_commitments_page_get_editor (page);
  gtk_window_set_default_size (editor, 780, 780);
  wait_ms (1500);
  save_window (GTK_WIDGET (editor), argv[2], "commitment-editor.png");

  {
    GtkScrolledWindow *scroller =
      GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_COMMITMENT_EDITOR,
                                                          "scroller"));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    wait_ms (800);
    save_window (GTK_WIDGET (editor), argv[2], "commitment-schedule.png");
  }

  /* Another frequency: the re-planned schedule beside the current one. */
  {
    GtkWidget *grid = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_COMMITMENT_EDITOR,
                                                                 "schedule_grid"));
    GtkScrolledWindow *scroller =
      GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_COMMITMENT_EDITOR,
                                                          "scroller"));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    mz_schedule_grid_set_frequency (MZ_SCHEDULE_GRID (grid), "quarterly");
    g_signal_emit_by_name (grid, "frequency-changed");
    wait_ms (500);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    wait_ms (800);
    save_window (GTK_WIDGET (editor), argv[2], "commitment-replan.png");
  }

  /* Reporting obligations (one overdue, one delivered, one ahead) and a
   * reversed payment. */
  {
    MzStore *store = mz_window_get_store (window);
    const MzCommitment *c = NULL;
    g_autoptr(MzCommitment) fresh = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(MzReportObligation) interim = NULL;
    g_autoptr(MzReportObligation) financial = NULL;
    g_autoptr(MzReportObligation) final = NULL;
    MzPaymentRequest request;
    MzPaymentResult result = { 0 };
    GtkScrolledWindow *scroller =
      GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_COMMITMENT_EDITOR,
                                                          "scroller"));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    fresh = mz_commitment_store_get (store, commitment_id, &error);
    c = fresh;
    if (c != NULL && c->start_date != NULL && c->end_date != NULL)
      {
        interim = mz_report_obligation_new ("interim", c->start_date);
        financial = mz_report_obligation_new ("financial", c->start_date);
        final = mz_report_obligation_new ("final", c->end_date);
        financial->delivered_date = g_strdup (c->start_date);
        financial->notes = g_strdup ("Certified statement, sent by the Finance Division");
        if (!mz_commitment_service_add_report (store, c->id, interim, &error) ||
            !mz_commitment_service_add_report (store, c->id, financial, &error) ||
            !mz_commitment_service_add_report (store, c->id, final, &error))
          g_printerr ("reports: %s\n", error->message);
        g_clear_error (&error);

        mz_payment_request_init (&request);
        request.commitment_id = c->id;
        request.date = c->start_date;
        request.amount = 100000;
        request.currency = c->currency;
        request.reference = "WRONG-REF-1";
        if (!mz_payment_service_record (store, &request, &result, &error) ||
            !mz_payment_service_reverse (store, result.payment_id, &error))
          g_printerr ("payment: %s\n", error->message);
        mz_payment_result_clear (&result);
      }

    gtk_window_destroy (editor);
    mz_commitments_page_open_editor (page, commitment_id);
    editor = _mz_commitments_page_get_editor (page);
    gtk_window_set_default_size (editor, 780, 780);
    wait_ms (1500);
    scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (editor), MZ_TYPE_COMMITMENT_EDITOR,
                                                                   "scroller"));
    adjustment = gtk_scrolled_window_get_vadjustment (scroller);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    wait_ms (800);
    save_window (GTK_WIDGET (editor), argv[2], "commitment-obligations.png");
    gtk_adjustment_set_value (adjustment, 0);
    wait_ms (300);
  }

  /* The report editor refusing a due date long after the period. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-report", NULL);
  wait_ms (600);
  {
    GtkWindow *report_editor = _mz_commitment_editor_get_report_editor (MZ_COMMITMENT_EDITOR (editor));

    if (report_editor != NULL)
      {
        mz_date_button_set_date (MZ_DATE_BUTTON (_mz_report_obligation_editor_get_due (
                                   MZ_REPORT_OBLIGATION_EDITOR (report_editor))), "2031-06-30");
        gtk_widget_activate_action (GTK_WIDGET (report_editor), "report.save", NULL);
        wait_ms (800);
        save_window (GTK_WIDGET (report_editor), argv[2], "report-obligation-editor.png");
        gtk_window_destroy (report_editor);
        wait_ms (200);
      }
  }

  /* The currency picker searching "euro" (or 欧元). */
  {
    MzCurrencyPicker *picker = _mz_commitment_editor_get_currency_picker (MZ_COMMITMENT_EDITOR (editor));
    GtkWidget *drop_down = GTK_WIDGET (mz_currency_picker_get_drop_down (picker));
    GtkWidget *toggle = NULL, *entry = NULL, *popover = NULL;
    GtkWidget *stack[64];
    guint n = 0;

    stack[n++] = drop_down;
    while (n > 0)
      {
        GtkWidget *w = stack[--n];

        if (toggle == NULL && GTK_IS_TOGGLE_BUTTON (w))
          toggle = w;
        if (entry == NULL && GTK_IS_SEARCH_ENTRY (w))
          entry = w;
        if (popover == NULL && GTK_IS_POPOVER (w))
          popover = w;
        for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL && n < G_N_ELEMENTS (stack);
             child = gtk_widget_get_next_sibling (child))
          stack[n++] = child;
      }
    if (toggle != NULL && entry != NULL && popover != NULL)
      {
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
        wait_ms (300);
        gtk_editable_set_text (GTK_EDITABLE (entry), g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh")
                               ? "欧元" : "euro");
        wait_ms (800);
        save_window (popover, argv[2], "currency-picker.png");
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
        wait_ms (200);
      }
  }

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.record-payment", NULL);
  wait_ms (1200);
  if (_mz_commitment_editor_get_payment_editor (MZ_COMMITMENT_EDITOR (editor)) != NULL)
    save_window (GTK_WIDGET (_mz_commitment_editor_get_payment_editor (MZ_COMMITMENT_EDITOR (editor))),
                 argv[2], "payment-editor.png");

  gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

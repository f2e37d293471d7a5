/* test-ui-commitment-obligations.c — the commitment editor's reporting
 * obligations, payment reversal and currency picker, driven through their
 * widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-commitments-page-private.h"
#include "mz-currency-picker.h"
#include "mz-currency.h"
#include "mz-date-button.h"
#include "mz-inkind-editor.h"
#include "mz-instalment-store.h"
#include "mz-labels.h"
#include "mz-payment-editor.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-report-obligation-editor.h"
#include "mz-schedule-grid.h"
#include "test-ui-crm-fixture.h"

#define PLEDGE_TITLE "Reporting test pledge, 2025–2027"

static gboolean
page_loaded (gpointer data)
{
  return !_mz_commitments_page_is_loading (data) &&
         g_strcmp0 (_mz_commitments_page_get_state (data), "loading") != 0;
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget below @widget with @tooltip. */
static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      found = find_by_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

typedef struct
{
  GListModel *model;
  guint       n_all;
} Filtering;

static gboolean
filtered (gpointer data)
{
  Filtering *f = data;

  return g_list_model_get_n_items (f->model) < f->n_all;
}

/* Opens the picker's popup, types @text in its search as a user would,
 * and clicks the first match; returns the code of that match. */
static const char *
type_currency (MzCurrencyPicker *picker,
               const char       *text)
{
  GtkDropDown *drop_down = mz_currency_picker_get_drop_down (picker);
  GtkWidget *toggle = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_TOGGLE_BUTTON);
  GtkWidget *entry = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_LIST_VIEW);
  GListModel *shown;
  Filtering f;

  g_assert_nonnull (toggle);
  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  iterate ();
  g_assert_true (gtk_widget_get_visible (entry));

  shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  f.model = shown;
  f.n_all = g_strv_length ((char **) mz_currency_list ());
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, f.n_all);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_until (filtered, &f);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);
  gtk_widget_activate_action (list, "list.activate-item", "u", 0);
  iterate ();
  return mz_currency_picker_get_currency (picker);
}

static MzCommitmentsPage *
open_page (Fixture *fixture)
{
  MzCommitmentsPage *page = MZ_COMMITMENTS_PAGE (open_section (fixture, "commitments"));

  wait_until (page_loaded, page);
  return page;
}

static guint
code_position (const char * const *codes,
               const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      return i;
  g_assert_not_reached ();
}

static guint
string_position (GListModel *model,
                 const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Creates, through the editor, a signed EUR 300,000 pledge of France for
 * 2025-01-31 to 2027-12-31, all for BDT, the currency chosen by typing
 * "euro"; returns its id. */
static char *
create_pledge (MzCommitmentsPage *page)
{
  MzCommitmentEditor *editor;
  gpointer editor_pointer;
  GtkDropDown *unit, *initiative, *mode;
  GtkEditable *share;
  GtkWidget *grid;
  char *id;

  gtk_widget_activate_action (GTK_WIDGET (page), "commitments.new", NULL);
  iterate ();
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  g_assert_nonnull (editor);

  choose_partner (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "donor_chooser"), "France");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "title_row")),
                         PLEDGE_TITLE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "kind_row")),
                              code_position (mz_commitment_kinds (), "voluntary_contribution"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "stage_row")),
                              code_position (mz_commitment_stages (), "signed"));
  g_assert_cmpstr (type_currency (_mz_commitment_editor_get_currency_picker (editor), "euro"), ==, "EUR");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "signed_entry")),
                         "300,000.00");
  mz_date_button_set_date (MZ_DATE_BUTTON (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR,
                                                           "signed_date_button")), "2025-01-15");
  mz_date_button_set_date (MZ_DATE_BUTTON (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "start_button")),
                           "2025-01-31");
  mz_date_button_set_date (MZ_DATE_BUTTON (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "end_button")),
                           "2027-12-31");
  grid = template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "schedule_grid");
  mz_schedule_grid_set_frequency (MZ_SCHEDULE_GRID (grid), "annual");
  g_signal_emit_by_name (grid, "frequency-changed");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-allocation", NULL);
  g_assert_true (_mz_commitment_editor_get_allocation (editor, 0, &unit, &initiative, &share, &mode));
  gtk_drop_down_set_selected (unit, string_position (gtk_drop_down_get_model (unit), mz_labels_unit_name ("BDT")));
  gtk_editable_set_text (share, "100");
  iterate ();

  /* Before the first save there is nothing to attach reports to. */
  g_assert_true (has_label (GTK_WIDGET (_mz_commitment_editor_get_report_list (editor)),
                            "Save the commitment first, then add the reports the donor expects."));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-report", NULL);
  iterate ();
  g_assert_null (_mz_commitment_editor_get_report_editor (editor));

  editor_pointer = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);
  wait_until (page_loaded, page);

  {
    g_autoptr(GError) error = NULL;
    MzCommitmentQuery query = { 0 };
    g_autoptr(GPtrArray) list = mz_commitment_store_list (mz_commitments_page_get_store (page), &query, &error);

    g_assert_no_error (error);
    id = NULL;
    for (guint i = 0; i < list->len; i++)
      if (g_strcmp0 (((MzCommitment *) list->pdata[i])->title, PLEDGE_TITLE) == 0)
        {
          g_assert_cmpstr (((MzCommitment *) list->pdata[i])->currency, ==, "EUR");
          id = g_strdup (((MzCommitment *) list->pdata[i])->id);
        }
  }
  g_assert_nonnull (id);
  return id;
}

static MzCommitmentEditor *
open_editor (MzCommitmentsPage *page,
             const char        *id)
{
  MzCommitmentEditor *editor;

  mz_commitments_page_open_editor (page, id);
  iterate ();
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  g_assert_nonnull (editor);
  return editor;
}

static GPtrArray *
list_reports (MzStore    *store,
              const char *id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *reports = mz_commitment_store_list_reports (store, id, &error);

  g_assert_no_error (error);
  return reports;
}

/* Adds a report through the report editor; returns the editor when it
 * stayed open (an error), NULL when it saved and closed. */
static MzReportObligationEditor *
add_report (MzCommitmentEditor *editor,
            const char         *kind,
            const char         *due,
            const char         *notes)
{
  MzReportObligationEditor *report_editor;
  gpointer pointer;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-report", NULL);
  iterate ();
  report_editor = MZ_REPORT_OBLIGATION_EDITOR (_mz_commitment_editor_get_report_editor (editor));
  g_assert_nonnull (report_editor);
  /* A new report is proposed due at the end of the period. */
  g_assert_cmpstr (mz_date_button_get_date (MZ_DATE_BUTTON (_mz_report_obligation_editor_get_due (report_editor))),
                   ==, "2027-12-31");

  adw_combo_row_set_selected (_mz_report_obligation_editor_get_kind_row (report_editor),
                              code_position (mz_commitment_report_kinds (), kind));
  mz_date_button_set_date (MZ_DATE_BUTTON (_mz_report_obligation_editor_get_due (report_editor)), due);
  gtk_editable_set_text (_mz_report_obligation_editor_get_notes (report_editor), notes);

  pointer = report_editor;
  g_object_add_weak_pointer (G_OBJECT (report_editor), &pointer);
  gtk_widget_activate_action (GTK_WIDGET (report_editor), "report.save", NULL);
  iterate ();
  if (pointer == NULL)
    return NULL;
  g_object_remove_weak_pointer (G_OBJECT (report_editor), &pointer);
  return report_editor;
}

static void
test_obligations (Fixture       *fixture,
                  gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  g_autofree char *id = create_pledge (page);
  MzCommitmentEditor *editor = open_editor (page, id);
  GtkWidget *list = GTK_WIDGET (_mz_commitment_editor_get_report_list (editor));
  MzReportObligationEditor *refused;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *button;

  g_assert_true (has_label (list, "No reports expected by the donor yet"));

  /* A due date after the period is refused, naming the field; the window
   * stays open and nothing is saved. */
  refused = add_report (editor, "final", "2029-03-31", "Narrative and results");
  g_assert_nonnull (refused);
  g_assert_cmpstr (_mz_report_obligation_editor_get_wrong_field (refused), ==, "due_date");
  g_assert_nonnull (strstr (_mz_report_obligation_editor_get_error (refused), "Report due"));
  g_assert_nonnull (strstr (_mz_report_obligation_editor_get_error (refused), "2027-12-31"));
  g_assert_nonnull (strstr (_mz_report_obligation_editor_get_error (refused), "2028-12-31"));
  reports = list_reports (store, id);
  g_assert_cmpuint (reports->len, ==, 0);
  g_clear_pointer (&reports, g_ptr_array_unref);

  /* Corrected, it saves and closes. */
  mz_date_button_set_date (MZ_DATE_BUTTON (_mz_report_obligation_editor_get_due (refused)), "2027-12-31");
  gtk_widget_activate_action (GTK_WIDGET (refused), "report.save", NULL);
  iterate ();
  g_assert_null (_mz_commitment_editor_get_report_editor (editor));

  /* An interim report due in the past and not delivered is overdue. */
  g_assert_null (add_report (editor, "interim", "2025-06-30", ""));
  reports = list_reports (store, id);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->kind, ==, "interim");
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[1])->kind, ==, "final");
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[1])->notes, ==, "Narrative and results");
  g_clear_pointer (&reports, g_ptr_array_unref);
  g_assert_true (has_label (list, mz_commitment_report_kind_label ("final")));
  g_assert_true (has_label (list, "Overdue"));

  /* Mark it delivered: today, and no longer overdue. */
  button = find_button (list, "Mark _Delivered");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  reports = list_reports (store, id);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->delivered_date, ==, today);
  g_clear_pointer (&reports, g_ptr_array_unref);
  g_assert_false (has_label (list, "Overdue"));

  /* Edit the final report: a financial one. */
  button = find_by_tooltip (list, "Edit Reporting Obligation");
  g_assert_nonnull (button);
  /* rows are by due date: the first edit button is the interim report's */
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  refused = MZ_REPORT_OBLIGATION_EDITOR (_mz_commitment_editor_get_report_editor (editor));
  g_assert_nonnull (refused);
  g_assert_cmpstr (mz_date_button_get_date (MZ_DATE_BUTTON (_mz_report_obligation_editor_get_delivered (refused))),
                   ==, today);
  adw_combo_row_set_selected (_mz_report_obligation_editor_get_kind_row (refused),
                              code_position (mz_commitment_report_kinds (), "financial"));
  gtk_widget_activate_action (GTK_WIDGET (refused), "report.save", NULL);
  iterate ();
  g_assert_null (_mz_commitment_editor_get_report_editor (editor));
  reports = list_reports (store, id);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->kind, ==, "financial");
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->delivered_date, ==, today);
  g_clear_pointer (&reports, g_ptr_array_unref);

  /* Remove one: it goes (soft-deleted), the other stays. */
  button = find_by_tooltip (list, "Remove Reporting Obligation");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  reports = list_reports (store, id);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->kind, ==, "final");
  g_clear_pointer (&reports, g_ptr_array_unref);

  /* Undo brings it back, as it was. */
  {
    AdwToast *toast = _mz_commitment_editor_get_toast (editor);

    g_assert_nonnull (toast);
    g_assert_cmpstr (adw_toast_get_title (toast), ==, "Reporting obligation removed");
    g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
    g_signal_emit_by_name (toast, "button-clicked");
    iterate ();
  }
  reports = list_reports (store, id);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->kind, ==, "financial");
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->due_date, ==, "2025-06-30");
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[0])->delivered_date, ==, today);
  g_clear_pointer (&reports, g_ptr_array_unref);

  /* Marking delivered can be undone too. */
  button = find_button (list, "Mark _Delivered");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  reports = list_reports (store, id);
  g_assert_cmpstr (((MzReportObligation *) reports->pdata[1])->delivered_date, ==, today);
  g_clear_pointer (&reports, g_ptr_array_unref);
  g_signal_emit_by_name (_mz_commitment_editor_get_toast (editor), "button-clicked");
  iterate ();
  reports = list_reports (store, id);
  g_assert_null (((MzReportObligation *) reports->pdata[1])->delivered_date);
}

static void
test_reverse_payment (Fixture       *fixture,
                      gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  g_autofree char *id = create_pledge (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) instalments = NULL;
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) all = NULL;
  MzCommitmentEditor *editor;
  MzPaymentRequest request;
  AdwMessageDialog *dialog;
  GtkWidget *list, *button;

  /* The first instalment is paid in full (the payment editor has its own
   * test). */
  instalments = mz_instalment_store_list (store, id, &error);
  g_assert_no_error (error);
  mz_payment_request_init (&request);
  request.commitment_id = id;
  request.date = "2025-02-10";
  request.amount = g_array_index (instalments, MzInstalment, 0).amount;
  request.currency = "EUR";
  request.reference = "FR-2025-0042";
  g_assert_true (mz_payment_service_record (store, &request, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&instalments, g_array_unref);
  instalments = mz_instalment_store_list (store, id, &error);
  g_assert_cmpstr (g_array_index (instalments, MzInstalment, 0).status, ==, "received");
  g_clear_pointer (&instalments, g_array_unref);

  editor = open_editor (page, id);
  list = GTK_WIDGET (_mz_commitment_editor_get_payment_list (editor));
  button = find_button (list, "Re_verse…");
  g_assert_nonnull (button);

  /* Cancel changes nothing. */
  g_signal_emit_by_name (button, "clicked");
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "scheduled or partly received"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "history"));
  adw_message_dialog_response (dialog, "cancel");
  iterate ();
  live = mz_payment_store_list (store, id, &error);
  g_assert_cmpuint (live->len, ==, 1);
  g_clear_pointer (&live, g_ptr_array_unref);

  /* Reverse. */
  g_signal_emit_by_name (find_button (list, "Re_verse…"), "clicked");
  wait_until (message_dialog_shown, NULL);
  adw_message_dialog_response (find_message_dialog (), "reverse");
  iterate ();

  live = mz_payment_store_list (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (live->len, ==, 0);
  all = mz_payment_store_list_with_reversed (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_nonnull (((MzPayment *) all->pdata[0])->reversed_at);
  instalments = mz_instalment_store_list (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (instalments, MzInstalment, 0).received, ==, 0);
  g_assert_cmpstr (g_array_index (instalments, MzInstalment, 0).status, !=, "received");

  /* The list shows it reversed, with nothing left to reverse. */
  g_assert_true (has_label (list, "Reversed"));
  g_assert_null (find_button (list, "Re_verse…"));
}

static void
test_currency_typing (Fixture       *fixture,
                      gconstpointer  data)
{
  MzCurrencyPicker *picker = MZ_CURRENCY_PICKER (mz_currency_picker_new ());
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (picker));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpstr (mz_currency_picker_get_currency (picker), ==, "CHF");

  /* by code, by any part of the name, case-insensitive */
  g_assert_cmpstr (type_currency (picker, "eur"), ==, "EUR");
  mz_currency_picker_set_currency (picker, "CHF");
  g_assert_cmpstr (type_currency (picker, "Euro"), ==, "EUR");
  g_assert_cmpstr (type_currency (picker, "yen"), ==, "JPY");
  g_assert_cmpstr (type_currency (picker, "kuwaiti"), ==, "KWD");
  g_assert_cmpstr (type_currency (picker, "usd"), ==, "USD");

  /* activating its row opens the list, ready to type in */
  {
    GtkWidget *popover = find_descendant (GTK_WIDGET (mz_currency_picker_get_drop_down (picker)),
                                          GTK_TYPE_POPOVER);

    g_assert_false (gtk_widget_get_visible (popover));
    g_assert_true (gtk_widget_mnemonic_activate (GTK_WIDGET (picker), FALSE));
    iterate ();
    g_assert_true (gtk_widget_get_visible (popover));
    gtk_popover_popdown (GTK_POPOVER (popover));
    iterate ();
  }

  /* the property */
  g_object_set (picker, "currency", "KES", NULL);
  g_assert_cmpstr (mz_currency_picker_get_currency (picker), ==, "KES");
  mz_currency_picker_set_currency (picker, "XYZ");
  g_assert_cmpstr (mz_currency_picker_get_currency (picker), ==, "KES");

  /* names in the UI language: 欧元 in Chinese */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  if (g_strcmp0 (mz_currency_get_name ("EUR"), "欧元") == 0)
    g_assert_cmpstr (type_currency (picker, "欧元"), ==, "EUR");
  else
    g_test_message ("no Chinese names of currencies here; 欧元 not tried");
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The in-kind and payment editors use the same picker. */
static void
test_pickers_everywhere (Fixture       *fixture,
                         gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  g_autofree char *id = create_pledge (page);
  g_autoptr(GError) error = NULL;
  GtkWindow *inkind = GTK_WINDOW (mz_inkind_editor_new (store, NULL));
  MzCommitmentEditor *editor;
  GtkWindow *payment_editor;
  MzCurrencyPicker *picker;

  g_assert_nonnull (inkind);
  picker = MZ_CURRENCY_PICKER (find_descendant (GTK_WIDGET (inkind), MZ_TYPE_CURRENCY_PICKER));
  g_assert_nonnull (picker);
  g_assert_cmpstr (mz_currency_picker_get_currency (picker), ==, "CHF");
  gtk_window_present (inkind);
  iterate ();
  g_assert_cmpstr (type_currency (picker, "swiss"), ==, "CHF");
  gtk_window_destroy (inkind);

  editor = open_editor (page, id);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.record-payment", NULL);
  iterate ();
  payment_editor = _mz_commitment_editor_get_payment_editor (editor);
  g_assert_true (MZ_IS_PAYMENT_EDITOR (payment_editor));
  picker = MZ_CURRENCY_PICKER (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "currency_picker"));
  g_assert_cmpstr (mz_currency_picker_get_currency (picker), ==, "EUR");
  g_assert_cmpstr (type_currency (picker, "dollar"), !=, NULL);
  g_assert_cmpstr (type_currency (picker, "US Dollar"), ==, "USD");
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/commitment/currency-typing", Fixture, NULL, fixture_set_up, test_currency_typing,
              fixture_tear_down);
  g_test_add ("/ui/commitment/obligations", Fixture, NULL, fixture_set_up, test_obligations, fixture_tear_down);
  g_test_add ("/ui/commitment/reverse-payment", Fixture, NULL, fixture_set_up, test_reverse_payment,
              fixture_tear_down);
  g_test_add ("/ui/commitment/pickers-everywhere", Fixture, NULL, fixture_set_up, test_pickers_everywhere,
              fixture_tear_down);

  return g_test_run ();
}

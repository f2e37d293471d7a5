/* test-ui-commitments.c — the Commitments section, the commitment editor,
 * the schedule grid and the payment editor, driven through their widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "mz-commitment-editor-private.h"
#include "mz-commitment-row.h"
#include "mz-commitment-service.h"
#include "mz-commitment-store.h"
#include "mz-commitments-page-private.h"
#include "mz-date-button.h"
#include "mz-initiative-store.h"
#include "mz-instalment-store.h"
#include "mz-labels.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-payment-editor.h"
#include "mz-payment-service.h"
#include "mz-payment-store.h"
#include "mz-schedule-grid.h"
#include "mz-schedule.h"
#include "test-ui-crm-fixture.h"

#define PLEDGE_TITLE "Digital skills for rural Africa, 2025–2027"

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
count_commitments (MzStore *store)
{
  g_autoptr(GError) error = NULL;
  MzCommitmentQuery query = { 0 };
  g_autoptr(GPtrArray) list = mz_commitment_store_list (store, &query, &error);

  g_assert_no_error (error);
  return list->len;
}

static MzCommitment *
find_commitment (MzStore    *store,
                 const char *title)
{
  g_autoptr(GError) error = NULL;
  MzCommitmentQuery query = { 0 };
  g_autoptr(GPtrArray) list = mz_commitment_store_list (store, &query, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      MzCommitment *c = g_ptr_array_index (list, i);

      if (g_strcmp0 (c->title, title) == 0)
        return mz_commitment_copy (c);
    }
  return NULL;
}

static MzCommitmentsPage *
open_page (Fixture *fixture)
{
  MzCommitmentsPage *page = MZ_COMMITMENTS_PAGE (open_section (fixture, "commitments"));

  wait_until (page_loaded, page);
  return page;
}

static MzCommitmentEditor *
open_new_editor (MzCommitmentsPage *page)
{
  GtkWindow *editor;

  gtk_widget_activate_action (GTK_WIDGET (page), "commitments.new", NULL);
  iterate ();
  editor = _mz_commitments_page_get_editor (page);
  g_assert_true (MZ_IS_COMMITMENT_EDITOR (editor));
  return MZ_COMMITMENT_EDITOR (editor);
}

/* Fills the three-year EUR pledge of France, signed, with an annual
 * schedule, split @bdt_share to BDT and @gda_share to Green Digital Action. */
static void
fill_pledge (MzCommitmentEditor *editor,
             const char         *bdt_share,
             const char         *gda_share)
{
  GtkDropDown *unit, *initiative, *mode;
  GtkEditable *share;
  GtkWidget *grid;

  choose_partner (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "donor_chooser"), "France");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "title_row")),
                         PLEDGE_TITLE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "kind_row")),
                              code_position (mz_commitment_kinds (), "voluntary_contribution"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "stage_row")),
                              code_position (mz_commitment_stages (), "signed"));
  /* The stage's probability is filled in. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (template_child (editor,
                   MZ_TYPE_COMMITMENT_EDITOR, "probability_spin"))), ==, 100);
  _mz_commitment_editor_select_currency (editor, "EUR");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "signed_entry")),
                         "300,000.00");
  g_assert_null (mz_money_entry_get_error_text (MZ_MONEY_ENTRY (template_child (editor,
                 MZ_TYPE_COMMITMENT_EDITOR, "signed_entry"))));
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
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-allocation", NULL);
  g_assert_true (_mz_commitment_editor_get_allocation (editor, 0, &unit, &initiative, &share, &mode));
  gtk_drop_down_set_selected (unit, string_position (gtk_drop_down_get_model (unit), mz_labels_unit_name ("BDT")));
  gtk_editable_set_text (share, bdt_share);
  g_assert_true (_mz_commitment_editor_get_allocation (editor, 1, &unit, &initiative, &share, &mode));
  gtk_drop_down_set_selected (initiative, string_position (gtk_drop_down_get_model (initiative),
                                                           "Green Digital Action"));
  gtk_editable_set_text (share, gda_share);
  iterate ();
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  GtkColumnView *view = _mz_commitments_page_get_column_view (page);
  GListModel *shown = _mz_commitments_page_get_shown (page);
  guint n_all = g_list_model_get_n_items (shown);
  GtkDropDown *currency = _mz_commitments_page_get_filter (page, "currency");
  guint n_columns = g_list_model_get_n_items (gtk_column_view_get_columns (view));

  g_assert_true (GTK_IS_COLUMN_VIEW (view));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view), "data-table"));
  /* donor, title, kind, stage, signed (with its currency), signed and
   * received in CHF, period, units */
  g_assert_cmpuint (n_columns, ==, 9);
  /* Read by a worker thread on its own connection. */
  g_assert_cmpuint (_mz_commitments_page_get_n_threaded (page), >=, 1);
  g_assert_cmpstr (_mz_commitments_page_get_state (page), ==, "list");
  g_assert_cmpuint (n_all, ==, count_commitments (fixture_store (fixture)));
  g_assert_cmpuint (n_all, >, 0);

  /* A currency filter keeps only that currency. */
  gtk_drop_down_set_selected (currency, 1);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MzCommitmentRow) row = g_list_model_get_item (shown, i);
      g_autoptr(MzCommitmentRow) first = g_list_model_get_item (shown, 0);

      g_assert_cmpstr (mz_commitment_row_get_data (row)->currency, ==, mz_commitment_row_get_data (first)->currency);
    }
  gtk_widget_activate_action (GTK_WIDGET (page), "commitments.clear-filters", NULL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* Enter (activating a row) opens that commitment in the editor. */
  {
    g_autoptr(MzCommitmentRow) first = g_list_model_get_item (shown, 0);
    GtkWindow *editor;

    g_signal_emit_by_name (view, "activate", 0);
    iterate ();
    editor = _mz_commitments_page_get_editor (page);
    g_assert_true (MZ_IS_COMMITMENT_EDITOR (editor));
    g_assert_cmpstr (mz_commitment_editor_get_commitment_id (MZ_COMMITMENT_EDITOR (editor)), ==,
                     mz_commitment_row_get_id (first));
    gtk_window_destroy (editor);
    iterate ();
  }

  /* The window's search: a text no donor or title has. */
  mz_commitments_page_set_search_text (page, "zzqq-no-such-title");
  iterate ();
  g_assert_cmpstr (_mz_commitments_page_get_state (page), ==, "no-match");
  mz_commitments_page_set_search_text (page, NULL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
}

static void
test_pledge_and_payment (Fixture       *fixture,
                         gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  MzCommitmentEditor *editor = open_new_editor (page);
  gpointer editor_pointer = editor;
  g_autoptr(MzCommitment) saved = NULL;
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GArray) instalments = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  const GArray *preview;
  GtkWindow *payment_editor;
  gpointer payment_pointer;
  MzPayment *payment;
  const char *bdt_id = NULL;

  fill_pledge (editor, "60", "40 %");
  g_assert_cmpstr (_mz_commitment_editor_get_allocation_total (editor), ==, "Adds up to 100 %");

  /* The annual schedule is shown before saving. */
  preview = mz_schedule_grid_get_preview (MZ_SCHEDULE_GRID (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR,
                                                                            "schedule_grid")));
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->len, ==, 3);

  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);

  saved = find_commitment (store, PLEDGE_TITLE);
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->currency, ==, "EUR");
  g_assert_cmpint (saved->signed_amount, ==, 30000000);
  g_assert_cmpstr (saved->stage, ==, "signed");

  allocations = mz_commitment_store_list_allocations (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (allocations->len, ==, 2);
  for (guint i = 0; i < allocations->len; i++)
    {
      MzAllocation *a = g_ptr_array_index (allocations, i);

      if (a->unit_id != NULL)
        {
          g_assert_cmpint (a->percent_bp, ==, 6000);
          bdt_id = a->unit_id;
        }
      else
        {
          g_assert_nonnull (a->initiative_id);
          g_assert_cmpint (a->percent_bp, ==, 4000);
        }
    }
  g_assert_nonnull (bdt_id);

  instalments = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (instalments->len, ==, 3);
  g_assert_cmpint (mz_schedule_sum (instalments), ==, saved->signed_amount);
  g_assert_cmpstr (g_array_index (instalments, MzInstalment, 0).due_date, ==, "2025-01-31");
  g_assert_cmpint (g_array_index (instalments, MzInstalment, 0).amount, ==, 10000000);

  /* The list shows it after the reload. */
  wait_until (page_loaded, page);

  /* Record the first instalment, paid in US dollars, through the editors. */
  mz_commitments_page_open_editor (page, saved->id);
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  g_assert_nonnull (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.record-payment", NULL);
  iterate ();
  payment_editor = _mz_commitment_editor_get_payment_editor (editor);
  g_assert_true (MZ_IS_PAYMENT_EDITOR (payment_editor));

  mz_date_button_set_date (MZ_DATE_BUTTON (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "date_button")),
                           "2025-02-10");
  _mz_payment_editor_select_currency (MZ_PAYMENT_EDITOR (payment_editor), "USD");
  gtk_editable_set_text (GTK_EDITABLE (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "amount_entry")),
                         "104,166.67");
  gtk_editable_set_text (GTK_EDITABLE (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "reference_row")),
                         "FR-2025-0042");
  iterate ();
  /* The CHF equivalent and the rates, before saving: 104,166.67 USD ×
   * 0.910 CHF per USD (February 2025) = 94,791.67 CHF. */
  {
    g_autofree char *expected = mz_money_entry_format (9479167, "CHF");

    g_assert_nonnull (strstr (_mz_payment_editor_get_conversion (MZ_PAYMENT_EDITOR (payment_editor)), expected));
  }
  g_assert_nonnull (strstr (_mz_payment_editor_get_conversion (MZ_PAYMENT_EDITOR (payment_editor)), "0.910000"));

  payment_pointer = payment_editor;
  g_object_add_weak_pointer (G_OBJECT (payment_editor), &payment_pointer);
  gtk_widget_activate_action (GTK_WIDGET (payment_editor), "payment.save", NULL);
  wait_until (window_gone, &payment_pointer);

  payments = mz_payment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, ==, 1);
  payment = g_ptr_array_index (payments, 0);
  g_assert_cmpstr (payment->currency, ==, "USD");
  g_assert_cmpint (payment->amount, ==, 10416667);
  g_assert_cmpint (payment->rate_micro, ==, 1000000);
  g_assert_cmpint (payment->chf_rate_micro, ==, 910000);
  /* 10,416,667 cents × 0.910 = 9,479,166.97 → 9,479,167 centimes. */
  g_assert_cmpint (payment->amount_chf, ==, 9479167);

  g_clear_pointer (&instalments, g_array_unref);
  instalments = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_schedule_status (&g_array_index (instalments, MzInstalment, 0), "2025-03-01"), ==,
                   "received");
}

static void
test_allocation_error (Fixture       *fixture,
                       gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  MzCommitmentEditor *editor = open_new_editor (page);
  guint before = count_commitments (store);
  GtkWidget *error_label;

  fill_pledge (editor, "60", "30");
  g_assert_cmpstr (_mz_commitment_editor_get_allocation_total (editor), ==, "Adds up to 90 %, not 100 %");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();

  /* Still open, the error shown under the allocations, nothing saved. */
  g_assert_true (_mz_commitments_page_get_editor (page) == GTK_WINDOW (editor));
  error_label = template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "allocations_error");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "100"));
  g_assert_cmpuint (count_commitments (store), ==, before);
  g_assert_null (find_commitment (store, PLEDGE_TITLE));

  /* A money entry shows what it cannot read, in place. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "signed_entry")),
                         "300,000.005");
  g_assert_nonnull (mz_money_entry_get_error_text (MZ_MONEY_ENTRY (template_child (editor,
                    MZ_TYPE_COMMITMENT_EDITOR, "signed_entry"))));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "amounts_error")));
  g_assert_cmpuint (count_commitments (store), ==, before);
}

static void
test_missing_rate (Fixture       *fixture,
                   gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  MzCommitmentEditor *editor = open_new_editor (page);
  gpointer editor_pointer = editor;
  g_autoptr(MzCommitment) saved = NULL;
  GtkWindow *payment_editor;
  const char *text;

  fill_pledge (editor, "60", "40");
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);
  saved = find_commitment (store, PLEDGE_TITLE);
  g_assert_nonnull (saved);

  mz_commitments_page_open_editor (page, saved->id);
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.record-payment", NULL);
  iterate ();
  payment_editor = _mz_commitment_editor_get_payment_editor (editor);
  mz_date_button_set_date (MZ_DATE_BUTTON (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "date_button")),
                           "2025-02-10");
  /* The sample data has no rate for the Kenyan shilling. */
  _mz_payment_editor_select_currency (MZ_PAYMENT_EDITOR (payment_editor), "KES");
  gtk_editable_set_text (GTK_EDITABLE (template_child (payment_editor, MZ_TYPE_PAYMENT_EDITOR, "amount_entry")),
                         "1000");
  iterate ();
  text = _mz_payment_editor_get_conversion (MZ_PAYMENT_EDITOR (payment_editor));
  g_assert_nonnull (strstr (text, "KES"));
  g_assert_nonnull (strstr (text, "2025"));

  gtk_widget_activate_action (GTK_WIDGET (payment_editor), "payment.save", NULL);
  iterate ();
  g_assert_true (_mz_commitment_editor_get_payment_editor (editor) == payment_editor);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) payments = mz_payment_store_list (store, saved->id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (payments->len, ==, 0);
  }
}

/* Changing the signed amount of a commitment that has received money
 * shows the re-planned schedule beside the current one; saving needs
 * "Apply"; the received instalment stays as it was. */
static void
test_replan (Fixture       *fixture,
             gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  MzCommitmentEditor *editor = open_new_editor (page);
  gpointer editor_pointer = editor;
  g_autoptr(MzCommitment) saved = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GError) error = NULL;
  MzPaymentRequest request;
  MzScheduleGrid *grid;
  const GArray *preview;

  fill_pledge (editor, "60", "40");
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);
  saved = find_commitment (store, PLEDGE_TITLE);
  g_assert_nonnull (saved);

  /* The first instalment is paid (through the service: the payment
   * editor has its own test). */
  before = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  mz_payment_request_init (&request);
  request.commitment_id = saved->id;
  request.date = "2025-02-10";
  request.amount = g_array_index (before, MzInstalment, 0).amount;
  request.currency = "EUR";
  g_assert_true (mz_payment_service_record (store, &request, NULL, &error));
  g_assert_no_error (error);
  wait_until (page_loaded, page);

  mz_commitments_page_open_editor (page, saved->id);
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  grid = MZ_SCHEDULE_GRID (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "schedule_grid"));
  g_assert_null (mz_schedule_grid_get_preview (grid));

  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "signed_entry")),
                         "330,000.00");
  iterate ();
  preview = mz_schedule_grid_get_preview (grid);
  g_assert_nonnull (preview);
  g_assert_cmpint (mz_schedule_sum (preview), ==, 33000000);
  /* The received instalment is kept as it is. */
  g_assert_cmpstr (g_array_index (preview, MzInstalment, 0).id, ==, g_array_index (before, MzInstalment, 0).id);
  g_assert_cmpint (g_array_index (preview, MzInstalment, 0).amount, ==, 10000000);

  /* Not saved before the preview is applied. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "schedule_error")));
  {
    g_autoptr(MzCommitment) unchanged = mz_commitment_store_get (store, saved->id, &error);

    g_assert_cmpint (unchanged->signed_amount, ==, 30000000);
  }

  g_signal_emit_by_name (grid, "apply");
  g_assert_true (mz_schedule_grid_get_applied (grid));
  editor_pointer = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);

  after = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mz_schedule_sum (after), ==, 33000000);
  g_assert_cmpstr (g_array_index (after, MzInstalment, 0).id, ==, g_array_index (before, MzInstalment, 0).id);
  g_assert_cmpint (g_array_index (after, MzInstalment, 0).amount, ==, 10000000);
  g_assert_cmpint (g_array_index (after, MzInstalment, 0).received, ==, 10000000);
}

/* "Write Off Balance…" asks first, then writes off what is still due:
 * the instalments stay, marked written off, and the commitment completes. */
static void
test_write_off (Fixture       *fixture,
                gconstpointer  data)
{
  MzCommitmentsPage *page = open_page (fixture);
  MzStore *store = fixture_store (fixture);
  MzCommitmentEditor *editor = open_new_editor (page);
  gpointer editor_pointer = editor;
  g_autoptr(MzCommitment) saved = NULL;
  g_autoptr(MzCommitment) completed = NULL;
  g_autoptr(GArray) instalments = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  fill_pledge (editor, "60", "40");
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_pointer);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (window_gone, &editor_pointer);
  saved = find_commitment (store, PLEDGE_TITLE);
  g_assert_nonnull (saved);

  mz_commitments_page_open_editor (page, saved->id);
  editor = MZ_COMMITMENT_EDITOR (_mz_commitments_page_get_editor (page));
  g_signal_emit_by_name (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "schedule_grid"), "write-off");
  wait_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();

  /* Cancelling changes nothing. */
  adw_message_dialog_response (dialog, "cancel");
  iterate ();
  instalments = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mz_schedule_written_off (instalments), ==, 0);
  g_clear_pointer (&instalments, g_array_unref);

  g_signal_emit_by_name (template_child (editor, MZ_TYPE_COMMITMENT_EDITOR, "schedule_grid"), "write-off");
  wait_until (message_dialog_shown, NULL);
  adw_message_dialog_response (find_message_dialog (), "write-off");
  iterate ();

  instalments = mz_instalment_store_list (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (instalments->len, ==, 3);
  g_assert_cmpint (mz_schedule_sum (instalments), ==, 30000000);
  g_assert_cmpint (mz_schedule_written_off (instalments), ==, 30000000);
  completed = mz_commitment_store_get (store, saved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (completed->stage, ==, "completed");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/commitments/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/ui/commitments/pledge-and-payment", Fixture, NULL, fixture_set_up, test_pledge_and_payment,
              fixture_tear_down);
  g_test_add ("/ui/commitments/allocation-error", Fixture, NULL, fixture_set_up, test_allocation_error,
              fixture_tear_down);
  g_test_add ("/ui/commitments/replan", Fixture, NULL, fixture_set_up, test_replan, fixture_tear_down);
  g_test_add ("/ui/commitments/write-off", Fixture, NULL, fixture_set_up, test_write_off, fixture_tear_down);
  g_test_add ("/ui/commitments/missing-rate", Fixture, NULL, fixture_set_up, test_missing_rate,
              fixture_tear_down);

  return g_test_run ();
}

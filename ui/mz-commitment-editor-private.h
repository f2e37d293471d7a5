/* mz-commitment-editor-private.h — what the files of the commitment editor
 * share, and what the tests drive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mz-commitment-editor.c              the form: fields, errors, saving
 * mz-commitment-editor-allocations.c  allocation lines and their total
 * mz-commitment-editor-payments.c     schedule preview, payments, reversal,
 *                                     write-off
 * mz-commitment-editor-obligations.c  donor reporting obligations
 */
#pragma once

#include "mz-commitment-editor.h"
#include "mz-commitment.h"
#include "mz-currency-picker.h"
#include "mz-date-button.h"
#include "mz-money-entry.h"
#include "mz-partner-chooser.h"
#include "mz-schedule-grid.h"

G_BEGIN_DECLS

struct _MzCommitmentEditor
{
  AdwWindow            parent_instance;

  MzStore             *store;
  MzCommitment        *before;        /* the saved row, NULL for a new one */
  GArray              *current;       /* its instalments */
  GListModel          *units;         /* MzOrgUnit */
  GPtrArray           *initiatives;   /* MzInitiative */
  GPtrArray           *allocation_rows;
  GPtrArray           *reports;       /* MzReportObligation, as saved */
  GtkWindow           *payment_editor;
  GtkWindow           *report_editor;
  GtkWindow           *dialog;        /* an open confirmation */
  AdwToast            *toast;         /* the last toast, while shown */
  gboolean             loading;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkLabel            *banner;
  GtkScrolledWindow   *scroller;
  GtkWidget           *donor_row;
  MzPartnerChooser    *donor_chooser;
  GtkWidget           *payer_row;
  MzPartnerChooser    *payer_chooser;
  GtkWidget           *title_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *ceb_row;
  GtkWidget           *iati_row;
  AdwComboRow         *stage_row;
  GtkWidget           *probability_row;
  GtkSpinButton       *probability_spin;
  GtkWidget           *currency_row;
  MzCurrencyPicker    *currency_picker;
  GtkWidget           *ask_row;
  MzMoneyEntry        *ask_entry;
  GtkWidget           *expected_row;
  MzMoneyEntry        *expected_entry;
  GtkWidget           *signed_row;
  MzMoneyEntry        *signed_entry;
  GtkWidget           *signed_date_row;
  MzDateButton        *signed_date_button;
  GtkWidget           *start_row;
  MzDateButton        *start_button;
  GtkWidget           *end_row;
  MzDateButton        *end_button;
  GtkWidget           *psc_row;
  GtkWidget           *threshold_row;
  GtkWidget           *notes_row;
  GtkLabel            *commitment_error;
  GtkLabel            *amounts_error;
  GtkListBox          *allocation_list;
  GtkLabel            *allocation_total;
  GtkLabel            *allocations_error;
  MzScheduleGrid      *schedule_grid;
  GtkLabel            *schedule_error;
  GtkWidget           *payments_group;
  GtkListBox          *payment_list;
  GtkLabel            *payments_error;
  GtkWidget           *reports_group;
  GtkListBox          *report_list;
  GtkLabel            *reports_error;
};

typedef struct
{
  GtkWidget   *row;
  GtkDropDown *unit;
  GtkDropDown *initiative;
  GtkWidget   *share;
  GtkDropDown *mode;       /* 0: per cent, 1: amount */
} MzAllocationRow;

/* mz-commitment-editor.c */
const char      *_mz_commitment_editor_today            (void);
const char      *_mz_commitment_editor_currency         (MzCommitmentEditor  *self);
void             _mz_commitment_editor_show_label       (GtkLabel            *label,
                                                         const char          *message);
gboolean         _mz_commitment_editor_read_form        (MzCommitmentEditor  *self,
                                                         MzCommitment        *c,
                                                         GError             **error);
/* Reads the saved row again (its stage may have changed) and says so. */
void             _mz_commitment_editor_refresh          (MzCommitmentEditor  *self,
                                                         const char          *toast);
void             _mz_commitment_editor_toast            (MzCommitmentEditor  *self,
                                                         AdwToast            *toast);

/* mz-commitment-editor-allocations.c */
gboolean         _mz_parse_percent_bp                   (const char          *text,
                                                         int                 *bp);
char            *_mz_format_percent_bp                  (int                  bp);
MzAllocationRow *_mz_commitment_editor_add_allocation_row (MzCommitmentEditor *self);
void             _mz_commitment_editor_fill_allocations (MzCommitmentEditor  *self,
                                                         GPtrArray           *allocations);
GPtrArray       *_mz_commitment_editor_read_allocations (MzCommitmentEditor  *self,
                                                         GError             **error);
void             _mz_commitment_editor_update_allocation_total (MzCommitmentEditor *self);
void             _mz_commitment_editor_allocations_set_currency (MzCommitmentEditor *self,
                                                                 const char         *code);

/* mz-commitment-editor-payments.c */
gboolean         _mz_commitment_editor_terms_changed    (MzCommitmentEditor  *self,
                                                         const MzCommitment  *c);
void             _mz_commitment_editor_update_schedule_preview (MzCommitmentEditor *self);
void             _mz_commitment_editor_load_schedule    (MzCommitmentEditor  *self);
void             _mz_commitment_editor_load_payments    (MzCommitmentEditor  *self);
void             _mz_commitment_editor_write_off        (MzCommitmentEditor  *self);
void             _mz_commitment_editor_record_payment   (MzCommitmentEditor  *self);

/* mz-commitment-editor-obligations.c */
void             _mz_commitment_editor_load_reports     (MzCommitmentEditor  *self);
void             _mz_commitment_editor_add_report       (MzCommitmentEditor  *self);

/* For the tests */

/* The widgets of allocation line @index (0-based); FALSE if none. */
gboolean    _mz_commitment_editor_get_allocation (MzCommitmentEditor *self,
                                                  guint               index,
                                                  GtkDropDown       **unit,
                                                  GtkDropDown       **initiative,
                                                  GtkEditable       **share,
                                                  GtkDropDown       **mode);
/* Selects @code in the currency row. */
void        _mz_commitment_editor_select_currency (MzCommitmentEditor *self,
                                                   const char         *code);
MzCurrencyPicker *_mz_commitment_editor_get_currency_picker (MzCommitmentEditor *self);
/* The text of the allocations' indicator ("Adds up to 100 %"). */
const char *_mz_commitment_editor_get_allocation_total (MzCommitmentEditor *self);
/* The open payment editor, or NULL. */
GtkWindow  *_mz_commitment_editor_get_payment_editor (MzCommitmentEditor *self);
/* The open reporting-obligation editor, or NULL. */
GtkWindow  *_mz_commitment_editor_get_report_editor (MzCommitmentEditor *self);
/* The open confirmation (reversal, write-off, removal), or NULL. */
GtkWindow  *_mz_commitment_editor_get_dialog (MzCommitmentEditor *self);
GtkListBox *_mz_commitment_editor_get_payment_list (MzCommitmentEditor *self);
/* The last toast while it is shown, or NULL. */
AdwToast   *_mz_commitment_editor_get_toast (MzCommitmentEditor *self);
GtkListBox *_mz_commitment_editor_get_report_list (MzCommitmentEditor *self);

G_END_DECLS

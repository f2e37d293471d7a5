/* mz-interaction-editor-private.h — what the files of the interaction
 * editor share, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-date-button.h"
#include "mz-interaction-editor.h"
#include "mz-partner-chooser.h"

G_BEGIN_DECLS

struct _MzInteractionEditor
{
  AdwWindow            parent_instance;

  MzStore             *store;
  MzInteraction       *interaction;   /* a copy; NULL until saved when new */
  GPtrArray           *staff;         /* MzStaffMember, after "not recorded" */
  GPtrArray           *participant_rows;
  GPtrArray           *participant_checks;
  GPtrArray           *follow_ups;    /* FollowUpItem */
  GtkWindow           *confirm_dialog;
  gboolean             notice_shown;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkWidget           *form;
  GtkRevealer         *notice_revealer;
  GtkLabel            *notice_heading;
  GtkLabel            *notice_body;
  GtkWidget           *partner_row;
  MzPartnerChooser    *partner_chooser;
  GtkLabel            *partner_error;
  AdwPreferencesGroup *participants_group;
  GtkLabel            *participants_error;
  AdwComboRow         *kind_row;
  GtkWidget           *subject_row;
  AdwComboRow         *status_row;
  GtkWidget           *date_row;
  MzDateButton        *date_button;
  GtkLabel            *interaction_error;
  AdwComboRow         *unit_row;
  AdwComboRow         *staff_row;
  GtkLabel            *unit_error;
  GtkTextView         *notes_view;
  AdwPreferencesGroup *follow_ups_group;
  GtkWidget           *add_follow_up_button;
  GtkLabel            *follow_up_error;
  GtkPopover          *add_follow_up_popover;
  GtkEntry            *follow_up_title_entry;
  MzDateButton        *follow_up_due_button;
  GtkDropDown         *follow_up_owner_dropdown;
  GtkWidget           *follow_up_add_button;
};

/* mz-interaction-editor.c */
char          *_mz_interaction_editor_today_plus            (int                   days);
const char    *_mz_interaction_editor_selected_string       (AdwComboRow          *row);
/* The id of the unit chosen in the form, or NULL. */
char          *_mz_interaction_editor_unit_of_form          (MzInteractionEditor  *self);
const char    *_mz_interaction_editor_staff_id_at           (MzInteractionEditor  *self,
                                                             guint                 position);
const char    *_mz_interaction_editor_staff_name            (MzInteractionEditor  *self,
                                                             const char           *staff_id);
/* Saves the form and closes the window; FALSE if it shows an error. */
gboolean       _mz_interaction_editor_save_now              (MzInteractionEditor  *self);

/* mz-interaction-editor-coordination.c */
void           _mz_interaction_editor_update_notice         (MzInteractionEditor  *self);
/* Asks first when the approach is planned and other units are engaged. */
void           _mz_interaction_editor_save                  (MzInteractionEditor  *self);

/* mz-interaction-editor-follow-ups.c */
void           _mz_interaction_editor_follow_up_item_free   (gpointer              data);
void           _mz_interaction_editor_load_follow_ups       (MzInteractionEditor  *self);
void           _mz_interaction_editor_add_pending_follow_up (MzInteractionEditor  *self,
                                                             const char           *title,
                                                             const char           *due_date,
                                                             const char           *owner_id);
/* The follow-ups to write with the interaction: those added here and
 * those ticked or unticked (a GPtrArray of MzFollowUp). */
GPtrArray     *_mz_interaction_editor_changed_follow_ups    (MzInteractionEditor  *self);
/* After they were written: the rows remember what is saved. */
void           _mz_interaction_editor_follow_ups_saved      (MzInteractionEditor  *self);

/* For the tests */

/* The coordination notice as shown (heading, a new line, the body), or
 * NULL while it is hidden. */
char       *_mz_interaction_editor_get_notice_text    (MzInteractionEditor *self);
/* The "Other units are engaging this partner" dialog while it is open. */
GtkWindow  *_mz_interaction_editor_get_confirm_dialog (MzInteractionEditor *self);
/* The check buttons of the participants, in the order of the partner's
 * contacts; "mz-contact-id" data on each holds the contact's id. */
GPtrArray  *_mz_interaction_editor_get_participant_checks (MzInteractionEditor *self);
/* The inline error shown for @field (a column name), or NULL. */
const char *_mz_interaction_editor_get_error          (MzInteractionEditor *self,
                                                       const char          *field);
/* Adds a follow-up as the Add popover does; saved with the interaction. */
void        _mz_interaction_editor_add_follow_up      (MzInteractionEditor *self,
                                                       const char          *title,
                                                       const char          *due_date);

G_END_DECLS

/* mz-partner-view-private.h — the state shared by the files of a
 * partner's page, and what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mz-partner-view.c loads the page and holds its actions, merge and
 * money; mz-partner-view-details.c shows the header, details, contacts,
 * relations and follow-ups; mz-partner-view-timeline.c the timeline and
 * the notice of other units' planned approaches.
 */
#pragma once

#include "mz-contact.h"
#include "mz-history-view.h"
#include "mz-interaction.h"
#include "mz-partner.h"
#include "mz-partner-money.h"
#include "mz-partner-view.h"

G_BEGIN_DECLS

/* Interactions shown before "Show All". */
#define TIMELINE_PAGE 30

struct _MzPartnerView
{
  AdwBin         parent_instance;

  MzStore       *store;
  MzPartner     *partner;
  GListModel    *interactions;
  guint          n_timeline_shown;
  char          *today;
  gboolean       history_loaded;

  /* Template widgets */
  AdwViewStack  *view_stack;
  GtkScrolledWindow *overview_scroller;
  GtkLabel      *name_label;
  GtkLabel      *local_name_label;
  GtkLabel      *type_badge;
  GtkLabel      *status_badge;
  GtkLabel      *place_label;
  GtkWidget     *coordination_box;
  GtkWidget     *coordination_lines;
  AdwActionRow  *lead_unit_row;
  AdwActionRow  *manager_row;
  AdwActionRow  *membership_row;
  AdwActionRow  *ceb_row;
  AdwActionRow  *iati_row;
  AdwActionRow  *website_row;
  GtkLinkButton *website_link;
  AdwActionRow  *tags_row;
  GtkWidget     *tags_box;
  GtkWidget     *notes_group;
  GtkLabel      *notes_label;
  GtkWidget     *add_contact_button;
  GtkWidget     *plan_button;
  GtkListBox    *contacts_list;
  GtkListBox    *relations_list;
  GtkWidget     *relations_group;
  GtkListBox    *follow_ups_list;
  GtkListBox    *timeline_list;
  GtkButton     *show_all_button;
  MzHistoryView *history_view;
  GtkWidget     *merged_banner;
  GtkLabel      *merged_label;
  MzPartnerMoney *money;

  GtkWindow     *commitment_editor;   /* weak: the one opened from here */
};

/* Shared by the files of the page */
void       _mz_partner_view_reload_after_edit      (MzPartnerView *self);
void       _mz_partner_view_show_error_toast       (MzPartnerView *self,
                                                    const char    *message);
void       _mz_partner_view_open_partner           (MzPartnerView *self,
                                                    const char    *partner_id);

/* mz-partner-view-details.c */
void       _mz_partner_view_clear_list             (GtkListBox    *list);
void       _mz_partner_view_set_placeholder        (GtkListBox    *list,
                                                    const char    *text);
GtkWidget *_mz_partner_view_make_row               (const char    *title,
                                                    const char    *subtitle);
GtkWidget *_mz_partner_view_make_badge             (const char    *text,
                                                    const char    *style);
char      *_mz_partner_view_join_parts             (GPtrArray     *parts);
void       _mz_partner_view_show_header            (MzPartnerView *self);
void       _mz_partner_view_show_details           (MzPartnerView *self);
void       _mz_partner_view_open_contact_editor    (MzPartnerView *self,
                                                    MzContact     *contact);
void       _mz_partner_view_show_contacts          (MzPartnerView *self,
                                                    GListModel    *contacts);
void       _mz_partner_view_show_relations         (MzPartnerView *self,
                                                    GListModel    *relations);
void       _mz_partner_view_show_follow_ups        (MzPartnerView *self,
                                                    GListModel    *follow_ups);

/* mz-partner-view-timeline.c */
void       _mz_partner_view_open_interaction_editor (MzPartnerView *self,
                                                     MzInteraction *interaction,
                                                     gboolean       planned);
void       _mz_partner_view_show_more_timeline     (MzPartnerView *self,
                                                    guint          up_to);
void       _mz_partner_view_show_coordination      (MzPartnerView *self);

/* For the tests */
GtkLabel      *_mz_partner_view_get_name_label        (MzPartnerView *self);
/* The lines of the notice of other units' planned approaches (GtkLabels),
 * inside a box that is visible only when there are some. */
GtkWidget     *_mz_partner_view_get_coordination_box  (MzPartnerView *self);
GtkWidget     *_mz_partner_view_get_coordination_lines (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_contacts_list     (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_relations_list    (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_follow_ups_list   (MzPartnerView *self);
GtkListBox    *_mz_partner_view_get_timeline_list     (MzPartnerView *self);
AdwViewStack  *_mz_partner_view_get_view_stack        (MzPartnerView *self);
MzHistoryView *_mz_partner_view_get_history_view      (MzPartnerView *self);
/* The money group (commitments, in-kind, totals in CHF) and the
 * commitment editor opened from it, or NULL. */
MzPartnerMoney *_mz_partner_view_get_money            (MzPartnerView *self);
GtkWindow     *_mz_partner_view_get_commitment_editor (MzPartnerView *self);

G_END_DECLS

/* mz-partner-editor-private.h — the state shared by the partner editor's
 * files, and what the tests drive in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mz-partner-editor.c holds the window, its errors, duplicates and Save;
 * mz-partner-editor-form.c fills the lists and shows and reads the form.
 */
#pragma once

#include "mz-partner.h"
#include "mz-partner-editor.h"

G_BEGIN_DECLS

struct _MzPartnerEditor
{
  AdwWindow       parent_instance;

  MzStore        *store;
  MzPartner      *original;        /* NULL for a new partner */
  char           *previous_type;
  char           *error_field;
  char           *error_message;

  /* Codes behind the combo items; index 0 of each is "none" (NULL). */
  GPtrArray      *country_codes;
  GPtrArray      *unit_ids;
  GPtrArray      *staff_ids;
  GArray         *units_x16;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkLabel       *general_error;
  GtkWidget      *name_row;
  GtkWidget      *local_name_row;
  GtkWidget      *short_name_row;
  GtkWidget      *type_row;
  GtkWidget      *status_row;
  GtkWidget      *country_row;
  GtkWidget      *country_dropdown;
  GtkWidget      *region_row;
  GtkWidget      *lead_unit_row;
  GtkWidget      *manager_row;
  GtkWidget      *membership_group;
  GtkWidget      *sector_r_switch;
  GtkWidget      *sector_t_switch;
  GtkWidget      *sector_d_switch;
  GtkWidget      *category_row;
  GtkWidget      *units_row;
  GtkWidget      *ceb_row;
  GtkWidget      *iati_row;
  GtkWidget      *website_row;
  GtkWidget      *tags_row;
  GtkWidget      *notes_view;
  GtkWidget      *name_error;
  GtkWidget      *kind_error;
  GtkWidget      *place_error;
  GtkWidget      *people_error;
  GtkWidget      *membership_error;
  GtkWidget      *reporting_error;
  GtkWidget      *more_error;
  GtkWidget      *notes_error;
  GtkWidget      *duplicates_group;
  GtkWidget      *duplicates_banner;
};

/* mz-partner-editor-form.c */
guint       _mz_partner_editor_index_of          (const char * const *codes,
                                                  const char         *code);
guint       _mz_partner_editor_combo_selected    (GtkWidget       *row);
gboolean    _mz_partner_editor_membership_type   (const char      *type);
guint       _mz_partner_editor_iati_index        (int              code);
void        _mz_partner_editor_fill_static_lists (MzPartnerEditor *self);
void        _mz_partner_editor_fill_countries    (MzPartnerEditor *self);
gboolean    _mz_partner_editor_fill_people       (MzPartnerEditor *self,
                                                  GError         **error);
void        _mz_partner_editor_update_region     (MzPartnerEditor *self);
void        _mz_partner_editor_show_partner      (MzPartnerEditor *self,
                                                  MzPartner       *p);
void        _mz_partner_editor_read_form         (MzPartnerEditor *self,
                                                  MzPartner       *p);

/* For the tests */

/* The widget that edits @field, named as in the service's validation
 * errors ("name", "partner_type", "country", "lead_unit_id", …): an
 * AdwEntryRow, AdwComboRow, GtkDropDown (country) or GtkTextView (notes);
 * "sector_r", "sector_t", "sector_d" give the GtkSwitch. */
GtkWidget  *_mz_partner_editor_get_field_widget (MzPartnerEditor *self,
                                                 const char      *field);
GtkWidget  *_mz_partner_editor_get_save_button  (MzPartnerEditor *self);
/* The error shown and the field it is shown next to (NULL: above the
 * form, or no error). */
const char *_mz_partner_editor_get_error        (MzPartnerEditor *self);
const char *_mz_partner_editor_get_error_field  (MzPartnerEditor *self);
/* The region row's subtitle-less state: the region code selected. */
const char *_mz_partner_editor_get_region       (MzPartnerEditor *self);

/* The MzDuplicateBanner of likely duplicates (new partners only), and a
 * look for them now instead of after the typing pause. */
GtkWidget  *_mz_partner_editor_get_duplicates   (MzPartnerEditor *self);
void        _mz_partner_editor_check_duplicates_now (MzPartnerEditor *self);

G_END_DECLS

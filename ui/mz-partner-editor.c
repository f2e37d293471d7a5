/* mz-partner-editor.c — the window that creates or edits a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form reads into a copy of the partner and hands it to the partner
 * service, which checks and normalises it and saves it in one transaction
 * with its history. A refused value comes back as an MZ_VALIDATION_ERROR
 * naming the field: the message is shown under that field's group, the
 * field is marked and focused, and nothing is saved. The lists are
 * filled, and the form shown and read, by mz-partner-editor-form.c.
 */
#define G_LOG_DOMAIN "mz-partner-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-duplicate-banner.h"
#include "mz-org-unit.h"
#include "mz-partner-editor-private.h"
#include "mz-partner-format.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-validate.h"

G_DEFINE_FINAL_TYPE (MzPartnerEditor, mz_partner_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  OPEN_PARTNER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which widget edits which field of the service's errors, and under which
 * group its error is shown. */
typedef struct
{
  const char *field;
  gsize       widget;
  gsize       error_label;
} Field;

#define FIELD(name, widget, label) \
  { name, G_STRUCT_OFFSET (MzPartnerEditor, widget), G_STRUCT_OFFSET (MzPartnerEditor, label) }

static const Field fields[] = {
  FIELD ("name", name_row, name_error),
  FIELD ("local_name", local_name_row, name_error),
  FIELD ("short_name", short_name_row, name_error),
  FIELD ("partner_type", type_row, kind_error),
  FIELD ("status", status_row, kind_error),
  FIELD ("country", country_dropdown, place_error),
  FIELD ("region", region_row, place_error),
  FIELD ("lead_unit_id", lead_unit_row, people_error),
  FIELD ("account_manager_id", manager_row, people_error),
  FIELD ("membership_category", category_row, membership_error),
  FIELD ("contributory_units_x16", units_row, membership_error),
  FIELD ("ceb_contributor_type", ceb_row, reporting_error),
  FIELD ("iati_org_type", iati_row, reporting_error),
  FIELD ("website", website_row, more_error),
  FIELD ("tags", tags_row, more_error),
  FIELD ("notes", notes_view, notes_error),
};

#undef FIELD

#define FIELD_WIDGET(self, f) G_STRUCT_MEMBER (GtkWidget *, self, (f)->widget)
#define FIELD_LABEL(self, f) GTK_LABEL (G_STRUCT_MEMBER (GtkWidget *, self, (f)->error_label))

/* Helpers */

static const Field *
find_field (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, name))
      return &fields[i];

  return NULL;
}

/* The row to paint red: the widget if it is a row, else the row or frame
 * around it. */
static GtkWidget *
error_target (GtkWidget *widget)
{
  GtkWidget *row;

  if (ADW_IS_PREFERENCES_ROW (widget))
    return widget;
  row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  return row ? row : gtk_widget_get_parent (widget);
}

/* Errors */

static void
clear_error (MzPartnerEditor *self)
{
  const Field *field = find_field (self->error_field);

  if (field != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (FIELD_LABEL (self, field)), FALSE);
      gtk_widget_remove_css_class (error_target (FIELD_WIDGET (self, field)), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  g_clear_pointer (&self->error_field, g_free);
  g_clear_pointer (&self->error_message, g_free);
}

static void
show_error (MzPartnerEditor *self,
            const GError    *error)
{
  const char *name = error->domain == MZ_VALIDATION_ERROR ? mz_validation_error_get_field (error) : NULL;
  const Field *field = find_field (name);

  clear_error (self);
  self->error_message = g_strdup (error->message);

  if (field == NULL)
    {
      gtk_label_set_label (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }

  self->error_field = g_strdup (name);
  gtk_label_set_label (FIELD_LABEL (self, field), error->message);
  gtk_widget_set_visible (GTK_WIDGET (FIELD_LABEL (self, field)), TRUE);
  gtk_widget_add_css_class (error_target (FIELD_WIDGET (self, field)), "error");
  /* A hidden group (membership of a non-member) is shown to be fixed. */
  if (!gtk_widget_get_visible (self->membership_group) &&
      gtk_widget_is_ancestor (FIELD_WIDGET (self, field), self->membership_group))
    gtk_widget_set_visible (self->membership_group, TRUE);
  gtk_widget_grab_focus (FIELD_WIDGET (self, field));
}

/* Callbacks */

static void
on_field_edited_cb (GObject         *widget,
                    MzPartnerEditor *self)
{
  const char *field = g_object_get_data (widget, "mz-field");

  if (self->error_field != NULL && g_strcmp0 (field, self->error_field) == 0)
    clear_error (self);
}

static void
on_field_selected_cb (GObject         *widget,
                      GParamSpec      *pspec,
                      MzPartnerEditor *self)
{
  on_field_edited_cb (widget, self);
}

static void
on_type_changed_cb (MzPartnerEditor *self)
{
  const char *type = mz_partner_types ()[_mz_partner_editor_combo_selected (self->type_row)];
  const char *ceb = mz_partner_ceb_types ()[_mz_partner_editor_combo_selected (self->ceb_row)];
  guint n_iati;
  const int *iati = mz_format_iati_codes (&n_iati);

  /* The report classifications follow the type unless they were chosen. */
  if (g_strcmp0 (ceb, mz_partner_default_ceb_type (self->previous_type)) == 0)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->ceb_row),
                                _mz_partner_editor_index_of (mz_partner_ceb_types (), mz_partner_default_ceb_type (type)));
  if (iati[_mz_partner_editor_combo_selected (self->iati_row)] == mz_partner_default_iati_type (self->previous_type))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->iati_row),
                                _mz_partner_editor_iati_index (mz_partner_default_iati_type (type)));

  gtk_widget_set_visible (self->membership_group, _mz_partner_editor_membership_type (type));
  g_free (self->previous_type);
  self->previous_type = g_strdup (type);
}

static void
on_country_changed_cb (MzPartnerEditor *self)
{
  _mz_partner_editor_update_region (self);
}

/* Likely duplicates: only while creating, a moment after the last key. */

static void
fill_candidate (MzPartner *candidate,
                gpointer   user_data)
{
  _mz_partner_editor_read_form (MZ_PARTNER_EDITOR (user_data), candidate);
}

static void
on_identity_changed_cb (MzPartnerEditor *self)
{
  mz_duplicate_banner_queue_check (MZ_DUPLICATE_BANNER (self->duplicates_banner));
}

static void
on_duplicate_open_cb (MzPartnerEditor *self,
                      const char      *partner_id)
{
  /* Whoever opened the editor shows that partner; the new one is dropped. */
  if (g_signal_has_handler_pending (self, signals[OPEN_PARTNER], 0, FALSE))
    {
      g_signal_emit (self, signals[OPEN_PARTNER], 0, partner_id);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Nobody to show it: edit that partner instead. */
  {
    g_autoptr(GError) error = NULL;
    MzPartnerEditor *other = mz_partner_editor_new (self->store, partner_id, &error);
    GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

    if (other == NULL)
      {
        gtk_label_set_label (self->general_error, error->message);
        gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
        return;
      }
    gtk_window_set_transient_for (GTK_WINDOW (other), parent);
    gtk_window_present (GTK_WINDOW (other));
    gtk_window_destroy (GTK_WINDOW (self));
  }
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzPartnerEditor *self = MZ_PARTNER_EDITOR (widget);
  g_autoptr(MzPartner) partner = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  clear_error (self);

  partner = self->original ? mz_partner_copy (self->original) : mz_partner_new ();
  _mz_partner_editor_read_form (self, partner);

  if (self->original != NULL)
    saved = mz_partner_service_update (self->store, partner, &error);
  else
    saved = mz_partner_service_create (self->store, partner, &error);

  if (!saved)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, mz_partner_get_id (partner));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
mz_partner_editor_dispose (GObject *object)
{
  MzPartnerEditor *self = MZ_PARTNER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->previous_type, g_free);
  g_clear_pointer (&self->error_field, g_free);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  g_clear_pointer (&self->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->units_x16, g_array_unref);

  G_OBJECT_CLASS (mz_partner_editor_parent_class)->dispose (object);
}

static void
mz_partner_editor_class_init (MzPartnerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A likely duplicate was opened instead of creating a new partner. */
  signals[OPEN_PARTNER] =
    g_signal_new ("open-partner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_DUPLICATE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-editor.ui");
#define BIND(member) gtk_widget_class_bind_template_child (widget_class, MzPartnerEditor, member)
  BIND (window_title);
  BIND (save_button);
  BIND (general_error);
  BIND (name_row);
  BIND (local_name_row);
  BIND (short_name_row);
  BIND (type_row);
  BIND (status_row);
  BIND (country_row);
  BIND (country_dropdown);
  BIND (region_row);
  BIND (lead_unit_row);
  BIND (manager_row);
  BIND (membership_group);
  BIND (sector_r_switch);
  BIND (sector_t_switch);
  BIND (sector_d_switch);
  BIND (category_row);
  BIND (units_row);
  BIND (ceb_row);
  BIND (iati_row);
  BIND (website_row);
  BIND (tags_row);
  BIND (notes_view);
  BIND (name_error);
  BIND (kind_error);
  BIND (place_error);
  BIND (people_error);
  BIND (membership_error);
  BIND (reporting_error);
  BIND (more_error);
  BIND (notes_error);
  BIND (duplicates_group);
  BIND (duplicates_banner);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_duplicate_open_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_partner_editor_init (MzPartnerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  _mz_partner_editor_fill_static_lists (self);
  _mz_partner_editor_fill_countries (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  /* A field's error goes away once the field is changed. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget = FIELD_WIDGET (self, &fields[i]);
      GObject *source = G_OBJECT (widget);

      if (GTK_IS_TEXT_VIEW (widget))
        source = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      g_object_set_data (source, "mz-field", (gpointer) fields[i].field);
      if (GTK_IS_EDITABLE (source) || GTK_IS_TEXT_BUFFER (source))
        g_signal_connect_object (source, "changed", G_CALLBACK (on_field_edited_cb), self, 0);
      else
        g_signal_connect_object (source, "notify::selected", G_CALLBACK (on_field_selected_cb), self, 0);
    }

  g_signal_connect_object (self->type_row, "notify::selected",
                           G_CALLBACK (on_type_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_dropdown, "notify::selected",
                           G_CALLBACK (on_country_changed_cb), self, G_CONNECT_SWAPPED);

  /* What makes a partner look like another one. */
  g_object_bind_property (self->duplicates_banner, "visible", self->duplicates_group, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_identity_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->local_name_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->short_name_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->website_row, "changed", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->type_row, "notify::selected", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->country_dropdown, "notify::selected", G_CALLBACK (on_identity_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

MzPartnerEditor *
mz_partner_editor_new (MzStore     *store,
                       const char  *partner_id,
                       GError     **error)
{
  MzPartnerEditor *self;
  g_autoptr(MzPartner) partner = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (partner_id != NULL)
    {
      partner = mz_partner_store_get (store, partner_id, error);
      if (partner == NULL)
        return NULL;
    }
  else
    {
      g_autoptr(MzOrgUnit) office = NULL;

      /* A new partner: a prospect, led by this office. */
      partner = mz_partner_new ();
      mz_partner_set_partner_type (partner, mz_partner_types ()[0]);
      mz_partner_set_status (partner, "prospect");
      if (mz_store_get_office (store) != NULL)
        office = mz_org_unit_find (store, mz_store_get_office (store), NULL);
      if (office != NULL)
        mz_partner_set_lead_unit_id (partner, mz_org_unit_get_id (office));
    }

  /* Like any window, owned by GTK until destroyed. */
  self = g_object_new (MZ_TYPE_PARTNER_EDITOR, NULL);
  self->store = g_object_ref (store);
  if (partner_id != NULL)
    self->original = g_object_ref (partner);

  if (!_mz_partner_editor_fill_people (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  adw_window_title_set_title (self->window_title, partner_id ? _("Edit Partner") : _("New Partner"));
  if (partner_id != NULL)
    adw_window_title_set_subtitle (self->window_title, mz_partner_get_name (partner));
  gtk_window_set_title (GTK_WINDOW (self), partner_id ? _("Edit Partner") : _("New Partner"));

  _mz_partner_editor_show_partner (self, partner);
  clear_error (self);
  /* A new partner: look for likely duplicates as the user types. */
  if (partner_id == NULL)
    mz_duplicate_banner_watch (MZ_DUPLICATE_BANNER (self->duplicates_banner), store, fill_candidate, self);

  return self;
}

/* Private API, for the tests */

GtkWidget *
_mz_partner_editor_get_field_widget (MzPartnerEditor *self,
                                     const char      *field)
{
  const Field *f = find_field (field);

  if (g_strcmp0 (field, "sector_r") == 0)
    return self->sector_r_switch;
  if (g_strcmp0 (field, "sector_t") == 0)
    return self->sector_t_switch;
  if (g_strcmp0 (field, "sector_d") == 0)
    return self->sector_d_switch;
  return f ? FIELD_WIDGET (self, f) : NULL;
}

GtkWidget *
_mz_partner_editor_get_save_button (MzPartnerEditor *self)
{
  return self->save_button;
}

const char *
_mz_partner_editor_get_error (MzPartnerEditor *self)
{
  return self->error_message;
}

const char *
_mz_partner_editor_get_error_field (MzPartnerEditor *self)
{
  return self->error_field;
}

GtkWidget *
_mz_partner_editor_get_duplicates (MzPartnerEditor *self)
{
  return self->duplicates_banner;
}

void
_mz_partner_editor_check_duplicates_now (MzPartnerEditor *self)
{
  mz_duplicate_banner_check_now (MZ_DUPLICATE_BANNER (self->duplicates_banner));
}

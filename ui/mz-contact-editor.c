/* mz-contact-editor.c — the window that creates or edits a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form writes nothing until the contact service accepts the whole
 * contact; its errors name a field, shown under the group that holds it
 * with the row marked.
 */
#define G_LOG_DOMAIN "mz-contact-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mz-contact-editor-private.h"
#include "mz-contact-forget.h"
#include "mz-contact-service.h"
#include "mz-contact-store.h"
#include "mz-date-button.h"
#include "mz-partner-chooser.h"
#include "mz-partner-format.h"
#include "mz-validate.h"

struct _MzContactEditor
{
  AdwWindow          parent_instance;

  MzStore           *store;
  MzContact         *contact;      /* a copy; NULL until saved when new */
  GPtrArray         *email_rows;
  GPtrArray         *phone_rows;
  gboolean           busy;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  GtkSpinner        *spinner;
  GtkWidget         *form;
  GtkLabel          *forgotten_label;
  GtkWidget         *partner_row;
  MzPartnerChooser  *partner_chooser;
  GtkLabel          *partner_error;
  GtkWidget         *honorific_row;
  GtkWidget         *given_row;
  GtkWidget         *family_row;
  GtkWidget         *local_row;
  GtkLabel          *name_error;
  GtkWidget         *title_row;
  GtkWidget         *role_row;
  GtkSwitch         *primary_switch;
  AdwComboRow       *language_row;
  GtkLabel          *position_error;
  AdwPreferencesGroup *emails_group;
  GtkLabel          *emails_error;
  GtkWidget         *add_email_button;
  GtkWidget         *add_phone_button;
  AdwPreferencesGroup *phones_group;
  GtkLabel          *phones_error;
  AdwComboRow       *consent_basis_row;
  GtkWidget         *consent_date_row;
  MzDateButton      *consent_date_button;
  GtkWidget         *consent_source_row;
  GtkLabel          *consent_error;
  GtkWidget         *forget_button;
};

G_DEFINE_FINAL_TYPE (MzContactEditor, mz_contact_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The preferred UN languages, in the order the UN lists them, with their
 * own names (never translated). */
static const struct {
  const char *code;
  const char *native;
} languages[] = {
  { "ar", "العربية" },
  { "zh", "中文" },
  { "en", "English" },
  { "fr", "Français" },
  { "ru", "Русский" },
  { "es", "Español" },
};

static const struct {
  const char *code;
  const char *label;
} consent_bases[] = {
  { "consent", N_("Consent of the person") },
  { "contract", N_("Contract") },
  { "legitimate_interest", N_("Legitimate interest") },
  { "public_task", N_("Public task (ITU’s mandate)") },
  { "legal_obligation", N_("Legal obligation") },
  { "vital_interest", N_("Vital interest") },
};

/* Fields the contact service names → where the form shows them. */
typedef struct
{
  const char *field;
  gsize       label_offset;
  gsize       row_offset;     /* 0: rows found otherwise */
} FieldPlace;

static const FieldPlace field_places[] = {
  { "partner_id", G_STRUCT_OFFSET (MzContactEditor, partner_error), G_STRUCT_OFFSET (MzContactEditor, partner_row) },
  { "honorific", G_STRUCT_OFFSET (MzContactEditor, name_error), G_STRUCT_OFFSET (MzContactEditor, honorific_row) },
  { "given_name", G_STRUCT_OFFSET (MzContactEditor, name_error), G_STRUCT_OFFSET (MzContactEditor, given_row) },
  { "family_name", G_STRUCT_OFFSET (MzContactEditor, name_error), G_STRUCT_OFFSET (MzContactEditor, family_row) },
  { "local_name", G_STRUCT_OFFSET (MzContactEditor, name_error), G_STRUCT_OFFSET (MzContactEditor, local_row) },
  { "title", G_STRUCT_OFFSET (MzContactEditor, position_error), G_STRUCT_OFFSET (MzContactEditor, title_row) },
  { "role", G_STRUCT_OFFSET (MzContactEditor, position_error), G_STRUCT_OFFSET (MzContactEditor, role_row) },
  { "language", G_STRUCT_OFFSET (MzContactEditor, position_error), G_STRUCT_OFFSET (MzContactEditor, language_row) },
  { "emails", G_STRUCT_OFFSET (MzContactEditor, emails_error), 0 },
  { "phones", G_STRUCT_OFFSET (MzContactEditor, phones_error), 0 },
  { "consent_basis", G_STRUCT_OFFSET (MzContactEditor, consent_error), G_STRUCT_OFFSET (MzContactEditor, consent_basis_row) },
  { "consent_date", G_STRUCT_OFFSET (MzContactEditor, consent_error), G_STRUCT_OFFSET (MzContactEditor, consent_date_row) },
  { "consent_source", G_STRUCT_OFFSET (MzContactEditor, consent_error), G_STRUCT_OFFSET (MzContactEditor, consent_source_row) },
};

#define MEMBER(self, offset) G_STRUCT_MEMBER (gpointer, self, offset)

/* Helpers */

static const FieldPlace *
find_place (const char *field)
{
  for (gsize i = 0; field != NULL && i < G_N_ELEMENTS (field_places); i++)
    if (g_str_equal (field_places[i].field, field))
      return &field_places[i];
  return NULL;
}

static void
mark_row (GtkWidget *row,
          gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
clear_errors (MzContactEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (field_places); i++)
    {
      GtkWidget *label = MEMBER (self, field_places[i].label_offset);

      gtk_widget_set_visible (label, FALSE);
      gtk_label_set_label (GTK_LABEL (label), "");
      if (field_places[i].row_offset != 0)
        mark_row (MEMBER (self, field_places[i].row_offset), FALSE);
    }
  for (guint i = 0; i < self->email_rows->len; i++)
    mark_row (self->email_rows->pdata[i], FALSE);
  for (guint i = 0; i < self->phone_rows->len; i++)
    mark_row (self->phone_rows->pdata[i], FALSE);
}

static const char *
row_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Shows @error under the group of its field; other errors as a toast. */
static void
show_error (MzContactEditor *self,
            const GError    *error)
{
  const char *field = mz_validation_error_get_field (error);
  const FieldPlace *place = find_place (field);
  GtkWidget *focus = NULL;

  clear_errors (self);

  if (place == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
      return;
    }

  gtk_label_set_label (GTK_LABEL (MEMBER (self, place->label_offset)), error->message);
  gtk_widget_set_visible (MEMBER (self, place->label_offset), TRUE);

  if (place->row_offset != 0)
    {
      focus = MEMBER (self, place->row_offset);
      mark_row (focus, TRUE);
    }
  else if (g_str_equal (field, "emails"))
    {
      for (guint i = 0; i < self->email_rows->len; i++)
        {
          g_autofree char *text = g_strstrip (g_strdup (row_text (self->email_rows->pdata[i])));

          if (*text != '\0' && !mz_validate_is_email (text))
            {
              mark_row (self->email_rows->pdata[i], TRUE);
              if (focus == NULL)
                focus = self->email_rows->pdata[i];
            }
        }
    }
  else if (self->phone_rows->len > 0)
    {
      /* The message quotes the number; mark the rows that hold it. */
      for (guint i = 0; i < self->phone_rows->len; i++)
        {
          g_autofree char *text = g_strstrip (g_strdup (row_text (self->phone_rows->pdata[i])));

          if (*text != '\0' && strstr (error->message, text) != NULL)
            {
              mark_row (self->phone_rows->pdata[i], TRUE);
              if (focus == NULL)
                focus = self->phone_rows->pdata[i];
            }
        }
    }

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
on_remove_row_clicked_cb (GtkButton *button,
                          GtkWidget *row);

static GtkWidget *
add_value_row (MzContactEditor     *self,
               AdwPreferencesGroup *group,
               GPtrArray           *rows,
               const char          *title,
               const char          *value,
               GtkInputPurpose      purpose)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  g_object_set_data (G_OBJECT (remove), "mz-rows", rows);
  g_object_set_data (G_OBJECT (remove), "mz-group", group);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_row_clicked_cb), row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

static GtkWidget *
add_email_row (MzContactEditor *self,
               const char      *value)
{
  return add_value_row (self, self->emails_group, self->email_rows, _("E-mail address"),
                        value, GTK_INPUT_PURPOSE_EMAIL);
}

static GtkWidget *
add_phone_row (MzContactEditor *self,
               const char      *value)
{
  return add_value_row (self, self->phones_group, self->phone_rows,
                        _("Phone number (e.g. +41 22 730 5111)"), value, GTK_INPUT_PURPOSE_PHONE);
}

static char **
collect_values (GPtrArray *rows)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (row_text (rows->pdata[i])));

      if (*text != '\0')
        g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static void
fill_combos (MzContactEditor *self)
{
  g_autoptr(GtkStringList) language_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) basis_names = gtk_string_list_new (NULL);

  gtk_string_list_append (language_names, _("Not Known"));
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *name = mz_format_language (languages[i].code);

      if (g_strcmp0 (name, languages[i].native) == 0)
        gtk_string_list_append (language_names, name);
      else
        {
          /* Translators: a language in the UI language and in its own
           * script, e.g. "Arabic (العربية)" */
          g_autofree char *both = g_strdup_printf (_("%s (%s)"), name, languages[i].native);

          gtk_string_list_append (language_names, both);
        }
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_names));

  gtk_string_list_append (basis_names, _("Not Recorded"));
  for (gsize i = 0; i < G_N_ELEMENTS (consent_bases); i++)
    gtk_string_list_append (basis_names, _(consent_bases[i].label));
  adw_combo_row_set_model (self->consent_basis_row, G_LIST_MODEL (basis_names));
}

static guint
language_position (const char *code)
{
  for (gsize i = 0; code != NULL && i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].code, code))
      return i + 1;
  return 0;
}

static guint
basis_position (const char *code)
{
  for (gsize i = 0; code != NULL && i < G_N_ELEMENTS (consent_bases); i++)
    if (g_str_equal (consent_bases[i].code, code))
      return i + 1;
  return 0;
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* Empty text as NULL. */
static const char *
get_text (GtkWidget *row)
{
  const char *text = row_text (row);

  return *text ? text : NULL;
}

static void
show_contact (MzContactEditor *self,
              MzContact       *contact)
{
  const char * const *emails = mz_contact_get_emails (contact);
  const char * const *phones = mz_contact_get_phones (contact);

  mz_partner_chooser_set_partner_id (self->partner_chooser, mz_contact_get_partner_id (contact));
  set_text (self->honorific_row, mz_contact_get_honorific (contact));
  set_text (self->given_row, mz_contact_get_given_name (contact));
  set_text (self->family_row, mz_contact_get_family_name (contact));
  set_text (self->local_row, mz_contact_get_local_name (contact));
  set_text (self->title_row, mz_contact_get_title (contact));
  set_text (self->role_row, mz_contact_get_role (contact));
  gtk_switch_set_active (self->primary_switch, mz_contact_get_is_primary (contact));
  adw_combo_row_set_selected (self->language_row, language_position (mz_contact_get_language (contact)));
  adw_combo_row_set_selected (self->consent_basis_row,
                              basis_position (mz_contact_get_consent_basis (contact)));
  mz_date_button_set_date (self->consent_date_button, mz_contact_get_consent_date (contact));
  set_text (self->consent_source_row, mz_contact_get_consent_source (contact));

  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    add_email_row (self, emails[i]);
  for (guint i = 0; phones != NULL && phones[i] != NULL; i++)
    add_phone_row (self, phones[i]);
}

/* The form as a contact: a copy of the edited one with the form's values. */
static MzContact *
read_form (MzContactEditor *self)
{
  MzContact *contact = self->contact ? mz_contact_copy (self->contact) : mz_contact_new ();
  g_auto(GStrv) emails = collect_values (self->email_rows);
  g_auto(GStrv) phones = collect_values (self->phone_rows);
  guint language = adw_combo_row_get_selected (self->language_row);
  guint basis = adw_combo_row_get_selected (self->consent_basis_row);

  mz_contact_set_partner_id (contact, mz_partner_chooser_get_partner_id (self->partner_chooser));
  mz_contact_set_honorific (contact, get_text (self->honorific_row));
  mz_contact_set_given_name (contact, get_text (self->given_row));
  mz_contact_set_family_name (contact, get_text (self->family_row));
  mz_contact_set_local_name (contact, get_text (self->local_row));
  mz_contact_set_title (contact, get_text (self->title_row));
  mz_contact_set_role (contact, get_text (self->role_row));
  mz_contact_set_is_primary (contact, gtk_switch_get_active (self->primary_switch));
  mz_contact_set_language (contact, language >= 1 && language <= G_N_ELEMENTS (languages)
                                    ? languages[language - 1].code : NULL);
  mz_contact_set_consent_basis (contact, basis >= 1 && basis <= G_N_ELEMENTS (consent_bases)
                                         ? consent_bases[basis - 1].code : NULL);
  mz_contact_set_consent_date (contact, mz_date_button_get_date (self->consent_date_button));
  mz_contact_set_consent_source (contact, get_text (self->consent_source_row));
  mz_contact_set_emails (contact, emails[0] ? (const char * const *) emails : NULL);
  mz_contact_set_phones (contact, phones[0] ? (const char * const *) phones : NULL);
  return contact;
}

static void
set_busy (MzContactEditor *self,
          gboolean         busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (self->form, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !busy && (self->contact == NULL ||
                                           mz_contact_get_forgotten_at (self->contact) == NULL));
}

static void
set_read_only (MzContactEditor *self)
{
  g_autofree char *when = mz_format_date (mz_contact_get_forgotten_at (self->contact));
  g_autofree char *text = NULL;

  /* Translators: %s is a date */
  text = g_strdup_printf (_("This person was forgotten on %s: their personal details were "
                            "blanked and cannot be entered again. Their interactions are kept."),
                          when ? when : mz_contact_get_forgotten_at (self->contact));
  gtk_label_set_label (self->forgotten_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->forgotten_label), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (self->form);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != GTK_WIDGET (self->forgotten_label))
        gtk_widget_set_sensitive (child, FALSE);
    }
  gtk_widget_set_visible (self->save_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.forget", FALSE);
}

static gboolean
save (MzContactEditor *self)
{
  g_autoptr(MzContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->busy || self->store == NULL)
    return FALSE;

  contact = read_form (self);
  if (mz_contact_get_id (contact) == NULL)
    ok = mz_contact_service_create (self->store, contact, &error);
  else
    ok = mz_contact_service_update (self->store, contact, &error);

  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }

  clear_errors (self);
  g_set_object (&self->contact, contact);
  g_signal_emit (self, signals[SAVED], 0, contact);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Callbacks */

static void
on_remove_row_clicked_cb (GtkButton *button,
                          GtkWidget *row)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (button), "mz-rows");
  AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (button), "mz-group");

  g_ptr_array_remove (rows, row);
  adw_preferences_group_remove (group, row);
}

static void
on_add_email_clicked_cb (GtkButton       *button,
                         MzContactEditor *self)
{
  gtk_widget_grab_focus (add_email_row (self, NULL));
}

static void
on_add_phone_clicked_cb (GtkButton       *button,
                         MzContactEditor *self)
{
  gtk_widget_grab_focus (add_phone_row (self, NULL));
}

static void
on_partner_changed_cb (MzPartnerChooser *chooser,
                       GParamSpec       *pspec,
                       MzContactEditor  *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->partner_error), FALSE);
  mark_row (self->partner_row, FALSE);
}

static void
on_forget_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MzContactEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzContact) forgotten = NULL;

  if (!mz_contact_forget_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *markup = g_markup_escape_text (error->message, -1);

          set_busy (self, FALSE);
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
        }
      return;
    }

  set_busy (self, FALSE);
  forgotten = mz_contact_store_get (self->store, mz_contact_get_id (self->contact), NULL);
  if (forgotten != NULL)
    g_set_object (&self->contact, forgotten);
  g_signal_emit (self, signals[SAVED], 0, self->contact);
  gtk_window_close (GTK_WINDOW (self));
}

static void
forget_confirmed (gpointer user_data)
{
  MzContactEditor *self = user_data;

  set_busy (self, TRUE);
  mz_contact_forget_async (self->store, mz_contact_get_id (self->contact), NULL,
                           on_forget_done_cb, g_object_ref (self));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (MZ_CONTACT_EDITOR (widget));
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzContactEditor *self = MZ_CONTACT_EDITOR (widget);

  if (self->contact == NULL || mz_contact_get_id (self->contact) == NULL || self->busy)
    return;

  mz_contact_forget_confirm (GTK_WINDOW (self), self->contact, forget_confirmed, G_OBJECT (self));
}

/* Overrides */

/* The forget is one transaction in a thread: wait for it to end. */
static gboolean
mz_contact_editor_close_request (GtkWindow *window)
{
  if (MZ_CONTACT_EDITOR (window)->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (mz_contact_editor_parent_class)->close_request (window);
}

/* GObject */

static void
mz_contact_editor_dispose (GObject *object)
{
  MzContactEditor *self = MZ_CONTACT_EDITOR (object);

  g_clear_object (&self->contact);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_contact_editor_parent_class)->dispose (object);
}

static void
mz_contact_editor_finalize (GObject *object)
{
  MzContactEditor *self = MZ_CONTACT_EDITOR (object);

  g_ptr_array_unref (self->email_rows);
  g_ptr_array_unref (self->phone_rows);

  G_OBJECT_CLASS (mz_contact_editor_parent_class)->finalize (object);
}

static void
mz_contact_editor_class_init (MzContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mz_contact_editor_dispose;
  object_class->finalize = mz_contact_editor_finalize;
  window_class->close_request = mz_contact_editor_close_request;

  /**
   * MzContactEditor::saved:
   * @contact: the contact as saved (or as forgotten)
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MZ_TYPE_CONTACT);

  g_type_ensure (MZ_TYPE_PARTNER_CHOOSER);
  g_type_ensure (MZ_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, form);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, forgotten_label);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, partner_chooser);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, partner_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, honorific_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, given_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, family_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, local_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, primary_switch);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, position_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, emails_group);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, emails_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, add_email_button);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, add_phone_button);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, phones_group);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, phones_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, consent_basis_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, consent_date_button);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, consent_source_row);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, consent_error);
  gtk_widget_class_bind_template_child (widget_class, MzContactEditor, forget_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_email_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_phone_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.forget", NULL, forget_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_contact_editor_init (MzContactEditor *self)
{
  self->email_rows = g_ptr_array_new ();
  self->phone_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_combos (self);
}

/* Private API, for the tests */

GPtrArray *
_mz_contact_editor_get_email_rows (MzContactEditor *self)
{
  return self->email_rows;
}

GPtrArray *
_mz_contact_editor_get_phone_rows (MzContactEditor *self)
{
  return self->phone_rows;
}

const char *
_mz_contact_editor_get_error (MzContactEditor *self,
                              const char      *field)
{
  const FieldPlace *place = find_place (field);
  GtkWidget *label;

  if (place == NULL)
    return NULL;

  label = MEMBER (self, place->label_offset);
  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

gboolean
_mz_contact_editor_save (MzContactEditor *self)
{
  return save (self);
}

/* Public API */

GtkWindow *
mz_contact_editor_new (GtkWindow  *parent,
                       MzStore    *store,
                       const char *partner_id,
                       MzContact  *contact)
{
  MzContactEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (contact == NULL || MZ_IS_CONTACT (contact), NULL);

  self = g_object_new (MZ_TYPE_CONTACT_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  mz_partner_chooser_set_store (self->partner_chooser, store);

  if (contact != NULL)
    {
      g_autoptr(MzContact) full = NULL;

      /* Rows of lists hold only what the list shows: read the whole row. */
      if (mz_contact_get_id (contact) != NULL)
        full = mz_contact_store_get (store, mz_contact_get_id (contact), NULL);
      self->contact = mz_contact_copy (full ? full : contact);
      adw_window_title_set_title (self->window_title, _("Edit Contact"));
      show_contact (self, self->contact);
      gtk_widget_set_visible (self->forget_button, mz_contact_get_id (self->contact) != NULL);
      if (mz_contact_get_forgotten_at (self->contact) != NULL)
        set_read_only (self);
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Contact"));
      mz_partner_chooser_set_partner_id (self->partner_chooser, partner_id);
      add_email_row (self, NULL);
      add_phone_row (self, NULL);
    }

  adw_window_title_set_subtitle (self->window_title,
                                 mz_partner_chooser_get_partner_name (self->partner_chooser));
  if (self->email_rows->len == 0)
    add_email_row (self, NULL);
  if (self->phone_rows->len == 0)
    add_phone_row (self, NULL);

  gtk_widget_grab_focus (mz_partner_chooser_get_partner_id (self->partner_chooser) != NULL
                         ? self->given_row : GTK_WIDGET (self->partner_chooser));
  return GTK_WINDOW (self);
}

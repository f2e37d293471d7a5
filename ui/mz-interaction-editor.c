/* mz-interaction-editor.c — the window that creates or edits an interaction,
 * with its follow-ups and the coordination notice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coordination: whenever the partner or the unit changes, the editor asks
 * the interaction service what other units did with the partner in the
 * last MZ_COORDINATION_DAYS or plan with it, and shows who and when above
 * the form. Saving a planned approach asks again and, if other units are
 * engaged, lets the user decide (Save Anyway / Cancel); nothing is blocked.
 *
 * Follow-ups added, ticked done or reopened here are written when the
 * interaction is saved, after it (they need its id), each in its own
 * transaction through the service.
 */
#define G_LOG_DOMAIN "mz-interaction-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mz-contact-store.h"
#include "mz-date-button.h"
#include "mz-follow-up-store.h"
#include "mz-interaction-editor-private.h"
#include "mz-interaction-service.h"
#include "mz-interaction-store.h"
#include "mz-org-unit.h"
#include "mz-partner-chooser.h"
#include "mz-partner-format.h"
#include "mz-staff-list.h"
#include "mz-unit-row.h"
#include "mz-validate.h"

/* At most this many lines in the notice; the rest are counted. */
#define NOTICE_LINES 6

typedef struct
{
  MzFollowUp  *follow_up;     /* id NULL until saved */
  gboolean     was_done;
  GtkWidget   *row;
  GtkWidget   *check;
} FollowUpItem;

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

G_DEFINE_FINAL_TYPE (MzInteractionEditor, mz_interaction_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *field;
  gsize       label_offset;
  gsize       widget_offset;  /* 0: none */
} FieldPlace;

static const FieldPlace field_places[] = {
  { "partner_id", G_STRUCT_OFFSET (MzInteractionEditor, partner_error), G_STRUCT_OFFSET (MzInteractionEditor, partner_row) },
  { "contact_ids", G_STRUCT_OFFSET (MzInteractionEditor, participants_error), 0 },
  { "kind", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, kind_row) },
  { "subject", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, subject_row) },
  { "status", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, status_row) },
  { "date", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, date_row) },
  { "notes", G_STRUCT_OFFSET (MzInteractionEditor, interaction_error), G_STRUCT_OFFSET (MzInteractionEditor, notes_view) },
  { "unit_id", G_STRUCT_OFFSET (MzInteractionEditor, unit_error), G_STRUCT_OFFSET (MzInteractionEditor, unit_row) },
  { "staff_id", G_STRUCT_OFFSET (MzInteractionEditor, unit_error), G_STRUCT_OFFSET (MzInteractionEditor, staff_row) },
  { "title", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "due_date", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "owner_id", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
  { "interaction_id", G_STRUCT_OFFSET (MzInteractionEditor, follow_up_error), 0 },
};

#define MEMBER(self, offset) G_STRUCT_MEMBER (gpointer, self, offset)

static void
follow_up_item_free (gpointer data)
{
  FollowUpItem *item = data;

  g_clear_object (&item->follow_up);
  g_free (item);
}

/* Dates */

static char *
today_plus (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* "8 December 2026" in the UI language. */
static char *
long_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso ? iso : "");

  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    return g_strdup (iso);
  /* Translators: a date in a sentence, as strftime format, e.g.
   * "8 December 2026"; %-d is the day without padding */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* Errors */

static const FieldPlace *
find_place (const char *field)
{
  for (gsize i = 0; field != NULL && i < G_N_ELEMENTS (field_places); i++)
    if (g_str_equal (field_places[i].field, field))
      return &field_places[i];
  return NULL;
}

static void
clear_errors (MzInteractionEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (field_places); i++)
    {
      gtk_widget_set_visible (MEMBER (self, field_places[i].label_offset), FALSE);
      if (field_places[i].widget_offset != 0)
        gtk_widget_remove_css_class (MEMBER (self, field_places[i].widget_offset), "error");
    }
}

static void
show_error (MzInteractionEditor *self,
            const GError        *error)
{
  const FieldPlace *place = find_place (mz_validation_error_get_field (error));

  clear_errors (self);

  if (place == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
      return;
    }

  gtk_label_set_label (MEMBER (self, place->label_offset), error->message);
  gtk_widget_set_visible (MEMBER (self, place->label_offset), TRUE);
  if (place->widget_offset != 0)
    {
      GtkWidget *widget = MEMBER (self, place->widget_offset);

      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget);
    }
}

/* Choices */

static const char *
selected_string (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item ? gtk_string_object_get_string (item) : NULL;
}

static void
select_string (AdwComboRow *row,
               const char  *value)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), value) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
}

static void
setup_code_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  with_icon)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  if (with_icon)
    gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_code_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  with_icon)
{
  const char *code = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *child = gtk_widget_get_first_child (box);

  if (with_icon)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (child), mz_format_interaction_icon (code));
      child = gtk_widget_get_next_sibling (child);
      gtk_label_set_label (GTK_LABEL (child), mz_format_interaction_kind (code));
    }
  else
    gtk_label_set_label (GTK_LABEL (child), mz_format_interaction_status (code));
}

/* A combo of codes shown by their labels (and icons for kinds). */
static void
fill_code_row (AdwComboRow        *row,
               const char * const *codes,
               gboolean            with_icon)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) codes);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_code_cb), GINT_TO_POINTER (with_icon));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_code_cb), GINT_TO_POINTER (with_icon));
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
}

static char *
unit_id_for_code (MzInteractionEditor *self,
                  const char          *code)
{
  g_autoptr(MzOrgUnit) unit = NULL;

  if (code == NULL)
    return NULL;
  unit = mz_org_unit_find (self->store, code, NULL);
  return unit ? g_strdup (mz_org_unit_get_id (unit)) : NULL;
}

static void
fill_staff (MzInteractionEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->staff = mz_staff_list (self->store, &error);
  if (self->staff == NULL)
    {
      g_warning ("%s", error->message);
      self->staff = g_ptr_array_new ();
    }

  gtk_string_list_append (names, _("Not Recorded"));
  gtk_string_list_append (owners, _("Nobody Yet"));
  for (guint i = 0; i < self->staff->len; i++)
    {
      MzStaffMember *entry = self->staff->pdata[i];
      g_autofree char *label = NULL;

      /* Translators: a staff member and their unit, e.g. "Mei Lin Tan (TSB)" */
      label = entry->unit_code ? g_strdup_printf (_("%s (%s)"), entry->name, entry->unit_code)
                               : g_strdup (entry->name);
      gtk_string_list_append (names, label);
      gtk_string_list_append (owners, label);
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->follow_up_owner_dropdown, G_LIST_MODEL (owners));
}

/* Position in the staff combos (0: nobody) of @staff_id. */
static guint
staff_position (MzInteractionEditor *self,
                const char          *staff_id)
{
  for (guint i = 0; staff_id != NULL && i < self->staff->len; i++)
    if (g_strcmp0 (((MzStaffMember *) self->staff->pdata[i])->id, staff_id) == 0)
      return i + 1;
  return 0;
}

/* This user in this office, if they are on the staff list. */
static guint
own_staff_position (MzInteractionEditor *self)
{
  const char *user = mz_store_get_user (self->store);
  const char *office = mz_store_get_office (self->store);

  for (guint i = 0; user != NULL && i < self->staff->len; i++)
    {
      MzStaffMember *entry = self->staff->pdata[i];

      if (g_strcmp0 (entry->name, user) == 0 && g_strcmp0 (entry->unit_code, office) == 0)
        return i + 1;
    }
  return 0;
}

static const char *
staff_id_at (MzInteractionEditor *self,
             guint                position)
{
  if (position == 0 || position > self->staff->len)
    return NULL;
  return ((MzStaffMember *) self->staff->pdata[position - 1])->id;
}

static const char *
staff_name (MzInteractionEditor *self,
            const char          *staff_id)
{
  guint position = staff_position (self, staff_id);

  return position > 0 ? ((MzStaffMember *) self->staff->pdata[position - 1])->name : NULL;
}

/* Participants */

static void
clear_participants (MzInteractionEditor *self)
{
  for (guint i = 0; i < self->participant_rows->len; i++)
    adw_preferences_group_remove (self->participants_group, self->participant_rows->pdata[i]);
  g_ptr_array_set_size (self->participant_rows, 0);
  g_ptr_array_set_size (self->participant_checks, 0);
}

static void
add_placeholder_row (MzInteractionEditor *self,
                     const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (self->participants_group, row);
  g_ptr_array_add (self->participant_rows, row);
}

static char *
contact_display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);
  g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", given ? given : "",
                                                      family ? family : ""));

  if (*name == '\0' && mz_contact_get_local_name (contact) != NULL)
    return g_strdup (mz_contact_get_local_name (contact));
  if (*name == '\0')
    return g_strdup (mz_contact_get_forgotten_at (contact) ? _("Forgotten contact") : _("Unnamed contact"));
  return g_steal_pointer (&name);
}

static void
load_participants (MzInteractionEditor *self,
                   const char * const  *chosen)
{
  const char *partner_id = mz_partner_chooser_get_partner_id (self->partner_chooser);
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  clear_participants (self);

  if (partner_id == NULL)
    {
      add_placeholder_row (self, _("Choose the partner first"));
      return;
    }

  contacts = mz_contact_store_list_for_partner (self->store, partner_id, FALSE, &error);
  n = contacts ? g_list_model_get_n_items (contacts) : 0;
  if (n == 0)
    {
      add_placeholder_row (self, _("No contacts at this partner yet"));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_display_name (contact);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *title = mz_contact_get_title (contact);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (title != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "mz-contact-id",
                              g_strdup (mz_contact_get_id (contact)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL &&
                                   g_strv_contains (chosen, mz_contact_get_id (contact)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->participants_group, row);
      g_ptr_array_add (self->participant_rows, row);
      g_ptr_array_add (self->participant_checks, check);
    }
}

static char **
chosen_participants (MzInteractionEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->participant_checks->len; i++)
    {
      GtkCheckButton *check = self->participant_checks->pdata[i];

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "mz-contact-id"));
    }
  return g_strv_builder_end (builder);
}

/* Coordination */

static char *
unit_of_form (MzInteractionEditor *self)
{
  return unit_id_for_code (self, mz_unit_row_get_code (self->unit_row));
}

/* What other units did or plan with the chosen partner; NULL if nothing
 * or no partner. */
static GListModel *
query_coordination (MzInteractionEditor *self)
{
  const char *partner_id = mz_partner_chooser_get_partner_id (self->partner_chooser);
  g_autofree char *unit_id = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListStore) others = NULL;
  g_autoptr(GError) error = NULL;
  const char *own_id = self->interaction ? mz_interaction_get_id (self->interaction) : NULL;
  guint n;

  if (partner_id == NULL || self->store == NULL)
    return NULL;

  unit_id = unit_of_form (self);
  found = mz_interaction_service_coordination (self->store, partner_id, unit_id, NULL, &error);
  if (found == NULL)
    {
      g_warning ("Cannot look up who else engages this partner: %s", error->message);
      return NULL;
    }

  others = g_list_store_new (MZ_TYPE_INTERACTION);
  n = g_list_model_get_n_items (found);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzInteraction) it = g_list_model_get_item (found, i);

      if (g_strcmp0 (mz_interaction_get_id (it), own_id) != 0)
        g_list_store_append (others, it);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (others)) == 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&others));
}

/* One line of the notice, as Pango markup: the unit in bold. */
static char *
describe_engagement (MzInteraction *it)
{
  g_autofree char *when_text = long_date (mz_interaction_get_date (it));
  const char *unit_code = mz_interaction_get_unit_code (it);
  const char *who_text = mz_interaction_get_staff_name (it);
  g_autofree char *unit = g_markup_printf_escaped ("<b>%s</b>", unit_code ? unit_code : _("Another unit"));
  g_autofree char *kind = g_markup_escape_text (mz_format_interaction_kind (mz_interaction_get_kind (it)), -1);
  g_autofree char *when = g_markup_escape_text (when_text, -1);
  g_autofree char *who = who_text ? g_markup_escape_text (who_text, -1) : NULL;
  g_autofree char *subject = g_markup_escape_text (mz_interaction_get_subject (it) ? mz_interaction_get_subject (it) : "", -1);
  gboolean planned = g_strcmp0 (mz_interaction_get_status (it), "planned") == 0;

  if (planned && who != NULL)
    /* Translators: in the coordination notice: unit, kind, date, staff
     * member, subject, e.g. "TSB: Meeting planned for 8 December 2026 by
     * Mei Lin Tan — “AI for Good 2027 sponsorship”" */
    return g_strdup_printf (_("%1$s: %2$s planned for %3$s by %4$s — “%5$s”"),
                            unit, kind, when, who, subject);
  if (planned)
    return g_strdup_printf (_("%1$s: %2$s planned for %3$s — “%4$s”"), unit, kind, when, subject);
  if (who != NULL)
    /* Translators: something done: "BDT: Call on 3 November 2026 by
     * Kwabena Osei — “Budget questions”" */
    return g_strdup_printf (_("%1$s: %2$s on %3$s by %4$s — “%5$s”"), unit, kind, when, who, subject);
  return g_strdup_printf (_("%1$s: %2$s on %3$s — “%4$s”"), unit, kind, when, subject);
}

/* The units engaged, e.g. "TSB and BDT", in the order of @others. */
static char *
engaged_units (GListModel *others,
               guint      *n_units)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autofree char *head = NULL;
  guint n = g_list_model_get_n_items (others);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzInteraction) it = g_list_model_get_item (others, i);
      const char *code = mz_interaction_get_unit_code (it);

      if (code != NULL && !g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, (gpointer) code);
    }

  *n_units = codes->len;
  if (codes->len == 0)
    return g_strdup ("");
  if (codes->len == 1)
    return g_strdup (codes->pdata[0]);

  /* "A, B" then "A, B and C". */
  for (guint i = 0; i + 1 < codes->len; i++)
    {
      /* Translators: joins units of ITU in a list, e.g. "GS, TSB" */
      char *joined = head ? g_strdup_printf (_("%s, %s"), head, (char *) codes->pdata[i])
                          : g_strdup (codes->pdata[i]);

      g_free (head);
      head = joined;
    }
  /* Translators: the last two of a list of units of ITU, e.g. "TSB and
   * BDT" or "GS, TSB and BDT" */
  return g_strdup_printf (_("%s and %s"), head, (char *) codes->pdata[codes->len - 1]);
}

static char *
notice_heading (GListModel *others)
{
  guint n_units = 0;
  g_autofree char *units = engaged_units (others, &n_units);

  if (n_units == 0)
    return g_strdup (_("Other units are engaging this partner"));
  /* Translators: %s is one unit code or a list of them, e.g. "TSB" or
   * "TSB, BDT" */
  return g_strdup_printf (ngettext ("%s is also engaging this partner",
                                    "%s are also engaging this partner", n_units),
                          units);
}

/* One line per interaction, as Pango markup. */
static char *
notice_body (GListModel *others)
{
  g_autoptr(GString) body = g_string_new (NULL);
  guint n = g_list_model_get_n_items (others);

  for (guint i = 0; i < n && i < NOTICE_LINES; i++)
    {
      g_autoptr(MzInteraction) it = g_list_model_get_item (others, i);
      g_autofree char *line = describe_engagement (it);

      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append_printf (body, "• %s", line);
    }
  if (n > NOTICE_LINES)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more", "and %u more",
                                                         n - NOTICE_LINES),
                                               n - NOTICE_LINES);

      g_string_append_printf (body, "\n%s", more);
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
update_notice (MzInteractionEditor *self)
{
  g_autoptr(GListModel) others = query_coordination (self);

  self->notice_shown = others != NULL;
  if (others != NULL)
    {
      g_autofree char *heading = notice_heading (others);
      g_autofree char *body = notice_body (others);

      gtk_label_set_label (self->notice_heading, heading);
      gtk_label_set_markup (self->notice_body, body);
    }
  gtk_revealer_set_reveal_child (self->notice_revealer, self->notice_shown);
}

/* Follow-ups */

static void
update_follow_up_row (MzInteractionEditor *self,
                      FollowUpItem        *item)
{
  MzFollowUp *f = item->follow_up;
  g_autofree char *due = mz_format_date (mz_follow_up_get_due_date (f));
  g_autofree char *subtitle = NULL;
  const char *owner = mz_follow_up_get_owner_name (f);
  gboolean done = gtk_check_button_get_active (GTK_CHECK_BUTTON (item->check));

  if (owner == NULL)
    owner = staff_name (self, mz_follow_up_get_owner_id (f));

  if (done && item->was_done)
    {
      g_autofree char *on = mz_format_date (mz_follow_up_get_done_date (f));

      /* Translators: %s is a date */
      subtitle = g_strdup_printf (_("Done on %s"), on ? on : "");
    }
  else if (done)
    subtitle = g_strdup (_("Marked done: saved with the interaction"));
  else if (due != NULL && owner != NULL)
    /* Translators: a follow-up's due date and owner */
    subtitle = g_strdup_printf (_("Due %s · %s"), due, owner);
  else if (due != NULL)
    subtitle = g_strdup_printf (_("Due %s"), due);
  else if (owner != NULL)
    subtitle = g_strdup (owner);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (item->row), subtitle ? subtitle : "");
}

static void
on_follow_up_toggled_cb (GtkCheckButton *check,
                         gpointer        user_data);

static void
on_follow_up_remove_clicked_cb (GtkButton *button,
                                gpointer   user_data);

static void
add_follow_up_row (MzInteractionEditor *self,
                   MzFollowUp          *follow_up)
{
  FollowUpItem *item = g_new0 (FollowUpItem, 1);

  item->follow_up = g_object_ref (follow_up);
  item->was_done = mz_follow_up_get_done_date (follow_up) != NULL;
  item->row = adw_action_row_new ();
  item->check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), mz_follow_up_get_title (follow_up));
  gtk_widget_set_valign (item->check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (item->check, _("Done"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (item->check), item->was_done);
  g_object_set_data (G_OBJECT (item->check), "mz-editor", self);
  g_signal_connect (item->check, "toggled", G_CALLBACK (on_follow_up_toggled_cb), item);
  adw_action_row_add_prefix (ADW_ACTION_ROW (item->row), item->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item->row), item->check);

  if (mz_follow_up_get_id (follow_up) == NULL)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "mz-editor", self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_follow_up_remove_clicked_cb), item);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), remove);
    }

  adw_preferences_group_add (self->follow_ups_group, item->row);
  g_ptr_array_add (self->follow_ups, item);
  update_follow_up_row (self, item);
}

static void
load_follow_ups (MzInteractionEditor *self)
{
  g_autoptr(GListModel) all = NULL;
  const char *id = mz_interaction_get_id (self->interaction);
  guint n;

  all = mz_follow_up_store_list_for_partner (self->store, mz_interaction_get_partner_id (self->interaction),
                                             TRUE, NULL);
  n = all ? g_list_model_get_n_items (all) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzFollowUp) f = g_list_model_get_item (all, i);

      if (g_strcmp0 (mz_follow_up_get_interaction_id (f), id) == 0)
        add_follow_up_row (self, f);
    }
}

static void
add_pending_follow_up (MzInteractionEditor *self,
                       const char          *title,
                       const char          *due_date,
                       const char          *owner_id)
{
  g_autoptr(MzFollowUp) f = mz_follow_up_new ();
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));

  if (*trimmed == '\0')
    {
      gtk_label_set_label (self->follow_up_error, _("Task: say what is to be done."));
      gtk_widget_set_visible (GTK_WIDGET (self->follow_up_error), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_error), FALSE);
  mz_follow_up_set_title (f, trimmed);
  mz_follow_up_set_due_date (f, due_date);
  mz_follow_up_set_owner_id (f, owner_id);
  add_follow_up_row (self, f);
}

/* Writes the follow-ups added or ticked here; @interaction is saved. */
static gboolean
save_follow_ups (MzInteractionEditor  *self,
                 MzInteraction        *interaction,
                 GError              **error)
{
  for (guint i = 0; i < self->follow_ups->len; i++)
    {
      FollowUpItem *item = self->follow_ups->pdata[i];
      gboolean done = gtk_check_button_get_active (GTK_CHECK_BUTTON (item->check));

      if (mz_follow_up_get_id (item->follow_up) == NULL)
        {
          g_autofree char *today = today_plus (0);

          mz_follow_up_set_partner_id (item->follow_up, mz_interaction_get_partner_id (interaction));
          mz_follow_up_set_interaction_id (item->follow_up, mz_interaction_get_id (interaction));
          mz_follow_up_set_done_date (item->follow_up, done ? today : NULL);
          if (!mz_follow_up_service_create (self->store, item->follow_up, error))
            return FALSE;
          item->was_done = done;
        }
      else if (done != item->was_done)
        {
          if (!mz_follow_up_service_set_done (self->store, mz_follow_up_get_id (item->follow_up),
                                              done, NULL, error))
            return FALSE;
          item->was_done = done;
        }
    }
  return TRUE;
}

/* Saving */

static MzInteraction *
read_form (MzInteractionEditor *self)
{
  MzInteraction *it = self->interaction ? mz_interaction_copy (self->interaction) : mz_interaction_new ();
  g_autofree char *unit_id = unit_of_form (self);
  g_auto(GStrv) contacts = chosen_participants (self);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  mz_interaction_set_partner_id (it, mz_partner_chooser_get_partner_id (self->partner_chooser));
  mz_interaction_set_partner_name (it, mz_partner_chooser_get_partner_name (self->partner_chooser));
  mz_interaction_set_kind (it, selected_string (self->kind_row));
  mz_interaction_set_status (it, selected_string (self->status_row));
  mz_interaction_set_date (it, mz_date_button_get_date (self->date_button));
  mz_interaction_set_subject (it, *subject ? subject : NULL);
  mz_interaction_set_notes (it, *notes ? notes : NULL);
  mz_interaction_set_unit_id (it, unit_id);
  mz_interaction_set_unit_code (it, mz_unit_row_get_code (self->unit_row));
  mz_interaction_set_staff_id (it, staff_id_at (self, adw_combo_row_get_selected (self->staff_row)));
  mz_interaction_set_contact_ids (it, (const char * const *) contacts);
  return it;
}

static gboolean
save_now (MzInteractionEditor *self)
{
  g_autoptr(MzInteraction) it = read_form (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (mz_interaction_get_id (it) == NULL)
    ok = mz_interaction_service_create (self->store, it, &error);
  else
    ok = mz_interaction_service_update (self->store, it, &error);

  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }

  /* Saved: a second Save updates it rather than creating another. */
  clear_errors (self);
  g_set_object (&self->interaction, it);

  if (!save_follow_ups (self, it, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, it);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_confirm_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        MzInteractionEditor *self)
{
  self->confirm_dialog = NULL;
  if (g_strcmp0 (response, "save") == 0)
    save_now (self);
}

/* Asks first when the approach is planned and other units are engaged. */
static void
save (MzInteractionEditor *self)
{
  g_autoptr(GListModel) others = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  if (self->store == NULL || self->confirm_dialog != NULL)
    return;

  if (g_strcmp0 (selected_string (self->status_row), "planned") != 0)
    {
      save_now (self);
      return;
    }

  /* Again now: another office's changes may have arrived meanwhile. */
  update_notice (self);
  others = query_coordination (self);
  if (others == NULL)
    {
      save_now (self);
      return;
    }

  heading = notice_heading (others);
  body = notice_body (others);
  text = g_strdup_printf ("%s\n\n%s", heading,
                          _("Save your approach anyway, or cancel and coordinate with them first."));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Other units are engaging this partner"), NULL);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), TRUE);
  {
    g_autofree char *escaped = g_markup_escape_text (text, -1);
    g_autofree char *markup = g_strdup_printf ("%s\n\n%s", body, escaped);

    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), markup);
  }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  self->confirm_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_partner_changed_cb (MzPartnerChooser    *chooser,
                       GParamSpec          *pspec,
                       MzInteractionEditor *self)
{
  g_auto(GStrv) chosen = chosen_participants (self);
  const char *name = mz_partner_chooser_get_partner_name (chooser);

  gtk_widget_set_visible (GTK_WIDGET (self->partner_error), FALSE);
  gtk_widget_remove_css_class (self->partner_row, "error");
  adw_window_title_set_subtitle (self->window_title, name ? name : "");
  load_participants (self, (const char * const *) chosen);
  update_notice (self);
}

static void
on_unit_changed_cb (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    MzInteractionEditor *self)
{
  if (self->store != NULL)
    update_notice (self);
}

static void
on_status_changed_cb (AdwComboRow         *row,
                      GParamSpec          *pspec,
                      MzInteractionEditor *self)
{
  gboolean planned = g_strcmp0 (selected_string (row), "planned") == 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 planned ? _("Planned _date") : _("_Date"));
}

static void
on_add_follow_up_show_cb (GtkPopover          *popover,
                          MzInteractionEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_title_entry), "");
  mz_date_button_set_date (self->follow_up_due_button, NULL);
  gtk_drop_down_set_selected (self->follow_up_owner_dropdown,
                              adw_combo_row_get_selected (self->staff_row));
  gtk_widget_grab_focus (GTK_WIDGET (self->follow_up_title_entry));
}

static void
on_follow_up_add_clicked_cb (GtkButton           *button,
                             MzInteractionEditor *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->follow_up_title_entry));

  add_pending_follow_up (self, title, mz_date_button_get_date (self->follow_up_due_button),
                         staff_id_at (self, gtk_drop_down_get_selected (self->follow_up_owner_dropdown)));
  gtk_popover_popdown (self->add_follow_up_popover);
}

static void
on_follow_up_toggled_cb (GtkCheckButton *check,
                         gpointer        user_data)
{
  FollowUpItem *item = user_data;
  MzInteractionEditor *self = g_object_get_data (G_OBJECT (check), "mz-editor");

  update_follow_up_row (self, item);
}

static void
on_follow_up_remove_clicked_cb (GtkButton *button,
                                gpointer   user_data)
{
  FollowUpItem *item = user_data;
  MzInteractionEditor *self = g_object_get_data (G_OBJECT (button), "mz-editor");

  adw_preferences_group_remove (self->follow_ups_group, item->row);
  g_ptr_array_remove (self->follow_ups, item);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (MZ_INTERACTION_EDITOR (widget));
}

/* GObject */

static void
mz_interaction_editor_dispose (GObject *object)
{
  MzInteractionEditor *self = MZ_INTERACTION_EDITOR (object);

  if (self->confirm_dialog != NULL)
    gtk_window_destroy (g_steal_pointer (&self->confirm_dialog));
  g_clear_object (&self->interaction);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_interaction_editor_parent_class)->dispose (object);
}

static void
mz_interaction_editor_finalize (GObject *object)
{
  MzInteractionEditor *self = MZ_INTERACTION_EDITOR (object);

  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_ptr_array_unref (self->participant_rows);
  g_ptr_array_unref (self->participant_checks);
  g_ptr_array_unref (self->follow_ups);

  G_OBJECT_CLASS (mz_interaction_editor_parent_class)->finalize (object);
}

static void
mz_interaction_editor_class_init (MzInteractionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_interaction_editor_dispose;
  object_class->finalize = mz_interaction_editor_finalize;

  /**
   * MzInteractionEditor::saved:
   * @interaction: the interaction as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MZ_TYPE_INTERACTION);

  g_type_ensure (MZ_TYPE_PARTNER_CHOOSER);
  g_type_ensure (MZ_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/int/itu/Mobilize/mz-interaction-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, form);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_heading);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notice_body);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_chooser);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, partner_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, participants_group);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, participants_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, interaction_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, staff_row);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, unit_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, add_follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_error);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, add_follow_up_popover);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_title_entry);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_due_button);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MzInteractionEditor, follow_up_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_follow_up_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_add_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_interaction_editor_init (MzInteractionEditor *self)
{
  self->participant_rows = g_ptr_array_new ();
  self->participant_checks = g_ptr_array_new ();
  self->follow_ups = g_ptr_array_new_with_free_func (follow_up_item_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_code_row (self->kind_row, mz_interaction_kinds (), TRUE);
  fill_code_row (self->status_row, mz_interaction_statuses (), FALSE);
  gtk_drop_down_set_expression (self->follow_up_owner_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_popover_set_default_widget (self->add_follow_up_popover, self->follow_up_add_button);
}

/* Private API, for the tests */

char *
_mz_interaction_editor_get_notice_text (MzInteractionEditor *self)
{
  if (!self->notice_shown)
    return NULL;

  return g_strdup_printf ("%s\n%s", gtk_label_get_label (self->notice_heading),
                          gtk_label_get_text (self->notice_body));
}

GtkWindow *
_mz_interaction_editor_get_confirm_dialog (MzInteractionEditor *self)
{
  return self->confirm_dialog;
}

GPtrArray *
_mz_interaction_editor_get_participant_checks (MzInteractionEditor *self)
{
  return self->participant_checks;
}

const char *
_mz_interaction_editor_get_error (MzInteractionEditor *self,
                                  const char          *field)
{
  const FieldPlace *place = find_place (field);
  GtkWidget *label;

  if (place == NULL)
    return NULL;
  label = MEMBER (self, place->label_offset);
  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

void
_mz_interaction_editor_add_follow_up (MzInteractionEditor *self,
                                      const char          *title,
                                      const char          *due_date)
{
  add_pending_follow_up (self, title, due_date,
                         staff_id_at (self, adw_combo_row_get_selected (self->staff_row)));
}

/* Public API */

GtkWindow *
mz_interaction_editor_new (GtkWindow     *parent,
                           MzStore       *store,
                           const char    *partner_id,
                           MzInteraction *interaction,
                           gboolean       planned)
{
  MzInteractionEditor *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(MzInteraction) full = NULL;
  GtkTextBuffer *notes;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (interaction == NULL || MZ_IS_INTERACTION (interaction), NULL);

  self = g_object_new (MZ_TYPE_INTERACTION_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  mz_partner_chooser_set_store (self->partner_chooser, store);
  if (!mz_unit_row_set_store (self->unit_row, store, &error))
    g_warning ("%s", error->message);
  fill_staff (self);

  /* Rows of lists hold only what the list shows: read the whole row. */
  if (interaction != NULL && mz_interaction_get_id (interaction) != NULL)
    full = mz_interaction_store_get (store, mz_interaction_get_id (interaction), NULL);

  if (interaction != NULL)
    {
      MzInteraction *source = full ? full : interaction;
      g_autoptr(MzOrgUnit) unit = NULL;

      self->interaction = mz_interaction_copy (source);
      adw_window_title_set_title (self->window_title, _("Edit Interaction"));
      select_string (self->kind_row, mz_interaction_get_kind (source));
      select_string (self->status_row, mz_interaction_get_status (source));
      mz_date_button_set_date (self->date_button, mz_interaction_get_date (source));
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row),
                             mz_interaction_get_subject (source) ? mz_interaction_get_subject (source) : "");
      notes = gtk_text_view_get_buffer (self->notes_view);
      gtk_text_buffer_set_text (notes, mz_interaction_get_notes (source) ? mz_interaction_get_notes (source) : "", -1);
      mz_unit_row_select (self->unit_row, mz_interaction_get_unit_code (source));
      adw_combo_row_set_selected (self->staff_row, staff_position (self, mz_interaction_get_staff_id (source)));
      /* Sets the participants and the notice. */
      mz_partner_chooser_set_partner_id (self->partner_chooser, mz_interaction_get_partner_id (source));
      load_participants (self, mz_interaction_get_contact_ids (source));
      if (mz_interaction_get_id (source) != NULL)
        load_follow_ups (self);
    }
  else
    {
      g_autofree char *date = today_plus (planned ? 7 : 0);

      adw_window_title_set_title (self->window_title,
                                  planned ? _("Plan an Approach") : _("New Interaction"));
      select_string (self->kind_row, "meeting");
      select_string (self->status_row, planned ? "planned" : "done");
      mz_date_button_set_date (self->date_button, date);
      mz_unit_row_select (self->unit_row, mz_store_get_office (store));
      adw_combo_row_set_selected (self->staff_row, own_staff_position (self));
      mz_partner_chooser_set_partner_id (self->partner_chooser, partner_id);
      if (mz_partner_chooser_get_partner_id (self->partner_chooser) == NULL)
        load_participants (self, NULL);
    }

  update_notice (self);
  gtk_widget_grab_focus (mz_partner_chooser_get_partner_id (self->partner_chooser) != NULL
                         ? self->subject_row : GTK_WIDGET (self->partner_chooser));
  return GTK_WINDOW (self);
}

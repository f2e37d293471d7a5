/* mz-partner-merge-dialog.c — merge a duplicate partner into another,
 * choosing the values field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog opens on one partner ("this"); the user chooses the other
 * with the partner chooser, which of the two stays, and for each field
 * that differs the value to keep. The summary says what will move. Merge
 * hands the choices to mz_partner_merge(), one transaction.
 */
#define G_LOG_DOMAIN "mz-partner-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-countries.h"
#include "mz-labels.h"
#include "mz-partner-chooser.h"
#include "mz-partner-format.h"
#include "mz-partner-merge-dialog-private.h"
#include "mz-partner-store.h"

#define N_SIDES 3   /* this, other, both */

struct _MzPartnerMergeDialog
{
  AdwWindow       parent_instance;

  MzStore        *store;
  MzPartner      *this_partner;
  MzPartner      *other_partner;
  MzMergeCounts   this_counts;
  MzMergeCounts   other_counts;
  char           *error_message;
  GtkWidget      *choice[MZ_MERGE_N_FIELDS][N_SIDES];

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *merge_button;
  GtkLabel       *error_label;
  GtkWidget      *chooser;
  GtkWidget      *keep_group;
  GtkWidget      *keep_this_row;
  GtkWidget      *keep_other_row;
  GtkWidget      *keep_this_button;
  GtkWidget      *keep_other_button;
  GtkWidget      *fields_group;
  GtkListBox     *fields_list;
  GtkWidget      *summary_group;
  GtkLabel       *summary_label;
};

G_DEFINE_FINAL_TYPE (MzPartnerMergeDialog, mz_partner_merge_dialog, ADW_TYPE_WINDOW)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static gboolean
keeps_this (MzPartnerMergeDialog *self)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (self->keep_this_button));
}

static MzPartner *
survivor (MzPartnerMergeDialog *self)
{
  return keeps_this (self) ? self->this_partner : self->other_partner;
}

static MzPartner *
merged (MzPartnerMergeDialog *self)
{
  return keeps_this (self) ? self->other_partner : self->this_partner;
}

static void
show_error (MzPartnerMergeDialog *self,
            const char           *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
text_or_none (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : _("None"));
}

/* The value of @field of @p as shown to the user. */
static char *
field_text (MzPartner    *p,
            MzMergeField  field)
{
  switch (field)
    {
    case MZ_MERGE_FIELD_NAME: return text_or_none (mz_partner_get_name (p));
    case MZ_MERGE_FIELD_LOCAL_NAME: return text_or_none (mz_partner_get_local_name (p));
    case MZ_MERGE_FIELD_SHORT_NAME: return text_or_none (mz_partner_get_short_name (p));
    case MZ_MERGE_FIELD_TYPE: return text_or_none (mz_labels_partner_type (mz_partner_get_partner_type (p)));
    case MZ_MERGE_FIELD_COUNTRY:
      return text_or_none (mz_partner_get_country (p) ? mz_countries_get_name (mz_partner_get_country (p)) : NULL);
    case MZ_MERGE_FIELD_STATUS: return text_or_none (mz_labels_partner_status (mz_partner_get_status (p)));
    case MZ_MERGE_FIELD_LEAD_UNIT: return text_or_none (mz_partner_get_lead_unit_code (p));
    case MZ_MERGE_FIELD_ACCOUNT_MANAGER: return text_or_none (mz_partner_get_account_manager_name (p));
    case MZ_MERGE_FIELD_MEMBERSHIP:
      {
        g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GString) sectors = g_string_new (NULL);

        if (mz_partner_get_sector_r (p))
          g_string_append (sectors, "R");
        if (mz_partner_get_sector_t (p))
          g_string_append_printf (sectors, "%sT", sectors->len ? " " : "");
        if (mz_partner_get_sector_d (p))
          g_string_append_printf (sectors, "%sD", sectors->len ? " " : "");
        if (sectors->len > 0)
          g_ptr_array_add (parts, g_strdup (sectors->str));
        if (mz_partner_get_membership_category (p) != NULL)
          g_ptr_array_add (parts, g_strdup (mz_partner_get_membership_category (p)));
        if (mz_partner_get_contributory_units_x16 (p) > 0)
          {
            g_autofree char *units = mz_format_units_x16 (mz_partner_get_contributory_units_x16 (p));

            /* TRANSLATORS: contributory units of a Member State, e.g. "½ unit", "40 units" */
            g_ptr_array_add (parts, g_strdup_printf (_("%s units"), units));
          }
        g_ptr_array_add (parts, NULL);
        return parts->len > 1 ? g_strjoinv (", ", (char **) parts->pdata) : text_or_none (NULL);
      }
    case MZ_MERGE_FIELD_CEB_TYPE:
      return text_or_none (mz_partner_get_ceb_contributor_type (p)
                           ? mz_format_ceb_type (mz_partner_get_ceb_contributor_type (p)) : NULL);
    case MZ_MERGE_FIELD_IATI_TYPE:
      return text_or_none (mz_partner_get_iati_org_type (p) > 0
                           ? mz_format_iati_type (mz_partner_get_iati_org_type (p)) : NULL);
    case MZ_MERGE_FIELD_WEBSITE: return text_or_none (mz_partner_get_website (p));
    case MZ_MERGE_FIELD_TAGS:
      {
        const char * const *tags = mz_partner_get_tags (p);

        return tags && tags[0] ? g_strjoinv (", ", (char **) tags) : text_or_none (NULL);
      }
    case MZ_MERGE_FIELD_NOTES: return text_or_none (mz_partner_get_notes (p));
    case MZ_MERGE_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
make_choice (const char *text,
             GtkWidget  *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *flat = g_strdelimit (g_strdup (text), "\n", ' ');

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_label (GTK_LABEL (label), flat);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_tooltip_text (button, text);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
  return button;
}

static void
show_fields (MzPartnerMergeDialog *self)
{
  GtkWidget *child;
  MzMergePlan plan;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_list))) != NULL)
    gtk_list_box_remove (self->fields_list, child);
  memset (self->choice, 0, sizeof self->choice);

  if (self->other_partner == NULL)
    {
      gtk_widget_set_visible (self->fields_group, FALSE);
      return;
    }

  mz_merge_plan_init (&plan, survivor (self), merged (self));

  for (guint f = 0; f < MZ_MERGE_N_FIELDS; f++)
    {
      gboolean both = f == MZ_MERGE_FIELD_TAGS || f == MZ_MERGE_FIELD_NOTES;
      g_autofree char *this_text = NULL;
      g_autofree char *other_text = NULL;
      GtkWidget *row;
      GtkWidget *box;
      guint side;

      if (!mz_merge_field_differs (self->this_partner, self->other_partner, f))
        continue;

      this_text = field_text (self->this_partner, f);
      other_text = field_text (self->other_partner, f);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mz_merge_field_label (f));
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_add_css_class (box, "linked");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

      self->choice[f][0] = make_choice (this_text, NULL);
      self->choice[f][1] = make_choice (other_text, self->choice[f][0]);
      gtk_box_append (GTK_BOX (box), self->choice[f][0]);
      gtk_box_append (GTK_BOX (box), self->choice[f][1]);
      if (both)
        {
          self->choice[f][2] = make_choice (_("Both"), self->choice[f][0]);
          gtk_widget_set_tooltip_text (self->choice[f][2],
                                       f == MZ_MERGE_FIELD_TAGS ? _("Keep the tags of both")
                                                                : _("Keep both notes, one after the other"));
          gtk_box_append (GTK_BOX (box), self->choice[f][2]);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mz_merge_field_label (f), -1);

      if (plan.choice[f] == MZ_MERGE_COMBINE && both)
        side = 2;
      else if (plan.choice[f] == MZ_MERGE_TAKE_MERGED)
        side = keeps_this (self) ? 1 : 0;
      else
        side = keeps_this (self) ? 0 : 1;
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->choice[f][side]), TRUE);

      gtk_list_box_append (self->fields_list, row);
      n++;
    }

  gtk_widget_set_visible (self->fields_group, n > 0);
}

static void
show_summary (MzPartnerMergeDialog *self)
{
  g_autofree char *moves = NULL;
  g_autofree char *text = NULL;
  const MzMergeCounts *counts;

  if (self->other_partner == NULL)
    {
      gtk_widget_set_visible (self->summary_group, FALSE);
      return;
    }

  counts = keeps_this (self) ? &self->other_counts : &self->this_counts;
  moves = mz_merge_counts_describe (counts);
  /* TRANSLATORS: the first %s says what moves ("12 contacts, 3 commitments
   * will move."), then the names of the merged and the remaining partner */
  text = g_strdup_printf (_("%s\n“%s” will be archived and point to “%s”, which keeps its history. This cannot be undone."),
                          moves, mz_partner_get_name (merged (self)), mz_partner_get_name (survivor (self)));
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (self->summary_group, TRUE);
}

static void
read_plan (MzPartnerMergeDialog *self,
           MzMergePlan          *plan)
{
  guint survivor_side = keeps_this (self) ? 0 : 1;

  mz_merge_plan_init (plan, survivor (self), merged (self));
  for (guint f = 0; f < MZ_MERGE_N_FIELDS; f++)
    for (guint side = 0; side < N_SIDES; side++)
      if (self->choice[f][side] != NULL &&
          gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->choice[f][side])))
        plan->choice[f] = side == 2 ? MZ_MERGE_COMBINE
                          : side == survivor_side ? MZ_MERGE_KEEP_SURVIVOR : MZ_MERGE_TAKE_MERGED;
}

/* Callbacks */

static void
on_other_chosen_cb (MzPartnerMergeDialog *self)
{
  const char *id = mz_partner_chooser_get_partner_id (MZ_PARTNER_CHOOSER (self->chooser));
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) other = NULL;

  show_error (self, NULL);
  g_clear_object (&self->other_partner);

  if (id != NULL && g_str_equal (id, mz_partner_get_id (self->this_partner)))
    show_error (self, _("That is this partner itself. Choose the other record of the same partner."));
  else if (id != NULL && (other = mz_partner_store_get (self->store, id, &error)) == NULL)
    show_error (self, error->message);
  else if (other != NULL && mz_partner_get_merged_into (other) != NULL)
    show_error (self, _("That partner has already been merged into another one. Choose a partner that is not merged."));
  else if (other != NULL &&
           !mz_partner_merge_store_count (self->store, mz_partner_get_id (other), &self->other_counts, &error))
    show_error (self, error->message);
  else if (other != NULL)
    self->other_partner = g_steal_pointer (&other);

  if (self->other_partner != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keep_other_row),
                                     mz_partner_get_name (self->other_partner));
      /* An archived partner cannot stay: keep the live one. */
      if (mz_partner_get_deleted_at (self->this_partner) != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (self->keep_other_button), TRUE);
      gtk_widget_set_sensitive (self->keep_this_row, mz_partner_get_deleted_at (self->this_partner) == NULL);
      gtk_widget_set_sensitive (self->keep_other_row, mz_partner_get_deleted_at (self->other_partner) == NULL);
      if (mz_partner_get_deleted_at (self->other_partner) != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (self->keep_this_button), TRUE);
    }

  gtk_widget_set_visible (self->keep_group, self->other_partner != NULL);
  show_fields (self);
  show_summary (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.run", self->other_partner != NULL);
}

static void
on_keep_toggled_cb (MzPartnerMergeDialog *self)
{
  show_fields (self);
  show_summary (self);
}

/* Actions */

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MzPartnerMergeDialog *self = MZ_PARTNER_MERGE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *survivor_id = NULL;
  g_autofree char *merged_id = NULL;
  MzMergePlan plan;

  if (self->other_partner == NULL)
    return;

  survivor_id = g_strdup (mz_partner_get_id (survivor (self)));
  merged_id = g_strdup (mz_partner_get_id (merged (self)));
  read_plan (self, &plan);

  if (!mz_partner_merge (self->store, survivor_id, merged_id, &plan, NULL, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[MERGED], 0, survivor_id, merged_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
mz_partner_merge_dialog_dispose (GObject *object)
{
  MzPartnerMergeDialog *self = MZ_PARTNER_MERGE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->this_partner);
  g_clear_object (&self->other_partner);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (mz_partner_merge_dialog_parent_class)->dispose (object);
}

static void
mz_partner_merge_dialog_class_init (MzPartnerMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_merge_dialog_dispose;

  signals[MERGED] =
    g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (MZ_TYPE_PARTNER_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-merge-dialog.ui");
#define BIND(member) gtk_widget_class_bind_template_child (widget_class, MzPartnerMergeDialog, member)
  BIND (window_title);
  BIND (merge_button);
  BIND (error_label);
  BIND (chooser);
  BIND (keep_group);
  BIND (keep_this_row);
  BIND (keep_other_row);
  BIND (keep_this_button);
  BIND (keep_other_button);
  BIND (fields_group);
  BIND (fields_list);
  BIND (summary_group);
  BIND (summary_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_other_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_toggled_cb);

  gtk_widget_class_install_action (widget_class, "merge.run", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mz_partner_merge_dialog_init (MzPartnerMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.run", FALSE);
}

/* Public API */

MzPartnerMergeDialog *
mz_partner_merge_dialog_new (MzStore     *store,
                             const char  *partner_id,
                             GError     **error)
{
  MzPartnerMergeDialog *self;
  g_autoptr(MzPartner) partner = NULL;
  MzMergeCounts counts;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);
  g_return_val_if_fail (partner_id != NULL, NULL);

  partner = mz_partner_store_get (store, partner_id, error);
  if (partner == NULL || !mz_partner_merge_store_count (store, partner_id, &counts, error))
    return NULL;

  self = g_object_new (MZ_TYPE_PARTNER_MERGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->this_partner = g_steal_pointer (&partner);
  self->this_counts = counts;

  mz_partner_chooser_set_store (MZ_PARTNER_CHOOSER (self->chooser), store);
  adw_window_title_set_subtitle (self->window_title, mz_partner_get_name (self->this_partner));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keep_this_row), mz_partner_get_name (self->this_partner));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->keep_this_row), _("The partner you opened this from"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->keep_other_row), _("The partner you chose"));

  return self;
}

/* Private API, for the tests */

GtkWidget *
_mz_partner_merge_dialog_get_chooser (MzPartnerMergeDialog *self)
{
  return self->chooser;
}

GtkWidget *
_mz_partner_merge_dialog_get_keep_button (MzPartnerMergeDialog *self,
                                          gboolean              other)
{
  return other ? self->keep_other_button : self->keep_this_button;
}

GtkWidget *
_mz_partner_merge_dialog_get_choice (MzPartnerMergeDialog *self,
                                     MzMergeField          field,
                                     guint                 side)
{
  g_return_val_if_fail (field < MZ_MERGE_N_FIELDS && side < N_SIDES, NULL);
  return self->choice[field][side];
}

GtkWidget *
_mz_partner_merge_dialog_get_merge_button (MzPartnerMergeDialog *self)
{
  return self->merge_button;
}

const char *
_mz_partner_merge_dialog_get_summary (MzPartnerMergeDialog *self)
{
  return gtk_widget_get_visible (self->summary_group) ? gtk_label_get_label (self->summary_label) : NULL;
}

const char *
_mz_partner_merge_dialog_get_error (MzPartnerMergeDialog *self)
{
  return self->error_message;
}

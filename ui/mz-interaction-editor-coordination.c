/* mz-interaction-editor-coordination.c — the coordination notice of the
 * interaction editor, and the question before saving a planned approach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whenever the partner or the unit changes, the editor asks the interaction
 * service what other units did with the partner in the last
 * MZ_COORDINATION_DAYS or plan with it, and shows who and when above the
 * form. Saving a planned approach asks again and, if other units are
 * engaged, lets the user decide (Save Anyway / Cancel); nothing is blocked.
 */
#define G_LOG_DOMAIN "mz-interaction-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-interaction-editor-private.h"
#include "mz-interaction-service.h"
#include "mz-partner-chooser.h"
#include "mz-partner-format.h"

/* At most this many lines in the notice; the rest are counted. */
#define NOTICE_LINES 6

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

/* The notice */

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

  unit_id = _mz_interaction_editor_unit_of_form (self);
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

void
_mz_interaction_editor_update_notice (MzInteractionEditor *self)
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

/* Saving */

static void
on_confirm_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        MzInteractionEditor *self)
{
  self->confirm_dialog = NULL;
  if (g_strcmp0 (response, "save") == 0)
    _mz_interaction_editor_save_now (self);
}

/* Asks first when the approach is planned and other units are engaged. */
void
_mz_interaction_editor_save (MzInteractionEditor *self)
{
  g_autoptr(GListModel) others = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  if (self->store == NULL || self->confirm_dialog != NULL)
    return;

  if (g_strcmp0 (_mz_interaction_editor_selected_string (self->status_row), "planned") != 0)
    {
      _mz_interaction_editor_save_now (self);
      return;
    }

  /* Again now: another office's changes may have arrived meanwhile. */
  _mz_interaction_editor_update_notice (self);
  others = query_coordination (self);
  if (others == NULL)
    {
      _mz_interaction_editor_save_now (self);
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

/* Private API, for the tests */

char *
_mz_interaction_editor_get_notice_text (MzInteractionEditor *self)
{
  if (!self->notice_shown)
    return NULL;

  return g_strdup_printf ("%s\n%s", gtk_label_get_label (self->notice_heading),
                          gtk_label_get_text (self->notice_body));
}

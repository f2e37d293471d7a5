/* mz-history-view.c — the history of a partner: who changed what, when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each audit_log entry becomes a row: what happened, what changed (field:
 * before → after), when and by whom (office, user). A contact is personal
 * data: its rows name the fields that changed, never their values, even
 * where an older entry holds them.
 */
#define G_LOG_DOMAIN "mz-history-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mz-audit-history.h"
#include "mz-countries.h"
#include "mz-history-view.h"
#include "mz-labels.h"
#include "mz-partner-format.h"
#include "mz-partner-page-queries.h"

/* Lines of changes shown per entry before "and N more". */
#define MAX_LINES 8
#define MAX_VALUE_CHARS 80

struct _MzHistoryView
{
  AdwBin             parent_instance;

  MzStore           *store;
  char              *partner_id;
  guint              limit;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *error_label;
  GtkListBox        *list;
  GtkWidget         *more_button;
};

G_DEFINE_FINAL_TYPE (MzHistoryView, mz_history_view, ADW_TYPE_BIN)

/* Helpers */

static gboolean
is_stamp (const char *field)
{
  static const char * const stamps[] = {
    "id", "created_at", "updated_at", "updated_by", "deleted_at", NULL
  };

  return g_strv_contains (stamps, field);
}

/* Fields whose values say nothing to a reader (ids) or are too long. */
static gboolean
value_hidden (const char *field)
{
  return g_str_has_suffix (field, "_id") || g_str_has_suffix (field, "_ids") ||
         g_str_equal (field, "notes") || g_str_equal (field, "merged_into");
}

static char *
format_value (const char *table,
              const char *field,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return g_strdup ("—");

  if (g_str_equal (field, "type") || g_str_equal (field, "partner_type"))
    return g_strdup (mz_labels_partner_type (value));
  if (g_str_equal (field, "status"))
    return g_strdup (g_strcmp0 (table, "partner") == 0 ? mz_labels_partner_status (value)
                                                       : mz_format_interaction_status (value));
  if (g_str_equal (field, "region"))
    return g_strdup (mz_labels_region_name (value));
  if (g_str_equal (field, "country"))
    {
      const char *name = mz_countries_get_name (value);

      return g_strdup (name ? name : value);
    }
  if (g_str_equal (field, "kind") && g_strcmp0 (table, "interaction") == 0)
    return g_strdup (mz_format_interaction_kind (value));
  if (g_str_equal (field, "ceb_contributor_type"))
    return g_strdup (mz_format_ceb_type (value));
  if (g_str_equal (field, "iati_org_type"))
    {
      const char *label = mz_format_iati_type (atoi (value));

      return g_strdup (label ? label : value);
    }
  if (g_str_has_prefix (field, "sector_") || g_str_equal (field, "is_primary"))
    return g_strdup (g_str_equal (value, "0") ? _("No") : _("Yes"));
  if (g_str_equal (field, "contributory_units_x16"))
    {
      char *units = mz_format_units_x16 (atoi (value));

      return units ? units : g_strdup ("—");
    }
  if (g_str_equal (field, "date") || g_str_has_suffix (field, "_date"))
    {
      char *date = mz_format_date (value);

      return date ? date : g_strdup (value);
    }

  if (g_utf8_strlen (value, -1) > MAX_VALUE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (value, 0, MAX_VALUE_CHARS);

      return g_strconcat (start, "…", NULL);
    }
  return g_strdup (value);
}

/* "given_name, emails" (from a "personal" or "blanked" member) → labels. */
static void
add_field_names (GPtrArray  *names,
                 const char *list)
{
  g_auto(GStrv) fields = g_strsplit (list ? list : "", ", ", -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *label = mz_format_field_label (g_strstrip (fields[i]));

      if (*fields[i] != '\0' && !g_ptr_array_find_with_equal_func (names, label, g_str_equal, NULL))
        g_ptr_array_add (names, (char *) label);
    }
}

/* Personal data: only the names of the fields. */
static char *
describe_contact (GPtrArray  *changes,
                  const char *action)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (g_str_equal (action, "insert") || g_str_equal (action, "delete") ||
      g_str_equal (action, "restore"))
    return NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      MzFieldChange *change = g_ptr_array_index (changes, i);

      if (is_stamp (change->field))
        continue;
      if (g_str_equal (change->field, "personal") || g_str_equal (change->field, "blanked"))
        add_field_names (names, change->after);
      else
        add_field_names (names, change->field);
    }

  if (names->len == 0)
    return NULL;

  g_ptr_array_add (names, NULL);
  {
    /* Translators: separates field names in the history */
    g_autofree char *joined = g_strjoinv (_(", "), (char **) names->pdata);

    /* Translators: the fields of a contact that changed (never their values) */
    return g_strdup_printf (_("Fields: %s"), joined);
  }
}

static char *
describe_changes (const char *table,
                  const char *action,
                  GPtrArray  *changes)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint lines = 0, more = 0;

  if (g_strcmp0 (table, "contact") == 0)
    return describe_contact (changes, action);

  for (guint i = 0; i < changes->len; i++)
    {
      MzFieldChange *change = g_ptr_array_index (changes, i);
      const char *label = mz_format_field_label (change->field);
      g_autofree char *line = NULL;

      if (is_stamp (change->field))
        continue;

      if (g_str_equal (action, "insert"))
        {
          /* A new row: say what it is about, not every field. */
          if (!g_str_equal (change->field, "subject") && !g_str_equal (change->field, "title"))
            continue;
          line = format_value (table, change->field, change->after);
        }
      else if (!g_str_equal (action, "update"))
        continue;
      else if (value_hidden (change->field))
        /* Translators: a field whose value is not shown changed, e.g. "Notes changed" */
        line = g_strdup_printf (_("%s changed"), label);
      else
        {
          g_autofree char *before = format_value (table, change->field, change->before);
          g_autofree char *after = format_value (table, change->field, change->after);

          /* Translators: a change in the history: field, old value, new value */
          line = g_strdup_printf (_("%1$s: %2$s → %3$s"), label, before, after);
        }

      if (lines == MAX_LINES)
        {
          more++;
          continue;
        }
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
      lines++;
    }

  if (more > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more change", "and %u more changes", more), more);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static const char *
action_icon (const char *action)
{
  if (g_strcmp0 (action, "insert") == 0)
    return "document-new-symbolic";
  if (g_strcmp0 (action, "update") == 0)
    return "document-edit-symbolic";
  if (g_strcmp0 (action, "delete") == 0)
    return "user-trash-symbolic";
  if (g_strcmp0 (action, "restore") == 0)
    return "edit-undo-symbolic";
  if (g_strcmp0 (action, "forget") == 0)
    return "edit-clear-all-symbolic";
  if (g_strcmp0 (action, "merge") == 0)
    return "emblem-shared-symbolic";
  return "document-properties-symbolic";
}

static GtkWidget *
make_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
make_entry_row (MzStore      *store,
                MzAuditEntry *entry)
{
  const char *table = mz_audit_entry_get_table_name (entry);
  const char *action = mz_audit_entry_get_action (entry);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *details = NULL;
  g_autofree char *when = mz_format_date_time (mz_audit_entry_get_at (entry));
  /* Translators: who made a change: office code and user name */
  g_autofree char *who = g_strdup_printf (_("%1$s · %2$s"), mz_audit_entry_get_office (entry),
                                          mz_audit_entry_get_user (entry));
  GtkWidget *row, *box, *texts, *icon, *meta;

  changes = mz_partner_page_json_changes (store, mz_audit_entry_get_before (entry),
                                          mz_audit_entry_get_after (entry), &error);
  if (changes != NULL)
    details = describe_changes (table, action, changes);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  icon = gtk_image_new_from_icon_name (action_icon (action));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_box_append (GTK_BOX (box), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), make_label (mz_format_audit_action (table, action), "heading"));
  if (details != NULL)
    gtk_box_append (GTK_BOX (texts), make_label (details, NULL));
  gtk_box_append (GTK_BOX (box), texts);

  meta = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_valign (meta, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (meta), make_label (when ? when : mz_audit_entry_get_at (entry), "caption"));
  gtk_box_append (GTK_BOX (meta), make_label (who, "caption"));
  gtk_widget_add_css_class (meta, "dim-label");
  for (GtkWidget *label = gtk_widget_get_first_child (meta); label; label = gtk_widget_get_next_sibling (label))
    gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_box_append (GTK_BOX (box), meta);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
show_entries (MzHistoryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  GtkListBoxRow *row;
  guint n, shown = 0;

  entries = mz_audit_history_for_partner (self->store, self->partner_id, self->limit, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), entries == NULL);
  if (entries == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (self->more_button, FALSE);
      return;
    }

  /* The rows already shown stay; the earlier ones follow them. */
  while (gtk_list_box_get_row_at_index (self->list, shown) != NULL)
    shown++;
  n = g_list_model_get_n_items (entries);
  if (n < shown)
    {
      while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
        gtk_list_box_remove (self->list, GTK_WIDGET (row));
      shown = 0;
    }

  for (guint i = shown; i < n; i++)
    {
      g_autoptr(MzAuditEntry) entry = g_list_model_get_item (entries, i);

      gtk_list_box_append (self->list, make_entry_row (self->store, entry));
    }

  gtk_widget_set_visible (self->more_button, n >= self->limit);
}

/* Callbacks */

static void
on_more_clicked_cb (MzHistoryView *self)
{
  self->limit += MZ_HISTORY_VIEW_PAGE;
  show_entries (self);
}

/* Overrides */

static void
mz_history_view_dispose (GObject *object)
{
  MzHistoryView *self = MZ_HISTORY_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->partner_id, g_free);

  G_OBJECT_CLASS (mz_history_view_parent_class)->dispose (object);
}

static void
mz_history_view_class_init (MzHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_history_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MzHistoryView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MzHistoryView, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzHistoryView, list);
  gtk_widget_class_bind_template_child (widget_class, MzHistoryView, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_more_clicked_cb);
}

static void
mz_history_view_init (MzHistoryView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No changes recorded"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

/* Public API */

void
mz_history_view_load (MzHistoryView *self,
                      MzStore       *store,
                      const char    *partner_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (MZ_IS_HISTORY_VIEW (self));
  g_return_if_fail (MZ_IS_STORE (store));
  g_return_if_fail (partner_id != NULL);

  g_set_object (&self->store, store);
  g_free (self->partner_id);
  self->partner_id = g_strdup (partner_id);
  self->limit = MZ_HISTORY_VIEW_PAGE;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  show_entries (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

GtkListBox *
mz_history_view_get_list (MzHistoryView *self)
{
  g_return_val_if_fail (MZ_IS_HISTORY_VIEW (self), NULL);
  return self->list;
}

/* mz-duplicate-banner.c — "This partner may already exist": likely
 * duplicates with their reasons, each with a button to open it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-duplicate-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-duplicate-banner.h"
#include "mz-partner-duplicates.h"

struct _MzDuplicateBanner
{
  GtkBox      parent_instance;

  GtkWidget  *title;
  GtkWidget  *list;
  GPtrArray  *buttons;

  MzStore                  *store;
  MzDuplicateCandidateFunc  func;
  gpointer                  user_data;
  guint                     timeout;
};

#define CHECK_DELAY_MS 300
#define MAX_MATCHES 5

G_DEFINE_FINAL_TYPE (MzDuplicateBanner, mz_duplicate_banner, GTK_TYPE_BOX)

enum {
  OPEN_PARTNER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_open_clicked_cb (GtkButton         *button,
                    MzDuplicateBanner *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "mz-partner-id");

  g_signal_emit (self, signals[OPEN_PARTNER], 0, id);
}

static void
mz_duplicate_banner_dispose (GObject *object)
{
  MzDuplicateBanner *self = MZ_DUPLICATE_BANNER (object);

  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mz_duplicate_banner_parent_class)->dispose (object);
}

static void
mz_duplicate_banner_class_init (MzDuplicateBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mz_duplicate_banner_dispose;

  signals[OPEN_PARTNER] =
    g_signal_new ("open-partner", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mz_duplicate_banner_init (MzDuplicateBanner *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *hint;

  self->buttons = g_ptr_array_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  gtk_widget_add_css_class (icon, "warning");
  gtk_box_append (GTK_BOX (header), icon);
  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (self), header);

  hint = gtk_label_new (_("Open one of them to add to it instead, or save to create a new partner anyway."));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self), hint);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Possible duplicates"), -1);
  gtk_box_append (GTK_BOX (self), self->list);
}

GtkWidget *
mz_duplicate_banner_new (void)
{
  return g_object_new (MZ_TYPE_DUPLICATE_BANNER, NULL);
}

void
mz_duplicate_banner_set_matches (MzDuplicateBanner *self,
                                 GPtrArray         *matches)
{
  GtkWidget *child;
  guint n = matches ? matches->len : 0;
  g_autofree char *title = NULL;

  g_return_if_fail (MZ_IS_DUPLICATE_BANNER (self));

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->buttons, 0);

  for (guint i = 0; i < n; i++)
    {
      MzDuplicateMatch *m = g_ptr_array_index (matches, i);
      g_autofree char *lower = mz_duplicate_reasons_describe (m->reasons);
      g_autofree char *first = g_utf8_strup (lower, lower[0] ? g_utf8_next_char (lower) - lower : 0);
      g_autofree char *reasons = g_strconcat (first, lower[0] ? g_utf8_next_char (lower) : "", NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Open"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reasons);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Open this partner instead"));
      g_object_set_data_full (G_OBJECT (button), "mz-partner-id", g_strdup (m->partner_id), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_open_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      g_ptr_array_add (self->buttons, button);
    }

  title = g_strdup_printf (ngettext ("This partner may already exist: %u similar partner",
                                     "This partner may already exist: %u similar partners", n), n);
  gtk_label_set_label (GTK_LABEL (self->title), title);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

guint
mz_duplicate_banner_get_n_matches (MzDuplicateBanner *self)
{
  g_return_val_if_fail (MZ_IS_DUPLICATE_BANNER (self), 0);
  return self->buttons->len;
}

GtkWidget *
mz_duplicate_banner_get_open_button (MzDuplicateBanner *self,
                                     guint              index)
{
  g_return_val_if_fail (MZ_IS_DUPLICATE_BANNER (self), NULL);
  return index < self->buttons->len ? g_ptr_array_index (self->buttons, index) : NULL;
}

/* The first search after an upgrade keys every partner: do that in a
 * thread, on a connection of its own, while the user starts typing. */
static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzStore) store = mz_store_open_full (task_data, MZ_STORE_OPEN_DEFER_LARGE_CHECK, &error);

  if (store == NULL || !mz_partner_duplicates_refresh (store, &error))
    g_debug ("Could not prepare the duplicate search: %s", error->message);
  g_task_return_boolean (task, TRUE);
}

void
mz_duplicate_banner_watch (MzDuplicateBanner        *self,
                           MzStore                  *store,
                           MzDuplicateCandidateFunc  func,
                           gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MZ_IS_DUPLICATE_BANNER (self));
  g_return_if_fail (MZ_IS_STORE (store));

  g_set_object (&self->store, store);
  self->func = func;
  self->user_data = user_data;

  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_strdup (mz_store_get_path (store)), g_free);
  g_task_run_in_thread (task, prepare_thread);
}

void
mz_duplicate_banner_check_now (MzDuplicateBanner *self)
{
  g_autoptr(MzPartner) candidate = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MZ_IS_DUPLICATE_BANNER (self));

  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->store == NULL || self->func == NULL)
    return;

  candidate = mz_partner_new ();
  self->func (candidate, self->user_data);
  matches = mz_partner_find_duplicates (self->store, candidate, NULL, MAX_MATCHES, &error);
  if (matches == NULL)
    g_warning ("Could not look for duplicates: %s", error->message);
  mz_duplicate_banner_set_matches (self, matches);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  MzDuplicateBanner *self = user_data;

  self->timeout = 0;
  mz_duplicate_banner_check_now (self);
  return G_SOURCE_REMOVE;
}

void
mz_duplicate_banner_queue_check (MzDuplicateBanner *self)
{
  g_return_if_fail (MZ_IS_DUPLICATE_BANNER (self));

  if (self->store == NULL)
    return;
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout = g_timeout_add (CHECK_DELAY_MS, on_timeout_cb, self);
}

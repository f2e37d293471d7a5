/* mz-dashboard.c — what the database holds, at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-dashboard.h"
#include "mz-identity.h"
#include "mz-labels.h"
#include "mz-stats.h"

typedef struct
{
  const char *section;
  const char *icon_name;
  const char *label;
  gsize       offset;  /* of the count in MzStatsCounts */
} Card;

static const Card card_table[] = {
  { "partners", "system-users-symbolic", N_("Partners"),
    G_STRUCT_OFFSET (MzStatsCounts, partners) },
  { "contacts", "x-office-address-book-symbolic", N_("Contacts"),
    G_STRUCT_OFFSET (MzStatsCounts, contacts) },
  { "interactions", "mail-unread-symbolic", N_("Interactions"),
    G_STRUCT_OFFSET (MzStatsCounts, interactions) },
  { "interactions", "task-due-symbolic", N_("Open Follow-ups"),
    G_STRUCT_OFFSET (MzStatsCounts, open_follow_ups) },
  { "commitments", "x-office-document-symbolic", N_("Commitments"),
    G_STRUCT_OFFSET (MzStatsCounts, commitments) },
  { "inkind", "package-x-generic-symbolic", N_("In-kind"),
    G_STRUCT_OFFSET (MzStatsCounts, inkind) },
  { "initiatives", "starred-symbolic", N_("Initiatives"),
    G_STRUCT_OFFSET (MzStatsCounts, initiatives) },
  { "due-diligence", "security-high-symbolic", N_("Due Diligence"),
    G_STRUCT_OFFSET (MzStatsCounts, due_diligence) },
};

struct _MzDashboard
{
  AdwBin        parent_instance;

  MzStore      *store;
  GtkLabel     *numbers[G_N_ELEMENTS (card_table)];
  gint64        data_version;
  gint64        changes;

  /* Template widgets */
  GtkLabel     *office_label;
  GtkLabel     *user_label;
  GtkLabel     *error_label;
  GtkFlowBox   *cards;
  GtkWidget    *start_group;
  GtkWidget    *setup_row;
  GtkWidget    *sample_row;
  GtkWidget    *partners_row;
  AdwActionRow *path_row;
  AdwActionRow *schema_row;
};

G_DEFINE_FINAL_TYPE (MzDashboard, mz_dashboard, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_card (MzDashboard *self,
             guint        index)
{
  const Card *card = &card_table[index];
  GtkWidget *button, *box, *heading, *caption, *number;

  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (heading), gtk_image_new_from_icon_name (card->icon_name));
  caption = gtk_label_new (_(card->label));
  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (heading), caption);
  gtk_widget_add_css_class (heading, "dim-label");

  number = gtk_label_new ("–");
  gtk_label_set_xalign (GTK_LABEL (number), 0.0);
  gtk_widget_add_css_class (number, "title-1");
  gtk_widget_add_css_class (number, "numeric");
  self->numbers[index] = GTK_LABEL (number);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), number);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "dashboard-card");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", card->section);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.section");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(card->label), -1);
  return button;
}

static void
reload (MzDashboard *self)
{
  g_autoptr(GError) error = NULL;
  MzStatsCounts counts = { 0 };
  g_autofree char *schema = NULL;
  g_autofree char *user_text = NULL;
  const char *office, *user;
  gboolean identity, have_counts;

  if (self->store == NULL)
    return;

  office = mz_store_get_office (self->store);
  user = mz_store_get_user (self->store);
  identity = mz_identity_is_set (self->store);

  if (identity)
    {
      gtk_label_set_label (self->office_label, mz_labels_unit_name (office));
      /* Translators: under the office's name on the dashboard */
      user_text = g_strdup_printf (_("Working as %s"), user);
      gtk_label_set_label (self->user_label, user_text);
    }
  else
    {
      gtk_label_set_label (self->office_label, _("Welcome to Mobilize"));
      gtk_label_set_label (self->user_label,
                           _("This database does not know yet which office it belongs to."));
    }

  mz_stats_get_change_counters (self->store, &self->data_version, &self->changes);
  have_counts = mz_stats_get_counts (self->store, &counts, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !have_counts);
  if (!have_counts)
    gtk_label_set_label (self->error_label, error->message);

  for (guint i = 0; i < G_N_ELEMENTS (card_table); i++)
    {
      gint64 n = G_STRUCT_MEMBER (gint64, &counts, card_table[i].offset);
      g_autofree char *text = have_counts ? g_strdup_printf ("%'" G_GINT64_FORMAT, n) : g_strdup ("–");

      gtk_label_set_label (self->numbers[i], text);
    }

  gtk_widget_set_visible (self->setup_row, !identity);
  gtk_widget_set_visible (self->sample_row, identity && have_counts && counts.partners == 0);
  gtk_widget_set_visible (self->partners_row, identity && have_counts && counts.partners == 0);
  gtk_widget_set_visible (self->start_group,
                          !identity || (have_counts && counts.partners == 0));

  {
    /* A path reads left to right, also in Arabic: isolate it (LRI … PDI). */
    g_autofree char *path = g_strdup_printf ("\u2066%s\u2069", mz_store_get_path (self->store));
    adw_action_row_set_subtitle (self->path_row, path);
  }
  schema = g_strdup_printf ("%d", mz_store_get_schema_version (self->store));
  adw_action_row_set_subtitle (self->schema_row, schema);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (MZ_DASHBOARD (widget));
}

/* Overrides */

/* Counting half a million interactions takes a while: count again only
 * when something was written since. */
static void
mz_dashboard_map (GtkWidget *widget)
{
  MzDashboard *self = MZ_DASHBOARD (widget);
  gint64 data_version, changes;

  GTK_WIDGET_CLASS (mz_dashboard_parent_class)->map (widget);

  if (self->store == NULL)
    return;

  mz_stats_get_change_counters (self->store, &data_version, &changes);
  if (data_version != self->data_version || changes != self->changes)
    reload (self);
}

static void
mz_dashboard_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MzDashboard *self = MZ_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_dashboard_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MzDashboard *self = MZ_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_dashboard_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_dashboard_dispose (GObject *object)
{
  MzDashboard *self = MZ_DASHBOARD (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_dashboard_parent_class)->dispose (object);
}

static void
mz_dashboard_class_init (MzDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_dashboard_dispose;
  object_class->get_property = mz_dashboard_get_property;
  object_class->set_property = mz_dashboard_set_property;
  widget_class->map = mz_dashboard_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-dashboard.ui");
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, office_label);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, user_label);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, error_label);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, cards);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, start_group);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, setup_row);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, sample_row);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, partners_row);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, path_row);
  gtk_widget_class_bind_template_child (widget_class, MzDashboard, schema_row);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_dashboard_init (MzDashboard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (card_table); i++)
    {
      GtkWidget *card = create_card (self, i);

      gtk_flow_box_append (self->cards, card);
      /* The button takes the focus, not the flow box child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
}

MzStore *
mz_dashboard_get_store (MzDashboard *self)
{
  g_return_val_if_fail (MZ_IS_DASHBOARD (self), NULL);
  return self->store;
}

void
mz_dashboard_set_store (MzDashboard *self,
                        MzStore     *store)
{
  g_return_if_fail (MZ_IS_DASHBOARD (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  reload (self);
}

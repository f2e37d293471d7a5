/* mz-partner-chooser.c — a button that picks a partner by searching its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-partner-chooser.h"
#include "mz-partner-store.h"
#include "mz-search.h"

struct _MzPartnerChooser
{
  GtkWidget       parent_instance;

  MzStore        *store;
  char           *partner_id;
  char           *partner_name;
  GListModel     *hits;

  /* Template widgets */
  GtkWidget      *button;
  GtkLabel       *label;
  GtkPopover     *popover;
  GtkSearchEntry *entry;
  GtkStack       *stack;
  GtkListView    *list;
};

G_DEFINE_FINAL_TYPE (MzPartnerChooser, mz_partner_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PARTNER_ID,
  PROP_PARTNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (MzPartnerChooser *self)
{
  if (self->partner_name != NULL)
    {
      gtk_label_set_label (self->label, self->partner_name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
      gtk_widget_set_tooltip_text (self->button, self->partner_name);
    }
  else
    {
      gtk_label_set_label (self->label, _("Choose a Partner…"));
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
      gtk_widget_set_tooltip_text (self->button, _("Search partners by any part of their name"));
    }
}

static void
set_partner (MzPartnerChooser *self,
             const char       *partner_id,
             const char       *partner_name)
{
  gboolean changed = g_strcmp0 (self->partner_id, partner_id) != 0;

  g_free (self->partner_id);
  self->partner_id = g_strdup (partner_id);
  g_free (self->partner_name);
  self->partner_name = g_strdup (partner_name);
  update_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_NAME]);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

static void
search (MzPartnerChooser *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  g_clear_object (&self->hits);

  if (self->store == NULL || *text == '\0')
    {
      gtk_list_view_set_model (self->list, NULL);
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  self->hits = mz_search_names (self->store, text, MZ_SEARCH_PAGE, &error);
  if (self->hits == NULL)
    {
      g_warning ("Cannot search partners: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  selection = gtk_single_selection_new (g_object_ref (self->hits));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->hits) > 0 ? "results" : "none");
}

static void
choose_hit (MzPartnerChooser *self,
            guint             position)
{
  g_autoptr(MzSearchHit) hit = NULL;
  const char *name;

  if (self->hits == NULL || position >= g_list_model_get_n_items (self->hits))
    return;

  hit = g_list_model_get_item (self->hits, position);
  /* A contact stands for the partner it works for. */
  if (g_strcmp0 (mz_search_hit_get_kind (hit), "partner") == 0)
    name = mz_search_hit_get_title (hit);
  else
    name = mz_search_hit_get_subtitle (hit);

  set_partner (self, mz_search_hit_get_partner_id (hit), name);
  gtk_popover_popdown (self->popover);
}

/* Factory of the result rows */

static void
setup_hit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (item, box);
}

static void
bind_hit_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  MzSearchHit *hit = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  gboolean partner = g_strcmp0 (mz_search_hit_get_kind (hit), "partner") == 0;
  const char *sub = mz_search_hit_get_subtitle (hit);
  g_autofree char *works_for = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                partner ? "system-users-symbolic" : "avatar-default-symbolic");
  gtk_label_set_label (GTK_LABEL (title), mz_search_hit_get_title (hit));

  if (!partner && sub != NULL)
    {
      /* Translators: under a person's name in the partner search: the
       * partner they work for */
      works_for = g_strdup_printf (_("Contact at %s"), sub);
      sub = works_for;
    }
  gtk_label_set_label (GTK_LABEL (subtitle), sub ? sub : "");
  gtk_widget_set_visible (subtitle, sub != NULL && *sub != '\0');
}

/* Callbacks */

static void
on_popover_show_cb (GtkPopover       *popover,
                    MzPartnerChooser *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  search (self);
}

static void
on_search_changed_cb (GtkSearchEntry   *entry,
                      MzPartnerChooser *self)
{
  search (self);
}

static void
on_entry_activate_cb (GtkSearchEntry   *entry,
                      MzPartnerChooser *self)
{
  /* Enter before the delayed search ran: search now. */
  search (self);
  choose_hit (self, 0);
}

static void
on_list_activate_cb (GtkListView      *list,
                     guint             position,
                     MzPartnerChooser *self)
{
  choose_hit (self, position);
}

/* GObject */

static void
mz_partner_chooser_dispose (GObject *object)
{
  MzPartnerChooser *self = MZ_PARTNER_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MZ_TYPE_PARTNER_CHOOSER);
  g_clear_object (&self->hits);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_partner_chooser_parent_class)->dispose (object);
}

static void
mz_partner_chooser_finalize (GObject *object)
{
  MzPartnerChooser *self = MZ_PARTNER_CHOOSER (object);

  g_free (self->partner_id);
  g_free (self->partner_name);

  G_OBJECT_CLASS (mz_partner_chooser_parent_class)->finalize (object);
}

static void
mz_partner_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MzPartnerChooser *self = MZ_PARTNER_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MzPartnerChooser *self = MZ_PARTNER_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_partner_chooser_set_store (self, g_value_get_object (value));
      break;
    case PROP_PARTNER_ID:
      mz_partner_chooser_set_partner_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
mz_partner_chooser_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (MZ_PARTNER_CHOOSER (widget)->button, group_cycling);
}

static gboolean
mz_partner_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (MZ_PARTNER_CHOOSER (widget)->button);
}

static void
mz_partner_chooser_class_init (MzPartnerChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_chooser_dispose;
  object_class->finalize = mz_partner_chooser_finalize;
  object_class->get_property = mz_partner_chooser_get_property;
  object_class->set_property = mz_partner_chooser_set_property;
  widget_class->mnemonic_activate = mz_partner_chooser_mnemonic_activate;
  widget_class->grab_focus = mz_partner_chooser_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_string ("partner-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, button);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, popover);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, entry);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "partnerchooser");
}

static void
mz_partner_chooser_init (MzPartnerChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_hit_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_hit_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);

  update_label (self);
}

/* Public API */

GtkWidget *
mz_partner_chooser_new (MzStore *store)
{
  return g_object_new (MZ_TYPE_PARTNER_CHOOSER, "store", store, NULL);
}

MzStore *
mz_partner_chooser_get_store (MzPartnerChooser *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_CHOOSER (self), NULL);
  return self->store;
}

void
mz_partner_chooser_set_store (MzPartnerChooser *self,
                              MzStore          *store)
{
  g_return_if_fail (MZ_IS_PARTNER_CHOOSER (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
mz_partner_chooser_get_partner_id (MzPartnerChooser *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_CHOOSER (self), NULL);
  return self->partner_id;
}

void
mz_partner_chooser_set_partner_id (MzPartnerChooser *self,
                                   const char       *partner_id)
{
  g_autoptr(MzPartner) partner = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MZ_IS_PARTNER_CHOOSER (self));

  if (partner_id != NULL && self->store != NULL)
    {
      partner = mz_partner_store_get (self->store, partner_id, &error);
      if (partner == NULL)
        g_debug ("No partner %s: %s", partner_id, error->message);
    }

  set_partner (self, partner ? partner_id : NULL, partner ? mz_partner_get_name (partner) : NULL);
}

const char *
mz_partner_chooser_get_partner_name (MzPartnerChooser *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_CHOOSER (self), NULL);
  return self->partner_name;
}

void
mz_partner_chooser_popup (MzPartnerChooser *self,
                          const char       *text)
{
  g_return_if_fail (MZ_IS_PARTNER_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");
  gtk_popover_popup (self->popover);
  search (self);
}

/* mz-contacts-page.c — the Contacts section: every person at every partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 100,000 contacts as objects would take more memory than the whole window
 * may use, and sorting them with a GtkSortListModel would block it for
 * seconds. A worker thread, on a connection of its own, filters and sorts
 * them (mz-contact-list.h) into a list of rowids; MzPagedModel reads the
 * rows the view shows, a page at a time. The column view's sorter only
 * tells which column and direction the user chose (mz-column-sort.h):
 * every filter, search or sort runs the query again, a fraction of a
 * second at the benchmark size, with a spinner.
 *
 * The window's search text goes through the name search of the store
 * (every script, from one character), in the same thread: a contact is
 * shown if its own name matches or its partner's does.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-contact-editor.h"
#include "mz-contact-forget.h"
#include "mz-column-sort.h"
#include "mz-contact-list.h"
#include "mz-contacts-page-private.h"
#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-list-loader.h"
#include "mz-slot-model.h"
#include "mz-partner-format.h"
#include "mz-partner-service.h"
#include "mz-search.h"
#include "mz-window.h"
#include "mz-worker.h"

/* How many name-search hits narrow the list: enough for every contact of
 * the partners a few characters find. */
#define SEARCH_LIMIT 1000

static const char * const language_codes[] = { "ar", "zh", "en", "fr", "ru", "es" };

struct _MzContactsPage
{
  AdwBin               parent_instance;

  MzStore             *store;
  char                *search_text;
  GPtrArray           *unit_ids;         /* of the unit filter, after "any" */
  gboolean             forgetting;
  gboolean             filtered;
  guint                rows_made;
  GtkWindow           *editor;

  MzListLoader        *loader;           /* NULL without a store */
  MzPagedModel        *model;            /* the loader's */
  GtkSingleSelection  *selection;        /* the loader's */

  /* Template widgets */
  GtkDropDown         *language_filter;
  GtkDropDown         *type_filter;
  GtkDropDown         *unit_filter;
  GtkToggleButton     *primary_toggle;
  GtkLabel            *count_label;
  GtkSpinner          *spinner;
  GtkStack            *stack;
  GtkSpinner          *loading_spinner;
  GtkColumnView       *view;
};

G_DEFINE_FINAL_TYPE (MzContactsPage, mz_contacts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_loading (MzContactsPage *self)
{
  return self->loader != NULL && mz_list_loader_is_loading (self->loader);
}

static gboolean
is_loaded (MzContactsPage *self)
{
  return self->loader != NULL && mz_list_loader_is_loaded (self->loader);
}

/* The columns are named by what they sort by. */
typedef MzContactSort ColumnId;

#define COLUMN_NAME MZ_CONTACT_SORT_NAME
#define COLUMN_PARTNER MZ_CONTACT_SORT_PARTNER
#define COLUMN_POSITION MZ_CONTACT_SORT_POSITION
#define COLUMN_EMAIL MZ_CONTACT_SORT_EMAIL
#define COLUMN_PHONE MZ_CONTACT_SORT_PHONE
#define COLUMN_LANGUAGE MZ_CONTACT_SORT_LANGUAGE
#define COLUMN_PRIMARY MZ_CONTACT_SORT_PRIMARY

/* Row texts */

static const char *
first_of (const char * const *strv)
{
  return strv != NULL ? strv[0] : NULL;
}

/* "Given Family", possibly empty. */
static char *
display_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);

  return g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
}

/* "Title · Role", either, or NULL. */
static char *
display_position (MzContact *contact)
{
  const char *title = mz_contact_get_title (contact);
  const char *role = mz_contact_get_role (contact);

  if (title != NULL && role != NULL)
    /* Translators: a contact's job title and role in one column */
    return g_strdup_printf (_("%s · %s"), title, role);
  return g_strdup (title ? title : role);
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MzContactsPage           *self)
{
  ColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  GtkWidget *cell;

  if (id == COLUMN_PRIMARY)
    {
      cell = gtk_image_new_from_icon_name ("starred-symbolic");
      gtk_widget_set_tooltip_text (cell, _("Primary contact"));
      gtk_widget_add_css_class (cell, "accent");
    }
  else
    {
      cell = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), id == COLUMN_LANGUAGE ? 6 : 10);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell),
                                     id == COLUMN_NAME || id == COLUMN_PARTNER ? 28 :
                                     id == COLUMN_LANGUAGE ? 8 : 20);
      gtk_widget_set_hexpand (cell, TRUE);
    }

  /* One name cell per row widget: a count of the rows the view made. */
  if (id == COLUMN_NAME)
    self->rows_made++;

  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MzContactsPage           *self)
{
  ColumnId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "mz-column"));
  MzContact *contact = mz_slot_model_bind (GTK_LIST_ITEM_FACTORY (factory), item,
                                           (MzSlotRebind) bind_cell_cb, self);
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  /* A row on its way out of the table shows nothing. */
  if (contact == NULL || id != COLUMN_PRIMARY)
    gtk_widget_set_visible (cell, contact != NULL);
  if (contact == NULL)
    return;

  switch (id)
    {
    case COLUMN_NAME:
      {
        g_autofree char *name = display_name (contact);
        const char *local = mz_contact_get_local_name (contact);
        g_autofree char *markup = NULL;

        if (mz_contact_get_forgotten_at (contact) != NULL)
          markup = g_markup_printf_escaped ("<i>%s</i>", _("Forgotten contact"));
        else if (*name != '\0' && local != NULL)
          markup = g_markup_printf_escaped ("%s  <span alpha=\"55%%\">%s</span>", name, local);
        else
          markup = g_markup_escape_text (*name != '\0' ? name : (local ? local : ""), -1);
        gtk_inscription_set_markup (GTK_INSCRIPTION (cell), markup);
        gtk_widget_set_opacity (cell, mz_contact_get_forgotten_at (contact) ? 0.6 : 1.0);
        return;
      }
    case COLUMN_PARTNER:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), mz_contact_get_partner_name (contact));
      return;
    case COLUMN_POSITION:
      text = display_position (contact);
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
      return;
    case COLUMN_EMAIL:
      gtk_inscription_set_text (GTK_INSCRIPTION (cell), first_of (mz_contact_get_emails (contact)));
      return;
    case COLUMN_PHONE:
      {
        const char *phone = first_of (mz_contact_get_phones (contact));
        /* Isolated left to right: "+41 22 …" would otherwise be shown as
         * "… 22 41+" in Arabic. */
        g_autofree char *isolated = phone ? g_strdup_printf ("\u2066%s\u2069", phone) : NULL;

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), isolated);
        return;
      }
    case COLUMN_LANGUAGE:
      {
        const char *code = mz_contact_get_language (contact);

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), code ? mz_format_language (code) : NULL);
        return;
      }
    case COLUMN_PRIMARY:
    default:
      gtk_widget_set_visible (cell, mz_contact_get_is_primary (contact));
      return;
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MzContactsPage           *self)
{
  mz_slot_model_unbind (item);
}

static GtkColumnViewColumn *
add_column (MzContactsPage *self,
            ColumnId        id,
            const char     *title,
            gboolean        expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) sorter = mz_column_sort_marker (id);

  g_object_set_data (G_OBJECT (factory), "mz-column", GINT_TO_POINTER (id));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
  return column;
}

/* Filters */

static void
fill_filters (MzContactsPage *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  const char * const *type_codes = mz_partner_types ();

  gtk_string_list_append (languages, _("All Languages"));
  for (gsize i = 0; i < G_N_ELEMENTS (language_codes); i++)
    gtk_string_list_append (languages, mz_format_language (language_codes[i]));
  gtk_drop_down_set_model (self->language_filter, G_LIST_MODEL (languages));

  gtk_string_list_append (types, _("All Partner Types"));
  for (guint i = 0; type_codes[i] != NULL; i++)
    gtk_string_list_append (types, mz_labels_partner_type (type_codes[i]));
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
}

static void
fill_unit_filter (MzContactsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  guint n;

  g_ptr_array_set_size (self->unit_ids, 0);
  gtk_string_list_append (names, _("All Lead Units"));
  units = self->store ? mz_org_unit_list (self->store, NULL) : NULL;
  n = units ? g_list_model_get_n_items (units) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (self->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      gtk_string_list_append (names, mz_org_unit_get_code (unit));
    }
  gtk_drop_down_set_model (self->unit_filter, G_LIST_MODEL (names));
}

/* State */

static MzWindow *
get_window (MzContactsPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), MZ_TYPE_WINDOW);

  return window ? MZ_WINDOW (window) : NULL;
}

static void
show_toast (MzContactsPage *self,
            const char     *text)
{
  MzWindow *window = get_window (self);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (window != NULL)
    mz_window_add_toast (window, adw_toast_new (markup));
  else
    g_message ("%s", text);
}

static void
update_state (MzContactsPage *self)
{
  guint shown = self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gboolean busy = is_loading (self) || self->forgetting;
  MzContact *selected = self->loader ? mz_list_loader_get_selected (self->loader) : NULL;
  g_autofree char *count = NULL;
  const char *state;

  if (!is_loaded (self))
    state = self->store ? "loading" : "empty";
  else if (shown > 0)
    state = "list";
  else
    state = self->filtered ? "no-match" : "empty";
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));

  mz_list_loader_show_busy (self->spinner, busy);

  if (self->forgetting)
    count = g_strdup (_("Forgetting…"));
  else if (is_loaded (self))
    count = g_strdup_printf (ngettext ("%'u contact", "%'u contacts", shown), shown);
  gtk_label_set_label (self->count_label, count ? count : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.forget",
                                 selected != NULL && !self->forgetting &&
                                 mz_contact_get_id (selected) != NULL &&
                                 mz_contact_get_forgotten_at (selected) == NULL);
}

/* Loading, in a worker thread */

typedef struct
{
  char                *partner_type;
  char                *lead_unit_id;
  char                *language;
  char                *search_text;
  char               **search_ids;
  char               **language_order;
  MzContactListQuery   query;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->partner_type);
  g_free (job->lead_unit_id);
  g_free (job->language);
  g_free (job->search_text);
  g_strfreev (job->search_ids);
  g_strfreev (job->language_order);
  g_free (job);
}

/* The ids of the contacts and partners whose names contain @text. */
static char **
search_ids (MzStore     *store,
            const char  *text,
            GError     **error)
{
  g_autoptr(GListModel) hits = mz_search_names (store, text, SEARCH_LIMIT, error);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n;

  if (hits == NULL)
    return NULL;

  n = g_list_model_get_n_items (hits);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);
      const char *id = mz_search_hit_get_contact_id (hit);

      g_strv_builder_add (ids, id ? id : mz_search_hit_get_partner_id (hit));
    }
  return g_strv_builder_end (ids);
}

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  Job *job = data;

  if (job->search_text != NULL)
    {
      job->search_ids = search_ids (store, job->search_text, error);
      if (job->search_ids == NULL)
        return NULL;
      job->query.search_ids = (const char * const *) job->search_ids;
    }
  return mz_contact_list_rowids (store, &job->query, cancellable, error);
}

static void
on_loaded_cb (MzListLoader   *loader,
              const GError   *error,
              MzContactsPage *self)
{
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the contacts: %s"), error->message);

      show_toast (self, text);
    }
  update_state (self);
}

static int
compare_language_names (gconstpointer a,
                        gconstpointer b)
{
  return g_utf8_collate (mz_format_language (*(const char * const *) a),
                         mz_format_language (*(const char * const *) b));
}

/* The language codes in the order of their names in the UI language. */
static char **
languages_by_name (void)
{
  char **codes = g_new0 (char *, G_N_ELEMENTS (language_codes) + 1);

  for (gsize i = 0; i < G_N_ELEMENTS (language_codes); i++)
    codes[i] = g_strdup (language_codes[i]);
  qsort (codes, G_N_ELEMENTS (language_codes), sizeof (char *), compare_language_names);
  return codes;
}

/* Reads the list again with the filters, search and sort shown. */
static void
reload (MzContactsPage *self)
{
  const char * const *types = mz_partner_types ();
  guint type = gtk_drop_down_get_selected (self->type_filter);
  guint unit = gtk_drop_down_get_selected (self->unit_filter);
  guint language = gtk_drop_down_get_selected (self->language_filter);
  g_autofree char *text = g_strstrip (g_strdup (self->search_text ? self->search_text : ""));
  int column;
  Job *job;

  if (self->store == NULL)
    return;

  job = g_new0 (Job, 1);
  if (type >= 1 && type != GTK_INVALID_LIST_POSITION && type <= g_strv_length ((char **) types))
    job->partner_type = g_strdup (types[type - 1]);
  if (unit >= 1 && unit != GTK_INVALID_LIST_POSITION && unit <= self->unit_ids->len)
    job->lead_unit_id = g_strdup (self->unit_ids->pdata[unit - 1]);
  if (language >= 1 && language <= G_N_ELEMENTS (language_codes))
    job->language = g_strdup (language_codes[language - 1]);
  if (*text != '\0')
    job->search_text = g_strdup (text);
  job->language_order = languages_by_name ();

  job->query.partner_type = job->partner_type;
  job->query.lead_unit_id = job->lead_unit_id;
  job->query.language = job->language;
  job->query.primary_only = gtk_toggle_button_get_active (self->primary_toggle);
  job->query.language_order = (const char * const *) job->language_order;
  if (mz_column_sort_read (self->view, &column, &job->query.descending))
    job->query.sort = (MzContactSort) column;
  else
    job->query.sort = MZ_CONTACT_SORT_NAME;

  self->filtered = job->partner_type || job->lead_unit_id || job->language ||
                   job->query.primary_only || job->search_text;
  mz_list_loader_load (self->loader, load_in_thread, job, job_free);
  update_state (self);
}

/* Opening editors */

static void
on_editor_saved_cb (GtkWindow      *editor,
                    MzContact      *contact,
                    MzContactsPage *self)
{
  show_toast (self, mz_contact_get_forgotten_at (contact) ? _("Contact forgotten") : _("Contact saved"));
  reload (self);
}

static void
on_editor_destroyed_cb (GtkWindow      *editor,
                        MzContactsPage *self)
{
  if (self->editor == editor)
    self->editor = NULL;
}

static void
open_editor (MzContactsPage *self,
             MzContact      *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *editor;

  if (self->store == NULL)
    return;

  editor = mz_contact_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                  NULL, contact);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (on_editor_destroyed_cb), self, 0);
  self->editor = editor;
  gtk_window_present (editor);
}

/* Forgetting */

static void
on_forgotten_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MzContactsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  self->forgetting = FALSE;
  if (!mz_contact_forget_finish (result, &error))
    {
      show_toast (self, error->message);
      update_state (self);
      return;
    }

  show_toast (self, _("Contact forgotten: personal details blanked, history kept"));
  reload (self);
}

static void
forget_confirmed (gpointer user_data)
{
  MzContactsPage *self = user_data;
  MzContact *contact = mz_list_loader_get_selected (self->loader);

  if (contact == NULL || self->store == NULL)
    return;

  self->forgetting = TRUE;
  update_state (self);
  mz_contact_forget_async (self->store, mz_contact_get_id (contact), NULL, on_forgotten_cb,
                           g_object_ref (self));
}

/* Callbacks */

static void
on_view_activate_cb (GtkColumnView  *view,
                     guint           position,
                     MzContactsPage *self)
{
  g_autoptr(MzContact) contact = mz_list_loader_dup_item (self->loader, position);

  if (contact != NULL)
    open_editor (self, contact);
}

static void
on_filter_changed_cb (GObject        *object,
                             GParamSpec     *pspec,
                             MzContactsPage *self)
{
  if (self->store != NULL && is_loaded (self))
    reload (self);
}


static void
on_primary_toggled_cb (GtkToggleButton *button,
                       MzContactsPage  *self)
{
  if (self->store != NULL && is_loaded (self))
    reload (self);
}

static void
on_model_changed_cb (MzContactsPage *self)
{
  update_state (self);
}

static void
on_sort_changed_cb (GtkSorter       *sorter,
                    GtkSorterChange  change,
                    MzContactsPage  *self)
{
  if (self->store != NULL && is_loaded (self))
    reload (self);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MZ_CONTACTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  MzContact *contact = mz_list_loader_get_selected (self->loader);

  if (contact != NULL)
    open_editor (self, contact);
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  MzContact *contact = mz_list_loader_get_selected (self->loader);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (contact == NULL || self->forgetting)
    return;

  mz_contact_forget_confirm (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, contact,
                             forget_confirmed, G_OBJECT (self));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);
  MzWindow *window = get_window (self);

  /* One reload, not one per filter. */
  g_signal_handlers_block_by_func (self->type_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->unit_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->language_filter, on_filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->primary_toggle, on_primary_toggled_cb, self);
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_drop_down_set_selected (self->unit_filter, 0);
  gtk_drop_down_set_selected (self->language_filter, 0);
  gtk_toggle_button_set_active (self->primary_toggle, FALSE);
  g_signal_handlers_unblock_by_func (self->type_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->unit_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->language_filter, on_filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->primary_toggle, on_primary_toggled_cb, self);

  g_clear_pointer (&self->search_text, g_free);
  if (window != NULL)
    g_object_set (window, "search-active", FALSE, NULL);
  reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (widget);

  fill_unit_filter (self);
  reload (self);
}

/* GObject */

static void
mz_contacts_page_dispose (GObject *object)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (self->editor);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->view), on_sort_changed_cb, self);
  g_clear_object (&self->loader);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_contacts_page_parent_class)->dispose (object);
}

static void
mz_contacts_page_finalize (GObject *object)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  g_ptr_array_unref (self->unit_ids);
  g_free (self->search_text);

  G_OBJECT_CLASS (mz_contacts_page_parent_class)->finalize (object);
}

static void
mz_contacts_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_contacts_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_contacts_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      mz_contacts_page_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_contacts_page_class_init (MzContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_contacts_page_dispose;
  object_class->finalize = mz_contacts_page_finalize;
  object_class->get_property = mz_contacts_page_get_property;
  object_class->set_property = mz_contacts_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, language_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, primary_toggle);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MzContactsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_primary_toggled_cb);

  gtk_widget_class_install_action (widget_class, "contacts.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "contacts.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "contacts.forget", NULL, forget_action);
  gtk_widget_class_install_action (widget_class, "contacts.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_action);
}

static void
mz_contacts_page_init (MzContactsPage *self)
{
  GtkShortcutController *shortcuts;
  GtkColumnViewColumn *name_column;

  self->unit_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_filters (self);
  fill_unit_filter (self);

  name_column = add_column (self, COLUMN_NAME, _("Name"), TRUE);
  add_column (self, COLUMN_PARTNER, _("Partner"), TRUE);
  add_column (self, COLUMN_POSITION, _("Title / Role"), TRUE);
  add_column (self, COLUMN_EMAIL, _("E-mail"), TRUE);
  add_column (self, COLUMN_PHONE, _("Phone"), FALSE);
  add_column (self, COLUMN_LANGUAGE, _("Language"), FALSE);
  add_column (self, COLUMN_PRIMARY, _("Primary"), FALSE);

  gtk_column_view_sort_by_column (self->view, name_column, GTK_SORT_ASCENDING);
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sort_changed_cb), self);

  /* Ctrl+N wherever the focus is, while the page is shown. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("contacts.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  update_state (self);
}

/* Private API, for the tests */

gboolean
_mz_contacts_page_is_busy (MzContactsPage *self)
{
  return is_loading (self) || self->forgetting;
}

GListModel *
_mz_contacts_page_get_model (MzContactsPage *self)
{
  return G_LIST_MODEL (self->model);
}

GtkSelectionModel *
_mz_contacts_page_get_selection (MzContactsPage *self)
{
  return GTK_SELECTION_MODEL (self->selection);
}

GtkColumnView *
_mz_contacts_page_get_view (MzContactsPage *self)
{
  return self->view;
}

guint
_mz_contacts_page_get_n_loaded (MzContactsPage *self)
{
  return self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

MzPagedModel *
_mz_contacts_page_get_paged_model (MzContactsPage *self)
{
  return self->model;
}

guint
_mz_contacts_page_get_n_rows_made (MzContactsPage *self)
{
  return self->rows_made;
}

const char *
_mz_contacts_page_get_state (MzContactsPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
_mz_contacts_page_get_editor (MzContactsPage *self)
{
  return self->editor;
}

/* Public API */

MzStore *
mz_contacts_page_get_store (MzContactsPage *self)
{
  g_return_val_if_fail (MZ_IS_CONTACTS_PAGE (self), NULL);
  return self->store;
}

void
mz_contacts_page_set_store (MzContactsPage *self,
                            MzStore        *store)
{
  g_return_if_fail (MZ_IS_CONTACTS_PAGE (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Loads of the previous database are dropped with its loader. */
  g_clear_object (&self->loader);
  self->model = NULL;
  self->selection = NULL;
  if (store != NULL)
    {
      self->loader = mz_list_loader_new (store, MZ_TYPE_CONTACT, mz_contact_list_fetch);
      self->model = mz_list_loader_get_model (self->loader);
      self->selection = mz_list_loader_get_selection (self->loader);
      g_signal_connect_object (self->loader, "loaded", G_CALLBACK (on_loaded_cb), self, 0);
      g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_model_changed_cb), self);
    }
  mz_slot_model_show_in_view (self->view, GTK_SELECTION_MODEL (self->selection));
  fill_unit_filter (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mz_contacts_page_set_search_text (MzContactsPage *self,
                                  const char     *text)
{
  g_return_if_fail (MZ_IS_CONTACTS_PAGE (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  /* No spinner turns while typing. */
  mz_list_loader_show_busy (self->spinner, FALSE);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

/* mz-contacts-page-load.c — the filters of the Contacts section and the
 * query they make, run in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's search text goes through the name search of the store
 * (every script, from one character), in the same thread: a contact is
 * shown if its own name matches or its partner's does.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-column-sort.h"
#include "mz-contacts-page-private.h"
#include "mz-db-list-page.h"
#include "mz-labels.h"
#include "mz-partner-format.h"
#include "mz-partner-service.h"

/* How many name-search hits narrow the list: enough for every contact of
 * the partners a few characters find. */
#define SEARCH_LIMIT 1000

const char * const _mz_contacts_page_languages[MZ_CONTACTS_PAGE_N_LANGUAGES] = {
  "ar", "zh", "en", "fr", "ru", "es"
};

/* Filters */

void
_mz_contacts_page_fill_filters (MzContactsPage *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  const char * const *type_codes = mz_partner_types ();

  gtk_string_list_append (languages, _("All Languages"));
  for (gsize i = 0; i < MZ_CONTACTS_PAGE_N_LANGUAGES; i++)
    gtk_string_list_append (languages, mz_format_language (_mz_contacts_page_languages[i]));
  gtk_drop_down_set_model (self->language_filter, G_LIST_MODEL (languages));

  gtk_string_list_append (types, _("All Partner Types"));
  for (guint i = 0; type_codes[i] != NULL; i++)
    gtk_string_list_append (types, mz_labels_partner_type (type_codes[i]));
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
}

void
_mz_contacts_page_fill_unit_filter (MzContactsPage *self)
{
  mz_db_list_page_fill_unit_filter (self->unit_filter, self->unit_ids, _mz_contacts_page_get_store (self),
                                    _("All Lead Units"), self);
}

/* The query */

struct _MzContactsJob
{
  char                *partner_type;
  char                *lead_unit_id;
  char                *language;
  char                *search_text;
  char               **search_ids;
  char               **language_order;
  MzContactListQuery   query;
};

void
_mz_contacts_job_free (gpointer data)
{
  MzContactsJob *job = data;

  g_free (job->partner_type);
  g_free (job->lead_unit_id);
  g_free (job->language);
  g_free (job->search_text);
  g_strfreev (job->search_ids);
  g_strfreev (job->language_order);
  g_free (job);
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
  char **codes = g_new0 (char *, MZ_CONTACTS_PAGE_N_LANGUAGES + 1);

  for (gsize i = 0; i < MZ_CONTACTS_PAGE_N_LANGUAGES; i++)
    codes[i] = g_strdup (_mz_contacts_page_languages[i]);
  qsort (codes, MZ_CONTACTS_PAGE_N_LANGUAGES, sizeof (char *), compare_language_names);
  return codes;
}

MzContactsJob *
_mz_contacts_page_make_job (MzContactsPage *self)
{
  const char *search = _mz_contacts_page_get_search_text (self);
  g_autofree char *text = g_strstrip (g_strdup (search != NULL ? search : ""));
  MzContactsJob *job = g_new0 (MzContactsJob, 1);
  int column;

  job->partner_type = g_strdup (mz_db_list_page_choice (self->type_filter, mz_partner_types (), -1));
  job->lead_unit_id = g_strdup (mz_db_list_page_choice (self->unit_filter,
                                                        (const char * const *) self->unit_ids->pdata,
                                                        self->unit_ids->len));
  job->language = g_strdup (mz_db_list_page_choice (self->language_filter, _mz_contacts_page_languages,
                                                    MZ_CONTACTS_PAGE_N_LANGUAGES));
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
  return job;
}

GArray *
_mz_contacts_job_rowids (MzStore        *store,
                         MzContactsJob  *job,
                         GCancellable   *cancellable,
                         GError        **error)
{
  if (job->search_text != NULL && job->search_ids == NULL)
    {
      job->search_ids = mz_db_list_page_search_ids (store, job->search_text, SEARCH_LIMIT, TRUE, error);
      if (job->search_ids == NULL)
        return NULL;
      job->query.search_ids = (const char * const *) job->search_ids;
    }
  return mz_contact_list_rowids (store, &job->query, cancellable, error);
}

/* Loading */

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return _mz_contacts_job_rowids (store, data, cancellable, error);
}

static void
on_loaded_cb (MzListLoader   *loader,
              const GError   *error,
              MzContactsPage *self)
{
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the contacts: %s"), error->message);

      mz_db_list_page_toast (GTK_WIDGET (self), text);
    }
  _mz_contacts_page_update_state (self);
}

void
_mz_contacts_page_make_loader (MzContactsPage *self)
{
  self->loader = mz_list_loader_new (_mz_contacts_page_get_store (self), MZ_TYPE_CONTACT, mz_contact_list_fetch);
  self->model = mz_list_loader_get_model (self->loader);
  self->selection = mz_list_loader_get_selection (self->loader);
  g_signal_connect_object (self->loader, "loaded", G_CALLBACK (on_loaded_cb), self, 0);
}

void
_mz_contacts_page_reload (MzContactsPage *self)
{
  MzContactsJob *job;

  if (_mz_contacts_page_get_store (self) == NULL)
    return;

  job = _mz_contacts_page_make_job (self);
  self->filtered = job->partner_type || job->lead_unit_id || job->language ||
                   job->query.primary_only || job->search_text;
  mz_list_loader_load (self->loader, load_in_thread, job, _mz_contacts_job_free);
  _mz_contacts_page_update_state (self);
}

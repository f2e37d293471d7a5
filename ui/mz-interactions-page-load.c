/* mz-interactions-page-load.c — the filters of the Interactions section
 * and the query they make, run in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's search text keeps the interactions whose subject contains
 * it or whose partner's name does (the name search of the store, every
 * script), found in the same thread.
 */
#define G_LOG_DOMAIN "mz-interactions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-column-sort.h"
#include "mz-db-list-page.h"
#include "mz-interaction-service.h"
#include "mz-interactions-page-private.h"
#include "mz-partner-format.h"

/* Partners the name search may bring into the filter. */
#define SEARCH_LIMIT 500

/* Filters */

void
_mz_interactions_page_fill_filters (MzInteractionsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  const char * const *kind_codes = mz_interaction_kinds ();
  const char * const *status_codes = mz_interaction_statuses ();

  gtk_string_list_append (kinds, _("All Kinds"));
  for (guint i = 0; kind_codes[i] != NULL; i++)
    gtk_string_list_append (kinds, mz_format_interaction_kind (kind_codes[i]));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));

  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; status_codes[i] != NULL; i++)
    gtk_string_list_append (statuses, mz_format_interaction_status (status_codes[i]));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  /* In the order of MzInteractionsPeriod. */
  gtk_string_list_append (periods, _("All Dates"));
  gtk_string_list_append (periods, _("This Year"));
  gtk_string_list_append (periods, _("Last 90 Days"));
  gtk_string_list_append (periods, _("Upcoming"));
  gtk_drop_down_set_model (self->period_filter, G_LIST_MODEL (periods));
}

void
_mz_interactions_page_fill_unit_filter (MzInteractionsPage *self)
{
  mz_db_list_page_fill_unit_filter (self->unit_filter, self->unit_ids, _mz_interactions_page_get_store (self),
                                    _("All Units"), self);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The query */

struct _MzInteractionsJob
{
  char                   *kind;
  char                   *unit_id;
  char                   *status;
  char                   *since;
  char                   *until;
  char                  **partner_ids;
  char                   *text;
  MzInteractionListQuery  query;
};

void
_mz_interactions_job_free (gpointer data)
{
  MzInteractionsJob *job = data;

  g_free (job->kind);
  g_free (job->unit_id);
  g_free (job->status);
  g_free (job->since);
  g_free (job->until);
  g_strfreev (job->partner_ids);
  g_free (job->text);
  g_free (job);
}

MzInteractionsJob *
_mz_interactions_page_make_job (MzInteractionsPage *self)
{
  const char *search = _mz_interactions_page_get_search_text (self);
  g_autofree char *text = g_strstrip (g_strdup (search != NULL ? search : ""));
  MzInteractionsJob *job = g_new0 (MzInteractionsJob, 1);
  int column;

  job->kind = g_strdup (mz_db_list_page_choice (self->kind_filter, mz_interaction_kinds (), -1));
  job->unit_id = g_strdup (mz_db_list_page_choice (self->unit_filter,
                                                   (const char * const *) self->unit_ids->pdata,
                                                   self->unit_ids->len));
  job->status = g_strdup (mz_db_list_page_choice (self->status_filter, mz_interaction_statuses (), -1));

  switch ((MzInteractionsPeriod) gtk_drop_down_get_selected (self->period_filter))
    {
    case MZ_INTERACTIONS_PERIOD_THIS_YEAR:
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();

        job->since = g_date_time_format (now, "%Y-01-01");
        job->until = g_date_time_format (now, "%Y-12-31");
        break;
      }
    case MZ_INTERACTIONS_PERIOD_LAST_90_DAYS:
      job->since = date_from_today (-MZ_COORDINATION_DAYS);
      job->until = date_from_today (0);
      break;
    case MZ_INTERACTIONS_PERIOD_UPCOMING:
      job->since = date_from_today (0);
      break;
    case MZ_INTERACTIONS_PERIOD_ALL:
    default:
      break;
    }

  if (*text != '\0')
    job->text = g_strdup (text);

  job->query.kind = job->kind;
  job->query.unit_id = job->unit_id;
  job->query.status = job->status;
  job->query.since = job->since;
  job->query.until = job->until;
  job->query.text = job->text;
  if (mz_column_sort_read (self->view, &column, &job->query.descending))
    job->query.sort = (MzInteractionSort) column;
  else
    {
      job->query.sort = MZ_INTERACTION_SORT_DATE;
      job->query.descending = TRUE;
    }
  return job;
}

GArray *
_mz_interactions_job_rowids (MzStore            *store,
                             MzInteractionsJob  *job,
                             GCancellable       *cancellable,
                             GError            **error)
{
  /* The partners whose names contain the text, in any script. */
  if (job->text != NULL && job->partner_ids == NULL)
    {
      job->partner_ids = mz_db_list_page_search_ids (store, job->text, SEARCH_LIMIT, FALSE, NULL);
      if (job->partner_ids == NULL)
        job->partner_ids = g_new0 (char *, 1);
      job->query.partner_ids = (const char * const *) job->partner_ids;
    }
  return mz_interaction_list_rowids (store, &job->query, cancellable, error);
}

/* Loading */

static gpointer
load_in_thread (MzStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return _mz_interactions_job_rowids (store, data, cancellable, error);
}

static void
on_loaded_cb (MzListLoader       *loader,
              const GError       *error,
              MzInteractionsPage *self)
{
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the interactions: %s"), error->message);

      mz_db_list_page_toast (GTK_WIDGET (self), text);
    }
  _mz_interactions_page_update_state (self);
}

void
_mz_interactions_page_make_loader (MzInteractionsPage *self)
{
  self->loader = mz_list_loader_new (_mz_interactions_page_get_store (self), MZ_TYPE_INTERACTION,
                                     mz_interaction_list_fetch);
  self->model = mz_list_loader_get_model (self->loader);
  g_signal_connect_object (self->loader, "loaded", G_CALLBACK (on_loaded_cb), self, 0);
}

void
_mz_interactions_page_reload (MzInteractionsPage *self)
{
  MzInteractionsJob *job;

  if (_mz_interactions_page_get_store (self) == NULL)
    return;

  job = _mz_interactions_page_make_job (self);
  self->filtered = job->kind || job->unit_id || job->status || job->since || job->text;
  mz_list_loader_load (self->loader, load_in_thread, job, _mz_interactions_job_free);
  _mz_interactions_page_update_state (self);
}

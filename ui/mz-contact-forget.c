/* mz-contact-forget.c — “Forget Contact…”: ask, then forget in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-contact-forget"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-contact-forget.h"
#include "mz-contact-service.h"
#include "mz-worker.h"

typedef struct
{
  MzContactForgetConfirmed  confirmed;
  GObject                  *user_data;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_object (&pending->user_data);
  g_free (pending);
}

static char *
contact_name (MzContact *contact)
{
  const char *given = mz_contact_get_given_name (contact);
  const char *family = mz_contact_get_family_name (contact);
  g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", given ? given : "",
                                                      family ? family : ""));

  if (*name == '\0' && mz_contact_get_local_name (contact) != NULL)
    return g_strdup (mz_contact_get_local_name (contact));
  if (*name == '\0')
    return g_strdup (_("this person"));
  return g_steal_pointer (&name);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Pending          *pending)
{
  if (g_strcmp0 (response, "forget") == 0)
    pending->confirmed (pending->user_data);
}

GtkWindow *
mz_contact_forget_confirm (GtkWindow                *parent,
                           MzContact                *contact,
                           MzContactForgetConfirmed  confirmed,
                           GObject                  *user_data)
{
  g_autofree char *name = contact_name (contact);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  Pending *pending;

  g_return_val_if_fail (MZ_IS_CONTACT (contact), NULL);
  g_return_val_if_fail (confirmed != NULL, NULL);

  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Forget %s?"), name);
  dialog = adw_message_dialog_new (parent, heading,
                                   _("Their names, honorific, job title, role, e-mail addresses, "
                                     "phone numbers and the source of their consent are blanked "
                                     "for good, here and in the search index.\n\n"
                                     "Kept: the partner they worked for, their preferred "
                                     "language, the legal basis and date of consent, and every "
                                     "interaction they took part in, so that the history of the "
                                     "relationship stays whole. The history records that they "
                                     "were forgotten, not what was blanked.\n\n"
                                     "This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "forget", _("_Forget"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "forget",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  pending = g_new0 (Pending, 1);
  pending->confirmed = confirmed;
  pending->user_data = user_data ? g_object_ref (user_data) : NULL;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), pending,
                         (GClosureNotify) (void (*) (void)) pending_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static gpointer
forget_in_thread (MzStore       *store,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  /* One transaction: cancelling cannot stop it half-way, so it is not
   * offered. */
  if (!mz_contact_service_forget (store, data, error))
    return NULL;
  return GINT_TO_POINTER (TRUE);
}

void
mz_contact_forget_async (MzStore             *store,
                         const char          *contact_id,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (MZ_IS_STORE (store));
  g_return_if_fail (contact_id != NULL);

  mz_worker_run_async (mz_store_get_path (store), forget_in_thread, g_strdup (contact_id), g_free,
                       NULL, cancellable, callback, user_data);
}

gboolean
mz_contact_forget_finish (GAsyncResult  *result,
                          GError       **error)
{
  return mz_worker_run_finish (result, error) != NULL;
}

/* mz-contact-forget.h — “Forget Contact…”: ask, then forget in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-contact.h"
#include "mz-store.h"

G_BEGIN_DECLS

typedef void (*MzContactForgetConfirmed) (gpointer user_data);

/* Shows an AdwMessageDialog on @parent that says what forgetting @contact
 * blanks and what it keeps, with “Forget” (destructive) and “Cancel”;
 * calls @confirmed only if the user chose Forget. @user_data must stay
 * alive while the dialog is open (pass an object and it is kept). */
GtkWindow *mz_contact_forget_confirm (GtkWindow                *parent,
                                      MzContact                *contact,
                                      MzContactForgetConfirmed  confirmed,
                                      GObject                  *user_data);

/* Runs mz_contact_service_forget() in a worker thread on a connection of
 * its own to @store's file (it takes about a second and a half on a large
 * database: the search index is rewritten). Show a spinner meanwhile. */
void     mz_contact_forget_async  (MzStore             *store,
                                   const char          *contact_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);

gboolean mz_contact_forget_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS

/* mz-contact-sort.h — sort the Contacts table off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-contact.h"

G_BEGIN_DECLS

/* The columns of the Contacts table. */
typedef enum
{
  MZ_CONTACT_COLUMN_NAME,
  MZ_CONTACT_COLUMN_PARTNER,
  MZ_CONTACT_COLUMN_POSITION,
  MZ_CONTACT_COLUMN_EMAIL,
  MZ_CONTACT_COLUMN_PHONE,
  MZ_CONTACT_COLUMN_LANGUAGE,
  MZ_CONTACT_COLUMN_PRIMARY,
} MzContactColumn;

/* "Given Family" (may be empty). */
char       *mz_contact_sort_display_name (MzContact          *contact);
/* "Title · Role", either, or NULL. */
char       *mz_contact_sort_position     (MzContact          *contact);

/* A new GListStore of the contacts in @contacts (a GListModel of slim
 * MzContact rows, not changed) sorted by @column as shown, in the
 * locale's collation, empty values last, ties by name. Safe in a worker
 * thread while nobody changes the contacts. */
GListModel *mz_contact_sort              (GListModel         *contacts,
                                          MzContactColumn     column,
                                          gboolean            descending,
                                          GCancellable       *cancellable);

G_END_DECLS

/* mz-contact-private.h — the fields of MzContact, for the queries in db/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-contact.h"

G_BEGIN_DECLS

struct _MzContact
{
  GObject   parent_instance;

  char     *id;
  char     *created_at;
  char     *updated_at;
  char     *updated_by;
  char     *deleted_at;
  char     *partner_id;
  char     *given_name;
  char     *family_name;
  char     *local_name;
  char     *honorific;
  char     *title;
  char     *role;
  char    **emails;
  char    **phones;
  char     *language;
  gboolean  is_primary;
  char     *consent_basis;
  char     *consent_date;
  char     *consent_source;
  char     *forgotten_at;
  char     *partner_name;
};

G_END_DECLS

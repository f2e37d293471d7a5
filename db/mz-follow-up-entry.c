/* mz-follow-up-entry.c — an open follow-up with its partner, for the list
 * of open follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-follow-up-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mz-follow-up-entry.h"
#include "mz-follow-up-private.h"
#include "mz-row-util.h"

struct _MzFollowUpEntry
{
  GObject     parent_instance;

  MzFollowUp *follow_up;
  char       *partner_name;
  char       *interaction_subject;
};

G_DEFINE_FINAL_TYPE (MzFollowUpEntry, mz_follow_up_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLLOW_UP,
  PROP_PARTNER_NAME,
  PROP_INTERACTION_SUBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_follow_up_entry_finalize (GObject *object)
{
  MzFollowUpEntry *self = MZ_FOLLOW_UP_ENTRY (object);

  g_clear_object (&self->follow_up);
  g_free (self->partner_name);
  g_free (self->interaction_subject);

  G_OBJECT_CLASS (mz_follow_up_entry_parent_class)->finalize (object);
}

static void
mz_follow_up_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MzFollowUpEntry *self = MZ_FOLLOW_UP_ENTRY (object);

  switch (prop_id)
    {
    case PROP_FOLLOW_UP:
      g_value_set_object (value, self->follow_up);
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;
    case PROP_INTERACTION_SUBJECT:
      g_value_set_string (value, self->interaction_subject);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_follow_up_entry_class_init (MzFollowUpEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_follow_up_entry_finalize;
  object_class->get_property = mz_follow_up_entry_get_property;

  properties[PROP_FOLLOW_UP] =
    g_param_spec_object ("follow-up", NULL, NULL, MZ_TYPE_FOLLOW_UP,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERACTION_SUBJECT] =
    g_param_spec_string ("interaction-subject", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_follow_up_entry_init (MzFollowUpEntry *self)
{
}

MzFollowUp *
mz_follow_up_entry_get_follow_up (MzFollowUpEntry *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_ENTRY (self), NULL);
  return self->follow_up;
}

const char *
mz_follow_up_entry_get_partner_name (MzFollowUpEntry *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_ENTRY (self), NULL);
  return self->partner_name;
}

const char *
mz_follow_up_entry_get_interaction_subject (MzFollowUpEntry *self)
{
  g_return_val_if_fail (MZ_IS_FOLLOW_UP_ENTRY (self), NULL);
  return self->interaction_subject;
}

GListModel *
mz_follow_up_entry_list_open (MzStore  *store,
                              guint     limit,
                              GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (MZ_TYPE_FOLLOW_UP_ENTRY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  stmt = mz_store_prepare (store,
                           "SELECT f.id, f.partner_id, f.interaction_id, f.title, f.due_date, "
                           "f.owner_id, s.name, p.name, i.subject, f.updated_at "
                           "FROM follow_up f JOIN partner p ON p.id = f.partner_id "
                           "LEFT JOIN staff s ON s.id = f.owner_id "
                           "LEFT JOIN interaction i ON i.id = f.interaction_id "
                           "WHERE f.done_date IS NULL AND f.deleted_at IS NULL "
                           "AND p.deleted_at IS NULL "
                           "ORDER BY f.due_date IS NULL, f.due_date, f.id LIMIT ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MzFollowUpEntry *entry = g_object_new (MZ_TYPE_FOLLOW_UP_ENTRY, NULL);
      MzFollowUp *f = mz_follow_up_new ();

      f->id = mz_row_dup_column (stmt, 0);
      f->partner_id = mz_row_dup_column (stmt, 1);
      f->interaction_id = mz_row_dup_column (stmt, 2);
      f->title = mz_row_dup_column (stmt, 3);
      f->due_date = mz_row_dup_column (stmt, 4);
      f->owner_id = mz_row_dup_column (stmt, 5);
      f->owner_name = mz_row_dup_column (stmt, 6);
      f->updated_at = mz_row_dup_column (stmt, 9);
      entry->follow_up = f;
      entry->partner_name = mz_row_dup_column (stmt, 7);
      entry->interaction_subject = mz_row_dup_column (stmt, 8);
      g_ptr_array_add (rows, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mz_store_set_error (store, error, _("Cannot read the follow-ups"));
      return NULL;
    }

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

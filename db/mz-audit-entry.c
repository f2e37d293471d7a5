/* mz-audit-entry.c — one row of the append-only history (audit_log)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-audit-entry"

#include "config.h"

#include "mz-audit-entry-private.h"

G_DEFINE_FINAL_TYPE (MzAuditEntry, mz_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_OFFICE,
  PROP_USER,
  PROP_TABLE_NAME,
  PROP_ROW_ID,
  PROP_ACTION,
  PROP_BEFORE,
  PROP_AFTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mz_audit_entry_finalize (GObject *object)
{
  MzAuditEntry *self = MZ_AUDIT_ENTRY (object);

  g_free (self->id);
  g_free (self->at);
  g_free (self->office);
  g_free (self->user);
  g_free (self->table_name);
  g_free (self->row_id);
  g_free (self->action);
  g_free (self->before);
  g_free (self->after);

  G_OBJECT_CLASS (mz_audit_entry_parent_class)->finalize (object);
}

static void
mz_audit_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MzAuditEntry *self = MZ_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_OFFICE:
      g_value_set_string (value, self->office);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_TABLE_NAME:
      g_value_set_string (value, self->table_name);
      break;
    case PROP_ROW_ID:
      g_value_set_string (value, self->row_id);
      break;
    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;
    case PROP_BEFORE:
      g_value_set_string (value, self->before);
      break;
    case PROP_AFTER:
      g_value_set_string (value, self->after);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_audit_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MzAuditEntry *self = MZ_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      mz_audit_entry_set_id (self, g_value_get_string (value));
      break;
    case PROP_AT:
      mz_audit_entry_set_at (self, g_value_get_string (value));
      break;
    case PROP_OFFICE:
      mz_audit_entry_set_office (self, g_value_get_string (value));
      break;
    case PROP_USER:
      mz_audit_entry_set_user (self, g_value_get_string (value));
      break;
    case PROP_TABLE_NAME:
      mz_audit_entry_set_table_name (self, g_value_get_string (value));
      break;
    case PROP_ROW_ID:
      mz_audit_entry_set_row_id (self, g_value_get_string (value));
      break;
    case PROP_ACTION:
      mz_audit_entry_set_action (self, g_value_get_string (value));
      break;
    case PROP_BEFORE:
      mz_audit_entry_set_before (self, g_value_get_string (value));
      break;
    case PROP_AFTER:
      mz_audit_entry_set_after (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_audit_entry_class_init (MzAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mz_audit_entry_finalize;
  object_class->get_property = mz_audit_entry_get_property;
  object_class->set_property = mz_audit_entry_set_property;

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties[PROP_AT] = g_param_spec_string ("at", NULL, NULL, NULL, FLAGS);
  properties[PROP_OFFICE] = g_param_spec_string ("office", NULL, NULL, NULL, FLAGS);
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL, FLAGS);
  properties[PROP_TABLE_NAME] = g_param_spec_string ("table-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_ROW_ID] = g_param_spec_string ("row-id", NULL, NULL, NULL, FLAGS);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, NULL, FLAGS);
  properties[PROP_BEFORE] = g_param_spec_string ("before", NULL, NULL, NULL, FLAGS);
  properties[PROP_AFTER] = g_param_spec_string ("after", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mz_audit_entry_init (MzAuditEntry *self)
{
}

MzAuditEntry *
mz_audit_entry_new (void)
{
  return g_object_new (MZ_TYPE_AUDIT_ENTRY, NULL);
}

MzAuditEntry *
mz_audit_entry_copy (MzAuditEntry *self)
{
  MzAuditEntry *copy;

  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);

  copy = mz_audit_entry_new ();
  copy->id = g_strdup (self->id);
  copy->at = g_strdup (self->at);
  copy->office = g_strdup (self->office);
  copy->user = g_strdup (self->user);
  copy->table_name = g_strdup (self->table_name);
  copy->row_id = g_strdup (self->row_id);
  copy->action = g_strdup (self->action);
  copy->before = g_strdup (self->before);
  copy->after = g_strdup (self->after);
  return copy;
}

const char *
mz_audit_entry_get_id (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->id;
}

void
mz_audit_entry_set_id (MzAuditEntry *self,
                       const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->id, value) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mz_audit_entry_get_at (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->at;
}

void
mz_audit_entry_set_at (MzAuditEntry *self,
                       const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->at, value) == 0)
    return;
  g_free (self->at);
  self->at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}

const char *
mz_audit_entry_get_office (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->office;
}

void
mz_audit_entry_set_office (MzAuditEntry *self,
                           const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->office, value) == 0)
    return;
  g_free (self->office);
  self->office = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE]);
}

const char *
mz_audit_entry_get_user (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->user;
}

void
mz_audit_entry_set_user (MzAuditEntry *self,
                         const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->user, value) == 0)
    return;
  g_free (self->user);
  self->user = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
}

const char *
mz_audit_entry_get_table_name (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->table_name;
}

void
mz_audit_entry_set_table_name (MzAuditEntry *self,
                               const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->table_name, value) == 0)
    return;
  g_free (self->table_name);
  self->table_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_NAME]);
}

const char *
mz_audit_entry_get_row_id (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->row_id;
}

void
mz_audit_entry_set_row_id (MzAuditEntry *self,
                           const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->row_id, value) == 0)
    return;
  g_free (self->row_id);
  self->row_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_ID]);
}

const char *
mz_audit_entry_get_action (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

void
mz_audit_entry_set_action (MzAuditEntry *self,
                           const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->action, value) == 0)
    return;
  g_free (self->action);
  self->action = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

const char *
mz_audit_entry_get_before (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->before;
}

void
mz_audit_entry_set_before (MzAuditEntry *self,
                           const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->before, value) == 0)
    return;
  g_free (self->before);
  self->before = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEFORE]);
}

const char *
mz_audit_entry_get_after (MzAuditEntry *self)
{
  g_return_val_if_fail (MZ_IS_AUDIT_ENTRY (self), NULL);
  return self->after;
}

void
mz_audit_entry_set_after (MzAuditEntry *self,
                          const char   *value)
{
  g_return_if_fail (MZ_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->after, value) == 0)
    return;
  g_free (self->after);
  self->after = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFTER]);
}

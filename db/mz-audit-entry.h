/* mz-audit-entry.h — one row of the append-only history (audit_log)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MZ_TYPE_AUDIT_ENTRY (mz_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (MzAuditEntry, mz_audit_entry, MZ, AUDIT_ENTRY, GObject)

/* An empty row; the store fills it or saves it. */
MzAuditEntry *mz_audit_entry_new (void);

/* A deep copy, e.g. to edit a row without touching the shown one. */
MzAuditEntry *mz_audit_entry_copy (MzAuditEntry *self);

const char *         mz_audit_entry_get_id         (MzAuditEntry *self);
void                 mz_audit_entry_set_id         (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_at         (MzAuditEntry *self);
void                 mz_audit_entry_set_at         (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_office     (MzAuditEntry *self);
void                 mz_audit_entry_set_office     (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_user       (MzAuditEntry *self);
void                 mz_audit_entry_set_user       (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_table_name (MzAuditEntry *self);
void                 mz_audit_entry_set_table_name (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_row_id     (MzAuditEntry *self);
void                 mz_audit_entry_set_row_id     (MzAuditEntry *self,
                                                    const char   *value);
const char *         mz_audit_entry_get_action     (MzAuditEntry *self);
void                 mz_audit_entry_set_action     (MzAuditEntry *self,
                                                    const char   *value);
/* JSON text or NULL. */
const char *         mz_audit_entry_get_before     (MzAuditEntry *self);
void                 mz_audit_entry_set_before     (MzAuditEntry *self,
                                                    const char   *value);
/* JSON text or NULL. */
const char *         mz_audit_entry_get_after      (MzAuditEntry *self);
void                 mz_audit_entry_set_after      (MzAuditEntry *self,
                                                    const char   *value);

G_END_DECLS

/* mz-labels.h — translated display names for the codes stored in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each function returns a translated, static string for a code as stored
 * in the database, or @code itself when the code is unknown (so that data
 * from a newer version still shows something). NULL gives NULL. */

/* "GS" → "General Secretariat", "RO-AFR" → "Regional Office for Africa"… */
const char *mz_labels_unit_name      (const char *code);

/* Unit kinds: general_secretariat, bureau, regional_office, area_office. */
const char *mz_labels_unit_kind      (const char *kind);

/* ITU regions: AFR, AMS, ARB, ASP, CIS, EUR. */
const char *mz_labels_region_name    (const char *region);

/* ITU Sectors of membership: R, T, D. */
const char *mz_labels_sector_name    (const char *sector);

/* Partner types: member_state, sector_member, …, individual. */
const char *mz_labels_partner_type   (const char *type);

/* Partner statuses: prospect, active, inactive. */
const char *mz_labels_partner_status (const char *status);

G_END_DECLS

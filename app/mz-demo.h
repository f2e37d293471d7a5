/* mz-demo.h — the sample data offered on first start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-store.h"

G_BEGIN_DECLS

/* Loads the figures of the strategy (regular budget Table 1, the unit value,
 * 2023 extra-budgetary income by kind and unit, the thematic initiatives with
 * their pillars) and a modest set of clearly fictitious partners, contacts
 * and interactions in several scripts, in one transaction. The office
 * identity must be set. Refuses a database that already holds partners. */
gboolean mz_demo_load (MzStore  *store,
                       GError  **error);

G_END_DECLS

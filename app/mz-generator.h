/* mz-generator.h — fill a database with realistic, clearly fictitious data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_GENERATOR_DEFAULT_PARTNERS     20000
#define MZ_GENERATOR_DEFAULT_CONTACTS     100000
#define MZ_GENERATOR_DEFAULT_INTERACTIONS 500000

typedef struct
{
  guint   n_partners;
  guint   n_contacts;
  guint   n_interactions;
  guint32 seed;           /* same seed, same data */
  /* The money side (mz-generator-money.h); 0: none. */
  guint   n_commitments;
  guint   n_instalments;
  guint   n_payments;
  guint   n_inkind;
} MzGeneratorOptions;

/* Called now and then with what is being made and how far along it is. */
typedef void (*MzGeneratorProgress) (const char *what,
                                     guint       done,
                                     guint       total,
                                     gpointer    user_data);

/* Adds partners (names in Latin, Chinese, Arabic and Cyrillic scripts, every
 * type, countries of every region), their contacts, relations between them,
 * interactions from 2019 to 2026 by every unit with some of the contacts,
 * and follow-ups, then commitments with their allocations, schedules and
 * payments, and in-kind contributions (mz_generator_money_fill()), in ONE
 * transaction with prepared statements reused and
 * durability relaxed for its duration (mz_bulk_begin()). Contacts need
 * partners; interactions need partners.
 *
 * History: the generated rows are stamped like any other, but instead of
 * one audit_log row per generated row (a million rows of noise) the run
 * writes ONE audit_log row, action "import", table "generator", whose
 * "after" says what was generated with which seed. The staff members it
 * adds are audited one by one as usual.
 *
 * The office identity must be set. Cancelling rolls everything back. */
/* The ISO 3166-1 codes of the 193 ITU Member States, for which the
 * generator makes one "member_state" partner each (NULL-terminated). */
const char * const *mz_generator_member_states (void);

gboolean mz_generator_run (MzStore                  *store,
                           const MzGeneratorOptions *options,
                           MzGeneratorProgress       progress,
                           gpointer                  user_data,
                           GCancellable             *cancellable,
                           GError                  **error);

G_END_DECLS

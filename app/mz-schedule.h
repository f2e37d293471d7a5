/* mz-schedule.h — multi-year schedules of instalments: generation,
 * re-planning, checks and status
 *
 * Pure functions over GArrays of MzInstalment (db/mz-instalment-store.h):
 * nothing here reads or writes the database, so a change can be shown as a
 * preview before app/mz-commitment-service applies it.
 *
 * The rules: a schedule always sums to the signed amount, exactly, in
 * minor units; an instalment that has received money or has been written
 * off is "locked" and never rewritten; only the others are re-planned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-instalment-store.h"

G_BEGIN_DECLS

typedef enum
{
  MZ_FREQUENCY_INVALID = -1,
  MZ_FREQUENCY_ANNUAL,
  MZ_FREQUENCY_SEMIANNUAL,
  MZ_FREQUENCY_QUARTERLY,
  MZ_FREQUENCY_MONTHLY,
  MZ_FREQUENCY_IRREGULAR,
} MzFrequency;

#define MZ_SCHEDULE_ERROR (mz_schedule_error_quark ())

typedef enum
{
  MZ_SCHEDULE_ERROR_DATES,      /* a date missing, invalid or outside the period */
  MZ_SCHEDULE_ERROR_AMOUNT,     /* an amount not positive, or less than what is locked */
  MZ_SCHEDULE_ERROR_SUM,        /* the instalments do not add up to the total */
  MZ_SCHEDULE_ERROR_LOCKED,     /* the edit would rewrite a received or written-off instalment */
  MZ_SCHEDULE_ERROR_FREQUENCY,  /* unknown, or irregular where one must be generated */
  MZ_SCHEDULE_ERROR_TOO_MANY,   /* more instalments than a schedule may have */
} MzScheduleError;

/* At most this many instalments in one schedule (monthly over 50 years). */
#define MZ_SCHEDULE_MAX_INSTALMENTS 600

GQuark       mz_schedule_error_quark   (void);

MzFrequency  mz_frequency_from_string  (const char   *text);
const char  *mz_frequency_to_string    (MzFrequency   frequency);
/* 12, 6, 3, 1; 0 for irregular. */
int          mz_frequency_months       (MzFrequency   frequency);

/* TRUE if the instalment has received money or has been written off. */
gboolean     mz_schedule_is_locked     (const MzInstalment *instalment);
/* What is still due: amount − received − written off, at least 0. */
gint64       mz_schedule_outstanding   (const MzInstalment *instalment);
/* Received beyond amount − written off, at least 0. */
gint64       mz_schedule_overpaid      (const MzInstalment *instalment);

/* The status of @instalment on @as_of (YYYY-MM-DD): received when paid in
 * full, written_off when its balance was written off, partly_received,
 * overdue when due before @as_of and unpaid, else scheduled. */
const char  *mz_schedule_status        (const MzInstalment *instalment,
                                        const char         *as_of);

gint64       mz_schedule_sum           (const GArray *instalments);
gint64       mz_schedule_received      (const GArray *instalments);
gint64       mz_schedule_written_off   (const GArray *instalments);
/* Every instalment received in full or written off (and there is one). */
gboolean     mz_schedule_is_settled    (const GArray *instalments);

/* Instalments due on @start and every period after it up to @end (a due
 * day past the end of a month falls on its last day: 31 Jan, 29 Feb, 31
 * Mar…), sharing @total exactly: each gets total / n in minor units and
 * the last one also the remainder (a total smaller than the number of
 * dates falls on the last one). Not irregular. */
GArray      *mz_schedule_generate      (const char   *start,
                                        const char   *end,
                                        MzFrequency   frequency,
                                        gint64        total,
                                        GError      **error);

/* The preview of a re-plan: @current's locked instalments unchanged, the
 * rest of @total spread over the dates of the new period and frequency
 * that fall after the last locked one (or one instalment on @end). The
 * unlocked instalments' ids are handed on to the new ones in order, so
 * that applying updates rows rather than replacing them. Refused when
 * @total is less than the locked amounts or a locked instalment falls
 * outside the new period. @current is not changed; @currency formats
 * amounts in messages. */
GArray      *mz_schedule_replan        (const GArray *current,
                                        gint64        total,
                                        const char   *currency,
                                        const char   *start,
                                        const char   *end,
                                        MzFrequency   frequency,
                                        GError      **error);

/* Checks a schedule (generated or entered by hand): dates valid and,
 * when given, within @start…@end; amounts positive; written-off amounts
 * within them; the sum equal to @total. @currency formats amounts in
 * messages. */
gboolean     mz_schedule_check         (const GArray *instalments,
                                        gint64        total,
                                        const char   *currency,
                                        const char   *start,
                                        const char   *end,
                                        GError      **error);

/* Checks that @proposed keeps every locked instalment of @current with
 * the same id, due date, amount and written-off amount, and that every id
 * in @proposed is one of @current's. */
gboolean     mz_schedule_check_edit    (const GArray *current,
                                        const GArray *proposed,
                                        const char   *currency,
                                        GError      **error);

/* Writes off the balance of instalment @index: written_off = amount −
 * received; refused if nothing is outstanding. */
gboolean     mz_schedule_write_off     (GArray       *instalments,
                                        guint         index,
                                        const char   *currency,
                                        GError      **error);

G_END_DECLS

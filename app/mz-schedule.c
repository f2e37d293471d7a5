/* mz-schedule.c — multi-year schedules of instalments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-money.h"
#include "mz-schedule.h"

G_DEFINE_QUARK (mz-schedule-error-quark, mz_schedule_error)

static const char * const frequency_names[] = {
  "annual", "semiannual", "quarterly", "monthly", "irregular",
};

MzFrequency
mz_frequency_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (frequency_names); i++)
    if (g_strcmp0 (text, frequency_names[i]) == 0)
      return (MzFrequency) i;
  return MZ_FREQUENCY_INVALID;
}

const char *
mz_frequency_to_string (MzFrequency frequency)
{
  if (frequency < 0 || frequency >= (int) G_N_ELEMENTS (frequency_names))
    return NULL;
  return frequency_names[frequency];
}

int
mz_frequency_months (MzFrequency frequency)
{
  switch (frequency)
    {
    case MZ_FREQUENCY_ANNUAL:
      return 12;
    case MZ_FREQUENCY_SEMIANNUAL:
      return 6;
    case MZ_FREQUENCY_QUARTERLY:
      return 3;
    case MZ_FREQUENCY_MONTHLY:
      return 1;
    case MZ_FREQUENCY_IRREGULAR:
    case MZ_FREQUENCY_INVALID:
    default:
      return 0;
    }
}

/* Dates */

typedef struct
{
  int year;
  int month;
  int day;
} Ymd;

static gboolean
parse_date (const char *text,
            Ymd        *ymd)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  ymd->year = (int) g_ascii_strtoll (text, NULL, 10);
  ymd->month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  ymd->day = (int) g_ascii_strtoll (text + 8, NULL, 10);
  return ymd->year >= 1865 && ymd->year <= 2200 &&
         g_date_valid_dmy (ymd->day, ymd->month, ymd->year);
}

/* @start moved by @months; a day past the end of the month falls on its
 * last day. */
static void
add_months (const Ymd *start,
            int        months,
            char       out[11])
{
  int index = start->year * 12 + (start->month - 1) + months;
  int year = index / 12, month = index % 12 + 1;
  int last = g_date_get_days_in_month (month, year);

  g_snprintf (out, 11, "%04d-%02d-%02d", year, month, MIN (start->day, last));
}

static char *
format_amount (gint64      amount,
               const char *currency)
{
  g_autofree char *number = mz_money_format (amount, currency, NULL);

  return g_strdup_printf ("%s %s", currency ? currency : "", number);
}

/* Instalments */

gboolean
mz_schedule_is_locked (const MzInstalment *instalment)
{
  return instalment->received > 0 || instalment->written_off > 0;
}

gint64
mz_schedule_outstanding (const MzInstalment *instalment)
{
  gint64 due = instalment->amount - instalment->written_off - instalment->received;

  return MAX (due, 0);
}

gint64
mz_schedule_overpaid (const MzInstalment *instalment)
{
  gint64 over = instalment->received - (instalment->amount - instalment->written_off);

  return MAX (over, 0);
}

const char *
mz_schedule_status (const MzInstalment *instalment,
                    const char         *as_of)
{
  if (instalment->received >= instalment->amount - instalment->written_off &&
      instalment->written_off == 0)
    return "received";
  if (instalment->written_off > 0)
    return "written_off";
  if (instalment->received > 0)
    return "partly_received";
  if (as_of != NULL && strcmp (instalment->due_date, as_of) < 0)
    return "overdue";
  return "scheduled";
}

gint64
mz_schedule_sum (const GArray *instalments)
{
  gint64 sum = 0;

  for (guint i = 0; i < instalments->len; i++)
    sum += g_array_index (instalments, MzInstalment, i).amount;
  return sum;
}

gint64
mz_schedule_received (const GArray *instalments)
{
  gint64 sum = 0;

  for (guint i = 0; i < instalments->len; i++)
    sum += g_array_index (instalments, MzInstalment, i).received;
  return sum;
}

gint64
mz_schedule_written_off (const GArray *instalments)
{
  gint64 sum = 0;

  for (guint i = 0; i < instalments->len; i++)
    sum += g_array_index (instalments, MzInstalment, i).written_off;
  return sum;
}

gboolean
mz_schedule_is_settled (const GArray *instalments)
{
  if (instalments->len == 0)
    return FALSE;

  for (guint i = 0; i < instalments->len; i++)
    if (mz_schedule_outstanding (&g_array_index (instalments, MzInstalment, i)) > 0)
      return FALSE;
  return TRUE;
}

static gboolean
check_period (const char  *start,
              const char  *end,
              Ymd         *start_ymd,
              GError     **error)
{
  Ymd end_ymd;

  if (!parse_date (start, start_ymd))
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                   _("A schedule needs the start of the period as a date YYYY-MM-DD."));
      return FALSE;
    }
  if (!parse_date (end, &end_ymd))
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                   _("A schedule needs the end of the period as a date YYYY-MM-DD."));
      return FALSE;
    }
  if (strcmp (end, start) < 0)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                   _("The period ends (%s) before it starts (%s)."), end, start);
      return FALSE;
    }
  return TRUE;
}

/* The due dates of @frequency from @start up to @end, after @after (may be
 * NULL), as a GPtrArray of strings. */
static GPtrArray *
due_dates (const Ymd   *start,
           const char  *end,
           MzFrequency  frequency,
           const char  *after,
           GError     **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  int step = mz_frequency_months (frequency);

  for (int k = 0;; k++)
    {
      char date[11];

      add_months (start, k * step, date);
      if (strcmp (date, end) > 0)
        break;
      if (after != NULL && strcmp (date, after) <= 0)
        continue;
      if (dates->len >= MZ_SCHEDULE_MAX_INSTALMENTS)
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_TOO_MANY,
                       _("The schedule would have more than %d instalments; choose a less "
                         "frequent schedule or a shorter period."), MZ_SCHEDULE_MAX_INSTALMENTS);
          return NULL;
        }
      g_ptr_array_add (dates, g_strdup (date));
    }

  return g_steal_pointer (&dates);
}

/* Appends instalments on @dates sharing @total: total / n each, the last
 * one with the remainder. A total smaller than the number of dates (a few
 * yen over many months) falls entirely on the last date, so that no
 * instalment is zero. @ids (may be NULL) hands on ids in order. */
static void
spread (GArray     *out,
        GPtrArray  *dates,
        gint64      total,
        GPtrArray  *ids)
{
  gint64 n = dates->len;
  gint64 base;

  if (total < n)
    {
      g_ptr_array_remove_range (dates, 0, dates->len - 1);
      n = 1;
    }
  base = total / n;

  for (guint i = 0; i < dates->len; i++)
    {
      MzInstalment item = { 0 };

      g_strlcpy (item.due_date, dates->pdata[i], sizeof item.due_date);
      item.amount = i + 1 == dates->len ? total - base * (n - 1) : base;
      g_strlcpy (item.status, "scheduled", sizeof item.status);
      if (ids != NULL && i < ids->len)
        item.id = g_strdup (ids->pdata[i]);
      g_array_append_val (out, item);
    }
}

static gboolean
check_frequency (MzFrequency   frequency,
                 GError      **error)
{
  if (frequency == MZ_FREQUENCY_IRREGULAR)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_FREQUENCY,
                   _("An irregular schedule is entered instalment by instalment; choose "
                     "annual, semi-annual, quarterly or monthly instalments to have them planned."));
      return FALSE;
    }
  if (mz_frequency_months (frequency) == 0)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_FREQUENCY,
                   _("Choose how often instalments fall due: annual, semi-annual, quarterly or monthly."));
      return FALSE;
    }
  return TRUE;
}

GArray *
mz_schedule_generate (const char   *start,
                      const char   *end,
                      MzFrequency   frequency,
                      gint64        total,
                      GError      **error)
{
  g_autoptr(GArray) items = mz_instalment_array_new ();
  g_autoptr(GPtrArray) dates = NULL;
  Ymd start_ymd;

  if (!check_frequency (frequency, error) || !check_period (start, end, &start_ymd, error))
    return NULL;

  if (total <= 0)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                   _("A schedule needs a signed amount greater than zero."));
      return NULL;
    }

  dates = due_dates (&start_ymd, end, frequency, NULL, error);
  if (dates == NULL)
    return NULL;

  spread (items, dates, total, NULL);
  return g_steal_pointer (&items);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const MzInstalment *x = a, *y = b;

  return strcmp (x->due_date, y->due_date);
}

GArray *
mz_schedule_replan (const GArray  *current,
                    gint64         total,
                    const char    *currency,
                    const char    *start,
                    const char    *end,
                    MzFrequency    frequency,
                    GError       **error)
{
  g_autoptr(GArray) items = mz_instalment_array_new ();
  g_autoptr(GPtrArray) free_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) dates = NULL;
  const char *last_locked = NULL;
  gint64 locked_sum = 0, remaining;
  Ymd start_ymd;

  g_return_val_if_fail (current != NULL, NULL);

  if (!check_frequency (frequency, error) || !check_period (start, end, &start_ymd, error))
    return NULL;

  for (guint i = 0; i < current->len; i++)
    {
      const MzInstalment *old = &g_array_index (current, MzInstalment, i);

      if (!mz_schedule_is_locked (old))
        {
          if (old->id != NULL)
            g_ptr_array_add (free_ids, old->id);
          continue;
        }

      if (strcmp (old->due_date, start) < 0 || strcmp (old->due_date, end) > 0)
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                       _("The instalment due on %s has already received money or been written "
                         "off, so the period must still include that date."), old->due_date);
          return NULL;
        }

      {
        MzInstalment kept = *old;

        kept.id = g_strdup (old->id);
        g_array_append_val (items, kept);
      }
      locked_sum += old->amount;
      if (last_locked == NULL || strcmp (old->due_date, last_locked) > 0)
        last_locked = old->due_date;
    }

  if (total < locked_sum)
    {
      g_autofree char *locked_text = format_amount (locked_sum, currency);

      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                   _("The new amount is less than the instalments that have already received "
                     "money or been written off (%s); they cannot be reduced."),
                   locked_text);
      return NULL;
    }

  remaining = total - locked_sum;
  if (remaining > 0)
    {
      dates = due_dates (&start_ymd, end, frequency, last_locked, error);
      if (dates == NULL)
        return NULL;
      if (dates->len == 0)
        g_ptr_array_add (dates, g_strdup (end));
      spread (items, dates, remaining, free_ids);
    }

  g_array_sort (items, compare_due);
  return g_steal_pointer (&items);
}

gboolean
mz_schedule_check (const GArray  *instalments,
                   gint64         total,
                   const char    *currency,
                   const char    *start,
                   const char    *end,
                   GError       **error)
{
  gint64 sum = 0;

  g_return_val_if_fail (instalments != NULL, FALSE);

  for (guint i = 0; i < instalments->len; i++)
    {
      const MzInstalment *item = &g_array_index (instalments, MzInstalment, i);
      Ymd ymd;

      if (!parse_date (item->due_date, &ymd))
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                       _("Instalment %u: “%s” is not a date; write it as YYYY-MM-DD."),
                       i + 1, item->due_date);
          return FALSE;
        }
      if ((start != NULL && strcmp (item->due_date, start) < 0) ||
          (end != NULL && strcmp (item->due_date, end) > 0))
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES,
                       _("Instalment %u: %s is outside the commitment’s period (%s to %s)."),
                       i + 1, item->due_date, start ? start : "…", end ? end : "…");
          return FALSE;
        }
      if (item->amount <= 0)
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                       _("Instalment %u (%s): the amount must be greater than zero."),
                       i + 1, item->due_date);
          return FALSE;
        }
      if (item->written_off < 0 || item->written_off > item->amount)
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                       _("Instalment %u (%s): the written-off amount must be between zero and "
                         "the instalment’s amount."), i + 1, item->due_date);
          return FALSE;
        }
      if (__builtin_add_overflow (sum, item->amount, &sum))
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                       _("The instalments add up to more than an amount can hold."));
          return FALSE;
        }
    }

  if (sum != total)
    {
      g_autofree char *sum_text = format_amount (sum, currency);
      g_autofree char *total_text = format_amount (total, currency);
      g_autofree char *gap_text = format_amount (total - sum, currency);

      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_SUM,
                   _("The instalments add up to %s, not to the signed amount %s (difference %s)."),
                   sum_text, total_text, gap_text);
      return FALSE;
    }

  return TRUE;
}

gboolean
mz_schedule_check_edit (const GArray  *current,
                        const GArray  *proposed,
                        const char    *currency,
                        GError       **error)
{
  for (guint i = 0; i < proposed->len; i++)
    {
      const MzInstalment *item = &g_array_index (proposed, MzInstalment, i);
      gboolean known = item->id == NULL;

      for (guint j = 0; j < current->len && !known; j++)
        known = g_strcmp0 (g_array_index (current, MzInstalment, j).id, item->id) == 0;

      if (!known)
        {
          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED,
                       _("Instalment %u (%s) belongs to another schedule; reload the commitment "
                         "and edit it again."), i + 1, item->due_date);
          return FALSE;
        }
    }

  for (guint j = 0; j < current->len; j++)
    {
      const MzInstalment *old = &g_array_index (current, MzInstalment, j);
      const MzInstalment *same = NULL;

      if (!mz_schedule_is_locked (old))
        continue;

      for (guint i = 0; i < proposed->len && same == NULL; i++)
        if (g_strcmp0 (g_array_index (proposed, MzInstalment, i).id, old->id) == 0)
          same = &g_array_index (proposed, MzInstalment, i);

      if (same == NULL || strcmp (same->due_date, old->due_date) != 0 ||
          same->amount != old->amount || same->written_off != old->written_off)
        {
          g_autofree char *amount = format_amount (old->amount, currency);

          g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED,
                       old->written_off > 0
                         ? _("The instalment due on %s (%s) has been written off; it cannot be "
                             "changed or removed.")
                         : _("The instalment due on %s (%s) has already received money; it "
                             "cannot be changed or removed."),
                       old->due_date, amount);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
mz_schedule_write_off (GArray      *instalments,
                       guint        index,
                       const char  *currency,
                       GError     **error)
{
  MzInstalment *item;
  gint64 balance;

  g_return_val_if_fail (index < instalments->len, FALSE);

  item = &g_array_index (instalments, MzInstalment, index);
  balance = item->amount - item->received;
  if (balance <= 0 || item->written_off > 0)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                   _("The instalment due on %s has no unpaid balance to write off."),
                   item->due_date);
      return FALSE;
    }

  item->written_off = balance;
  g_strlcpy (item->status, "written_off", sizeof item->status);
  return TRUE;
}

/* test-schedule.c — generated schedules against hand-computed figures,
 * status, re-planning, checks, write-off, and properties over many random
 * edits: the sum always equals the signed amount and instalments that
 * received money are never rewritten, in JPY (0 decimals), CHF (2) and
 * KWD (3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "mz-schedule.h"

typedef struct
{
  const char *date;
  gint64      amount;
} Expected;

static void
assert_schedule (GArray         *items,
                 const Expected *expected,
                 guint           n)
{
  g_assert_nonnull (items);
  g_assert_cmpuint (items->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (g_array_index (items, MzInstalment, i).due_date, ==, expected[i].date);
      g_assert_cmpint (g_array_index (items, MzInstalment, i).amount, ==, expected[i].amount);
    }
}

static void
test_generate (void)
{
  g_autoptr(GError) error = NULL;
  GArray *items;

  /* EUR 1,000,000.00 over three years: 333,333.33 twice, 333,333.34 last */
  {
    static const Expected expected[] = {
      { "2024-01-01", 33333333 }, { "2025-01-01", 33333333 }, { "2026-01-01", 33333334 },
    };
    items = mz_schedule_generate ("2024-01-01", "2026-12-31", MZ_FREQUENCY_ANNUAL, 100000000, &error);
    g_assert_no_error (error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }

  /* JPY 100 quarterly from 31 January: the day follows the month's end */
  {
    static const Expected expected[] = {
      { "2024-01-31", 25 }, { "2024-04-30", 25 }, { "2024-07-31", 25 }, { "2024-10-31", 25 },
    };
    items = mz_schedule_generate ("2024-01-31", "2024-12-31", MZ_FREQUENCY_QUARTERLY, 100, &error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }

  /* KWD 1.000 monthly, a leap February: 0.333, 0.333, 0.334 */
  {
    static const Expected expected[] = {
      { "2024-01-31", 333 }, { "2024-02-29", 333 }, { "2024-03-31", 334 },
    };
    items = mz_schedule_generate ("2024-01-31", "2024-03-31", MZ_FREQUENCY_MONTHLY, 1000, &error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }

  /* semi-annual from 31 August: 28 February in a common year */
  {
    static const Expected expected[] = {
      { "2024-08-31", 33333 }, { "2025-02-28", 33333 }, { "2025-08-31", 33334 },
    };
    items = mz_schedule_generate ("2024-08-31", "2025-08-31", MZ_FREQUENCY_SEMIANNUAL, 100000, &error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }

  /* a period shorter than one interval: one instalment on the start */
  {
    static const Expected expected[] = { { "2024-03-15", 500000 } };
    items = mz_schedule_generate ("2024-03-15", "2024-12-31", MZ_FREQUENCY_ANNUAL, 500000, &error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }

  /* JPY 5 over 12 months: too small to spread, it falls on the last date */
  {
    static const Expected expected[] = { { "2024-12-01", 5 } };
    items = mz_schedule_generate ("2024-01-01", "2024-12-31", MZ_FREQUENCY_MONTHLY, 5, &error);
    assert_schedule (items, expected, G_N_ELEMENTS (expected));
    g_array_unref (items);
  }
  g_assert_no_error (error);

  /* refused */
  g_assert_null (mz_schedule_generate ("2025-01-01", "2024-12-31", MZ_FREQUENCY_ANNUAL, 100, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);
  g_assert_null (mz_schedule_generate ("2024-02-30", "2024-12-31", MZ_FREQUENCY_ANNUAL, 100, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);
  g_assert_null (mz_schedule_generate (NULL, "2024-12-31", MZ_FREQUENCY_ANNUAL, 100, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);
  g_assert_null (mz_schedule_generate ("2024-01-01", "2024-12-31", MZ_FREQUENCY_IRREGULAR, 100, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_FREQUENCY);
  g_clear_error (&error);
  g_assert_null (mz_schedule_generate ("2024-01-01", "2024-12-31", MZ_FREQUENCY_ANNUAL, 0, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_null (mz_schedule_generate ("2024-01-01", "2099-12-31", MZ_FREQUENCY_MONTHLY, 100000, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_TOO_MANY);
  g_clear_error (&error);

  g_assert_cmpint (mz_frequency_from_string ("quarterly"), ==, MZ_FREQUENCY_QUARTERLY);
  g_assert_cmpint (mz_frequency_from_string ("weekly"), ==, MZ_FREQUENCY_INVALID);
  g_assert_cmpstr (mz_frequency_to_string (MZ_FREQUENCY_SEMIANNUAL), ==, "semiannual");
}

static MzInstalment
item (const char *date,
      gint64      amount,
      gint64      received,
      gint64      written_off)
{
  MzInstalment i = { 0 };

  g_strlcpy (i.due_date, date, sizeof i.due_date);
  i.amount = amount;
  i.received = received;
  i.written_off = written_off;
  return i;
}

static void
test_status (void)
{
  MzInstalment due = item ("2024-06-30", 1000, 0, 0);
  MzInstalment part = item ("2024-06-30", 1000, 400, 0);
  MzInstalment paid = item ("2024-06-30", 1000, 1000, 0);
  MzInstalment over = item ("2024-06-30", 1000, 1500, 0);
  MzInstalment off = item ("2024-06-30", 1000, 0, 1000);
  MzInstalment part_off = item ("2024-06-30", 1000, 400, 600);

  g_assert_cmpstr (mz_schedule_status (&due, "2024-06-30"), ==, "scheduled");
  g_assert_cmpstr (mz_schedule_status (&due, "2024-07-01"), ==, "overdue");
  g_assert_cmpstr (mz_schedule_status (&part, "2024-07-01"), ==, "partly_received");
  g_assert_cmpstr (mz_schedule_status (&paid, "2030-01-01"), ==, "received");
  g_assert_cmpstr (mz_schedule_status (&over, "2030-01-01"), ==, "received");
  g_assert_cmpstr (mz_schedule_status (&off, "2030-01-01"), ==, "written_off");
  g_assert_cmpstr (mz_schedule_status (&part_off, "2030-01-01"), ==, "written_off");

  g_assert_cmpint (mz_schedule_outstanding (&due), ==, 1000);
  g_assert_cmpint (mz_schedule_outstanding (&part), ==, 600);
  g_assert_cmpint (mz_schedule_outstanding (&over), ==, 0);
  g_assert_cmpint (mz_schedule_outstanding (&part_off), ==, 0);
  g_assert_cmpint (mz_schedule_overpaid (&over), ==, 500);
  g_assert_cmpint (mz_schedule_overpaid (&paid), ==, 0);
  g_assert_false (mz_schedule_is_locked (&due));
  g_assert_true (mz_schedule_is_locked (&part));
  g_assert_true (mz_schedule_is_locked (&off));
}

static GArray *
three_years (void)
{
  GArray *items = mz_instalment_array_new ();
  MzInstalment a = item ("2024-01-01", 30000, 30000, 0);
  MzInstalment b = item ("2025-01-01", 30000, 0, 0);
  MzInstalment c = item ("2026-01-01", 30000, 0, 0);

  a.id = g_strdup ("id-a");
  b.id = g_strdup ("id-b");
  c.id = g_strdup ("id-c");
  g_array_append_val (items, a);
  g_array_append_val (items, b);
  g_array_append_val (items, c);
  return items;
}

static void
test_replan (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) current = three_years ();
  GArray *plan;

  /* CHF 900 in three years, the first 300 received; the amount becomes
   * 1,200: the received one stays, 900 over 2025 and 2026 */
  {
    static const Expected expected[] = {
      { "2024-01-01", 30000 }, { "2025-01-01", 45000 }, { "2026-01-01", 45000 },
    };
    plan = mz_schedule_replan (current, 120000, "CHF", "2024-01-01", "2026-12-31",
                               MZ_FREQUENCY_ANNUAL, &error);
    g_assert_no_error (error);
    assert_schedule (plan, expected, G_N_ELEMENTS (expected));
    /* ids handed on: the rows are updated, not replaced */
    g_assert_cmpstr (g_array_index (plan, MzInstalment, 0).id, ==, "id-a");
    g_assert_cmpstr (g_array_index (plan, MzInstalment, 1).id, ==, "id-b");
    g_assert_cmpstr (g_array_index (plan, MzInstalment, 2).id, ==, "id-c");
    g_assert_cmpint (g_array_index (plan, MzInstalment, 0).received, ==, 30000);
    g_assert_true (mz_schedule_check_edit (current, plan, "CHF", &error));
    g_array_unref (plan);
  }

  /* semi-annual over the same period: after 2024-01-01 come five dates */
  {
    static const Expected expected[] = {
      { "2024-01-01", 30000 }, { "2024-07-01", 12000 }, { "2025-01-01", 12000 },
      { "2025-07-01", 12000 }, { "2026-01-01", 12000 }, { "2026-07-01", 12000 },
    };
    plan = mz_schedule_replan (current, 90000, "CHF", "2024-01-01", "2026-12-31",
                               MZ_FREQUENCY_SEMIANNUAL, &error);
    assert_schedule (plan, expected, G_N_ELEMENTS (expected));
    g_assert_cmpstr (g_array_index (plan, MzInstalment, 1).id, ==, "id-b");
    g_assert_cmpstr (g_array_index (plan, MzInstalment, 2).id, ==, "id-c");
    g_assert_null (g_array_index (plan, MzInstalment, 3).id);
    g_array_unref (plan);
  }

  /* the period shortened to 2024: the rest falls on its end */
  {
    static const Expected expected[] = { { "2024-01-01", 30000 }, { "2024-12-31", 60000 } };
    plan = mz_schedule_replan (current, 90000, "CHF", "2024-01-01", "2024-12-31",
                               MZ_FREQUENCY_ANNUAL, &error);
    assert_schedule (plan, expected, G_N_ELEMENTS (expected));
    g_array_unref (plan);
  }

  /* the amount cut to what was received: only the received one remains */
  {
    static const Expected expected[] = { { "2024-01-01", 30000 } };
    plan = mz_schedule_replan (current, 30000, "CHF", "2024-01-01", "2026-12-31",
                               MZ_FREQUENCY_ANNUAL, &error);
    assert_schedule (plan, expected, G_N_ELEMENTS (expected));
    g_array_unref (plan);
  }
  g_assert_no_error (error);

  /* refused: below what was received; a received instalment outside the period */
  g_assert_null (mz_schedule_replan (current, 29999, "CHF", "2024-01-01", "2026-12-31",
                                     MZ_FREQUENCY_ANNUAL, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_assert_nonnull (strstr (error->message, "300.00"));
  g_clear_error (&error);
  g_assert_null (mz_schedule_replan (current, 90000, "CHF", "2024-02-01", "2026-12-31",
                                     MZ_FREQUENCY_ANNUAL, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_assert_nonnull (strstr (error->message, "2024-01-01"));
  g_clear_error (&error);
  g_assert_null (mz_schedule_replan (current, 90000, "CHF", "2024-01-01", "2026-12-31",
                                     MZ_FREQUENCY_IRREGULAR, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_FREQUENCY);
}

static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) current = three_years ();
  g_autoptr(GArray) edit = NULL;

  g_assert_true (mz_schedule_check (current, 90000, "CHF", "2024-01-01", "2026-12-31", &error));
  g_assert_no_error (error);

  /* the sum: the message gives both figures and the difference */
  g_assert_false (mz_schedule_check (current, 100000, "CHF", "2024-01-01", "2026-12-31", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_SUM);
  g_assert_nonnull (strstr (error->message, "900.00"));
  g_assert_nonnull (strstr (error->message, "1000.00"));
  g_assert_nonnull (strstr (error->message, "100.00"));
  g_clear_error (&error);

  /* a date outside the period */
  g_assert_false (mz_schedule_check (current, 90000, "CHF", "2024-01-02", "2026-12-31", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);

  /* an amount of zero; an impossible date */
  edit = mz_instalment_array_copy (current);
  g_array_index (edit, MzInstalment, 1).amount = 0;
  g_array_index (edit, MzInstalment, 2).amount = 60000;
  g_assert_false (mz_schedule_check (edit, 90000, "CHF", NULL, NULL, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_clear_error (&error);
  g_strlcpy (g_array_index (edit, MzInstalment, 1).due_date, "2025-02-30", 11);
  g_assert_false (mz_schedule_check (edit, 90000, "CHF", NULL, NULL, &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_DATES);
  g_clear_error (&error);
  g_clear_pointer (&edit, g_array_unref);

  /* an irregular edit may move unpaid instalments... */
  edit = mz_instalment_array_copy (current);
  g_strlcpy (g_array_index (edit, MzInstalment, 1).due_date, "2025-06-30", 11);
  g_array_index (edit, MzInstalment, 1).amount = 10000;
  g_array_index (edit, MzInstalment, 2).amount = 50000;
  g_assert_true (mz_schedule_check_edit (current, edit, "CHF", &error));
  g_assert_true (mz_schedule_check (edit, 90000, "CHF", "2024-01-01", "2026-12-31", &error));
  g_assert_no_error (error);

  /* ...but not the received one: not its amount, date, nor remove it */
  g_array_index (edit, MzInstalment, 0).amount = 30001;
  g_assert_false (mz_schedule_check_edit (current, edit, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "2024-01-01"));
  g_clear_error (&error);
  g_array_index (edit, MzInstalment, 0).amount = 30000;
  g_strlcpy (g_array_index (edit, MzInstalment, 0).due_date, "2024-01-02", 11);
  g_assert_false (mz_schedule_check_edit (current, edit, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED);
  g_clear_error (&error);
  g_array_remove_index (edit, 0);
  g_assert_false (mz_schedule_check_edit (current, edit, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED);
  g_clear_error (&error);

  /* an id from elsewhere */
  g_free (g_array_index (edit, MzInstalment, 0).id);
  g_array_index (edit, MzInstalment, 0).id = g_strdup ("id-x");
  g_assert_false (mz_schedule_check_edit (current, edit, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_LOCKED);
}

static void
test_write_off (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = three_years ();

  g_array_index (items, MzInstalment, 1).received = 10000;
  g_assert_true (mz_schedule_write_off (items, 1, "CHF", &error));
  g_assert_no_error (error);
  /* written off, not deleted: the amount and the sum stay */
  g_assert_cmpint (g_array_index (items, MzInstalment, 1).amount, ==, 30000);
  g_assert_cmpint (g_array_index (items, MzInstalment, 1).written_off, ==, 20000);
  g_assert_cmpstr (g_array_index (items, MzInstalment, 1).status, ==, "written_off");
  g_assert_cmpint (mz_schedule_sum (items), ==, 90000);
  g_assert_cmpint (mz_schedule_written_off (items), ==, 20000);
  g_assert_false (mz_schedule_is_settled (items));

  /* nothing left to write off */
  g_assert_false (mz_schedule_write_off (items, 1, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_false (mz_schedule_write_off (items, 0, "CHF", &error));
  g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
  g_clear_error (&error);

  g_array_index (items, MzInstalment, 2).received = 30000;
  g_assert_true (mz_schedule_is_settled (items));
}

/* Properties */

static char *
random_date (int year_from,
             int year_to)
{
  int year = g_test_rand_int_range (year_from, year_to + 1);
  int month = g_test_rand_int_range (1, 13);
  int day = g_test_rand_int_range (1, g_date_get_days_in_month (month, year) + 1);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static MzFrequency
random_frequency (void)
{
  return (MzFrequency) g_test_rand_int_range (MZ_FREQUENCY_ANNUAL, MZ_FREQUENCY_MONTHLY + 1);
}

typedef struct
{
  char   id[16];
  char   due_date[11];
  gint64 amount;
  gint64 received;
  gint64 written_off;
} Snapshot;

/* The locked instalments, to compare after an edit. */
static GArray *
snapshot_locked (GArray *items)
{
  GArray *locked = g_array_new (FALSE, TRUE, sizeof (Snapshot));

  for (guint i = 0; i < items->len; i++)
    {
      MzInstalment *it = &g_array_index (items, MzInstalment, i);
      Snapshot s = { { 0 } };

      if (!mz_schedule_is_locked (it))
        continue;
      g_strlcpy (s.id, it->id, sizeof s.id);
      g_strlcpy (s.due_date, it->due_date, sizeof s.due_date);
      s.amount = it->amount;
      s.received = it->received;
      s.written_off = it->written_off;
      g_array_append_val (locked, s);
    }
  return locked;
}

static void
assert_locked_kept (GArray *locked,
                    GArray *items)
{
  for (guint j = 0; j < locked->len; j++)
    {
      Snapshot *s = &g_array_index (locked, Snapshot, j);
      gboolean found = FALSE;

      for (guint i = 0; i < items->len && !found; i++)
        {
          MzInstalment *it = &g_array_index (items, MzInstalment, i);

          if (g_strcmp0 (it->id, s->id) != 0)
            continue;
          found = TRUE;
          g_assert_cmpstr (it->due_date, ==, s->due_date);
          g_assert_cmpint (it->amount, ==, s->amount);
          g_assert_cmpint (it->received, ==, s->received);
          g_assert_cmpint (it->written_off, ==, s->written_off);
        }
      g_assert_true (found);
    }
}

/* Gives ids to new instalments, as saving them would. */
static void
assign_ids (GArray *items,
            guint  *next_id)
{
  for (guint i = 0; i < items->len; i++)
    {
      MzInstalment *it = &g_array_index (items, MzInstalment, i);

      if (it->id == NULL)
        it->id = g_strdup_printf ("i-%u", (*next_id)++);
    }
}

static void
test_properties (void)
{
  static const struct { const char *code; gint64 unit; } currencies[] = {
    { "JPY", 1 }, { "CHF", 100 }, { "KWD", 1000 },
  };
  guint n_cases = g_test_thorough () ? 3000 : 600;

  for (guint c = 0; c < n_cases; c++)
    {
      g_autoptr(GError) error = NULL;
      const char *currency = currencies[c % G_N_ELEMENTS (currencies)].code;
      gint64 unit = currencies[c % G_N_ELEMENTS (currencies)].unit;
      g_autofree char *start = random_date (2020, 2026);
      g_autofree char *end = NULL;
      gint64 total = (gint64) g_test_rand_int_range (1, 5000000) * unit + g_test_rand_int_range (0, (int) unit);
      GArray *items;
      guint next_id = 0;

      do
        {
          g_free (end);
          end = random_date (2020, 2031);
        }
      while (strcmp (end, start) < 0);

      items = mz_schedule_generate (start, end, random_frequency (), total, &error);
      g_assert_no_error (error);
      g_assert_cmpint (mz_schedule_sum (items), ==, total);
      g_assert_true (mz_schedule_check (items, total, currency, start, end, &error));
      g_assert_no_error (error);
      assign_ids (items, &next_id);

      for (int step = 0; step < 12; step++)
        {
          g_autoptr(GArray) locked = NULL;
          int action = g_test_rand_int_range (0, 4);
          guint index = g_test_rand_int_range (0, items->len);
          MzInstalment *it = &g_array_index (items, MzInstalment, index);

          if (action == 0 && mz_schedule_outstanding (it) > 0)
            {
              /* money arrives: part or all of what is due, now and then more */
              gint64 due = mz_schedule_outstanding (it);
              gint64 paid = g_test_rand_bit () ? due : 1 + (gint64) (g_test_rand_double () * (double) due);

              it->received += MIN (paid, due) + (g_test_rand_int_range (0, 20) == 0 ? 1 : 0);
              continue;
            }
          if (action == 1 && it->written_off == 0 && it->amount > it->received)
            {
              g_assert_true (mz_schedule_write_off (items, index, currency, &error));
              g_assert_no_error (error);
              g_assert_cmpint (mz_schedule_sum (items), ==, total);
              continue;
            }

          /* a re-plan: new amount (at least what is locked), new period
           * around the locked dates, new frequency */
          {
            GArray *plan;
            gint64 locked_sum = 0;
            g_autofree char *new_start = NULL;
            g_autofree char *new_end = NULL;
            const char *first_locked = NULL, *last_locked = NULL;

            locked = snapshot_locked (items);
            for (guint j = 0; j < locked->len; j++)
              {
                Snapshot *s = &g_array_index (locked, Snapshot, j);

                locked_sum += s->amount;
                if (first_locked == NULL || strcmp (s->due_date, first_locked) < 0)
                  first_locked = s->due_date;
                if (last_locked == NULL || strcmp (s->due_date, last_locked) > 0)
                  last_locked = s->due_date;
              }

            new_start = random_date (2019, 2026);
            if (first_locked != NULL && strcmp (new_start, first_locked) > 0)
              g_strlcpy (new_start, first_locked, 11);
            do
              {
                g_free (new_end);
                new_end = random_date (2019, 2032);
              }
            while (strcmp (new_end, new_start) < 0 ||
                   (last_locked != NULL && strcmp (new_end, last_locked) < 0));

            total = locked_sum + (locked_sum > 0 && g_test_rand_int_range (0, 10) == 0 ? 0 :
                                  (gint64) g_test_rand_int_range (1, 3000000) * unit);

            plan = mz_schedule_replan (items, total, currency, new_start, new_end,
                                       random_frequency (), &error);
            g_assert_no_error (error);
            g_assert_cmpint (mz_schedule_sum (plan), ==, total);
            g_assert_true (mz_schedule_check_edit (items, plan, currency, &error));
            g_assert_true (mz_schedule_check (plan, total, currency, new_start, new_end, &error));
            g_assert_no_error (error);
            assert_locked_kept (locked, plan);

            /* below the locked amounts: refused, nothing changes */
            if (locked_sum > 0)
              {
                g_assert_null (mz_schedule_replan (items, locked_sum - 1, currency, new_start,
                                                   new_end, MZ_FREQUENCY_ANNUAL, &error));
                g_assert_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT);
                g_clear_error (&error);
              }

            g_array_unref (items);
            items = plan;
            assign_ids (items, &next_id);
            g_free (start);
            g_free (end);
            start = g_steal_pointer (&new_start);
            end = g_steal_pointer (&new_end);
          }
        }

      g_assert_cmpint (mz_schedule_sum (items), ==, total);
      g_array_unref (items);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/generate", test_generate);
  g_test_add_func ("/schedule/status", test_status);
  g_test_add_func ("/schedule/replan", test_replan);
  g_test_add_func ("/schedule/check", test_check);
  g_test_add_func ("/schedule/write-off", test_write_off);
  g_test_add_func ("/schedule/properties", test_properties);

  return g_test_run ();
}

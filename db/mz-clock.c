/* mz-clock.c — hybrid logical clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-clock"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mz-clock.h"

static gboolean
digits (const char *p,
        guint       n,
        int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

static gboolean
lower_hex (const char *p,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isxdigit (p[i]) || g_ascii_isupper (p[i]))
      return FALSE;
  return TRUE;
}

/* Exactly the format mz_clock_tick() writes, nothing looser: values are
 * compared as text, so two spellings of one instant must not exist. */
gint64
mz_clock_parse_ms (const char *value,
                   guint      *counter)
{
  g_autoptr(GDateTime) dt = NULL;
  int year, month, day, hour, minute, second, ms;

  if (value == NULL || strlen (value) != MZ_CLOCK_LEN)
    return -1;

  if (value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' ||
      value[16] != ':' || value[19] != '.' || value[23] != 'Z' || value[24] != '-' ||
      value[29] != '-')
    return -1;

  if (!digits (value, 4, &year) || !digits (value + 5, 2, &month) ||
      !digits (value + 8, 2, &day) || !digits (value + 11, 2, &hour) ||
      !digits (value + 14, 2, &minute) || !digits (value + 17, 2, &second) ||
      !digits (value + 20, 3, &ms) || !lower_hex (value + 25, 4) || !lower_hex (value + 30, 16))
    return -1;

  if (hour > 23 || minute > 59 || second > 59)
    return -1;

  dt = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (dt == NULL)
    return -1;

  if (counter)
    *counter = (guint) g_ascii_strtoull (value + 25, NULL, 16);

  return g_date_time_to_unix (dt) * 1000 + ms;
}

void
mz_clock_init (MzClock    *clock,
               const char *node,
               const char *last)
{
  guint counter = 0;
  gint64 ms;

  memset (clock, 0, sizeof *clock);
  /* The node is 16 hex digits, or the values would not be MZ_CLOCK_LEN
   * long and would not sort. */
  if (node != NULL && strlen (node) == 16 && lower_hex (node, 16))
    memcpy (clock->node, node, 17);
  else
    {
      g_warn_if_fail (node == NULL);
      memcpy (clock->node, "0000000000000000", 17);
    }

  ms = mz_clock_parse_ms (last, &counter);
  if (ms >= 0)
    {
      clock->ms = ms;
      clock->counter = counter;
    }
}

static void
format (const MzClock *clock,
        char           buf[MZ_CLOCK_LEN + 1])
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (clock->ms / 1000);

  g_snprintf (buf, MZ_CLOCK_LEN + 1, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ-%04x-%s",
              g_date_time_get_year (dt), g_date_time_get_month (dt),
              g_date_time_get_day_of_month (dt), g_date_time_get_hour (dt),
              g_date_time_get_minute (dt), g_date_time_get_second (dt),
              (int) (clock->ms % 1000), clock->counter & 0xffff, clock->node);
}

void
mz_clock_tick (MzClock *clock,
               char     buf[MZ_CLOCK_LEN + 1])
{
  gint64 now = g_get_real_time () / 1000;

  if (now > clock->ms)
    {
      clock->ms = now;
      clock->counter = 0;
    }
  else if (++clock->counter > 0xffff)
    {
      clock->ms++;
      clock->counter = 0;
    }

  format (clock, buf);
}

gboolean
mz_clock_observe (MzClock    *clock,
                  const char *remote)
{
  guint counter = 0;
  gint64 ms = mz_clock_parse_ms (remote, &counter);

  if (ms < 0)
    return FALSE;

  if (ms > clock->ms || (ms == clock->ms && counter > clock->counter))
    {
      clock->ms = ms;
      clock->counter = counter;
    }

  return TRUE;
}

/* mz-clock.c — hybrid logical clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-clock"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mz-clock.h"

gint64
mz_clock_parse_ms (const char *value,
                   guint      *counter)
{
  g_autoptr(GDateTime) dt = NULL;
  char iso[25];
  guint64 c;
  char *end = NULL;

  if (value == NULL || strlen (value) != MZ_CLOCK_LEN || value[24] != '-' || value[29] != '-')
    return -1;

  memcpy (iso, value, 24);
  iso[24] = '\0';
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  if (dt == NULL)
    return -1;

  c = g_ascii_strtoull (value + 25, &end, 16);
  if (end != value + 29)
    return -1;
  if (counter)
    *counter = (guint) c;

  return g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
}

void
mz_clock_init (MzClock    *clock,
               const char *node,
               const char *last)
{
  guint counter = 0;
  gint64 ms;

  memset (clock, 0, sizeof *clock);
  g_strlcpy (clock->node, node ? node : "0000000000000000", sizeof clock->node);

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

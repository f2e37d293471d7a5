/* mz-id.c — UUIDv7 keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-id"

#include "config.h"

#include <string.h>
#include <sys/random.h>

#include "mz-id.h"

static GMutex id_lock;
static gint64 last_ms = -1;
static guint  last_counter;

/* Random bytes are drawn from the kernel in blocks: one getrandom() call
 * per id made bulk loads slow where system calls are expensive. */
static guint8 pool[4096];
static gsize  pool_used = sizeof pool;

static void
fill_random (guint8 *buf,
             gsize   len)
{
  gsize done = 0;

  while (done < len)
    {
      gssize n = getrandom (buf + done, len - done, 0);

      if (n > 0)
        done += n;
      else
        {
          /* getrandom() only fails on ancient kernels; GLib's PRNG is a
           * reasonable fallback for the random tail of an id. */
          for (; done < len; done++)
            buf[done] = g_random_int_range (0, 256);
        }
    }
}

void
mz_id_new_into (char buf[MZ_ID_LEN + 1])
{
  static const char hex[] = "0123456789abcdef";
  guint8 b[16];
  gint64 ms;
  guint counter;
  guint i, j;

  g_mutex_lock (&id_lock);
  if (pool_used + sizeof b > sizeof pool)
    {
      fill_random (pool, sizeof pool);
      pool_used = 0;
    }
  memcpy (b, pool + pool_used, sizeof b);
  /* Used bytes are wiped so they can never be handed out twice. */
  memset (pool + pool_used, 0, sizeof b);
  pool_used += sizeof b;

  ms = g_get_real_time () / 1000;
  if (ms <= last_ms)
    {
      /* Same millisecond (or the clock went back): keep order with the
       * counter; if it overflows, borrow the next millisecond. */
      ms = last_ms;
      counter = last_counter + 1;
      if (counter > 0xfff)
        {
          ms++;
          counter = b[6] & 0x07;
        }
    }
  else
    {
      /* Seed the counter low so that many ids fit in one millisecond. */
      counter = ((b[6] & 0x07) << 8) | b[7];
    }
  last_ms = ms;
  last_counter = counter;
  g_mutex_unlock (&id_lock);

  b[0] = (ms >> 40) & 0xff;
  b[1] = (ms >> 32) & 0xff;
  b[2] = (ms >> 24) & 0xff;
  b[3] = (ms >> 16) & 0xff;
  b[4] = (ms >> 8) & 0xff;
  b[5] = ms & 0xff;
  b[6] = 0x70 | ((counter >> 8) & 0x0f);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);

  for (i = 0, j = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        buf[j++] = '-';
      buf[j++] = hex[b[i] >> 4];
      buf[j++] = hex[b[i] & 0x0f];
    }
  buf[j] = '\0';
}

char *
mz_id_new (void)
{
  char *buf = g_malloc (MZ_ID_LEN + 1);

  mz_id_new_into (buf);
  return buf;
}

gboolean
mz_id_is_valid (const char *id)
{
  guint i;

  if (id == NULL || strlen (id) != MZ_ID_LEN)
    return FALSE;

  for (i = 0; i < MZ_ID_LEN; i++)
    {
      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (id[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isxdigit (id[i]) || g_ascii_isupper (id[i]))
        return FALSE;
    }

  return id[14] == '7' && strchr ("89ab", id[19]) != NULL;
}

gint64
mz_id_get_unix_ms (const char *id)
{
  char hex[13];

  if (!mz_id_is_valid (id))
    return -1;

  memcpy (hex, id, 8);
  memcpy (hex + 8, id + 9, 4);
  hex[12] = '\0';
  return g_ascii_strtoll (hex, NULL, 16);
}

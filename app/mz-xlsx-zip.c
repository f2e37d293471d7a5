/* mz-xlsx-zip.c — the zip step of the workbook: igzip level 1, on every core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"
#define _GNU_SOURCE  /* RTLD_NEXT */

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include <xlsxwriter/third_party/zip.h>
#include <zlib.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include "mz-xlsx-private.h"

/* The zip step. libxlsxwriter 1.1.4 deflates every part of the file at
 * zlib's default level (6), on the calling thread, and offers no option to
 * change either; at the benchmark size (325 MB of sheet XML) that alone
 * took 7.7 s, two thirds of it in zlib.
 *
 * Debian's libxlsxwriter calls minizip's functions from libminizip.so.1;
 * a definition in the program comes first in symbol lookup, so the ones
 * below are called, and pass the calls on to minizip's (found with
 * RTLD_NEXT). A part opened by libxlsxwriter is opened "raw" instead: the
 * XML it writes is cut into blocks of BLOCK_SIZE bytes, which threads of a
 * pool deflate with ISA-L's igzip at level 1 at the same time (igzip, from
 * Debian's libisal2, is made for this: 0.23 s of CPU for the 157 MB
 * Instalments sheet where zlib's level 1 took 1.75 s, and the file is
 * smaller), each block primed with the 32 KiB before it and ended on a
 * byte boundary, as pigz does; the calling thread writes them to the zip
 * file in order, and closes the part with the CRC-32 of the whole,
 * combined from the blocks' (crc32_combine()), and its length. Only the
 * calling thread touches the zip file.
 *
 * A libxlsxwriter built with its own copy of minizip never calls these:
 * files are then written at level 6 on one thread, nothing else changes. */

#define ZIP_LEVEL   1
#define BLOCK_SIZE  (512 * 1024)
#define WINDOW      32768

typedef int (*ZipOpenFunc) (zipFile, const char *, const zip_fileinfo *, const void *, uInt,
                            const void *, uInt, const char *, int, int, int, int, int, int,
                            const char *, uLong, uLong, uLong, int);
typedef int (*ZipWriteFunc) (zipFile, const void *, unsigned);
typedef int (*ZipCloseFileFunc) (zipFile);
typedef int (*ZipCloseFileRawFunc) (zipFile, ZPOS64_T, uLong);
typedef int (*ZipCloseFunc) (zipFile, const char *);

typedef struct
{
  ZipOpenFunc         open;
  ZipWriteFunc        write;
  ZipCloseFileFunc    close_file;
  ZipCloseFileRawFunc close_file_raw;
  ZipCloseFunc        close;
} Next;

typedef struct _Stream Stream;

typedef struct
{
  Stream   *stream;
  guchar   *in;
  gsize     in_len;
  guchar    dict[WINDOW];
  gsize     dict_len;
  gboolean  last;
  guchar   *out;
  gsize     out_len;
  uLong     crc;
  gboolean  done;   /* under the stream's lock */
  gboolean  failed;
} Block;

/* A part being written, or a segment of rows (then @sink is set and
 * @file is NULL). */
struct _Stream
{
  zipFile   file;
  FILE     *sink;         /* a segment's deflated blocks go here */
  GQueue    splices;      /* MzXlsxSplice, in order: for a part */
  gsize     matched;      /* bytes of the head splice's marker held back */
  GMutex    lock;
  GCond     cond;
  GQueue    pending;      /* Block, in order; the caller's */
  Block    *filling;
  guchar    tail[WINDOW]; /* the last bytes given before @filling */
  gsize     tail_len;
  uLong     crc;
  ZPOS64_T  total;
  int       error;        /* the first */
  int       sink_errno;   /* why writing to @sink failed */
};

/* A segment of a sheet's rows, deflated as they are written
 * (mz-xlsx-rows.c), and put into its part when the part is zipped. */
struct _MzXlsxSegment
{
  Stream stream;
};

static GMutex streams_lock;
static GHashTable *streams;  /* zipFile → Stream, under streams_lock */
static GThreadPool *pool;    /* NULL: one core, blocks deflated by the caller */
static guint max_pending;

/* Helpers */

static const Next *
next (void)
{
  static gsize resolved = 0;
  static Next functions;

  if (g_once_init_enter (&resolved))
    {
      functions.open = (ZipOpenFunc) dlsym (RTLD_NEXT, "zipOpenNewFileInZip4_64");
      functions.write = (ZipWriteFunc) dlsym (RTLD_NEXT, "zipWriteInFileInZip");
      functions.close_file = (ZipCloseFileFunc) dlsym (RTLD_NEXT, "zipCloseFileInZip");
      functions.close_file_raw = (ZipCloseFileRawFunc) dlsym (RTLD_NEXT, "zipCloseFileInZipRaw64");
      functions.close = (ZipCloseFunc) dlsym (RTLD_NEXT, "zipClose");
      g_once_init_leave (&resolved, 1);
    }
  return &functions;
}

static gboolean
can_deflate_here (void)
{
  const Next *n = next ();

  return n->open != NULL && n->write != NULL && n->close_file != NULL &&
         n->close_file_raw != NULL && n->close != NULL;
}

static void
block_free (Block *block)
{
  g_free (block->in);
  g_free (block->out);
  g_free (block);
}

/* Raw deflate of one block with ISA-L's igzip at its level 1 (7 times
 * faster than zlib's level 1 on sheet XML, and a smaller file): a sync
 * flush ends the block on a byte boundary, so that the next block's
 * deflate stream follows it; the last finishes. */
static void
deflate_block (Block *block)
{
  struct isal_zstream z;
  guint8 *level_buf;
  gsize capacity;

  block->crc = crc32_gzip_refl (0, block->in, block->in_len);
  level_buf = g_malloc (ISAL_DEF_LVL1_DEFAULT);
  isal_deflate_init (&z);
  z.level = ZIP_LEVEL;
  z.level_buf = level_buf;
  z.level_buf_size = ISAL_DEF_LVL1_DEFAULT;
  z.gzip_flag = IGZIP_DEFLATE;
  z.flush = SYNC_FLUSH;
  z.end_of_stream = block->last;
  if (block->dict_len > 0 && isal_deflate_set_dict (&z, block->dict, block->dict_len) != COMP_OK)
    block->failed = TRUE;

  /* Stored blocks at worst, and their headers. */
  capacity = block->in_len + block->in_len / 8 + 1024;
  block->out = g_malloc (capacity);
  z.next_in = block->in;
  z.avail_in = block->in_len;
  z.next_out = block->out;
  z.avail_out = capacity;

  while (!block->failed)
    {
      if (isal_deflate (&z) != COMP_OK)
        {
          block->failed = TRUE;
          break;
        }
      if (z.avail_in == 0 && z.avail_out > 0 &&
          z.internal_state.state == (block->last ? ZSTATE_END : ZSTATE_NEW_HDR))
        break;
      if (z.avail_out > 0)
        continue;
      /* Out of room (should not happen): more. */
      block->out = g_realloc (block->out, capacity * 2);
      z.next_out = block->out + capacity;
      z.avail_out = capacity;
      capacity *= 2;
    }

  block->out_len = capacity - z.avail_out;
  g_free (level_buf);
  g_clear_pointer (&block->in, g_free);
}

static void
pool_cb (gpointer data,
         gpointer user_data)
{
  Block *block = data;
  Stream *stream = block->stream;

  deflate_block (block);
  g_mutex_lock (&stream->lock);
  block->done = TRUE;
  g_cond_broadcast (&stream->cond);
  g_mutex_unlock (&stream->lock);
}

static void
ensure_pool (void)
{
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      guint n = MIN (g_get_num_processors (), 8);

      streams = g_hash_table_new (NULL, NULL);
      if (n > 1)
        pool = g_thread_pool_new (pool_cb, NULL, n, FALSE, NULL);
      max_pending = 2 * MAX (n, 1) + 1;
      g_once_init_leave (&made, 1);
    }
}

static Stream *
find_stream (zipFile  file,
             gboolean take)
{
  Stream *stream;

  if (streams == NULL)
    return NULL;

  g_mutex_lock (&streams_lock);
  stream = g_hash_table_lookup (streams, file);
  if (stream != NULL && take)
    g_hash_table_remove (streams, file);
  g_mutex_unlock (&streams_lock);
  return stream;
}

/* Writes, in order, the blocks at the head that are deflated; waits for
 * the head while more than @keep blocks are pending (0: writes them all). */
static void
write_ready (Stream *stream,
             guint   keep)
{
  for (;;)
    {
      Block *block = g_queue_peek_head (&stream->pending);
      gboolean done;

      if (block == NULL)
        return;

      g_mutex_lock (&stream->lock);
      while (!block->done && g_queue_get_length (&stream->pending) > keep)
        g_cond_wait (&stream->cond, &stream->lock);
      done = block->done;
      g_mutex_unlock (&stream->lock);
      if (!done)
        return;

      g_queue_pop_head (&stream->pending);
      if (block->failed && stream->error == ZIP_OK)
        stream->error = ZIP_INTERNALERROR;
      if (stream->error == ZIP_OK && stream->sink != NULL)
        {
          if (fwrite (block->out, 1, block->out_len, stream->sink) != block->out_len)
            {
              stream->sink_errno = errno != 0 ? errno : EIO;
              stream->error = ZIP_ERRNO;
            }
        }
      else if (stream->error == ZIP_OK)
        {
          int rc = next ()->write (stream->file, block->out, block->out_len);

          if (rc != ZIP_OK)
            stream->error = rc;
        }
      stream->crc = crc32_combine (stream->crc, block->crc, block->in_len);
      stream->total += block->in_len;
      block_free (block);
    }
}

static Block *
block_new (Stream *stream)
{
  Block *block = g_new0 (Block, 1);

  block->stream = stream;
  block->in = g_malloc (BLOCK_SIZE);
  return block;
}

/* Hands the filling block to the pool (or deflates it here). */
static void
submit (Stream   *stream,
        gboolean  last)
{
  Block *block = stream->filling;

  stream->filling = NULL;
  block->last = last;
  memcpy (block->dict, stream->tail, stream->tail_len);
  block->dict_len = stream->tail_len;

  /* The next block is primed with the end of this one. */
  if (block->in_len >= WINDOW)
    {
      memcpy (stream->tail, block->in + block->in_len - WINDOW, WINDOW);
      stream->tail_len = WINDOW;
    }
  else
    {
      gsize keep = MIN (stream->tail_len, WINDOW - block->in_len);

      memmove (stream->tail, stream->tail + stream->tail_len - keep, keep);
      memcpy (stream->tail + keep, block->in, block->in_len);
      stream->tail_len = keep + block->in_len;
    }

  g_queue_push_tail (&stream->pending, block);
  /* A small part, or one core: no thread is worth it. */
  if (pool == NULL || (last && g_queue_get_length (&stream->pending) == 1))
    {
      deflate_block (block);
      block->done = TRUE;
    }
  else
    g_thread_pool_push (pool, block, NULL);

  write_ready (stream, last ? 0 : max_pending);
}

static void
stream_init (Stream *stream)
{
  stream->crc = crc32 (0, NULL, 0);
  stream->error = ZIP_OK;
  g_mutex_init (&stream->lock);
  g_cond_init (&stream->cond);
  g_queue_init (&stream->pending);
  g_queue_init (&stream->splices);
}

static void
stream_clear (Stream *stream)
{
  /* Blocks still with the pool finish first. */
  write_ready (stream, 0);
  g_queue_clear_full (&stream->pending, (GDestroyNotify) block_free);
  g_clear_pointer (&stream->filling, block_free);
  g_queue_clear (&stream->splices);
  g_mutex_clear (&stream->lock);
  g_cond_clear (&stream->cond);
}

static void
stream_free (Stream *stream)
{
  stream_clear (stream);
  g_free (stream);
}

/* Cuts @len bytes into blocks for the pool. */
static void
stream_write (Stream       *stream,
              const guchar *data,
              gsize         len)
{
  while (len > 0 && stream->error == ZIP_OK)
    {
      gsize room;

      if (stream->filling == NULL)
        stream->filling = block_new (stream);
      room = MIN (BLOCK_SIZE - stream->filling->in_len, len);
      memcpy (stream->filling->in + stream->filling->in_len, data, room);
      stream->filling->in_len += room;
      data += room;
      len -= room;
      if (stream->filling->in_len == BLOCK_SIZE)
        submit (stream, FALSE);
    }
}

/* Puts the deflated blocks of @splice's segment into @stream's part,
 * where the part has reached the splice's marker: the blocks given so far
 * go first, ended on a byte boundary; the next block is primed with the
 * segment's last 32 KiB, which a reader has just inflated. */
static void
splice_segment (Stream       *stream,
                MzXlsxSplice *splice)
{
  Stream *segment = &splice->segment->stream;
  guchar buffer[64 * 1024];
  size_t got;

  if (stream->filling != NULL && stream->filling->in_len > 0)
    submit (stream, FALSE);
  write_ready (stream, 0);
  if (stream->error != ZIP_OK)
    return;
  if (segment->error != ZIP_OK || segment->sink == NULL || fflush (segment->sink) != 0)
    {
      stream->error = ZIP_ERRNO;
      return;
    }

  rewind (segment->sink);
  while ((got = fread (buffer, 1, sizeof buffer, segment->sink)) > 0)
    {
      int rc = next ()->write (stream->file, buffer, got);

      if (rc != ZIP_OK)
        {
          stream->error = rc;
          return;
        }
    }
  if (ferror (segment->sink))
    {
      stream->error = ZIP_ERRNO;
      return;
    }

  stream->crc = crc32_combine (stream->crc, segment->crc, segment->total);
  stream->total += segment->total;
  memcpy (stream->tail, segment->tail, segment->tail_len);
  stream->tail_len = segment->tail_len;
}

/* Passes @data on, stopping at each splice's marker to put its segment
 * there. A marker starts with a byte found nowhere else in it, so a
 * mismatch only gives back the bytes held. */
static void
stream_write_spliced (Stream       *stream,
                      const guchar *data,
                      gsize         len)
{
  gsize run = 0;

  for (gsize i = 0; i < len && !g_queue_is_empty (&stream->splices); i++)
    {
      MzXlsxSplice *splice = g_queue_peek_head (&stream->splices);
      const char *marker = splice->marker;

      if (stream->matched > 0 && data[i] != (guchar) marker[stream->matched])
        {
          stream_write (stream, (const guchar *) marker, stream->matched);
          stream->matched = 0;
          run = i;
        }
      if (data[i] != (guchar) marker[stream->matched])
        continue;

      if (stream->matched == 0)
        stream_write (stream, data + run, i - run);
      stream->matched++;
      run = i + 1;
      if (marker[stream->matched] == '\0')
        {
          g_queue_pop_head (&stream->splices);
          splice_segment (stream, splice);
          stream_write (stream, (const guchar *) marker, stream->matched);
          stream->matched = 0;
        }
    }

  /* Bytes of a marker that may go on in the next call stay held. */
  if (stream->matched == 0)
    stream_write (stream, data + run, len - run);
}

/* The splices of the workbook being closed on this thread. */
static GPrivate current_splices;

static void
find_splices (Stream     *stream,
              const char *part)
{
  GPtrArray *splices = g_private_get (&current_splices);

  for (guint i = 0; splices != NULL && i < splices->len; i++)
    {
      MzXlsxSplice *splice = g_ptr_array_index (splices, i);

      if (g_strcmp0 (splice->part, part) == 0)
        g_queue_push_tail (&stream->splices, splice);
    }
}

/* The functions libxlsxwriter calls */

int
zipOpenNewFileInZip4_64 (zipFile             file,
                         const char         *filename,
                         const zip_fileinfo *zipfi,
                         const void         *extrafield_local,
                         uInt                size_extrafield_local,
                         const void         *extrafield_global,
                         uInt                size_extrafield_global,
                         const char         *comment,
                         int                 method,
                         int                 level,
                         int                 raw,
                         int                 window_bits,
                         int                 mem_level,
                         int                 strategy,
                         const char         *password,
                         uLong               crc_for_crypting,
                         uLong               version_made_by,
                         uLong               flag_base,
                         int                 zip64)
{
  const Next *n = next ();
  Stream *stream;
  int rc;

  /* No minizip behind this program: nothing to pass the call on to. */
  if (n->open == NULL)
    return ZIP_INTERNALERROR;

  if (method != Z_DEFLATED || level != Z_DEFAULT_COMPRESSION || raw || password != NULL ||
      !can_deflate_here ())
    return n->open (file, filename, zipfi, extrafield_local, size_extrafield_local,
                    extrafield_global, size_extrafield_global, comment, method, level, raw,
                    window_bits, mem_level, strategy, password, crc_for_crypting,
                    version_made_by, flag_base, zip64);

  /* Level 1 still sets the "fast" bits of the part's flags. */
  rc = n->open (file, filename, zipfi, extrafield_local, size_extrafield_local,
                extrafield_global, size_extrafield_global, comment, method, ZIP_LEVEL, 1,
                window_bits, mem_level, strategy, password, crc_for_crypting, version_made_by,
                flag_base, zip64);
  if (rc != ZIP_OK)
    return rc;

  ensure_pool ();
  stream = g_new0 (Stream, 1);
  stream->file = file;
  stream_init (stream);
  find_splices (stream, filename);

  g_mutex_lock (&streams_lock);
  g_hash_table_replace (streams, file, stream);
  g_mutex_unlock (&streams_lock);
  return ZIP_OK;
}

int
zipWriteInFileInZip (zipFile     file,
                     const void *buf,
                     unsigned    len)
{
  Stream *stream = find_stream (file, FALSE);
  const guchar *data = buf;

  if (stream == NULL)
    return next ()->write != NULL ? next ()->write (file, buf, len) : ZIP_INTERNALERROR;

  if (g_queue_is_empty (&stream->splices))
    stream_write (stream, data, len);
  else
    stream_write_spliced (stream, data, len);

  return stream->error;
}

int
zipCloseFileInZip (zipFile file)
{
  Stream *stream = find_stream (file, TRUE);
  int error, rc;

  if (stream == NULL)
    return next ()->close_file != NULL ? next ()->close_file (file) : ZIP_INTERNALERROR;

  /* A marker never found: the part would lack its rows, and the
   * workbook fails rather than be written without them. */
  if (!g_queue_is_empty (&stream->splices) && stream->error == ZIP_OK)
    {
      g_debug ("no place for a table's rows in the part being zipped");
      stream->error = ZIP_INTERNALERROR;
    }
  if (stream->matched > 0)
    {
      stream_write (stream, (const guchar *) ((MzXlsxSplice *) g_queue_peek_head (&stream->splices))->marker,
                    stream->matched);
      stream->matched = 0;
    }
  if (stream->filling == NULL)
    stream->filling = block_new (stream);
  submit (stream, TRUE);
  write_ready (stream, 0);

  error = stream->error;
  rc = next ()->close_file_raw (file, stream->total, stream->crc);
  stream_free (stream);
  return error != ZIP_OK ? error : rc;
}

int
zipClose (zipFile     file,
          const char *global_comment)
{
  /* A part left open (libxlsxwriter stopped on an error): its blocks
   * first. */
  if (find_stream (file, FALSE) != NULL)
    zipCloseFileInZip (file);

  return next ()->close != NULL ? next ()->close (file, global_comment) : ZIP_INTERNALERROR;
}

/* Segments */

gboolean
_mz_xlsx_zip_can_splice (void)
{
  return can_deflate_here ();
}

MzXlsxSegment *
_mz_xlsx_segment_new (void)
{
  MzXlsxSegment *segment = g_new0 (MzXlsxSegment, 1);

  ensure_pool ();
  stream_init (&segment->stream);
  segment->stream.sink = tmpfile ();
  if (segment->stream.sink == NULL)
    {
      segment->stream.sink_errno = errno;
      segment->stream.error = ZIP_ERRNO;
    }
  return segment;
}

void
_mz_xlsx_segment_write (MzXlsxSegment *segment,
                        const char    *data,
                        gsize          len)
{
  stream_write (&segment->stream, (const guchar *) data, len);
}

int
_mz_xlsx_segment_finish (MzXlsxSegment *segment)
{
  Stream *stream = &segment->stream;

  /* Not the last block of its part: a sync flush, never a final block. */
  if (stream->filling != NULL && stream->filling->in_len > 0)
    submit (stream, FALSE);
  write_ready (stream, 0);
  if (stream->error == ZIP_OK && fflush (stream->sink) != 0)
    {
      stream->sink_errno = errno;
      stream->error = ZIP_ERRNO;
    }
  return stream->error == ZIP_OK ? 0 : (stream->sink_errno != 0 ? stream->sink_errno : EIO);
}

guint64
_mz_xlsx_segment_get_size (MzXlsxSegment *segment)
{
  return segment->stream.total;
}

void
_mz_xlsx_segment_free (MzXlsxSegment *segment)
{
  if (segment == NULL)
    return;

  stream_clear (&segment->stream);
  if (segment->stream.sink != NULL)
    fclose (segment->stream.sink);
  g_free (segment);
}

void
_mz_xlsx_zip_set_splices (GPtrArray *splices)
{
  g_private_set (&current_splices, splices);
}

/* Called when a workbook is made: links this file into every program that
 * writes workbooks (a static library's member is only linked when
 * something refers to it) and says once in the debug log how the zip
 * step deflates. */
void
_mz_xlsx_zip_init (void)
{
  static gsize logged = 0;

  if (g_once_init_enter (&logged))
    {
      g_debug ("zip step: %s", can_deflate_here ()
                                 ? "igzip level 1 in blocks on a pool of threads (through minizip)"
                                 : "libxlsxwriter's own level");
      g_once_init_leave (&logged, 1);
    }
}

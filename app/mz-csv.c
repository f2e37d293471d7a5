/* mz-csv.c — a streaming reader of CSV files (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-csv.h"

#define BLOCK_SIZE (64 * 1024)

struct _MzCsvReader
{
  GInputStream *stream;       /* NULL when reading from memory */
  char         *buf;          /* owned when reading a stream */
  gsize         len;          /* bytes in buf */
  gsize         pos;          /* next byte to read */
  gsize         cap;
  guint64       consumed;     /* bytes dropped from the front of buf */
  gboolean      eof;
  gboolean      started;
  char          separator;
  guint         line;         /* the current physical line */
  guint         row_line;     /* where the last row started */
  guint         n_header;     /* fields of the first row, 0 before it */
  gboolean      ragged_ok;    /* rows may have other numbers of fields */
  gssize        keep_from;    /* refill keeps buf from here on; -1: from pos */
  GError       *read_error;   /* an I/O error met while refilling */
  GCancellable *cancellable;  /* of the current call, not owned */
};

G_DEFINE_QUARK (mz-csv-error-quark, mz_csv_error)

MzCsvReader *
mz_csv_reader_new (GInputStream *stream)
{
  MzCsvReader *self = g_new0 (MzCsvReader, 1);

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self->stream = g_object_ref (stream);
  self->line = 1;
  self->keep_from = -1;
  return self;
}

MzCsvReader *
mz_csv_reader_new_for_data (const char *data,
                            gssize      length)
{
  MzCsvReader *self = g_new0 (MzCsvReader, 1);

  self->buf = (char *) data;
  self->len = length < 0 ? strlen (data) : (gsize) length;
  self->cap = self->len;
  self->eof = TRUE;
  self->line = 1;
  self->keep_from = -1;
  return self;
}

void
mz_csv_reader_free (MzCsvReader *self)
{
  if (self == NULL)
    return;
  if (self->stream != NULL)
    {
      g_free (self->buf);
      g_object_unref (self->stream);
    }
  g_clear_error (&self->read_error);
  g_free (self);
}

/* Reads one more block from the stream, keeping the unread bytes and,
 * when @keep_all, also those already read (for sniffing). FALSE at the end
 * or on an error (kept in read_error). */
static gboolean
refill (MzCsvReader *self,
        gboolean     keep_all)
{
  gssize n;

  if (self->eof || self->read_error != NULL)
    return FALSE;

  if (!keep_all && self->pos > 0)
    {
      gsize drop = self->pos;

      if (self->keep_from >= 0 && (gsize) self->keep_from < drop)
        drop = self->keep_from;
      memmove (self->buf, self->buf + drop, self->len - drop);
      self->consumed += drop;
      self->len -= drop;
      self->pos -= drop;
      if (self->keep_from >= 0)
        self->keep_from -= drop;
    }
  if (self->cap - self->len < BLOCK_SIZE)
    {
      self->cap = MAX (self->cap * 2, self->len + BLOCK_SIZE);
      self->buf = g_realloc (self->buf, self->cap);
    }

  n = g_input_stream_read (self->stream, self->buf + self->len, BLOCK_SIZE,
                           self->cancellable, &self->read_error);
  if (n <= 0)
    {
      self->eof = n == 0;
      return FALSE;
    }
  self->len += n;
  return TRUE;
}

/* The byte at @offset from the read position, or -1 at the end. */
static int
peek_at (MzCsvReader *self,
         gsize        offset,
         gboolean     keep_all)
{
  while (self->pos + offset >= self->len)
    if (!refill (self, keep_all))
      return -1;
  return (guchar) self->buf[self->pos + offset];
}

static int
peek (MzCsvReader *self)
{
  return peek_at (self, 0, FALSE);
}

static void
advance (MzCsvReader *self)
{
  self->pos++;
}

/* Skips a byte-order mark and chooses the separator from the first line:
 * the more frequent of ',' and ';' outside quotes (',' on a tie). */
static gboolean
start (MzCsvReader  *self,
       GError      **error)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;
  int c;

  self->started = TRUE;
  if (peek_at (self, 0, TRUE) == 0xEF && peek_at (self, 1, TRUE) == 0xBB &&
      peek_at (self, 2, TRUE) == 0xBF)
    self->pos += 3;
  else if ((peek_at (self, 0, TRUE) == 0xFF && peek_at (self, 1, TRUE) == 0xFE) ||
           (peek_at (self, 0, TRUE) == 0xFE && peek_at (self, 1, TRUE) == 0xFF))
    {
      g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_ENCODING,
                   _("The file is in UTF-16; save it as “CSV UTF-8” and try again."));
      return FALSE;
    }

  for (gsize i = 0; (c = peek_at (self, i, TRUE)) != -1; i++)
    {
      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
    }
  self->separator = semicolons > commas ? ';' : ',';
  return self->read_error == NULL;
}

static gboolean
finish_field (MzCsvReader  *self,
              GString      *field,
              GPtrArray    *fields,
              GError      **error)
{
  if (!g_utf8_validate (field->str, field->len, NULL))
    {
      g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_ENCODING,
                   _("Line %u: field %u is not valid UTF-8 text; save the file as “CSV UTF-8” and try again."),
                   self->line, fields->len + 1);
      return FALSE;
    }
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
  return TRUE;
}

/* Consumes a line break (CRLF, LF or CR) at the read position, if any. */
static void
end_line (MzCsvReader *self)
{
  int c = peek (self);

  if (c == '\r')
    {
      advance (self);
      if (peek (self) == '\n')
        advance (self);
    }
  else if (c == '\n')
    advance (self);
  else
    return;
  self->line++;
}

/* After a problem: drops the rest of the physical line, so that the next
 * call reads the next row. */
static void
skip_line (MzCsvReader *self)
{
  int c;

  while ((c = peek (self)) != -1 && c != '\r' && c != '\n')
    advance (self);
  end_line (self);
}

/* A quote that is never closed: takes the rest of the file. The rows
 * after its line are read again, as if the line ended there. */
static void
resume_after_quote (MzCsvReader *self,
                    guint        quote_line)
{
  gsize p = self->keep_from;

  while (p < self->len && self->buf[p] != '\r' && self->buf[p] != '\n')
    p++;
  if (p < self->len && self->buf[p] == '\r' && p + 1 < self->len && self->buf[p + 1] == '\n')
    p++;
  self->pos = MIN (p + 1, self->len);
  self->line = quote_line + 1;
}

static gboolean
read_quoted (MzCsvReader  *self,
             GString      *field,
             GError      **error)
{
  guint first_line = self->line;
  int c;

  self->keep_from = self->pos;
  advance (self);   /* the opening quote */
  for (;;)
    {
      c = peek (self);
      if (c == -1)
        {
          if (self->read_error == NULL)
            {
              g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_QUOTING,
                           _("Line %u: a quoted field starts here but its closing quote is missing."),
                           first_line);
              self->row_line = first_line;
              resume_after_quote (self, first_line);
            }
          self->keep_from = -1;
          return FALSE;
        }
      if (c == '"')
        {
          advance (self);
          if (peek (self) != '"')
            break;
          g_string_append_c (field, '"');
          advance (self);
        }
      else if (c == '\r' || c == '\n')
        {
          end_line (self);
          g_string_append_c (field, '\n');
        }
      else
        {
          g_string_append_c (field, (char) c);
          advance (self);
        }
    }

  self->keep_from = -1;
  c = peek (self);
  if (c != -1 && c != self->separator && c != '\r' && c != '\n')
    {
      g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_QUOTING,
                   _("Line %u: there is text after a closing quote; a quote inside a quoted field must be doubled (\"\")."),
                   self->line);
      self->row_line = self->line;
      skip_line (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_csv_reader_read_row (MzCsvReader    *self,
                        char         ***fields_out,
                        guint          *n_fields,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  int c;

  g_return_val_if_fail (self != NULL, FALSE);

  self->cancellable = cancellable;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!self->started && !start (self, error))
    goto read_failed;

  /* Blank lines are skipped. */
  while ((c = peek (self)) == '\r' || c == '\n')
    end_line (self);
  if (c == -1)
    {
      if (self->read_error != NULL)
        goto read_failed;
      if (self->n_header == 0)
        {
          g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_EMPTY,
                       _("The file is empty; it needs a header line naming the columns."));
          return FALSE;
        }
      return FALSE;
    }

  self->row_line = self->line;
  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);

  for (;;)
    {
      c = peek (self);
      if (c == '"' && field->len == 0)
        {
          if (!read_quoted (self, field, error))
            goto read_failed;
          c = peek (self);
        }
      else
        {
          while ((c = peek (self)) != -1 && c != self->separator && c != '\r' && c != '\n')
            {
              if (c == '"')
                {
                  g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_QUOTING,
                               _("Line %u: a quote inside a field that does not start with one; put the whole field in quotes and double the quote (\"\")."),
                               self->line);
                  self->row_line = self->line;
                  skip_line (self);
                  return FALSE;
                }
              g_string_append_c (field, (char) c);
              advance (self);
            }
        }

      if (!finish_field (self, field, fields, error))
        {
          self->row_line = self->line;
          if (c != '\r' && c != '\n')
            skip_line (self);
          else
            end_line (self);
          return FALSE;
        }
      if (c == self->separator)
        {
          advance (self);
          continue;
        }
      if (c == -1 && self->read_error != NULL)
        goto read_failed;
      end_line (self);
      break;
    }

  if (self->n_header == 0)
    self->n_header = fields->len;
  else if (fields->len != self->n_header && !self->ragged_ok)
    {
      g_set_error (error, MZ_CSV_ERROR, MZ_CSV_ERROR_RAGGED,
                   _("Line %u has %u fields but the header has %u; check the separators and quotes on that line."),
                   self->row_line, fields->len, self->n_header);
      return FALSE;
    }

  if (n_fields != NULL)
    *n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  *fields_out = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  return TRUE;

read_failed:
  if (self->read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->read_error));
      self->eof = TRUE;
    }
  return FALSE;
}

void
mz_csv_reader_set_allow_ragged (MzCsvReader *self,
                                gboolean     allow)
{
  self->ragged_ok = allow;
}

guint
mz_csv_reader_get_line (MzCsvReader *self)
{
  return self->row_line;
}

char
mz_csv_reader_get_separator (MzCsvReader *self)
{
  return self->separator;
}

guint64
mz_csv_reader_get_offset (MzCsvReader *self)
{
  return self->consumed + self->pos;
}

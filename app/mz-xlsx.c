/* mz-xlsx.c — a thin, safe layer over libxlsxwriter 1.1.4: the book
 * (open, properties, sheets, charts, check and close); see also
 * mz-xlsx-format.c and mz-xlsx-cell.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mz-store.h"
#include "mz-xlsx-private.h"
#include "mz-xlsx.h"

#define SHEET_NAME_MAX 31

/* Helpers */

static void
sheet_free (MzXlsxSheet *sheet)
{
  _mz_xlsx_rows_free (sheet->rows);
  g_free (sheet->name);
  g_array_unref (sheet->widths);
  g_free (sheet);
}

static void
splice_free (MzXlsxSplice *splice)
{
  _mz_xlsx_segment_free (splice->segment);
  g_free (splice->part);
  g_free (splice->marker);
  g_free (splice);
}

/* Keeps @error as the book's error unless it has one. */
void
_mz_xlsx_book_fail (MzXlsxBook *book,
                    lxw_error   error,
                    char       *where)
{
  g_mutex_lock (&book->error_lock);
  if (book->error == LXW_NO_ERROR)
    {
      book->error_where = where;
      g_atomic_int_set (&book->error, error);
      where = NULL;
    }
  g_mutex_unlock (&book->error_lock);
  g_free (where);
}

static const char *
keep (MzXlsxBook *book,
      char       *string)
{
  if (string != NULL)
    g_ptr_array_add (book->strings, string);
  return string;
}

static char *
valid_sheet_name (const char *name)
{
  g_autofree char *clean = mz_xlsx_clean_text (name);
  GString *out;

  if (clean == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = clean; *p != '\0' && g_utf8_strlen (out->str, -1) < SHEET_NAME_MAX;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL))
        c = '-';
      g_string_append_unichar (out, c);
    }

  /* Neither first nor last may be an apostrophe. */
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, out->len == 0);
}

static const char *
lxw_error_text (lxw_error error)
{
  return lxw_strerror (error);
}

/* Public API */

MzXlsxBook *
mz_xlsx_book_new (const char *path,
                  gboolean    rtl)
{
  lxw_workbook_options options = { 0 };
  MzXlsxBook *book = g_new0 (MzXlsxBook, 1);

  g_mutex_init (&book->error_lock);
  book->path = g_strdup (path);
  book->rtl = rtl;
  book->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  book->strings = g_ptr_array_new_with_free_func (g_free);
  book->splices = g_ptr_array_new_with_free_func ((GDestroyNotify) splice_free);

  _mz_xlsx_zip_init ();
  /* Tables' rows straight to the file (mz-xlsx-rows.c), unless the zip
   * step cannot put them in, or asked to leave them to libxlsxwriter
   * (to compare). */
  book->bulk_rows = _mz_xlsx_zip_can_splice () &&
                    g_strcmp0 (g_getenv ("MOBILIZE_XLSX_ROWS"), "libxlsxwriter") != 0;

  /* Rows go to a temporary file per sheet as they are written: memory
   * stays flat however many rows a sheet has. */
  options.constant_memory = LXW_TRUE;
  book->wb = workbook_new_opt (book->path, &options);
  if (book->wb == NULL)
    {
      _mz_xlsx_book_fail (book, LXW_ERROR_MEMORY_MALLOC_FAILED, g_strdup (path));
      return book;
    }

  _mz_xlsx_create_formats (book);
  return book;
}

void
mz_xlsx_book_set_properties (MzXlsxBook *book,
                             const char *title,
                             const char *subject,
                             const char *author,
                             const char *company,
                             const char *comments,
                             GDateTime  *created)
{
  lxw_doc_properties properties = { 0 };

  if (book->wb == NULL)
    return;

  properties.title = (char *) keep (book, mz_xlsx_clean_text (title));
  properties.subject = (char *) keep (book, mz_xlsx_clean_text (subject));
  properties.author = (char *) keep (book, mz_xlsx_clean_text (author));
  properties.company = (char *) keep (book, mz_xlsx_clean_text (company));
  properties.comments = (char *) keep (book, mz_xlsx_clean_text (comments));
  properties.created = created != NULL ? (time_t) g_date_time_to_unix (created) : 0;

  if (_mz_xlsx_book_error (book) == LXW_NO_ERROR)
    {
      lxw_error error = workbook_set_properties (book->wb, &properties);

      if (error != LXW_NO_ERROR)
        _mz_xlsx_book_fail (book, error, g_strdup (_("document properties")));
    }
}

MzXlsxSheet *
mz_xlsx_book_add_sheet (MzXlsxBook *book,
                        const char *name,
                        const char *fallback)
{
  MzXlsxSheet *sheet = g_new0 (MzXlsxSheet, 1);
  g_autofree char *valid = valid_sheet_name (name);

  sheet->book = book;
  sheet->header_row = -1;
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (book->sheets, sheet);

  if (book->wb == NULL)
    {
      sheet->name = g_strdup (name);
      return sheet;
    }

  if (valid == NULL || workbook_validate_sheet_name (book->wb, valid) != LXW_NO_ERROR)
    {
      g_free (valid);
      valid = valid_sheet_name (fallback);
    }
  if (valid == NULL || workbook_validate_sheet_name (book->wb, valid) != LXW_NO_ERROR)
    {
      g_free (valid);
      valid = g_strdup_printf ("Sheet%u", book->sheets->len);
    }

  sheet->name = g_steal_pointer (&valid);
  sheet->ws = workbook_add_worksheet (book->wb, sheet->name);
  if (sheet->ws == NULL)
    {
      _mz_xlsx_record (sheet, 0, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return sheet;
    }
  sheet->part = ++book->n_parts;
  if (book->rtl)
    worksheet_right_to_left (sheet->ws);
  /* Each row goes to the sheet's temporary file in a few dozen small
   * fprintf() calls: a buffer of 256 KiB instead of stdio's 4 KiB makes
   * one write() of several hundred rows rather than of a few. Nothing has
   * been written to the file yet, as setvbuf() requires. */
  if (sheet->ws->optimize_tmpfile != NULL)
    setvbuf (sheet->ws->optimize_tmpfile, NULL, _IOFBF, 256 * 1024);

  return sheet;
}

gboolean
mz_xlsx_book_check (MzXlsxBook  *book,
                    GError     **error)
{
  lxw_error failure = _mz_xlsx_book_error (book);
  g_autofree char *where = NULL;

  if (G_LIKELY (failure == LXW_NO_ERROR))
    return TRUE;

  g_mutex_lock (&book->error_lock);
  where = g_strdup (book->error_where);
  g_mutex_unlock (&book->error_lock);

  if (failure == LXW_ERROR_MEMORY_MALLOC_FAILED)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                 _("There is not enough memory to make the workbook. Close other "
                   "applications or export a shorter period."));
  else if (failure == LXW_ERROR_CREATING_TMPFILE)
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                 _("Cannot use temporary files to make the workbook: %s. The disk may be "
                   "full; free some space and export again."), where);
  else
    g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                 _("The workbook could not be made: %s (at %s). Please report this problem."),
                 lxw_error_text (failure), where);
  return FALSE;
}

static void
book_free (MzXlsxBook *book)
{
  g_ptr_array_unref (book->sheets);
  g_ptr_array_unref (book->strings);
  g_ptr_array_unref (book->splices);
  g_free (book->error_where);
  g_mutex_clear (&book->error_lock);
  g_free (book->path);
  g_free (book);
}

void
mz_xlsx_book_discard (MzXlsxBook *book)
{
  if (book == NULL)
    return;

  if (book->wb != NULL)
    {
      /* lxw_workbook_free() leaves the constant-memory row files open. */
      for (guint i = 0; i < book->sheets->len; i++)
        {
          MzXlsxSheet *sheet = g_ptr_array_index (book->sheets, i);

          if (sheet->ws != NULL && sheet->ws->optimize_tmpfile != NULL)
            {
              fclose (sheet->ws->optimize_tmpfile);
              sheet->ws->optimize_tmpfile = NULL;
            }
        }
      lxw_workbook_free (book->wb);
    }

  book_free (book);
}

gboolean
mz_xlsx_book_close (MzXlsxBook  *book,
                    GError     **error)
{
  lxw_error result;
  int saved_errno;

  if (!mz_xlsx_book_check (book, error))
    {
      mz_xlsx_book_discard (book);
      return FALSE;
    }

  for (guint i = 0; i < book->sheets->len; i++)
    {
      _mz_xlsx_sheet_end_rows (g_ptr_array_index (book->sheets, i));
      _mz_xlsx_apply_widths (g_ptr_array_index (book->sheets, i));
    }
  if (!mz_xlsx_book_check (book, error))
    {
      mz_xlsx_book_discard (book);
      return FALSE;
    }

  errno = 0;
  _mz_xlsx_zip_set_splices (book->splices);
  result = workbook_close (book->wb);
  saved_errno = errno;
  _mz_xlsx_zip_set_splices (NULL);
  book->wb = NULL;

  switch (result)
    {
    case LXW_NO_ERROR:
      break;

    case LXW_ERROR_CREATING_XLSX_FILE:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot create the workbook “%s”: %s. Choose a folder you may write to."),
                   book->path, saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;

    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot use temporary files to make the workbook: %s. The disk may be "
                     "full; free some space and export again."),
                   saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;

    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_FAILED,
                   _("There is not enough memory to make the workbook. Close other "
                     "applications or export a shorter period."));
      break;

    default:
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_IO,
                   _("Cannot write the workbook “%s”: %s. The disk may be full or the "
                     "folder not writable; free some space or choose another folder."),
                   book->path, saved_errno != 0 ? g_strerror (saved_errno) : lxw_error_text (result));
      break;
    }

  book_free (book);
  return result == LXW_NO_ERROR;
}

lxw_chart *
mz_xlsx_book_add_chart (MzXlsxBook *book,
                        guint8      type,
                        const char *title)
{
  lxw_chart *chart;

  if (book->wb == NULL || _mz_xlsx_book_error (book) != LXW_NO_ERROR)
    return NULL;

  chart = workbook_add_chart (book->wb, type);
  if (chart == NULL)
    {
      _mz_xlsx_book_fail (book, LXW_ERROR_MEMORY_MALLOC_FAILED, g_strdup (title));
      return NULL;
    }

  if (title != NULL)
    chart_title_set_name (chart, keep (book, mz_xlsx_clean_text (title)));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

void
mz_xlsx_chart_add_series (lxw_chart   *chart,
                          MzXlsxSheet *sheet,
                          guint32      name_row,
                          guint16      name_col,
                          guint32      cat_first_row,
                          guint16      cat_first_col,
                          guint32      cat_last_row,
                          guint16      cat_last_col,
                          guint32      val_first_row,
                          guint16      val_first_col,
                          guint32      val_last_row,
                          guint16      val_last_col)
{
  lxw_chart_series *series;

  if (chart == NULL || !_mz_xlsx_sheet_ok (sheet))
    return;

  series = chart_add_series (chart, NULL, NULL);
  if (series == NULL)
    {
      _mz_xlsx_record (sheet, 0, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  chart_series_set_name_range (series, sheet->name, name_row, name_col);
  chart_series_set_categories (series, sheet->name, cat_first_row, cat_first_col,
                               cat_last_row, cat_last_col);
  chart_series_set_values (series, sheet->name, val_first_row, val_first_col,
                           val_last_row, val_last_col);
}

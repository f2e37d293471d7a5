/* mz-xlsx-format.c — the cell formats of a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-xlsx"

#include "config.h"

#include "mz-xlsx-private.h"
#include "mz-xlsx.h"

static lxw_format *
new_format (lxw_workbook *wb,
            const char   *num_format,
            gboolean      bold,
            gboolean      rule_above)
{
  lxw_format *format = workbook_add_format (wb);

  if (format == NULL)
    return NULL;
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  if (bold)
    format_set_bold (format);
  if (rule_above)
    format_set_top (format, LXW_BORDER_THIN);
  return format;
}

void
_mz_xlsx_create_formats (MzXlsxBook *book)
{
  static const char * const money_formats[N_EXPONENTS] = {
    "#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000",
  };
  lxw_workbook *wb = book->wb;

  book->title = new_format (wb, NULL, TRUE, FALSE);
  format_set_font_size (book->title, 14);
  book->header = new_format (wb, NULL, TRUE, FALSE);
  format_set_bg_color (book->header, 0xDDEBF7);
  format_set_bottom (book->header, LXW_BORDER_THIN);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_TOP);
  book->label = new_format (wb, NULL, TRUE, FALSE);
  book->note = new_format (wb, NULL, FALSE, FALSE);
  format_set_italic (book->note);
  format_set_font_color (book->note, 0x595959);
  book->total_label = new_format (wb, NULL, TRUE, TRUE);
  book->chf = new_format (wb, "#,##0.00", FALSE, FALSE);
  book->chf_total = new_format (wb, "#,##0.00", TRUE, TRUE);
  for (int i = 0; i < N_EXPONENTS; i++)
    book->money[i] = i == 2 ? book->chf : new_format (wb, money_formats[i], FALSE, FALSE);
  book->micro = new_format (wb, "#,##0.000000", FALSE, FALSE);
  book->percent = new_format (wb, "0.0%", FALSE, FALSE);
  book->percent_total = new_format (wb, "0.0%", TRUE, TRUE);
  book->integer = book->money[0];
  book->integer_total = new_format (wb, "#,##0", TRUE, TRUE);
  book->date = new_format (wb, "yyyy-mm-dd", FALSE, FALSE);
  book->datetime = new_format (wb, "yyyy-mm-dd hh:mm", FALSE, FALSE);

  /* A format gets its index in the file when a cell first uses it, and
   * the workbook's table of used formats grows then: give every format
   * its index now, so that sheets written on different threads at once
   * only read them. (Each format above differs from the others: a format
   * equal to one indexed before never keeps an index of its own, and
   * would look itself up in that table for every cell.) */
  {
    lxw_format *all[] = {
      book->title, book->header, book->label, book->note, book->total_label, book->chf,
      book->chf_total, book->money[0], book->money[1], book->money[3], book->money[4],
      book->micro, book->percent, book->percent_total, book->integer_total, book->date,
      book->datetime,
    };

    for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
      if (all[i] != NULL)
        lxw_format_get_xf_index (all[i]);
  }
}

lxw_format *
_mz_xlsx_style_format (MzXlsxBook  *book,
                       MzXlsxStyle  style)
{
  switch (style)
    {
    case MZ_XLSX_TITLE: return book->title;
    case MZ_XLSX_HEADER: return book->header;
    case MZ_XLSX_LABEL: return book->label;
    case MZ_XLSX_NOTE: return book->note;
    case MZ_XLSX_TOTAL_LABEL: return book->total_label;
    case MZ_XLSX_TEXT:
    default:
      return NULL;
    }
}

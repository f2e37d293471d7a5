/* mz-import-dialog-report.c — the import dialog: every problem with its
 * line, and the page after an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-crm-import.h"
#include "mz-import-dialog-private.h"

#define REPORT_ROWS_SHOWN 300

static GtkWidget *
report_row (const char *title,
            const char *subtitle,
            const char *icon,
            const char *style)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (image, style);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  return row;
}

void
_mz_import_dialog_clear_report_list (MzImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_list))) != NULL)
    gtk_list_box_remove (self->report_list, child);
}

void
_mz_import_dialog_fill_report (MzImportDialog *self)
{
  MzImportReport *report = self->report;
  g_autofree char *summary = NULL;
  guint shown = MIN (report->problems->len, REPORT_ROWS_SHOWN);

  _mz_import_dialog_clear_report_list (self);

  for (guint i = 0; i < shown; i++)
    {
      MzImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *line = problem->line > 0 ? g_strdup_printf (_("Line %u"), problem->line)
                                                : g_strdup (_("Whole file"));

      gtk_list_box_append (self->report_list,
                           report_row (problem->message, line,
                                       problem->warning ? "dialog-warning-symbolic" : "dialog-error-symbolic",
                                       problem->warning ? "warning" : "error"));
    }
  if (report->problems->len > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more problem",
                                                            "And %u more problems",
                                                            report->problems->len - shown),
                                               report->problems->len - shown);
      gtk_list_box_append (self->report_list, report_row (more, NULL, "view-more-symbolic", "dim-label"));
    }

  if (report->n_errors > 0)
    {
      g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                              report->n_errors), report->n_errors);
      /* Translators: "3 errors: correct the file …" */
      summary = g_strdup_printf (_("%s: correct the file and open it again, or choose other columns. Nothing is imported while errors remain."),
                                 errors);
    }
  else if (report->n_rows == 0)
    summary = g_strdup (_("There are no rows to import."));
  else
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row is ready to import",
                                                            "All %u rows are ready to import", report->n_rows),
                                               report->n_rows);
      if (report->n_warnings > 0)
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; look at the warning first.",
                                                "%s; look at the warnings first.", report->n_warnings),
                                   rows);
      else
        summary = g_strdup_printf ("%s.", rows);
      if (report->problems->len == 0)
        gtk_list_box_append (self->report_list,
                             report_row (_("No problems found"), NULL, "emblem-ok-symbolic", "success"));
    }
  gtk_label_set_text (self->report_label, summary);
}

/* Rows with at least one warning (a row may carry several). */
static guint
count_warned_rows (const MzImportReport *report)
{
  guint n = 0, last_line = 0;

  for (guint i = 0; i < report->problems->len; i++)
    {
      const MzImportProblem *problem = report->problems->pdata[i];

      if (problem->warning && (n == 0 || problem->line != last_line))
        {
          n++;
          last_line = problem->line;
        }
    }
  return n;
}

void
_mz_import_dialog_show_done (MzImportDialog *self)
{
  MzImportReport *report = self->report;
  g_autofree char *title = NULL;

  if (self->kind == MZ_IMPORT_PARTNERS)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Partner Imported",
                                          "%u Partners Imported", report->n_saved), report->n_saved);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Contact Imported",
                                          "%u Contacts Imported", report->n_saved), report->n_saved);
  adw_status_page_set_title (self->done_page, title);
  if (report->n_warnings > 0)
    {
      guint n_rows = count_warned_rows (report);
      g_autofree char *description = NULL;

      if (self->kind == MZ_IMPORT_PARTNERS)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u row looked like a partner already in the database; merge them from the partner’s page if they are the same.",
                                                    "%u rows looked like partners already in the database; merge them from the partner’s page if they are the same.",
                                                    n_rows), n_rows);
      else
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u row looked like a contact already in the database; check that partner’s contacts and forget or edit the copy if they are the same person.",
                                                    "%u rows looked like contacts already in the database; check those partners’ contacts and forget or edit the copies if they are the same people.",
                                                    n_rows), n_rows);
      adw_status_page_set_description (self->done_page, description);
    }
  else
    adw_status_page_set_description (self->done_page, _("Every row of the file was saved, with its history."));
  _mz_import_dialog_show_page (self, "done");
}

/* mz-report-sheets-crm.c — the report's sheets about partners and people:
 * Partners, Due diligence, Interactions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-report"

#include "config.h"

#include <string.h>

#include "mz-report-private.h"

/* Helpers */

static char *
sectors_text (MzReportRows *rows)
{
  GString *out = g_string_new (NULL);
  static const struct { int column; const char *letter; } sectors[] = {
    { MZ_REPORT_PARTNER_SECTOR_R, "R" },
    { MZ_REPORT_PARTNER_SECTOR_T, "T" },
    { MZ_REPORT_PARTNER_SECTOR_D, "D" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      if (mz_report_rows_get_int (rows, sectors[i].column) == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, sectors[i].letter);
    }

  return g_string_free (out, out->len == 0);
}

/* Sheets */

gboolean
_mz_report_write_partners (MzReport     *self,
                           MzXlsxSheet  *sheet,
                           GError      **error)
{
  static const char * const headers[] = {
    "Name", "Local name", "Short name", "Type", "Country", "Region", "Status", "Lead unit",
    "Account manager", "Sectors", "Membership category", "Website",
    "Received in the period (CHF)", "Contacts", "E-mails", "Phones",
  };
  enum { RECEIVED_COLUMN = 12, N_PUBLIC = 13 };
  g_autoptr(MzReportRows) rows = mz_report_query_partners (self->store, &self->scope, error);
  GError *local_error = NULL;
  gint64 received = 0;
  guint32 first;

  if (rows == NULL)
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Partners"));
  _mz_report_write_header (self, sheet, headers, self->scope.personal ? G_N_ELEMENTS (headers) : N_PUBLIC, TRUE);
  first = mz_xlsx_sheet_get_row (sheet);

  while (mz_report_rows_next (rows, &local_error))
    {
      g_autofree char *sectors = sectors_text (rows);
      const gint64 *chf;

      if (!_mz_report_step (self, error))
        return FALSE;

      mz_xlsx_sheet_write_text (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_NAME), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 1, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_LOCAL_NAME), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_SHORT_NAME), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, _mz_report_code (self, "report partner type",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_TYPE)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_COUNTRY), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 5, _mz_report_code (self, "report region",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_REGION)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 6, _mz_report_code (self, "report partner status",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_STATUS)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 7, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_LEAD_UNIT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 8, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_MANAGER), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 9, sectors, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 10, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_CATEGORY), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 11, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_WEBSITE), MZ_XLSX_TEXT);
      /* Added up by Payments, written before. */
      chf = self->received != NULL ? g_hash_table_lookup (self->received,
                                                          mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_ID))
                                   : NULL;
      if (chf != NULL)
        {
          mz_xlsx_sheet_write_chf (sheet, RECEIVED_COLUMN, *chf);
          received += *chf;
        }

      if (self->scope.personal)
        {
          mz_xlsx_sheet_write_text (sheet, 13, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_CONTACT_NAMES), MZ_XLSX_TEXT);
          mz_xlsx_sheet_write_text (sheet, 14, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_CONTACT_EMAILS), MZ_XLSX_TEXT);
          mz_xlsx_sheet_write_text (sheet, 15, mz_report_rows_get_text (rows, MZ_REPORT_PARTNER_CONTACT_PHONES), MZ_XLSX_TEXT);
        }

      self->kpis.n_partners++;
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  mz_xlsx_sheet_write_text (sheet, 0, _mz_report_tr (self, "Total"), MZ_XLSX_TOTAL_LABEL);
  mz_xlsx_sheet_write_sum_chf (sheet, RECEIVED_COLUMN, first, mz_xlsx_sheet_get_row (sheet) - 1, received);
  mz_xlsx_sheet_next_row (sheet);
  return TRUE;
}

gboolean
_mz_report_write_due_diligence (MzReport     *self,
                                MzXlsxSheet  *sheet,
                                GError      **error)
{
  static const char * const headers[] = {
    "Partner", "Type", "Requested by", "Requested on", "Risk rating", "Decision", "Conditions",
    "Decided by", "Decided on", "Valid until", "Valid on the report date", "Findings",
  };
  g_autoptr(MzReportRows) rows = mz_report_query_due_diligence (self->store, &self->scope, error);
  GError *local_error = NULL;

  if (rows == NULL)
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Due diligence"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);

  while (mz_report_rows_next (rows, &local_error))
    {
      const char *decision = mz_report_rows_get_text (rows, MZ_REPORT_DD_DECISION);
      const char *valid_until = mz_report_rows_get_text (rows, MZ_REPORT_DD_VALID_UNTIL);
      gboolean cleared = g_strcmp0 (decision, "cleared") == 0 ||
                         g_strcmp0 (decision, "cleared_with_conditions") == 0;
      gboolean valid = cleared && (valid_until == NULL || strncmp (valid_until, self->as_of, 10) >= 0);

      if (!_mz_report_step (self, error))
        return FALSE;

      mz_xlsx_sheet_write_text (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_DD_PARTNER), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 1, _mz_report_code (self, "report partner type",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_DD_PARTNER_TYPE)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, mz_report_rows_get_text (rows, MZ_REPORT_DD_REQUESTED_BY), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_date (sheet, 3, mz_report_rows_get_text (rows, MZ_REPORT_DD_REQUESTED_AT));
      mz_xlsx_sheet_write_text (sheet, 4, _mz_report_code (self, "report risk",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_DD_RISK)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 5, _mz_report_code (self, "report decision", decision), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 6, mz_report_rows_get_text (rows, MZ_REPORT_DD_CONDITIONS), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 7, mz_report_rows_get_text (rows, MZ_REPORT_DD_DECIDED_BY), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_date (sheet, 8, mz_report_rows_get_text (rows, MZ_REPORT_DD_DECIDED_AT));
      mz_xlsx_sheet_write_date (sheet, 9, valid_until);
      mz_xlsx_sheet_write_text (sheet, 10, _mz_report_tr (self, valid ? "Yes" : "No"), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 11, mz_report_rows_get_text (rows, MZ_REPORT_DD_FINDINGS), MZ_XLSX_TEXT);
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  return TRUE;
}

gboolean
_mz_report_write_interactions (MzReport     *self,
                               MzXlsxSheet  *sheet,
                               GError      **error)
{
  static const char * const headers[] = {
    "Date", "Partner", "Kind", "Unit", "Staff member", "Subject", "Status", "Contacts", "Notes",
  };
  g_autoptr(MzReportRows) rows = NULL;
  GError *local_error = NULL;

  /* Personal data: never without the caller's say-so. */
  g_return_val_if_fail (self->scope.personal, FALSE);

  rows = mz_report_query_interactions (self->store, &self->scope, error);
  if (rows == NULL)
    return FALSE;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Interactions"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);

  while (mz_report_rows_next (rows, &local_error))
    {
      if (!_mz_report_step (self, error))
        return FALSE;

      mz_xlsx_sheet_write_date (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_DATE));
      mz_xlsx_sheet_write_text (sheet, 1, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_PARTNER), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2, _mz_report_code (self, "report interaction",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_KIND)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_UNIT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_STAFF), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 5, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_SUBJECT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 6, _mz_report_code (self, "report interaction status",
                                                           mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_STATUS)), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 7, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_CONTACTS), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 8, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_NOTES), MZ_XLSX_TEXT);
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  return TRUE;
}

/* mz-report-sheets-crm.c — the report's sheets about partners and people:
 * Partners, Due diligence, Interactions
 *
 * Interactions: at the benchmark size half a million rows, a third of
 * them with contacts. Looking up the links of each interaction (as a
 * subquery did) cost some 7 s of CPU in random reads of three tables; the
 * contacts' names are read in one pass instead, by interaction rowid (a
 * few MB), and each row finds its own by binary search. The rows are read
 * ahead on a thread of their own while the sheet is written, itself on a
 * thread of its own (mz-report-worker.c) beside the other sheets.
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

/* The contacts of one interaction, "A; B" as group_concat () made them. */
typedef struct
{
  gint64      rowid;
  const char *names;
} ContactsOf;

static void
add_contacts (GArray       *contacts,
              GStringChunk *text,
              gint64        rowid,
              GString      *names)
{
  ContactsOf entry = { rowid, g_string_chunk_insert_len (text, names->str, names->len) };

  g_array_append_val (contacts, entry);
}

/* By interaction rowid, ascending. */
static GArray *
load_contacts (MzReport      *self,
               GStringChunk  *text,
               GError       **error)
{
  g_autoptr(MzReportRows) rows = NULL;
  g_autoptr(GArray) contacts = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  GError *local_error = NULL;
  gint64 current = 0;
  gboolean any = FALSE;

  /* A worker (mz-report-worker.c) started the query early. */
  rows = self->prepared_rows != NULL ? g_steal_pointer (&self->prepared_rows)
                                     : mz_report_query_interaction_contacts (self->store, error);
  if (rows == NULL)
    return NULL;

  contacts = g_array_new (FALSE, FALSE, sizeof (ContactsOf));
  while (mz_report_rows_next (rows, &local_error))
    {
      gint64 rowid = mz_report_rows_get_int (rows, MZ_REPORT_INTERACTION_CONTACT_ROWID);
      const char *name = mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_CONTACT_NAME);

      if (_mz_report_stopped (self, error))
        return NULL;

      if (!any || rowid != current)
        {
          if (any)
            add_contacts (contacts, text, current, names);
          g_string_truncate (names, 0);
          current = rowid;
          any = TRUE;
        }
      else
        g_string_append (names, "; ");
      g_string_append (names, name != NULL ? name : "");
    }
  if (!_mz_report_rows_finished (local_error, error))
    return NULL;
  if (any)
    add_contacts (contacts, text, current, names);

  return g_steal_pointer (&contacts);
}

static gboolean
write_interactions (MzReport      *self,
                    MzXlsxSheet   *sheet,
                    MzReportRows  *rows,
                    GArray        *contacts,
                    GError       **error)
{
  static const char * const headers[] = {
    "Date", "Partner", "Kind", "Unit", "Staff member", "Subject", "Status", "Contacts", "Notes",
  };
  MzReportCodeCache kinds = { 0 }, statuses = { 0 };
  GError *local_error = NULL;

  _mz_report_begin_sheet (self, sheet, _mz_report_tr (self, "Interactions"));
  _mz_report_write_header (self, sheet, headers, G_N_ELEMENTS (headers), TRUE);

  while (mz_report_rows_next (rows, &local_error))
    {
      const ContactsOf *of;

      if (!_mz_report_step (self, error))
        return FALSE;

      mz_xlsx_sheet_write_date (sheet, 0, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_DATE));
      mz_xlsx_sheet_write_text (sheet, 1, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_PARTNER), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 2,
                                _mz_report_code_cached (self, &kinds, "report interaction",
                                                        mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_KIND)),
                                MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 3, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_UNIT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 4, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_STAFF), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 5, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_SUBJECT), MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 6,
                                _mz_report_code_cached (self, &statuses, "report interaction status",
                                                        mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_STATUS)),
                                MZ_XLSX_TEXT);
      of = _mz_report_find_rowid (contacts, mz_report_rows_get_int (rows, MZ_REPORT_INTERACTION_ROWID));
      mz_xlsx_sheet_write_text (sheet, 7, of != NULL ? of->names : NULL, MZ_XLSX_TEXT);
      mz_xlsx_sheet_write_text (sheet, 8, mz_report_rows_get_text (rows, MZ_REPORT_INTERACTION_NOTES), MZ_XLSX_TEXT);
      mz_xlsx_sheet_next_row (sheet);
    }
  if (!_mz_report_rows_finished (local_error, error))
    return FALSE;

  mz_xlsx_sheet_end_table (sheet);
  return TRUE;
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
  g_autoptr(MzReportRows) rows = NULL;
  g_autoptr(GArray) contacts = NULL;
  GStringChunk *text;
  gboolean ok;

  /* Personal data: never without the caller's say-so. */
  g_return_val_if_fail (self->scope.personal, FALSE);

  text = g_string_chunk_new (64 * 1024);
  contacts = load_contacts (self, text, error);
  rows = contacts != NULL ? mz_report_query_interactions (self->store, &self->scope, error) : NULL;
  ok = rows != NULL;
  if (ok)
    {
      /* Read ahead on a thread while the rows before are written. */
      mz_report_rows_prefetch (rows);
      ok = write_interactions (self, sheet, rows, contacts, error);
    }
  g_clear_pointer (&rows, mz_report_rows_free);
  g_string_chunk_free (text);
  return ok;
}

/* test-import.c — CSV reading and the import of partners and contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-contact-service.h"
#include "mz-contact-store.h"
#include "mz-crm-import.h"
#include "mz-csv.h"
#include "mz-identity.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-validate.h"

typedef struct
{
  char    *dir;
  char    *path;
  MzStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mobilize-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Tester", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  if (sqlite3_prepare_v2 (mz_store_get_handle (f->store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (mz_store_get_handle (f->store)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autofree char *text = query_text (f, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

/* Everything an import could touch, as one text: row counts of the
 * synced tables and every audit_log row. */
static char *
snapshot (Fixture *f)
{
  return query_text (f,
                     "SELECT (SELECT count(*) FROM partner) || '/' || (SELECT count(*) FROM contact) || '/' || "
                     "(SELECT count(*) FROM audit_log) || '/' || "
                     "(SELECT coalesce (group_concat (id || action || coalesce (\"before\", '') || "
                     "coalesce (\"after\", ''), '|'), '') FROM audit_log) || '/' || "
                     "(SELECT coalesce (group_concat (id || is_primary || updated_at, '|'), '') FROM contact)");
}

/* Reads every row of @csv; returns them joined as "a|b\nc|d\n". */
static char *
read_all (const char  *csv,
          char        *separator,
          GString     *lines,
          GError     **error)
{
  g_autoptr(MzCsvReader) reader = mz_csv_reader_new_for_data (csv, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  char **row = NULL;

  while (mz_csv_reader_read_row (reader, &row, NULL, NULL, error))
    {
      g_autofree char *joined = g_strjoinv ("|", row);

      g_string_append_printf (out, "%s\n", joined);
      if (lines != NULL)
        g_string_append_printf (lines, "%u ", mz_csv_reader_get_line (reader));
      g_strfreev (row);
    }
  if (separator != NULL)
    *separator = mz_csv_reader_get_separator (reader);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_csv_quoting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *rows = NULL;
  char separator = 0;

  /* BOM, semicolons, CRLF, a quoted newline, doubled quotes, a comma
   * inside a semicolon file, an empty field, a blank line. */
  rows = read_all ("\xEF\xBB\xBFName;Notes;Country\r\n"
                   "\"Acme; Ltd\";\"two\r\nlines, \"\"quoted\"\"\";CH\r\n"
                   "\r\n"
                   "Béta;;\r\n",
                   &separator, lines, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, ';');
  g_assert_cmpstr (rows, ==, "Name|Notes|Country\nAcme; Ltd|two\nlines, \"quoted\"|CH\nBéta||\n");
  g_assert_cmpstr (lines->str, ==, "1 2 5 ");
  g_clear_pointer (&rows, g_free);

  /* Commas, LF only, no final line break. */
  rows = read_all ("a,b\n1,\"x;y\"", &separator, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpstr (rows, ==, "a|b\n1|x;y\n");
}

static void
check_csv_error (const char *csv,
                 int         code,
                 const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_all (csv, NULL, NULL, &error);

  g_assert_null (rows);
  g_assert_error (error, MZ_CSV_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
test_csv_errors (void)
{
  check_csv_error ("a,b\n1,2\n3,\"open\n4,5\n", MZ_CSV_ERROR_QUOTING, "Line 3");
  check_csv_error ("a,b\n1,\"x\"y\n", MZ_CSV_ERROR_QUOTING, "Line 2");
  check_csv_error ("a,b\n1,x\"y\n", MZ_CSV_ERROR_QUOTING, "Line 2");
  check_csv_error ("a,b\n1,2\n1,2,3\n", MZ_CSV_ERROR_RAGGED, "Line 3");
  check_csv_error ("a,b\n1\n", MZ_CSV_ERROR_RAGGED, "Line 2");
  check_csv_error ("a,b\n1,2\n\xC3\x28,2\n", MZ_CSV_ERROR_ENCODING, "Line 3");
  check_csv_error ("\xFF\xFE" "a\0,\0", MZ_CSV_ERROR_ENCODING, "UTF-16");
  check_csv_error ("", MZ_CSV_ERROR_EMPTY, "empty");
  check_csv_error ("\r\n\r\n", MZ_CSV_ERROR_EMPTY, "empty");
}

/* A stream longer than the reader's block, with quoted fields across the
 * block boundaries: every row comes back whole. */
/* After a broken row the reader goes on with the next line. */
static void
test_csv_resume (void)
{
  const char *csv = "a,b\n1,x\"y\n3,4\n\"5\"z,6\n7,\"open\n8,9\n10,\xC3\x28\n11,12,13\n14\n15,16";
  g_autoptr(MzCsvReader) reader = mz_csv_reader_new_for_data (csv, -1);
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char **row = NULL;

  g_assert_true (mz_csv_reader_read_row (reader, &row, NULL, NULL, &error));
  g_strfreev (row);
  for (guint i = 0; i < 20; i++)
    {
      if (mz_csv_reader_read_row (reader, &row, NULL, NULL, &error))
        {
          g_autofree char *joined = g_strjoinv ("|", row);

          g_string_append_printf (seen, "%u:%s ", mz_csv_reader_get_line (reader), joined);
          g_strfreev (row);
        }
      else if (error != NULL)
        {
          g_assert_true (error->domain == MZ_CSV_ERROR);
          g_string_append_printf (seen, "%u:E%d ", mz_csv_reader_get_line (reader), error->code);
          g_clear_error (&error);
        }
      else
        break;
    }
  g_assert_cmpstr (seen->str, ==, "2:E1 3:3|4 4:E1 5:E1 6:8|9 7:E0 8:E2 9:E2 10:15|16 ");

  /* Rows of any length when asked. */
  g_clear_pointer (&reader, mz_csv_reader_free);
  reader = mz_csv_reader_new_for_data ("a;b\n1\n2;3;4\n", -1);
  mz_csv_reader_set_allow_ragged (reader, TRUE);
  g_string_truncate (seen, 0);
  while (mz_csv_reader_read_row (reader, &row, NULL, NULL, &error))
    {
      g_string_append_printf (seen, "%u ", g_strv_length (row));
      g_strfreev (row);
    }
  g_assert_no_error (error);
  g_assert_cmpstr (seen->str, ==, "2 1 3 ");
}

static void
test_csv_stream (void)
{
  g_autoptr(GString) csv = g_string_new ("id,text\r\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(MzCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  char **row = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "%u,\"row %u,\r\n\"\"é\"\"\"\r\n", i, i);
  stream = g_memory_input_stream_new_from_data (csv->str, csv->len, NULL);
  reader = mz_csv_reader_new (stream);
  g_assert_true (mz_csv_reader_read_row (reader, &row, NULL, NULL, &error));
  g_strfreev (row);
  while (mz_csv_reader_read_row (reader, &row, NULL, NULL, &error))
    {
      g_autofree char *expected = g_strdup_printf ("row %u,\n\"é\"", n);

      g_assert_cmpstr (row[1], ==, expected);
      g_assert_cmpuint (mz_csv_reader_get_line (reader), ==, 2 + 2 * n);
      g_strfreev (row);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 20000);
  g_assert_cmpuint (mz_csv_reader_get_offset (reader), ==, csv->len);
}

static void
test_mapping (void)
{
  const char *header[] = { "Organisation", "E-Mail", "Surname", "First name", "Ignored", "Primary?", NULL };
  const char *partner_header[] = { "Organisation name", "Acronym", "Country name", "TYPE", NULL };
  g_autoptr(MzImportMapping) contacts = mz_import_mapping_new (MZ_IMPORT_CONTACTS, header);
  g_autoptr(MzImportMapping) partners = mz_import_mapping_new (MZ_IMPORT_PARTNERS, partner_header);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "partner")), ==, 0);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "emails")), ==, 1);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "family_name")), ==, 2);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "given_name")), ==, 3);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "is_primary")), ==, 5);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "role")), ==, MZ_IMPORT_IGNORE);

  g_assert_cmpint (mz_import_mapping_get_column (partners, mz_import_mapping_find_field (partners, "name")), ==, 0);
  g_assert_cmpint (mz_import_mapping_get_column (partners, mz_import_mapping_find_field (partners, "short_name")), ==, 1);
  g_assert_cmpint (mz_import_mapping_get_column (partners, mz_import_mapping_find_field (partners, "country")), ==, 2);
  g_assert_cmpint (mz_import_mapping_get_column (partners, mz_import_mapping_find_field (partners, "partner_type")), ==, 3);

  /* Overrides: by code or label, column by name or "ignore". */
  g_assert_true (mz_import_mapping_apply_override (contacts, "role=ignored", &error));
  g_assert_no_error (error);
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "role")), ==, 4);
  g_assert_true (mz_import_mapping_apply_override (contacts, "E-mail addresses=ignore", &error));
  g_assert_cmpint (mz_import_mapping_get_column (contacts, mz_import_mapping_find_field (contacts, "emails")), ==, MZ_IMPORT_IGNORE);
  g_assert_false (mz_import_mapping_apply_override (contacts, "shoe_size=Surname", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (mz_import_mapping_apply_override (contacts, "role=Nothing", &error));
  g_assert_nonnull (strstr (error->message, "Nothing"));
}

static MzImportReport *
import (Fixture      *f,
        MzImportKind  kind,
        const char   *csv,
        gboolean      dry_run)
{
  g_autoptr(GError) error = NULL;
  MzImportReport *report = mz_crm_import_data (f->store, kind, csv, -1, NULL, dry_run, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_false (mz_store_in_transaction (f->store));
  return report;
}

/* TRUE if the report has a problem (@warning or error) on @line about
 * @field whose message contains @text. */
static gboolean
has_problem (MzImportReport *report,
             guint           line,
             const char     *field,
             gboolean        warning,
             const char     *text)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      MzImportProblem *p = g_ptr_array_index (report->problems, i);

      if (p->line == line && g_strcmp0 (p->field, field) == 0 && p->warning == warning &&
          (text == NULL || strstr (p->message, text) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
dump (MzImportReport *report)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *text = mz_import_problem_format (g_ptr_array_index (report->problems, i));
      g_test_message ("%s", text);
    }
}

static void
test_import_partners (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MzImportReport) report = NULL;
  g_autoptr(MzImportReport) dry = NULL;
  g_autofree char *country = NULL;
  g_autofree char *notes = NULL;
  const char *csv =
    "\xEF\xBB\xBFOrganisation;Type;Country;Website;Tags;Notes;Lead unit\r\n"
    "Agence Spatiale;Ministry or government agency;france;space.example;space, earth;\"first line\r\nsecond; line\";BDT\r\n"
    "Kenyatta University;academia;KE;;;;ro-afr\r\n"
    "中国电信;Sector Member;China;chinatelecom.example;;;\r\n";

  dry = import (f, MZ_IMPORT_PARTNERS, csv, TRUE);
  dump (dry);
  g_assert_cmpuint (dry->n_errors, ==, 0);
  g_assert_cmpuint (dry->n_rows, ==, 3);
  g_assert_false (dry->saved);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner"), ==, 0);

  report = import (f, MZ_IMPORT_PARTNERS, csv, FALSE);
  g_assert_true (report->saved);
  g_assert_cmpuint (report->n_saved, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'partner' AND action = 'insert'"), ==, 3);

  country = query_text (f, "SELECT country || region || type FROM partner WHERE name = 'Agence Spatiale'");
  g_assert_cmpstr (country, ==, "FREURministry");
  notes = query_text (f, "SELECT notes || '|' || website || '|' || tags FROM partner WHERE name = 'Agence Spatiale'");
  g_assert_cmpstr (notes, ==, "first line\nsecond; line|https://space.example|[\"space\",\"earth\"]");
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner WHERE name = '中国电信' AND country = 'CN' "
                             "AND type = 'sector_member'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner p JOIN org_unit u ON u.id = p.lead_unit_id "
                             "WHERE u.code IN ('BDT', 'RO-AFR')"), ==, 2);
}

static void
test_import_partner_errors (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MzImportReport) report = NULL;
  g_autoptr(GString) csv = g_string_new ("name,type,country,website\n");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *long_name = g_strnfill (MZ_PARTNER_NAME_MAX + 1, 'x');
  g_autoptr(MzPartner) existing = mz_partner_new ();
  g_autoptr(GError) error = NULL;

  mz_partner_set_name (existing, "Existing Foundation");
  mz_partner_set_partner_type (existing, "foundation");
  mz_partner_set_country (existing, "CH");
  g_assert_true (mz_partner_service_create (f->store, existing, &error));
  g_assert_no_error (error);
  before = snapshot (f);

  g_string_append (csv, "Good One,ngo,CH,good.example\n");                  /* 2 */
  g_string_append (csv, ",ngo,CH,\n");                                      /* 3 empty name */
  g_string_append_printf (csv, "%s,ngo,CH,\n", long_name);                  /* 4 overlong */
  g_string_append (csv, "Nowhere Inc,sme,Atlantis,\n");                     /* 5 unknown country */
  g_string_append (csv, "Many Problems,spaceship,QQ,not a site\n");         /* 6 three problems */
  g_string_append (csv, "Good One,NGO,ch,\n");                              /* 7 duplicate of 2 */
  g_string_append (csv, "Existing Foundation,foundation,CH,\n");            /* 8 warning only */

  report = import (f, MZ_IMPORT_PARTNERS, csv->str, FALSE);
  dump (report);
  g_assert_false (report->saved);
  g_assert_cmpuint (report->n_rows, ==, 7);
  g_assert_true (has_problem (report, 3, "name", FALSE, NULL));
  g_assert_true (has_problem (report, 4, "name", FALSE, "300"));
  g_assert_true (has_problem (report, 5, "country", FALSE, "Atlantis"));
  g_assert_true (has_problem (report, 6, "partner_type", FALSE, "spaceship"));
  g_assert_true (has_problem (report, 6, "country", FALSE, "QQ"));
  g_assert_true (has_problem (report, 6, "website", FALSE, "not a site"));
  g_assert_true (has_problem (report, 7, "name", FALSE, "line 2"));
  g_assert_true (has_problem (report, 8, "name", TRUE, "Existing Foundation"));
  g_assert_cmpuint (report->n_errors, ==, 7);
  g_assert_cmpuint (report->n_warnings, >=, 1);

  /* Nothing at all was written. */
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);

  /* An unknown unit. */
  {
    g_autoptr(MzImportReport) unit = import (f, MZ_IMPORT_PARTNERS, "name,type,unit\nX,ngo,BDT\nY,ngo,XYZ\n", FALSE);

    g_assert_false (unit->saved);
    g_assert_cmpuint (unit->n_errors, ==, 1);
    g_assert_true (has_problem (unit, 3, "lead_unit", FALSE, "XYZ"));
  }
}

static void
test_import_warnings_only (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MzImportReport) first = import (f, MZ_IMPORT_PARTNERS, "name,type,country\nTelecom Ltd,sme,DE\n", FALSE);
  g_autoptr(MzImportReport) second = import (f, MZ_IMPORT_PARTNERS, "name,type,country\nTelecom,sme,DE\n", FALSE);

  g_assert_true (first->saved);
  g_assert_cmpuint (first->n_warnings, ==, 0);
  /* A likely duplicate is a warning: the row is saved all the same. */
  g_assert_true (second->saved);
  g_assert_cmpuint (second->n_errors, ==, 0);
  g_assert_true (has_problem (second, 2, "name", TRUE, "Telecom Ltd"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner"), ==, 2);
}

static void
test_import_broken_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  g_autofree char *after = NULL;
  g_autoptr(MzImportReport) quoting = import (f, MZ_IMPORT_PARTNERS,
                                              "name,type\nGood,ngo\n\"Broken,ngo\nOther,ngo\n", FALSE);
  g_autoptr(MzImportReport) ragged = import (f, MZ_IMPORT_PARTNERS, "name,type\nGood,ngo\nBad,ngo,extra\n", FALSE);
  g_autoptr(MzImportReport) no_name = import (f, MZ_IMPORT_PARTNERS, "title,type\nGood,ngo\n", FALSE);
  g_autoptr(MzImportReport) empty = import (f, MZ_IMPORT_PARTNERS, "name,type\n", FALSE);
  g_autoptr(MzImportReport) several = import (f, MZ_IMPORT_PARTNERS,
                                              "name,type\nGood,ngo\nBad,ngo,extra\nOk,ngo\nx\"y,ngo\nAlso,nope\n", FALSE);

  g_assert_false (quoting->saved);
  g_assert_cmpuint (quoting->n_errors, ==, 1);
  g_assert_nonnull (strstr (((MzImportProblem *) g_ptr_array_index (quoting->problems, 0))->message, "Line 3"));
  g_assert_false (ragged->saved);
  g_assert_nonnull (strstr (((MzImportProblem *) g_ptr_array_index (ragged->problems, 0))->message, "Line 3"));
  g_assert_false (no_name->saved);
  g_assert_true (has_problem (no_name, 0, "name", FALSE, NULL));
  g_assert_false (empty->saved);
  g_assert_cmpuint (empty->n_errors, ==, 1);
  /* Every broken row is reported, and the rows after them are checked. */
  dump (several);
  g_assert_false (several->saved);
  g_assert_cmpuint (several->n_errors, ==, 3);
  g_assert_nonnull (strstr (((MzImportProblem *) g_ptr_array_index (several->problems, 0))->message, "Line 3"));
  g_assert_nonnull (strstr (((MzImportProblem *) g_ptr_array_index (several->problems, 1))->message, "Line 5"));
  g_assert_true (has_problem (several, 6, "partner_type", FALSE, "nope"));

  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
}

static char *
create_partner (Fixture    *f,
                const char *name)
{
  g_autoptr(MzPartner) partner = mz_partner_new ();
  g_autoptr(GError) error = NULL;

  mz_partner_set_name (partner, name);
  mz_partner_set_partner_type (partner, "ngo");
  g_assert_true (mz_partner_service_create (f->store, partner, &error));
  g_assert_no_error (error);
  return g_strdup (mz_partner_get_id (partner));
}

static void
test_import_contacts (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *acme = create_partner (f, "Acme  Telecom");
  g_autofree char *twin_a = create_partner (f, "Twin");
  g_autofree char *twin_b = create_partner (f, "twin");
  g_autoptr(MzImportReport) bad = NULL;
  g_autoptr(MzImportReport) good = NULL;
  g_autoptr(GString) csv = g_string_new ("Partner,First name,Last name,E-mail,Phone,Language,Primary\n");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *good_csv = NULL;

  before = snapshot (f);
  g_string_append (csv, "acme telecom,Ann,Lee,ann@acme.example,+41 22 730 5111,French,yes\n"); /* 2 */
  g_string_append (csv, "Missing Org,Bob,Ray,bob@x.example,,,no\n");                        /* 3 */
  g_string_append (csv, "Twin,Cy,Doe,,,,\n");                                               /* 4 ambiguous */
  g_string_append (csv, "Acme Telecom,Dee,Fox,not-an-email,,,\n");                          /* 5 e-mail */
  g_string_append (csv, "ACME TELECOM,Ann,Lee,,,,\n");                                      /* 6 duplicate of 2 */
  g_string_append_printf (csv, "%s,Eve,Gray,eve@acme.example,,Klingon,yes\n", acme);        /* 7 two problems */
  g_string_append (csv, "Acme Telecom,,,,,,\n");                                            /* 8 no name */

  bad = import (f, MZ_IMPORT_CONTACTS, csv->str, FALSE);
  dump (bad);
  g_assert_false (bad->saved);
  g_assert_true (has_problem (bad, 3, "partner", FALSE, "Missing Org"));
  g_assert_true (has_problem (bad, 4, "partner", FALSE, "Twin"));
  g_assert_true (has_problem (bad, 5, "emails", FALSE, "not-an-email"));
  g_assert_true (has_problem (bad, 6, "family_name", FALSE, "line 2"));
  g_assert_true (has_problem (bad, 7, "language", FALSE, "Klingon"));
  g_assert_true (has_problem (bad, 7, "is_primary", FALSE, "line 2"));
  g_assert_true (has_problem (bad, 8, "family_name", FALSE, NULL));
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);

  /* A good file: by name and by id; the primary contact. */
  good_csv = g_strdup_printf ("Partner,First name,Last name,E-mail,Language,Primary\n"
                              "acme telecom,Ann,Lee,ann@acme.example; ann.lee@acme.example,fr,yes\n"
                              "%s,Zoe,Ng,,English,no\n", twin_b);
  good = import (f, MZ_IMPORT_CONTACTS, good_csv, FALSE);
  dump (good);
  g_assert_true (good->saved);
  g_assert_cmpuint (good->n_saved, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE is_primary = 1 AND language = 'fr' "
                             "AND json_array_length (emails) = 2"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'insert'"), ==, 2);
  (void) twin_a;
}

/* Contacts already in the database: warnings naming the line, not errors. */
static void
test_existing_contacts (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *acme = create_partner (f, "Acme");
  g_autofree char *other = create_partner (f, "Other");
  g_autoptr(MzImportReport) setup = NULL;
  g_autoptr(MzImportReport) dry = NULL;
  g_autoptr(MzImportReport) real = NULL;
  g_autoptr(MzImportReport) both = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *forgotten = NULL;
  gint64 before;
  const char *csv =
    "Partner,First name,Last name,Local name,E-mail\n"
    "Acme,Annie,Smith,,ANN@Acme.Example\n"     /* 2: same e-mail, other case */
    "acme,  lee ,ANN,,\n"                      /* 3: same name, other case and order */
    "Acme,Li,Wei,,\n"                          /* 4: same name, swapped */
    "Other,Ann,Lee,,ann@acme.example\n"        /* 5: another partner: nothing */
    "Acme,Carla,Diaz,,carla@acme.example\n"    /* 6: someone new */
    "Acme,Zed,Forgotten,,zed@acme.example\n"   /* 7: like a forgotten contact: nothing */
    "Acme,Xiaoming,Wang,王伟,\n"               /* 8: same local name */
    "Acme,Ann-Marie,O'Neil,,\n";               /* 9: punctuation aside, same name */

  setup = import (f, MZ_IMPORT_CONTACTS,
                  "Partner,First name,Last name,Local name,E-mail\n"
                  "Acme,Ann,Lee,,ann@acme.example\n"
                  "Acme,Wei,Li,王伟,wei@acme.example\n"
                  "Acme,Zed,Forgotten,,zed@acme.example\n"
                  "Acme,Ann Marie,ONeil,,\n"
                  "Other,Bob,Ray,,bob@other.example\n",
                  FALSE);
  dump (setup);
  g_assert_true (setup->saved);
  g_assert_cmpuint (setup->n_warnings, ==, 0);
  forgotten = query_text (f, "SELECT id FROM contact WHERE family_name = 'Forgotten'");
  g_assert_true (mz_contact_service_forget (f->store, forgotten, &error));
  g_assert_no_error (error);

  dry = import (f, MZ_IMPORT_CONTACTS, csv, TRUE);
  dump (dry);
  g_assert_cmpuint (dry->n_errors, ==, 0);
  g_assert_true (has_problem (dry, 2, "emails", TRUE, "Ann Lee"));
  g_assert_true (has_problem (dry, 2, "emails", TRUE, "same e-mail address"));
  g_assert_true (has_problem (dry, 2, "emails", TRUE, "Acme"));
  g_assert_true (has_problem (dry, 3, "family_name", TRUE, "Ann Lee"));
  g_assert_true (has_problem (dry, 3, "family_name", TRUE, "same name"));
  g_assert_true (has_problem (dry, 4, "family_name", TRUE, "Wei Li"));
  g_assert_true (has_problem (dry, 8, "family_name", TRUE, "Wei Li"));
  g_assert_true (has_problem (dry, 9, "family_name", TRUE, "Ann Marie ONeil"));
  g_assert_cmpuint (dry->n_warnings, ==, 5);
  for (guint i = 0; i < dry->problems->len; i++)
    {
      MzImportProblem *p = g_ptr_array_index (dry->problems, i);

      g_assert_true (p->warning);
      g_assert_true (p->line != 5 && p->line != 6 && p->line != 7);
    }

  /* Warnings do not stop the import. */
  before = count (f, "SELECT count(*) FROM contact");
  real = import (f, MZ_IMPORT_CONTACTS, csv, FALSE);
  g_assert_true (real->saved);
  g_assert_cmpuint (real->n_saved, ==, 8);
  g_assert_cmpuint (real->n_warnings, ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact"), ==, before + 8);

  /* Both reasons for one contact: one warning naming both. */
  both = import (f, MZ_IMPORT_CONTACTS, "Partner,First name,Last name,E-mail\nAcme,Carla,Diaz,Carla@ACME.example\n", TRUE);
  dump (both);
  g_assert_cmpuint (both->n_warnings, ==, 1);
  g_assert_true (has_problem (both, 2, "emails", TRUE, "same e-mail address, same name"));
  (void) other;
}

/* The live contacts of several partners in one query: archived ones and
 * unknown ids left out, each partner's rows together. */
static void
test_contacts_of_partners (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *acme = create_partner (f, "Acme");
  g_autofree char *other = create_partner (f, "Other");
  g_autofree char *third = create_partner (f, "Third");
  g_autofree char *archived = NULL;
  g_autoptr(MzImportReport) setup = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GError) error = NULL;
  const char *no_ids[] = { NULL };
  const char *ids[] = { acme, "00000000-0000-0000-0000-000000000000", other, NULL };
  guint n_acme = 0, n_other = 0;
  gboolean acme_done = FALSE;

  setup = import (f, MZ_IMPORT_CONTACTS,
                  "Partner,First name,Last name,E-mail\n"
                  "Acme,Ann,Lee,ann@acme.example\n"
                  "Other,Bob,Ray,bob@other.example\n"
                  "Acme,Wei,Li,wei@acme.example\n"
                  "Third,Cy,Moe,\n"
                  "Acme,Old,Gone,\n"
                  "Other,Dee,Fox,\n",
                  FALSE);
  g_assert_true (setup->saved);
  archived = query_text (f, "SELECT id FROM contact WHERE family_name = 'Gone'");
  g_assert_true (mz_contact_service_archive (f->store, archived, &error));
  g_assert_no_error (error);

  none = mz_contact_store_list_for_partners (f->store, no_ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  two = mz_contact_store_list_for_partners (f->store, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (two->len, ==, 4);
  for (guint i = 0; i < two->len; i++)
    {
      MzContact *contact = two->pdata[i];
      const char *partner_id = mz_contact_get_partner_id (contact);

      g_assert_null (mz_contact_get_deleted_at (contact));
      g_assert_cmpstr (mz_contact_get_family_name (contact), !=, "Gone");
      if (g_strcmp0 (partner_id, acme) == 0)
        {
          g_assert_false (acme_done);
          g_assert_cmpstr (mz_contact_get_partner_name (contact), ==, "Acme");
          n_acme++;
        }
      else
        {
          g_assert_cmpstr (partner_id, ==, other);
          g_assert_cmpstr (mz_contact_get_partner_name (contact), ==, "Other");
          acme_done = n_acme > 0;
          n_other++;
        }
    }
  g_assert_cmpuint (n_acme, ==, 2);
  g_assert_cmpuint (n_other, ==, 2);
  (void) third;
}

/* mobilize-cli import contacts prints them and imports all the same. */
static void
test_existing_contacts_cli (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *acme = create_partner (f, "Acme");
  g_autoptr(MzImportReport) setup = import (f, MZ_IMPORT_CONTACTS,
                                            "partner,first name,last name,email\nAcme,Ann,Lee,ann@acme.example\n",
                                            FALSE);
  g_autofree char *file = g_build_filename (f->dir, "contacts.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("MOBILIZE_CLI");
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LANGUAGE", "en", TRUE);
  const char *argv[] = { cli, "--db", f->path, "import", "contacts", file, NULL };
  int status = 0;

  if (cli == NULL)
    {
      g_test_skip ("MOBILIZE_CLI is not set");
      return;
    }
  g_assert_true (setup->saved);
  envp = g_environ_setenv (envp, "HOME", f->dir, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", f->dir, TRUE);
  g_assert_true (g_file_set_contents (file, "partner,first name,last name,email\n"
                                            "Acme,Bob,Ray,bob@acme.example\n"
                                            "acme,Annie,Lee,Ann@acme.example\n", -1, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "contacts.csv: warning: Line 3:"));
  g_assert_nonnull (strstr (err, "Ann Lee"));
  g_assert_null (strstr (err, "Line 2"));
  g_assert_nonnull (strstr (out, "2 contacts imported"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact"), ==, 3);
  (void) acme;
}

static void
test_primary_contact (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *acme = create_partner (f, "Acme");
  g_autofree char *other = create_partner (f, "Other");
  g_autoptr(MzContact) first = mz_contact_new ();
  g_autoptr(MzContact) second = mz_contact_new ();
  g_autoptr(MzContact) elsewhere = mz_contact_new ();
  g_autoptr(MzImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  mz_contact_set_partner_id (first, acme);
  mz_contact_set_family_name (first, "First");
  mz_contact_set_is_primary (first, TRUE);
  g_assert_true (mz_contact_service_create (f->store, first, &error));
  g_assert_no_error (error);

  mz_contact_set_partner_id (elsewhere, other);
  mz_contact_set_family_name (elsewhere, "Elsewhere");
  mz_contact_set_is_primary (elsewhere, TRUE);
  g_assert_true (mz_contact_service_create (f->store, elsewhere, &error));

  /* A second primary contact takes the flag, in the same transaction,
   * with an update in the history of the first. */
  mz_contact_set_partner_id (second, acme);
  mz_contact_set_family_name (second, "Second");
  mz_contact_set_is_primary (second, TRUE);
  g_assert_true (mz_contact_service_create (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE is_primary = 1"), ==, 2);
  sql = g_strdup_printf ("SELECT is_primary FROM contact WHERE id = '%s'", mz_contact_get_id (second));
  g_assert_cmpint (count (f, sql), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE row_id = '%s' AND action = 'update' "
                         "AND json_extract (\"before\", '$.is_primary') = 1 "
                         "AND json_extract (\"after\", '$.is_primary') = 0", mz_contact_get_id (first));
  g_assert_cmpint (count (f, sql), ==, 1);

  /* Editing the first back to primary clears the second. */
  mz_contact_set_is_primary (first, TRUE);
  g_assert_true (mz_contact_service_update (f->store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT group_concat (family_name) FROM contact WHERE is_primary = 1 AND partner_id = '%s'", acme);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE is_primary = 1"), ==, 2);
  {
    g_autofree char *names = query_text (f, sql);
    g_assert_cmpstr (names, ==, "First");
  }

  /* An imported primary contact takes the flag too. */
  report = import (f, MZ_IMPORT_CONTACTS, "partner,family name,primary\nAcme,Third,yes\n", FALSE);
  g_assert_true (report->saved);
  {
    g_autofree char *names = query_text (f, sql);
    g_assert_cmpstr (names, ==, "Third");
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE is_primary = 1"), ==, 2);

  /* Archived, the primary contact keeps its flag; restored, it takes it
   * back from the one made primary meanwhile. */
  {
    g_autofree char *third = query_text (f, "SELECT id FROM contact WHERE family_name = 'Third'");

    g_assert_true (mz_contact_service_archive (f->store, third, &error));
    g_assert_no_error (error);
    mz_contact_set_is_primary (first, TRUE);
    g_assert_true (mz_contact_service_update (f->store, first, &error));
    g_assert_no_error (error);
    g_assert_true (mz_contact_service_restore (f->store, third, &error));
    g_assert_no_error (error);
  }
  {
    g_autofree char *names = query_text (f, sql);
    g_assert_cmpstr (names, ==, "Third");
  }
}

static void
test_import_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MzImportReport) report = NULL;

  g_cancellable_cancel (cancellable);
  report = mz_crm_import_data (f->store, MZ_IMPORT_PARTNERS, "name,type\nA,ngo\n", -1, NULL, FALSE,
                               cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (mz_store_in_transaction (f->store));
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner"), ==, 0);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_import_timing (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) partners = g_string_new ("name,type,country,website\n");
  g_autoptr(GString) contacts = g_string_new ("partner,given name,family name,email\n");
  g_autofree char *path = g_build_filename (f->dir, "partners.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MzImportReport) report = NULL;
  g_autoptr(MzImportReport) contact_report = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *types = mz_partner_types ();
  double last = 0;
  gint64 start;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (partners, "Partner number %u,%s,%s,p%u.example\n", i,
                            types[i % g_strv_length ((char **) types)], i % 2 ? "CH" : "Kenya", i);
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (contacts, "Partner number %u,Given%u,Family%u,person%u@p%u.example\n",
                            i, i, i, i, i);
  g_assert_true (g_file_set_contents (path, partners->str, partners->len, &error));

  start = g_get_monotonic_time ();
  report = mz_crm_import_file (f->store, MZ_IMPORT_PARTNERS, file, NULL, FALSE,
                               on_progress, &last, NULL, &error);
  g_assert_no_error (error);
  dump (report);
  g_assert_true (report->saved);
  g_assert_cmpuint (report->n_saved, ==, 1000);
  g_assert_cmpfloat (last, ==, 1.0);
  g_test_message ("1,000 partners imported in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  contact_report = mz_crm_import_data (f->store, MZ_IMPORT_CONTACTS, contacts->str, contacts->len,
                                       NULL, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (contact_report->saved);
  g_assert_cmpuint (contact_report->n_saved, ==, 1000);
  g_test_message ("1,000 contacts imported in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'insert' "
                             "AND table_name IN ('partner', 'contact')"), ==, 2000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoting", test_csv_quoting);
  g_test_add_func ("/csv/errors", test_csv_errors);
  g_test_add_func ("/csv/stream", test_csv_stream);
  g_test_add_func ("/csv/resume", test_csv_resume);
  g_test_add_func ("/import/mapping", test_mapping);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/partners", test_import_partners);
  ADD ("/import/partner-errors", test_import_partner_errors);
  ADD ("/import/warnings-only", test_import_warnings_only);
  ADD ("/import/broken-file", test_import_broken_file);
  ADD ("/import/contacts", test_import_contacts);
  ADD ("/import/primary-contact", test_primary_contact);
  ADD ("/import/existing-contacts", test_existing_contacts);
  ADD ("/import/existing-contacts-cli", test_existing_contacts_cli);
  ADD ("/import/contacts-of-partners", test_contacts_of_partners);
  ADD ("/import/cancel", test_import_cancel);
  ADD ("/import/timing", test_import_timing);
#undef ADD

  return g_test_run ();
}

/* test-merge.c — merging a duplicate partner into a survivor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-identity.h"
#include "mz-partner-merge.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-row-insert.h"

typedef struct
{
  char      *dir;
  char      *path;
  MzStore   *store;
  MzPartner *a;   /* the survivor */
  MzPartner *b;   /* the duplicate */
  MzPartner *c;   /* a third partner */
} Fixture;

/* Every column that references a partner, per DESIGN.md / schema 1. */
static const char * const references[][2] = {
  { "contact", "partner_id" },
  { "interaction", "partner_id" },
  { "follow_up", "partner_id" },
  { "commitment", "donor_partner_id" },
  { "commitment", "payer_partner_id" },
  { "inkind", "partner_id" },
  { "due_diligence", "partner_id" },
  { "assessment", "partner_id" },
  { "partner_relation", "from_partner_id" },
  { "partner_relation", "to_partner_id" },
  { "partner", "merged_into" },
};

static gint64
count (Fixture    *f,
       const char *sql,
       const char *id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (id != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gint64
refs (Fixture    *f,
      guint       i,
      const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ?",
                                          references[i][0], references[i][1]);

  return count (f, sql, id);
}

static gint64
rows (Fixture    *f,
      const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return count (f, sql, NULL);
}

static MzPartner *
create_partner (Fixture    *f,
                const char *name,
                const char *type,
                const char *country)
{
  g_autoptr(GError) error = NULL;
  MzPartner *partner = mz_partner_new ();

  mz_partner_set_name (partner, name);
  mz_partner_set_partner_type (partner, type);
  mz_partner_set_country (partner, country);
  g_assert_true (mz_partner_service_create (f->store, partner, &error));
  g_assert_no_error (error);
  return partner;
}

static char *
insert (Fixture          *f,
        const char       *table,
        const MzRowValue *values,
        gsize             n_values)
{
  g_autoptr(GError) error = NULL;
  char id[MZ_ID_LEN + 1];

  g_assert_true (mz_row_insert (f->store, table, values, n_values, id, &error));
  g_assert_no_error (error);
  return g_strdup (id);
}

#define INSERT(table, ...) \
  G_STMT_START { \
    const MzRowValue v_[] = { __VA_ARGS__ }; \
    g_free (insert (f, table, v_, G_N_ELEMENTS (v_))); \
  } G_STMT_END

static void
add_things (Fixture    *f,
            const char *partner,
            const char *other,
            int         n)
{
  for (int i = 0; i < n; i++)
    {
      INSERT ("contact", MZ_ROW_TEXT ("partner_id", partner), MZ_ROW_TEXT ("given_name", "Ana"),
              MZ_ROW_TEXT ("emails", "[\"ana@example.org\"]"));
      INSERT ("interaction", MZ_ROW_TEXT ("partner_id", partner), MZ_ROW_TEXT ("kind", "call"),
              MZ_ROW_TEXT ("date", "2026-03-01"), MZ_ROW_TEXT ("subject", "Call"));
      INSERT ("follow_up", MZ_ROW_TEXT ("partner_id", partner), MZ_ROW_TEXT ("title", "Send the proposal"));
      INSERT ("commitment", MZ_ROW_TEXT ("donor_partner_id", partner), MZ_ROW_TEXT ("title", "Giga"),
              MZ_ROW_TEXT ("kind", "trust_fund"), MZ_ROW_TEXT ("currency", "CHF"));
      INSERT ("commitment", MZ_ROW_TEXT ("donor_partner_id", other), MZ_ROW_TEXT ("payer_partner_id", partner),
              MZ_ROW_TEXT ("title", "Paid on behalf"), MZ_ROW_TEXT ("kind", "trust_fund"),
              MZ_ROW_TEXT ("currency", "USD"));
      INSERT ("inkind", MZ_ROW_TEXT ("partner_id", partner), MZ_ROW_TEXT ("kind", "venue"),
              MZ_ROW_TEXT ("description", "Venue"), MZ_ROW_INT ("fair_value", 1000),
              MZ_ROW_TEXT ("currency", "CHF"));
      INSERT ("due_diligence", MZ_ROW_TEXT ("partner_id", partner));
      INSERT ("assessment", MZ_ROW_TEXT ("partner_id", partner), MZ_ROW_INT ("year", 2026),
              MZ_ROW_INT ("contributory_units_x16", 16));
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *tags_a[] = { "G20", "Giga", NULL };
  const char *tags_b[] = { "giga", "AI for Good", NULL };

  f->dir = g_dir_make_tmp ("mobilize-merge-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Tester", &error);
  g_assert_no_error (error);

  f->a = create_partner (f, "Orange S.A.", "sector_member", "FR");
  f->b = create_partner (f, "Orange", "private_sector", "FR");
  f->c = create_partner (f, "ARCEP", "ministry", "FR");

  mz_partner_set_tags (f->a, tags_a);
  mz_partner_set_notes (f->a, "Met at WTDC.");
  g_assert_true (mz_partner_service_update (f->store, f->a, &error));
  g_assert_no_error (error);
  mz_partner_set_tags (f->b, tags_b);
  mz_partner_set_notes (f->b, "Sponsor of AI for Good.");
  mz_partner_set_website (f->b, "https://www.orange.com");
  g_assert_true (mz_partner_service_update (f->store, f->b, &error));
  g_assert_no_error (error);

  g_assert_true (mz_store_begin (f->store, &error));
  add_things (f, mz_partner_get_id (f->b), mz_partner_get_id (f->c), 3);
  add_things (f, mz_partner_get_id (f->a), mz_partner_get_id (f->c), 1);
  /* An archived interaction moves too: nothing is lost. */
  INSERT ("interaction", MZ_ROW_TEXT ("partner_id", mz_partner_get_id (f->b)), MZ_ROW_TEXT ("kind", "visit"),
          MZ_ROW_TEXT ("date", "2025-03-01"), MZ_ROW_TEXT ("subject", "Old visit"),
          MZ_ROW_TEXT ("deleted_at", "2025-04-01T00:00:00Z"));
  /* Relations: between the two (dropped), with C (moved), and one the
   * survivor already has (collapsed). */
  INSERT ("partner_relation", MZ_ROW_TEXT ("from_partner_id", mz_partner_get_id (f->b)),
          MZ_ROW_TEXT ("to_partner_id", mz_partner_get_id (f->a)), MZ_ROW_TEXT ("kind", "subsidiary_of"));
  INSERT ("partner_relation", MZ_ROW_TEXT ("from_partner_id", mz_partner_get_id (f->b)),
          MZ_ROW_TEXT ("to_partner_id", mz_partner_get_id (f->c)), MZ_ROW_TEXT ("kind", "pays_on_behalf_of"));
  INSERT ("partner_relation", MZ_ROW_TEXT ("from_partner_id", mz_partner_get_id (f->c)),
          MZ_ROW_TEXT ("to_partner_id", mz_partner_get_id (f->b)), MZ_ROW_TEXT ("kind", "regulator_of"));
  INSERT ("partner_relation", MZ_ROW_TEXT ("from_partner_id", mz_partner_get_id (f->c)),
          MZ_ROW_TEXT ("to_partner_id", mz_partner_get_id (f->a)), MZ_ROW_TEXT ("kind", "regulator_of"));
  g_assert_true (mz_store_commit (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->c);
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

static const char * const tables[] = {
  "partner", "contact", "interaction", "follow_up", "commitment", "inkind", "due_diligence",
  "assessment", "partner_relation",
};

static void
test_moves_everything (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) after = NULL;
  g_autoptr(MzPartner) gone = NULL;
  const char *a = mz_partner_get_id (f->a);
  const char *b = mz_partner_get_id (f->b);
  gint64 before_rows[G_N_ELEMENTS (tables)];
  gint64 expect[G_N_ELEMENTS (references)];
  MzMergeCounts counts, moved;
  MzMergePlan plan;
  gint64 audit_before = rows (f, "audit_log");
  gint64 contact_audits;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    before_rows[i] = rows (f, tables[i]);
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    expect[i] = refs (f, i, a) + refs (f, i, b);

  g_assert_true (mz_partner_merge_store_count (f->store, b, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n[MZ_MERGE_CONTACTS], ==, 3);
  g_assert_cmpuint (counts.n[MZ_MERGE_INTERACTIONS], ==, 4);
  g_assert_cmpuint (counts.n[MZ_MERGE_COMMITMENTS], ==, 3);
  g_assert_cmpuint (counts.n[MZ_MERGE_PAID_COMMITMENTS], ==, 3);
  g_assert_cmpuint (counts.n[MZ_MERGE_RELATIONS], ==, 3);
  {
    g_autofree char *text = mz_merge_counts_describe (&counts);

    g_assert_true (g_str_has_prefix (text, "3 contacts, 4 interactions, 3 follow-ups, 3 relations, 6 commitments"));
    g_assert_true (g_str_has_suffix (text, " will move."));
  }

  mz_merge_plan_init (&plan, f->a, f->b);
  g_assert_cmpint (plan.choice[MZ_MERGE_FIELD_NAME], ==, MZ_MERGE_KEEP_SURVIVOR);
  g_assert_cmpint (plan.choice[MZ_MERGE_FIELD_WEBSITE], ==, MZ_MERGE_TAKE_MERGED);   /* A has none */
  g_assert_cmpint (plan.choice[MZ_MERGE_FIELD_TAGS], ==, MZ_MERGE_COMBINE);
  g_assert_true (mz_merge_field_differs (f->a, f->b, MZ_MERGE_FIELD_TYPE));
  g_assert_false (mz_merge_field_differs (f->a, f->b, MZ_MERGE_FIELD_COUNTRY));
  plan.choice[MZ_MERGE_FIELD_TYPE] = MZ_MERGE_TAKE_MERGED;

  g_assert_true (mz_partner_merge (f->store, a, b, &plan, &moved, &error));
  g_assert_no_error (error);

  /* Every referencing row now points to the survivor, counts preserved;
   * only the archived relations stay where they were. */
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      gboolean relation = g_str_equal (references[i][0], "partner_relation");

      g_test_message ("%s.%s", references[i][0], references[i][1]);
      if (relation)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM partner_relation WHERE %s = ? "
                                                  "AND deleted_at IS NULL", references[i][1]);

          g_assert_cmpint (count (f, sql, b), ==, 0);
        }
      else
        {
          g_assert_cmpint (refs (f, i, b), ==, 0);
          /* …and the merged partner itself now points to the survivor. */
          g_assert_cmpint (refs (f, i, a), ==, expect[i] + (g_str_equal (references[i][0], "partner") ? 1 : 0));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpint (rows (f, tables[i]), ==, before_rows[i]);
  g_assert_cmpuint (moved.n[MZ_MERGE_CONTACTS], ==, 3);
  g_assert_cmpuint (moved.relations_dropped, ==, 2);

  /* Relations: B→C became A→C; B→A and the twin C→B archived. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_relation WHERE from_partner_id = ? "
                          "AND kind = 'pays_on_behalf_of' AND deleted_at IS NULL", a), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_relation WHERE to_partner_id = ? "
                          "AND kind = 'regulator_of' AND deleted_at IS NULL", a), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM partner_relation WHERE deleted_at IS NOT NULL", NULL), ==, 2);

  /* The merged partner points to the survivor and is archived. */
  gone = mz_partner_store_get (f->store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_merged_into (gone), ==, a);
  g_assert_nonnull (mz_partner_get_deleted_at (gone));

  /* The survivor took the chosen values. */
  after = mz_partner_store_get (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_name (after), ==, "Orange S.A.");
  g_assert_cmpstr (mz_partner_get_partner_type (after), ==, "private_sector");
  g_assert_cmpstr (mz_partner_get_website (after), ==, "https://www.orange.com");
  g_assert_cmpuint (g_strv_length ((char **) mz_partner_get_tags (after)), ==, 3);
  g_assert_true (g_strv_contains (mz_partner_get_tags (after), "AI for Good"));
  g_assert_cmpstr (mz_partner_get_notes (after), ==, "Met at WTDC.\n\nSponsor of AI for Good.");

  /* Stamped and now_primary: every moved row, the survivor, one merge row. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE partner_id = ? AND updated_by = 'BDT/Tester' "
                          "AND updated_at > (SELECT max (at) FROM audit_log WHERE action = 'insert')", a), ==, 3);
  contact_audits = count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'merge' "
                          "AND json_extract (after, '$.partner_id') = ?", a);
  g_assert_cmpint (contact_audits, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'interaction' AND action = 'merge' "
                          "AND json_extract (before, '$.partner_id') = ?", b), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'merge' AND table_name = 'partner' AND row_id = ? "
                          "AND json_extract (after, '$.merged_into') IS NOT NULL "
                          "AND json_extract (before, '$.merged_into') IS NULL", b), ==, 1);
  g_assert_cmpint (rows (f, "audit_log") - audit_before, ==,
                   1 + 3 + 4 + 3 + 3 + 3 + 3 + 3 + 3 + 1 + 2 + 1);
}

static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) a = NULL;
  g_autoptr(MzPartner) b = NULL;
  gint64 audit_before = rows (f, "audit_log");
  gint64 contacts_b = count (f, "SELECT count(*) FROM contact WHERE partner_id = ?", mz_partner_get_id (f->b));
  MzMergePlan plan;

  /* Fails after contacts and interactions have moved. */
  g_assert_true (mz_store_exec (f->store, "CREATE TEMP TRIGGER fail_merge BEFORE UPDATE OF partner_id ON follow_up "
                                "BEGIN SELECT RAISE (ABORT, 'disk on fire'); END", &error));
  g_assert_no_error (error);

  mz_merge_plan_init (&plan, f->a, f->b);
  plan.choice[MZ_MERGE_FIELD_NAME] = MZ_MERGE_TAKE_MERGED;
  g_assert_false (mz_partner_merge (f->store, mz_partner_get_id (f->a), mz_partner_get_id (f->b), &plan, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (mz_store_in_transaction (f->store));

  g_assert_cmpint (rows (f, "audit_log"), ==, audit_before);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact WHERE partner_id = ?", mz_partner_get_id (f->b)), ==,
                   contacts_b);
  b = mz_partner_store_get (f->store, mz_partner_get_id (f->b), &error);
  g_assert_no_error (error);
  g_assert_null (mz_partner_get_merged_into (b));
  g_assert_null (mz_partner_get_deleted_at (b));
  a = mz_partner_store_get (f->store, mz_partner_get_id (f->a), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_name (a), ==, "Orange S.A.");

  /* Once the fault is gone the same merge works. */
  g_assert_true (mz_store_exec (f->store, "DROP TRIGGER temp.fail_merge", &error));
  g_assert_true (mz_partner_merge (f->store, mz_partner_get_id (f->a), mz_partner_get_id (f->b), &plan, NULL, &error));
  g_assert_no_error (error);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *a = mz_partner_get_id (f->a);
  const char *b = mz_partner_get_id (f->b);
  const char *c = mz_partner_get_id (f->c);
  gint64 audit_before = rows (f, "audit_log");

  /* Into itself. */
  g_assert_false (mz_partner_merge (f->store, a, a, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "audit_log"), ==, audit_before);

  /* A missing partner. */
  g_assert_false (mz_partner_merge (f->store, a, "01900000-0000-7000-8000-000000000000", NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (mz_partner_merge (f->store, a, b, NULL, NULL, &error));
  g_assert_no_error (error);
  audit_before = rows (f, "audit_log");

  /* Into a merged partner, or a merged partner again. */
  g_assert_false (mz_partner_merge (f->store, b, c, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mz_partner_merge (f->store, c, b, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Into an archived partner. */
  g_assert_true (mz_partner_service_archive (f->store, c, &error));
  g_assert_no_error (error);
  audit_before = rows (f, "audit_log");
  g_assert_false (mz_partner_merge (f->store, c, a, NULL, NULL, &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "audit_log"), ==, audit_before);

  /* An archived partner may be merged into a live one; a partner merged
   * before follows along (its merged_into moves to the survivor). */
  {
    g_autoptr(MzPartner) d = create_partner (f, "Orange Business", "sme", "FR");

    g_assert_true (mz_partner_service_restore (f->store, c, &error));
    g_assert_no_error (error);
    g_assert_true (mz_partner_merge (f->store, c, mz_partner_get_id (d), NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (mz_partner_merge (f->store, a, c, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM partner WHERE merged_into = ?", a), ==, 3);
  }
}

static void
set_primary (Fixture    *f,
             const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  /* The first live contact of @partner_id (ids are UUIDs). */
  sql = g_strdup_printf ("UPDATE contact SET is_primary = 1 WHERE id = (SELECT id FROM contact "
                         "WHERE partner_id = '%s' AND deleted_at IS NULL ORDER BY id LIMIT 1)",
                         partner_id);
  g_assert_true (mz_store_exec (f->store, sql, &error));
  g_assert_no_error (error);
}

static char *
primary_of (Fixture    *f,
            const char *partner_id)
{
  sqlite3_stmt *stmt = NULL;
  char *id = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (f->store),
                                       "SELECT id FROM contact WHERE partner_id = ? AND is_primary = 1 "
                                       "AND deleted_at IS NULL", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return id;
}

static const char primaries_sql[] =
  "SELECT count(*) FROM contact WHERE partner_id = ? AND is_primary = 1 AND deleted_at IS NULL";

/* The survivor keeps its primary contact; the merged one's loses the
 * flag in the same transaction, audited. */
static void
test_one_primary_survivor (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *a = mz_partner_get_id (f->a);
  const char *b = mz_partner_get_id (f->b);
  g_autofree char *kept = NULL;
  g_autofree char *lost = NULL;
  g_autofree char *now_primary = NULL;
  gint64 audit_before;

  set_primary (f, a);
  set_primary (f, b);
  kept = primary_of (f, a);
  lost = primary_of (f, b);
  g_assert_nonnull (kept);
  g_assert_nonnull (lost);
  audit_before = rows (f, "audit_log");

  g_assert_true (mz_partner_merge (f->store, a, b, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count (f, primaries_sql, a), ==, 1);
  now_primary = primary_of (f, a);
  g_assert_cmpstr (now_primary, ==, kept);
  g_assert_cmpint (count (f, "SELECT is_primary FROM contact WHERE id = ?", lost), ==, 0);
  /* Its move ("merge") and its lost flag ("update") are both in the log. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND row_id = ? "
                             "AND action = 'update' AND json_extract (after, '$.is_primary') = 0", lost), ==, 1);
  g_assert_cmpint (rows (f, "audit_log"), >, audit_before);
}

/* A survivor without a primary contact takes the merged one's. */
static void
test_one_primary_merged (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *a = mz_partner_get_id (f->a);
  const char *b = mz_partner_get_id (f->b);
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;

  set_primary (f, b);
  theirs = primary_of (f, b);
  g_assert_cmpint (count (f, primaries_sql, a), ==, 0);

  g_assert_true (mz_partner_merge (f->store, a, b, NULL, NULL, &error));
  g_assert_no_error (error);

  after = primary_of (f, a);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_cmpint (count (f, primaries_sql, a), ==, 1);
}

/* A merged partner cannot be restored: it would come back empty. */
static void
test_restore_merged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) b = NULL;
  gint64 audit_before;

  g_assert_true (mz_partner_merge (f->store, mz_partner_get_id (f->a), mz_partner_get_id (f->b), NULL, NULL, &error));
  g_assert_no_error (error);
  audit_before = rows (f, "audit_log");

  g_assert_false (mz_partner_service_restore (f->store, mz_partner_get_id (f->b), &error));
  g_assert_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID);
  /* The sentence names both partners. */
  g_assert_nonnull (strstr (error->message, mz_partner_get_name (f->a)));
  g_assert_nonnull (strstr (error->message, "merged"));
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "audit_log"), ==, audit_before);
  b = mz_partner_store_get (f->store, mz_partner_get_id (f->b), &error);
  g_assert_no_error (error);
  g_assert_nonnull (mz_partner_get_deleted_at (b));

  /* An archived partner that was not merged still comes back. */
  g_assert_true (mz_partner_service_archive (f->store, mz_partner_get_id (f->c), &error));
  g_assert_no_error (error);
  g_assert_true (mz_partner_service_restore (f->store, mz_partner_get_id (f->c), &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/merge/moves-everything", test_moves_everything);
  ADD ("/merge/failure-leaves-nothing", test_failure_leaves_nothing);
  ADD ("/merge/refusals", test_refusals);
  ADD ("/merge/one-primary/survivor", test_one_primary_survivor);
  ADD ("/merge/one-primary/merged", test_one_primary_merged);
  ADD ("/merge/restore-merged", test_restore_merged);

  return g_test_run ();
}

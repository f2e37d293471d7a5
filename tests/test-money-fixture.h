/* test-money-fixture.h — a fresh database in a temporary folder for the
 * money tests, and small helpers to fill and query it
 *
 * Header-only: each test program includes it once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "mz-identity.h"
#include "mz-org-unit.h"
#include "mz-row-insert.h"
#include "mz-store.h"

typedef struct
{
  char    *dir;
  char    *path;
  MzStore *store;
} Fixture;

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("mz-test-money-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "BDT", "Tester", &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
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

/* The first column of the one row of @sql, with @text bound to every
 * parameter (may be NULL). */
G_GNUC_UNUSED static gint64
query_int (Fixture    *f,
           const char *sql,
           const char *text)
{
  sqlite3 *db = mz_store_get_handle (f->store);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

G_GNUC_UNUSED static char *
query_text (Fixture    *f,
            const char *sql,
            const char *text)
{
  sqlite3 *db = mz_store_get_handle (f->store);
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* A partner of @type, saved directly; returns its id. */
G_GNUC_UNUSED static char *
add_partner (Fixture    *f,
             const char *name,
             const char *type)
{
  g_autoptr(GError) error = NULL;
  char id[MZ_ID_LEN + 1];
  const MzRowValue values[] = {
    MZ_ROW_TEXT ("name", name),
    MZ_ROW_TEXT ("type", type),
  };

  g_assert_true (mz_store_begin (f->store, &error));
  g_assert_true (mz_row_insert (f->store, "partner", values, G_N_ELEMENTS (values), id, &error));
  g_assert_true (mz_store_commit (f->store, &error));
  g_assert_no_error (error);
  return g_strdup (id);
}

G_GNUC_UNUSED static char *
unit_id (Fixture    *f,
         const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzOrgUnit) unit = mz_org_unit_find (f->store, code, &error);

  g_assert_no_error (error);
  return g_strdup (mz_org_unit_get_id (unit));
}

/* Saves the rate of @currency for every month from @first to @last
 * (YYYY-MM), directly. */
G_GNUC_UNUSED static void
add_rates (Fixture    *f,
           const char *currency,
           const char *first,
           const char *last,
           gint64      micro)
{
  g_autoptr(GError) error = NULL;
  int y = atoi (first), m = atoi (first + 5);
  int y_end = atoi (last), m_end = atoi (last + 5);

  g_assert_true (mz_store_begin (f->store, &error));
  while (y < y_end || (y == y_end && m <= m_end))
    {
      g_autofree char *month = g_strdup_printf ("%04d-%02d", y, m);
      const MzRowValue values[] = {
        MZ_ROW_TEXT ("currency", currency),
        MZ_ROW_TEXT ("month", month),
        MZ_ROW_INT ("units_per_usd_micro", micro),
      };

      g_assert_true (mz_row_insert (f->store, "exchange_rate", values, G_N_ELEMENTS (values), NULL, &error));
      if (++m > 12)
        {
          m = 1;
          y++;
        }
    }
  g_assert_true (mz_store_commit (f->store, &error));
  g_assert_no_error (error);
}

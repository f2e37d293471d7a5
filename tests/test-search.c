/* test-search.c — finding partners and contacts by any part of a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-contact-service.h"
#include "mz-identity.h"
#include "mz-partner-service.h"
#include "mz-search.h"

typedef struct
{
  char      *dir;
  char      *path;
  MzStore   *store;
  MzPartner *itu_zh;
  MzPartner *itu_ar;
  MzPartner *itu_ru;
  MzPartner *other;
  MzContact *contact;
} Fixture;

static MzPartner *
create_partner (MzStore    *store,
                const char *name,
                const char *local_name,
                const char *short_name,
                const char *type)
{
  g_autoptr(GError) error = NULL;
  MzPartner *partner = mz_partner_new ();

  mz_partner_set_name (partner, name);
  mz_partner_set_local_name (partner, local_name);
  mz_partner_set_short_name (partner, short_name);
  mz_partner_set_partner_type (partner, type);
  g_assert_true (mz_partner_service_create (store, partner, &error));
  g_assert_no_error (error);
  return partner;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *emails[] = { "ndiaye.fatou@orbita.example", NULL };

  f->dir = g_dir_make_tmp ("mobilize-search-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "office.db", NULL);
  f->store = mz_store_open (f->path, &error);
  g_assert_no_error (error);
  mz_identity_set (f->store, "GS", "Tester", &error);
  g_assert_no_error (error);

  f->itu_zh = create_partner (f->store, "International Telecommunication Union", "国际电信联盟（国际电联）", "ITU", "igo");
  f->itu_ar = create_partner (f->store, "Arab Telecommunication Union", "الاتحاد العربي للاتصالات", NULL, "igo");
  f->itu_ru = create_partner (f->store, "Regional Commonwealth in the field of Communications",
                              "Региональное содружество в области связи (Союз связи)", "RCC", "igo");
  f->other = create_partner (f->store, "Orbita Satellite Ltd", NULL, NULL, "private_sector");

  f->contact = mz_contact_new ();
  mz_contact_set_partner_id (f->contact, mz_partner_get_id (f->other));
  mz_contact_set_given_name (f->contact, "Fatou");
  mz_contact_set_family_name (f->contact, "Ndiaye");
  mz_contact_set_emails (f->contact, emails);
  g_assert_true (mz_contact_service_create (f->store, f->contact, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->itu_zh);
  g_clear_object (&f->itu_ar);
  g_clear_object (&f->itu_ru);
  g_clear_object (&f->other);
  g_clear_object (&f->contact);
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

/* The partner ids of the hits for @text, sorted, joined by spaces; contact
 * hits appear as "contact:" + partner id. */
static char *
search (Fixture    *f,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = mz_search_names (f->store, text, 0, &error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(MzSearchHit) hit = g_list_model_get_item (hits, i);

      if (g_str_equal (mz_search_hit_get_kind (hit), "contact"))
        g_ptr_array_add (ids, g_strconcat ("contact:", mz_search_hit_get_partner_id (hit), NULL));
      else
        g_ptr_array_add (ids, g_strdup (mz_search_hit_get_partner_id (hit)));
    }
  g_ptr_array_sort (ids, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static void
assert_finds (Fixture    *f,
              const char *text,
              MzPartner  *expected)
{
  g_autofree char *found = search (f, text);

  if (g_strcmp0 (found, mz_partner_get_id (expected)) != 0)
    g_error ("“%s” found “%s”, expected only %s (%s)", text, found,
             mz_partner_get_id (expected), mz_partner_get_name (expected));
}

static void
test_scripts (Fixture       *f,
              gconstpointer  data)
{
  /* Two characters: below the trigram size. */
  assert_finds (f, "电联", f->itu_zh);
  assert_finds (f, "联", f->itu_zh);
  assert_finds (f, "国际电联", f->itu_zh);
  assert_finds (f, "الاتحاد", f->itu_ar);
  assert_finds (f, "الا", f->itu_ar);
  assert_finds (f, "ال", f->itu_ar);
  assert_finds (f, "Союз", f->itu_ru);
  assert_finds (f, "союз", f->itu_ru);
  assert_finds (f, "СОЮЗ", f->itu_ru);
  assert_finds (f, "Со", f->itu_ru);
  assert_finds (f, "ю", f->itu_ru);
  assert_finds (f, "Ю", f->itu_ru);
}

static void
test_latin (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *tele = search (f, "tele");
  g_autofree char *it = search (f, "IT");
  g_autofree char *u = search (f, "q");
  g_autofree char *nothing = search (f, "zz");
  g_autofree char *blank = search (f, "   ");
  g_autofree char *quote = search (f, "\"union");
  g_autofree char *contact = search (f, "ndiaye.fa");
  g_autofree char *contact_short = search (f, "nd");
  g_autofree char *expected_contact = g_strconcat ("contact:", mz_partner_get_id (f->other), NULL);

  assert_finds (f, "itu", f->itu_zh);
  assert_finds (f, "Orbita Sat", f->other);
  assert_finds (f, "RCC", f->itu_ru);
  g_assert_nonnull (strstr (tele, mz_partner_get_id (f->itu_zh)));
  g_assert_nonnull (strstr (tele, mz_partner_get_id (f->itu_ar)));
  g_assert_null (strstr (tele, mz_partner_get_id (f->other)));
  /* “it” as in Orbita, International, Commonwealth… case-insensitive. */
  g_assert_nonnull (strstr (it, mz_partner_get_id (f->other)));
  g_assert_nonnull (strstr (it, mz_partner_get_id (f->itu_zh)));
  g_assert_cmpstr (u, ==, "");
  g_assert_cmpstr (nothing, ==, "");
  g_assert_cmpstr (blank, ==, "");
  g_assert_cmpstr (quote, ==, "");
  g_assert_cmpstr (contact, ==, expected_contact);
  g_assert_nonnull (strstr (contact_short, expected_contact));
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *archived = NULL;
  g_autofree char *forgotten = NULL;

  mz_partner_set_name (f->other, "Kosmos Orbital");
  g_assert_true (mz_partner_service_update (f->store, f->other, &error));
  g_assert_no_error (error);
  before = search (f, "Orbita Sat");
  g_assert_cmpstr (before, ==, "");
  assert_finds (f, "Kosmos", f->other);

  /* Contacts of an archived partner are not found either. */
  g_assert_true (mz_partner_service_archive (f->store, mz_partner_get_id (f->other), &error));
  g_assert_no_error (error);
  archived = search (f, "Ndiaye");
  g_assert_cmpstr (archived, ==, "");
  g_assert_true (mz_partner_service_restore (f->store, mz_partner_get_id (f->other), &error));
  renamed = search (f, "Ndiaye");
  g_assert_cmpstr (renamed, !=, "");

  g_assert_true (mz_contact_service_forget (f->store, mz_contact_get_id (f->contact), &error));
  g_assert_no_error (error);
  forgotten = search (f, "Ndiaye");
  g_assert_cmpstr (forgotten, ==, "");
}

static void
test_limit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(MzSearchHit) first = NULL;

  for (int i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Telvora %02d", i);
      g_autoptr(MzPartner) p = create_partner (f->store, name, NULL, NULL, "sme");
    }

  hits = mz_search_names (f->store, "telvora", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, MZ_SEARCH_PAGE);
  g_clear_object (&hits);
  hits = mz_search_names (f->store, "t", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 10);
  first = g_list_model_get_item (hits, 0);
  g_assert_cmpstr (mz_search_hit_get_kind (first), ==, "partner");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/search/scripts", test_scripts);
  ADD ("/search/latin", test_latin);
  ADD ("/search/follows-changes", test_follows_changes);
  ADD ("/search/limit", test_limit);
#undef ADD

  return g_test_run ();
}

/* test-duplicates.c — likely duplicate partners: normalization and rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mz-contact-service.h"
#include "mz-identity.h"
#include "mz-partner-duplicates.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"

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

  f->dir = g_dir_make_tmp ("mobilize-dup-XXXXXX", &error);
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

static MzPartner *
make_partner (const char *name,
              const char *type,
              const char *country,
              const char *website)
{
  MzPartner *partner = mz_partner_new ();

  mz_partner_set_name (partner, name);
  mz_partner_set_partner_type (partner, type);
  mz_partner_set_country (partner, country);
  mz_partner_set_website (partner, website);
  return partner;
}

static MzPartner *
create_partner (Fixture    *f,
                const char *name,
                const char *type,
                const char *country,
                const char *website)
{
  g_autoptr(GError) error = NULL;
  MzPartner *partner = make_partner (name, type, country, website);

  g_assert_true (mz_partner_service_create (f->store, partner, &error));
  g_assert_no_error (error);
  return partner;
}

static void
add_contact (Fixture    *f,
             const char *partner_id,
             const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzContact) contact = mz_contact_new ();
  const char *emails[] = { email, NULL };

  mz_contact_set_partner_id (contact, partner_id);
  mz_contact_set_given_name (contact, "Lin");
  mz_contact_set_family_name (contact, "Wei");
  mz_contact_set_emails (contact, emails);
  g_assert_true (mz_contact_service_create (f->store, contact, &error));
  g_assert_no_error (error);
}

/* The reasons of the match for @id, 0 when not found. */
static MzDuplicateReasons
find_reasons (Fixture            *f,
              MzPartner          *candidate,
              const char * const *domains,
              const char         *id,
              guint              *n_matches)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = mz_partner_find_duplicates (f->store, candidate, domains, 10, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matches);
  if (n_matches)
    *n_matches = matches->len;
  for (guint i = 0; i < matches->len; i++)
    {
      MzDuplicateMatch *m = g_ptr_array_index (matches, i);

      g_assert_nonnull (m->name);
      if (g_strcmp0 (m->partner_id, id) == 0)
        return m->reasons;
    }
  return 0;
}

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *na = mz_partner_normalize_name (a);
  g_autofree char *nb = mz_partner_normalize_name (b);

  g_test_message ("%s → %s; %s → %s", a, na, b, nb);
  g_assert_cmpstr (na, ==, nb);
  g_assert_cmpstr (na, !=, "");
}

static void
assert_other_key (const char *a,
                  const char *b)
{
  g_autofree char *na = mz_partner_normalize_name (a);
  g_autofree char *nb = mz_partner_normalize_name (b);

  g_assert_cmpstr (na, !=, nb);
}

static void
test_normalize (void)
{
  g_autofree char *plain = mz_partner_normalize_name ("  The  Huawei   Technologies Co., Ltd. ");

  g_assert_cmpstr (plain, ==, "huawei technologies");

  /* Latin: case, accents, punctuation, legal forms, articles. */
  assert_same_key ("Orange S.A.", "ORANGE SA");
  assert_same_key ("Deutsche Telekom AG", "deutsche telekom");
  assert_same_key ("Siemens GmbH", "Siemens");
  assert_same_key ("Vodafone Group Plc", "Vodafone Group");
  assert_same_key ("Acme, Inc.", "ACME Incorporated");
  assert_same_key ("Société Générale", "Societe Generale S.A.");
  assert_same_key ("La Poste", "Poste");
  assert_same_key ("The Rockefeller Foundation", "Rockefeller Foundation");
  assert_same_key ("Ｔｅｌｅｎｏｒ　ＡＳＡ", "Telenor");   /* full width, NFKC */
  assert_other_key ("Telenor", "Telia");

  /* Chinese: legal forms glued to the name, full-width punctuation. */
  assert_same_key ("华为技术有限公司", "华为技术");
  assert_same_key ("中国电信股份有限公司", "中国电信");
  assert_same_key ("中兴通讯（股份）有限公司", "中兴通讯 股份");
  assert_other_key ("中国电信", "中国移动");

  /* Arabic: the joined article, harakat and tatweel. */
  assert_same_key ("الاتحاد الدولي للاتصالات", "اتحاد الدولي للاتصالات");
  assert_same_key ("مُنظَّمة", "منظمة");
  assert_same_key ("اتصـــالات", "اتصالات");
  assert_other_key ("اتصالات", "زين");

  /* Cyrillic: case and legal forms. */
  assert_same_key ("ПАО «Ростелеком»", "Ростелеком");
  assert_same_key ("ООО Яндекс", "яндекс ооо");
  assert_same_key ("МЕГАФОН", "Мегафон");
  assert_other_key ("Мегафон", "Билайн");

  /* A name that is only a legal form keeps it. */
  {
    g_autofree char *only = mz_partner_normalize_name ("Ltd.");
    g_autofree char *empty = mz_partner_normalize_name (" -- ");

    g_assert_cmpstr (only, ==, "ltd");
    g_assert_cmpstr (empty, ==, "");
  }
}

static void
test_domains (void)
{
  struct { const char *in; const char *out; } web[] = {
    { "https://www.Example.org/x", "example.org" },
    { "http://itu.int", "itu.int" },
    { "www.huawei.com", "huawei.com" },
    { "HUAWEI.COM/en/", "huawei.com" },
    { "https://user@portal.gov.za:8443/a?b#c", "portal.gov.za" },
    { "https://www2.unicef.org", "unicef.org" },
    { "http://中国电信.cn", "中国电信.cn" },
    { "not a website", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (web); i++)
    {
      g_autofree char *d = mz_partner_website_domain (web[i].in);

      g_assert_cmpstr (d, ==, web[i].out);
    }

  {
    g_autofree char *a = mz_partner_email_domain ("Amina.Okafor@Example.ORG");
    g_autofree char *b = mz_partner_email_domain ("no-at-sign");

    g_assert_cmpstr (a, ==, "example.org");
    g_assert_null (b);
  }
  g_assert_true (mz_partner_is_webmail_domain ("gmail.com"));
  g_assert_true (mz_partner_is_webmail_domain ("qq.com"));
  g_assert_true (mz_partner_is_webmail_domain ("163.com"));
  g_assert_false (mz_partner_is_webmail_domain ("itu.int"));
}

static void
test_describe (void)
{
  g_autofree char *one = mz_duplicate_reasons_describe (MZ_DUPLICATE_WEBSITE);
  g_autofree char *two = mz_duplicate_reasons_describe (MZ_DUPLICATE_NAME | MZ_DUPLICATE_WEBSITE);
  g_autofree char *none = mz_duplicate_reasons_describe (0);

  g_assert_cmpstr (one, ==, "same website");
  g_assert_cmpstr (two, ==, "same name, same website");
  g_assert_cmpstr (none, ==, "");
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(MzPartner) huawei = create_partner (f, "Huawei Technologies Co., Ltd.", "sector_member", "CN",
                                                "https://www.huawei.com");
  g_autoptr(MzPartner) telecom = create_partner (f, "China Telecom", "sector_member", "CN", NULL);
  g_autoptr(MzPartner) kenya = create_partner (f, "Republic of Kenya", "member_state", "KE", NULL);
  g_autoptr(MzPartner) uni = create_partner (f, "University of Nairobi", "academia", "KE", NULL);
  g_autoptr(MzPartner) candidate = NULL;
  const char *domains[] = { "chinatelecom.cn", "gmail.com", NULL };
  guint n;

  /* Name, any of name, local name and short name. */
  candidate = make_partner ("HUAWEI TECHNOLOGIES", "private_sector", "DE", NULL);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (huawei), NULL), ==, MZ_DUPLICATE_NAME);
  g_clear_object (&candidate);

  {
    g_autoptr(GError) error = NULL;

    mz_partner_set_local_name (telecom, "中国电信股份有限公司");
    g_assert_true (mz_partner_service_update (f->store, telecom, &error));
    g_assert_no_error (error);
  }
  candidate = make_partner ("中国电信", "sector_member", "CN", NULL);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (telecom), NULL), ==,
                    MZ_DUPLICATE_NAME | MZ_DUPLICATE_COUNTRY_TYPE);
  g_clear_object (&candidate);

  /* Website domain. */
  candidate = make_partner ("Something else", "sme", NULL, "http://HUAWEI.com/en");
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (huawei), NULL), ==, MZ_DUPLICATE_WEBSITE);
  g_clear_object (&candidate);

  /* E-mail domain of contacts; webmail says nothing. */
  add_contact (f, mz_partner_get_id (telecom), "lin.wei@ChinaTelecom.cn");
  add_contact (f, mz_partner_get_id (uni), "someone@gmail.com");
  candidate = make_partner ("CT Group", "sme", NULL, NULL);
  g_assert_cmpuint (find_reasons (f, candidate, domains, mz_partner_get_id (telecom), NULL), ==,
                    MZ_DUPLICATE_EMAIL_DOMAIN);
  g_assert_cmpuint (find_reasons (f, candidate, domains, mz_partner_get_id (uni), NULL), ==, 0);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (telecom), NULL), ==, 0);
  g_clear_object (&candidate);

  /* Member States: one per country, so country and type alone match. */
  candidate = make_partner ("Kenya", "member_state", "KE", NULL);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (kenya), NULL), ==,
                    MZ_DUPLICATE_COUNTRY_TYPE);
  g_clear_object (&candidate);

  /* Other types: country and type alone are no duplicate. */
  candidate = make_partner ("Kenyatta University", "academia", "KE", NULL);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (uni), &n), ==, 0);
  g_assert_cmpuint (n, ==, 0);
  g_clear_object (&candidate);

  /* Its own row is not its duplicate. */
  g_assert_cmpuint (find_reasons (f, huawei, NULL, mz_partner_get_id (huawei), &n), ==, 0);
  g_assert_cmpuint (n, ==, 0);

  /* Best first; @max is respected. */
  {
    g_autoptr(MzPartner) twin = create_partner (f, "Huawei Technologies", "sector_member", "CN", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) matches = NULL;

    candidate = make_partner ("Huawei Technologies GmbH", "sector_member", "CN", "huawei.com");
    matches = mz_partner_find_duplicates (f->store, candidate, NULL, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (matches->len, ==, 2);
    g_assert_cmpstr (((MzDuplicateMatch *) matches->pdata[0])->partner_id, ==, mz_partner_get_id (huawei));
    g_assert_cmpuint (((MzDuplicateMatch *) matches->pdata[0])->reasons, ==,
                      MZ_DUPLICATE_NAME | MZ_DUPLICATE_WEBSITE | MZ_DUPLICATE_COUNTRY_TYPE);
    g_assert_cmpstr (((MzDuplicateMatch *) matches->pdata[1])->partner_id, ==, mz_partner_get_id (twin));
    g_clear_pointer (&matches, g_ptr_array_unref);

    matches = mz_partner_find_duplicates (f->store, candidate, NULL, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (matches->len, ==, 1);
    g_clear_object (&candidate);
  }
}

static void
test_excluded (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) a = create_partner (f, "Orange S.A.", "sector_member", "FR", "orange.com");
  g_autoptr(MzPartner) b = create_partner (f, "Orange", "sector_member", "FR", NULL);
  g_autoptr(MzPartner) candidate = make_partner ("ORANGE", "private_sector", NULL, "www.orange.com");
  guint n;

  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (a), &n), ==,
                    MZ_DUPLICATE_NAME | MZ_DUPLICATE_WEBSITE);
  g_assert_cmpuint (n, ==, 2);

  /* Archived: gone; restored: back. */
  g_assert_true (mz_partner_service_archive (f->store, mz_partner_get_id (a), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (a), &n), ==, 0);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (mz_partner_service_restore (f->store, mz_partner_get_id (a), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (a), &n), !=, 0);

  /* Merged: gone. */
  g_assert_true (mz_store_exec (f->store, "UPDATE partner SET merged_into = "
                                "(SELECT id FROM partner WHERE name = 'Orange S.A.') "
                                "WHERE name = 'Orange'", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (b), &n), ==, 0);
  g_assert_cmpuint (n, ==, 1);

  /* A renamed partner no longer matches by its old name. */
  mz_partner_set_name (a, "Totally Different");
  g_assert_true (mz_partner_service_update (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (a), NULL), ==, MZ_DUPLICATE_WEBSITE);
}

/* Keys written by the migration's full rebuild and inside a transaction. */
static void
test_rebuild (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) a = create_partner (f, "Telkom Kenya Ltd", "sector_member", "KE", NULL);
  g_autoptr(MzPartner) candidate = make_partner ("Telkom Kenya", "sme", NULL, NULL);
  g_autoptr(MzPartner) b = NULL;

  g_assert_true (mz_store_exec (f->store, "DELETE FROM partner_dup_key", &error));
  g_assert_no_error (error);
  g_assert_true (mz_store_exec (f->store, "INSERT OR IGNORE INTO partner_dup_dirty VALUES ('*')", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (a), NULL), ==, MZ_DUPLICATE_NAME);

  /* The full rebuild reads the contacts' e-mail domains too. */
  add_contact (f, mz_partner_get_id (a), "jane@telkom.co.ke");
  add_contact (f, mz_partner_get_id (a), "joe@yahoo.com");
  g_assert_true (mz_store_exec (f->store, "DELETE FROM partner_dup_key", &error));
  g_assert_true (mz_store_exec (f->store, "INSERT OR IGNORE INTO partner_dup_dirty VALUES ('*')", &error));
  g_assert_no_error (error);
  {
    const char *domains[] = { "telkom.co.ke", NULL };
    const char *webmail[] = { "yahoo.com", NULL };
    g_autoptr(MzPartner) other = make_partner ("TK", "sme", NULL, NULL);

    g_assert_cmpuint (find_reasons (f, other, domains, mz_partner_get_id (a), NULL), ==, MZ_DUPLICATE_EMAIL_DOMAIN);
    g_assert_cmpuint (find_reasons (f, other, webmail, mz_partner_get_id (a), NULL), ==, 0);
  }

  /* An import writes a row, then asks about the next, in one transaction. */
  g_assert_true (mz_store_begin (f->store, &error));
  b = make_partner ("Safaricom PLC", "sector_member", "KE", NULL);
  g_assert_true (mz_partner_store_insert (f->store, b, &error));
  g_assert_no_error (error);
  g_clear_object (&candidate);
  candidate = make_partner ("Safaricom", "sme", NULL, NULL);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (b), NULL), ==, MZ_DUPLICATE_NAME);
  g_assert_true (mz_store_in_transaction (f->store));
  mz_store_rollback (f->store);
  g_assert_cmpuint (find_reasons (f, candidate, NULL, mz_partner_get_id (b), NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/duplicates/normalize", test_normalize);
  g_test_add_func ("/duplicates/domains", test_domains);
  g_test_add_func ("/duplicates/describe", test_describe);
  ADD ("/duplicates/find", test_find);
  ADD ("/duplicates/excluded", test_excluded);
  ADD ("/duplicates/rebuild", test_rebuild);

  return g_test_run ();
}

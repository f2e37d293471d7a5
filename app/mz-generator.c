/* mz-generator.c — fill a database with realistic, clearly fictitious data
 *
 * Names are assembled from syllables and words, so they look like names in
 * each script without being those of real organisations or people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mz-bulk.h"
#include "mz-contact-store.h"
#include "mz-countries.h"
#include "mz-follow-up-store.h"
#include "mz-generator.h"
#include "mz-generator-money.h"
#include "mz-interaction-store.h"
#include "mz-json.h"
#include "mz-org-unit.h"
#include "mz-partner-relation-store.h"
#include "mz-partner-service.h"
#include "mz-partner-store.h"
#include "mz-staff.h"

#define N(array) G_N_ELEMENTS (array)
#define PICK(rand, array) (array)[g_rand_int_range ((rand), 0, N (array))]

typedef enum
{
  SCRIPT_LATIN,
  SCRIPT_CHINESE,
  SCRIPT_ARABIC,
  SCRIPT_CYRILLIC,
} Script;

/* Name material ---------------------------------------------------------- */

static const char * const latin_syllables[] = {
  "tel", "com", "vor", "net", "dig", "ika", "sol", "tra", "nex", "ora", "lum", "qua",
  "zen", "fib", "ari", "mo", "ta", "ra", "no", "vi", "sa", "ken", "lin", "dor", "bel",
  "cas", "mar", "tri", "ux", "on", "es", "ia", "al", "gen", "po", "ser", "tec", "ul",
  "wa", "ri", "ko", "am", "it", "un", "ion", "ver", "sat", "lux", "kor", "mi",
};

static const char * const company_suffixes[] = {
  "Networks", "Telecom", "Digital", "Systems", "Labs", "Solutions", "Communications",
  "Technologies", "Satellite", "Mobile", "Broadband", "Data", "Cloud", "Fibre",
};

static const char * const company_forms[] = { "", "", "", " SA", " Ltd", " GmbH", " Inc.", " AG", " S.A.S.", " plc", " LLC" };

static const char * const ministry_topics[] = {
  "Communications", "Digital Economy", "Information and Communication Technologies",
  "Finance", "Foreign Affairs", "Innovation and Technology", "Telecommunications and Posts",
  "Science and Higher Education", "Economic Development", "Transport and Communications",
};

static const char * const causes[] = {
  "Digital Inclusion", "Connectivity", "Open Knowledge", "Rural Broadband", "Girls in ICT",
  "Disaster Resilience", "Digital Skills", "Green Technology", "Accessible ICT", "Online Safety",
};

static const char * const cities[] = {
  "Geneva", "Nairobi", "Lima", "Tunis", "Hanoi", "Almaty", "Lisbon", "Dakar", "Quito", "Amman",
  "Manila", "Tbilisi", "Accra", "Bogotá", "Muscat", "Suva", "Kraków", "Montréal", "São Paulo",
  "Yaoundé", "Kigali", "Santiago", "Bangkok", "Cairo", "Tashkent", "Helsinki", "Jakarta",
};

static const char * const zh_syllables[] = {
  "华", "信", "通", "联", "电", "讯", "科", "技", "网", "络", "数", "字", "中", "天", "星",
  "光", "云", "智", "国", "际", "新", "创", "达", "盛", "博", "远", "海", "东", "瑞", "航",
};

static const char * const zh_suffixes[] = {
  "有限公司", "集团", "科技有限公司", "通信股份有限公司", "大学", "研究院", "基金会", "协会",
};

static const char * const ar_words[] = {
  "الاتصالات", "الرقمية", "الاتحاد", "العربي", "الوطنية", "الخليج", "النور", "المستقبل",
  "التقنية", "الشبكات", "الأفق", "الفضاء", "المعرفة", "الابتكار", "السلام", "الشرق",
};

static const char * const ar_forms[] = {
  "شركة", "مؤسسة", "جامعة", "وزارة", "هيئة", "مجموعة", "مركز", "صندوق",
};

static const char * const ru_words[] = {
  "Союз", "Связь", "Телеком", "Цифровые", "Системы", "Сети", "Инфо", "Альфа", "Север",
  "Восток", "Технологии", "Спутник", "Радио", "Простор", "Вектор", "Орбита", "Эфир", "Мост",
};

static const char * const ru_forms[] = {
  "ООО", "АО", "ПАО", "Университет", "Министерство", "Фонд", "Институт", "Ассоциация",
};

/* Given and family names in Latin letters with their local-script form. */
typedef struct
{
  const char *latin;
  const char *local;
} Pair;

static const Pair zh_family[] = {
  { "Wang", "王" }, { "Li", "李" }, { "Zhang", "张" }, { "Liu", "刘" }, { "Chen", "陈" },
  { "Yang", "杨" }, { "Huang", "黄" }, { "Zhao", "赵" }, { "Zhou", "周" }, { "Wu", "吴" },
};
static const Pair zh_given[] = {
  { "Wei", "伟" }, { "Fang", "芳" }, { "Na", "娜" }, { "Min", "敏" }, { "Jing", "静" },
  { "Li", "丽" }, { "Qiang", "强" }, { "Lei", "磊" }, { "Jun", "军" }, { "Yang", "洋" },
  { "Xiaoming", "小明" }, { "Hua", "华" }, { "Dianlian", "电联" },
};
static const Pair ar_family[] = {
  { "Haddad", "حداد" }, { "Mansour", "منصور" }, { "Khalil", "خليل" }, { "Nasser", "ناصر" },
  { "Saleh", "صالح" }, { "Hamdan", "حمدان" }, { "Qasim", "قاسم" }, { "Farouk", "فاروق" },
};
static const Pair ar_given[] = {
  { "Mohammed", "محمد" }, { "Ahmed", "أحمد" }, { "Fatima", "فاطمة" }, { "Ali", "علي" },
  { "Layla", "ليلى" }, { "Omar", "عمر" }, { "Mariam", "مريم" }, { "Youssef", "يوسف" },
  { "Nour", "نور" }, { "Huda", "هدى" },
};
static const Pair ru_family[] = {
  { "Ivanov", "Иванов" }, { "Petrova", "Петрова" }, { "Smirnov", "Смирнов" },
  { "Kuznetsova", "Кузнецова" }, { "Popov", "Попов" }, { "Sokolova", "Соколова" },
  { "Volkov", "Волков" }, { "Morozova", "Морозова" }, { "Soyuzov", "Союзов" },
};
static const Pair ru_given[] = {
  { "Ivan", "Иван" }, { "Olga", "Ольга" }, { "Sergei", "Сергей" }, { "Anna", "Анна" },
  { "Dmitri", "Дмитрий" }, { "Elena", "Елена" }, { "Aigerim", "Айгерим" }, { "Timur", "Тимур" },
};
static const char * const latin_given[] = {
  "Maria", "José", "Amina", "John", "Sofia", "Kwame", "Lucía", "Pierre", "Anna", "Rahul",
  "Chloé", "Daniel", "Grace", "Mateo", "Ingrid", "Kofi", "Priya", "Tomás", "Emma", "Yuki",
  "Oluwaseun", "Elif", "Lars", "Camila", "Nguyen", "Aroha", "Fatou", "Jan", "Isabel", "Hugo",
};
static const char * const latin_family[] = {
  "Silva", "Mensah", "Dubois", "García", "Okafor", "Smith", "Rossi", "Müller", "Nakamura",
  "Santos", "Kowalski", "Haddad", "Sharma", "Jensen", "Diallo", "Fernández", "O'Brien",
  "Tanaka", "Nkosi", "Lefèvre", "Andersen", "Costa", "Ndiaye", "Brown", "Yilmaz", "Moreau",
};

static const char * const subjects[] = {
  "Briefing on the budget and unmet needs", "Sector membership renewal",
  "Proposal for Green Digital Action", "AI for Good summit sponsorship",
  "Regional initiative on rural connectivity", "Follow-up on the trust fund agreement",
  "Secondment of an expert", "Contribution to the HQ building project",
  "Emergency telecommunications support", "Cybersecurity capacity building",
  "Digital skills programme for youth", "Annual donor report", "Partner-led project review",
  "Academia membership benefits", "SME participation in study groups",
  "Event sponsorship under the guidelines", "Multi-year commitment negotiation",
  "In-kind contribution: equipment", "Joint statement on e-waste", "Visit of the delegation",
};

static const char * const tags[] = {
  "GDA", "AI for Good", "Giga", "P2C", "WSIS", "youth", "gender", "cybersecurity",
  "emergency telecom", "e-waste", "HQ building", "SDG 9",
};

static const char * const languages[] = { "en", "fr", "es", "ar", "zh", "ru" };

static const char * const kinds[] = { "meeting", "call", "email", "visit", "event", "proposal" };

/* Partner types with their weight in a thousand. */
static const struct
{
  const char *type;
  guint       weight;
} type_weights[] = {
  { "ministry", 90 }, { "sector_member", 150 }, { "associate", 80 }, { "academia", 100 },
  { "sme", 120 }, { "private_sector", 200 }, { "foundation", 50 }, { "development_bank", 10 },
  { "un_agency", 10 }, { "igo", 30 }, { "ngo", 130 }, { "individual", 30 },
};

/* State of one run -------------------------------------------------------- */

typedef struct
{
  MzStore        *store;
  GRand          *rand;
  GCancellable   *cancellable;
  MzGeneratorProgress progress;
  gpointer        user_data;

  GPtrArray      *unit_ids;        /* of org_unit */
  GPtrArray      *unit_regions;
  GPtrArray      *staff_ids;       /* all */
  GPtrArray      *staff_by_unit;   /* GPtrArray of ids per unit index */

  const char * const *countries;
  guint           n_countries;

  /* Per partner, by index. */
  GPtrArray      *partner_ids;
  GArray         *partner_unit;    /* guint: index of the lead unit */
  GArray         *partner_type;    /* guint: index into type_weights, or G_MAXUINT (member state) */
  GArray         *partner_country; /* guint: index into countries */
  GPtrArray      *partner_domain;  /* e-mail domain */
  GPtrArray      *partner_contacts; /* GPtrArray of contact ids, or NULL */
  GHashTable     *state_of_country; /* country code → partner id of its member state */

  char            today[11];
  guint           n_relations;
  guint           n_follow_ups;
  guint           n_links;
} Run;

static void
report (Run        *run,
        const char *what,
        guint       done,
        guint       total)
{
  if (run->progress != NULL)
    run->progress (what, done, total, run->user_data);
}

static gboolean
cancelled (Run     *run,
           GError **error)
{
  return g_cancellable_set_error_if_cancelled (run->cancellable, error);
}

static Script
script_of_country (const char *code)
{
  const char *region = mz_countries_get_region (code);

  if (g_strcmp0 (region, "ARB") == 0)
    return SCRIPT_ARABIC;
  if (g_strcmp0 (region, "CIS") == 0 || g_strcmp0 (code, "UA") == 0 || g_strcmp0 (code, "BG") == 0 ||
      g_strcmp0 (code, "RS") == 0 || g_strcmp0 (code, "MK") == 0 || g_strcmp0 (code, "MN") == 0)
    return SCRIPT_CYRILLIC;
  if (g_strcmp0 (code, "CN") == 0 || g_strcmp0 (code, "TW") == 0 || g_strcmp0 (code, "HK") == 0 ||
      g_strcmp0 (code, "MO") == 0 || g_strcmp0 (code, "SG") == 0)
    return SCRIPT_CHINESE;
  return SCRIPT_LATIN;
}

/* A made-up brand: two or three Latin syllables, capitalised. */
static char *
latin_brand (GRand *rand)
{
  GString *out = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (out, PICK (rand, latin_syllables));
  out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}

static char *
chinese_name (GRand      *rand,
              const char *suffix)
{
  GString *out = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 5);

  for (guint i = 0; i < n; i++)
    g_string_append (out, PICK (rand, zh_syllables));
  g_string_append (out, suffix ? suffix : PICK (rand, zh_suffixes));
  return g_string_free (out, FALSE);
}

static char *
arabic_name (GRand *rand)
{
  return g_strdup_printf ("%s %s %s", PICK (rand, ar_forms), PICK (rand, ar_words), PICK (rand, ar_words));
}

static char *
cyrillic_name (GRand *rand)
{
  return g_strdup_printf ("%s «%s%s»", PICK (rand, ru_forms), PICK (rand, ru_words),
                          g_rand_boolean (rand) ? "" : PICK (rand, ru_words));
}

static char *
local_name_for (GRand  *rand,
                Script  script)
{
  switch (script)
    {
    case SCRIPT_CHINESE:
      return chinese_name (rand, NULL);
    case SCRIPT_ARABIC:
      return arabic_name (rand);
    case SCRIPT_CYRILLIC:
      return cyrillic_name (rand);
    case SCRIPT_LATIN:
    default:
      return NULL;
    }
}

static char *
partner_name (GRand       *rand,
              const char  *type,
              const char  *country_name,
              const char  *brand)
{
  if (g_str_equal (type, "ministry"))
    return g_strdup_printf ("Ministry of %s, %s", PICK (rand, ministry_topics), country_name);
  if (g_str_equal (type, "academia"))
    return g_rand_boolean (rand)
           ? g_strdup_printf ("University of %s %s", PICK (rand, cities), brand)
           : g_strdup_printf ("%s Institute of Technology", brand);
  if (g_str_equal (type, "foundation"))
    return g_strdup_printf ("%s Foundation", brand);
  if (g_str_equal (type, "ngo"))
    return g_strdup_printf ("%s for %s", brand, PICK (rand, causes));
  if (g_str_equal (type, "development_bank"))
    return g_strdup_printf ("%s Development Bank", brand);
  if (g_str_equal (type, "un_agency"))
    return g_strdup_printf ("United Nations %s Programme", brand);
  if (g_str_equal (type, "igo"))
    return g_strdup_printf ("International %s Union", brand);
  if (g_str_equal (type, "individual"))
    return g_strdup_printf ("%s %s", PICK (rand, latin_given), PICK (rand, latin_family));
  return g_strdup_printf ("%s %s%s", brand, PICK (rand, company_suffixes), PICK (rand, company_forms));
}

static guint
pick_type (GRand *rand)
{
  guint r = g_rand_int_range (rand, 0, 1000);

  for (guint i = 0; i < N (type_weights); i++)
    {
      if (r < type_weights[i].weight)
        return i;
      r -= type_weights[i].weight;
    }
  return N (type_weights) - 1;
}

static void
date_add_days (const char *date,
               int         days,
               char        out[11])
{
  int y = 2019, m = 1, d = 1;
  GDate g;

  sscanf (date, "%d-%d-%d", &y, &m, &d);
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, d, m, y);
  g_date_add_days (&g, days);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&g), g_date_get_month (&g),
              g_date_get_day (&g));
}

/* Units and staff --------------------------------------------------------- */

static gboolean
load_units_and_staff (Run     *run,
                      GError **error)
{
  g_autoptr(GListModel) units = mz_org_unit_list (run->store, error);
  guint n;

  if (units == NULL)
    return FALSE;

  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);
      GPtrArray *staff = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (run->unit_ids, g_strdup (mz_org_unit_get_id (unit)));
      g_ptr_array_add (run->unit_regions, g_strdup (mz_org_unit_get_region (unit)));
      g_ptr_array_add (run->staff_by_unit, staff);

      /* Five account managers per unit. */
      for (guint k = 0; k < 5; k++)
        {
          g_autofree char *name = g_strdup_printf ("%s %s (%s)",
                                                   latin_given[(i * 5 + k) % N (latin_given)],
                                                   latin_family[(i * 7 + k * 3) % N (latin_family)],
                                                   mz_org_unit_get_code (unit));
          char *id = NULL;

          if (!mz_staff_ensure (run->store, name, mz_org_unit_get_id (unit), &id, error))
            return FALSE;
          g_ptr_array_add (staff, id);
          g_ptr_array_add (run->staff_ids, g_strdup (id));
        }
    }

  return n > 0;
}

/* A unit for a partner: half of them are led by the regional office of
 * their region, the others by GS or a bureau or any office. */
static guint
pick_unit (Run        *run,
           const char *region)
{
  if (region != NULL && g_rand_boolean (run->rand))
    for (guint i = 0; i < run->unit_ids->len; i++)
      if (g_strcmp0 (run->unit_regions->pdata[i], region) == 0)
        return i;
  return g_rand_int_range (run->rand, 0, run->unit_ids->len);
}

static const char *
pick_staff (Run   *run,
            guint  unit)
{
  GPtrArray *staff = run->staff_by_unit->pdata[unit];

  return staff->pdata[g_rand_int_range (run->rand, 0, staff->len)];
}

/* Partners ------------------------------------------------------------------ */

static gboolean
add_partner (Run         *run,
             MzPartner   *p,
             guint        type_index,
             guint        country,
             GError     **error)
{
  const char *code = run->countries[country];
  const char *type = type_index == G_MAXUINT ? "member_state" : type_weights[type_index].type;
  const char *region = mz_countries_get_region (code);
  Script script = script_of_country (code);
  g_autofree char *brand = latin_brand (run->rand);
  g_autofree char *name = NULL;
  g_autofree char *local = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *website = NULL;
  g_autofree char *domain = NULL;
  const char *partner_tags[3] = { NULL, NULL, NULL };
  guint unit = pick_unit (run, region);
  guint32 r = g_rand_int (run->rand);

  if (type_index == G_MAXUINT)
    {
      name = g_strdup (mz_countries_get_name (code));
      local = local_name_for (run->rand, script);
    }
  else
    {
      name = partner_name (run->rand, type, mz_countries_get_name (code), brand);
      if (script != SCRIPT_LATIN && r % 4 != 0)
        local = local_name_for (run->rand, script);
      else if (r % 23 == 0)
        /* A few local names in another script, as happens with
         * multinational groups. */
        local = local_name_for (run->rand, 1 + r % 3);
    }

  if (r % 3 == 0)
    {
      GString *acronym = g_string_new (NULL);

      for (const char *s = name; *s; s++)
        if (g_ascii_isupper (*s) && (s == name || s[-1] == ' '))
          g_string_append_c (acronym, *s);
      short_name = g_string_free (acronym, acronym->len < 2);
    }

  domain = g_ascii_strdown (brand, -1);
  website = g_strdup_printf ("https://www.%s.%s", domain,
                             g_str_equal (code, "GB") ? "co.uk" : (r % 2 ? "com" : "org"));

  if (r % 5 == 0)
    partner_tags[0] = PICK (run->rand, tags);
  if (r % 15 == 0)
    partner_tags[1] = PICK (run->rand, tags);

  mz_partner_set_name (p, name);
  mz_partner_set_local_name (p, local);
  mz_partner_set_short_name (p, short_name);
  mz_partner_set_partner_type (p, type);
  mz_partner_set_country (p, g_str_equal (type, "igo") || g_str_equal (type, "un_agency") ? NULL : code);
  mz_partner_set_region (p, g_str_equal (type, "igo") || g_str_equal (type, "un_agency") ? NULL : region);
  mz_partner_set_status (p, r % 10 < 6 ? "active" : (r % 10 < 9 ? "prospect" : "inactive"));
  mz_partner_set_lead_unit_id (p, run->unit_ids->pdata[unit]);
  mz_partner_set_account_manager_id (p, r % 7 == 0 ? NULL : pick_staff (run, unit));
  mz_partner_set_sector_r (p, g_str_equal (type, "sector_member") && r % 3 == 0);
  mz_partner_set_sector_t (p, g_str_equal (type, "sector_member") && r % 2 == 0);
  mz_partner_set_sector_d (p, g_str_equal (type, "sector_member") && r % 3 != 0);
  mz_partner_set_membership_category (p, g_str_equal (type, "sector_member") ? "class 1/2" : NULL);
  mz_partner_set_contributory_units_x16 (p, type_index == G_MAXUINT ? 1 + (r % 40) * 8 : 0);
  mz_partner_set_ceb_contributor_type (p, mz_partner_default_ceb_type (type));
  mz_partner_set_iati_org_type (p, mz_partner_default_iati_type (type));
  mz_partner_set_website (p, website);
  mz_partner_set_tags (p, partner_tags[0] ? partner_tags : NULL);
  mz_partner_set_notes (p, r % 11 == 0 ? "Generated for testing." : NULL);

  if (!mz_partner_store_insert (run->store, p, error))
    return FALSE;

  g_ptr_array_add (run->partner_ids, g_strdup (mz_partner_get_id (p)));
  g_array_append_val (run->partner_unit, unit);
  g_array_append_val (run->partner_type, type_index);
  g_array_append_val (run->partner_country, country);
  g_ptr_array_add (run->partner_domain, g_steal_pointer (&domain));
  g_ptr_array_add (run->partner_contacts, NULL);
  if (type_index == G_MAXUINT)
    g_hash_table_insert (run->state_of_country, (gpointer) code, g_strdup (mz_partner_get_id (p)));
  return TRUE;
}

/* The 193 Member States of ITU (ISO 3166-1 alpha-2): the Members of the
 * United Nations except Palau, and the Vatican City State. iso-codes lists
 * 249 countries and territories without saying which are states; the
 * territories, dependencies and observers (e.g. AS, GL, HK, PR, PS, TW)
 * are not Member States. */
static const char * const itu_member_states[] = {
  "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA",
  "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS",
  "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM",
  "CN", "CO", "CR", "CU", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO",
  "DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ", "FM", "FR", "GA",
  "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN",
  "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JM",
  "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ",
  "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
  "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MM", "MN", "MR", "MT", "MU",
  "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG", "NI", "NL", "NO", "NP",
  "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PT", "PY", "QA",
  "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SI", "SK",
  "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG",
  "TH", "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TZ", "UA", "UG",
  "US", "UY", "UZ", "VA", "VC", "VE", "VN", "VU", "WS", "YE", "ZA", "ZM",
  "ZW", NULL
};

const char * const *
mz_generator_member_states (void)
{
  return itu_member_states;
}

static gboolean
generate_partners (Run      *run,
                   guint     n,
                   GError  **error)
{
  g_autoptr(MzPartner) p = mz_partner_new ();
  guint i = 0;

  /* One Member State per ITU Member State first (as far as @n allows),
   * then the others in every country and territory. */
  for (guint c = 0; i < n && c < run->n_countries; c++)
    {
      if (!g_strv_contains (itu_member_states, run->countries[c]))
        continue;
      if (!add_partner (run, p, G_MAXUINT, c, error))
        return FALSE;
      i++;
    }

  for (; i < n; i++)
    {
      if (!add_partner (run, p, pick_type (run->rand),
                        g_rand_int_range (run->rand, 0, run->n_countries), error))
        return FALSE;

      if (i % 1000 == 0)
        {
          if (cancelled (run, error))
            return FALSE;
          report (run, _("Partners"), i, n);
        }
    }

  report (run, _("Partners"), n, n);
  return TRUE;
}

/* Relations: ministries belong to their state and some pay on its behalf;
 * a few companies are subsidiaries of others; some ministries regulate
 * Sector Members. */
static gboolean
generate_relations (Run      *run,
                    GError  **error)
{
  g_autoptr(MzPartnerRelation) r = mz_partner_relation_new ();
  guint n = run->partner_ids->len;
  const char *last_company = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint type = g_array_index (run->partner_type, guint, i);
      const char *code = run->countries[g_array_index (run->partner_country, guint, i)];
      const char *state = g_hash_table_lookup (run->state_of_country, code);
      const char *to = NULL;
      const char *kind = NULL;

      if (type == G_MAXUINT)
        continue;

      if (g_str_equal (type_weights[type].type, "ministry") && state != NULL)
        {
          to = state;
          kind = g_rand_int_range (run->rand, 0, 4) == 0 ? "pays_on_behalf_of" : "ministry_of";
        }
      else if (g_str_equal (type_weights[type].type, "private_sector"))
        {
          if (last_company != NULL && g_rand_int_range (run->rand, 0, 20) == 0)
            {
              to = last_company;
              kind = "subsidiary_of";
            }
          last_company = run->partner_ids->pdata[i];
        }

      if (to == NULL || g_strcmp0 (to, run->partner_ids->pdata[i]) == 0)
        continue;

      mz_partner_relation_set_from_partner_id (r, run->partner_ids->pdata[i]);
      mz_partner_relation_set_to_partner_id (r, to);
      mz_partner_relation_set_kind (r, kind);
      if (!mz_partner_relation_store_insert (run->store, r, error))
        return FALSE;
      run->n_relations++;
    }

  return TRUE;
}

/* Contacts ------------------------------------------------------------------ */

static char *
ascii_lower (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *s = ascii; *s; s++)
    if (g_ascii_isalnum (*s))
      g_string_append_c (out, g_ascii_tolower (*s));
  return g_string_free (out, FALSE);
}

static gboolean
generate_contacts (Run      *run,
                   guint     n,
                   GError  **error)
{
  g_autoptr(MzContact) c = mz_contact_new ();
  guint n_partners = run->partner_ids->len;

  for (guint i = 0; i < n; i++)
    {
      /* Every partner gets one before any gets two. */
      guint partner = i < n_partners ? i : (guint) g_rand_int_range (run->rand, 0, n_partners);
      const char *code = run->countries[g_array_index (run->partner_country, guint, partner)];
      GPtrArray *ids = run->partner_contacts->pdata[partner];
      const char *given, *family, *local_given = NULL, *local_family = NULL;
      g_autofree char *local = NULL;
      g_autofree char *email = NULL;
      g_autofree char *g = NULL;
      g_autofree char *f = NULL;
      g_autofree char *phone = NULL;
      const char *emails[2] = { NULL, NULL };
      const char *phones[2] = { NULL, NULL };
      const char *language = "en";
      guint32 r = g_rand_int (run->rand);

      switch (script_of_country (code))
        {
        case SCRIPT_CHINESE:
          {
            const Pair *fam = &PICK (run->rand, zh_family), *giv = &PICK (run->rand, zh_given);
            family = fam->latin, given = giv->latin, local_family = fam->local, local_given = giv->local;
            local = g_strconcat (local_family, local_given, NULL);
            language = "zh";
          }
          break;
        case SCRIPT_ARABIC:
          {
            const Pair *fam = &PICK (run->rand, ar_family), *giv = &PICK (run->rand, ar_given);
            family = fam->latin, given = giv->latin, local_family = fam->local, local_given = giv->local;
            local = g_strconcat (local_given, " ", local_family, NULL);
            language = r % 3 ? "ar" : "fr";
          }
          break;
        case SCRIPT_CYRILLIC:
          {
            const Pair *fam = &PICK (run->rand, ru_family), *giv = &PICK (run->rand, ru_given);
            family = fam->latin, given = giv->latin, local_family = fam->local, local_given = giv->local;
            local = g_strconcat (local_given, " ", local_family, NULL);
            language = "ru";
          }
          break;
        case SCRIPT_LATIN:
        default:
          given = PICK (run->rand, latin_given);
          family = PICK (run->rand, latin_family);
          language = languages[r % 3];
        }

      g = ascii_lower (given);
      f = ascii_lower (family);
      email = g_strdup_printf ("%s.%s%u@%s.example", g, f, i % 100,
                               (const char *) run->partner_domain->pdata[partner]);
      emails[0] = email;
      phone = g_strdup_printf ("+%u %u %03u %04u", 1 + r % 98, 10 + r % 89, r % 1000, i % 10000);
      phones[0] = phone;

      mz_contact_set_partner_id (c, run->partner_ids->pdata[partner]);
      mz_contact_set_given_name (c, given);
      mz_contact_set_family_name (c, family);
      mz_contact_set_local_name (c, local);
      mz_contact_set_honorific (c, r % 4 == 0 ? "Dr" : NULL);
      mz_contact_set_title (c, r % 2 ? "Head of International Relations" : "Director of Partnerships");
      mz_contact_set_role (c, r % 5 == 0 ? "decision maker" : "focal point");
      mz_contact_set_emails (c, emails);
      mz_contact_set_phones (c, r % 3 ? phones : NULL);
      mz_contact_set_language (c, language);
      mz_contact_set_is_primary (c, ids == NULL);
      mz_contact_set_consent_basis (c, r % 8 == 0 ? "consent" : "legitimate_interest");
      mz_contact_set_consent_date (c, r % 8 == 0 ? "2024-05-02" : NULL);
      mz_contact_set_consent_source (c, r % 8 == 0 ? "Signed form at an event" : NULL);

      if (!mz_contact_store_insert (run->store, c, error))
        return FALSE;

      if (ids == NULL)
        run->partner_contacts->pdata[partner] = ids = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (ids, g_strdup (mz_contact_get_id (c)));

      if (i % 1000 == 0)
        {
          if (cancelled (run, error))
            return FALSE;
          report (run, _("Contacts"), i, n);
        }
    }

  report (run, _("Contacts"), n, n);
  return TRUE;
}

/* Interactions and follow-ups ---------------------------------------------- */

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

static gboolean
add_interaction (Run            *run,
                 MzInteraction  *it,
                 MzFollowUp     *fu,
                 guint           partner,
                 const char     *date,
                 GError        **error)
{
  guint unit = g_rand_int_range (run->rand, 0, 3) == 0
               ? (guint) g_rand_int_range (run->rand, 0, run->unit_ids->len)
               : g_array_index (run->partner_unit, guint, partner);
  GPtrArray *contacts = run->partner_contacts->pdata[partner];
  guint32 r = g_rand_int (run->rand);
  const char *status;

  if (strcmp (date, run->today) > 0)
    status = r % 10 == 0 ? "cancelled" : "planned";
  else
    status = r % 20 == 0 ? "cancelled" : (r % 50 == 1 ? "planned" : "done");

  mz_interaction_set_partner_id (it, run->partner_ids->pdata[partner]);
  mz_interaction_set_kind (it, kinds[r % N (kinds)]);
  mz_interaction_set_date (it, date);
  mz_interaction_set_unit_id (it, run->unit_ids->pdata[unit]);
  mz_interaction_set_staff_id (it, pick_staff (run, unit));
  mz_interaction_set_subject (it, subjects[(r >> 8) % N (subjects)]);
  mz_interaction_set_notes (it, r % 9 == 0 ? "Notes taken during the meeting; see the shared folder." : NULL);
  mz_interaction_set_status (it, status);

  if (!mz_interaction_store_insert (run->store, it, error))
    return FALSE;

  if (contacts != NULL && r % 5 < 2)
    {
      const char *contact = contacts->pdata[(r >> 4) % contacts->len];

      if (!mz_interaction_store_add_contact (run->store, mz_interaction_get_id (it),
                                             contact, NULL, error))
        return FALSE;
      run->n_links++;
    }

  if (r % 20 == 3)
    {
      char due[11];

      date_add_days (date, 14, due);
      mz_follow_up_set_partner_id (fu, run->partner_ids->pdata[partner]);
      mz_follow_up_set_interaction_id (fu, mz_interaction_get_id (it));
      mz_follow_up_set_title (fu, "Send the documents promised");
      mz_follow_up_set_due_date (fu, due);
      mz_follow_up_set_owner_id (fu, pick_staff (run, unit));
      mz_follow_up_set_done_date (fu, strcmp (due, run->today) < 0 && r % 7 != 0 ? due : NULL);
      if (!mz_follow_up_store_insert (run->store, fu, error))
        return FALSE;
      run->n_follow_ups++;
    }

  return TRUE;
}

static gboolean
generate_interactions (Run      *run,
                       guint     n,
                       GError  **error)
{
  g_autoptr(MzInteraction) it = mz_interaction_new ();
  g_autoptr(MzFollowUp) fu = mz_follow_up_new ();
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_partners = run->partner_ids->len;
  g_autofree guint *counts = g_new0 (guint, n_partners);
  guint done = 0;
  GDate start;

  /* How many each partner gets: squaring skews towards the first partners
   * (the Member States and some others get many, most get a few). */
  for (guint i = 0; i < n; i++)
    {
      double x = g_rand_double (run->rand);

      counts[MIN ((guint) (x * x * n_partners), n_partners - 1)]++;
    }

  /* Partner by partner, in date order: the indexes on (partner, date) then
   * grow at their end, which makes the load a good deal faster. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, 1, 2019);
  for (guint p = 0; p < n_partners; p++)
    {
      g_array_set_size (days, 0);
      for (guint k = 0; k < counts[p]; k++)
        {
          guint day = g_rand_int_range (run->rand, 0, 2922);
          g_array_append_val (days, day);
        }
      g_array_sort (days, compare_days);

      for (guint k = 0; k < days->len; k++)
        {
          GDate date = start;
          char text[11];

          g_date_add_days (&date, g_array_index (days, guint, k));
          g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date),
                      g_date_get_month (&date), g_date_get_day (&date));
          if (!add_interaction (run, it, fu, p, text, error))
            return FALSE;

          if (++done % 5000 == 0)
            {
              if (cancelled (run, error))
                return FALSE;
              report (run, _("Interactions"), done, n);
            }
        }
    }

  report (run, _("Interactions"), n, n);
  return TRUE;
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->unit_ids, g_ptr_array_unref);
  g_clear_pointer (&run->unit_regions, g_ptr_array_unref);
  g_clear_pointer (&run->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&run->staff_by_unit, g_ptr_array_unref);
  g_clear_pointer (&run->partner_ids, g_ptr_array_unref);
  g_clear_pointer (&run->partner_unit, g_array_unref);
  g_clear_pointer (&run->partner_type, g_array_unref);
  g_clear_pointer (&run->partner_country, g_array_unref);
  g_clear_pointer (&run->partner_domain, g_ptr_array_unref);
  g_clear_pointer (&run->partner_contacts, g_ptr_array_unref);
  g_clear_pointer (&run->state_of_country, g_hash_table_unref);
}

static void
free_id_array (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

gboolean
mz_generator_run (MzStore                  *store,
                  const MzGeneratorOptions *options,
                  MzGeneratorProgress       progress,
                  gpointer                  user_data,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  Run run = { 0 };
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *n_partners = NULL;
  g_autofree char *n_contacts = NULL;
  g_autofree char *n_interactions = NULL;
  g_autofree char *n_relations = NULL;
  g_autofree char *n_follow_ups = NULL;
  g_autofree char *n_links = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *n_commitments = NULL;
  g_autofree char *n_instalments = NULL;
  g_autofree char *n_payments = NULL;
  g_autofree char *n_inkind = NULL;
  MzGeneratorMoneyOptions money_options = {
    options->n_commitments, options->n_instalments, options->n_payments, options->n_inkind
  };
  MzGeneratorMoneyCounts money = { 0 };
  char run_id[MZ_ID_LEN + 1];
  gboolean ok = FALSE;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (mz_store_get_actor (store) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("This installation does not know its office and user yet. "
                     "Set them before generating data."));
      return FALSE;
    }

  if (options->n_partners == 0 && (options->n_contacts > 0 || options->n_interactions > 0))
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_INVALID,
                   _("Contacts and interactions need partners: ask for at least one partner."));
      return FALSE;
    }

  run.store = store;
  run.rand = g_rand_new_with_seed (options->seed);
  run.cancellable = cancellable;
  run.progress = progress;
  run.user_data = user_data;
  run.unit_ids = g_ptr_array_new_with_free_func (g_free);
  run.unit_regions = g_ptr_array_new_with_free_func (g_free);
  run.staff_ids = g_ptr_array_new_with_free_func (g_free);
  run.staff_by_unit = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  run.partner_ids = g_ptr_array_new_full (options->n_partners, g_free);
  run.partner_unit = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_type = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_country = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->n_partners);
  run.partner_domain = g_ptr_array_new_full (options->n_partners, g_free);
  run.partner_contacts = g_ptr_array_new_full (options->n_partners, free_id_array);
  run.state_of_country = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  run.countries = mz_countries_list_codes ();
  run.n_countries = g_strv_length ((char **) run.countries);
  today = mz_store_now_iso ();
  g_strlcpy (run.today, today, sizeof run.today);

  if (!mz_bulk_begin (store, error))
    goto out;

  if (!load_units_and_staff (&run, error) ||
      !generate_partners (&run, options->n_partners, error) ||
      !generate_relations (&run, error) ||
      !generate_contacts (&run, options->n_contacts, error) ||
      !generate_interactions (&run, options->n_interactions, error) ||
      !mz_generator_money_fill (store, run.rand, &money_options, progress, user_data, cancellable,
                                &money, error))
    {
      mz_bulk_rollback (store);
      goto out;
    }

  /* One history row for the whole run (see mz-generator.h). */
  n_partners = g_strdup_printf ("%u", options->n_partners);
  n_contacts = g_strdup_printf ("%u", options->n_contacts);
  n_interactions = g_strdup_printf ("%u", options->n_interactions);
  n_relations = g_strdup_printf ("%u", run.n_relations);
  n_follow_ups = g_strdup_printf ("%u", run.n_follow_ups);
  n_links = g_strdup_printf ("%u", run.n_links);
  seed = g_strdup_printf ("%u", options->seed);
  n_commitments = g_strdup_printf ("%u", money.commitments);
  n_instalments = g_strdup_printf ("%u", money.instalments);
  n_payments = g_strdup_printf ("%u", money.payments);
  n_inkind = g_strdup_printf ("%u", money.inkind);
  summary = mz_json_object ("partners", n_partners, "contacts", n_contacts,
                            "interactions", n_interactions, "partner_relations", n_relations,
                            "follow_ups", n_follow_ups, "interaction_contacts", n_links,
                            "commitments", n_commitments, "instalments", n_instalments,
                            "payments", n_payments, "inkind", n_inkind,
                            "seed", seed, NULL);
  mz_store_new_id (store, run_id);
  if (!mz_store_audit (store, "generator", run_id, "import", NULL, summary, error))
    {
      mz_bulk_rollback (store);
      goto out;
    }

  report (&run, _("Saving"), 0, 1);
  ok = mz_bulk_commit (store, error);
  report (&run, _("Saving"), 1, 1);

out:
  run_clear (&run);
  return ok;
}

/* mz-generator-names.c — the names the generator draws: organisations in
 * Latin, Chinese, Arabic and Cyrillic scripts, people, subjects, tags
 *
 * Names are assembled from syllables and words, so they look like names in
 * each script without being those of real organisations or people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator"

#include "config.h"

#include "mz-countries.h"
#include "mz-generator-private.h"

#define N(array) G_N_ELEMENTS (array)
#define PICK(rand, array) (array)[g_rand_int_range ((rand), 0, N (array))]

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

MzGenScript
_mz_gen_script_of_country (const char *code)
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
char *
_mz_gen_latin_brand (GRand *rand)
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

char *
_mz_gen_local_name (GRand      *rand,
                    MzGenScript script)
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

char *
_mz_gen_partner_name (GRand      *rand,
                      const char *type,
                      const char *country_name,
                      const char *brand)
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

guint
_mz_gen_pick_type (GRand *rand)
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

const char *
_mz_gen_type_code (guint type_index)
{
  return type_weights[type_index].type;
}

const char *
_mz_gen_pick_tag (GRand *rand)
{
  return PICK (rand, tags);
}

const char *
_mz_gen_latin_given (guint i)
{
  return latin_given[i % N (latin_given)];
}

const char *
_mz_gen_latin_family (guint i)
{
  return latin_family[i % N (latin_family)];
}

void
_mz_gen_person (GRand       *rand,
                MzGenScript  script,
                guint32      r,
                MzGenPerson *person)
{
  const char *local_given = NULL, *local_family = NULL;

  person->local = NULL;
  switch (script)
    {
    case SCRIPT_CHINESE:
      {
        const Pair *fam = &PICK (rand, zh_family), *giv = &PICK (rand, zh_given);
        person->family = fam->latin, person->given = giv->latin, local_family = fam->local, local_given = giv->local;
        person->local = g_strconcat (local_family, local_given, NULL);
        person->language = "zh";
      }
      break;
    case SCRIPT_ARABIC:
      {
        const Pair *fam = &PICK (rand, ar_family), *giv = &PICK (rand, ar_given);
        person->family = fam->latin, person->given = giv->latin, local_family = fam->local, local_given = giv->local;
        person->local = g_strconcat (local_given, " ", local_family, NULL);
        person->language = r % 3 ? "ar" : "fr";
      }
      break;
    case SCRIPT_CYRILLIC:
      {
        const Pair *fam = &PICK (rand, ru_family), *giv = &PICK (rand, ru_given);
        person->family = fam->latin, person->given = giv->latin, local_family = fam->local, local_given = giv->local;
        person->local = g_strconcat (local_given, " ", local_family, NULL);
        person->language = "ru";
      }
      break;
    case SCRIPT_LATIN:
    default:
      person->given = PICK (rand, latin_given);
      person->family = PICK (rand, latin_family);
      person->language = languages[r % 3];
    }
}

const char *
_mz_gen_interaction_kind (guint32 r)
{
  return kinds[r % N (kinds)];
}

const char *
_mz_gen_subject (guint32 r)
{
  return subjects[r % N (subjects)];
}

/* test-money-parse.c — amounts typed by people, amounts shown to them,
 * conversion between currencies, the ISO 4217 list
 *
 * Locales are given explicitly (the machine may have only C.UTF-8): the
 * conventions of en_US, de_DE, fr_FR (narrow no-break space), de_CH
 * (right single quotation mark) and C.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "mz-currency.h"
#include "mz-money.h"

static const MzMoneyLocale en_us = { ".", "," };
static const MzMoneyLocale de_de = { ",", "." };
static const MzMoneyLocale fr_fr = { ",", "\u202f" };
static const MzMoneyLocale de_ch = { ".", "\u2019" };
static const MzMoneyLocale c_locale = { ".", "" };

typedef struct
{
  const char          *text;
  const char          *currency;
  const MzMoneyLocale *locale;
  gint64               expected;
} Accepted;

static void
test_parse_accepted (void)
{
  static const Accepted cases[] = {
    /* the forms of the brief, in every locale where they are unambiguous */
    { "1 234,56", "CHF", &en_us, 123456 },
    { "1 234,56", "CHF", &fr_fr, 123456 },
    { "1,234.56", "CHF", &de_de, 123456 },
    { "1,234.56", "CHF", &en_us, 123456 },
    { "1.234,56", "EUR", &en_us, 123456 },
    { "1234.5", "CHF", &de_de, 123450 },
    { "1234,5", "CHF", &en_us, 123450 },
    { "1'234.56", "CHF", &de_ch, 123456 },
    { "1\u2019234.56", "CHF", &c_locale, 123456 },
    { "1\u00a0234,56", "EUR", &en_us, 123456 },        /* no-break space */
    { "1\u202f234\u202f567,8", "EUR", &fr_fr, 123456780 },  /* narrow no-break space */
    { "12", "CHF", NULL, 1200 },
    { "0", "CHF", NULL, 0 },
    { "0.05", "CHF", NULL, 5 },
    { ".5", "CHF", &en_us, 50 },
    { ",5", "EUR", &de_de, 50 },
    { "  42  ", "USD", NULL, 4200 },
    /* signs */
    { "-12.30", "CHF", NULL, -1230 },
    { "+12.30", "CHF", NULL, 1230 },
    { "\u22127", "CHF", NULL, -700 },                     /* minus sign */
    { "- 1 000", "CHF", NULL, -100000 },
    /* the currency code around the number */
    { "CHF 1'234.50", "CHF", NULL, 123450 },
    { "1 234,50 EUR", "EUR", NULL, 123450 },
    { "chf5", "CHF", NULL, 500 },
    /* exponents: JPY 0, KWD 3 */
    { "56 800 000", "JPY", NULL, 56800000 },
    { "56,800,000", "JPY", &en_us, 56800000 },
    { "1.234", "KWD", &en_us, 1234 },                   /* 1.234 dinars = 1234 fils */
    { "1,234", "KWD", &de_de, 1234 },
    { "12.5", "KWD", NULL, 12500 },
    /* "1,234": thousands where ',' groups, decimals where it is the decimal point */
    { "1,234", "CHF", &en_us, 123400 },
    { "1.234", "CHF", &de_de, 123400 },
    { "1,234,567", "USD", &de_ch, 123456700 },          /* repeated: only thousands repeat */
    { "1.234.567", "EUR", &en_us, 123456700 },
    { "12345,678", "KWD", &c_locale, 12345678 },        /* five digits before: not thousands */
    { "0,123", "KWD", &c_locale, 123 },                 /* a leading zero: not thousands */
    { "1,23", "CHF", &c_locale, 123 },                  /* two decimals: not thousands */
    /* other scripts' digits and the Arabic separators */
    { "١٬٢٣٤٫٥٦", "SAR", NULL, 123456 },
    { "１２３", "JPY", NULL, 123 },
    /* the limits of int64 */
    { "92233720368547758.07", "CHF", NULL, G_MAXINT64 },
    { "-92233720368547758.07", "CHF", NULL, -G_MAXINT64 },
    { "9223372036854775807", "JPY", NULL, G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 minor = -424242;

      g_test_message ("“%s” %s", cases[i].text, cases[i].currency);
      g_assert_true (mz_money_parse (cases[i].text, cases[i].currency, cases[i].locale, &minor, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minor, ==, cases[i].expected);
    }
}

typedef struct
{
  const char          *text;
  const char          *currency;
  const MzMoneyLocale *locale;
  int                  code;
} Refused;

static void
test_parse_refused (void)
{
  static const Refused cases[] = {
    { "", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "   ", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "-", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "CHF", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "abc", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "12abc", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "1e5", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "0x10", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "12 EUR", "CHF", NULL, MZ_MONEY_ERROR_PARSE },    /* another currency's code */
    { "--5", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "5-", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "12.", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "1..2", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "1,,234", "CHF", &en_us, MZ_MONEY_ERROR_PARSE },
    { "1.2.3", "CHF", &en_us, MZ_MONEY_ERROR_PARSE },    /* groups of one digit */
    { "12,34,567", "CHF", &en_us, MZ_MONEY_ERROR_PARSE },/* not groups of three */
    { "1,234.5.6", "CHF", &en_us, MZ_MONEY_ERROR_PARSE },
    { "1.234,56,7", "CHF", &en_us, MZ_MONEY_ERROR_PARSE },
    { "1,234.567,8", "CHF", &en_us, MZ_MONEY_ERROR_PARSE }, /* decimal before group */
    { "1 234'567", "CHF", NULL, MZ_MONEY_ERROR_PARSE },  /* two kinds of thousands */
    { "1'234,567.8", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "1 23", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    { "1٫5.0", "CHF", NULL, MZ_MONEY_ERROR_PARSE },
    /* ambiguous: a lone separator before three digits that the locale does not explain */
    { "1,234", "CHF", &c_locale, MZ_MONEY_ERROR_AMBIGUOUS },
    { "1,234", "CHF", &de_ch, MZ_MONEY_ERROR_AMBIGUOUS },
    { "1.234", "CHF", &fr_fr, MZ_MONEY_ERROR_AMBIGUOUS },
    { "999.999", "USD", &fr_fr, MZ_MONEY_ERROR_AMBIGUOUS },
    /* too many decimals for the currency */
    { "1.5", "JPY", NULL, MZ_MONEY_ERROR_DECIMALS },
    { "1,234", "JPY", &de_de, MZ_MONEY_ERROR_DECIMALS }, /* ',' is the decimal point there */
    { "1.234", "CHF", &en_us, MZ_MONEY_ERROR_DECIMALS },
    { "1.2345", "KWD", NULL, MZ_MONEY_ERROR_DECIMALS },
    { "0.001", "CHF", NULL, MZ_MONEY_ERROR_DECIMALS },
    { "1.230", "CHF", &en_us, MZ_MONEY_ERROR_DECIMALS }, /* even zeros: no silent rounding */
    /* beyond int64 */
    { "92233720368547758.08", "CHF", NULL, MZ_MONEY_ERROR_OVERFLOW },
    { "9223372036854775808", "JPY", NULL, MZ_MONEY_ERROR_OVERFLOW },
    { "100000000000000000", "CHF", NULL, MZ_MONEY_ERROR_OVERFLOW },
    { "99999999999999999999999", "JPY", NULL, MZ_MONEY_ERROR_OVERFLOW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 minor = 4242;

      g_test_message ("“%s” %s", cases[i].text, cases[i].currency);
      g_assert_false (mz_money_parse (cases[i].text, cases[i].currency, cases[i].locale, &minor, &error));
      g_assert_error (error, MZ_MONEY_ERROR, cases[i].code);
      g_assert_cmpint (minor, ==, 4242);
      /* the message quotes what was typed */
      if (cases[i].text[0] != '\0' && cases[i].text[0] != ' ')
        g_assert_nonnull (strstr (error->message, cases[i].text));
    }
}

static void
test_parse_messages (void)
{
  g_autoptr(GError) error = NULL;
  gint64 minor;

  g_assert_false (mz_money_parse ("1,234", "CHF", &de_ch, &minor, &error));
  /* both readings are offered, with this locale's decimal point */
  g_assert_nonnull (strstr (error->message, "1234"));
  g_assert_nonnull (strstr (error->message, "1.234"));
  g_clear_error (&error);

  g_assert_false (mz_money_parse ("1.5", "JPY", NULL, &minor, &error));
  g_assert_nonnull (strstr (error->message, "JPY"));
  g_clear_error (&error);

  g_assert_false (mz_money_parse ("1.2345", "KWD", NULL, &minor, &error));
  g_assert_nonnull (strstr (error->message, "KWD"));
  g_assert_nonnull (strstr (error->message, "3"));
  g_clear_error (&error);

  g_assert_false (mz_money_parse ("\xff\xfe", "CHF", NULL, &minor, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_PARSE);
}

typedef struct
{
  gint64               minor;
  const char          *currency;
  const MzMoneyLocale *locale;
  const char          *expected;
} Formatted;

static void
test_format (void)
{
  static const Formatted cases[] = {
    { 123456, "CHF", &en_us, "1,234.56" },
    { 123456, "CHF", &de_de, "1.234,56" },
    { 123456, "EUR", &fr_fr, "1\u202f234,56" },
    { 123450, "CHF", &de_ch, "1\u2019234.50" },
    { 123456, "CHF", &c_locale, "1234.56" },
    { 5, "CHF", &en_us, "0.05" },
    { 0, "CHF", &en_us, "0.00" },
    { -100, "CHF", &en_us, "-1.00" },
    { -123456789, "USD", &en_us, "-1,234,567.89" },
    { 56800000, "JPY", &en_us, "56,800,000" },
    { 999, "JPY", &en_us, "999" },
    { 1234, "KWD", &en_us, "1.234" },
    { 1, "KWD", &de_de, "0,001" },
    { 12345678, "KWD", &de_de, "12.345,678" },
    { G_MAXINT64, "CHF", &en_us, "92,233,720,368,547,758.07" },
    { G_MININT64, "CHF", &en_us, "-92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mz_money_format (cases[i].minor, cases[i].currency, cases[i].locale);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Whatever is formatted parses back to the same value, in every locale. */
static void
test_round_trip (void)
{
  const MzMoneyLocale *locales[] = { &en_us, &de_de, &fr_fr, &de_ch, &c_locale };
  const char *currencies[] = { "CHF", "JPY", "KWD", "EUR" };

  for (guint i = 0; i < 2000; i++)
    {
      gint64 value = (gint64) g_test_rand_int_range (-1000000, 1000000) *
                     (gint64) g_test_rand_int_range (1, 1000000) +
                     g_test_rand_int_range (0, 1000);
      const MzMoneyLocale *locale = locales[g_test_rand_int_range (0, G_N_ELEMENTS (locales))];
      const char *currency = currencies[g_test_rand_int_range (0, G_N_ELEMENTS (currencies))];
      g_autofree char *text = mz_money_format (value, currency, locale);
      g_autofree char *plain = mz_money_format_plain (value, currency);
      g_autoptr(GError) error = NULL;
      gint64 back = 0;

      g_assert_true (mz_money_parse (text, currency, locale, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, value);

      g_assert_true (mz_money_parse (plain, currency, &c_locale, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, value);
    }
}

static void
test_locale_current (void)
{
  MzMoneyLocale locale;

  /* The C locale: a point and no grouping. */
  setlocale (LC_NUMERIC, "C");
  mz_money_locale_current (&locale);
  g_assert_cmpstr (locale.decimal, ==, ".");
  g_assert_cmpstr (locale.group, ==, "");
}

static void
test_convert (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = 0;

  /* EUR 1,000,000.00 at EUR 0.92 and USD 1 per USD: USD 1,086,956.52 (…5217) */
  g_assert_true (mz_money_convert (100000000, 2, 920000, 2, 1000000, &result, &error));
  g_assert_cmpint (result, ==, 108695652);
  /* USD 1,086,956.52 back to EUR at 0.92: 999,999.9984 → 1,000,000.00 */
  g_assert_true (mz_money_convert (108695652, 2, 1000000, 2, 920000, &result, &error));
  g_assert_cmpint (result, ==, 100000000);
  /* JPY 15,000 at 150 per USD to KWD at 0.307: USD 100 → KWD 30.700 */
  g_assert_true (mz_money_convert (15000, 0, 150000000, 3, 307000, &result, &error));
  g_assert_cmpint (result, ==, 30700);
  /* KWD 30.700 at 0.307 to JPY at 150: 15,000 */
  g_assert_true (mz_money_convert (30700, 3, 307000, 0, 150000000, &result, &error));
  g_assert_cmpint (result, ==, 15000);
  /* ties to even: JPY 1 at 2 per USD to USD at 1: 0.50 USD exactly → 50 cents; to
   * JPY at 1 per USD from JPY at 2: 0.5 yen → 0 */
  g_assert_true (mz_money_convert (1, 0, 2000000, 0, 1000000, &result, &error));
  g_assert_cmpint (result, ==, 0);
  g_assert_true (mz_money_convert (3, 0, 2000000, 0, 1000000, &result, &error));
  g_assert_cmpint (result, ==, 2);
  g_assert_no_error (error);

  g_assert_false (mz_money_convert (100, 2, 0, 2, 1000000, &result, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mz_money_convert (G_MAXINT64, 0, 1000000, 3, 1000000, &result, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW);
}

static void
test_currencies (void)
{
  const char * const *codes = mz_currency_list ();
  guint n = g_strv_length ((char **) codes);

  /* iso-codes lists about 180 current codes; metals and funds are left out */
  g_assert_cmpuint (n, >, 140);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (strcmp (codes[i - 1], codes[i]), <, 0);

  g_assert_true (mz_currency_is_valid ("CHF"));
  g_assert_true (mz_currency_is_valid ("JPY"));
  g_assert_true (mz_currency_is_valid ("KWD"));
  g_assert_true (mz_currency_is_valid ("XOF"));
  g_assert_true (mz_currency_is_valid ("XDR"));
  g_assert_false (mz_currency_is_valid ("chf"));
  g_assert_false (mz_currency_is_valid ("XAU"));
  g_assert_false (mz_currency_is_valid ("XXX"));
  g_assert_false (mz_currency_is_valid ("CHE"));
  g_assert_false (mz_currency_is_valid ("DEM"));   /* historic */
  g_assert_false (mz_currency_is_valid ("ABC"));
  g_assert_false (mz_currency_is_valid (""));
  g_assert_false (mz_currency_is_valid (NULL));

  g_assert_cmpstr (mz_currency_get_name ("CHF"), ==, "Swiss Franc");
  g_assert_null (mz_currency_get_name ("ABC"));
  g_assert_cmpint (mz_currency_get_exponent ("JPY"), ==, 0);
  g_assert_cmpint (mz_currency_get_exponent ("KWD"), ==, 3);
  g_assert_cmpint (mz_currency_get_exponent ("CHF"), ==, 2);
  g_assert_cmpint (mz_currency_get_exponent ("CLF"), ==, 4);

  /* every listed currency has an exponent a conversion accepts */
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (mz_currency_get_exponent (codes[i]), <=, 4);
}

static void
test_currency_names_translated (void)
{
  const char *name;

  /* iso-codes' translations are installed on Debian with the package */
  if (!g_file_test ("/usr/share/locale/zh_CN/LC_MESSAGES/iso_4217.mo", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no Chinese translation of iso_4217");
      return;
    }

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_MESSAGES, "C.UTF-8");
  name = mz_currency_get_name ("CHF");
  g_unsetenv ("LANGUAGE");
  g_assert_nonnull (name);
  g_test_message ("CHF in Chinese: %s", name);
  g_assert_cmpstr (name, !=, "Swiss Franc");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse/accepted", test_parse_accepted);
  g_test_add_func ("/money/parse/refused", test_parse_refused);
  g_test_add_func ("/money/parse/messages", test_parse_messages);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/round-trip", test_round_trip);
  g_test_add_func ("/money/locale-current", test_locale_current);
  g_test_add_func ("/money/convert", test_convert);
  g_test_add_func ("/currency/list", test_currencies);
  g_test_add_func ("/currency/names-translated", test_currency_names_translated);

  return g_test_run ();
}

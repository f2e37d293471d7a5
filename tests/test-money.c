/* test-money.c — currency exponents, half-to-even rounding, CHF conversion
 *
 * Expected figures are computed by hand in the comments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "mz-money.h"

static void
test_exponent (void)
{
  const char *zero[] = { "JPY", "KRW", "XOF", "XAF", "CLP", "ISK", "VND", "UGX", "PYG", "RWF",
                         "KMF", "GNF", "DJF", "BIF", "VUV", "XPF" };
  const char *three[] = { "KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD" };

  for (guint i = 0; i < G_N_ELEMENTS (zero); i++)
    g_assert_cmpint (mz_money_currency_exponent (zero[i]), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (three); i++)
    g_assert_cmpint (mz_money_currency_exponent (three[i]), ==, 3);

  g_assert_cmpint (mz_money_currency_exponent ("CHF"), ==, 2);
  g_assert_cmpint (mz_money_currency_exponent ("USD"), ==, 2);
  g_assert_cmpint (mz_money_currency_exponent ("EUR"), ==, 2);
  g_assert_cmpint (mz_money_currency_exponent ("CNY"), ==, 2);
  g_assert_cmpint (mz_money_currency_exponent ("jpy"), ==, 0);
}

static void
test_round_half_even (void)
{
  static const struct { gint64 num, den, expected; } cases[] = {
    { 0, 7, 0 },
    { 1, 2, 0 },      /* 0.5 → 0 (even) */
    { 3, 2, 2 },      /* 1.5 → 2 */
    { 5, 2, 2 },      /* 2.5 → 2 */
    { 7, 2, 4 },      /* 3.5 → 4 */
    { 9, 4, 2 },      /* 2.25 → 2 */
    { 10, 4, 2 },     /* 2.5 → 2 */
    { 11, 4, 3 },     /* 2.75 → 3 */
    { 14, 4, 4 },     /* 3.5 → 4 */
    { 2, 3, 1 },      /* 0.67 → 1 */
    { -1, 2, 0 },     /* -0.5 → 0 */
    { -3, 2, -2 },    /* -1.5 → -2 */
    { -5, 2, -2 },    /* -2.5 → -2 */
    { -11, 4, -3 },   /* -2.75 → -3 */
    { -9, 4, -2 },    /* -2.25 → -2 */
    { 100, 1, 100 },
    { G_MAXINT64, 1, G_MAXINT64 },
    { G_MININT64, 1, G_MININT64 },
    /* (2^63 − 1) / 2 = 2^62 − 0.5: a tie between 2^62 − 1 (odd) and 2^62 */
    { G_MAXINT64, 2, G_GINT64_CONSTANT (4611686018427387904) },
    { G_MAXINT64, G_MAXINT64, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, cases[i].num, cases[i].den);
      g_assert_cmpint (mz_money_round_half_even_div (cases[i].num, cases[i].den), ==, cases[i].expected);
    }
}

typedef struct
{
  gint64 amount;
  int    exponent;
  gint64 rate;
  gint64 chf_rate;
  gint64 expected;
} Conversion;

static void
test_to_chf (void)
{
  static const Conversion cases[] = {
    /* CHF to CHF is the identity, whatever the rate */
    { 123456, 2, 905000, 905000, 123456 },
    /* USD 100.00 at CHF 0.875 per USD: CHF 87.50 */
    { 10000, 2, 1000000, 875000, 8750 },
    /* EUR 3,000,000.00 at EUR 0.95, CHF 0.912: × 0.96 = CHF 2,880,000.00 */
    { 300000000, 2, 950000, 912000, 288000000 },
    /* GBP 790,000.00 at GBP 0.79, CHF 0.88: CHF 880,000.00 */
    { 79000000, 2, 790000, 880000, 88000000 },
    /* JPY 56,800,000 at JPY 142, CHF 0.875: CHF 350,000.00 */
    { 56800000, 0, 142000000, 875000, 35000000 },
    /* JPY 1 at JPY 150, CHF 0.9: 0.6 centimes → 1 */
    { 1, 0, 150000000, 900000, 1 },
    /* JPY at JPY 150, CHF 0.75: 0.5 centimes per yen: ties to even */
    { 1, 0, 150000000, 750000, 0 },   /* 0.5 → 0 */
    { 3, 0, 150000000, 750000, 2 },   /* 1.5 → 2 */
    { 5, 0, 150000000, 750000, 2 },   /* 2.5 → 2 */
    { 7, 0, 150000000, 750000, 4 },   /* 3.5 → 4 */
    /* KWD 1.000 at KWD 0.307, CHF 0.9: 2.93159… CHF → 293 centimes */
    { 1000, 3, 307000, 900000, 293 },
    /* KWD at 1.0 and CHF 1.0: 10 fils make one centime; ties to even */
    { 5, 3, 1000000, 1000000, 0 },    /* 0.5 → 0 */
    { 15, 3, 1000000, 1000000, 2 },   /* 1.5 → 2 */
    { 25, 3, 1000000, 1000000, 2 },   /* 2.5 → 2 */
    { 26, 3, 1000000, 1000000, 3 },   /* 2.6 → 3 */
    { -25, 3, 1000000, 1000000, -2 }, /* refunds round symmetrically */
    { -15, 3, 1000000, 1000000, -2 },
    /* USD 0.01 at CHF 0.805: 0.805 centimes → 1 */
    { 1, 2, 1000000, 805000, 1 },
    /* the largest amount at equal rates stays exact */
    { G_MAXINT64, 2, 1000000, 1000000, G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 chf = -999;

      g_test_message ("case %u", i);
      g_assert_true (mz_money_to_chf (cases[i].amount, cases[i].exponent, cases[i].rate,
                                      cases[i].chf_rate, &chf, &error));
      g_assert_no_error (error);
      g_assert_cmpint (chf, ==, cases[i].expected);
    }
}

static void
test_to_chf_refused (void)
{
  g_autoptr(GError) error = NULL;
  gint64 chf = 42;

  g_assert_false (mz_money_to_chf (100, 2, 0, 900000, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (mz_money_to_chf (100, 2, 1000000, -1, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (mz_money_to_chf (100, 5, 1000000, 900000, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (mz_money_to_chf (100, -1, 1000000, 900000, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_INVALID);
  g_clear_error (&error);

  /* twice the largest int64 */
  g_assert_false (mz_money_to_chf (G_MAXINT64, 2, 1000000, 2000000, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* the intermediate product passes 2^127 */
  g_assert_false (mz_money_to_chf (G_MAXINT64, 2, G_MAXINT64, G_MAXINT64, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* JPY to CHF multiplies by 100 before dividing */
  g_assert_false (mz_money_to_chf (G_MAXINT64 / 10, 0, 1000000, 1000000, &chf, &error));
  g_assert_error (error, MZ_MONEY_ERROR, MZ_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_cmpint (chf, ==, 42);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/exponent", test_exponent);
  g_test_add_func ("/money/round-half-even", test_round_half_even);
  g_test_add_func ("/money/to-chf", test_to_chf);
  g_test_add_func ("/money/to-chf-refused", test_to_chf_refused);

  return g_test_run ();
}

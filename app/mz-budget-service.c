/* mz-budget-service.c — the regular budget: validation, one transaction
 * per edit, assessed contributions and the unit-value scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-budget-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-budget-service.h"
#include "mz-currency-totals.h"
#include "mz-money.h"
#include "mz-validate.h"

#define MAX_AMOUNT G_GINT64_CONSTANT (100000000000000)   /* CHF 1 000 000 000 000.00 */
#define MAX_UNITS_X16 (16 * 100000)

static const char * const lines[] = {
  "assessed_member_states", "sector_members", "publications", "satellite_filings", "other", NULL
};

static const struct
{
  const char *code;
  const char *label;
} line_labels[] = {
  { "assessed_member_states", N_("Member States (assessed contributions)") },
  { "sector_members", N_("Sector Members, Associates, Academia") },
  { "publications", N_("Publications") },
  { "satellite_filings", N_("Satellite network filings (cost recovery)") },
  { "other", N_("Other (numbering, project support, ITU Telecom)") },
};

const char * const *
mz_budget_lines (void)
{
  return lines;
}

const char *
mz_budget_line_label (const char *line)
{
  if (line == NULL)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (line_labels); i++)
    if (g_str_equal (line_labels[i].code, line))
      return _(line_labels[i].label);
  return line;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < 1865 || year > 2200)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "year", _("Year"),
                               _("%d is not a year between 1865 and 2200."), year);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_amount (gint64       amount,
              gboolean     zero_allowed,
              const char  *field,
              const char  *label,
              GError     **error)
{
  if (amount < 0 || (amount == 0 && !zero_allowed))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, field, label,
                               zero_allowed ? _("the amount cannot be negative.")
                                            : _("the amount must be greater than zero."));
      return FALSE;
    }
  if (amount > MAX_AMOUNT)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, field, label,
                               _("the amount is too large."));
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_budget_service_set_line (MzStore     *store,
                            int          year,
                            const char  *line,
                            gint64       amount_chf,
                            GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!check_year (year, error) ||
      !mz_validate_choice (line, lines, TRUE, "line", _("Budget line"), error) ||
      !check_amount (amount_chf, TRUE, "amount_chf", mz_budget_line_label (line), error))
    return FALSE;

  if (!mz_store_begin (store, error))
    return FALSE;
  return mz_store_finish (store, mz_budget_store_set_line (store, year, line, amount_chf, error), error);
}

gboolean
mz_budget_service_set_unit_value (MzStore     *store,
                                  int          year,
                                  gint64       amount_chf,
                                  GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (!check_year (year, error) ||
      !check_amount (amount_chf, FALSE, "unit_value", _("Value of a contributory unit"), error))
    return FALSE;

  if (!mz_store_begin (store, error))
    return FALSE;
  return mz_store_finish (store, mz_budget_store_set_unit_value (store, year, amount_chf, error), error);
}

gboolean
mz_budget_service_set_units (MzStore     *store,
                             const char  *partner_id,
                             int          year,
                             gint64       units_x16,
                             GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  if (partner_id == NULL || *partner_id == '\0')
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "partner_id", _("Member State"),
                               _("choose a Member State."));
      return FALSE;
    }
  if (!check_year (year, error))
    return FALSE;
  if (units_x16 <= 0 || units_x16 > MAX_UNITS_X16)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "contributory_units",
                               _("Contributory units"),
                               units_x16 <= 0 ? _("the number of units must be greater than zero.")
                                              : _("the number of units is too large."));
      return FALSE;
    }

  if (!mz_store_begin (store, error))
    return FALSE;
  return mz_store_finish (store,
                          mz_budget_store_set_assessment (store, partner_id, year, units_x16, error),
                          error);
}

gint64
mz_budget_assessed_share (gint64 units_x16,
                          gint64 unit_value)
{
  gint64 product;

  if (__builtin_mul_overflow (units_x16, unit_value, &product))
    return G_MAXINT64;
  return mz_money_round_half_even_div (product, 16);
}

gboolean
mz_budget_service_summary (MzStore          *store,
                           int               year,
                           gint64            scenario_value,
                           MzBudgetSummary  *summary,
                           GError          **error)
{
  MzBudgetSummary s = { 0 };
  MzAssessed current = { 0 };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  if (scenario_value < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "unit_value", _("Unit value"),
                               _("the amount must be greater than zero."));
      return FALSE;
    }
  if (scenario_value > MAX_AMOUNT)
    return check_amount (scenario_value, FALSE, "unit_value", _("Unit value"), error);

  if (mz_totals_assessed (store, year, 0, &current, &local_error))
    {
      s.units_x16 = current.units_x16;
      s.n_states = current.n_states;
      s.unit_value = current.unit_value_chf;
      s.assessed = current.assessed_chf;
    }
  else if (g_error_matches (local_error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND))
    {
      /* No unit value yet: the units still count. */
      if (!mz_budget_store_units (store, year, &s.units_x16, &s.n_states, error))
        return FALSE;
    }
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (scenario_value > 0)
    {
      MzAssessed scenario = { 0 };

      if (!mz_totals_assessed (store, year, scenario_value, &scenario, error))
        return FALSE;
      s.scenario_value = scenario_value;
      s.scenario_assessed = scenario.assessed_chf;
      s.difference = scenario.assessed_chf - s.assessed;
    }

  *summary = s;
  return TRUE;
}

char *
mz_budget_format_units (gint64 units_x16)
{
  gint64 whole = units_x16 / 16;
  gint64 num = units_x16 % 16;
  gint64 den = 16;

  if (units_x16 < 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/16", units_x16);
  if (num == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  while (num % 2 == 0)
    {
      num /= 2;
      den /= 2;
    }
  if (whole == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, num, den);
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, whole, num, den);
}

static gboolean
parse_whole (const char *text,
             gint64     *value)
{
  guint64 v;

  if (text == NULL || *text == '\0' || !g_ascii_isdigit (*text) || strlen (text) > 9)
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, 999999999, &v, NULL))
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}

/* A copy of @text without the bidirectional marks a right-to-left user
 * interface may wrap numbers in (U+200E, U+200F, U+2066…U+2069). */
static char *
strip_bidi_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x200E && c != 0x200F && (c < 0x2066 || c > 0x2069))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
mz_budget_parse_units (const char  *text,
                       gint64      *units_x16,
                       GError     **error)
{
  g_autofree char *copy = NULL;
  gint64 whole = 0, num = 0, den = 1;
  gboolean ok = FALSE;
  char *sep;

  copy = strip_bidi_marks (text != NULL ? text : "");
  g_strstrip (copy);
  if (*copy == '\0')
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "contributory_units",
                               _("Contributory units"), _("enter a number of units."));
      return FALSE;
    }

  if ((sep = strpbrk (copy, ".,")) != NULL)
    {
      /* A decimal: 0.5, 1,25, 0.0625 */
      const char *frac = sep + 1;
      gint64 frac_value;
      gsize digits = strlen (frac);

      *sep = '\0';
      if ((*copy == '\0' || parse_whole (copy, &whole)) && digits > 0 && digits <= 4 &&
          parse_whole (frac, &frac_value))
        {
          gint64 scale = 1;

          for (gsize i = 0; i < digits; i++)
            scale *= 10;
          num = frac_value;
          den = scale;
          ok = TRUE;
        }
    }
  else
    {
      char *slash = strchr (copy, '/');

      if (slash == NULL)
        ok = parse_whole (copy, &whole);
      else
        {
          char *space;

          *slash = '\0';
          space = strrchr (copy, ' ');
          if (space != NULL)
            {
              *space = '\0';
              g_strstrip (copy);
              ok = parse_whole (copy, &whole) && parse_whole (space + 1, &num);
            }
          else
            ok = parse_whole (copy, &num);
          ok = ok && parse_whole (g_strstrip (slash + 1), &den) && den > 0 && num < den;
        }
    }

  /* The fraction must be a whole number of sixteenths. */
  if (ok && (num * 16) % den != 0)
    ok = FALSE;
  if (!ok)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "contributory_units",
                               _("Contributory units"),
                               _("“%s” is not a number of units in sixteenths, such as 10, 1/2 or 1 1/16."),
                               text);
      return FALSE;
    }

  *units_x16 = whole * 16 + num * 16 / den;
  if (*units_x16 <= 0 || *units_x16 > MAX_UNITS_X16)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "contributory_units",
                               _("Contributory units"),
                               *units_x16 <= 0 ? _("the number of units must be greater than zero.")
                                               : _("the number of units is too large."));
      return FALSE;
    }
  return TRUE;
}

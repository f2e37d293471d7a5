/* mz-commitment-service.c — commitments: codes, labels, stages and
 * validation
 *
 * The writes are in mz-commitment-service-write.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service-private.h"
#include "mz-commitment-service-shared.h"
#include "mz-commitment-store.h"
#include "mz-currency.h"
#include "mz-money.h"
#include "mz-rate-store.h"
#include "mz-validate.h"

#define TITLE_MAX 300

static const char * const kinds[] = {
  "voluntary_contribution", "trust_fund", "sponsorship", "project_support", "secondment", NULL
};

static const char * const stages[] = {
  "identified", "approached", "proposal", "negotiation", "signed", "active", "completed",
  "declined", "cancelled", NULL
};

static const char * const pipeline_stages[] = {
  "identified", "approached", "proposal", "negotiation", NULL
};

static const char * const ceb_categories[] = {
  "voluntary_core", "earmarked_thematic", "earmarked_project", "earmarked_other", "other_revenue", NULL
};

static const char * const frequencies[] = {
  "annual", "semiannual", "quarterly", "monthly", "irregular", NULL
};

static const char * const report_kinds[] = { "interim", "final", "financial", NULL };

static const MzCodeLabel kind_labels[] = {
  { "voluntary_contribution", N_("Voluntary contribution") },
  { "trust_fund", N_("Trust fund") },
  { "sponsorship", N_("Sponsorship") },
  { "project_support", N_("Project support") },
  { "secondment", N_("Secondment / JPO") },
};

static const MzCodeLabel stage_labels[] = {
  { "identified", N_("Identified") },
  { "approached", N_("Approached") },
  { "proposal", N_("Proposal") },
  { "negotiation", N_("Negotiation") },
  { "signed", N_("Signed") },
  { "active", N_("Active") },
  { "completed", N_("Completed") },
  { "declined", N_("Declined") },
  { "cancelled", N_("Cancelled") },
};

static const MzCodeLabel ceb_labels[] = {
  { "voluntary_core", N_("Voluntary core (un-earmarked)") },
  { "earmarked_thematic", N_("Earmarked: thematic") },
  { "earmarked_project", N_("Earmarked: project") },
  { "earmarked_other", N_("Earmarked: other") },
  { "other_revenue", N_("Other revenue") },
};

static const MzCodeLabel frequency_labels[] = {
  { "annual", N_("Annual") },
  { "semiannual", N_("Semi-annual") },
  { "quarterly", N_("Quarterly") },
  { "monthly", N_("Monthly") },
  { "irregular", N_("Irregular") },
};

static const MzCodeLabel report_labels[] = {
  { "interim", N_("Interim report") },
  { "final", N_("Final report") },
  { "financial", N_("Financial report") },
};

static const MzCodeLabel status_labels[] = {
  { "scheduled", N_("Scheduled") },
  { "partly_received", N_("Partly received") },
  { "received", N_("Received") },
  { "overdue", N_("Overdue") },
  { "written_off", N_("Written off") },
};

static const struct
{
  const char *stage;
  int         probability;
} stage_probabilities[] = {
  { "identified", 10 }, { "approached", 25 }, { "proposal", 50 }, { "negotiation", 75 },
  { "signed", 100 }, { "active", 100 }, { "completed", 100 }, { "declined", 0 }, { "cancelled", 0 },
};

const char * const *
mz_commitment_kinds (void)
{
  return kinds;
}

const char * const *
mz_commitment_stages (void)
{
  return stages;
}

const char * const *
mz_commitment_ceb_categories (void)
{
  return ceb_categories;
}

const char * const *
mz_commitment_frequencies (void)
{
  return frequencies;
}

const char * const *
mz_commitment_report_kinds (void)
{
  return report_kinds;
}

const char *
mz_commitment_kind_label (const char *kind)
{
  return _mz_commitment_code_label (kind_labels, G_N_ELEMENTS (kind_labels), kind);
}

const char *
mz_commitment_stage_label (const char *stage)
{
  return _mz_commitment_code_label (stage_labels, G_N_ELEMENTS (stage_labels), stage);
}

const char *
mz_commitment_ceb_category_label (const char *category)
{
  return _mz_commitment_code_label (ceb_labels, G_N_ELEMENTS (ceb_labels), category);
}

const char *
mz_commitment_frequency_label (const char *frequency)
{
  return _mz_commitment_code_label (frequency_labels, G_N_ELEMENTS (frequency_labels), frequency);
}

const char *
mz_commitment_report_kind_label (const char *kind)
{
  return _mz_commitment_code_label (report_labels, G_N_ELEMENTS (report_labels), kind);
}

const char *
mz_instalment_status_label (const char *status)
{
  return _mz_commitment_code_label (status_labels, G_N_ELEMENTS (status_labels), status);
}

int
mz_commitment_stage_probability (const char *stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (stage_probabilities); i++)
    if (g_strcmp0 (stage_probabilities[i].stage, stage) == 0)
      return stage_probabilities[i].probability;
  return 0;
}

gboolean
mz_commitment_stage_is_signed (const char *stage)
{
  return g_strcmp0 (stage, "signed") == 0 || g_strcmp0 (stage, "active") == 0 ||
         g_strcmp0 (stage, "completed") == 0;
}

gboolean
mz_commitment_stage_can_change (const char *from,
                                const char *to)
{
  if (!g_strv_contains (stages, from) || !g_strv_contains (stages, to))
    return FALSE;
  if (strcmp (from, to) == 0)
    return TRUE;

  if (g_strv_contains (pipeline_stages, from))
    return g_strv_contains (pipeline_stages, to) || strcmp (to, "signed") == 0 ||
           strcmp (to, "declined") == 0 || strcmp (to, "cancelled") == 0;
  if (strcmp (from, "signed") == 0)
    return strcmp (to, "active") == 0 || strcmp (to, "completed") == 0 || strcmp (to, "cancelled") == 0;
  if (strcmp (from, "active") == 0)
    return strcmp (to, "completed") == 0 || strcmp (to, "cancelled") == 0;
  if (strcmp (from, "completed") == 0)
    return strcmp (to, "active") == 0;
  if (strcmp (from, "declined") == 0)
    return g_strv_contains (pipeline_stages, to);
  return FALSE;   /* cancelled */
}

char *
_mz_commitment_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Thresholds */

static char *
threshold_key (const char *kind)
{
  return g_strconcat ("threshold.", kind, NULL);
}

gint64
mz_commitment_service_get_threshold (MzStore    *store,
                                     const char *kind)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  gint64 centimes;
  char *end = NULL;

  if (!g_strv_contains (kinds, kind))
    return 0;

  key = threshold_key (kind);
  value = mz_store_get_setting (store, key);
  if (value == NULL)
    return 0;

  centimes = g_ascii_strtoll (value, &end, 10);
  return end != value && *end == '\0' && centimes > 0 ? centimes : 0;
}

gboolean
mz_commitment_service_set_threshold (MzStore     *store,
                                     const char  *kind,
                                     gint64       chf_centimes,
                                     GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;

  if (!mz_validate_choice (kind, kinds, TRUE, "kind", _("Kind"), error))
    return FALSE;
  if (chf_centimes < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "threshold", _("Minimum amount"),
                               _("the minimum cannot be negative."));
      return FALSE;
    }

  key = threshold_key (kind);
  value = chf_centimes > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, chf_centimes) : NULL;
  return mz_store_set_setting (store, key, value, error);
}

/* Validation */

static gboolean
check_text (char        **value,
            gboolean      required,
            glong         max_chars,
            const char   *field,
            const char   *label,
            GError      **error)
{
  return mz_validate_text (value, required, max_chars, field, label, error);
}

static gboolean
check_amount (gint64       amount,
              const char  *field,
              const char  *label,
              GError     **error)
{
  if (amount == MZ_AMOUNT_NONE || amount >= 0)
    return TRUE;

  mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, field, label,
                           _("an amount cannot be negative."));
  return FALSE;
}

static char *
format_money (gint64      amount,
              const char *currency)
{
  g_autofree char *number = mz_money_format (amount, currency, NULL);

  return g_strdup_printf ("%s %s", currency, number);
}

static char *
format_percent (gint64 basis_points)
{
  g_autofree char *number = mz_money_format (basis_points, "CHF", NULL);

  return g_strdup_printf ("%s %%", number);
}

static gboolean
check_codes (MzCommitment  *c,
             GError       **error)
{
  if (c->stage == NULL)
    c->stage = g_strdup ("identified");

  if (c->currency != NULL)
    {
      char *upper = g_ascii_strup (g_strstrip (c->currency), -1);

      g_free (c->currency);
      c->currency = upper;
    }
  if (c->iati_aid_type != NULL)
    {
      char *upper = g_ascii_strup (g_strstrip (c->iati_aid_type), -1);

      g_free (c->iati_aid_type);
      c->iati_aid_type = *upper ? upper : (g_free (upper), NULL);
    }

  if (!mz_validate_choice (c->kind, kinds, TRUE, "kind", _("Kind"), error) ||
      !mz_validate_choice (c->stage, stages, TRUE, "stage", _("Stage"), error) ||
      !mz_validate_choice (c->ceb_category, ceb_categories, FALSE, "ceb_category",
                           _("CEB revenue category"), error) ||
      !mz_validate_choice (c->schedule_frequency, frequencies, FALSE, "schedule_frequency",
                           _("Schedule"), error))
    return FALSE;

  if (c->currency == NULL || !mz_currency_is_valid (c->currency))
    {
      if (c->currency == NULL || *c->currency == '\0')
        mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "currency", _("Currency"),
                                 _("choose the currency of the agreement."));
      else
        mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "currency", _("Currency"),
                                 _("“%s” is not an ISO 4217 currency code."), c->currency);
      return FALSE;
    }

  if (c->iati_aid_type != NULL &&
      !g_regex_match_simple ("^[A-H][0-9]{2}(\\.[a-z0-9]+)?$|^[A-H][0-9]{2}$", c->iati_aid_type, 0, 0))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CHOICE, "iati_aid_type", _("IATI aid type"),
                               _("“%s” is not an IATI aid type code such as C01 or B03."),
                               c->iati_aid_type);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_probability (MzCommitment  *c,
                   GError       **error)
{
  if (mz_commitment_stage_is_signed (c->stage))
    c->probability = 100;
  else if (g_strcmp0 (c->stage, "declined") == 0 || g_strcmp0 (c->stage, "cancelled") == 0)
    c->probability = 0;
  else if (c->probability < 0)
    c->probability = mz_commitment_stage_probability (c->stage);
  else if (c->probability > 100)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "probability", _("Probability"),
                               _("give a percentage from 0 to 100."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_amounts_and_dates (MzCommitment  *c,
                         GError       **error)
{
  gboolean is_signed = mz_commitment_stage_is_signed (c->stage);

  if (!check_amount (c->ask_amount, "ask_amount", _("Amount asked"), error) ||
      !check_amount (c->expected_amount, "expected_amount", _("Expected amount"), error) ||
      !check_amount (c->signed_amount, "signed_amount", _("Signed amount"), error) ||
      !mz_validate_date (c->signed_date, FALSE, "signed_date", _("Signing date"), error) ||
      !mz_validate_date (c->start_date, is_signed, "start_date", _("Start"), error) ||
      !mz_validate_date (c->end_date, is_signed, "end_date", _("End"), error))
    return FALSE;

  if (c->psc_rate_bp > 10000)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "psc_rate_bp",
                               _("Programme support cost"), _("give a rate from 0 to 100 %%."));
      return FALSE;
    }

  if (c->start_date != NULL && c->end_date != NULL && strcmp (c->end_date, c->start_date) < 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "end_date", _("End"),
                               _("the period ends (%s) before it starts (%s)."), c->end_date, c->start_date);
      return FALSE;
    }

  if (c->signed_date != NULL && c->end_date != NULL && strcmp (c->signed_date, c->end_date) > 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "signed_date", _("Signing date"),
                               _("the agreement is signed (%s) after its period ends (%s)."),
                               c->signed_date, c->end_date);
      return FALSE;
    }

  if (!is_signed)
    return TRUE;

  if (c->signed_amount == MZ_AMOUNT_NONE || c->signed_amount == 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "signed_amount", _("Signed amount"),
                               _("a signed commitment needs the amount signed, greater than zero."));
      return FALSE;
    }
  if (c->signed_date == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "signed_date", _("Signing date"),
                               _("a signed commitment needs the date it was signed."));
      return FALSE;
    }
  if (c->schedule_frequency == NULL)
    c->schedule_frequency = g_strdup ("annual");
  return TRUE;
}

/* The amount allocations by amount must add up to. */
static gint64
allocation_base (const MzCommitment *c)
{
  if (c->signed_amount != MZ_AMOUNT_NONE && c->signed_amount > 0)
    return c->signed_amount;
  if (c->expected_amount != MZ_AMOUNT_NONE && c->expected_amount > 0)
    return c->expected_amount;
  if (c->ask_amount != MZ_AMOUNT_NONE && c->ask_amount > 0)
    return c->ask_amount;
  return MZ_AMOUNT_NONE;
}

static gboolean
check_allocations (MzStore             *store,
                   const MzCommitment  *c,
                   GPtrArray           *allocations,
                   GError             **error)
{
  const char *label = _("Allocations");
  gint64 percent_sum = 0, amount_sum = 0;
  guint n_percent = 0, n_amount = 0;

  if (allocations == NULL || allocations->len == 0)
    return TRUE;

  for (guint i = 0; i < allocations->len; i++)
    {
      MzAllocation *a = allocations->pdata[i];
      gboolean exists = FALSE;

      if (a->unit_id != NULL && *a->unit_id == '\0')
        g_clear_pointer (&a->unit_id, g_free);
      if (a->initiative_id != NULL && *a->initiative_id == '\0')
        g_clear_pointer (&a->initiative_id, g_free);

      if (a->unit_id == NULL && a->initiative_id == NULL)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "allocations", label,
                                   _("line %u: choose a unit, an initiative or both."), i + 1);
          return FALSE;
        }
      if ((a->unit_id != NULL &&
           (!mz_commitment_store_row_exists (store, "org_unit", a->unit_id, &exists, error) || !exists)) ||
          (a->initiative_id != NULL &&
           (!mz_commitment_store_row_exists (store, "initiative", a->initiative_id, &exists, error) || !exists)))
        {
          if (error == NULL || *error == NULL)
            mz_validation_set_error (error, MZ_VALIDATION_ERROR_MISSING, "allocations", label,
                                     _("line %u: the chosen unit or initiative no longer exists."), i + 1);
          return FALSE;
        }

      if ((a->percent_bp >= 0) == (a->amount != MZ_AMOUNT_NONE))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "allocations", label,
                                   _("line %u: give either a percentage or an amount."), i + 1);
          return FALSE;
        }
      if ((a->percent_bp >= 0 && (a->percent_bp == 0 || a->percent_bp > 10000)) ||
          (a->amount != MZ_AMOUNT_NONE && a->amount <= 0))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "allocations", label,
                                   _("line %u: a share must be more than zero and at most 100 %%."), i + 1);
          return FALSE;
        }

      for (guint j = 0; j < i; j++)
        {
          const MzAllocation *b = allocations->pdata[j];

          if (g_strcmp0 (a->unit_id, b->unit_id) == 0 && g_strcmp0 (a->initiative_id, b->initiative_id) == 0)
            {
              mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "allocations", label,
                                       _("lines %u and %u allocate to the same unit and initiative; "
                                         "merge them."), j + 1, i + 1);
              return FALSE;
            }
        }

      if (a->percent_bp >= 0)
        {
          n_percent++;
          percent_sum += a->percent_bp;
        }
      else
        {
          n_amount++;
          amount_sum += a->amount;
        }
    }

  if (n_percent > 0 && n_amount > 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "allocations", label,
                               _("use either percentages or amounts, not both."));
      return FALSE;
    }

  if (n_percent > 0 && percent_sum != 10000)
    {
      g_autofree char *sum = format_percent (percent_sum);

      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "allocations", label,
                               _("the shares add up to %s, not to 100 %%."), sum);
      return FALSE;
    }

  if (n_amount > 0)
    {
      gint64 base = allocation_base (c);

      if (base == MZ_AMOUNT_NONE)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "allocations", label,
                                   _("allocating amounts needs the commitment’s amount first; "
                                     "or allocate percentages."));
          return FALSE;
        }
      if (amount_sum != base)
        {
          g_autofree char *sum = format_money (amount_sum, c->currency);
          g_autofree char *total = format_money (base, c->currency);

          mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "allocations", label,
                                   _("the amounts add up to %s, not to the commitment’s %s."), sum, total);
          return FALSE;
        }
    }

  return TRUE;
}

/* The minimum threshold of the commitment's kind, compared in CHF at the
 * rate of the signing month (or the start, or this month), or the latest
 * rate before it. */
static gboolean
check_threshold (MzStore             *store,
                 const MzCommitment  *c,
                 GError             **error)
{
  gint64 minimum = mz_commitment_service_get_threshold (store, c->kind);
  gint64 amount = c->signed_amount != MZ_AMOUNT_NONE ? c->signed_amount
                  : c->expected_amount != MZ_AMOUNT_NONE ? c->expected_amount
                  : c->ask_amount;
  g_autofree char *today = _mz_commitment_today ();
  const char *date = c->signed_date ? c->signed_date : c->start_date ? c->start_date : today;
  g_autoptr(GError) local_error = NULL;
  char month[8];
  gint64 rate, chf_rate, chf = amount;

  if (minimum <= 0 || amount == MZ_AMOUNT_NONE || c->threshold_justification != NULL ||
      g_strcmp0 (c->stage, "declined") == 0 || g_strcmp0 (c->stage, "cancelled") == 0)
    return TRUE;

  g_strlcpy (month, date, sizeof month);
  if (strcmp (c->currency, "CHF") != 0 &&
      (!mz_rate_store_get_latest (store, c->currency, month, &rate, NULL, &local_error) ||
       !mz_rate_store_get_latest (store, "CHF", month, &chf_rate, NULL, &local_error) ||
       !mz_money_to_chf (amount, mz_money_currency_exponent (c->currency), rate, chf_rate, &chf,
                         &local_error)))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "threshold_justification",
                               _("Minimum threshold"),
                               _("the amount cannot be compared with the minimum for this kind: %s "
                                 "Or write why the commitment is accepted."), local_error->message);
      return FALSE;
    }

  if (chf < minimum)
    {
      g_autofree char *amount_text = format_money (chf, "CHF");
      g_autofree char *minimum_text = format_money (minimum, "CHF");

      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "threshold_justification",
                               _("Justification"),
                               _("the amount (%s) is below the minimum of %s set for “%s”; write why "
                                 "it is accepted."),
                               amount_text, minimum_text, mz_commitment_kind_label (c->kind));
      return FALSE;
    }

  return TRUE;
}

gboolean
_mz_commitment_needs_dd_override (MzStore             *store,
                                  const MzCommitment  *c,
                                  const MzCommitment  *before,
                                  gboolean            *needed,
                                  GError             **error)
{
  g_autofree char *type = NULL;
  gboolean cleared = FALSE;

  *needed = FALSE;

  /* Only when it reaches a signed stage or its signing terms change. */
  if (!mz_commitment_stage_is_signed (c->stage) ||
      (before != NULL && mz_commitment_stage_is_signed (before->stage) &&
       g_strcmp0 (before->donor_partner_id, c->donor_partner_id) == 0 &&
       g_strcmp0 (before->signed_date, c->signed_date) == 0))
    return TRUE;

  if (!mz_commitment_store_partner_type (store, c->donor_partner_id, &type, error))
    return FALSE;
  if (g_strcmp0 (type, "private_sector") != 0)
    return TRUE;

  if (!mz_commitment_store_dd_cleared (store, c->donor_partner_id, c->signed_date, &cleared, error))
    return FALSE;

  *needed = !cleared;
  return TRUE;
}

static gboolean
check_due_diligence (MzStore             *store,
                     const MzCommitment  *c,
                     const MzCommitment  *before,
                     GError             **error)
{
  gboolean needed;

  if (!_mz_commitment_needs_dd_override (store, c, before, &needed, error))
    return FALSE;

  if (needed && c->dd_override_reason == NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "dd_override_reason",
                               _("Due diligence"),
                               _("this private-sector partner has no clearance valid on %s "
                                 "(Service Order 22/12). Record the screening first, or write "
                                 "why the agreement is signed without it."), c->signed_date);
      return FALSE;
    }
  return TRUE;
}

gboolean
mz_commitment_service_validate (MzStore             *store,
                                MzCommitment        *c,
                                GPtrArray           *allocations,
                                const MzCommitment  *before,
                                GError             **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (c != NULL, FALSE);

  if (!check_text (&c->title, TRUE, TITLE_MAX, "title", _("Title"), error) ||
      !check_text (&c->threshold_justification, FALSE, 0, "threshold_justification",
                   _("Justification"), error) ||
      !check_text (&c->dd_override_reason, FALSE, 0, "dd_override_reason",
                   _("Due diligence override"), error) ||
      !check_text (&c->notes, FALSE, 0, "notes", _("Notes"), error) ||
      !_mz_commitment_check_reference (store, "partner", &c->donor_partner_id, TRUE, "donor_partner_id",
                                       _("Donor"), error) ||
      !_mz_commitment_check_reference (store, "partner", &c->payer_partner_id, FALSE, "payer_partner_id",
                                       _("Paying partner"), error) ||
      !check_codes (c, error) ||
      !check_probability (c, error) ||
      !check_amounts_and_dates (c, error))
    return FALSE;

  /* The donor paying itself: no paying partner. */
  if (c->payer_partner_id != NULL && g_strcmp0 (c->payer_partner_id, c->donor_partner_id) == 0)
    g_clear_pointer (&c->payer_partner_id, g_free);

  if (before != NULL && !mz_commitment_stage_can_change (before->stage, c->stage))
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "stage", _("Stage"),
                               _("a commitment cannot go from “%s” to “%s”."),
                               mz_commitment_stage_label (before->stage),
                               mz_commitment_stage_label (c->stage));
      return FALSE;
    }

  return check_allocations (store, c, allocations, error) &&
         check_threshold (store, c, error) &&
         check_due_diligence (store, c, before, error);
}

/* mz-commitment-service-write.c — commitments: create, update, schedules,
 * write-offs, reporting obligations, completion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-commitment-service-private.h"
#include "mz-commitment-store.h"
#include "mz-instalment-store.h"
#include "mz-json.h"
#include "mz-schedule.h"
#include "mz-validate.h"

typedef gboolean (*TransactionFunc) (MzStore  *store,
                                     gpointer  data,
                                     GError  **error);

/* Runs @func in one transaction: committed if it succeeds, rolled back
 * otherwise. */
static gboolean
in_transaction (MzStore          *store,
                TransactionFunc   func,
                gpointer          data,
                GError          **error)
{
  if (!mz_store_begin (store, error))
    return FALSE;

  if (!func (store, data, error) || !mz_store_commit (store, error))
    {
      mz_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static MzInstalment *
find_instalment (GArray     *items,
                 const char *id)
{
  for (guint i = 0; id != NULL && i < items->len; i++)
    if (g_strcmp0 (g_array_index (items, MzInstalment, i).id, id) == 0)
      return &g_array_index (items, MzInstalment, i);
  return NULL;
}

/* Makes the saved schedule @current into @proposed: updates the
 * instalments whose values changed, inserts the new ones, soft-deletes
 * those that are gone. The checks (locked ones kept, sum) are done. */
static gboolean
save_schedule (MzStore       *store,
               const char    *commitment_id,
               GArray        *current,
               const GArray  *proposed,
               GError       **error)
{
  g_autofree char *today = _mz_commitment_today ();

  for (guint i = 0; i < proposed->len; i++)
    {
      MzInstalment row = g_array_index (proposed, MzInstalment, i);
      MzInstalment *old = find_instalment (current, row.id);

      row.received = old ? old->received : 0;
      g_strlcpy (row.status, mz_schedule_status (&row, today), sizeof row.status);

      if (old == NULL)
        {
          row.id = NULL;
          if (!mz_instalment_store_insert (store, commitment_id, &row, error))
            return FALSE;
          g_free (row.id);
        }
      else if (strcmp (old->due_date, row.due_date) != 0 || old->amount != row.amount ||
               old->written_off != row.written_off || strcmp (old->status, row.status) != 0)
        {
          if (!mz_instalment_store_update (store, &row, error))
            return FALSE;
        }
    }

  for (guint j = 0; j < current->len; j++)
    {
      const MzInstalment *old = &g_array_index (current, MzInstalment, j);
      gboolean kept = FALSE;

      for (guint i = 0; i < proposed->len && !kept; i++)
        kept = g_strcmp0 (g_array_index (proposed, MzInstalment, i).id, old->id) == 0;
      if (!kept && !mz_instalment_store_remove (store, old->id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
audit_override (MzStore             *store,
                const MzCommitment  *c,
                GError             **error)
{
  g_autofree char *after = mz_json_object ("dd_override_reason", c->dd_override_reason,
                                           "signed_date", c->signed_date,
                                           "donor_partner_id", c->donor_partner_id, NULL);

  return mz_store_audit (store, "commitment", c->id, "override", NULL, after, error);
}

/* A report's @date (due or delivered) lies within the period of @c, where
 * the period is known; @grace_months after its end are allowed (final and
 * financial reports are usually due a few months after the period). */
static gboolean
check_in_period (const MzCommitment  *c,
                 const char          *date,
                 guint                grace_months,
                 const char          *field,
                 const char          *label,
                 GError             **error)
{
  char limit[11];

  if (date == NULL)
    return TRUE;
  if (c->start_date != NULL && strcmp (date, c->start_date) < 0)
    {
      /* Translators: a report's date, then the first day of the commitment's period */
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, field, label,
                               _("%s is before the start of the commitment’s period (%s)."),
                               date, c->start_date);
      return FALSE;
    }
  if (c->end_date == NULL)
    return TRUE;

  g_strlcpy (limit, c->end_date, sizeof limit);
  if (grace_months > 0)
    {
      GDate end;

      g_date_clear (&end, 1);
      g_date_set_parse (&end, c->end_date);
      if (g_date_valid (&end))
        {
          g_date_add_months (&end, grace_months);
          g_date_strftime (limit, sizeof limit, "%Y-%m-%d", &end);
        }
    }
  if (strcmp (date, limit) <= 0)
    return TRUE;

  if (grace_months > 0)
    /* Translators: a report's date, the last day of the commitment's period, then the latest date allowed */
    mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, field, label,
                             _("%s is too long after the end of the commitment’s period (%s): final and "
                               "financial reports are due by %s at the latest."),
                             date, c->end_date, limit);
  else
    /* Translators: a report's date, then the last day of the commitment's period */
    mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, field, label,
                             _("%s is after the end of the commitment’s period (%s)."),
                             date, c->end_date);
  return FALSE;
}

/* Final and financial reports may be due up to this long after the period. */
#define REPORT_GRACE_MONTHS 12

/* Checks @reports of @c: a known kind, a due date within the period (for
 * final and financial reports, up to REPORT_GRACE_MONTHS after it), a
 * delivered date (if any) a real date not in the future and not before the
 * period. Errors name the field: report_kind, due_date, delivered_date,
 * report_notes. */
static gboolean
check_reports (const MzCommitment  *c,
               GPtrArray           *reports,
               GError             **error)
{
  g_autofree char *today = _mz_commitment_today ();

  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      MzReportObligation *r = reports->pdata[i];

      if (!mz_validate_choice (r->kind, mz_commitment_report_kinds (), TRUE, "report_kind",
                               _("Report kind"), error) ||
          !mz_validate_date (r->due_date, TRUE, "due_date", _("Report due"), error) ||
          !mz_validate_date (r->delivered_date, FALSE, "delivered_date", _("Report delivered"), error) ||
          !mz_validate_text (&r->notes, FALSE, 0, "report_notes", _("Notes"), error) ||
          !check_in_period (c, r->due_date, g_strcmp0 (r->kind, "interim") == 0 ? 0 : REPORT_GRACE_MONTHS,
                            "due_date", _("Report due"), error))
        return FALSE;

      if (r->delivered_date != NULL && strcmp (r->delivered_date, today) > 0)
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_DATE, "delivered_date", _("Report delivered"),
                                   _("%s is in the future; mark a report delivered once it has been sent."),
                                   r->delivered_date);
          return FALSE;
        }
      if (r->delivered_date != NULL && c->start_date != NULL && strcmp (r->delivered_date, c->start_date) < 0)
        return check_in_period (c, r->delivered_date, 0, "delivered_date", _("Report delivered"), error);
    }
  return TRUE;
}

/* The schedule of a signed commitment that has none yet: @given (checked)
 * or one generated from its terms. */
static GArray *
first_schedule (const MzCommitment  *c,
                const GArray        *given,
                GError             **error)
{
  g_autoptr(GArray) empty = mz_instalment_array_new ();
  g_autoptr(GArray) items = NULL;
  MzFrequency frequency = mz_frequency_from_string (c->schedule_frequency);

  if (given != NULL)
    {
      if (!mz_schedule_check_edit (empty, given, c->currency, error))
        return NULL;
      items = mz_instalment_array_copy (given);
    }
  else if (frequency == MZ_FREQUENCY_IRREGULAR)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "schedule_frequency", _("Schedule"),
                               _("an irregular schedule is entered instalment by instalment; "
                                 "enter the instalments."));
      return NULL;
    }
  else
    {
      items = mz_schedule_generate (c->start_date, c->end_date, frequency, c->signed_amount, error);
      if (items == NULL)
        return NULL;
    }

  if (!mz_schedule_check (items, c->signed_amount, c->currency, c->start_date, c->end_date, error))
    return NULL;
  return g_steal_pointer (&items);
}

static gboolean
refuse_schedule_unsigned (GError **error)
{
  mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, "schedule_frequency", _("Schedule"),
                           _("instalments are planned once the commitment is signed."));
  return FALSE;
}

/* Create */

typedef struct
{
  MzCommitment  *commitment;
  GPtrArray     *allocations;
  GPtrArray     *reports;
  const GArray  *schedule;
} CreateData;

static gboolean
create_cb (MzStore  *store,
           gpointer  user_data,
           GError  **error)
{
  CreateData *data = user_data;
  MzCommitment *c = data->commitment;
  g_autoptr(GArray) empty = mz_instalment_array_new ();
  g_autoptr(GArray) schedule = NULL;
  gboolean override = FALSE;

  if (!mz_commitment_service_validate (store, c, data->allocations, NULL, error) ||
      !check_reports (c, data->reports, error) ||
      !_mz_commitment_needs_dd_override (store, c, NULL, &override, error))
    return FALSE;

  if (mz_commitment_stage_is_signed (c->stage))
    {
      schedule = first_schedule (c, data->schedule, error);
      if (schedule == NULL)
        return FALSE;
    }
  else if (data->schedule != NULL && data->schedule->len > 0)
    return refuse_schedule_unsigned (error);

  if (!mz_commitment_store_insert (store, c, error) ||
      !mz_commitment_store_replace_allocations (store, c->id, data->allocations, error))
    return FALSE;

  for (guint i = 0; data->reports != NULL && i < data->reports->len; i++)
    {
      MzReportObligation *r = data->reports->pdata[i];

      mz_commitment_set_string (&r->commitment_id, c->id);
      if (!mz_commitment_store_insert_report (store, r, error))
        return FALSE;
    }

  if (schedule != NULL && !save_schedule (store, c->id, empty, schedule, error))
    return FALSE;

  return !override || audit_override (store, c, error);
}

gboolean
mz_commitment_service_create (MzStore       *store,
                              MzCommitment  *commitment,
                              GPtrArray     *allocations,
                              GPtrArray     *reports,
                              const GArray  *schedule,
                              GError       **error)
{
  CreateData data = { commitment, allocations, reports, schedule };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (commitment != NULL && commitment->id == NULL, FALSE);

  return in_transaction (store, create_cb, &data, error);
}

/* Update */

typedef struct
{
  MzCommitment  *commitment;
  GPtrArray     *allocations;
  const GArray  *schedule;
} UpdateData;

static MzCommitment *
get_live (MzStore     *store,
          const char  *id,
          GError     **error)
{
  MzCommitment *c = mz_commitment_store_get (store, id, error);

  if (c != NULL && c->deleted_at != NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("The commitment has been archived; restore it before changing it."));
      g_clear_pointer (&c, mz_commitment_free);
    }
  return c;
}

/* The first term of the schedule that changed, or NULL. */
static const char *
changed_term (const MzCommitment *before,
              const MzCommitment *after)
{
  if (before->signed_amount != after->signed_amount)
    return "signed_amount";
  if (g_strcmp0 (before->start_date, after->start_date) != 0)
    return "start_date";
  if (g_strcmp0 (before->end_date, after->end_date) != 0)
    return "end_date";
  if (g_strcmp0 (before->schedule_frequency, after->schedule_frequency) != 0)
    return "schedule_frequency";
  return NULL;
}

static gboolean
update_schedule (MzStore             *store,
                 const MzCommitment  *before,
                 const MzCommitment  *c,
                 const GArray        *given,
                 GError             **error)
{
  g_autoptr(GArray) current = mz_instalment_store_list (store, c->id, error);
  const char *term;

  if (current == NULL)
    return FALSE;

  if (!mz_commitment_stage_is_signed (c->stage))
    return given == NULL || given->len == 0 || refuse_schedule_unsigned (error);

  if (given != NULL)
    return mz_schedule_check_edit (current, given, c->currency, error) &&
           mz_schedule_check (given, c->signed_amount, c->currency, c->start_date, c->end_date, error) &&
           save_schedule (store, c->id, current, given, error);

  if (current->len == 0)
    {
      g_autoptr(GArray) schedule = first_schedule (c, NULL, error);

      return schedule != NULL && save_schedule (store, c->id, current, schedule, error);
    }

  term = changed_term (before, c);
  if (term != NULL)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_CONFLICT, term, _("Schedule"),
                               _("the instalments no longer match the signed amount, period or "
                                 "frequency. Preview the re-planned schedule and apply it with "
                                 "the change."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
update_cb (MzStore  *store,
           gpointer  user_data,
           GError  **error)
{
  UpdateData *data = user_data;
  MzCommitment *c = data->commitment;
  g_autoptr(MzCommitment) before = get_live (store, c->id, error);
  g_autoptr(GPtrArray) saved_allocations = NULL;
  GPtrArray *allocations = data->allocations;
  gboolean override = FALSE;

  if (before == NULL)
    return FALSE;

  /* Unchanged allocations by amount must still add up. */
  if (allocations == NULL)
    {
      saved_allocations = mz_commitment_store_list_allocations (store, c->id, error);
      if (saved_allocations == NULL)
        return FALSE;
      allocations = saved_allocations;
    }

  if (!mz_commitment_service_validate (store, c, allocations, before, error) ||
      !_mz_commitment_needs_dd_override (store, c, before, &override, error) ||
      !update_schedule (store, before, c, data->schedule, error) ||
      !mz_commitment_store_update (store, c, error))
    return FALSE;

  if (data->allocations != NULL &&
      !mz_commitment_store_replace_allocations (store, c->id, data->allocations, error))
    return FALSE;

  if (override && !audit_override (store, c, error))
    return FALSE;

  return mz_commitment_service_refresh (store, c->id, NULL, error);
}

gboolean
mz_commitment_service_update (MzStore       *store,
                              MzCommitment  *commitment,
                              GPtrArray     *allocations,
                              const GArray  *schedule,
                              GError       **error)
{
  UpdateData data = { commitment, allocations, schedule };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (commitment != NULL && commitment->id != NULL, FALSE);

  return in_transaction (store, update_cb, &data, error);
}

GArray *
mz_commitment_service_preview_schedule (MzStore             *store,
                                        const MzCommitment  *c,
                                        GError             **error)
{
  g_autoptr(GArray) current = NULL;
  MzFrequency frequency = mz_frequency_from_string (c->schedule_frequency ? c->schedule_frequency : "annual");

  g_return_val_if_fail (MZ_IS_STORE (store), NULL);

  if (c->signed_amount == MZ_AMOUNT_NONE || c->signed_amount <= 0)
    {
      mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "signed_amount", _("Signed amount"),
                               _("a schedule needs the amount signed, greater than zero."));
      return NULL;
    }

  current = c->id ? mz_instalment_store_list (store, c->id, error) : mz_instalment_array_new ();
  if (current == NULL)
    return NULL;

  if (current->len == 0)
    return mz_schedule_generate (c->start_date, c->end_date, frequency, c->signed_amount, error);
  return mz_schedule_replan (current, c->signed_amount, c->currency, c->start_date, c->end_date,
                             frequency, error);
}

/* Apply a hand-edited schedule */

typedef struct
{
  const char   *commitment_id;
  const GArray *schedule;
  const char   *instalment_id;
} ScheduleData;

static MzCommitment *
get_signed (MzStore     *store,
            const char  *id,
            GError     **error)
{
  MzCommitment *c = get_live (store, id, error);

  if (c != NULL && !mz_commitment_stage_is_signed (c->stage))
    {
      refuse_schedule_unsigned (error);
      g_clear_pointer (&c, mz_commitment_free);
    }
  return c;
}

static gboolean
apply_schedule_cb (MzStore  *store,
                   gpointer  user_data,
                   GError  **error)
{
  ScheduleData *data = user_data;
  g_autoptr(MzCommitment) c = get_signed (store, data->commitment_id, error);
  g_autoptr(GArray) current = NULL;

  if (c == NULL)
    return FALSE;
  current = mz_instalment_store_list (store, c->id, error);
  return current != NULL &&
         mz_schedule_check_edit (current, data->schedule, c->currency, error) &&
         mz_schedule_check (data->schedule, c->signed_amount, c->currency, c->start_date, c->end_date, error) &&
         save_schedule (store, c->id, current, data->schedule, error) &&
         mz_commitment_service_refresh (store, c->id, NULL, error);
}

gboolean
mz_commitment_service_apply_schedule (MzStore       *store,
                                      const char    *commitment_id,
                                      const GArray  *schedule,
                                      GError       **error)
{
  ScheduleData data = { commitment_id, schedule, NULL };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (schedule != NULL, FALSE);

  return in_transaction (store, apply_schedule_cb, &data, error);
}

/* Write-off */

static gboolean
write_off_cb (MzStore  *store,
              gpointer  user_data,
              GError  **error)
{
  ScheduleData *data = user_data;
  g_autoptr(MzCommitment) c = get_signed (store, data->commitment_id, error);
  g_autoptr(GArray) items = NULL;
  guint n_written_off = 0;

  if (c == NULL)
    return FALSE;
  items = mz_instalment_store_list (store, c->id, error);
  if (items == NULL)
    return FALSE;

  if (data->instalment_id != NULL && find_instalment (items, data->instalment_id) == NULL)
    {
      g_set_error (error, MZ_STORE_ERROR, MZ_STORE_ERROR_NOT_FOUND,
                   _("The instalment is not part of this commitment’s schedule any more."));
      return FALSE;
    }

  for (guint i = 0; i < items->len; i++)
    {
      MzInstalment *item = &g_array_index (items, MzInstalment, i);

      if (data->instalment_id != NULL && g_strcmp0 (item->id, data->instalment_id) != 0)
        continue;
      if (data->instalment_id == NULL && mz_schedule_outstanding (item) == 0)
        continue;
      if (!mz_schedule_write_off (items, i, c->currency, error) ||
          !mz_instalment_store_update (store, item, error))
        return FALSE;
      n_written_off++;
    }

  if (n_written_off == 0)
    {
      g_set_error (error, MZ_SCHEDULE_ERROR, MZ_SCHEDULE_ERROR_AMOUNT,
                   _("Nothing is left unpaid to write off."));
      return FALSE;
    }

  return mz_commitment_service_refresh (store, c->id, NULL, error);
}

gboolean
mz_commitment_service_write_off (MzStore     *store,
                                 const char  *commitment_id,
                                 const char  *instalment_id,
                                 GError     **error)
{
  ScheduleData data = { commitment_id, NULL, instalment_id };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  return in_transaction (store, write_off_cb, &data, error);
}

static gboolean
archive_cb (MzStore  *store,
            gpointer  user_data,
            GError  **error)
{
  return mz_commitment_store_archive (store, user_data, error);
}

gboolean
mz_commitment_service_archive (MzStore     *store,
                               const char  *commitment_id,
                               GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  return in_transaction (store, archive_cb, (gpointer) commitment_id, error);
}

/* Reporting obligations */

typedef struct
{
  const char         *commitment_id;
  MzReportObligation *report;
  const char         *report_id;
  const char         *date;
} ReportData;

static gboolean
add_report_cb (MzStore  *store,
               gpointer  user_data,
               GError  **error)
{
  ReportData *data = user_data;
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();
  g_autoptr(MzCommitment) c = get_live (store, data->commitment_id, error);

  if (c == NULL)
    return FALSE;

  g_ptr_array_add (reports, data->report);
  if (!check_reports (c, reports, error))
    return FALSE;

  mz_commitment_set_string (&data->report->commitment_id, c->id);
  return mz_commitment_store_insert_report (store, data->report, error);
}

gboolean
mz_commitment_service_add_report (MzStore             *store,
                                  const char          *commitment_id,
                                  MzReportObligation  *report,
                                  GError             **error)
{
  ReportData data = { commitment_id, report, NULL, NULL };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  return in_transaction (store, add_report_cb, &data, error);
}

/* Checks and saves @r, a live report of a live commitment. */
static gboolean
save_report (MzStore             *store,
             MzReportObligation  *r,
             GError             **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();
  g_autoptr(MzCommitment) c = get_live (store, r->commitment_id, error);

  if (c == NULL)
    return FALSE;

  g_ptr_array_add (reports, r);
  return check_reports (c, reports, error) && mz_commitment_store_update_report (store, r, error);
}

static gboolean
update_report_cb (MzStore  *store,
                  gpointer  user_data,
                  GError  **error)
{
  ReportData *data = user_data;
  g_autoptr(MzReportObligation) r = mz_commitment_store_get_report (store, data->report->id, error);

  if (r == NULL)
    return FALSE;

  mz_commitment_set_string (&r->kind, data->report->kind);
  mz_commitment_set_string (&r->due_date, data->report->due_date);
  mz_commitment_set_string (&r->delivered_date, data->report->delivered_date);
  mz_commitment_set_string (&r->notes, data->report->notes);
  return save_report (store, r, error);
}

gboolean
mz_commitment_service_update_report (MzStore                   *store,
                                     const MzReportObligation  *report,
                                     GError                   **error)
{
  ReportData data = { NULL, (MzReportObligation *) report, NULL, NULL };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (report != NULL && report->id != NULL, FALSE);

  return in_transaction (store, update_report_cb, &data, error);
}

static gboolean
deliver_report_cb (MzStore  *store,
                   gpointer  user_data,
                   GError  **error)
{
  ReportData *data = user_data;
  g_autoptr(MzReportObligation) r = mz_commitment_store_get_report (store, data->report_id, error);

  if (r == NULL)
    return FALSE;

  mz_commitment_set_string (&r->delivered_date, data->date);
  return save_report (store, r, error);
}

gboolean
mz_commitment_service_deliver_report (MzStore     *store,
                                      const char  *report_id,
                                      const char  *date,
                                      GError     **error)
{
  ReportData data = { NULL, NULL, report_id, date };

  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  return in_transaction (store, deliver_report_cb, &data, error);
}

static gboolean
remove_report_cb (MzStore  *store,
                  gpointer  user_data,
                  GError  **error)
{
  return mz_commitment_store_remove_report (store, user_data, error);
}

gboolean
mz_commitment_service_remove_report (MzStore     *store,
                                     const char  *report_id,
                                     GError     **error)
{
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  return in_transaction (store, remove_report_cb, (gpointer) report_id, error);
}

/* Balance and completion */

gboolean
mz_commitment_service_balance (MzStore              *store,
                               const char           *commitment_id,
                               const char           *as_of,
                               MzCommitmentBalance  *balance,
                               GError              **error)
{
  g_autoptr(MzCommitment) c = mz_commitment_store_get (store, commitment_id, error);
  g_autoptr(GArray) items = NULL;
  MzCommitmentBalance b = { 0 };

  if (c == NULL)
    return FALSE;
  items = mz_instalment_store_list (store, commitment_id, error);
  if (items == NULL)
    return FALSE;

  b.signed_amount = c->signed_amount == MZ_AMOUNT_NONE ? 0 : c->signed_amount;
  b.n_instalments = items->len;
  for (guint i = 0; i < items->len; i++)
    {
      const MzInstalment *item = &g_array_index (items, MzInstalment, i);

      b.scheduled += item->amount;
      b.received += item->received;
      b.written_off += item->written_off;
      b.outstanding += mz_schedule_outstanding (item);
      b.overpaid += mz_schedule_overpaid (item);
      if (strcmp (mz_schedule_status (item, as_of), "overdue") == 0)
        b.n_overdue++;
    }

  *balance = b;
  return TRUE;
}

gboolean
mz_commitment_service_refresh (MzStore     *store,
                               const char  *commitment_id,
                               gboolean    *completed,
                               GError     **error)
{
  g_autoptr(MzCommitment) c = mz_commitment_store_get (store, commitment_id, error);
  g_autoptr(GArray) items = NULL;
  g_autofree char *today = _mz_commitment_today ();
  const char *stage;

  if (completed != NULL)
    *completed = FALSE;
  if (c == NULL)
    return FALSE;
  items = mz_instalment_store_list (store, commitment_id, error);
  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      const MzInstalment *item = &g_array_index (items, MzInstalment, i);
      const char *status = mz_schedule_status (item, today);

      if (strcmp (status, item->status) != 0 &&
          !mz_instalment_store_set_status (store, item->id, status, error))
        return FALSE;
    }

  stage = c->stage;
  if (mz_schedule_is_settled (items) && (strcmp (stage, "signed") == 0 || strcmp (stage, "active") == 0))
    stage = "completed";
  else if (!mz_schedule_is_settled (items) && items->len > 0 && strcmp (stage, "completed") == 0)
    stage = "active";
  else if (mz_schedule_received (items) > 0 && strcmp (stage, "signed") == 0)
    stage = "active";

  if (strcmp (stage, c->stage) == 0)
    return TRUE;

  if (completed != NULL)
    *completed = strcmp (stage, "completed") == 0;
  return mz_commitment_store_set_stage (store, c->id, stage, 100, error);
}

/* mz-partner-format.c — words and dates for the partner list, page,
 * editor and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-partner-format"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mz-partner-format.h"

typedef struct
{
  const char *code;
  const char *label;  /* N_() */
} Label;

static const char *
lookup (const Label *labels,
        gsize        n_labels,
        const char  *code)
{
  if (code == NULL)
    return NULL;

  for (gsize i = 0; i < n_labels; i++)
    if (g_str_equal (labels[i].code, code))
      return _(labels[i].label);

  return code;
}

#define LOOKUP(table, code) lookup (table, G_N_ELEMENTS (table), code)

static const Label interaction_kinds[] = {
  { "meeting", N_("Meeting") },
  { "call", N_("Call") },
  { "email", N_("E-mail") },
  { "visit", N_("Visit") },
  { "event", N_("Event") },
  { "proposal", N_("Proposal") },
};

static const Label interaction_icons[] = {
  { "meeting", "system-users-symbolic" },
  { "call", "call-start-symbolic" },
  { "email", "mail-unread-symbolic" },
  { "visit", "mark-location-symbolic" },
  { "event", "x-office-calendar-symbolic" },
  { "proposal", "x-office-document-symbolic" },
};

static const Label interaction_statuses[] = {
  /* Translators: an interaction that is planned, not yet done */
  { "planned", N_("Planned") },
  { "done", N_("Done") },
  { "cancelled", N_("Cancelled") },
};

static const Label ceb_types[] = {
  { "government", N_("Government") },
  { "european_union", N_("European Union") },
  { "un_entity", N_("UN entity") },
  { "development_bank", N_("Development bank") },
  { "other_multilateral", N_("Other multilateral") },
  { "ngo", N_("Non-governmental organization") },
  { "foundation", N_("Foundation") },
  { "private_sector", N_("Private sector") },
  { "academia", N_("Academia") },
  { "other", N_("Other") },
};

/* The IATI OrganisationType codelist. */
static const struct
{
  int         code;
  const char *label;
} iati_types[] = {
  { 10, N_("Government") },
  { 11, N_("Local government") },
  { 15, N_("Other public sector") },
  { 21, N_("International NGO") },
  { 22, N_("National NGO") },
  { 23, N_("Regional NGO") },
  { 24, N_("Partner-country-based NGO") },
  { 30, N_("Public–private partnership") },
  { 40, N_("Multilateral") },
  { 60, N_("Foundation") },
  { 70, N_("Private sector") },
  { 71, N_("Private sector in provider country") },
  { 72, N_("Private sector in aid recipient country") },
  { 73, N_("Private sector in third country") },
  { 80, N_("Academic, training and research") },
  { 90, N_("Other") },
};

static const Label field_labels[] = {
  { "name", N_("Name") },
  { "local_name", N_("Name in local script") },
  { "short_name", N_("Short name") },
  { "type", N_("Type") },
  { "partner_type", N_("Type") },
  { "country", N_("Country") },
  { "region", N_("ITU region") },
  { "status", N_("Status") },
  { "lead_unit_id", N_("Lead unit") },
  { "account_manager_id", N_("Account manager") },
  { "sector_r", N_("ITU-R membership") },
  { "sector_t", N_("ITU-T membership") },
  { "sector_d", N_("ITU-D membership") },
  { "membership_category", N_("Membership category") },
  { "contributory_units_x16", N_("Contributory units") },
  { "ceb_contributor_type", N_("CEB contributor type") },
  { "iati_org_type", N_("IATI organisation type") },
  { "website", N_("Website") },
  { "tags", N_("Tags") },
  { "notes", N_("Notes") },
  { "merged_into", N_("Merged into") },
  { "partner_id", N_("Partner") },
  { "given_name", N_("Given name") },
  { "family_name", N_("Family name") },
  { "honorific", N_("Honorific") },
  { "title", N_("Title") },
  { "role", N_("Role") },
  { "emails", N_("E-mail addresses") },
  { "phones", N_("Phone numbers") },
  { "language", N_("Preferred language") },
  { "is_primary", N_("Primary contact") },
  { "consent_basis", N_("Consent basis") },
  { "consent_date", N_("Consent date") },
  { "consent_source", N_("Consent source") },
  { "forgotten_at", N_("Forgotten") },
  { "kind", N_("Kind") },
  { "date", N_("Date") },
  { "unit_id", N_("Unit") },
  { "staff_id", N_("Staff") },
  { "subject", N_("Subject") },
  { "contact_ids", N_("Participants") },
  { "contact_id", N_("Contact") },
  { "interaction_id", N_("Interaction") },
  { "due_date", N_("Due date") },
  { "owner_id", N_("Owner") },
  { "done_date", N_("Done on") },
  { "from_partner_id", N_("Partner") },
  { "to_partner_id", N_("Related partner") },
};

static const Label languages[] = {
  { "ar", N_("Arabic") },
  { "zh", N_("Chinese") },
  { "en", N_("English") },
  { "fr", N_("French") },
  { "ru", N_("Russian") },
  { "es", N_("Spanish") },
};

static char *
format_local (GDateTime  *time,
              const char *format)
{
  return time ? g_date_time_format (time, format) : NULL;
}

char *
mz_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  time = g_date_time_new_local (year, month, day, 12, 0, 0);
  /* Translators: a date as strftime format, e.g. "12 Dec 2026"; %-d is
   * the day without padding */
  return format_local (time, _("%-d %b %Y"));
}

char *
mz_format_date_time (const char *iso_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *prefix = NULL;
  const char *zulu;

  if (iso_time == NULL)
    return NULL;

  /* A hybrid clock value is the time followed by a counter and a node. */
  zulu = strchr (iso_time, 'Z');
  prefix = zulu ? g_strndup (iso_time, zulu - iso_time + 1) : g_strdup (iso_time);
  utc = g_date_time_new_from_iso8601 (prefix, NULL);
  if (utc == NULL)
    return NULL;

  local = g_date_time_to_local (utc);
  /* Translators: a date and time as strftime format, e.g.
   * "12 Dec 2026, 14:05" */
  return format_local (local, _("%-d %b %Y, %H:%M"));
}

const char *
mz_format_interaction_kind (const char *kind)
{
  return LOOKUP (interaction_kinds, kind);
}

const char *
mz_format_interaction_icon (const char *kind)
{
  for (gsize i = 0; kind != NULL && i < G_N_ELEMENTS (interaction_icons); i++)
    if (g_str_equal (interaction_icons[i].code, kind))
      return interaction_icons[i].label;

  return "mail-unread-symbolic";
}

const char *
mz_format_interaction_status (const char *status)
{
  return LOOKUP (interaction_statuses, status);
}

char *
mz_format_planned_approach (const char *unit_code,
                            const char *kind,
                            const char *date)
{
  g_autofree char *when = mz_format_date (date);
  const char *unit = unit_code ? unit_code : "";

  if (when == NULL)
    when = g_strdup (date ? date : "");

  /* Translators: %1$s is a unit of ITU (e.g. TSB), %2$s a date */
  if (g_strcmp0 (kind, "meeting") == 0)
    return g_strdup_printf (_("%1$s plans a meeting on %2$s"), unit, when);
  if (g_strcmp0 (kind, "call") == 0)
    return g_strdup_printf (_("%1$s plans a call on %2$s"), unit, when);
  if (g_strcmp0 (kind, "email") == 0)
    return g_strdup_printf (_("%1$s plans an e-mail on %2$s"), unit, when);
  if (g_strcmp0 (kind, "visit") == 0)
    return g_strdup_printf (_("%1$s plans a visit on %2$s"), unit, when);
  if (g_strcmp0 (kind, "event") == 0)
    return g_strdup_printf (_("%1$s plans an event on %2$s"), unit, when);
  if (g_strcmp0 (kind, "proposal") == 0)
    return g_strdup_printf (_("%1$s plans a proposal on %2$s"), unit, when);
  return g_strdup_printf (_("%1$s plans an approach on %2$s"), unit, when);
}

const char *
mz_format_ceb_type (const char *code)
{
  return LOOKUP (ceb_types, code);
}

const char *
mz_format_iati_type (int code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (iati_types); i++)
    if (iati_types[i].code == code)
      return _(iati_types[i].label);

  return NULL;
}

const int *
mz_format_iati_codes (guint *n_codes)
{
  static int codes[G_N_ELEMENTS (iati_types)];

  for (gsize i = 0; i < G_N_ELEMENTS (iati_types); i++)
    codes[i] = iati_types[i].code;
  *n_codes = G_N_ELEMENTS (iati_types);
  return codes;
}

char *
mz_format_relation (const char *kind,
                    gboolean    outgoing,
                    const char *other_name)
{
  const char *other = other_name ? other_name : "";

  if (g_strcmp0 (kind, "ministry_of") == 0)
    return outgoing ? g_strdup_printf (_("Ministry of %s"), other)
                    /* Translators: %s is a ministry of the partner shown */
                    : g_strdup_printf (_("Ministry: %s"), other);
  if (g_strcmp0 (kind, "pays_on_behalf_of") == 0)
    return outgoing ? g_strdup_printf (_("Pays on behalf of %s"), other)
                    : g_strdup_printf (_("Paid for by %s"), other);
  if (g_strcmp0 (kind, "subsidiary_of") == 0)
    return outgoing ? g_strdup_printf (_("Subsidiary of %s"), other)
                    /* Translators: %s is a subsidiary of the partner shown */
                    : g_strdup_printf (_("Subsidiary: %s"), other);
  if (g_strcmp0 (kind, "regulator_of") == 0)
    return outgoing ? g_strdup_printf (_("Regulator of %s"), other)
                    : g_strdup_printf (_("Regulated by %s"), other);

  return outgoing ? g_strdup_printf (_("Related to %s"), other)
                  : g_strdup_printf (_("Related to %s"), other);
}

char *
mz_format_units_x16 (int x16)
{
  static const char * const fractions[] = {
    "", "1/16", "⅛", "3/16", "¼", "5/16", "⅜", "7/16",
    "½", "9/16", "⅝", "11/16", "¾", "13/16", "⅞", "15/16",
  };
  int whole = x16 / 16;
  int rest = x16 % 16;

  if (x16 <= 0)
    return NULL;
  if (rest == 0)
    return g_strdup_printf ("%d", whole);
  if (whole == 0)
    return g_strdup (fractions[rest]);
  return g_strdup_printf ("%d%s", whole, fractions[rest]);
}

const char *
mz_format_audit_action (const char *table,
                        const char *action)
{
  static const struct
  {
    const char *table;
    const char *action;
    const char *label;
  } actions[] = {
    { "partner", "insert", N_("Partner created") },
    { "partner", "update", N_("Partner changed") },
    { "partner", "delete", N_("Partner archived") },
    { "partner", "restore", N_("Partner restored") },
    { "partner", "merge", N_("Partners merged") },
    { "partner", "import", N_("Partner imported") },
    { "contact", "insert", N_("Contact added") },
    { "contact", "update", N_("Contact changed") },
    { "contact", "delete", N_("Contact removed") },
    { "contact", "restore", N_("Contact restored") },
    { "contact", "forget", N_("Contact forgotten") },
    { "contact", "merge", N_("Contact moved") },
    { "contact", "import", N_("Contact imported") },
    { "interaction", "insert", N_("Interaction recorded") },
    { "interaction", "update", N_("Interaction changed") },
    { "interaction", "delete", N_("Interaction removed") },
    { "interaction", "merge", N_("Interaction moved") },
    { "interaction_contact", "insert", N_("Participant added") },
    { "interaction_contact", "delete", N_("Participant removed") },
    { "follow_up", "insert", N_("Follow-up added") },
    { "follow_up", "update", N_("Follow-up changed") },
    { "follow_up", "delete", N_("Follow-up removed") },
    { "partner_relation", "insert", N_("Relation added") },
    { "partner_relation", "delete", N_("Relation removed") },
    { "partner_relation", "merge", N_("Relation moved") },
  };
  static const Label generic[] = {
    { "insert", N_("Added") },
    { "update", N_("Changed") },
    { "delete", N_("Removed") },
    { "restore", N_("Restored") },
    { "merge", N_("Merged") },
    { "forget", N_("Forgotten") },
    { "override", N_("Rule overridden") },
    { "import", N_("Imported") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_strcmp0 (actions[i].table, table) == 0 && g_strcmp0 (actions[i].action, action) == 0)
      return _(actions[i].label);

  return LOOKUP (generic, action);
}

const char *
mz_format_field_label (const char *field)
{
  return LOOKUP (field_labels, field);
}

const char *
mz_format_language (const char *code)
{
  return LOOKUP (languages, code);
}

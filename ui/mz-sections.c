/* mz-sections.c — the sections of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * To add a page for a section, write a widget (ui/mz-thing-page.[ch|ui])
 * and put its get_type function in the table below. The window creates it
 * when the section is first shown. Optional properties the window fills in:
 *   "store"        (MzStore)  the window’s database, again when it changes
 *   "search-text"  (string)   the text of the window’s search bar
 * and a widget action "page.reload" that the window activates when the
 * data changed behind the page’s back (identity set, sample data loaded).
 * Sections without a page show what they will hold.
 */
#define G_LOG_DOMAIN "mz-sections"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-budget-page.h"
#include "mz-commitments-page.h"
#include "mz-contacts-page.h"
#include "mz-dashboard.h"
#include "mz-initiatives-page.h"
#include "mz-inkind-page.h"
#include "mz-interactions-page.h"
#include "mz-partners-page.h"
#include "mz-reports-page.h"
#include "mz-sections.h"

static const MzSection sections[] = {
  { "dashboard", N_("Dashboard"), "view-grid-symbolic",
    N_("What this office holds at a glance."),
    FALSE, mz_dashboard_get_type },
  { "partners", N_("Partners"), "system-users-symbolic",
    N_("Every Member State, Sector Member, company, foundation and bank ITU works with, "
       "with their contacts, relations and history."),
    TRUE, mz_partners_page_get_type },
  { "contacts", N_("Contacts"), "x-office-address-book-symbolic",
    N_("The people you deal with at each partner, with their role, preferred UN language "
       "and consent to be contacted."),
    TRUE, mz_contacts_page_get_type },
  { "interactions", N_("Interactions"), "mail-unread-symbolic",
    N_("Meetings, calls, e-mails, visits and proposals of every unit, with their follow-ups, "
       "so that each approach to a partner is coordinated."),
    TRUE, mz_interactions_page_get_type },
  { "commitments", N_("Commitments"), "x-office-document-symbolic",
    N_("Pledges, agreements and multi-year commitments with their instalments, payments "
       "and donor reports."),
    TRUE, mz_commitments_page_get_type },
  { "inkind", N_("In-kind"), "package-x-generic-symbolic",
    N_("Seconded experts, equipment, services and venues given to ITU, valued and recognized."),
    TRUE, mz_inkind_page_get_type },
  { "initiatives", N_("Initiatives"), "starred-symbolic",
    N_("Thematic initiatives and priority areas such as Green Digital Action and AI for Good, "
       "with their funding targets and what ITU brings to each."),
    TRUE, mz_initiatives_page_get_type },
  { "budget", N_("Regular Budget"), "accessories-calculator-symbolic",
    N_("The regular budget’s income by year, the Member States’ contributory units and the "
       "value of a unit, with the assessed contributions they give."),
    FALSE, mz_budget_page_get_type },
  { "due-diligence", N_("Due Diligence"), "security-high-symbolic",
    N_("Screening of private-sector partners under Service Order 22/12, before any formal "
       "agreement is signed."),
    TRUE, NULL },
  { "reports", N_("Reports"), "x-office-spreadsheet-symbolic",
    N_("Excel workbooks for management, the Council and donors: income by source, donor "
       "concentration, instalments due."),
    FALSE, mz_reports_page_get_type },
  { "sync", N_("Sync"), "emblem-synchronizing-symbolic",
    N_("Exchange changes with headquarters and other offices through signed files, even "
       "without a connection."),
    FALSE, NULL },
};

const MzSection *
mz_sections_get (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const MzSection *
mz_sections_find (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].id, id))
        return &sections[i];
    }

  return NULL;
}

/* mz-demo-private.h — the tables of the sample data, shared by mz-demo.c
 * (the loader) and mz-demo-data.c (the figures and fictitious records)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Amounts are in major units of the row's currency (whole francs, dollars,
 * yen); the loader scales them to minor units. -1 means no value. Records
 * refer to each other by key; units by their code. */

#define DEMO_NONE (-1)

/* Months with exchange rates: 2023-01 … 2026-12. */
#define DEMO_FIRST_YEAR 2023
#define DEMO_N_MONTHS   48

typedef struct
{
  const char *code;
  gint64      units_per_usd_micro[DEMO_N_MONTHS];
} DemoRates;

/* Table 1, thousands of CHF, in the order of the budget_line CHECK. */
typedef struct
{
  int    year;
  gint64 thousands_chf[5];
} DemoBudgetYear;

typedef struct
{
  const char *key;
  const char *name;
  const char *local_name;
  const char *country;
  const char *region;
  const char *manager;
  int         units_x16[4];   /* 2023 … 2026 */
} DemoMemberState;

typedef struct
{
  const char *key;
  const char *name;
  const char *local_name;
  const char *short_name;
  const char *type;
  const char *country;
  const char *region;
  const char *status;
  const char *lead_unit;
  const char *manager;
  const char *sectors;        /* letters of R, T, D */
  const char *category;
  const char *ceb_type;
  int         iati_type;
  const char *website;
  const char *tags;           /* JSON array */
  const char *notes;
} DemoPartner;

typedef struct
{
  const char *from;
  const char *to;
  const char *kind;
  const char *notes;
} DemoRelation;

typedef struct
{
  const char *key;
  const char *name;
  const char *email;
  const char *unit;
} DemoStaff;

typedef struct
{
  const char *key;
  const char *partner;
  const char *given_name;
  const char *family_name;
  const char *local_name;
  const char *honorific;
  const char *title;
  const char *role;
  const char *email;
  const char *phone;
  const char *language;
  gboolean    primary;
  const char *consent_basis;
  const char *consent_date;
  const char *consent_source;
} DemoContact;

typedef struct
{
  const char *key;
  const char *partner;
  const char *kind;
  const char *date;
  const char *unit;
  const char *staff;
  const char *subject;
  const char *notes;
  const char *status;
  const char *contacts[2];
} DemoInteraction;

typedef struct
{
  const char *partner;
  const char *interaction;
  const char *title;
  const char *due_date;
  const char *owner;
  const char *done_date;
} DemoFollowUp;

typedef struct
{
  const char *key;
  const char *parent;
  const char *name;
  const char *kind;
  const char *lead_unit;
  const char *start_date;
  const char *end_date;
  gint64      target_chf;
  const char *description;
  const char *pillars[5];     /* data, convening, policy, standards, projects */
} DemoInitiative;

typedef struct
{
  const char *key;
  const char *donor;
  const char *payer;
  const char *title;
  const char *kind;
  const char *ceb_category;
  const char *iati_aid_type;
  const char *stage;
  int         probability;
  const char *currency;
  gint64      ask;
  gint64      expected;
  gint64      signed_amount;
  const char *signed_date;
  const char *start_date;
  const char *end_date;
  const char *frequency;
  int         psc_rate_bp;
  const char *threshold_justification;
  const char *notes;
} DemoCommitment;

typedef struct
{
  const char *commitment;
  const char *unit;
  const char *initiative;
  int         percent_bp;
} DemoAllocation;

/* The status of an instalment follows from its payments (received, partly
 * received); @unpaid_status says what an unpaid one is. */
typedef struct
{
  const char *key;
  const char *commitment;
  const char *due_date;
  gint64      amount;
  const char *unpaid_status;
} DemoInstalment;

/* In the commitment's currency; settles one instalment. */
typedef struct
{
  const char *instalment;
  const char *date;
  gint64      amount;
  const char *reference;
} DemoPayment;

typedef struct
{
  const char *commitment;
  const char *kind;
  const char *due_date;
  const char *delivered_date;
  const char *notes;
} DemoReport;

typedef struct
{
  const char *partner;
  const char *commitment;
  const char *kind;
  const char *description;
  const char *unit;
  const char *initiative;
  const char *start_date;
  const char *end_date;
  gint64      quantity_milli;
  const char *quantity_unit;
  gint64      fair_value;
  const char *currency;
  const char *valuation_basis;
} DemoInkind;

typedef struct
{
  const char *partner;
  const char *requested_by;
  const char *requested_at;
  const char *criteria_checked;   /* JSON object */
  const char *findings;
  const char *risk_rating;
  const char *decision;
  const char *conditions;
  const char *decided_by;
  const char *decided_at;
  const char *valid_until;
} DemoDueDiligence;

#define DEMO_TABLE(type, name) \
  extern const type name[]; \
  extern const gsize name##_len

DEMO_TABLE (DemoRates, demo_rates);
DEMO_TABLE (DemoBudgetYear, demo_budget);
DEMO_TABLE (DemoStaff, demo_staff);
DEMO_TABLE (DemoMemberState, demo_member_states);
DEMO_TABLE (DemoPartner, demo_partners);
DEMO_TABLE (DemoRelation, demo_relations);
DEMO_TABLE (DemoContact, demo_contacts);
DEMO_TABLE (DemoInitiative, demo_initiatives);
DEMO_TABLE (DemoDueDiligence, demo_due_diligence);
DEMO_TABLE (DemoCommitment, demo_commitments);
DEMO_TABLE (DemoAllocation, demo_allocations);
DEMO_TABLE (DemoInstalment, demo_instalments);
DEMO_TABLE (DemoPayment, demo_payments);
DEMO_TABLE (DemoReport, demo_reports);
DEMO_TABLE (DemoInkind, demo_inkind);
DEMO_TABLE (DemoInteraction, demo_interactions);
DEMO_TABLE (DemoFollowUp, demo_follow_ups);

#undef DEMO_TABLE

/* CHF 318,000 per contributory unit, unchanged since 2006. */
#define DEMO_UNIT_VALUE_CHF      318000
#define DEMO_UNIT_VALUE_FROM     2006
#define DEMO_UNIT_VALUE_TO       2026

G_END_DECLS

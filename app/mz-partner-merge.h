/* mz-partner-merge.h — merging a duplicate partner into a survivor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-partner.h"
#include "mz-partner-merge-store.h"
#include "mz-store.h"

G_BEGIN_DECLS

/* The fields chosen one by one. */
typedef enum
{
  MZ_MERGE_FIELD_NAME,
  MZ_MERGE_FIELD_LOCAL_NAME,
  MZ_MERGE_FIELD_SHORT_NAME,
  MZ_MERGE_FIELD_TYPE,
  MZ_MERGE_FIELD_COUNTRY,          /* and the region derived from it */
  MZ_MERGE_FIELD_STATUS,
  MZ_MERGE_FIELD_LEAD_UNIT,
  MZ_MERGE_FIELD_ACCOUNT_MANAGER,
  MZ_MERGE_FIELD_MEMBERSHIP,       /* sectors, category, contributory units */
  MZ_MERGE_FIELD_CEB_TYPE,
  MZ_MERGE_FIELD_IATI_TYPE,
  MZ_MERGE_FIELD_WEBSITE,
  MZ_MERGE_FIELD_TAGS,
  MZ_MERGE_FIELD_NOTES,
  MZ_MERGE_N_FIELDS
} MzMergeField;

typedef enum
{
  MZ_MERGE_KEEP_SURVIVOR,   /* the survivor's value */
  MZ_MERGE_TAKE_MERGED,     /* the merged partner's value */
  MZ_MERGE_COMBINE,         /* tags: union; notes: both, one after the other */
} MzMergeChoice;

typedef struct
{
  MzMergeChoice choice[MZ_MERGE_N_FIELDS];
} MzMergePlan;

/* The label of a field, translated ("Account manager"). */
const char *mz_merge_field_label        (MzMergeField field);

/* TRUE when the two partners differ in @field. */
gboolean    mz_merge_field_differs      (MzPartner    *survivor,
                                         MzPartner    *merged,
                                         MzMergeField  field);

/* The default plan: the survivor's values, except where it has none and
 * the other has one; tags and notes combined. */
void        mz_merge_plan_init          (MzMergePlan  *plan,
                                         MzPartner    *survivor,
                                         MzPartner    *merged);

/* The survivor as it will be after the merge (a new object). */
MzPartner  *mz_merge_plan_apply         (const MzMergePlan *plan,
                                         MzPartner         *survivor,
                                         MzPartner         *merged);

/* "12 contacts, 40 interactions and 3 commitments will move." or "Nothing
 * else will move.", translated. */
char       *mz_merge_counts_describe    (const MzMergeCounts *counts);

/* Merges @merged_id into @survivor_id in one transaction: the survivor
 * takes the values of @plan (NULL: the default plan); contacts,
 * interactions, follow-ups, relations, commitments (as donor and as payer),
 * in-kind contributions, due diligence and assessments of the merged
 * partner move to the survivor, each stamped and audited ("merge"); relations
 * between the two are archived and duplicate relations collapsed; the
 * merged partner gets merged_into and is archived, with one "merge" row in
 * audit_log. Nothing is deleted. Refused (MZ_STORE_ERROR_INVALID) for a
 * partner into itself, into or from a merged partner, or into an archived
 * one. @moved (may be NULL) gets what moved. */
gboolean    mz_partner_merge            (MzStore           *store,
                                         const char        *survivor_id,
                                         const char        *merged_id,
                                         const MzMergePlan *plan,
                                         MzMergeCounts     *moved,
                                         GError           **error);

G_END_DECLS

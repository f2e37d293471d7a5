/* mz-generator-private.h — what the files of the partners, contacts and
 * interactions generator share: the state of one run, the names drawn
 * (mz-generator-names.c) and the contacts and interactions
 * (mz-generator-people.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-generator.h"

G_BEGIN_DECLS

typedef enum
{
  SCRIPT_LATIN,
  SCRIPT_CHINESE,
  SCRIPT_ARABIC,
  SCRIPT_CYRILLIC,
} MzGenScript;

/* State of one run. */
typedef struct
{

  MzStore        *store;
  GRand          *rand;
  GCancellable   *cancellable;
  MzGeneratorProgress progress;
  gpointer        user_data;

  GPtrArray      *unit_ids;        /* of org_unit */
  GPtrArray      *unit_regions;
  GPtrArray      *staff_ids;       /* all */
  GPtrArray      *staff_by_unit;   /* GPtrArray of ids per unit index */

  const char * const *countries;
  guint           n_countries;

  /* Per partner, by index. */
  GPtrArray      *partner_ids;
  GArray         *partner_unit;    /* guint: index of the lead unit */
  GArray         *partner_type;    /* guint: index into type_weights, or G_MAXUINT (member state) */
  GArray         *partner_country; /* guint: index into countries */
  GPtrArray      *partner_domain;  /* e-mail domain */
  GPtrArray      *partner_contacts; /* GPtrArray of contact ids, or NULL */
  GHashTable     *state_of_country; /* country code → partner id of its member state */

  char            today[11];
  guint           n_relations;
  guint           n_follow_ups;
  guint           n_links;
} MzGenRun;

/* A person's names for a partner's country: Latin given and family names
 * and, in a Chinese, Arabic or Cyrillic country, the name in that script
 * (owned) and a likely working language. */
typedef struct
{
  const char *given;
  const char *family;
  char       *local;
  const char *language;
} MzGenPerson;

/* mz-generator.c */
void         _mz_gen_run_report        (MzGenRun     *run,
                                        const char   *what,
                                        guint         done,
                                        guint         total);
gboolean     _mz_gen_run_cancelled     (MzGenRun     *run,
                                        GError      **error);
const char  *_mz_gen_pick_staff        (MzGenRun     *run,
                                        guint         unit);

/* mz-generator-names.c */
MzGenScript  _mz_gen_script_of_country (const char   *code);
char        *_mz_gen_latin_brand       (GRand        *rand);
char        *_mz_gen_local_name        (GRand        *rand,
                                        MzGenScript   script);
char        *_mz_gen_partner_name      (GRand        *rand,
                                        const char   *type,
                                        const char   *country_name,
                                        const char   *brand);
/* An index into the partner types by their weights, and its code. */
guint        _mz_gen_pick_type         (GRand        *rand);
const char  *_mz_gen_type_code         (guint         type_index);
const char  *_mz_gen_pick_tag          (GRand        *rand);
/* The @i-th Latin given and family names, for staff. */
const char  *_mz_gen_latin_given       (guint         i);
const char  *_mz_gen_latin_family      (guint         i);
void         _mz_gen_person            (GRand        *rand,
                                        MzGenScript   script,
                                        guint32       r,
                                        MzGenPerson  *person);
const char  *_mz_gen_interaction_kind  (guint32       r);
const char  *_mz_gen_subject           (guint32       r);

/* mz-generator-people.c */
gboolean     _mz_gen_contacts          (MzGenRun     *run,
                                        guint         n,
                                        GError      **error);
gboolean     _mz_gen_interactions      (MzGenRun     *run,
                                        guint         n,
                                        GError      **error);

G_END_DECLS

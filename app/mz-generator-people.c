/* mz-generator-people.c — the generator's contacts, interactions and
 * follow-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-generator"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mz-contact-store.h"
#include "mz-follow-up-store.h"
#include "mz-generator-money-private.h"
#include "mz-generator-private.h"
#include "mz-interaction-store.h"

/* Contacts ------------------------------------------------------------------ */

static char *
ascii_lower (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *s = ascii; *s; s++)
    if (g_ascii_isalnum (*s))
      g_string_append_c (out, g_ascii_tolower (*s));
  return g_string_free (out, FALSE);
}

gboolean
_mz_gen_contacts (MzGenRun *run,
                  guint     n,
                  GError  **error)
{
  g_autoptr(MzContact) c = mz_contact_new ();
  guint n_partners = run->partner_ids->len;

  for (guint i = 0; i < n; i++)
    {
      /* Every partner gets one before any gets two. */
      guint partner = i < n_partners ? i : (guint) g_rand_int_range (run->rand, 0, n_partners);
      const char *code = run->countries[g_array_index (run->partner_country, guint, partner)];
      GPtrArray *ids = run->partner_contacts->pdata[partner];
      MzGenPerson person;
      g_autofree char *local = NULL;
      g_autofree char *email = NULL;
      g_autofree char *g = NULL;
      g_autofree char *f = NULL;
      g_autofree char *phone = NULL;
      const char *emails[2] = { NULL, NULL };
      const char *phones[2] = { NULL, NULL };
      guint32 r = g_rand_int (run->rand);

      _mz_gen_person (run->rand, _mz_gen_script_of_country (code), r, &person);
      local = person.local;

      g = ascii_lower (person.given);
      f = ascii_lower (person.family);
      email = g_strdup_printf ("%s.%s%u@%s.example", g, f, i % 100,
                               (const char *) run->partner_domain->pdata[partner]);
      emails[0] = email;
      phone = g_strdup_printf ("+%u %u %03u %04u", 1 + r % 98, 10 + r % 89, r % 1000, i % 10000);
      phones[0] = phone;

      mz_contact_set_partner_id (c, run->partner_ids->pdata[partner]);
      mz_contact_set_given_name (c, person.given);
      mz_contact_set_family_name (c, person.family);
      mz_contact_set_local_name (c, local);
      mz_contact_set_honorific (c, r % 4 == 0 ? "Dr" : NULL);
      mz_contact_set_title (c, r % 2 ? "Head of International Relations" : "Director of Partnerships");
      mz_contact_set_role (c, r % 5 == 0 ? "decision maker" : "focal point");
      mz_contact_set_emails (c, emails);
      mz_contact_set_phones (c, r % 3 ? phones : NULL);
      mz_contact_set_language (c, person.language);
      mz_contact_set_is_primary (c, ids == NULL);
      mz_contact_set_consent_basis (c, r % 8 == 0 ? "consent" : "legitimate_interest");
      mz_contact_set_consent_date (c, r % 8 == 0 ? "2024-05-02" : NULL);
      mz_contact_set_consent_source (c, r % 8 == 0 ? "Signed form at an event" : NULL);

      if (!mz_contact_store_insert (run->store, c, error))
        return FALSE;

      if (ids == NULL)
        run->partner_contacts->pdata[partner] = ids = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (ids, g_strdup (mz_contact_get_id (c)));

      if (i % 1000 == 0)
        {
          if (_mz_gen_run_cancelled (run, error))
            return FALSE;
          _mz_gen_run_report (run, _("Contacts"), i, n);
        }
    }

  _mz_gen_run_report (run, _("Contacts"), n, n);
  return TRUE;
}

/* Interactions and follow-ups ---------------------------------------------- */

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

static gboolean
add_interaction (MzGenRun      *run,
                 MzInteraction *it,
                 MzFollowUp    *fu,
                 guint          partner,
                 const char    *date,
                 GError       **error)
{
  guint unit = g_rand_int_range (run->rand, 0, 3) == 0
               ? (guint) g_rand_int_range (run->rand, 0, run->unit_ids->len)
               : g_array_index (run->partner_unit, guint, partner);
  GPtrArray *contacts = run->partner_contacts->pdata[partner];
  guint32 r = g_rand_int (run->rand);
  const char *status;

  if (strcmp (date, run->today) > 0)
    status = r % 10 == 0 ? "cancelled" : "planned";
  else
    status = r % 20 == 0 ? "cancelled" : (r % 50 == 1 ? "planned" : "done");

  mz_interaction_set_partner_id (it, run->partner_ids->pdata[partner]);
  mz_interaction_set_kind (it, _mz_gen_interaction_kind (r));
  mz_interaction_set_date (it, date);
  mz_interaction_set_unit_id (it, run->unit_ids->pdata[unit]);
  mz_interaction_set_staff_id (it, _mz_gen_pick_staff (run, unit));
  mz_interaction_set_subject (it, _mz_gen_subject (r >> 8));
  mz_interaction_set_notes (it, r % 9 == 0 ? "Notes taken during the meeting; see the shared folder." : NULL);
  mz_interaction_set_status (it, status);

  if (!mz_interaction_store_insert (run->store, it, error))
    return FALSE;

  if (contacts != NULL && r % 5 < 2)
    {
      const char *contact = contacts->pdata[(r >> 4) % contacts->len];

      if (!mz_interaction_store_add_contact (run->store, mz_interaction_get_id (it),
                                             contact, NULL, error))
        return FALSE;
      run->n_links++;
    }

  if (r % 20 == 3)
    {
      char due[11];

      _mz_gen_add_days (date, 14, due);
      mz_follow_up_set_partner_id (fu, run->partner_ids->pdata[partner]);
      mz_follow_up_set_interaction_id (fu, mz_interaction_get_id (it));
      mz_follow_up_set_title (fu, "Send the documents promised");
      mz_follow_up_set_due_date (fu, due);
      mz_follow_up_set_owner_id (fu, _mz_gen_pick_staff (run, unit));
      mz_follow_up_set_done_date (fu, strcmp (due, run->today) < 0 && r % 7 != 0 ? due : NULL);
      if (!mz_follow_up_store_insert (run->store, fu, error))
        return FALSE;
      run->n_follow_ups++;
    }

  return TRUE;
}

gboolean
_mz_gen_interactions (MzGenRun *run,
                      guint     n,
                      GError  **error)
{
  g_autoptr(MzInteraction) it = mz_interaction_new ();
  g_autoptr(MzFollowUp) fu = mz_follow_up_new ();
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_partners = run->partner_ids->len;
  g_autofree guint *counts = g_new0 (guint, n_partners);
  guint done = 0;
  GDate start;

  /* How many each partner gets: squaring skews towards the first partners
   * (the Member States and some others get many, most get a few). */
  for (guint i = 0; i < n; i++)
    {
      double x = g_rand_double (run->rand);

      counts[MIN ((guint) (x * x * n_partners), n_partners - 1)]++;
    }

  /* Partner by partner, in date order: the indexes on (partner, date) then
   * grow at their end, which makes the load a good deal faster. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, 1, 2019);
  for (guint p = 0; p < n_partners; p++)
    {
      g_array_set_size (days, 0);
      for (guint k = 0; k < counts[p]; k++)
        {
          guint day = g_rand_int_range (run->rand, 0, 2922);
          g_array_append_val (days, day);
        }
      g_array_sort (days, compare_days);

      for (guint k = 0; k < days->len; k++)
        {
          GDate date = start;
          char text[11];

          g_date_add_days (&date, g_array_index (days, guint, k));
          g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date),
                      g_date_get_month (&date), g_date_get_day (&date));
          if (!add_interaction (run, it, fu, p, text, error))
            return FALSE;

          if (++done % 5000 == 0)
            {
              if (_mz_gen_run_cancelled (run, error))
                return FALSE;
              _mz_gen_run_report (run, _("Interactions"), done, n);
            }
        }
    }

  _mz_gen_run_report (run, _("Interactions"), n, n);
  return TRUE;
}

/* mz-commitment-row.c — one row of the Commitments table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-commitment-row"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mz-commitment-row.h"
#include "mz-money.h"

struct _MzCommitmentRow
{
  GObject              parent_instance;

  MzCommitmentListRow *row;
  gint64               signed_chf;
  gboolean             lacks_rate;
  char                *donor_key;
  char                *title_key;
  char                *folded;       /* donor and title, casefolded */
  int                  first_year;
  int                  last_year;
};

G_DEFINE_FINAL_TYPE (MzCommitmentRow, mz_commitment_row, G_TYPE_OBJECT)

static char *
make_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  return g_utf8_collate_key (folded, -1);
}

static int
year_of (const char *date)
{
  return date != NULL && strlen (date) >= 4 ? atoi (date) : 0;
}

static void
convert (MzCommitmentRow *self,
         MzRateTable     *rates)
{
  const MzCommitmentListRow *row = self->row;
  int month = mz_rate_month_index (row->signed_date);
  gint64 rate, chf_rate;

  self->signed_chf = MZ_COMMITMENT_ROW_NONE;
  if (row->signed_amount == G_MININT64 || month < 0)
    return;

  if (rates == NULL ||
      !mz_rate_table_lookup (rates, row->currency, month, &rate) ||
      !mz_rate_table_lookup (rates, "CHF", month, &chf_rate) ||
      !mz_money_to_chf (row->signed_amount, mz_money_currency_exponent (row->currency),
                        rate, chf_rate, &self->signed_chf, NULL))
    {
      self->signed_chf = MZ_COMMITMENT_ROW_NONE;
      self->lacks_rate = TRUE;
    }
}

static void
mz_commitment_row_finalize (GObject *object)
{
  MzCommitmentRow *self = MZ_COMMITMENT_ROW (object);

  mz_commitment_list_row_free (self->row);
  g_free (self->donor_key);
  g_free (self->title_key);
  g_free (self->folded);

  G_OBJECT_CLASS (mz_commitment_row_parent_class)->finalize (object);
}

static void
mz_commitment_row_class_init (MzCommitmentRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mz_commitment_row_finalize;
}

static void
mz_commitment_row_init (MzCommitmentRow *self)
{
}

MzCommitmentRow *
mz_commitment_row_new (MzCommitmentListRow *row,
                       MzRateTable         *rates,
                       GHashTable          *donor_keys)
{
  MzCommitmentRow *self;
  g_autofree char *both = NULL;
  int a, b;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (MZ_TYPE_COMMITMENT_ROW, NULL);
  self->row = row;
  if (donor_keys != NULL && row->donor_name != NULL)
    {
      const char *key = g_hash_table_lookup (donor_keys, row->donor_name);

      if (key == NULL)
        {
          key = make_key (row->donor_name);
          g_hash_table_insert (donor_keys, g_strdup (row->donor_name), (char *) key);
        }
      self->donor_key = g_strdup (key);
    }
  else
    self->donor_key = make_key (row->donor_name);
  both = g_strdup_printf ("%s\n%s", row->donor_name ? row->donor_name : "",
                          row->title ? row->title : "");
  self->folded = g_utf8_casefold (both, -1);
  convert (self, rates);

  a = year_of (row->start_date);
  b = year_of (row->end_date);
  if (a == 0)
    a = year_of (row->signed_date);
  if (b == 0)
    b = a;
  self->first_year = MIN (a, b);
  self->last_year = MAX (a, b);
  return self;
}

const MzCommitmentListRow *
mz_commitment_row_get_data (MzCommitmentRow *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), NULL);
  return self->row;
}

const char *
mz_commitment_row_get_id (MzCommitmentRow *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), NULL);
  return self->row->id;
}

gint64
mz_commitment_row_get_signed_chf (MzCommitmentRow *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), MZ_COMMITMENT_ROW_NONE);
  return self->signed_chf;
}

gboolean
mz_commitment_row_lacks_rate (MzCommitmentRow *self)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), FALSE);
  return self->lacks_rate;
}

const char *
mz_commitment_row_get_donor_key (MzCommitmentRow *self)
{
  return self->donor_key;
}

const char *
mz_commitment_row_get_title_key (MzCommitmentRow *self)
{
  /* Made when first sorted by title rather than for every row at load. */
  if (self->title_key == NULL)
    self->title_key = make_key (self->row->title);
  return self->title_key;
}

gboolean
mz_commitment_row_touches_year (MzCommitmentRow *self,
                                int              year)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), FALSE);
  return self->first_year != 0 && self->first_year <= year && year <= self->last_year;
}

void
mz_commitment_row_get_years (MzCommitmentRow *self,
                             int             *first,
                             int             *last)
{
  *first = self->first_year;
  *last = self->last_year;
}

gboolean
mz_commitment_row_matches (MzCommitmentRow *self,
                           const char      *folded)
{
  g_return_val_if_fail (MZ_IS_COMMITMENT_ROW (self), FALSE);
  return folded == NULL || *folded == '\0' || strstr (self->folded, folded) != NULL;
}

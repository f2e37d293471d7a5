/* mz-initiative-row.c — one initiative of the Initiatives section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-initiative-row"

#include "config.h"

#include "mz-initiative-row.h"

struct _MzInitiativeRow
{
  GObject               parent_instance;

  MzInitiativeProgress *progress;
  MzInitiative         *initiative;
  char                 *lead_code;
  guint                 depth;
};

G_DEFINE_FINAL_TYPE (MzInitiativeRow, mz_initiative_row, G_TYPE_OBJECT)

static void
mz_initiative_row_finalize (GObject *object)
{
  MzInitiativeRow *self = MZ_INITIATIVE_ROW (object);

  g_clear_pointer (&self->progress, mz_initiative_progress_free);
  g_clear_pointer (&self->initiative, mz_initiative_free);
  g_free (self->lead_code);

  G_OBJECT_CLASS (mz_initiative_row_parent_class)->finalize (object);
}

static void
mz_initiative_row_class_init (MzInitiativeRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mz_initiative_row_finalize;
}

static void
mz_initiative_row_init (MzInitiativeRow *self)
{
}

MzInitiativeRow *
mz_initiative_row_new (MzInitiativeProgress *progress,
                       MzInitiative         *initiative,
                       const char           *lead_code,
                       guint                 depth)
{
  MzInitiativeRow *self = g_object_new (MZ_TYPE_INITIATIVE_ROW, NULL);

  g_return_val_if_fail (progress != NULL, NULL);

  self->progress = progress;
  self->initiative = initiative;
  self->lead_code = g_strdup (lead_code);
  self->depth = depth;
  return self;
}

const MzInitiativeProgress *
mz_initiative_row_get_progress (MzInitiativeRow *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVE_ROW (self), NULL);
  return self->progress;
}

const MzInitiative *
mz_initiative_row_get_initiative (MzInitiativeRow *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVE_ROW (self), NULL);
  return self->initiative;
}

const char *
mz_initiative_row_get_lead_code (MzInitiativeRow *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVE_ROW (self), NULL);
  return self->lead_code;
}

guint
mz_initiative_row_get_depth (MzInitiativeRow *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVE_ROW (self), 0);
  return self->depth;
}

double
mz_initiative_row_get_funded (MzInitiativeRow *self)
{
  g_return_val_if_fail (MZ_IS_INITIATIVE_ROW (self), -1.0);

  if (self->progress->target_chf <= 0)
    return -1.0;
  return (double) self->progress->signed_chf / (double) self->progress->target_chf;
}

/* mz-schedule-grid.h — the instalments of a commitment: the saved
 * schedule with status and received amounts, a re-planned schedule shown
 * as a preview beside it, and hand-entered irregular instalments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MZ_TYPE_SCHEDULE_GRID (mz_schedule_grid_get_type ())
G_DECLARE_FINAL_TYPE (MzScheduleGrid, mz_schedule_grid, MZ, SCHEDULE_GRID, AdwBin)

/* Signals: "frequency-changed" when the person picks another frequency;
 * "apply" when they accept the preview; "write-off" when they ask to
 * write off the unpaid balance (the caller confirms and does it). */
GtkWidget  *mz_schedule_grid_new             (void);

void        mz_schedule_grid_set_currency    (MzScheduleGrid *self,
                                              const char     *currency);
/* annual, semiannual, quarterly, monthly or irregular. */
const char *mz_schedule_grid_get_frequency   (MzScheduleGrid *self);
void        mz_schedule_grid_set_frequency   (MzScheduleGrid *self,
                                              const char     *frequency);

/* The saved instalments (MzInstalment; NULL: none yet), shown with their
 * status on @as_of and what they received; locked ones are marked. */
void        mz_schedule_grid_set_current     (MzScheduleGrid *self,
                                              const GArray   *current,
                                              const char     *as_of);
/* A proposed schedule (NULL: none) shown beside the current one; with
 * @needs_apply it waits for "Apply"; @message (may be NULL) explains why
 * there is none. */
void        mz_schedule_grid_set_preview     (MzScheduleGrid *self,
                                              const GArray   *preview,
                                              gboolean        needs_apply,
                                              const char     *message);
/* The preview, if any, and whether it was applied. */
const GArray *mz_schedule_grid_get_preview   (MzScheduleGrid *self);
gboolean    mz_schedule_grid_get_applied     (MzScheduleGrid *self);

/* Irregular schedules: the instalments as edited by hand (locked ones
 * unchanged), or NULL with an error naming the row that is wrong. */
GArray     *mz_schedule_grid_read_irregular  (MzScheduleGrid *self,
                                              GError        **error);
/* Whether the balance may be written off (a saved schedule with
 * something still due). */
void        mz_schedule_grid_set_can_write_off (MzScheduleGrid *self,
                                                gboolean        can);

G_END_DECLS

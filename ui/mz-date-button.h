/* mz-date-button.h — a button that shows a date and picks it on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MZ_TYPE_DATE_BUTTON (mz_date_button_get_type ())
G_DECLARE_FINAL_TYPE (MzDateButton, mz_date_button, MZ, DATE_BUTTON, GtkWidget)

/* Property "date": YYYY-MM-DD or NULL (shown as “Not Set”, and only
 * possible when "can-clear" is TRUE, which adds a Clear button). */
GtkWidget  *mz_date_button_new           (void);

const char *mz_date_button_get_date      (MzDateButton *self);
void        mz_date_button_set_date      (MzDateButton *self,
                                          const char   *date);
void        mz_date_button_set_can_clear (MzDateButton *self,
                                          gboolean      can_clear);

G_END_DECLS

/* mz-rates-window.h — UN operational rates of exchange: a year's months ×
 * currencies, a rate added or changed, a CSV file imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_RATES_WINDOW (mz_rates_window_get_type ())
G_DECLARE_FINAL_TYPE (MzRatesWindow, mz_rates_window, MZ, RATES_WINDOW, AdwWindow)

/* Opens the window on @store, transient for @parent (may be NULL). */
void           mz_rates_window_present (GtkWindow *parent,
                                        MzStore   *store);
MzRatesWindow *mz_rates_window_new     (GtkWindow *parent,
                                        MzStore   *store);

/* For tests. The year shown and the currency filter (NULL: all). */
void        _mz_rates_window_set_year        (MzRatesWindow *self,
                                              int            year);
void        _mz_rates_window_set_currency    (MzRatesWindow *self,
                                              const char    *currency);
/* The text of the cell of @currency and @month (1–12) of the year shown,
 * NULL when the currency has no column; whether it is flagged missing. */
const char *_mz_rates_window_get_cell        (MzRatesWindow *self,
                                              const char    *currency,
                                              int            month,
                                              gboolean      *missing);
guint       _mz_rates_window_get_n_columns   (MzRatesWindow *self);
guint       _mz_rates_window_get_n_missing   (MzRatesWindow *self);
/* The form: "currency", "month", "rate" (GtkEditable), "save" (button). */
GtkWidget  *_mz_rates_window_get_form_widget (MzRatesWindow *self,
                                              const char    *name);
/* The last message of the form (saved or refused) and its field. */
const char *_mz_rates_window_get_message     (MzRatesWindow *self);
const char *_mz_rates_window_get_error_field (MzRatesWindow *self);
/* Imports @file as the file chooser would; the summary once done. */
void        _mz_rates_window_import          (MzRatesWindow *self,
                                              GFile         *file);
gboolean    _mz_rates_window_is_importing    (MzRatesWindow *self);
const char *_mz_rates_window_get_import_summary (MzRatesWindow *self);

G_END_DECLS

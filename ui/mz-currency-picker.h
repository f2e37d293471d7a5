/* mz-currency-picker.h — a drop-down of ISO 4217 currencies with type-ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MZ_TYPE_CURRENCY_PICKER (mz_currency_picker_get_type ())
G_DECLARE_FINAL_TYPE (MzCurrencyPicker, mz_currency_picker, MZ, CURRENCY_PICKER, GtkWidget)

/* Shows "CODE — name in the UI language" for every currency of
 * mz_currency_list(); its search finds a currency by any part of that
 * text ("eur", "euro", "欧元" find EUR). Property "currency": the chosen
 * code, "CHF" until another is chosen; an unknown code is ignored. */
GtkWidget   *mz_currency_picker_new           (void);

const char  *mz_currency_picker_get_currency  (MzCurrencyPicker *self);
void         mz_currency_picker_set_currency  (MzCurrencyPicker *self,
                                               const char       *code);

/* The drop-down inside (for tests and accessibility labels). */
GtkDropDown *mz_currency_picker_get_drop_down (MzCurrencyPicker *self);

G_END_DECLS

/* mz-currency.h — ISO 4217 currencies (from iso-codes) with translated names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE if @code is a current ISO 4217 currency in which money can be
 * pledged or paid (upper case, e.g. "CHF"). Precious metals, bond units,
 * fund codes (CHE, CHW, BOV…), XTS and XXX are not. */
gboolean            mz_currency_is_valid     (const char *code);

/* The currency's name in the UI language (the iso_4217 domain of
 * iso-codes), e.g. "Swiss Franc", "瑞士法郎"; NULL for an unknown code. */
const char         *mz_currency_get_name     (const char *code);

/* "CHF — Swiss Franc", for lists; NULL for an unknown code. */
char               *mz_currency_dup_label    (const char *code);

/* The number of decimals of its minor unit (0 for JPY, 3 for KWD, 2 for
 * CHF); same as mz_money_currency_exponent(). */
int                 mz_currency_get_exponent (const char *code);

/* Every valid code, sorted; owned by the module. */
const char * const *mz_currency_list         (void);

G_END_DECLS

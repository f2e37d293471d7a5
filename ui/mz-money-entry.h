/* mz-money-entry.h — an entry for an amount of money, parsed as typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MZ_TYPE_MONEY_ENTRY (mz_money_entry_get_type ())
G_DECLARE_FINAL_TYPE (MzMoneyEntry, mz_money_entry, MZ, MONEY_ENTRY, GtkEntry)

/* An entry that reads what is typed with mz_money_parse() in the
 * currency's decimals and the locale's separators. Properties:
 * "currency", "optional" (empty text is no amount rather than an error),
 * "error-text" (read-only: why the text is not an amount, or NULL; also
 * shown as the entry's error style and icon tooltip), "amount"
 * (read-only, minor units; G_MININT64 for none or invalid). */
GtkWidget  *mz_money_entry_new            (void);

void        mz_money_entry_set_currency   (MzMoneyEntry *self,
                                           const char   *currency);
const char *mz_money_entry_get_currency   (MzMoneyEntry *self);
void        mz_money_entry_set_optional   (MzMoneyEntry *self,
                                           gboolean      optional);

/* Shows @amount (minor units; G_MININT64: empty) formatted for the locale. */
void        mz_money_entry_set_amount     (MzMoneyEntry *self,
                                           gint64        amount);
/* The amount, G_MININT64 when empty (optional) or invalid. */
gint64      mz_money_entry_get_amount     (MzMoneyEntry *self);
/* The parsed amount into @amount; FALSE with the parse error (or a
 * "required" error) when the text is not an amount. */
gboolean    mz_money_entry_read           (MzMoneyEntry *self,
                                           gint64       *amount,
                                           GError      **error);
const char *mz_money_entry_get_error_text (MzMoneyEntry *self);

/* @minor units of @currency for display: mz_money_format() with the
 * locale's separators, and thousands grouped by a narrow no-break space
 * where the locale groups nothing (C), as the other money tables do.
 * mz_money_parse() reads it back. */
char       *mz_money_entry_format         (gint64        minor,
                                           const char   *currency);

G_END_DECLS

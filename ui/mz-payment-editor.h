/* mz-payment-editor.h — the window that records a payment received for a
 * commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_PAYMENT_EDITOR (mz_payment_editor_get_type ())
G_DECLARE_FINAL_TYPE (MzPaymentEditor, mz_payment_editor, MZ, PAYMENT_EDITOR, AdwWindow)

/* Records a payment of @commitment_id: date, amount, currency, reference
 * and the instalments it settles (the oldest unpaid one chosen first). It
 * shows the CHF equivalent and the rates it will use before saving; a
 * missing rate is an error naming the currency and the month. Signal
 * "saved" (payment id). */
GtkWindow *mz_payment_editor_new (MzStore     *store,
                                  const char  *commitment_id,
                                  GError     **error);

/* For the tests: selects @code in the currency row. */
void       _mz_payment_editor_select_currency (MzPaymentEditor *self,
                                               const char      *code);
/* For the tests: the text showing the CHF equivalent, or the error. */
const char *_mz_payment_editor_get_conversion (MzPaymentEditor *self);

G_END_DECLS

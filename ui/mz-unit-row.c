/* mz-unit-row.c — an AdwComboRow listing the units of ITU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "mz-unit-row"

#include "config.h"

#include "mz-labels.h"
#include "mz-org-unit.h"
#include "mz-unit-row.h"

static char *
unit_display_name (MzOrgUnit *unit)
{
  if (unit == NULL)
    return NULL;

  return g_strdup (mz_labels_unit_name (mz_org_unit_get_code (unit)));
}

gboolean
mz_unit_row_set_store (AdwComboRow  *row,
                       MzStore      *store,
                       GError      **error)
{
  g_autoptr(GListModel) units = NULL;
  GtkExpression *expression;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);
  g_return_val_if_fail (MZ_IS_STORE (store), FALSE);

  units = mz_org_unit_list (store, error);
  if (units == NULL)
    return FALSE;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (unit_display_name),
                                            NULL, NULL);
  adw_combo_row_set_expression (row, expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (row, units);

  return TRUE;
}

void
mz_unit_row_select (AdwComboRow *row,
                    const char  *code)
{
  GListModel *units;
  guint n;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  units = adw_combo_row_get_model (row);
  if (units == NULL || code == NULL)
    return;

  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MzOrgUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (mz_org_unit_get_code (unit), code) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
}

const char *
mz_unit_row_get_code (AdwComboRow *row)
{
  MzOrgUnit *unit;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  unit = adw_combo_row_get_selected_item (row);
  return unit ? mz_org_unit_get_code (unit) : NULL;
}

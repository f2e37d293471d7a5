/* mz-contacts-page-export.c — "Export to Excel…" in the Contacts section:
 * the contacts its filters and search let through, in the table's order,
 * as a one-sheet workbook (app/mz-list-export.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names, e-mails and telephones of the people are what this list is
 * for, so they are exported; the button's tooltip and the line under the
 * sheet's title say that the workbook holds personal data.
 *
 * The table holds rowids only (mz-paged-model.h): the click takes the
 * query of the filters shown, and the button's worker runs it again on a
 * connection of its own, reading its rows a page at a time.
 */
#define G_LOG_DOMAIN "mz-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-contacts-page-private.h"
#include "mz-db-list-page.h"
#include "mz-list-export-button.h"
#include "mz-partner-format.h"

/* The line under the title: the filters chosen, the search, how many
 * contacts they show, and that they are personal data. */
static char *
describe_shown (MzContactsPage *self,
                guint           n_shown)
{
  const MzListExportFilter filters[] = {
    { self->language_filter, _("Language") },
    { self->type_filter, _("Partner type") },
    { self->unit_filter, _("Lead unit") },
  };
  const char *search = _mz_contacts_page_get_search_text (self);
  g_autoptr(GPtrArray) parts = mz_list_export_describe_filters (filters, G_N_ELEMENTS (filters), search);

  if (gtk_toggle_button_get_active (self->primary_toggle))
    g_ptr_array_insert (parts, parts->len - (search != NULL ? 1 : 0),
                        g_strdup (_("Primary contacts only")));
  /* Translators: in the line under the title of the exported Contacts list */
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u contact", "%u contacts", n_shown), n_shown));
  g_ptr_array_add (parts, g_strdup (_("Personal data: keep this file only as long as it is needed "
                                      "and share it only with those who need it")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
join (const char * const *strv)
{
  return strv != NULL && strv[0] != NULL ? g_strjoinv (", ", (char **) strv) : NULL;
}

/* Columns of the table, in order. */
enum {
  COL_NAME, COL_LOCAL_NAME, COL_PARTNER, COL_TITLE, COL_ROLE, COL_EMAILS, COL_PHONES,
  COL_LANGUAGE, COL_PRIMARY, COL_CONSENT, COL_CONSENT_DATE, N_COLUMNS
};

static void
add_contact (MzListTable *table,
             MzContact   *contact)
{
  g_autofree char *name = _mz_contacts_page_display_name (contact);
  g_autofree char *emails = join (mz_contact_get_emails (contact));
  g_autofree char *phones = join (mz_contact_get_phones (contact));
  const char *language = mz_contact_get_language (contact);

  mz_list_table_add_row (table);
  if (mz_contact_get_forgotten_at (contact) != NULL)
    {
      mz_list_table_set_text (table, COL_NAME, _("Forgotten contact"));
      mz_list_table_set_text (table, COL_PARTNER, mz_contact_get_partner_name (contact));
      return;
    }
  mz_list_table_set_text (table, COL_NAME, *name != '\0' ? name : NULL);
  mz_list_table_set_text (table, COL_LOCAL_NAME, mz_contact_get_local_name (contact));
  mz_list_table_set_text (table, COL_PARTNER, mz_contact_get_partner_name (contact));
  mz_list_table_set_text (table, COL_TITLE, mz_contact_get_title (contact));
  mz_list_table_set_text (table, COL_ROLE, mz_contact_get_role (contact));
  mz_list_table_set_text (table, COL_EMAILS, emails);
  mz_list_table_set_text (table, COL_PHONES, phones);
  mz_list_table_set_text (table, COL_LANGUAGE, language ? mz_format_language (language) : NULL);
  mz_list_table_set_text (table, COL_PRIMARY, mz_contact_get_is_primary (contact) ? _("Yes") : NULL);
  mz_list_table_set_text (table, COL_CONSENT, mz_contact_get_consent_basis (contact));
  mz_list_table_set_date (table, COL_CONSENT_DATE, mz_contact_get_consent_date (contact));
}

/* On the main thread, at the click: the title, the line under it, the
 * columns, and the query of the filters shown; the rows are read and the
 * cells filled on the button's worker. */
static MzListTable *
snapshot_table (gpointer         user_data,
                GPtrArray      **rows,
                gpointer        *context,
                GDestroyNotify  *context_free)
{
  MzContactsPage *self = MZ_CONTACTS_PAGE (user_data);
  MzListTable *table = mz_list_table_new (_("Contacts"));
  g_autofree char *subtitle = describe_shown (self, mz_db_list_page_n_rows (self->loader));

  mz_list_table_set_subtitle (table, subtitle);
  mz_list_table_add_column (table, _("Name"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Local name"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Partner"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Title"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Role"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("E-mails"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Phones"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Language"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Primary"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Consent basis"), MZ_LIST_COLUMN_TEXT);
  mz_list_table_add_column (table, _("Consent date"), MZ_LIST_COLUMN_DATE);
  g_assert (mz_list_table_get_n_columns (table) == N_COLUMNS);

  mz_db_list_page_export_context (table, _mz_contacts_page_get_store (self), _mz_contacts_page_make_job (self),
                                  _mz_contacts_job_free,
                                  (MzDbListRowidsFunc) _mz_contacts_job_rowids, mz_contact_list_fetch,
                                  (MzDbListAddRowFunc) add_contact, rows, context, context_free);
  return table;
}

/* The whole table at once, as the button's worker would fill it (tests). */
MzListTable *
_mz_contacts_page_build_export_table (MzContactsPage *self)
{
  return mz_list_export_build_now (snapshot_table, mz_db_list_page_fill_export, self);
}

/* Exported: what the table shows once it is loaded. */
void
_mz_contacts_page_update_export (MzContactsPage *self)
{
  if (self->export_button == NULL)
    return;
  mz_list_export_button_set_ready (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                   mz_db_list_page_is_loaded (self->loader));
}

void
_mz_contacts_page_setup_export (MzContactsPage *self)
{
  /* Translators: the start of the suggested file name of the exported
   * Contacts list, before a date */
  self->export_button = mz_list_export_button_new_with_fill (_("Contacts"), snapshot_table,
                                                             mz_db_list_page_fill_export, self);
  mz_list_export_button_place_after (MZ_LIST_EXPORT_BUTTON (self->export_button),
                                     GTK_WIDGET (self->count_label),
                                     _("Save the contacts shown, as filtered, in an Excel workbook. "
                                       "It holds personal data: names, e-mails and telephones."));
  _mz_contacts_page_update_export (self);
}

/* test-ui-merge.c — likely duplicates in the partner editor, and merging
 * two partners through the merge dialog of a partner's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case opens the real window on a database of its own and drives the
 * real widgets: the editor's entry rows and the duplicate list's Open
 * button; the page's "Merge With…" action, the dialog's partner chooser,
 * its check and toggle buttons and its Merge button; the merged page's
 * "Open Remaining Partner" button.
 *
 * With MOBILIZE_SCREENSHOTS=DIR the cases also save PNGs of the editor's
 * duplicate list, the merge dialog and a merged partner's page in DIR
 * (in the language of the environment: LANGUAGE=zh_CN …).
 */
#include "config.h"

#include <locale.h>

#include "test-ui-partners-fixture.h"

#include "mz-contact-service.h"
#include "mz-duplicate-banner.h"
#include "mz-partner-chooser.h"
#include "mz-partner-merge-dialog-private.h"
#include "mz-partner-duplicates.h"
#include "mz-partner-merge.h"

static const char *shots_dir;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  const char *tag = g_getenv ("MOBILIZE_SCREENSHOT_TAG") ? g_getenv ("MOBILIZE_SCREENSHOT_TAG") : "en";
  int width, height;

  if (shots_dir == NULL)
    return;

  settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strdup_printf ("%s-%s.png", name, tag);
  path = g_build_filename (shots_dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("saved %s", path);
}

static MzPartner *
add_partner (MzStore    *store,
             const char *name,
             const char *type,
             const char *country,
             const char *website)
{
  g_autoptr(GError) error = NULL;
  MzPartner *partner = mz_partner_new ();

  mz_partner_set_name (partner, name);
  mz_partner_set_partner_type (partner, type);
  mz_partner_set_country (partner, country);
  mz_partner_set_website (partner, website);
  g_assert_true (mz_partner_service_create (store, partner, &error));
  g_assert_no_error (error);
  return partner;
}

static void
add_contact (MzStore    *store,
             const char *partner_id,
             const char *given,
             const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzContact) contact = mz_contact_new ();
  const char *emails[] = { email, NULL };

  mz_contact_set_partner_id (contact, partner_id);
  mz_contact_set_given_name (contact, given);
  mz_contact_set_family_name (contact, "Martin");
  mz_contact_set_emails (contact, emails);
  g_assert_true (mz_contact_service_create (store, contact, &error));
  g_assert_no_error (error);
}

static gint64
count (MzStore    *store,
       const char *sql,
       const char *id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (mz_store_get_handle (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static MzDuplicateBanner *banner_waited;

static gboolean
banner_shows_matches (Fixture *fixture)
{
  return gtk_widget_get_visible (GTK_WIDGET (banner_waited)) &&
         gtk_widget_get_mapped (GTK_WIDGET (banner_waited)) &&
         mz_duplicate_banner_get_n_matches (banner_waited) > 0;
}

static GtkWindow *editor_waited;

static gboolean
editor_closed (Fixture *fixture)
{
  return _mz_partners_page_get_editor (fixture->page) != editor_waited;
}

static void
test_duplicates_in_editor (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MzPartner) orange = NULL;
  g_autoptr(MzPartner) other = NULL;
  g_autofree char *text = NULL;
  MzPartnerEditor *editor;
  MzDuplicateBanner *banner;
  gint64 before;
  GtkWindow *opened;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  orange = add_partner (store_of (fixture), "Orange S.A.", "sector_member", "FR", "https://www.orange.com");
  other = add_partner (store_of (fixture), "Orange Business Services", "private_sector", "FR", NULL);
  before = count_partners (fixture);

  /* Nothing typed: no list. */
  editor = open_new_editor (fixture);
  banner = MZ_DUPLICATE_BANNER (_mz_partner_editor_get_duplicates (editor));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (banner)));

  /* Typing a name that normalizes the same shows it, after the pause. */
  type_into (editor, "name", "ORANGE");
  banner_waited = banner;
  wait_until (banner_shows_matches, fixture);
  g_assert_cmpuint (mz_duplicate_banner_get_n_matches (banner), ==, 1);
  text = text_of (GTK_WIDGET (banner));
  g_assert_nonnull (strstr (text, "Orange S.A."));
  {
    g_autofree char *reason = mz_duplicate_reasons_describe (MZ_DUPLICATE_NAME);

    /* Shown with a capital letter: compare from the second character. */
    g_assert_nonnull (strstr (text, g_utf8_next_char (reason)));
  }
  g_clear_pointer (&text, g_free);

  /* The website strengthens it. */
  type_into (editor, "website", "orange.com/fr");
  _mz_partner_editor_check_duplicates_now (editor);
  text = text_of (GTK_WIDGET (banner));
  {
    g_autofree char *reasons = mz_duplicate_reasons_describe (MZ_DUPLICATE_NAME | MZ_DUPLICATE_WEBSITE);

    g_assert_nonnull (strstr (text, g_utf8_next_char (reasons)));
  }
  save_png (GTK_WIDGET (editor), "duplicates-editor");

  /* A different name: the list goes away. */
  type_into (editor, "name", "Kigali Innovation Hub");
  type_into (editor, "website", "");
  _mz_partner_editor_check_duplicates_now (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)) && gtk_widget_get_mapped (GTK_WIDGET (banner)));

  /* Saving anyway stays possible. */
  type_into (editor, "name", "Orange");
  _mz_partner_editor_check_duplicates_now (editor);
  g_assert_cmpuint (mz_duplicate_banner_get_n_matches (banner), ==, 1);
  press_save (fixture, editor);
  wait_until (editor_gone, fixture);
  g_assert_cmpint (count_partners (fixture), ==, before + 1);

  /* Open: the existing partner is shown instead, nothing is created. */
  editor = open_new_editor (fixture);
  banner = MZ_DUPLICATE_BANNER (_mz_partner_editor_get_duplicates (editor));
  type_into (editor, "name", "orange sa");
  _mz_partner_editor_check_duplicates_now (editor);
  g_assert_cmpuint (mz_duplicate_banner_get_n_matches (banner), ==, 2);
  editor_waited = GTK_WINDOW (editor);
  g_assert_true (gtk_widget_activate (mz_duplicate_banner_get_open_button (banner, 0)));
  wait_until (editor_closed, fixture);
  iterate ();
  g_assert_cmpint (count_partners (fixture), ==, before + 1);
  /* The partners page shows it, or (until it listens) its editor opens. */
  opened = find_toplevel (MZ_TYPE_PARTNER_EDITOR);
  if (opened != NULL)
    g_assert_cmpstr (gtk_window_get_title (opened), ==, _("Edit Partner"));
  else
    g_assert_nonnull (mz_partner_view_get_partner_id (_mz_partners_page_get_view (fixture->page)));
}

static gboolean
view_shows (Fixture    *fixture,
            const char *id)
{
  return g_strcmp0 (mz_partner_view_get_partner_id (_mz_partners_page_get_view (fixture->page)), id) == 0;
}

static void
choose_partner (GtkWidget  *chooser,
                const char *text)
{
  GtkWidget *entry;

  mz_partner_chooser_popup (MZ_PARTNER_CHOOSER (chooser), text);
  iterate ();
  entry = GTK_WIDGET (gtk_widget_get_template_child (chooser, MZ_TYPE_PARTNER_CHOOSER, "entry"));
  g_assert_nonnull (entry);
  g_signal_emit_by_name (entry, "activate");
  iterate ();
  g_assert_nonnull (mz_partner_chooser_get_partner_id (MZ_PARTNER_CHOOSER (chooser)));
}

static const char *survivor_id;
static GtkWidget *toggle_waited;

static gboolean
toggle_active (Fixture *fixture)
{
  return GTK_IS_CHECK_BUTTON (toggle_waited)
         ? gtk_check_button_get_active (GTK_CHECK_BUTTON (toggle_waited))
         : gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle_waited));
}

/* Activates a check or toggle button as a key press would, and waits. */
static void
press_toggle (Fixture   *fixture,
              GtkWidget *button)
{
  toggle_waited = button;
  g_assert_true (gtk_widget_activate (button));
  wait_until (toggle_active, fixture);
  iterate ();
}

static gboolean
view_shows_survivor (Fixture *fixture)
{
  return view_shows (fixture, survivor_id);
}

static gboolean
dialog_gone (Fixture *fixture)
{
  return find_toplevel (MZ_TYPE_PARTNER_MERGE_DIALOG) == NULL;
}

static void
test_merge_through_dialog (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartner) a = NULL;
  g_autoptr(MzPartner) b = NULL;
  g_autoptr(MzPartner) after = NULL;
  g_autoptr(MzPartner) gone = NULL;
  MzStore *store;
  MzPartnerView *view;
  MzPartnerMergeDialog *dialog;
  GtkWidget *banner;
  const char *summary;
  gint64 contacts_before;
  gint64 audit_before;

  make_database (fixture, "BDT", TRUE);
  open_partners (fixture);
  store = store_of (fixture);
  a = add_partner (store, "Orange S.A.", "sector_member", "FR", NULL);
  b = add_partner (store, "Orange France", "private_sector", "FR", "https://www.orange.fr");
  add_contact (store, mz_partner_get_id (a), "Claire", "claire@orange.com");
  add_contact (store, mz_partner_get_id (b), "Luc", "luc@orange.fr");
  add_contact (store, mz_partner_get_id (b), "Inès", "ines@orange.fr");
  contacts_before = count (store, "SELECT count(*) FROM contact WHERE partner_id IN "
                           "(SELECT id FROM partner WHERE name LIKE ?)", "Orange%");
  audit_before = count (store, "SELECT count(*) FROM audit_log WHERE action <> ?", "x");

  /* The duplicate's page: More Actions → Merge With…. */
  mz_partners_page_open_partner (fixture->page, mz_partner_get_id (b));
  view = _mz_partners_page_get_view (fixture->page);
  g_assert_true (view_shows (fixture, mz_partner_get_id (b)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "partner.merge", NULL));
  iterate ();
  dialog = MZ_PARTNER_MERGE_DIALOG (find_toplevel (MZ_TYPE_PARTNER_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_false (gtk_widget_is_sensitive (_mz_partner_merge_dialog_get_merge_button (dialog)));
  g_assert_true (gtk_widget_has_css_class (_mz_partner_merge_dialog_get_merge_button (dialog), "destructive-action"));

  /* Choosing itself is refused. */
  choose_partner (_mz_partner_merge_dialog_get_chooser (dialog), "Orange France");
  g_assert_nonnull (_mz_partner_merge_dialog_get_error (dialog));
  g_assert_false (gtk_widget_is_sensitive (_mz_partner_merge_dialog_get_merge_button (dialog)));

  /* The other record; it stays, B's website and type are taken. */
  choose_partner (_mz_partner_merge_dialog_get_chooser (dialog), "Orange S.A.");
  g_assert_null (_mz_partner_merge_dialog_get_error (dialog));
  g_assert_true (gtk_widget_is_sensitive (_mz_partner_merge_dialog_get_merge_button (dialog)));
  press_toggle (fixture, _mz_partner_merge_dialog_get_keep_button (dialog, TRUE));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (_mz_partner_merge_dialog_get_keep_button (dialog, TRUE))));
  /* Only the differing fields have a choice. */
  g_assert_null (_mz_partner_merge_dialog_get_choice (dialog, MZ_MERGE_FIELD_COUNTRY, 0));
  g_assert_nonnull (_mz_partner_merge_dialog_get_choice (dialog, MZ_MERGE_FIELD_NAME, 0));
  /* Website: the survivor has none, so the duplicate's is proposed. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (_mz_partner_merge_dialog_get_choice (dialog, MZ_MERGE_FIELD_WEBSITE, 0))));
  press_toggle (fixture, _mz_partner_merge_dialog_get_choice (dialog, MZ_MERGE_FIELD_TYPE, 0));
  summary = _mz_partner_merge_dialog_get_summary (dialog);
  g_assert_nonnull (summary);
  g_test_message ("%s", summary);
  {
    MzMergeCounts two_contacts = { { 0 }, 0 };
    g_autofree char *moves = NULL;

    two_contacts.n[MZ_MERGE_CONTACTS] = 2;
    moves = mz_merge_counts_describe (&two_contacts);
    g_assert_true (g_str_has_prefix (summary, moves));
    g_assert_nonnull (strstr (summary, "“Orange France”"));
    g_assert_nonnull (strstr (summary, "“Orange S.A.”"));
  }
  save_png (GTK_WIDGET (dialog), "merge-dialog");

  g_assert_true (gtk_widget_activate (_mz_partner_merge_dialog_get_merge_button (dialog)));
  wait_until (dialog_gone, fixture);

  /* The database: merged, moved, audited. */
  gone = mz_partner_store_get (store, mz_partner_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_merged_into (gone), ==, mz_partner_get_id (a));
  g_assert_nonnull (mz_partner_get_deleted_at (gone));
  after = mz_partner_store_get (store, mz_partner_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mz_partner_get_name (after), ==, "Orange S.A.");
  g_assert_cmpstr (mz_partner_get_partner_type (after), ==, "private_sector");
  g_assert_cmpstr (mz_partner_get_website (after), ==, "https://www.orange.fr");
  g_assert_cmpint (count (store, "SELECT count(*) FROM contact WHERE partner_id = ?", mz_partner_get_id (a)), ==,
                   contacts_before);
  g_assert_cmpint (count (store, "SELECT count(*) FROM contact WHERE partner_id = ?", mz_partner_get_id (b)), ==, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM audit_log WHERE action = 'merge' AND row_id = ?",
                          mz_partner_get_id (b)), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM audit_log WHERE action <> ?", "x"), ==, audit_before + 1 + 2 + 1);

  /* The page moved on to the partner that stays. */
  g_assert_true (view_shows (fixture, mz_partner_get_id (a)));

  /* The merged partner's page says where it went, and goes there. */
  mz_partners_page_open_partner (fixture->page, mz_partner_get_id (b));
  g_assert_true (view_shows (fixture, mz_partner_get_id (b)));
  banner = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), MZ_TYPE_PARTNER_VIEW, "merged_banner"));
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_nonnull (strstr (text_of (banner), "Orange S.A."));
  save_png (GTK_WIDGET (fixture->window), "merged-partner");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "partner.merge", NULL) &&
                  find_toplevel (MZ_TYPE_PARTNER_MERGE_DIALOG) != NULL);
  g_assert_true (gtk_widget_activate (find_button_labelled (banner, _("_Open Remaining Partner"))));
  survivor_id = mz_partner_get_id (a);
  wait_until (view_shows_survivor, fixture);
}

int
main (int    argc,
      char **argv)
{
  shots_dir = g_getenv ("MOBILIZE_SCREENSHOTS");

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MOBILIZE_LOCALEDIR") ? g_getenv ("MOBILIZE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (shots_dir != NULL)
    {
      /* Screenshots in the environment's language; the checks of English
       * texts are then skipped by running only with the default locale. */
      setlocale (LC_ALL, "");
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    }

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/ui/merge/duplicates-in-editor", test_duplicates_in_editor);
  ADD ("/ui/merge/merge-through-dialog", test_merge_through_dialog);

#undef ADD

  return g_test_run ();
}

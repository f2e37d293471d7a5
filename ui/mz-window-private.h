/* mz-window-private.h — the main window's insides, shared by its files
 * and looked at by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mz-sections.h"
#include "mz-window.h"

G_BEGIN_DECLS

struct _MzWindow
{
  AdwApplicationWindow  parent_instance;

  MzStore              *store;
  GSettings            *settings;
  const MzSection      *section;
  GtkFileChooserNative *chooser;
  GtkWindow            *first_start;
  GtkWindow            *preferences;
  GCancellable         *verify_cancellable;
  char                 *last_toast;
  guint                 first_start_idle;
  guint                 first_start_pending : 1;
  guint                 selecting_row : 1;
  guint                 search_active : 1;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkLabel             *office_badge;
  GtkListBox           *sidebar;
  GtkWidget            *content_box;
  AdwWindowTitle       *content_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *content_stack;
  AdwStatusPage        *error_page;
  GtkWidget            *error_open_button;
};


/* Shared by mz-window.c and mz-window-actions.c */
void            _mz_window_class_actions_init  (GtkWidgetClass *widget_class);
void            _mz_window_show_toast          (MzWindow   *self,
                                                const char *text);
void            _mz_window_show_message        (MzWindow   *self,
                                                const char *heading,
                                                const char *body);
void            _mz_window_update_identity     (MzWindow   *self);
void            _mz_window_reload_pages        (MzWindow   *self);
void            _mz_window_request_first_start (MzWindow   *self);
void            _mz_window_load_sample_data    (MzWindow   *self);
gboolean        _mz_window_create_database     (MzWindow   *self,
                                                const char *path);

/* For the tests */

/* The first-start window while it is open, else NULL. */
GtkWindow      *_mz_window_get_first_start   (MzWindow *self);
/* The open preferences window, else NULL. */
GtkWindow      *_mz_window_get_preferences   (MzWindow *self);
/* "main" or "error". */
const char     *_mz_window_get_mode          (MzWindow *self);
AdwStatusPage  *_mz_window_get_error_page    (MzWindow *self);
GtkStack       *_mz_window_get_content_stack (MzWindow *self);
AdwWindowTitle *_mz_window_get_content_title (MzWindow *self);
GtkListBox     *_mz_window_get_sidebar       (MzWindow *self);
GtkLabel       *_mz_window_get_office_badge  (MzWindow *self);
GtkSearchBar   *_mz_window_get_search_bar    (MzWindow *self);
AdwLeaflet     *_mz_window_get_leaflet       (MzWindow *self);
GtkWidget      *_mz_window_get_content_box   (MzWindow *self);
/* The title of the last toast shown, or NULL. */
const char     *_mz_window_get_last_toast    (MzWindow *self);

G_END_DECLS

/* mz-sections.h — the sections of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;           /* win.section parameter, GtkStack child name */
  const char *title;        /* translatable: use _(section->title) */
  const char *icon_name;
  const char *description;  /* translatable: what the section holds */
  gboolean    searchable;   /* whether the search bar applies to it */
  GType     (*get_type) (void);  /* the page widget, NULL until it is built */
} MzSection;

/* The sections in sidebar order; Ctrl+1 … Ctrl+9, Ctrl+0 follow it. */
const MzSection *mz_sections_get  (guint      *n_sections);

/* The section named @id, or NULL. */
const MzSection *mz_sections_find (const char *id);

G_END_DECLS

/* mz-section-page.h — a section of the window that shows figures read
 * from the store: read again when shown after something was written, and
 * searched from the window's search bar
 *
 * The base of the Partners, Contacts, Interactions, Commitments,
 * Initiatives and In-kind sections. It holds the store ("store") and the search
 * ("search-text"), installs the "page.reload" action, and when the
 * section is mapped compares the store's change counters with those of
 * the figures shown, reading them again if anything was written
 * meanwhile (unless the class turns reload_on_map off).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mz-store.h"

G_BEGIN_DECLS

#define MZ_TYPE_SECTION_PAGE (mz_section_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (MzSectionPage, mz_section_page, MZ, SECTION_PAGE, AdwBin)

struct _MzSectionPageClass
{
  AdwBinClass parent_class;

  /* Reads the figures again (the store may be NULL) and ends with
   * mz_section_page_mark_current(). */
  void (*reload)         (MzSectionPage *self);
  /* The search changed: filter again. */
  void (*search_changed) (MzSectionPage *self);
  /* Optional: another store (or none) was set; called before reload to
   * let go of what belonged to the previous one. */
  void (*store_changed)  (MzSectionPage *self);

  /* TRUE unless a class sets it otherwise: mapping the section reads the
   * figures again when the store was written since mark_current().
   * Sections that reload after their own writes set it to FALSE. */
  gboolean reload_on_map;
};

MzStore    *mz_section_page_get_store       (MzSectionPage *self);
/* Sets the store and reads the figures again, even from the same store. */
void        mz_section_page_set_store       (MzSectionPage *self,
                                             MzStore       *store);
void        mz_section_page_reload          (MzSectionPage *self);
/* The figures shown are those of the store now: the next map reads them
 * again only after a write. Call it after the totals, which bring their
 * aggregates up to date first. */
void        mz_section_page_mark_current    (MzSectionPage *self);

/* The search as typed, NULL when empty. */
const char *mz_section_page_get_search_text (MzSectionPage *self);
/* The search stripped and casefolded, NULL when there is none. */
const char *mz_section_page_get_search_key  (MzSectionPage *self);
/* Forgets the search without calling search_changed or notifying: for a
 * section that clears its filters and reads again once. */
void        mz_section_page_drop_search     (MzSectionPage *self);
/* Whether @text, casefolded, holds @key (from get_search_key()). */
gboolean    mz_section_page_text_matches    (const char    *text,
                                             const char    *key);

G_END_DECLS

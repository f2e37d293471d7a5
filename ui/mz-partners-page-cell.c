/* mz-partners-page-cell.c — a cell of the Partners table: one line of
 * text laid out only when drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 keeps about 200 rows of cells whatever the window shows, and
 * draws only those in sight. A GtkInscription keeps a PangoLayout, with
 * its lines and glyphs, in each of the 1,400 cells for good, and lays it
 * out again whenever its text changes (each keystroke of a search). This
 * cell keeps only its text: it is laid out when drawn, then let go (the
 * render node keeps the glyphs of the cells in sight).
 */
#define G_LOG_DOMAIN "mz-partners-page"

#include "config.h"

#include <math.h>

#include "mz-partners-page-cell.h"

struct _MzPartnersPageCell
{
  GtkWidget  parent_instance;

  char      *text;
  int        min_chars;
  int        nat_chars;
  gboolean   markup;
};

G_DEFINE_FINAL_TYPE (MzPartnersPageCell, mz_partners_page_cell, GTK_TYPE_WIDGET)

static guint n_drawn_total;

/* GtkWidget */

static PangoFontMetrics *
get_metrics (GtkWidget *widget)
{
  return pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);
}

static void
mz_partners_page_cell_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  MzPartnersPageCell *self = MZ_PARTNERS_PAGE_CELL (widget);
  PangoFontMetrics *metrics = get_metrics (widget);

  /* From the font alone, never from the text: the rows keep their size
   * whatever partner they show. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                            pango_font_metrics_get_approximate_digit_width (metrics));

      *minimum = PANGO_PIXELS_CEIL (self->min_chars * char_width);
      *natural = PANGO_PIXELS_CEIL (MAX (self->min_chars, self->nat_chars) * char_width);
    }
  else
    {
      int ascent = pango_font_metrics_get_ascent (metrics);
      int descent = pango_font_metrics_get_descent (metrics);

      *minimum = *natural = PANGO_PIXELS_CEIL (ascent + descent);
      *minimum_baseline = *natural_baseline = PANGO_PIXELS_CEIL (ascent);
    }

  pango_font_metrics_unref (metrics);
}

static void
mz_partners_page_cell_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MzPartnersPageCell *self = MZ_PARTNERS_PAGE_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontMetrics *metrics;
  int ascent, descent;
  double y;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  n_drawn_total++;

  layout = gtk_widget_create_pango_layout (widget, NULL);
  if (self->markup)
    pango_layout_set_markup (layout, self->text, -1);
  else
    pango_layout_set_text (layout, self->text, -1);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  /* Every cell's baseline where the font puts it in a line of the row,
   * whatever fonts its text needs (a Chinese or Arabic fallback font is
   * taller than the Latin one). */
  metrics = get_metrics (widget);
  ascent = pango_font_metrics_get_ascent (metrics);
  descent = pango_font_metrics_get_descent (metrics);
  pango_font_metrics_unref (metrics);
  y = ((height * PANGO_SCALE - (ascent + descent)) / 2 + ascent - pango_layout_get_baseline (layout)) /
      (double) PANGO_SCALE;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, floor (y)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* GObject */

static void
mz_partners_page_cell_finalize (GObject *object)
{
  g_free (MZ_PARTNERS_PAGE_CELL (object)->text);

  G_OBJECT_CLASS (mz_partners_page_cell_parent_class)->finalize (object);
}

static void
mz_partners_page_cell_class_init (MzPartnersPageCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mz_partners_page_cell_finalize;
  widget_class->measure = mz_partners_page_cell_measure;
  widget_class->snapshot = mz_partners_page_cell_snapshot;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mz_partners_page_cell_init (MzPartnersPageCell *self)
{
}

/* Public API */

GtkWidget *
mz_partners_page_cell_new (int min_chars,
                           int nat_chars)
{
  MzPartnersPageCell *self = g_object_new (MZ_TYPE_PARTNERS_PAGE_CELL, NULL);

  self->min_chars = min_chars;
  self->nat_chars = nat_chars;
  return GTK_WIDGET (self);
}

void
mz_partners_page_cell_set_text (MzPartnersPageCell *self,
                                const char         *text,
                                gboolean            markup)
{
  g_return_if_fail (MZ_IS_PARTNERS_PAGE_CELL (self));

  if (g_strcmp0 (self->text, text) == 0 && self->markup == !!markup)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  self->markup = !!markup;
  /* Its size stays: only drawn again. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
mz_partners_page_cell_get_text (MzPartnersPageCell *self)
{
  g_return_val_if_fail (MZ_IS_PARTNERS_PAGE_CELL (self), NULL);
  return self->text;
}

guint
mz_partners_page_cell_get_n_drawn (void)
{
  return n_drawn_total;
}

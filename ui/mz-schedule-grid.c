/* mz-schedule-grid.c — the instalments of a commitment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkGrid rebuilt whenever what it shows changes: a schedule has at
 * most MZ_SCHEDULE_MAX_INSTALMENTS rows and usually a handful.
 */
#define G_LOG_DOMAIN "mz-schedule-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-date-button.h"
#include "mz-money-entry.h"
#include "mz-money.h"
#include "mz-schedule-grid.h"
#include "mz-schedule.h"
#include "mz-validate.h"

struct _MzScheduleGrid
{
  AdwBin        parent_instance;

  char         *currency;
  char         *as_of;
  GArray       *current;       /* MzInstalment, or NULL */
  GArray       *preview;       /* MzInstalment, or NULL */
  gboolean      needs_apply;
  gboolean      applied;
  gboolean      can_write_off;
  gboolean      updating;
  GPtrArray    *edit_rows;     /* EditRow, irregular only */

  GtkDropDown  *frequency;
  GtkLabel     *message;
  GtkWidget    *apply_button;
  GtkWidget    *write_off_button;
  GtkWidget    *add_button;
  GtkGrid      *grid;
};

G_DEFINE_FINAL_TYPE (MzScheduleGrid, mz_schedule_grid, ADW_TYPE_BIN)

enum {
  FREQUENCY_CHANGED,
  APPLY,
  WRITE_OFF,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  MzInstalment  instalment;    /* the saved one (id, received), or a new one */
  gboolean      locked;
  GtkWidget    *date;
  GtkWidget    *amount;
} EditRow;

static void
edit_row_free (EditRow *row)
{
  mz_instalment_clear (&row->instalment);
  g_clear_object (&row->date);
  g_clear_object (&row->amount);
  g_free (row);
}

static const char *
frequency_code (guint index)
{
  const char * const *codes = mz_commitment_frequencies ();

  for (guint i = 0; codes[i] != NULL; i++)
    if (i == index)
      return codes[i];
  return NULL;
}

static gboolean
is_irregular (MzScheduleGrid *self)
{
  return g_strcmp0 (mz_schedule_grid_get_frequency (self), "irregular") == 0;
}

static GtkWidget *
cell (const char *text,
      gboolean    numeric,
      const char *css)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static void
attach_header (MzScheduleGrid *self,
               int             column,
               const char     *title,
               gboolean        numeric)
{
  GtkWidget *label = cell (title, numeric, "heading");

  gtk_grid_attach (self->grid, label, column, 0, 1, 1);
}

static char *
format_amount (MzScheduleGrid *self,
               gint64          amount)
{
  return mz_money_entry_format (amount, self->currency);
}

/* Due, amount, received, status of one instalment from @column. */
static void
attach_instalment (MzScheduleGrid     *self,
                   const MzInstalment *instalment,
                   int                 row,
                   int                 column,
                   gboolean            with_status)
{
  g_autofree char *amount = format_amount (self, instalment->amount);
  const char *status = mz_schedule_status (instalment, self->as_of);
  gboolean locked = mz_schedule_is_locked (instalment);
  GtkWidget *due = cell (instalment->due_date, FALSE, "numeric");

  if (locked)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Received or written off: never re-planned"));
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), due);
      due = box;
    }
  gtk_grid_attach (self->grid, due, column, row, 1, 1);
  gtk_grid_attach (self->grid, cell (amount, TRUE, NULL), column + 1, row, 1, 1);
  if (with_status)
    {
      g_autofree char *received = instalment->received > 0 ? format_amount (self, instalment->received) : NULL;

      gtk_grid_attach (self->grid, cell (received, TRUE, NULL), column + 2, row, 1, 1);
      gtk_grid_attach (self->grid, cell (mz_instalment_status_label (status), FALSE,
                                         g_str_equal (status, "overdue") ? "error" : "dim-label"),
                       column + 3, row, 1, 1);
    }
}

static void
on_edit_changed_cb (MzScheduleGrid *self)
{
  /* Hand edits are what will be saved. */
}

static void
on_remove_clicked_cb (GtkButton      *button,
                      MzScheduleGrid *self);
static void rebuild (MzScheduleGrid *self);

static void
attach_edit_row (MzScheduleGrid *self,
                 EditRow        *edit,
                 int             row)
{
  GtkWidget *remove;

  if (edit->date == NULL)
    {
      edit->date = g_object_ref_sink (mz_date_button_new ());
      mz_date_button_set_date (MZ_DATE_BUTTON (edit->date),
                               *edit->instalment.due_date ? edit->instalment.due_date : NULL);
      edit->amount = g_object_ref_sink (mz_money_entry_new ());
      mz_money_entry_set_currency (MZ_MONEY_ENTRY (edit->amount), self->currency);
      mz_money_entry_set_amount (MZ_MONEY_ENTRY (edit->amount),
                                 edit->instalment.amount > 0 ? edit->instalment.amount : G_MININT64);
      gtk_widget_set_sensitive (edit->date, !edit->locked);
      gtk_widget_set_sensitive (edit->amount, !edit->locked);
      g_signal_connect_swapped (edit->amount, "changed", G_CALLBACK (on_edit_changed_cb), self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (edit->amount), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Amount"), -1);
    }
  else
    {
      GtkWidget *parent = gtk_widget_get_parent (edit->date);

      if (parent != NULL)
        gtk_grid_remove (GTK_GRID (parent), edit->date);
      parent = gtk_widget_get_parent (edit->amount);
      if (parent != NULL)
        gtk_grid_remove (GTK_GRID (parent), edit->amount);
    }

  gtk_grid_attach (self->grid, edit->date, 0, row, 1, 1);
  gtk_grid_attach (self->grid, edit->amount, 1, row, 1, 1);
  if (edit->locked)
    {
      g_autofree char *received = format_amount (self, edit->instalment.received);

      gtk_grid_attach (self->grid, cell (received, TRUE, NULL), 2, row, 1, 1);
      gtk_grid_attach (self->grid, cell (mz_instalment_status_label (mz_schedule_status (&edit->instalment,
                                                                                         self->as_of)),
                                         FALSE, "dim-label"), 3, row, 1, 1);
      return;
    }

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove Instalment"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "mz-edit-row", edit);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_grid_attach (self->grid, remove, 3, row, 1, 1);
}

static void
clear_grid (MzScheduleGrid *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
rebuild (MzScheduleGrid *self)
{
  guint n_current = self->current ? self->current->len : 0;
  guint n_preview = self->preview ? self->preview->len : 0;
  gboolean irregular = is_irregular (self);
  gboolean side_by_side = !irregular && n_current > 0 && n_preview > 0 && self->needs_apply;
  const GArray *shown = !irregular && n_preview > 0 && !side_by_side ? self->preview : self->current;
  int row = 1;

  clear_grid (self);

  gtk_widget_set_visible (self->add_button, irregular);
  gtk_widget_set_visible (self->apply_button, !irregular && self->needs_apply && !self->applied && n_preview > 0);
  gtk_widget_set_visible (self->write_off_button, self->can_write_off);

  if (irregular)
    {
      if (self->edit_rows->len == 0)
        {
          gtk_grid_attach (self->grid, cell (_("No instalments yet: add them one by one."), FALSE,
                                             "dim-label"), 0, 1, 4, 1);
          return;
        }
      attach_header (self, 0, _("Due"), FALSE);
      attach_header (self, 1, _("Amount"), TRUE);
      attach_header (self, 2, _("Received"), TRUE);
      attach_header (self, 3, _("Status"), FALSE);
      for (guint i = 0; i < self->edit_rows->len; i++)
        attach_edit_row (self, g_ptr_array_index (self->edit_rows, i), row++);
      return;
    }

  if (side_by_side)
    {
      attach_header (self, 0, _("Due"), FALSE);
      attach_header (self, 1, _("Amount"), TRUE);
      attach_header (self, 2, _("Received"), TRUE);
      attach_header (self, 3, _("Status"), FALSE);
      /* From the current schedule to the new one, in reading order. */
      gtk_grid_attach (self->grid,
                       cell (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? "←" : "→",
                             FALSE, "dim-label"),
                       4, 0, 1, 1);
      /* Translators: the due dates of the re-planned schedule, beside the current one */
      attach_header (self, 5, _("New Due"), FALSE);
      attach_header (self, 6, _("New Amount"), TRUE);
      for (guint i = 0; i < MAX (n_current, n_preview); i++, row++)
        {
          if (i < n_current)
            attach_instalment (self, &g_array_index (self->current, MzInstalment, i), row, 0, TRUE);
          if (i < n_preview)
            attach_instalment (self, &g_array_index (self->preview, MzInstalment, i), row, 5, FALSE);
        }
      return;
    }

  if (shown == NULL || shown->len == 0)
    return;

  attach_header (self, 0, _("Due"), FALSE);
  attach_header (self, 1, _("Amount"), TRUE);
  attach_header (self, 2, _("Received"), TRUE);
  attach_header (self, 3, _("Status"), FALSE);
  for (guint i = 0; i < shown->len; i++, row++)
    attach_instalment (self, &g_array_index (shown, MzInstalment, i), row, 0, TRUE);

  {
    g_autofree char *total = format_amount (self, mz_schedule_sum (shown));

    gtk_grid_attach (self->grid, cell (_("Total"), FALSE, "heading"), 0, row, 1, 1);
    gtk_grid_attach (self->grid, cell (total, TRUE, "heading"), 1, row, 1, 1);
  }
}

static void
fill_edit_rows (MzScheduleGrid *self)
{
  const GArray *from = self->current && self->current->len > 0 ? self->current : self->preview;

  g_ptr_array_set_size (self->edit_rows, 0);
  for (guint i = 0; from != NULL && i < from->len; i++)
    {
      const MzInstalment *source = &g_array_index (from, MzInstalment, i);
      EditRow *edit = g_new0 (EditRow, 1);

      edit->instalment = *source;
      edit->instalment.id = g_strdup (source->id);
      edit->locked = mz_schedule_is_locked (source);
      g_ptr_array_add (self->edit_rows, edit);
    }
}

/* Callbacks */

static void
on_remove_clicked_cb (GtkButton      *button,
                      MzScheduleGrid *self)
{
  EditRow *edit = g_object_get_data (G_OBJECT (button), "mz-edit-row");

  g_ptr_array_remove (self->edit_rows, edit);
  rebuild (self);
}

static void
on_add_clicked_cb (MzScheduleGrid *self)
{
  EditRow *edit = g_new0 (EditRow, 1);

  g_ptr_array_add (self->edit_rows, edit);
  rebuild (self);
  gtk_widget_grab_focus (edit->amount);
}

static void
on_frequency_changed_cb (MzScheduleGrid *self)
{
  if (self->updating)
    return;

  if (is_irregular (self))
    fill_edit_rows (self);
  rebuild (self);
  g_signal_emit (self, signals[FREQUENCY_CHANGED], 0);
}

static void
on_apply_clicked_cb (MzScheduleGrid *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

/* The default handler of "apply": whoever emits it accepts the preview. */
static void
on_apply_cb (MzScheduleGrid *self)
{
  if (self->preview == NULL)
    return;
  self->applied = TRUE;
  gtk_label_set_label (self->message, _("The re-planned schedule will be saved with the commitment."));
  rebuild (self);
}

static void
on_write_off_clicked_cb (MzScheduleGrid *self)
{
  g_signal_emit (self, signals[WRITE_OFF], 0);
}

/* Overrides */

static void
mz_schedule_grid_dispose (GObject *object)
{
  MzScheduleGrid *self = MZ_SCHEDULE_GRID (object);

  g_clear_pointer (&self->edit_rows, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_array_unref);
  g_clear_pointer (&self->preview, g_array_unref);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->as_of, g_free);

  G_OBJECT_CLASS (mz_schedule_grid_parent_class)->dispose (object);
}

static void
mz_schedule_grid_class_init (MzScheduleGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mz_schedule_grid_dispose;

  signals[FREQUENCY_CHANGED] = g_signal_new ("frequency-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[APPLY] = g_signal_new_class_handler ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST,
                                               G_CALLBACK (on_apply_cb), NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[WRITE_OFF] = g_signal_new ("write-off", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mz_schedule_grid_init (MzScheduleGrid *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Instalments"));
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *frame;

  self->currency = g_strdup ("CHF");
  self->edit_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_row_free);

  for (const char * const *codes = mz_commitment_frequencies (); *codes; codes++)
    gtk_string_list_append (strings, mz_commitment_frequency_label (*codes));
  self->frequency = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->frequency));
  g_signal_connect_swapped (self->frequency, "notify::selected", G_CALLBACK (on_frequency_changed_cb), self);

  self->apply_button = gtk_button_new_with_mnemonic (_("_Apply"));
  gtk_widget_set_tooltip_text (self->apply_button, _("Use the re-planned schedule"));
  gtk_widget_add_css_class (self->apply_button, "suggested-action");
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_clicked_cb), self);

  self->write_off_button = gtk_button_new_with_mnemonic (_("_Write Off Balance…"));
  gtk_widget_add_css_class (self->write_off_button, "destructive-action");
  g_signal_connect_swapped (self->write_off_button, "clicked", G_CALLBACK (on_write_off_clicked_cb), self);

  self->add_button = gtk_button_new_with_mnemonic (_("_Add Instalment"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);

  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->frequency));
  gtk_widget_set_hexpand (self->add_button, FALSE);
  {
    GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_widget_set_hexpand (spacer, TRUE);
    gtk_box_append (GTK_BOX (bar), spacer);
  }
  gtk_box_append (GTK_BOX (bar), self->add_button);
  gtk_box_append (GTK_BOX (bar), self->apply_button);
  gtk_box_append (GTK_BOX (bar), self->write_off_button);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "dim-label");

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 18);
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "schedule-grid");
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "view");
  gtk_widget_set_margin_top (GTK_WIDGET (self->grid), 9);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->grid), 9);
  gtk_widget_set_margin_start (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->grid), 12);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->grid));

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (box), frame);
  adw_bin_set_child (ADW_BIN (self), box);

  rebuild (self);
}

/* Public API */

GtkWidget *
mz_schedule_grid_new (void)
{
  return g_object_new (MZ_TYPE_SCHEDULE_GRID, NULL);
}

void
mz_schedule_grid_set_currency (MzScheduleGrid *self,
                               const char     *currency)
{
  g_return_if_fail (MZ_IS_SCHEDULE_GRID (self));

  g_free (self->currency);
  self->currency = g_strdup (currency ? currency : "CHF");
  for (guint i = 0; i < self->edit_rows->len; i++)
    {
      EditRow *edit = g_ptr_array_index (self->edit_rows, i);

      if (edit->amount != NULL)
        mz_money_entry_set_currency (MZ_MONEY_ENTRY (edit->amount), self->currency);
    }
  rebuild (self);
}

const char *
mz_schedule_grid_get_frequency (MzScheduleGrid *self)
{
  g_return_val_if_fail (MZ_IS_SCHEDULE_GRID (self), NULL);
  return frequency_code (gtk_drop_down_get_selected (self->frequency));
}

void
mz_schedule_grid_set_frequency (MzScheduleGrid *self,
                                const char     *frequency)
{
  const char * const *codes = mz_commitment_frequencies ();

  g_return_if_fail (MZ_IS_SCHEDULE_GRID (self));

  for (guint i = 0; codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], frequency) == 0)
      {
        self->updating = TRUE;
        gtk_drop_down_set_selected (self->frequency, i);
        self->updating = FALSE;
      }
  if (is_irregular (self))
    fill_edit_rows (self);
  rebuild (self);
}

void
mz_schedule_grid_set_current (MzScheduleGrid *self,
                              const GArray   *current,
                              const char     *as_of)
{
  g_return_if_fail (MZ_IS_SCHEDULE_GRID (self));

  g_clear_pointer (&self->current, g_array_unref);
  if (current != NULL)
    self->current = mz_instalment_array_copy (current);
  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  if (is_irregular (self))
    fill_edit_rows (self);
  rebuild (self);
}

void
mz_schedule_grid_set_preview (MzScheduleGrid *self,
                              const GArray   *preview,
                              gboolean        needs_apply,
                              const char     *message)
{
  g_return_if_fail (MZ_IS_SCHEDULE_GRID (self));

  g_clear_pointer (&self->preview, g_array_unref);
  if (preview != NULL)
    self->preview = mz_instalment_array_copy (preview);
  self->needs_apply = needs_apply;
  self->applied = FALSE;

  if (message != NULL)
    gtk_label_set_label (self->message, message);
  else if (needs_apply && preview != NULL)
    gtk_label_set_label (self->message, _("The amount, the period or the frequency changed: this is the "
                                          "schedule re-planned. Received instalments stay as they are."));
  else
    gtk_label_set_label (self->message, "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), *gtk_label_get_label (self->message) != '\0');
  rebuild (self);
}

const GArray *
mz_schedule_grid_get_preview (MzScheduleGrid *self)
{
  g_return_val_if_fail (MZ_IS_SCHEDULE_GRID (self), NULL);
  return self->preview;
}

gboolean
mz_schedule_grid_get_applied (MzScheduleGrid *self)
{
  g_return_val_if_fail (MZ_IS_SCHEDULE_GRID (self), FALSE);
  return self->applied;
}

GArray *
mz_schedule_grid_read_irregular (MzScheduleGrid  *self,
                                 GError         **error)
{
  g_autoptr(GArray) schedule = mz_instalment_array_new ();

  g_return_val_if_fail (MZ_IS_SCHEDULE_GRID (self), NULL);

  for (guint i = 0; i < self->edit_rows->len; i++)
    {
      EditRow *edit = g_ptr_array_index (self->edit_rows, i);
      MzInstalment instalment = edit->instalment;
      const char *date = edit->date ? mz_date_button_get_date (MZ_DATE_BUTTON (edit->date)) : NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 amount;

      if (date == NULL)
        {
          /* Translators: %u is the number of an instalment, 1, 2… */
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_REQUIRED, "schedule", _("Instalments"),
                                   _("instalment %u has no due date."), i + 1);
          return NULL;
        }
      if (!mz_money_entry_read (MZ_MONEY_ENTRY (edit->amount), &amount, &local_error))
        {
          mz_validation_set_error (error, MZ_VALIDATION_ERROR_NUMBER, "schedule", _("Instalments"),
                                   _("instalment %u: %s"), i + 1, local_error->message);
          return NULL;
        }

      g_strlcpy (instalment.due_date, date, sizeof instalment.due_date);
      instalment.amount = amount;
      instalment.id = g_strdup (edit->instalment.id);
      if (!edit->locked)
        {
          instalment.written_off = 0;
          instalment.received = 0;
        }
      g_array_append_val (schedule, instalment);
    }

  return g_steal_pointer (&schedule);
}

void
mz_schedule_grid_set_can_write_off (MzScheduleGrid *self,
                                    gboolean        can)
{
  g_return_if_fail (MZ_IS_SCHEDULE_GRID (self));

  self->can_write_off = can;
  gtk_widget_set_visible (self->write_off_button, can);
}

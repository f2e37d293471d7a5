/* mz-partner-money.c — a partner's commitments, in-kind contributions and
 * totals in CHF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures come from app/mz-partner-summary (the rules of the CHF
 * totals: signed at the rate of the signing month or the latest before
 * it, received and in-kind at the CHF stored at entry). A commitment
 * whose currency has no rate shows "No rate for XXX" and is left out of
 * the signed total, with a note naming the currency — never taken at 1.0.
 */
#define G_LOG_DOMAIN "mz-partner-money"

#include "config.h"

#include <glib/gi18n.h>

#include "mz-commitment-service.h"
#include "mz-money-entry.h"
#include "mz-partner-money.h"
#include "mz-partner-summary.h"

struct _MzPartnerMoney
{
  AdwBin          parent_instance;

  MzStore        *store;
  char           *partner_id;
  GHashTable     *signed_texts;    /* commitment id → CHF text of its signed amount */
  GHashTable     *total_labels;    /* "signed"… → GtkLabel */
  gint64          load_time;
  guint           n_commitments;
  guint           n_inkind;

  /* Template widgets */
  GtkBox         *totals_box;
  GtkLabel       *note_label;
  GtkListBox     *commitments_list;
  GtkListBox     *inkind_list;
};

G_DEFINE_FINAL_TYPE (MzPartnerMoney, mz_partner_money, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PARTNER_ID,
  N_PROPS
};

enum {
  OPEN_COMMITMENT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct
{
  const char *key;
  const char *title;
} totals[] = {
  { "signed", N_("Signed") },
  { "received", N_("Received") },
  { "outstanding", N_("Outstanding") },
  { "inkind", N_("In-kind") },
};

/* Helpers */

static char *
format_chf (gint64 centimes)
{
  g_autofree char *amount = mz_money_entry_format (centimes, "CHF");

  /* TRANSLATORS: an amount of Swiss francs, e.g. "CHF 318,000.00" */
  return g_strdup_printf (_("CHF %s"), amount);
}

static char *
format_money (gint64      minor,
              const char *currency)
{
  g_autofree char *amount = mz_money_entry_format (minor, currency);

  /* TRANSLATORS: an amount and its currency code, e.g. "EUR 1,200.00" */
  return g_strdup_printf (_("%2$s %1$s"), amount, currency);
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* by index: the first child may be the placeholder, which stays */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
figure_label (const char *text,
              gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (dim)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
    }
  return label;
}

/* Rows */

static GtkWidget *
commitment_row (MzPartnerMoney           *self,
                MzPartnerMoneyCommitment *c,
                gint64                    chf)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *amounts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = g_markup_escape_text (c->title ? c->title : "", -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *signed_text = NULL;
  g_autofree char *chf_text = NULL;
  g_autofree char *received = format_chf (c->received_chf);
  g_autofree char *received_text = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (c->signed_date != NULL)
    /* TRANSLATORS: stage · kind · date signed, e.g. "Active · Trust fund · signed 2024-02-15" */
    subtitle = g_strdup_printf (_("%s · %s · signed %s"), mz_commitment_stage_label (c->stage),
                                mz_commitment_kind_label (c->kind), c->signed_date);
  else
    subtitle = g_strdup_printf ("%s · %s", mz_commitment_stage_label (c->stage),
                                mz_commitment_kind_label (c->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "commitment-id", g_strdup (c->id), g_free);

  if (chf == MZ_PARTNER_SUMMARY_NOT_SIGNED && c->expected_amount != G_MININT64)
    {
      g_autofree char *expected = format_money (c->expected_amount, c->currency);

      /* TRANSLATORS: the amount hoped for of a commitment not signed yet */
      signed_text = g_strdup_printf (_("expected %s"), expected);
      chf_text = g_strdup (_("Not signed"));
    }
  else if (chf == MZ_PARTNER_SUMMARY_NOT_SIGNED)
    {
      signed_text = g_strdup (_("Not signed"));
      chf_text = g_strdup ("—");
    }
  else
    {
      signed_text = format_money (c->signed_amount, c->currency);
      if (chf == MZ_PARTNER_SUMMARY_NO_RATE)
        /* TRANSLATORS: a signed amount that cannot be converted for want of a rate */
        chf_text = g_strdup_printf (_("No rate for %s"), c->currency);
      else
        chf_text = format_chf (chf);
    }
  /* TRANSLATORS: what a commitment received, e.g. "received CHF 1,000.00" */
  received_text = g_strdup_printf (_("received %s"), received);

  gtk_widget_set_valign (amounts, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (amounts, 6);
  gtk_widget_set_margin_bottom (amounts, 6);
  gtk_box_append (GTK_BOX (amounts), figure_label (signed_text, FALSE));
  if (g_strcmp0 (c->currency, "CHF") != 0 || chf == MZ_PARTNER_SUMMARY_NOT_SIGNED)
    gtk_box_append (GTK_BOX (amounts), figure_label (chf_text, TRUE));
  gtk_box_append (GTK_BOX (amounts), figure_label (received_text, TRUE));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amounts);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_hash_table_insert (self->signed_texts, g_strdup (c->id), g_steal_pointer (&chf_text));
  return row;
}

static GtkWidget *
inkind_row (MzPartnerMoneyInkind *k)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *amounts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = g_markup_escape_text (k->description ? k->description : "", -1);
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *value = format_money (k->fair_value, k->currency);
  g_autofree char *chf = NULL;

  if (k->start_date != NULL && k->end_date != NULL)
    period = g_strdup_printf ("%s – %s", k->start_date, k->end_date);
  else if (k->start_date != NULL)
    period = g_strdup (k->start_date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  subtitle = period ? g_strdup_printf ("%s · %s", mz_inkind_kind_label (k->kind), period)
                    : g_strdup (mz_inkind_kind_label (k->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  chf = k->fair_value_chf != G_MININT64 ? format_chf (k->fair_value_chf) : g_strdup (_("No CHF value"));
  gtk_widget_set_valign (amounts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (amounts), figure_label (chf, FALSE));
  if (g_strcmp0 (k->currency, "CHF") != 0)
    gtk_box_append (GTK_BOX (amounts), figure_label (value, TRUE));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amounts);
  return row;
}

static void
set_total (MzPartnerMoney *self,
           const char     *key,
           gint64          centimes)
{
  GtkLabel *label = g_hash_table_lookup (self->total_labels, key);
  g_autofree char *text = format_chf (centimes);

  gtk_label_set_text (label, text);
}

static void
reload (MzPartnerMoney *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MzPartnerSummary) summary = NULL;
  gint64 start = g_get_monotonic_time ();

  clear_list (self->commitments_list);
  clear_list (self->inkind_list);
  g_hash_table_remove_all (self->signed_texts);
  self->n_commitments = self->n_inkind = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (totals); i++)
    gtk_label_set_text (g_hash_table_lookup (self->total_labels, totals[i].key), "—");

  if (self->store == NULL || self->partner_id == NULL)
    return;

  summary = mz_partner_summary_load (self->store, self->partner_id, &error);
  if (summary == NULL)
    {
      gtk_label_set_text (self->note_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
      return;
    }

  for (guint i = 0; i < summary->commitments->len; i++)
    gtk_list_box_append (self->commitments_list,
                         commitment_row (self, summary->commitments->pdata[i],
                                         g_array_index (summary->signed_chf, gint64, i)));
  for (guint i = 0; i < summary->inkind->len; i++)
    gtk_list_box_append (self->inkind_list, inkind_row (summary->inkind->pdata[i]));
  self->n_commitments = summary->commitments->len;
  self->n_inkind = summary->inkind->len;

  set_total (self, "signed", summary->total_signed);
  set_total (self, "received", summary->total_received);
  set_total (self, "outstanding", summary->total_outstanding);
  set_total (self, "inkind", summary->total_inkind);

  if (summary->missing[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", summary->missing);
      g_autofree char *note = NULL;

      /* TRANSLATORS: %s is a list of currency codes, e.g. "GBP, NOK" */
      note = g_strdup_printf (_("Amounts in %s have no rate of exchange for their month or before: "
                                "they are left out of the totals. Enter the rates to include them."), list);
      gtk_label_set_text (self->note_label, note);
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
    }

  self->load_time = g_get_monotonic_time () - start;
  g_debug ("partner money of %s: %u commitments, %u in-kind in %.1f ms", self->partner_id,
           self->n_commitments, self->n_inkind, self->load_time / 1000.0);
}

/* Callbacks */

static void
on_commitment_activated_cb (MzPartnerMoney *self,
                            GtkListBoxRow  *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "commitment-id");

  if (id != NULL)
    g_signal_emit (self, signals[OPEN_COMMITMENT], 0, id);
}

/* Overrides */

static void
mz_partner_money_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MzPartnerMoney *self = MZ_PARTNER_MONEY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_money_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MzPartnerMoney *self = MZ_PARTNER_MONEY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mz_partner_money_set_store (self, g_value_get_object (value));
      break;
    case PROP_PARTNER_ID:
      mz_partner_money_set_partner_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mz_partner_money_dispose (GObject *object)
{
  MzPartnerMoney *self = MZ_PARTNER_MONEY (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mz_partner_money_parent_class)->dispose (object);
}

static void
mz_partner_money_finalize (GObject *object)
{
  MzPartnerMoney *self = MZ_PARTNER_MONEY (object);

  g_clear_pointer (&self->partner_id, g_free);
  g_clear_pointer (&self->signed_texts, g_hash_table_unref);
  g_clear_pointer (&self->total_labels, g_hash_table_unref);

  G_OBJECT_CLASS (mz_partner_money_parent_class)->finalize (object);
}

static void
mz_partner_money_class_init (MzPartnerMoneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mz_partner_money_dispose;
  object_class->finalize = mz_partner_money_finalize;
  object_class->get_property = mz_partner_money_get_property;
  object_class->set_property = mz_partner_money_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MZ_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_string ("partner-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MzPartnerMoney::open-commitment:
   * @commitment_id: the commitment's id
   *
   * A commitment's row was activated: open it.
   */
  signals[OPEN_COMMITMENT] =
    g_signal_new ("open-commitment", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/int/itu/Mobilize/mz-partner-money.ui");
  gtk_widget_class_bind_template_child (widget_class, MzPartnerMoney, totals_box);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerMoney, note_label);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerMoney, commitments_list);
  gtk_widget_class_bind_template_child (widget_class, MzPartnerMoney, inkind_list);
  gtk_widget_class_bind_template_callback (widget_class, on_commitment_activated_cb);
}

static void
mz_partner_money_init (MzPartnerMoney *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->signed_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->total_labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (_(totals[i].title));
      GtkWidget *value = gtk_label_new ("—");

      gtk_widget_add_css_class (box, "card");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "dim-label");
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_widget_set_margin_top (title, 12);
      gtk_widget_set_margin_start (title, 12);
      gtk_widget_set_margin_end (title, 12);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (value, "title-4");
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_set_margin_bottom (value, 12);
      gtk_widget_set_margin_start (value, 12);
      gtk_widget_set_margin_end (value, 12);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (self->totals_box, box);
      g_hash_table_insert (self->total_labels, (gpointer) totals[i].key, value);
    }
}

/* Public API */

GtkWidget *
mz_partner_money_new (void)
{
  return g_object_new (MZ_TYPE_PARTNER_MONEY, NULL);
}

void
mz_partner_money_set_store (MzPartnerMoney *self,
                            MzStore        *store)
{
  g_return_if_fail (MZ_IS_PARTNER_MONEY (self));
  g_return_if_fail (store == NULL || MZ_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

MzStore *
mz_partner_money_get_store (MzPartnerMoney *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_MONEY (self), NULL);

  return self->store;
}

void
mz_partner_money_set_partner_id (MzPartnerMoney *self,
                                 const char     *partner_id)
{
  g_return_if_fail (MZ_IS_PARTNER_MONEY (self));

  if (g_strcmp0 (self->partner_id, partner_id) == 0)
    return;
  g_free (self->partner_id);
  self->partner_id = g_strdup (partner_id);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

const char *
mz_partner_money_get_partner_id (MzPartnerMoney *self)
{
  g_return_val_if_fail (MZ_IS_PARTNER_MONEY (self), NULL);

  return self->partner_id;
}

void
mz_partner_money_reload (MzPartnerMoney *self)
{
  g_return_if_fail (MZ_IS_PARTNER_MONEY (self));

  reload (self);
}

/* For tests */

const char *
_mz_partner_money_get_total (MzPartnerMoney *self,
                             const char     *which)
{
  GtkLabel *label = g_hash_table_lookup (self->total_labels, which);

  return label ? gtk_label_get_text (label) : NULL;
}

guint
_mz_partner_money_get_n_commitments (MzPartnerMoney *self)
{
  return self->n_commitments;
}

guint
_mz_partner_money_get_n_inkind (MzPartnerMoney *self)
{
  return self->n_inkind;
}

const char *
_mz_partner_money_get_signed_chf (MzPartnerMoney *self,
                                  const char     *commitment_id)
{
  return g_hash_table_lookup (self->signed_texts, commitment_id);
}

const char *
_mz_partner_money_get_note (MzPartnerMoney *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->note_label)) ? gtk_label_get_text (self->note_label) : NULL;
}

gboolean
_mz_partner_money_activate (MzPartnerMoney *self,
                            const char     *commitment_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->commitments_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "commitment-id"), commitment_id) == 0)
      {
        g_signal_emit_by_name (self->commitments_list, "row-activated", row);
        return TRUE;
      }
  return FALSE;
}

gint64
_mz_partner_money_get_load_time (MzPartnerMoney *self)
{
  return self->load_time;
}

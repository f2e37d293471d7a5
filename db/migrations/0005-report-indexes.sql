-- Mobilize schema 5: indexes for the Excel report pack (local only).
--
-- No table changes and nothing synced. The report reads every instalment
-- and payment of the period in date order, and the part of each instalment
-- paid by the as-of day (db/mz-report-queries.c). These indexes
-- hold every column those queries read, so SQLite walks each one in order
-- with no sort and no lookups in the tables:
--   instalment_report        the Instalments sheet, by due date then id;
--   payment_report           the Payments sheet, by date then id;
--   payment_instalment_paid  the payments allocated to each instalment;
--   payment_live_date        the date of a live payment, found by its id;
--   instalment_live          whether a commitment has a live instalment
--                            due in the period (instalment_commitment
--                            holds deleted rows too: a lookup each);
--   partner_report           every partner (donors of live commitments may
--                            be archived) in name order, for the
--                            Commitments sheet, by donor then title, and
--                            the Partners sheet.
-- instalment_report and payment_report begin with the columns of
-- instalment_due and payment_date, under the same condition, and so
-- replace them.

CREATE INDEX instalment_report ON instalment
  (due_date, id, commitment_id, amount, written_off_amount, status)
  WHERE deleted_at IS NULL;
DROP INDEX instalment_due;

CREATE INDEX payment_report ON payment
  (date, id, commitment_id, currency, amount, rate_micro, chf_rate_micro, amount_chf, reference)
  WHERE deleted_at IS NULL;
DROP INDEX payment_date;

CREATE INDEX payment_instalment_paid ON payment_instalment (instalment_id, payment_id, amount)
  WHERE deleted_at IS NULL;

CREATE INDEX payment_live_date ON payment (id, date) WHERE deleted_at IS NULL;

CREATE INDEX instalment_live ON instalment (commitment_id, due_date) WHERE deleted_at IS NULL;

CREATE INDEX partner_report ON partner (name COLLATE NOCASE, id);

-- Mobilize schema 3: aggregates behind the CHF totals (local only).
--
-- Nothing here is synced and no synced table changes: like the search
-- index of schema 2, these tables are derived from synced ones and kept in
-- step by triggers; another office builds its own.
--
-- money_fact holds what each commitment contributes to the totals: its
-- signed amount (CHF at the rate of its signing month), what it received
-- per year (CHF at entry) and its weighted pipeline (expected × probability,
-- in its own currency, converted when read), each split by allocation for
-- units and initiatives. The shares and conversions need the one rounding
-- rule of app/mz-money.c, so the facts are computed in C
-- (app/mz-currency-totals.c), not here.
--
-- The triggers below only mark a commitment dirty when it, its
-- allocations, its payments or a rate of exchange it depends on change;
-- the totals recompute the facts of dirty commitments before reading. A
-- bulk load sets the local setting 'money_deferred' and rebuilds
-- everything once at the end (as the search index does with
-- 'search_deferred').
--
-- money_cube is the sum of money_fact by group, key, measure, year and
-- currency, kept by triggers on money_fact: a total reads a few hundred
-- rows of it instead of every payment. A full rebuild sets 'money_rebuild'
-- and fills it with one GROUP BY.

CREATE TABLE money_dirty (
  commitment_id  TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TABLE money_fact (
  commitment_id  TEXT NOT NULL,
  grp            TEXT NOT NULL CHECK (grp IN ('Y', 'U', 'I', 'P', 'X')),
  measure        TEXT NOT NULL CHECK (measure IN ('S', 'R', 'P')),
  key            TEXT NOT NULL,      -- '' for the year group and for what is not allocated
  year           INTEGER NOT NULL,
  currency       TEXT NOT NULL,      -- 'CHF': centimes; else minor units of that currency
  value          INTEGER NOT NULL
);
CREATE INDEX money_fact_commitment ON money_fact (commitment_id);

CREATE TABLE money_cube (
  grp       TEXT NOT NULL,
  key       TEXT NOT NULL,
  measure   TEXT NOT NULL,
  year      INTEGER NOT NULL,
  currency  TEXT NOT NULL,
  value     INTEGER NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (grp, key, measure, year, currency)
) WITHOUT ROWID;

CREATE TRIGGER money_fact_insert AFTER INSERT ON money_fact
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_rebuild')
BEGIN
  INSERT INTO money_cube (grp, key, measure, year, currency, value, n)
    VALUES (new.grp, new.key, new.measure, new.year, new.currency, new.value, 1)
    ON CONFLICT (grp, key, measure, year, currency)
    DO UPDATE SET value = value + excluded.value, n = n + 1;
END;

CREATE TRIGGER money_fact_delete AFTER DELETE ON money_fact
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_rebuild')
BEGIN
  UPDATE money_cube SET value = value - old.value, n = n - 1
    WHERE grp = old.grp AND key = old.key AND measure = old.measure
      AND year = old.year AND currency = old.currency;
  DELETE FROM money_cube
    WHERE grp = old.grp AND key = old.key AND measure = old.measure
      AND year = old.year AND currency = old.currency AND n <= 0;
END;

-- What makes a commitment dirty.

CREATE TRIGGER commitment_money_insert AFTER INSERT ON commitment
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (new.id);
END;

CREATE TRIGGER commitment_money_update AFTER UPDATE ON commitment
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (new.id);
END;

CREATE TRIGGER commitment_money_delete AFTER DELETE ON commitment
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (old.id);
END;

CREATE TRIGGER allocation_money_insert AFTER INSERT ON allocation
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (new.commitment_id);
END;

CREATE TRIGGER allocation_money_update AFTER UPDATE ON allocation
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (old.commitment_id);
  INSERT OR IGNORE INTO money_dirty VALUES (new.commitment_id);
END;

CREATE TRIGGER allocation_money_delete AFTER DELETE ON allocation
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (old.commitment_id);
END;

CREATE TRIGGER payment_money_insert AFTER INSERT ON payment
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (new.commitment_id);
END;

CREATE TRIGGER payment_money_update AFTER UPDATE ON payment
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (old.commitment_id);
  INSERT OR IGNORE INTO money_dirty VALUES (new.commitment_id);
END;

CREATE TRIGGER payment_money_delete AFTER DELETE ON payment
BEGIN
  INSERT OR IGNORE INTO money_dirty VALUES (old.commitment_id);
END;

-- A rate of a month values the commitments signed in it and, where a
-- later month has no rate of its own, after it; a CHF rate values every
-- currency.
CREATE TRIGGER exchange_rate_money_insert AFTER INSERT ON exchange_rate
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty
    SELECT id FROM commitment
    WHERE deleted_at IS NULL AND signed_date >= new.month || '-01'
      AND (new.currency = 'CHF' OR currency = new.currency);
END;

CREATE TRIGGER exchange_rate_money_update AFTER UPDATE ON exchange_rate
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'money_deferred')
BEGIN
  INSERT OR IGNORE INTO money_dirty
    SELECT id FROM commitment
    WHERE deleted_at IS NULL AND signed_date >= new.month || '-01'
      AND (new.currency = 'CHF' OR currency = new.currency);
END;

-- Commitments saved before this schema: computed at the first total.
INSERT INTO money_dirty SELECT id FROM commitment;

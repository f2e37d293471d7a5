-- Mobilize schema 2: name search over partners and contacts (local only).
--
-- Nothing here is synced and no synced table changes: the tables below are
-- derived from partner and contact and kept in step by triggers, as
-- DESIGN.md allows for full-text indexes. Another office builds its own.
--
-- search_doc gives each partner and contact a stable integer key for the
-- FTS5 table (the rowids of partner and contact may change on VACUUM; an
-- INTEGER PRIMARY KEY does not). A row stays when its partner or contact is
-- archived; only its text leaves search_fts, and comes back on restore.
--
-- search_fts uses the trigram tokenizer: any substring of three characters
-- or more, in any script, case-insensitive for cased scripts. SQLite 3.40
-- has no remove_diacritics option for trigram (3.45 adds it), so "Genève"
-- is found by "genè", not by "gene".
--
-- Queries of one or two characters (电联, "it") cannot be trigram phrases.
-- They are answered from search_vocab, the index's own term list: every
-- text ends with two U+001F, so every character of a name begins a trigram
-- and a one- or two-character query is a prefix range over the terms
-- (term >= q AND term < q + 1), without reading the table.
--
-- FTS5 flushes its pending terms at every statement that writes it through
-- a trigger, so row-by-row bulk loads are slow (~0.3 ms a row). A bulk load
-- (db/mz-bulk.c) therefore sets the local setting 'search_deferred' inside
-- its transaction: the insert triggers skip the index, and the load indexes
-- the new rows in one statement before it commits (mz_search_index_deferred).
-- Updates and deletes are always indexed at once.

CREATE TABLE search_doc (
  docid   INTEGER PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('partner', 'contact')),
  ref_id  TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE search_fts USING fts5 (text, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_fts, instance);

-- Partners: name, local-script name and short name.

CREATE TRIGGER partner_search_insert AFTER INSERT ON partner
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_deferred')
BEGIN
  INSERT INTO search_doc (kind, ref_id) VALUES ('partner', new.id);
  INSERT INTO search_fts (rowid, text)
    SELECT last_insert_rowid (),
           new.name || char (31) || coalesce (new.local_name, '') || char (31) ||
           coalesce (new.short_name, '') || char (31, 31)
    WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER partner_search_update
AFTER UPDATE OF name, local_name, short_name, deleted_at ON partner
BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE ref_id = old.id);
  INSERT INTO search_fts (rowid, text)
    SELECT docid,
           new.name || char (31) || coalesce (new.local_name, '') || char (31) ||
           coalesce (new.short_name, '') || char (31, 31)
    FROM search_doc WHERE ref_id = new.id AND new.deleted_at IS NULL;
END;

CREATE TRIGGER partner_search_delete AFTER DELETE ON partner
BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE ref_id = old.id);
  DELETE FROM search_doc WHERE ref_id = old.id;
END;

-- Contacts: given, family and local-script names, and e-mail addresses (the
-- JSON array text as stored; its punctuation does not hurt substrings).
-- Forgetting a contact blanks these fields, which takes them out of the
-- index too.

CREATE TRIGGER contact_search_insert AFTER INSERT ON contact
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_deferred')
BEGIN
  INSERT INTO search_doc (kind, ref_id) VALUES ('contact', new.id);
  INSERT INTO search_fts (rowid, text)
    SELECT last_insert_rowid (),
           coalesce (new.given_name, '') || ' ' || coalesce (new.family_name, '') || char (31) ||
           coalesce (new.local_name, '') || char (31) || coalesce (new.emails, '') || char (31, 31)
    WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER contact_search_update
AFTER UPDATE OF given_name, family_name, local_name, emails, deleted_at ON contact
BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE ref_id = old.id);
  INSERT INTO search_fts (rowid, text)
    SELECT docid,
           coalesce (new.given_name, '') || ' ' || coalesce (new.family_name, '') || char (31) ||
           coalesce (new.local_name, '') || char (31) || coalesce (new.emails, '') || char (31, 31)
    FROM search_doc WHERE ref_id = new.id AND new.deleted_at IS NULL;
END;

CREATE TRIGGER contact_search_delete AFTER DELETE ON contact
BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE ref_id = old.id);
  DELETE FROM search_doc WHERE ref_id = old.id;
END;

-- Rows written before this schema.

INSERT INTO search_doc (kind, ref_id) SELECT 'partner', id FROM partner ORDER BY id;
INSERT INTO search_doc (kind, ref_id) SELECT 'contact', id FROM contact ORDER BY id;
INSERT INTO search_fts (rowid, text)
  SELECT d.docid,
         p.name || char (31) || coalesce (p.local_name, '') || char (31) ||
         coalesce (p.short_name, '') || char (31, 31)
  FROM search_doc d JOIN partner p ON p.id = d.ref_id
  WHERE p.deleted_at IS NULL;
INSERT INTO search_fts (rowid, text)
  SELECT d.docid,
         coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '') || char (31) ||
         coalesce (c.local_name, '') || char (31) || coalesce (c.emails, '') || char (31, 31)
  FROM search_doc d JOIN contact c ON c.id = d.ref_id
  WHERE c.deleted_at IS NULL;

-- Lists of interactions by unit and of open follow-ups per partner.
CREATE INDEX follow_up_partner_open ON follow_up (partner_id, due_date)
  WHERE done_date IS NULL AND deleted_at IS NULL;

-- The partial indexes of schema 1 cover live rows only; these cover the
-- archived ones so that a partner's history finds every row of it.
CREATE INDEX contact_partner_archived ON contact (partner_id) WHERE deleted_at IS NOT NULL;
CREATE INDEX interaction_partner_archived ON interaction (partner_id) WHERE deleted_at IS NOT NULL;
CREATE INDEX follow_up_partner_archived ON follow_up (partner_id) WHERE deleted_at IS NOT NULL;

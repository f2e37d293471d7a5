-- Mobilize schema 4: keys for finding likely duplicate partners (local only).
--
-- Nothing here is synced and no synced table changes. partner_dup_key holds,
-- for every live partner (not archived, not merged), the keys that make two
-- partners look alike: its normalized names ('n': name, local-script name
-- and short name), its website's domain ('w') and the e-mail domains of its
-- live contacts ('e', webmail left out). The keys need Unicode rules
-- (NFKC, case folding, legal-form suffixes in many languages) that SQLite
-- lacks, so they are computed in C (app/mz-partner-duplicates.c).
--
-- As the money totals of schema 3 do, the triggers below only mark a
-- partner dirty when something its keys depend on changes; the duplicate
-- search recomputes the keys of dirty partners before it reads (inside the
-- caller's transaction when there is one, so an import sees the rows it has
-- just written). The row '*' asks for a full rebuild: rows written before
-- this schema.

CREATE TABLE partner_dup_key (
  kind        TEXT NOT NULL CHECK (kind IN ('n', 'w', 'e')),
  key         TEXT NOT NULL,
  partner_id  TEXT NOT NULL,
  PRIMARY KEY (kind, key, partner_id)
) WITHOUT ROWID;
CREATE INDEX partner_dup_key_partner ON partner_dup_key (partner_id);

CREATE TABLE partner_dup_dirty (
  partner_id  TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER partner_dup_insert AFTER INSERT ON partner
BEGIN
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (new.id);
END;

CREATE TRIGGER partner_dup_update
AFTER UPDATE OF name, local_name, short_name, website, deleted_at, merged_into ON partner
BEGIN
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (new.id);
END;

CREATE TRIGGER partner_dup_delete AFTER DELETE ON partner
BEGIN
  DELETE FROM partner_dup_key WHERE partner_id = old.id;
  DELETE FROM partner_dup_dirty WHERE partner_id = old.id;
END;

CREATE TRIGGER contact_dup_insert AFTER INSERT ON contact
WHEN new.emails IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (new.partner_id);
END;

CREATE TRIGGER contact_dup_update
AFTER UPDATE OF emails, partner_id, deleted_at ON contact
BEGIN
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (old.partner_id);
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (new.partner_id);
END;

CREATE TRIGGER contact_dup_delete AFTER DELETE ON contact
BEGIN
  INSERT OR IGNORE INTO partner_dup_dirty VALUES (old.partner_id);
END;

-- Rows written before this schema.
INSERT INTO partner_dup_dirty VALUES ('*');

-- Mobilize schema 1: the whole data model of DESIGN.md.
--
-- Every synced table has a UUIDv7 text key made by the application, the
-- stamps created_at / updated_at (hybrid logical clock) / updated_by
-- ("OFFICE/user") and a soft-delete deleted_at. No global natural UNIQUE
-- constraints on synced tables: two offices may create the same name, and
-- duplicates are merged, not rejected. No trigger on a synced table writes
-- another synced table. Money is INTEGER minor units beside an ISO 4217 code.

-- Local only -----------------------------------------------------------

CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT
) WITHOUT ROWID;

-- Organisation ----------------------------------------------------------

CREATE TABLE org_unit (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted_at  TEXT,
  code        TEXT NOT NULL CHECK (length (code) BETWEEN 2 AND 16 AND code NOT GLOB '*[^A-Z0-9-]*'),
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('general_secretariat', 'bureau', 'regional_office', 'area_office')),
  parent_id   TEXT REFERENCES org_unit (id),
  region      TEXT CHECK (region IN ('AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR')),
  city        TEXT
);
CREATE INDEX org_unit_code ON org_unit (code);

CREATE TABLE staff (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted_at  TEXT,
  name        TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),
  email       TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),
  unit_id     TEXT REFERENCES org_unit (id)
);
CREATE INDEX staff_unit ON staff (unit_id);

-- Partners and relationships ---------------------------------------------

CREATE TABLE partner (
  id                   TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  deleted_at           TEXT,
  name                 TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 300),
  local_name           TEXT CHECK (local_name IS NULL OR length (local_name) <= 300),
  short_name           TEXT CHECK (short_name IS NULL OR length (short_name) <= 60),
  type                 TEXT NOT NULL CHECK (type IN ('member_state', 'sector_member', 'associate',
                         'academia', 'sme', 'private_sector', 'foundation', 'development_bank',
                         'un_agency', 'igo', 'ngo', 'ministry', 'individual')),
  country              TEXT CHECK (country IS NULL OR (length (country) = 2 AND country NOT GLOB '*[^A-Z]*')),
  region               TEXT CHECK (region IN ('AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR')),
  status               TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'inactive')),
  lead_unit_id         TEXT REFERENCES org_unit (id),
  account_manager_id   TEXT REFERENCES staff (id),
  sector_r             INTEGER NOT NULL DEFAULT 0 CHECK (sector_r IN (0, 1)),
  sector_t             INTEGER NOT NULL DEFAULT 0 CHECK (sector_t IN (0, 1)),
  sector_d             INTEGER NOT NULL DEFAULT 0 CHECK (sector_d IN (0, 1)),
  membership_category  TEXT,
  -- contributory units in sixteenths (the smallest class is 1/16 unit)
  contributory_units_x16 INTEGER CHECK (contributory_units_x16 IS NULL OR contributory_units_x16 > 0),
  ceb_contributor_type TEXT CHECK (ceb_contributor_type IN ('government', 'european_union',
                         'un_entity', 'development_bank', 'other_multilateral', 'ngo',
                         'foundation', 'private_sector', 'academia', 'other')),
  iati_org_type        INTEGER CHECK (iati_org_type IN (10, 11, 15, 21, 22, 23, 24, 30, 40,
                         60, 70, 71, 72, 73, 80, 90)),
  website              TEXT CHECK (website IS NULL OR length (website) <= 500),
  tags                 TEXT,   -- JSON array of strings
  notes                TEXT,
  merged_into          TEXT REFERENCES partner (id) CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX partner_name ON partner (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX partner_type ON partner (type, name) WHERE deleted_at IS NULL;
CREATE INDEX partner_country ON partner (country) WHERE deleted_at IS NULL;
CREATE INDEX partner_region ON partner (region) WHERE deleted_at IS NULL;
CREATE INDEX partner_lead_unit ON partner (lead_unit_id) WHERE deleted_at IS NULL;
CREATE INDEX partner_manager ON partner (account_manager_id) WHERE deleted_at IS NULL;
CREATE INDEX partner_merged_into ON partner (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE partner_relation (
  id               TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted_at       TEXT,
  from_partner_id  TEXT NOT NULL REFERENCES partner (id),
  to_partner_id    TEXT NOT NULL REFERENCES partner (id),
  kind             TEXT NOT NULL CHECK (kind IN ('ministry_of', 'pays_on_behalf_of',
                     'subsidiary_of', 'regulator_of')),
  notes            TEXT,
  CHECK (from_partner_id <> to_partner_id)
);
CREATE INDEX partner_relation_from ON partner_relation (from_partner_id);
CREATE INDEX partner_relation_to ON partner_relation (to_partner_id);

CREATE TABLE contact (
  id              TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  deleted_at      TEXT,
  partner_id      TEXT NOT NULL REFERENCES partner (id),
  given_name      TEXT CHECK (given_name IS NULL OR length (given_name) <= 200),
  family_name     TEXT CHECK (family_name IS NULL OR length (family_name) <= 200),
  local_name      TEXT CHECK (local_name IS NULL OR length (local_name) <= 200),
  honorific       TEXT,
  title           TEXT,
  role            TEXT,
  emails          TEXT,   -- JSON array of strings
  phones          TEXT,   -- JSON array of strings
  language        TEXT CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  is_primary      INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  consent_basis   TEXT CHECK (consent_basis IN ('consent', 'contract', 'legitimate_interest',
                    'public_task', 'legal_obligation', 'vital_interest')),
  consent_date    TEXT CHECK (consent_date IS NULL OR date (consent_date) IS NOT NULL),
  consent_source  TEXT,
  forgotten_at    TEXT
);
CREATE INDEX contact_partner ON contact (partner_id) WHERE deleted_at IS NULL;
CREATE INDEX contact_name ON contact (family_name COLLATE NOCASE, given_name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE interaction (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted_at  TEXT,
  partner_id  TEXT NOT NULL REFERENCES partner (id),
  kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'visit', 'event', 'proposal')),
  date        TEXT NOT NULL CHECK (date (date) IS NOT NULL),
  unit_id     TEXT REFERENCES org_unit (id),
  staff_id    TEXT REFERENCES staff (id),
  subject     TEXT NOT NULL CHECK (length (trim (subject)) BETWEEN 1 AND 300),
  notes       TEXT,
  status      TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('planned', 'done', 'cancelled'))
);
CREATE INDEX interaction_partner ON interaction (partner_id, date DESC) WHERE deleted_at IS NULL;
CREATE INDEX interaction_date ON interaction (date DESC) WHERE deleted_at IS NULL;
CREATE INDEX interaction_unit ON interaction (unit_id, date DESC) WHERE deleted_at IS NULL;
CREATE INDEX interaction_planned ON interaction (partner_id, date) WHERE status = 'planned' AND deleted_at IS NULL;

CREATE TABLE interaction_contact (
  id              TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  deleted_at      TEXT,
  interaction_id  TEXT NOT NULL REFERENCES interaction (id),
  contact_id      TEXT NOT NULL REFERENCES contact (id)
);
CREATE INDEX interaction_contact_interaction ON interaction_contact (interaction_id);
CREATE INDEX interaction_contact_contact ON interaction_contact (contact_id);

CREATE TABLE follow_up (
  id              TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  deleted_at      TEXT,
  partner_id      TEXT NOT NULL REFERENCES partner (id),
  interaction_id  TEXT REFERENCES interaction (id),
  title           TEXT NOT NULL CHECK (length (trim (title)) BETWEEN 1 AND 300),
  due_date        TEXT CHECK (due_date IS NULL OR date (due_date) IS NOT NULL),
  owner_id        TEXT REFERENCES staff (id),
  done_date       TEXT CHECK (done_date IS NULL OR date (done_date) IS NOT NULL)
);
CREATE INDEX follow_up_partner ON follow_up (partner_id) WHERE deleted_at IS NULL;
CREATE INDEX follow_up_open ON follow_up (due_date) WHERE done_date IS NULL AND deleted_at IS NULL;

-- Initiatives ------------------------------------------------------------

CREATE TABLE initiative (
  id                 TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  updated_by         TEXT NOT NULL,
  deleted_at         TEXT,
  parent_id          TEXT REFERENCES initiative (id) CHECK (parent_id IS NULL OR parent_id <> id),
  name               TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 300),
  kind               TEXT NOT NULL CHECK (kind IN ('thematic', 'regional', 'building', 'project', 'priority_area')),
  lead_unit_id       TEXT REFERENCES org_unit (id),
  start_date         TEXT CHECK (start_date IS NULL OR date (start_date) IS NOT NULL),
  end_date           TEXT CHECK (end_date IS NULL OR date (end_date) IS NOT NULL),
  target_chf         INTEGER CHECK (target_chf IS NULL OR target_chf >= 0),  -- centimes
  description        TEXT,
  -- the five positioning pillars of the strategy's Annex (Table 2)
  pillar_data        TEXT,
  pillar_convening   TEXT,
  pillar_policy      TEXT,
  pillar_standards   TEXT,
  pillar_projects    TEXT,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX initiative_parent ON initiative (parent_id);

-- Money --------------------------------------------------------------------

CREATE TABLE commitment (
  id                      TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  updated_by              TEXT NOT NULL,
  deleted_at              TEXT,
  donor_partner_id        TEXT NOT NULL REFERENCES partner (id),
  payer_partner_id        TEXT REFERENCES partner (id),
  title                   TEXT NOT NULL CHECK (length (trim (title)) BETWEEN 1 AND 300),
  kind                    TEXT NOT NULL CHECK (kind IN ('voluntary_contribution', 'trust_fund',
                            'sponsorship', 'project_support', 'secondment')),
  ceb_category            TEXT CHECK (ceb_category IN ('voluntary_core', 'earmarked_thematic',
                            'earmarked_project', 'earmarked_other', 'other_revenue')),
  iati_aid_type           TEXT CHECK (iati_aid_type IS NULL OR iati_aid_type GLOB '[A-H][0-9][0-9]*'),
  stage                   TEXT NOT NULL DEFAULT 'identified' CHECK (stage IN ('identified',
                            'approached', 'proposal', 'negotiation', 'signed', 'active',
                            'completed', 'declined', 'cancelled')),
  probability             INTEGER NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
  currency                TEXT NOT NULL CHECK (length (currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
  ask_amount              INTEGER CHECK (ask_amount IS NULL OR ask_amount >= 0),
  expected_amount         INTEGER CHECK (expected_amount IS NULL OR expected_amount >= 0),
  signed_amount           INTEGER CHECK (signed_amount IS NULL OR signed_amount >= 0),
  signed_date             TEXT CHECK (signed_date IS NULL OR date (signed_date) IS NOT NULL),
  start_date              TEXT CHECK (start_date IS NULL OR date (start_date) IS NOT NULL),
  end_date                TEXT CHECK (end_date IS NULL OR date (end_date) IS NOT NULL),
  schedule_frequency      TEXT CHECK (schedule_frequency IN ('annual', 'semiannual', 'quarterly',
                            'monthly', 'irregular')),
  psc_rate_bp             INTEGER CHECK (psc_rate_bp IS NULL OR psc_rate_bp BETWEEN 0 AND 10000),  -- basis points
  threshold_justification TEXT,
  dd_override_reason      TEXT,
  notes                   TEXT,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX commitment_donor ON commitment (donor_partner_id) WHERE deleted_at IS NULL;
CREATE INDEX commitment_payer ON commitment (payer_partner_id) WHERE payer_partner_id IS NOT NULL;
CREATE INDEX commitment_stage ON commitment (stage, signed_date) WHERE deleted_at IS NULL;
CREATE INDEX commitment_signed_date ON commitment (signed_date) WHERE deleted_at IS NULL;

CREATE TABLE allocation (
  id             TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  deleted_at     TEXT,
  commitment_id  TEXT NOT NULL REFERENCES commitment (id),
  unit_id        TEXT REFERENCES org_unit (id),
  initiative_id  TEXT REFERENCES initiative (id),
  percent_bp     INTEGER CHECK (percent_bp IS NULL OR percent_bp BETWEEN 0 AND 10000),  -- basis points
  amount         INTEGER CHECK (amount IS NULL OR amount >= 0),  -- commitment currency
  CHECK (unit_id IS NOT NULL OR initiative_id IS NOT NULL),
  CHECK ((percent_bp IS NULL) <> (amount IS NULL))
);
CREATE INDEX allocation_commitment ON allocation (commitment_id);
CREATE INDEX allocation_unit ON allocation (unit_id);
CREATE INDEX allocation_initiative ON allocation (initiative_id);

CREATE TABLE instalment (
  id                  TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  deleted_at          TEXT,
  commitment_id       TEXT NOT NULL REFERENCES commitment (id),
  due_date            TEXT NOT NULL CHECK (date (due_date) IS NOT NULL),
  amount              INTEGER NOT NULL CHECK (amount >= 0),  -- commitment currency
  written_off_amount  INTEGER NOT NULL DEFAULT 0 CHECK (written_off_amount BETWEEN 0 AND amount),
  status              TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled',
                        'partly_received', 'received', 'overdue', 'written_off'))
);
CREATE INDEX instalment_commitment ON instalment (commitment_id, due_date);
CREATE INDEX instalment_due ON instalment (due_date) WHERE deleted_at IS NULL;

CREATE TABLE payment (
  id               TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted_at       TEXT,
  commitment_id    TEXT NOT NULL REFERENCES commitment (id),
  date             TEXT NOT NULL CHECK (date (date) IS NOT NULL),
  amount           INTEGER NOT NULL CHECK (amount > 0),
  currency         TEXT NOT NULL CHECK (length (currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
  -- the conversion made at entry: CHF = amount / rate × chf_rate
  rate_micro       INTEGER NOT NULL CHECK (rate_micro > 0),      -- currency units per USD × 10^6
  chf_rate_micro   INTEGER NOT NULL CHECK (chf_rate_micro > 0),  -- CHF per USD × 10^6
  amount_chf       INTEGER NOT NULL CHECK (amount_chf >= 0),     -- centimes
  reference        TEXT,
  notes            TEXT
);
CREATE INDEX payment_commitment ON payment (commitment_id, date);
CREATE INDEX payment_date ON payment (date) WHERE deleted_at IS NULL;

-- One payment may settle several instalments; amount in the commitment's
-- currency.
CREATE TABLE payment_instalment (
  id             TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  deleted_at     TEXT,
  payment_id     TEXT NOT NULL REFERENCES payment (id),
  instalment_id  TEXT NOT NULL REFERENCES instalment (id),
  amount         INTEGER NOT NULL CHECK (amount > 0)
);
CREATE INDEX payment_instalment_payment ON payment_instalment (payment_id);
CREATE INDEX payment_instalment_instalment ON payment_instalment (instalment_id);

CREATE TABLE report_obligation (
  id              TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  deleted_at      TEXT,
  commitment_id   TEXT NOT NULL REFERENCES commitment (id),
  kind            TEXT NOT NULL CHECK (kind IN ('interim', 'final', 'financial')),
  due_date        TEXT NOT NULL CHECK (date (due_date) IS NOT NULL),
  delivered_date  TEXT CHECK (delivered_date IS NULL OR date (delivered_date) IS NOT NULL),
  notes           TEXT
);
CREATE INDEX report_obligation_commitment ON report_obligation (commitment_id);
CREATE INDEX report_obligation_due ON report_obligation (due_date) WHERE delivered_date IS NULL;

CREATE TABLE inkind (
  id               TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted_at       TEXT,
  partner_id       TEXT NOT NULL REFERENCES partner (id),
  commitment_id    TEXT REFERENCES commitment (id),
  kind             TEXT NOT NULL CHECK (kind IN ('seconded_expert', 'equipment', 'services',
                     'venue', 'software', 'other')),
  description      TEXT NOT NULL CHECK (length (trim (description)) BETWEEN 1 AND 500),
  unit_id          TEXT REFERENCES org_unit (id),
  initiative_id    TEXT REFERENCES initiative (id),
  start_date       TEXT CHECK (start_date IS NULL OR date (start_date) IS NOT NULL),
  end_date         TEXT CHECK (end_date IS NULL OR date (end_date) IS NOT NULL),
  quantity_milli   INTEGER CHECK (quantity_milli IS NULL OR quantity_milli > 0),  -- quantity × 1000
  quantity_unit    TEXT CHECK (quantity_unit IN ('person_months', 'person_days', 'items', 'hours', 'lump_sum')),
  fair_value       INTEGER NOT NULL CHECK (fair_value >= 0),
  currency         TEXT NOT NULL CHECK (length (currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
  rate_micro       INTEGER CHECK (rate_micro IS NULL OR rate_micro > 0),
  chf_rate_micro   INTEGER CHECK (chf_rate_micro IS NULL OR chf_rate_micro > 0),
  fair_value_chf   INTEGER CHECK (fair_value_chf IS NULL OR fair_value_chf >= 0),
  valuation_basis  TEXT,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX inkind_partner ON inkind (partner_id) WHERE deleted_at IS NULL;
CREATE INDEX inkind_start ON inkind (start_date) WHERE deleted_at IS NULL;

-- Due diligence (Service Order 22/12) -------------------------------------

CREATE TABLE due_diligence (
  id                TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  deleted_at        TEXT,
  partner_id        TEXT NOT NULL REFERENCES partner (id),
  requested_by      TEXT,
  requested_at      TEXT CHECK (requested_at IS NULL OR date (requested_at) IS NOT NULL),
  criteria_checked  TEXT,   -- JSON object: criterion → finding
  findings          TEXT,
  risk_rating       TEXT CHECK (risk_rating IN ('low', 'medium', 'high')),
  decision          TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'cleared',
                      'cleared_with_conditions', 'not_cleared')),
  conditions        TEXT,
  decided_by        TEXT,
  decided_at        TEXT CHECK (decided_at IS NULL OR date (decided_at) IS NOT NULL),
  valid_until       TEXT CHECK (valid_until IS NULL OR date (valid_until) IS NOT NULL)
);
CREATE INDEX due_diligence_partner ON due_diligence (partner_id, valid_until);

-- Rates and regular budget ------------------------------------------------

CREATE TABLE exchange_rate (
  id                   TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  deleted_at           TEXT,
  currency             TEXT NOT NULL CHECK (length (currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
  month                TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                         AND substr (month, 6, 2) BETWEEN '01' AND '12'),
  units_per_usd_micro  INTEGER NOT NULL CHECK (units_per_usd_micro > 0)  -- × 10^6
);
CREATE INDEX exchange_rate_lookup ON exchange_rate (currency, month) WHERE deleted_at IS NULL;

CREATE TABLE budget_line (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted_at  TEXT,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1865 AND 2200),
  line        TEXT NOT NULL CHECK (line IN ('assessed_member_states', 'sector_members',
                'publications', 'satellite_filings', 'other')),
  amount_chf  INTEGER NOT NULL CHECK (amount_chf >= 0)  -- centimes
);
CREATE INDEX budget_line_year ON budget_line (year, line);

CREATE TABLE unit_value (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted_at  TEXT,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1865 AND 2200),
  amount_chf  INTEGER NOT NULL CHECK (amount_chf > 0)  -- centimes per contributory unit
);
CREATE INDEX unit_value_year ON unit_value (year);

CREATE TABLE assessment (
  id                      TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  updated_by              TEXT NOT NULL,
  deleted_at              TEXT,
  partner_id              TEXT NOT NULL REFERENCES partner (id),
  year                    INTEGER NOT NULL CHECK (year BETWEEN 1865 AND 2200),
  contributory_units_x16  INTEGER NOT NULL CHECK (contributory_units_x16 > 0)
);
CREATE INDEX assessment_year ON assessment (year, partner_id);

-- History -------------------------------------------------------------------

-- Append-only: the application inserts and never updates or deletes.
CREATE TABLE audit_log (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),
  at          TEXT NOT NULL,   -- hybrid clock value
  office      TEXT NOT NULL,
  user        TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore',
                'merge', 'forget', 'override', 'import')),
  before      TEXT CHECK (before IS NULL OR json_valid (before)),
  after       TEXT CHECK (after IS NULL OR json_valid (after))
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE (ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE (ABORT, 'audit_log is append-only'); END;

-- Sync bookkeeping (local only) --------------------------------------------

CREATE TABLE sync_outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at  TEXT NOT NULL,
  changeset   BLOB NOT NULL
);

CREATE TABLE sync_peer (
  office         TEXT PRIMARY KEY NOT NULL,
  public_key     BLOB,
  last_seq_seen  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE sync_conflict (
  id           INTEGER PRIMARY KEY,
  detected_at  TEXT NOT NULL,
  table_name   TEXT NOT NULL,
  row_id       TEXT NOT NULL,
  local        TEXT,
  remote       TEXT,
  resolved_at  TEXT
);

-- Reference data shared by every office -----------------------------------
-- Fixed ids so that every installation holds the same rows.

INSERT INTO org_unit (id, created_at, updated_at, updated_by, code, name, kind, parent_id, region, city) VALUES
  ('01800000-0000-7000-8000-000000000001', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'GS',  'General Secretariat', 'general_secretariat', NULL, NULL, 'Geneva'),
  ('01800000-0000-7000-8000-000000000002', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'BR',  'Radiocommunication Bureau', 'bureau', NULL, NULL, 'Geneva'),
  ('01800000-0000-7000-8000-000000000003', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'TSB', 'Telecommunication Standardization Bureau', 'bureau', NULL, NULL, 'Geneva'),
  ('01800000-0000-7000-8000-000000000004', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'BDT', 'Telecommunication Development Bureau', 'bureau', NULL, NULL, 'Geneva'),
  ('01800000-0000-7000-8000-000000000011', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-AFR', 'Regional Office for Africa', 'regional_office', '01800000-0000-7000-8000-000000000004', 'AFR', 'Addis Ababa'),
  ('01800000-0000-7000-8000-000000000012', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-AMS', 'Regional Office for the Americas', 'regional_office', '01800000-0000-7000-8000-000000000004', 'AMS', 'Brasilia'),
  ('01800000-0000-7000-8000-000000000013', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-ARB', 'Regional Office for the Arab States', 'regional_office', '01800000-0000-7000-8000-000000000004', 'ARB', 'Cairo'),
  ('01800000-0000-7000-8000-000000000014', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-ASP', 'Regional Office for Asia and the Pacific', 'regional_office', '01800000-0000-7000-8000-000000000004', 'ASP', 'Bangkok'),
  ('01800000-0000-7000-8000-000000000015', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-CIS', 'Regional Office for the CIS', 'regional_office', '01800000-0000-7000-8000-000000000004', 'CIS', 'Moscow'),
  ('01800000-0000-7000-8000-000000000016', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'RO-EUR', 'Office for Europe', 'regional_office', '01800000-0000-7000-8000-000000000004', 'EUR', 'Geneva'),
  ('01800000-0000-7000-8000-000000000021', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-DAKAR', 'Area Office, Dakar', 'area_office', '01800000-0000-7000-8000-000000000011', 'AFR', 'Dakar'),
  ('01800000-0000-7000-8000-000000000022', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-HARARE', 'Area Office, Harare', 'area_office', '01800000-0000-7000-8000-000000000011', 'AFR', 'Harare'),
  ('01800000-0000-7000-8000-000000000023', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-YAOUNDE', 'Area Office, Yaoundé', 'area_office', '01800000-0000-7000-8000-000000000011', 'AFR', 'Yaoundé'),
  ('01800000-0000-7000-8000-000000000024', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-BRIDGETOWN', 'Area Office, Bridgetown', 'area_office', '01800000-0000-7000-8000-000000000012', 'AMS', 'Bridgetown'),
  ('01800000-0000-7000-8000-000000000025', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-SANTIAGO', 'Area Office, Santiago', 'area_office', '01800000-0000-7000-8000-000000000012', 'AMS', 'Santiago'),
  ('01800000-0000-7000-8000-000000000026', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-TEGUCIGALPA', 'Area Office, Tegucigalpa', 'area_office', '01800000-0000-7000-8000-000000000012', 'AMS', 'Tegucigalpa'),
  ('01800000-0000-7000-8000-000000000027', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-JAKARTA', 'Area Office, Jakarta', 'area_office', '01800000-0000-7000-8000-000000000014', 'ASP', 'Jakarta'),
  ('01800000-0000-7000-8000-000000000028', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z-0000-0000000000000000', 'SYSTEM', 'AO-NEWDELHI', 'Area Office, New Delhi', 'area_office', '01800000-0000-7000-8000-000000000014', 'ASP', 'New Delhi');

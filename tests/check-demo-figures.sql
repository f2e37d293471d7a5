-- check-demo-figures.sql — the strategy's 2023 extra-budgetary figures,
-- straight from a Mobilize database:
--   sqlite3 -readonly -header -column mobilize.db < tests/check-demo-figures.sql
-- Income is counted when received: payments dated 2023, CHF equivalent at
-- entry (centimes). Units come from allocations by percentage; allocations
-- by amount are not covered here.

-- Total 2023 (demo: 20,300,000.00)
SELECT printf ('%.2f', sum (p.amount_chf) / 100.0) AS chf_2023
FROM payment p
WHERE p.deleted_at IS NULL AND p.date BETWEEN '2023-01-01' AND '2023-12-31';

-- By kind (demo: trust_fund 15,100,000.00; voluntary_contribution 3,600,000.00;
-- sponsorship 1,600,000.00)
SELECT c.kind,
       sum (p.amount_chf) AS centimes,
       printf ('%.2f', sum (p.amount_chf) / 100.0) AS chf
FROM payment p
JOIN commitment c ON c.id = p.commitment_id AND c.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND p.date BETWEEN '2023-01-01' AND '2023-12-31'
GROUP BY c.kind
ORDER BY centimes DESC;

-- By unit (demo: BDT 68% 13,804,000.00; TSB 17% 3,451,000.00; GS 11%
-- 2,233,000.00; BR 4% 812,000.00)
WITH by_unit AS (
  SELECT u.code, sum (p.amount_chf * a.percent_bp) / 10000 AS centimes
  FROM payment p
  JOIN allocation a ON a.commitment_id = p.commitment_id AND a.deleted_at IS NULL
                   AND a.percent_bp IS NOT NULL
  JOIN org_unit u ON u.id = a.unit_id
  WHERE p.deleted_at IS NULL AND p.date BETWEEN '2023-01-01' AND '2023-12-31'
  GROUP BY u.code
)
SELECT code, centimes, printf ('%.2f', centimes / 100.0) AS chf,
       printf ('%.1f%%', 100.0 * centimes / (SELECT sum (centimes) FROM by_unit)) AS share
FROM by_unit
ORDER BY centimes DESC;

-- Kind × unit (centimes)
SELECT c.kind,
       sum (CASE u.code WHEN 'BDT' THEN p.amount_chf * a.percent_bp END) / 10000 AS bdt,
       sum (CASE u.code WHEN 'TSB' THEN p.amount_chf * a.percent_bp END) / 10000 AS tsb,
       sum (CASE u.code WHEN 'BR'  THEN p.amount_chf * a.percent_bp END) / 10000 AS br,
       sum (CASE u.code WHEN 'GS'  THEN p.amount_chf * a.percent_bp END) / 10000 AS gs,
       sum (p.amount_chf * a.percent_bp) / 10000 AS total
FROM payment p
JOIN commitment c ON c.id = p.commitment_id AND c.deleted_at IS NULL
JOIN allocation a ON a.commitment_id = p.commitment_id AND a.deleted_at IS NULL
                 AND a.percent_bp IS NOT NULL
JOIN org_unit u ON u.id = a.unit_id
WHERE p.deleted_at IS NULL AND p.date BETWEEN '2023-01-01' AND '2023-12-31'
GROUP BY c.kind
ORDER BY total DESC;

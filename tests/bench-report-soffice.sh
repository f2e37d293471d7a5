#!/bin/bash
# bench-report-soffice.sh — the report pack beside what a user would
# otherwise do: the same rows exported as CSV and converted to .xlsx with
# "soffice --headless --convert-to xlsx".
#
#   MOBILIZE_BENCH_DB=/path/bench.db tests/bench-report-soffice.sh [MOBILIZE-CLI]
#
# Without MOBILIZE_BENCH_DB a temporary database is generated first
# ("mobilize-cli generate", about a minute). The database is only read.
# BENCH_RUNS (default 5) runs of each; prints every run, the medians (wall
# time, peak RSS of the process tree) and their ratio. Exit status 77
# (skipped) without soffice or sqlite3.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

cli="${1:-${MOBILIZE_CLI:-mobilize-cli}}"
runs="${BENCH_RUNS:-5}"
soffice="$(command -v soffice || true)"
sqlite="$(command -v sqlite3 || true)"
if [[ -z "$soffice" || -z "$sqlite" ]]; then
  echo "skipped: the baseline needs LibreOffice and sqlite3 (apt-get install libreoffice-calc-nogui sqlite3)"
  exit 77
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mobilize-bench-soffice-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
db="${MOBILIZE_BENCH_DB:-$tmp/bench.db}"
if [[ ! -f "$db" ]]; then
  echo "generating the benchmark dataset in $db …"
  "$cli" --db "$db" generate >/dev/null
fi

# The rows of the pack's four big sheets, with the same columns, in the
# same order, over the same period (the years with figures).
cat >"$tmp/dump.sql" <<'SQL'
.headers on
.mode csv
.once partners.csv
SELECT p.name, p.local_name, p.short_name, p.type, p.country, p.region, p.status,
  lu.code AS lead_unit, p.membership_category, p.website
FROM partner p LEFT JOIN org_unit lu ON lu.id = p.lead_unit_id
WHERE p.deleted_at IS NULL AND p.merged_into IS NULL ORDER BY p.name COLLATE NOCASE, p.id;
.once commitments.csv
SELECT d.name AS donor, py.name AS payer, c.title, c.kind, c.stage, c.probability, c.currency,
  c.signed_amount, c.signed_date, c.start_date, c.end_date
FROM commitment c JOIN partner d ON d.id = c.donor_partner_id
LEFT JOIN partner py ON py.id = c.payer_partner_id
WHERE c.deleted_at IS NULL ORDER BY d.name COLLATE NOCASE, c.title COLLATE NOCASE, c.id;
.once instalments.csv
WITH paid (instalment_id, amount, last) AS MATERIALIZED (
  SELECT pi.instalment_id, sum (pi.amount), max (p.date) FROM payment_instalment pi
  JOIN payment p ON p.id = pi.payment_id AND p.deleted_at IS NULL
  WHERE pi.deleted_at IS NULL GROUP BY pi.instalment_id)
SELECT i.due_date, d.name AS donor, c.title, c.kind, i.status, c.currency, i.amount,
  coalesce (paid.amount, 0) AS received, i.written_off_amount, paid.last AS last_payment
FROM instalment i JOIN commitment c ON c.id = i.commitment_id
JOIN partner d ON d.id = c.donor_partner_id LEFT JOIN paid ON paid.instalment_id = i.id
WHERE i.deleted_at IS NULL ORDER BY i.due_date, i.id;
.once payments.csv
SELECT p.date, d.name AS donor, c.title, c.kind, p.currency, p.amount, p.rate_micro,
  p.chf_rate_micro, p.amount_chf, p.reference
FROM payment p JOIN commitment c ON c.id = p.commitment_id
JOIN partner d ON d.id = c.donor_partner_id
WHERE p.deleted_at IS NULL ORDER BY p.date, p.id;
SQL

# measure LABEL COMMAND…: wall seconds and peak RSS (MB) of the command
# and its children, appended to $tmp/LABEL.
measure () {
  local label="$1"; shift
  /usr/bin/python3 - "$tmp/$label" "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[2:], check=True, stdout=subprocess.DEVNULL)
wall = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
with open(sys.argv[1], "a") as f:
    f.write(f"{wall:.3f} {peak:.1f}\n")
PY
}

median () {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for run in $(seq "$runs"); do
  measure ours "$cli" --db "$db" export report --out "$tmp/report.xlsx" --as-of 2026-11-28
  measure dump bash -c "cd '$tmp' && '$sqlite' -readonly '$db' <'$tmp/dump.sql'"
  measure convert "$soffice" -env:UserInstallation="file://$tmp/profile" --headless \
    --convert-to xlsx --outdir "$tmp" \
    "$tmp/partners.csv" "$tmp/commitments.csv" "$tmp/instalments.csv" "$tmp/payments.csv"
  printf 'run %d: mobilize-cli export report %s s (%s MB); CSV dump %s s; soffice %s s (%s MB)\n' "$run" \
    $(tail -n 1 "$tmp/ours") "$(tail -n 1 "$tmp/dump" | cut -d' ' -f1)" $(tail -n 1 "$tmp/convert")
done

rows=$(for f in partners commitments instalments payments; do
         echo "$(( $(wc -l <"$tmp/$f.csv") - 1 )) $f"; done | paste -sd, | sed 's/,/, /g')
ours=$(cut -d' ' -f1 "$tmp/ours" | median)
ours_mb=$(cut -d' ' -f2 "$tmp/ours" | median)
paste -d' ' "$tmp/dump" "$tmp/convert" | awk '{ print $1 + $3 }' >"$tmp/theirs"
theirs=$(median <"$tmp/theirs")
theirs_mb=$(cut -d' ' -f2 "$tmp/convert" | median)

echo "rows: $rows"
echo "report pack (11 sheets, formatted, one workbook): median $ours s, peak RSS $ours_mb MB, $(du -m "$tmp/report.xlsx" | cut -f1) MB"
echo "CSV + soffice --convert-to xlsx (4 plain workbooks): median $theirs s, peak RSS $theirs_mb MB, $(du -cm "$tmp"/{partners,commitments,instalments,payments}.xlsx | tail -n 1 | cut -f1) MB"
awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "ratio: the CSV + soffice way takes %.1f× the time of the report pack\n", a / b }'

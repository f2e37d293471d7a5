#!/bin/bash
# test-report-soffice.sh — LibreOffice opens the report pack.
#
# Makes the demo database, exports the workbook in English and in Chinese
# with mobilize-cli, has "soffice --headless" convert every sheet to CSV
# and checks that it succeeds, that every sheet comes out and that known
# figures survive: Table 1 of the strategy (Member States 2018: CHF
# 108,600,000) and extra-budgetary income received in 2023 (CHF 20,300,000).
#
#   tests/test-report-soffice.sh [MOBILIZE-CLI]   (else $MOBILIZE_CLI)
#
# Exit status 0 when LibreOffice reads both workbooks; 77 (skipped, for
# meson) when soffice is not installed; 1 otherwise.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

cli="${1:-${MOBILIZE_CLI:-mobilize-cli}}"
soffice="$(command -v soffice || true)"
if [[ -z "$soffice" ]]; then
  echo "skipped: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
  exit 77
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mobilize-soffice-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
failures=0

fail () {
  echo "test-report-soffice: $*" >&2
  failures=$((failures + 1))
}

# The CSV line of @file whose first field is @label, as fields.
row_of () {
  local file="$1" label="$2"
  /usr/bin/python3 - "$file" "$label" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.reader(f):
        if row and row[0] == sys.argv[2]:
            print("\t".join(row))
            break
PY
}

"$cli" --db "$tmp/demo.db" demo >/dev/null || { fail "mobilize-cli demo failed"; exit 1; }

check_language () {
  local lang="$1" budget_sheet="$2" budget_line="$3" income_sheet="$4" total="$5"
  local book="$tmp/report-$lang.xlsx" out="$tmp/csv-$lang"

  mkdir -p "$out"
  if ! "$cli" --db "$tmp/demo.db" export report --out "$book" --lang "$lang" \
        --as-of 2026-11-28 >/dev/null; then
    fail "$lang: mobilize-cli export report failed"
    return
  fi

  # 12th token -1: every sheet to its own file, named book-Sheet.csv; raw
  # values (not as shown), UTF-8 (76).
  if ! timeout 180 "$soffice" -env:UserInstallation="file://$tmp/profile" --headless \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$out" "$book" >"$tmp/soffice-$lang.log" 2>&1; then
    fail "$lang: soffice failed: $(tail -n 3 "$tmp/soffice-$lang.log")"
    return
  fi

  local n_sheets
  n_sheets=$(find "$out" -name '*.csv' | wc -l)
  [[ "$n_sheets" -eq 10 ]] || fail "$lang: LibreOffice wrote $n_sheets sheets, not 10"

  local budget="$out/report-$lang-$budget_sheet.csv" income="$out/report-$lang-$income_sheet.csv"
  if [[ ! -f "$budget" ]]; then
    fail "$lang: no sheet “$budget_sheet” in LibreOffice's reading"
  else
    # Line, 2018, 2019 …: Member States in 2018.
    local fields
    IFS=$'\t' read -r -a fields <<<"$(row_of "$budget" "$budget_line")"
    [[ "${fields[1]:-}" == "108600000" ]] ||
      fail "$lang: $budget_sheet, $budget_line 2018 reads “${fields[1]:-}”, not 108600000"
  fi
  if [[ ! -f "$income" ]]; then
    fail "$lang: no sheet “$income_sheet” in LibreOffice's reading"
  else
    grep -q ",20300000," "$income" || fail "$lang: $income_sheet has no 20300000 (2023 total)"
  fi
}

check_language en "Regular budget" "Member States (assessed contributions)" "Extra-budgetary" Total
check_language zh_CN "正常预算" "成员国（分摊会费）" "预算外收入" 合计

if [[ $failures -gt 0 ]]; then
  exit 1
fi
echo "LibreOffice $("$soffice" --version | awk '{print $2}') read both workbooks"
exit 0

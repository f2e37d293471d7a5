#!/usr/bin/python3
# check-report.py — reads a Mobilize report workbook with an independent
# reader (Debian's python3-openpyxl) and checks what issue 5 promises.
#
#   /usr/bin/python3 tests/check-report.py FILE.xlsx --lang en|zh_CN \
#       --personal yes|no [--db DB] [--years FROM TO] [--unit CODE] \
#       [--author OFFICE/USER] [--expect-text TEXT]
#
# Exit status 0 when every check holds; else each failure on stderr, 1.
# Exit status 77 when openpyxl is missing (the C test then skips).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import datetime
import json
import re
import sqlite3
import sys
import warnings

try:
    import openpyxl
    from openpyxl.utils import column_index_from_string, range_boundaries
except ImportError:
    print("openpyxl is not installed: apt install python3-openpyxl", file=sys.stderr)
    sys.exit(77)

SHEETS = {
    "en": ["Summary", "Partners", "Commitments", "Instalments", "Payments", "In-kind",
           "Initiatives", "Extra-budgetary", "Due diligence", "Regular budget"],
    "zh_CN": ["汇总", "合作伙伴", "承诺", "分期款项", "付款", "实物捐助", "举措", "预算外收入",
              "尽职调查", "正常预算"],
}
INTERACTIONS = {"en": "Interactions", "zh_CN": "互动"}

# The Due diligence register: its headers, by language.
DUE_DILIGENCE = {
    "en": ["Partner", "Type", "Requested by", "Requested on", "Risk rating", "Decision",
           "Conditions", "Decided by", "Decided on", "Valid until", "Valid on the report date",
           "Findings"],
    "zh_CN": ["合作伙伴", "类型", "申请人", "申请日期", "风险评级", "决定", "条件", "决定人",
              "决定日期", "有效期至", "报告日期有效", "调查结果"],
}

# Labels the checks look for, by language.
WORDS = {
    "en": {
        "total": "Total",
        "date_headers": {"Date", "Due date", "Signed on", "Start", "End", "Requested on",
                         "Decided on", "Valid until", "Last payment"},
        "amount_marks": ("(CHF)", "Amount", "Received", "Written off", "Outstanding",
                         "Signed amount", "Fair value"),
        "by_kind": "CHF received by kind of contribution",
        "share_kind": "Share by kind of contribution",
        "by_unit": "CHF received by unit",
        "share_unit": "Share by unit",
        "kinds": {"trust_fund": "Trust fund", "voluntary_contribution": "Voluntary contribution",
                  "sponsorship": "Sponsorship"},
        "budget_lines": [
            "Member States (assessed contributions)",
            "Sector Members, Associates, Academia",
            "Publications",
            "Satellite network filings (cost recovery)",
            "Other (numbering, project support, ITU Telecom)",
        ],
        "received": "Extra-budgetary income received (CHF)",
    },
    "zh_CN": {
        "total": "合计",
        "date_headers": {"日期", "到期日", "签署日期", "开始", "结束", "申请日期", "决定日期",
                         "有效期至", "最近付款"},
        "amount_marks": ("（瑞郎）", "金额", "已收", "已核销", "未付", "签署金额", "公允价值"),
        "by_kind": "按捐款类别划分的已收金额（瑞郎）",
        "share_kind": "按捐款类别划分的占比",
        "by_unit": "按单位划分的已收金额（瑞郎）",
        "share_unit": "按单位划分的占比",
        "kinds": {"trust_fund": "信托基金", "voluntary_contribution": "自愿捐款",
                  "sponsorship": "赞助"},
        "budget_lines": [
            "成员国（分摊会费）",
            "部门成员、部门准成员和学术成员",
            "出版物",
            "卫星网络申报（成本回收）",
            "其它（码号、项目支持、国际电联电信展）",
        ],
        "received": "已收预算外收入（瑞郎）",
    },
}

# Table 1 of the strategy (reference/strategy-digest.md), CHF millions.
TABLE_1 = {
    2018: [108.6, 16.3, 13.9, 19.1, 3.4],
    2019: [109.9, 16.6, 15.6, 12.1, 2.6],
    2020: [109.3, 16.4, 17.1, 13.6, 1.0],
    2021: [109.3, 16.3, 19.4, 11.2, 0.9],
    2022: [109.2, 16.4, 14.6, 10.3, 1.25],
    2023: [109.2, 16.5, 16.7, 10.6, 1.3],
}

# Extra-budgetary income 2023, CHF: by kind and shares by unit.
INCOME_2023 = {"trust_fund": 15_100_000, "voluntary_contribution": 3_600_000,
               "sponsorship": 1_600_000}
INCOME_2023_TOTAL = 20_300_000
UNIT_SHARES_2023 = {"BDT": 0.68, "TSB": 0.17, "BR": 0.04, "GS": 0.11}

TABLE_SHEETS = range(1, 7)   # Partners … Initiatives: one table at row 4
HEADER_ROW = 4

failures = []


def fail(message):
    failures.append(message)


def close(a, b, tolerance=0.005):
    return isinstance(a, (int, float)) and abs(a - b) <= tolerance


def cell_text(value):
    return value if isinstance(value, str) else None


def find_row(ws, text, column=1):
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, column).value == text:
            return row
    return None


def header_map(ws, row):
    return {ws.cell(row, c).value: c for c in range(1, ws.max_column + 1)
            if ws.cell(row, c).value is not None}


def check_sheet_names(wb, lang, personal):
    expected = list(SHEETS[lang])
    if personal:
        expected.append(INTERACTIONS[lang])
    if wb.sheetnames != expected:
        fail(f"sheet names {wb.sheetnames} != {expected}")


def check_formulas(wb_formulas, wb_values):
    """Every formula carries its value; SUM and shares equal their cells."""
    sum_re = re.compile(r"^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$")
    share_re = re.compile(r"^=([A-Z]+)(\d+)/([A-Z]+)\$?(\d+)$")
    n = 0
    for name in wb_formulas.sheetnames:
        wf, wv = wb_formulas[name], wb_values[name]
        for row in wf.iter_rows():
            for cell in row:
                formula = cell.value
                if not (isinstance(formula, str) and formula.startswith("=")):
                    continue
                n += 1
                value = wv[cell.coordinate].value
                if not isinstance(value, (int, float)):
                    fail(f"{name}!{cell.coordinate}: formula {formula} has no number ({value!r})")
                    continue
                m = sum_re.match(formula)
                if m:
                    c1, r1, c2, r2 = m.groups()
                    total = 0.0
                    for r in range(int(r1), int(r2) + 1):
                        for c in range(column_index_from_string(c1), column_index_from_string(c2) + 1):
                            v = wv.cell(r, c).value
                            if isinstance(v, (int, float)):
                                total += v
                            elif v is not None:
                                fail(f"{name}!{cell.coordinate}: sums a non-number {v!r}")
                    if not close(value, total):
                        fail(f"{name}!{cell.coordinate}: {formula} shows {value}, its rows sum to {total}")
                    continue
                m = share_re.match(formula)
                if m:
                    c1, r1, c2, r2 = m.groups()
                    part = wv[f"{c1}{r1}"].value or 0
                    whole = wv[f"{c2}{r2}"].value
                    if not whole or not close(value, part / whole, 1e-9):
                        fail(f"{name}!{cell.coordinate}: {formula} shows {value}, not {part}/{whole}")
    if n == 0:
        fail("no formulas at all: totals must be formulas")


def check_tables(wb, lang):
    words = WORDS[lang]
    for index in TABLE_SHEETS:
        ws = wb.worksheets[index]
        if ws.freeze_panes != f"A{HEADER_ROW + 1}":
            fail(f"{ws.title}: header not frozen ({ws.freeze_panes})")
        if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:"):
            fail(f"{ws.title}: no autofilter on the header ({ws.auto_filter.ref})")
        if ws.data_validations.dataValidation:
            fail(f"{ws.title}: has data validation lists")
        headers = header_map(ws, HEADER_ROW)
        header_cell = ws.cell(HEADER_ROW, 1)
        if not header_cell.font.b:
            fail(f"{ws.title}: header row is not styled")
        width = ws.column_dimensions["A"].width
        if width is None or width < 8:
            fail(f"{ws.title}: column A not fitted ({width})")

        last = ws.max_row
        for header, col in headers.items():
            is_date = header in words["date_headers"]
            is_amount = any(mark in header for mark in words["amount_marks"]) and not is_date
            if not (is_date or is_amount):
                continue
            for row in range(HEADER_ROW + 1, last + 1):
                if ws.cell(row, 1).value == words["total"]:
                    break
                value = ws.cell(row, col).value
                if value is None:
                    continue
                if is_date and not isinstance(value, datetime.datetime):
                    fail(f"{ws.title}!{ws.cell(row, col).coordinate}: {header} is not a date: {value!r}")
                if is_amount and not isinstance(value, (int, float)):
                    fail(f"{ws.title}!{ws.cell(row, col).coordinate}: {header} is not a number: {value!r}")
                if is_amount and ("CHF" in header or "瑞郎" in header):
                    fmt = ws.cell(row, col).number_format
                    if isinstance(value, (int, float)) and fmt != "#,##0.00":
                        fail(f"{ws.title}!{ws.cell(row, col).coordinate}: CHF format {fmt}")


def check_currency_formats(wb):
    ws = wb.worksheets[4]   # Payments
    headers = header_map(ws, HEADER_ROW)
    cur_col = min(c for h, c in headers.items() if h in ("Currency", "货币"))
    amount_col = cur_col + 1
    exponents = {"JPY": "#,##0", "KRW": "#,##0", "XOF": "#,##0", "KWD": "#,##0.000"}
    seen = 0
    for row in range(HEADER_ROW + 1, ws.max_row + 1):
        currency = ws.cell(row, cur_col).value
        if not isinstance(currency, str) or len(currency) != 3:
            continue
        seen += 1
        fmt = ws.cell(row, amount_col).number_format
        expected = exponents.get(currency, "#,##0.00")
        if fmt != expected:
            fail(f"Payments row {row}: {currency} amount format {fmt}, expected {expected}")
    if seen == 0:
        fail("Payments: no payment rows")


def check_budget(wb, lang, years):
    ws = wb.worksheets[9]
    words = WORDS[lang]
    headers = header_map(ws, HEADER_ROW)
    for year, figures in TABLE_1.items():
        if years and not (years[0] <= year <= years[1]):
            continue
        col = headers.get(str(year))
        if col is None:
            fail(f"Regular budget: no column for {year}")
            continue
        for i, (label, millions) in enumerate(zip(words["budget_lines"], figures)):
            row = HEADER_ROW + 1 + i
            if ws.cell(row, 1).value != label:
                fail(f"Regular budget row {row}: {ws.cell(row, 1).value!r} != {label!r}")
            value = ws.cell(row, col).value
            if not close(value, millions * 1_000_000):
                fail(f"Regular budget {year} {label}: {value} != {millions}M")
    if len(ws._charts) < 1:
        fail("Regular budget: no chart")


def block(ws, title, words):
    """Rows of a labelled block: {label: {year: value}}."""
    row = find_row(ws, title)
    if row is None:
        fail(f"Extra-budgetary: no block “{title}”")
        return {}
    headers = header_map(ws, row + 1)
    out = {}
    r = row + 2
    while ws.cell(r, 1).value is not None:
        label = ws.cell(r, 1).value
        out[label] = {h: ws.cell(r, c).value for h, c in headers.items()}
        if label == words["total"]:
            break
        r += 1
    return out


def check_income(wb, lang, unit, filtered):
    ws = wb.worksheets[7]
    words = WORDS[lang]
    kinds = block(ws, words["by_kind"], words)
    units = block(ws, words["by_unit"], words)
    shares = block(ws, words["share_unit"], words)
    if not kinds or not units:
        return

    if not filtered:
        for kind, chf in INCOME_2023.items():
            value = kinds.get(words["kinds"][kind], {}).get("2023")
            if not close(value, chf):
                fail(f"Extra-budgetary 2023 {kind}: {value} != {chf}")
        total = kinds.get(words["total"], {}).get("2023")
        if not close(total, INCOME_2023_TOTAL):
            fail(f"Extra-budgetary 2023 total: {total} != {INCOME_2023_TOTAL}")
        for code, share in UNIT_SHARES_2023.items():
            label = next((l for l in shares if l.startswith(code + " ")), None)
            value = shares.get(label, {}).get("2023")
            if value is None or abs(value - share) > 0.0005:
                fail(f"Extra-budgetary 2023 share of {code}: {value} != {share}")
    else:
        for label, by_year in units.items():
            if unit is None or label == words["total"] or label.startswith(unit + " "):
                continue
            if any(isinstance(v, (int, float)) and v != 0 for v in by_year.values()):
                fail(f"Extra-budgetary with --unit {unit}: {label} has income {by_year}")

    # By kind and by unit tell the same total.
    for year in kinds.get(words["total"], {}):
        a = kinds[words["total"]].get(year)
        b = units.get(words["total"], {}).get(year)
        if isinstance(a, (int, float)) and not close(a, b or 0):
            fail(f"Extra-budgetary {year}: by kind {a} != by unit {b}")

    if len(ws._charts) < 2:
        fail(f"Extra-budgetary: {len(ws._charts)} charts, expected 2")


def check_summary(wb, lang):
    words = WORDS[lang]
    summary = wb.worksheets[0]
    row = find_row(summary, words["received"])
    if row is None:
        fail("Summary: no received figure")
        return
    received = summary.cell(row, 2).value
    payments = wb.worksheets[4]
    total_row = find_row(payments, words["total"])
    headers = header_map(payments, HEADER_ROW)
    col = max(headers.values()) - 1   # Amount (CHF), before Reference
    if total_row is None or not close(received, payments.cell(total_row, col).value):
        fail(f"Summary received {received} != Payments total")
    if len(wb.worksheets[6]._charts) < 1:
        fail("Initiatives: no chart")


def personal_data(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    names, emails, phones = set(), set(), set()
    for given, family, e, p in con.execute(
            "SELECT given_name, family_name, emails, phones FROM contact WHERE deleted_at IS NULL"):
        full = " ".join(x for x in (given, family) if x)
        if len(full) > 4:
            names.add(full)
        for field, bucket in ((e, emails), (p, phones)):
            try:
                bucket.update(x for x in json.loads(field or "[]") if isinstance(x, str))
            except ValueError:
                pass
    con.close()
    return names, emails, phones


def all_strings(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    yield ws.title, value


def check_personal(wb, db, personal):
    names, emails, phones = personal_data(db)
    found = set()
    for title, text in all_strings(wb):
        for item in names | emails | phones:
            if item in text:
                found.add(item)
    if personal:
        if not (found & emails):
            fail("personal data asked for, but no contact e-mail is in the workbook")
        if not (found & names):
            fail("personal data asked for, but no contact name is in the workbook")
    elif found:
        fail(f"personal data left out, yet found: {sorted(found)[:5]}")


def check_due_diligence(wb, lang, db, filtered):
    """The register: its headers, one row per review in the database, a
    partner and a decision on each row, dates as dates."""
    ws = wb[SHEETS[lang][SHEETS["en"].index("Due diligence")]]
    headers = [ws.cell(HEADER_ROW, c).value for c in range(1, len(DUE_DILIGENCE[lang]) + 1)]
    if headers != DUE_DILIGENCE[lang]:
        fail(f"{ws.title}: headers {headers}")
        return
    rows = [r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value is not None]
    if db and not filtered:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        expected = con.execute(
            "SELECT count(*) FROM due_diligence dd JOIN partner p ON p.id = dd.partner_id"
            " WHERE dd.deleted_at IS NULL AND p.deleted_at IS NULL"
            " AND p.merged_into IS NULL").fetchone()[0]
        con.close()
        if expected == 0:
            fail(f"{ws.title}: the database holds no review to check the register with")
        if len(rows) != expected:
            fail(f"{ws.title}: {len(rows)} rows, the database holds {expected} reviews")
    for r in rows:
        if not isinstance(ws.cell(r, 6).value, str):
            fail(f"{ws.title}!F{r}: no decision")
        for c in (4, 9, 10):
            value = ws.cell(r, c).value
            if value is not None and not isinstance(value, datetime.datetime):
                fail(f"{ws.title}!{openpyxl.utils.get_column_letter(c)}{r}: {value!r} is not a date")


def check_strings(wb):
    bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
    for title, text in all_strings(wb):
        if bad.search(text) or "_x00" in text:
            fail(f"{title}: a control character in {text!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--lang", choices=("en", "zh_CN", "fr", "es", "ar", "ru"), default="en")
    parser.add_argument("--personal", choices=("yes", "no"), default="no")
    parser.add_argument("--db")
    parser.add_argument("--years", type=int, nargs=2)
    parser.add_argument("--unit")
    parser.add_argument("--filtered", action="store_true",
                        help="a unit or initiative was chosen: no known answers")
    parser.add_argument("--rtl", action="store_true")
    parser.add_argument("--author")
    parser.add_argument("--expect-text")
    args = parser.parse_args()
    personal = args.personal == "yes"

    with warnings.catch_warnings():
        warnings.simplefilter("error")   # a complaint of the reader is a failure
        wb_formulas = openpyxl.load_workbook(args.file)
        wb = openpyxl.load_workbook(args.file, data_only=True)

    filtered = args.filtered or args.unit is not None
    if args.lang in SHEETS:
        check_sheet_names(wb, args.lang, personal)
    elif len(wb.sheetnames) != len(SHEETS["en"]) + (1 if personal else 0):
        fail(f"{len(wb.sheetnames)} sheets: {wb.sheetnames}")
    if failures:
        return report()

    check_formulas(wb_formulas, wb)
    check_strings(wb)
    if args.rtl:
        for ws in wb.worksheets:
            if not ws.sheet_view.rightToLeft:
                fail(f"{ws.title}: not right to left")
    # Labels are known in English and Chinese only.
    if args.lang in SHEETS:
        check_tables(wb, args.lang)
        check_currency_formats(wb)
        check_budget(wb, args.lang, args.years)
        check_income(wb, args.lang, args.unit, filtered)
        if not filtered:
            check_summary(wb, args.lang)
        check_due_diligence(wb, args.lang, args.db, filtered)
    if args.db:
        check_personal(wb, args.db, personal)
    if args.expect_text and not any(args.expect_text in t for _, t in all_strings(wb)):
        fail(f"no cell holds {args.expect_text!r}")

    props = wb.properties
    if not props.title:
        fail("no document title")
    if props.created is None:
        fail("no creation date")
    if args.author and props.creator != args.author:
        fail(f"author {props.creator!r} != {args.author!r}")

    return report()


def report():
    for message in failures:
        print(f"check-report: {message}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

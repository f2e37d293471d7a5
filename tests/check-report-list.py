#!/usr/bin/python3
# check-report-list.py — reads a list section's workbook (app/mz-list-export.c)
# with an independent reader (Debian's python3-openpyxl).
#
#   /usr/bin/python3 tests/check-report-list.py FILE.xlsx SPEC.json
#
# SPEC: {"title": …, "headers": […], "types": ["text"|"integer"|"number"|
# "money"|"chf"|"date"|"percent", …], "rows": N, "cells": {"B5": value, …},
# "totals": {"H": value, …}}. Checks the title, the header row (4), that it
# is frozen and carries the autofilter over exactly N rows, that numbers
# are numbers and dates are dates in every row, the cells given, and each
# total: a SUM formula over the column whose stored value is the sum of
# its rows. Exit status 0 when all hold, 1 with each failure on stderr,
# 77 without openpyxl.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import json
import sys
import warnings

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("openpyxl is not installed: apt install python3-openpyxl", file=sys.stderr)
    sys.exit(77)

HEADER_ROW = 4
failures = []


def fail(message):
    failures.append(message)


def main():
    path, spec_path = sys.argv[1], sys.argv[2]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(path, data_only=True)
        wb_formulas = openpyxl.load_workbook(path)

    if len(wb.worksheets) != 1:
        fail(f"{len(wb.worksheets)} sheets")
    ws, wsf = wb.worksheets[0], wb_formulas.worksheets[0]
    if ws.title != spec["title"][:31]:
        fail(f"sheet {ws.title!r}")
    if ws["A1"].value != spec["title"]:
        fail(f"title {ws['A1'].value!r}")
    if not wb.properties.title:
        fail("no document title")

    headers = [ws.cell(HEADER_ROW, c).value for c in range(1, len(spec["headers"]) + 1)]
    if headers != spec["headers"]:
        fail(f"headers {headers}")
    if not ws.cell(HEADER_ROW, 1).font.b:
        fail("the header is not bold")
    if ws.freeze_panes != f"A{HEADER_ROW + 1}":
        fail(f"frozen at {ws.freeze_panes}")

    n = spec["rows"]
    last_col = get_column_letter(len(spec["headers"]))
    expected_filter = f"A{HEADER_ROW}:{last_col}{HEADER_ROW + max(n, 0)}"
    if ws.auto_filter.ref != expected_filter:
        fail(f"autofilter {ws.auto_filter.ref} != {expected_filter}")

    first, last = HEADER_ROW + 1, HEADER_ROW + n
    for r in range(first, last + 1):
        if all(ws.cell(r, c).value is None for c in range(1, len(headers) + 1)):
            fail(f"row {r} is empty")
        for c, kind in enumerate(spec["types"], start=1):
            value = ws.cell(r, c).value
            if value is None:
                continue
            if kind in ("integer", "number", "money", "chf", "percent"):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    fail(f"{get_column_letter(c)}{r}: {value!r} is not a number")
            elif kind == "date":
                if not isinstance(value, datetime.datetime):
                    fail(f"{get_column_letter(c)}{r}: {value!r} is not a date")
            elif not isinstance(value, str):
                fail(f"{get_column_letter(c)}{r}: {value!r} is not text")

    for ref, expected in spec.get("cells", {}).items():
        value = ws[ref].value
        if isinstance(value, datetime.datetime):
            value = value.date().isoformat()
        if isinstance(expected, float) or isinstance(value, float):
            if not isinstance(value, (int, float)) or abs(value - expected) > 0.005:
                fail(f"{ref}: {value!r} != {expected!r}")
        elif value != expected:
            fail(f"{ref}: {value!r} != {expected!r}")

    total_row = last + 1
    for col, expected in spec.get("totals", {}).items():
        formula = wsf[f"{col}{total_row}"].value
        want = f"=SUM({col}{first}:{col}{last})" if n > 0 else "=0"
        if formula != want:
            fail(f"{col}{total_row}: formula {formula!r} != {want!r}")
        value = ws[f"{col}{total_row}"].value
        column_sum = sum(ws[f"{col}{r}"].value or 0 for r in range(first, last + 1))
        if not isinstance(value, (int, float)) or abs(value - expected) > 0.005 \
                or abs(value - column_sum) > 0.005:
            fail(f"{col}{total_row}: total {value!r}, expected {expected}, rows add up to {column_sum}")
    if ws.max_row > total_row:
        fail(f"rows after the total: {ws.max_row}")

    for message in failures:
        print(f"check-report-list: {message}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# check-same-cells.py — reads two workbooks with an independent reader
# (Debian's python3-openpyxl) and checks that they hold the same sheets,
# cells (values, types, number formats, bold), dimensions, frozen panes,
# filters and column widths. Numbers may differ in their last digit of
# seventeen (one file writes 69611.04 where the other has
# 69611.03999999999); with --clock-slack SECONDS, date-times that far apart
# are equal (the time a workbook was generated).
#
#   /usr/bin/python3 tests/check-same-cells.py A.xlsx B.xlsx [--clock-slack 120]
#
# Exit status 0 when they match; else the differences on stderr, 1.
# Exit status 77 when openpyxl is missing (the C test then skips).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import datetime
import math
import sys
import warnings

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed: apt install python3-openpyxl", file=sys.stderr)
    sys.exit(77)

MAX_REPORTED = 20


def same_value(a, b, slack):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if math.isclose(a, b, rel_tol=1e-14, abs_tol=1e-12):
            return True
        return False
    if isinstance(a, datetime.datetime) and isinstance(b, datetime.datetime):
        return abs((a - b).total_seconds()) <= slack
    return a == b and type(a) is type(b)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--clock-slack", type=float, default=0)
    args = parser.parse_args()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book_a = openpyxl.load_workbook(args.a)
        book_b = openpyxl.load_workbook(args.b)

    failures = []

    def fail(message):
        failures.append(message)

    if book_a.sheetnames != book_b.sheetnames:
        fail("sheets: %r != %r" % (book_a.sheetnames, book_b.sheetnames))

    cells = 0
    for name in book_a.sheetnames:
        if name not in book_b.sheetnames:
            continue
        a, b = book_a[name], book_b[name]
        for what in ("dimensions", "max_row", "max_column", "freeze_panes"):
            if getattr(a, what) != getattr(b, what):
                fail("%s: %s %r != %r" % (name, what, getattr(a, what), getattr(b, what)))
        if a.auto_filter.ref != b.auto_filter.ref:
            fail("%s: autofilter %r != %r" % (name, a.auto_filter.ref, b.auto_filter.ref))
        for key, dim in a.column_dimensions.items():
            other = b.column_dimensions[key]
            if dim.width != other.width:
                fail("%s: width of column %s %r != %r" % (name, key, dim.width, other.width))
        rows = max(a.max_row, b.max_row)
        columns = max(a.max_column, b.max_column)
        for row in range(1, rows + 1):
            for column in range(1, columns + 1):
                ca, cb = a.cell(row, column), b.cell(row, column)
                cells += 1
                where = "%s!%s" % (name, ca.coordinate)
                if not same_value(ca.value, cb.value, args.clock_slack):
                    fail("%s: %r != %r" % (where, ca.value, cb.value))
                if ca.value is None and cb.value is None:
                    continue
                if ca.data_type != cb.data_type:
                    fail("%s: type %r != %r" % (where, ca.data_type, cb.data_type))
                if ca.number_format != cb.number_format:
                    fail("%s: format %r != %r" % (where, ca.number_format, cb.number_format))
                if bool(ca.font.b) != bool(cb.font.b):
                    fail("%s: bold %r != %r" % (where, ca.font.b, cb.font.b))

    if cells == 0:
        fail("no cells compared")
    for message in failures[:MAX_REPORTED]:
        print(message, file=sys.stderr)
    if len(failures) > MAX_REPORTED:
        print("… and %d more" % (len(failures) - MAX_REPORTED), file=sys.stderr)
    print("%d cells compared, %d differences" % (cells, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

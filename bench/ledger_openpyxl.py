#!/usr/bin/python3
"""What a user would otherwise script: the register CSV (as `exitdesk-cli ledger export -o
FILE.csv` writes it) written to .xlsx with openpyxl's write-only mode, dates as dates with the
dd.mm.yyyy format, numbers as numbers, the header frozen and an autofilter.
Usage: ledger_openpyxl.py REGISTER.csv OUT.xlsx"""
import csv
import datetime
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

DATE_COLUMNS = {4, 9, 11, 14, 15, 17}
NUMBER_COLUMNS = {0, 20}
MAX_ROWS = 1048575


def main():
    wb = Workbook(write_only=True)
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        ws = None
        rows_in_sheet = 0
        sheet_no = 0
        for record in reader:
            if ws is None or rows_in_sheet == MAX_ROWS:
                if ws is not None:
                    ws.auto_filter.ref = "A1:%s%d" % (get_column_letter(len(header)), rows_in_sheet + 1)
                sheet_no += 1
                ws = wb.create_sheet("Register" if sheet_no == 1 else "Register (%d)" % sheet_no)
                ws.freeze_panes = "A2"
                ws.append(header)
                rows_in_sheet = 0
            cells = []
            for i, value in enumerate(record):
                if value == "":
                    cells.append(None)
                elif i in DATE_COLUMNS:
                    cell = WriteOnlyCell(ws, value=datetime.date.fromisoformat(value))
                    cell.number_format = "dd.mm.yyyy"
                    cells.append(cell)
                elif i in NUMBER_COLUMNS:
                    cells.append(int(value))
                else:
                    cells.append(value)
            ws.append(cells)
            rows_in_sheet += 1
        if ws is not None:
            ws.auto_filter.ref = "A1:%s%d" % (get_column_letter(len(header)), rows_in_sheet + 1)
    wb.save(sys.argv[2])


if __name__ == "__main__":
    main()

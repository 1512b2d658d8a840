#!/usr/bin/python3
"""Reads an .xlsx file with openpyxl and prints what the ledger tests check, as JSON:
sheet names; per sheet the frozen pane, the autofilter range, the number of rows and columns,
the charts, and every cell as {"t": s|n|d|f, "v": value, "f": number format}; per part of the
zip, its compression method and whether it was deflated at the fastest level, and whether every
part reads back whole."""
import datetime
import json
import sys
import zipfile

import openpyxl


def cell_json(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {"t": "d", "v": v.strftime("%Y-%m-%d"), "f": cell.number_format}
    if isinstance(v, bool):
        return {"t": "b", "v": v, "f": cell.number_format}
    if isinstance(v, (int, float)):
        return {"t": "n", "v": v, "f": cell.number_format}
    if isinstance(v, str) and v.startswith("="):
        return {"t": "f", "v": v, "f": cell.number_format}
    return {"t": "s", "v": str(v), "f": cell.number_format}


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": wb.sheetnames, "data": {},
           "created": wb.properties.created.isoformat() if wb.properties.created else None,
           "title": wb.properties.title}
    for ws in wb.worksheets:
        out["data"][ws.title] = {
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "charts": len(ws._charts),
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "rows": [[cell_json(c) for c in row] for row in ws.iter_rows()],
        }
    with zipfile.ZipFile(sys.argv[1]) as z:
        # Bits 1-2 of the general purpose flag: 11 = deflated "super fast" (levels 1-2).
        out["zip"] = {i.filename: {"method": i.compress_type, "fastest": (i.flag_bits & 6) == 6}
                      for i in z.infolist()}
        # Every part inflates whole and matches its CRC (the first bad part's name otherwise).
        out["zip_intact"] = z.testzip() is None
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

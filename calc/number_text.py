"""Numbers typed as a spreadsheet displays them.

A cell exported from a spreadsheet often keeps its display format: ``3,600``
or ``12,000.5 kWh``. Python reads neither; every reader of a user's table
(stock lists, meter files, daily temperatures) names the fault the same way
and says what to write instead.
"""

from __future__ import annotations

import re

# 3,600 or 12,000.5 (optionally followed by a unit)
THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:\s*\D.*)?$")


def thousands_message(value: str) -> str | None:
    """What to write instead of a number with thousands separators, or None
    when ``value`` is not one. A single comma may also be a decimal comma,
    so both readings are offered."""
    if not THOUSANDS.match(value.strip()):
        return None
    value = value.strip()
    text = f"{value!r}: a number is read without commas; write {value.replace(',', '')}"
    return text + (f" (or {value.replace(',', '.')} if the comma is a decimal one)" if value.count(",") == 1 and "." not in value else "")

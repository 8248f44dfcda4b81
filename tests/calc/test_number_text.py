"""Numbers with thousands separators: named with what to write instead."""

import pytest

from calc.number_text import thousands_message


@pytest.mark.parametrize("value, expected", [
    ("3,600", "'3,600': a number is read without commas; write 3600 (or 3.600 if the comma is a decimal one)"),
    ("12,000.5", "'12,000.5': a number is read without commas; write 12000.5"),
    ("1,234,567 kWh", "'1,234,567 kWh': a number is read without commas; write 1234567 kWh"),
    (" -2,500 ", "'-2,500': a number is read without commas; write -2500 (or -2.500 if the comma is a decimal one)"),
])
def test_a_spreadsheet_display_format_is_named(value, expected):
    assert thousands_message(value) == expected


@pytest.mark.parametrize("value", ["3600", "3.6e3", "abc", "12,34", "1,2345", ",500", ""])
def test_other_text_is_not_taken_for_one(value):
    assert thousands_message(value) is None

"""calc.program_version: the installed version, shown in the About box and
part of a stock run's fingerprint."""

from importlib.metadata import version

from calc import program_version


def test_the_program_version_is_the_installed_ones():
    assert program_version() == version("retrofit-calculator")

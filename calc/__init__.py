"""Calculations of the retrofit calculator (no Qt)."""


def program_version() -> str:
    """The installed program's version (pyproject.toml), or "" when it runs
    from a checkout that was never installed. Shown in the About box and
    part of a stock run's fingerprint (``--resume`` after an upgrade would
    mix two versions' results in one table)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("retrofit-calculator")
    except PackageNotFoundError:
        return ""

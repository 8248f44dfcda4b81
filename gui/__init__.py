"""The desktop application (PySide6 Qt Widgets). Shows and edits the model;
every number shown comes from ``calc.assess.assess``."""

from . import compat  # noqa: F401,E402 - must run before any Qt signal is used

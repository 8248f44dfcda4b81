"""The building-stock view: the per-building table of a stock run, its
summary and the plan's indicators; a double-click opens one building's
project in the main window."""

from .window import StockWindow

__all__ = ["StockWindow"]

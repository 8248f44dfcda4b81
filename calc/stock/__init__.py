"""Building stocks: a list of buildings (CSV/XLSX) through the archetypes
into projects, assessed on a process pool or a Dask cluster, with the
action plan's stock indicators. Entry point: :func:`portfolio`."""

from .portfolio import PackageFileError, PortfolioRun, portfolio, read_packages
from .rows import RowError, RowErrors, project_from_rows
from .table import StockFileError, read_stock
from .tasks import Task, group_tasks, run_task

__all__ = ["PackageFileError", "PortfolioRun", "RowError", "RowErrors", "StockFileError", "Task", "group_tasks",
           "portfolio", "project_from_rows", "read_packages", "read_stock", "run_task"]

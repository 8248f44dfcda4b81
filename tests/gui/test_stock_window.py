"""The stock window on a real stock run: sortable, filterable table,
summary and indicators; a double-click opens the building's project."""

import json

import pytest
from PySide6.QtCore import Qt

from calc.stock import portfolio
from gui.stock.model import COLUMNS, SORT_ROLE
from tests.calc.stock.factory import stock_rows, write_stock

from .conftest import make_window


@pytest.fixture(scope="module")
def stock_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stock")
    rows = stock_rows(5)
    rows[1][2] = "Atlantis"
    stock = write_stock(tmp / "stock.csv", rows)
    package = tmp / "package.json"
    package.write_text(json.dumps([{"kind": "wall_insulation"}]), encoding="utf-8")
    portfolio(stock, package, tmp / "out", workers=1)
    return tmp / "out"


def test_table_sorts_filters_and_opens_a_project(qtbot, stock_run):
    window = make_window(qtbot)
    stock = window.open_stock(str(stock_run))
    qtbot.addWidget(stock)
    assert stock.proxy.rowCount() == 4
    col = [k for k, _, _ in COLUMNS].index("saving_rate_pct")
    stock.view.sortByColumn(col, Qt.DescendingOrder)
    rates = [stock.proxy.index(r, col).data(SORT_ROLE) for r in range(stock.proxy.rowCount())]
    assert rates == sorted(rates, reverse=True)
    stock.filter_edit.setText("Harbin")
    assert stock.proxy.rowCount() == 1 and stock.proxy.index(0, 3).data() == "Harbin"
    assert "1 of 4" in stock.count_label.text()
    path = stock.project_path(0)
    stock._open_row(stock.proxy.index(0, 0))
    assert window.document.path == path
    assert window.document.project.buildings[0].name.startswith("B0000")


def test_summary_and_indicators_show_the_run(qtbot, stock_run):
    from gui.stock import StockWindow

    stock = StockWindow(stock_run)
    qtbot.addWidget(stock)
    assert stock.summary_table.item(0, 1).text() == "5 / 4 / 1"
    texts = [stock.indicator_table.item(r, 1).text() for r in range(stock.indicator_table.rowCount())]
    assert any("not computable" in t for t in texts)
    assert stock.indicator_table.item(0, 0).text() == "Renovated floor area"


def test_a_folder_without_results_gives_a_message(qtbot, tmp_path):
    window = make_window(qtbot)
    assert window.open_stock(str(tmp_path)) is None

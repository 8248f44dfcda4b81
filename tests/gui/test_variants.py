"""Variants side by side through the real widgets: save the package as a
variant, change the package, see both compared on the Results page."""

from __future__ import annotations

from .conftest import make_window


def test_variants_compared_on_the_results_page(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    results = w.pages["results"]
    assert not results.sections[1].isVisibleTo(results)  # no variants: no comparison
    w.show_page("measures")
    page = w.pages["measures"]
    assert page.variants.save_package("all six")
    # the package becomes walls only: untick every other measure
    for row in range(1, page.list.count()):
        page.set_enabled(row, False)
    assert page.variants.save_package("walls only")
    assert not page.variants.save_package("walls only")  # names are unique
    assert page.variants.error.isVisibleTo(page) and "unique" in page.variants.error.text()
    qtbot.waitUntil(lambda: w.runner.comparison is not None and not w.runner.is_busy()
                    and len(w.runner.comparison.rows) == 3, timeout=240000)
    c = w.runner.comparison
    pkg, all_six, walls = c.rows
    assert pkg.own_package and all_six.name == "all six" and walls.name == "walls only"
    # the package is walls only now: the same figures as the variant of that name
    assert abs(pkg.saving_rate.m - walls.saving_rate.m) < 1e-9
    assert all_six.saving_rate.m > walls.saving_rate.m
    assert all_six.investment.m > walls.investment.m
    section = results.sections[1]
    assert section.isVisibleTo(results)
    assert section.table.rowCount() == 3
    assert section.table.item(1, 0).text() == "all six"
    assert section.table.item(0, 0).text() == "Project package"
    assert section.table.item(1, 3).text() in ("PASS", "FAIL")
    # back to the first package, undoable
    assert page.variants.use_as_package(0)
    assert all(m.enabled for m in w.document.project.measures)
    w.document.undo_stack.undo()
    assert sum(m.enabled for m in w.document.project.measures) == 1
    w.document.undo_stack.setClean()


def test_sensitivity_table_on_the_results_page(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    a = w.runner.assessment
    section = w.pages["results"].sections[0]
    assert section.table.rowCount() == len(a.sensitivity) > 0
    params = [section.table.item(r, 0).text() for r in range(section.table.rowCount())]
    assert "Energy prices" in params
    assert all("_" not in p for p in params)
    behaviour = [r for r in range(section.table.rowCount()) if a.sensitivity[r].parameter == "behaviour"]
    if behaviour:
        assert section.table.item(behaviour[0], 1).text() == "heating setpoint −1 K"  # as the report names it


def test_per_building_table_on_the_results_page(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    a = w.runner.assessment
    section = w.pages["results"].sections[2]
    assert section.table.rowCount() == len(a.baseline.buildings)
    b, p = a.baseline.buildings[0], a.package.buildings[0]
    assert section.table.item(0, 0).text() == b.name
    assert section.table.item(0, 2).text() == f"{b.heating_need.to('kWh').m:,.0f} kWh"
    assert section.table.item(0, 3).text() == f"{p.heating_need.to('kWh').m:,.0f} kWh"

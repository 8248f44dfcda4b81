"""The results follow the model: switch a measure, wait for the worker,
compare the page with the Assessment."""


from .conftest import make_window



def test_results_update_when_a_measure_is_switched(qtbot):
    from gui import format as fmt

    w = make_window(qtbot, assess=True)
    runner = w.runner
    qtbot.waitUntil(lambda: runner.assessment is not None and not runner.is_busy(), timeout=120000)
    page = w.pages["results"]
    first = runner.assessment
    assert page.rate.text().startswith("Package saving rate " + fmt.percent(first.target.saving_rate))
    assert page.verdict.text() in ("PASS", "FAIL")
    assert page.totals.item(1, 1).text() == fmt.quantity(first.baseline.total_standard_coal, "tce", 2)
    assert page.measures.rowCount() == len(first.measures)
    # the sample block uses electricity, natural gas and district heat only: coal, oil
    # and LPG (zero before and after) are left out of the carrier table
    shown = {page.carriers.item(r, 0).text() for r in range(page.carriers.rowCount())}
    assert shown == {"Electricity", "Natural gas", "District heat"}

    w.show_page("measures")
    w.pages["measures"].set_enabled(0, False)
    qtbot.waitUntil(lambda: runner.assessment is not first and not runner.is_busy(), timeout=120000)
    second = runner.assessment
    assert second.target.saving_rate != first.target.saving_rate
    assert page.rate.text().startswith("Package saving rate " + fmt.percent(second.target.saving_rate))
    w.document.undo_stack.setClean()


def test_measures_table_gives_each_measure_under_both_methods(qtbot):
    """Column 1 is the headline's electricity method, column 2 the other
    one, with the figures the assessment holds."""
    from calc.assess import assess
    from gui import format as fmt
    from gui.labels import option_label

    w = make_window(qtbot)
    page = w.pages["results"]
    a = assess(w.document.project, sensitivity=False)
    w.runner.assessed_project = w.document.project
    page._measures(a)
    t = page.measures
    head = a.target.electricity_method
    other = "equal_value" if head == "power_supply_coal" else "power_supply_coal"
    assert option_label(head) in t.horizontalHeaderItem(1).text()
    assert option_label(other) in t.horizontalHeaderItem(2).text()
    for r, m in enumerate(a.measures):
        assert t.item(r, 1).text() == fmt.percent(m.saving_rate_alone)
        assert t.item(r, 2).text() == fmt.percent(m.saving_rate_alone_by_method[other])

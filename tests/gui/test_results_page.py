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

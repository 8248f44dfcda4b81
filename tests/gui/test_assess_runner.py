from calc import projectfile

from gui.assess_runner import AssessRunner

from .conftest import SAMPLE, make_window


def test_only_the_newest_request_reports(qtbot):
    calls = []

    def fake(project):
        calls.append(project)
        return ("result", project)

    runner = AssessRunner(function=fake)
    p = projectfile.load(SAMPLE)
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        runner.request(p)
        runner.request(p.replace(measures=()))
    assert blocker.args[0][1].measures == ()
    assert len(calls) == 1  # debounced


def test_failure_keeps_last_results_marked_stale(qtbot):
    w = make_window(qtbot)
    runner = w.runner
    runner.enabled = True
    runner._function = lambda p: (_ for _ in ()).throw(ValueError("weather file unreadable"))
    with qtbot.waitSignal(runner.failed, timeout=10000):
        runner.request(w.document.project, immediate=True)
    page = w.pages["results"]
    assert page.stale.isVisible() or not page.isVisible()
    assert "weather file unreadable" in page.stale.text()
    assert "weather file unreadable" in w.status.text()

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


def test_a_relative_weather_file_is_read_beside_the_project(qtbot, tmp_path, monkeypatch):
    # the program, like `main.py assess`, reads a relative weather file from
    # the project's folder, not the working directory: a Beijing file given
    # to a Harbin project moves the site to Beijing's latitude (39.80 N)
    import shutil

    from calc.model import Site

    from ..conftest import ROOT

    shutil.copy(ROOT / "datasets" / "weather" / "CHN_Beijing.Beijing.545110_CSWD.epw.gz", tmp_path / "bj.epw.gz")
    monkeypatch.chdir(ROOT)
    p = projectfile.load(SAMPLE)
    p = p.replace(site=Site(city="Harbin", weather_file="bj.epw.gz"), measures=())
    runner = AssessRunner()
    runner.folder_of = lambda: str(tmp_path)
    with qtbot.waitSignal(runner.finished, timeout=120000) as blocker:
        runner.request(p, immediate=True)
    assert "545110" in blocker.args[0].weather_source or "Beijing" in blocker.args[0].weather_source

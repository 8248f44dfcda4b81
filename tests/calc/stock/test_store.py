"""The results file: a line cut short by a kill is dropped on resume;
another stock's folder is refused."""

import json

import pytest

from calc.stock.store import ResultStore, ResumeError, read_results


def _result(key, row):
    return {"key": key, "rows": [row], "records": [], "errors": [[row, "city", "x"]]}


def test_resume_drops_a_cut_line_and_keeps_the_finished(tmp_path):
    store = ResultStore(tmp_path, "run-1")
    store.add(_result("B", 3))
    store.add(_result("A", 2))
    store.close()
    with open(tmp_path / "results.jsonl", "ab") as f:
        f.write(b'{"key": "C", "rows": [4], "rec')  # killed mid-write
    again = ResultStore(tmp_path, "run-1", resume=True)
    assert again.done == {"A", "B"}
    again.add(_result("C", 4))
    again.close()
    assert [r["key"] for r in read_results(tmp_path)] == ["A", "B", "C"]  # in row order
    for line in (tmp_path / "results.jsonl").read_text("utf-8").splitlines():
        json.loads(line)


def test_resume_refuses_another_run_and_a_fresh_run_starts_empty(tmp_path):
    ResultStore(tmp_path, "run-1").close()
    with pytest.raises(ResumeError):
        ResultStore(tmp_path, "run-2", resume=True)
    store = ResultStore(tmp_path, "run-1")
    store.add(_result("A", 2))
    store.close()
    ResultStore(tmp_path, "run-1").close()
    assert list(read_results(tmp_path)) == []

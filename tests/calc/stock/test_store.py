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


def _assessed(key, row, text):
    return {"key": key, "rows": [row], "records": [{"project_file": f"projects/{key}.json"}], "errors": [],
            "project_text": text}


def test_a_batch_writes_every_project_file_then_its_lines(tmp_path):
    store = ResultStore(tmp_path, "run-1")
    store.add_many([_assessed("B", 3, "{b}"), _assessed("A", 2, "{a}")])
    store.close()
    assert (tmp_path / "projects" / "A.json").read_text("utf-8") == "{a}"
    assert (tmp_path / "projects" / "B.json").read_text("utf-8") == "{b}"
    assert [r["key"] for r in read_results(tmp_path)] == ["A", "B"]
    assert all("project_text" not in r for r in read_results(tmp_path))
    assert not list((tmp_path / "projects").glob("*.partial"))


def test_a_project_file_cut_short_by_a_kill_is_removed_and_its_task_reruns(tmp_path):
    store = ResultStore(tmp_path, "run-1")
    store.add_many([_assessed("A", 2, "{a}")])
    store.close()
    (tmp_path / "projects" / "B.json.partial").write_text("{half", "utf-8")  # killed while writing B
    again = ResultStore(tmp_path, "run-1", resume=True)
    assert again.done == {"A"}
    assert not (tmp_path / "projects" / "B.json.partial").exists()
    again.add_many([_assessed("B", 3, "{b}")])
    again.close()
    assert (tmp_path / "projects" / "B.json").read_text("utf-8") == "{b}"


def test_the_row_order_is_read_without_parsing_and_a_key_cannot_fool_it(tmp_path):
    store = ResultStore(tmp_path, "run-1")
    # a key holding the very text the index looks for, quotes and all
    store.add(_result('x", "rows": [1], "y', 12))
    store.add(_result("B", 3))
    store.close()
    with open(tmp_path / "results.jsonl", "ab") as f:  # a line of another layout: parsed instead
        f.write(json.dumps({"rows": [7], "key": "C", "records": [], "errors": []}, indent=0).replace("\n", " ")
                .encode("utf-8") + b"\n")
    assert [r["rows"][0] for r in read_results(tmp_path)] == [3, 7, 12]

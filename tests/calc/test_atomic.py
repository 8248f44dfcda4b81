import os

import pytest

from calc.atomic import write_atomic


def test_writes_and_keeps_backup(tmp_path):
    p = tmp_path / "f.txt"
    write_atomic(p, b"one")
    write_atomic(p, b"two", backup=True)
    assert p.read_bytes() == b"two"
    assert (tmp_path / "f.txt.bak").read_bytes() == b"one"


def test_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "f.txt"
    write_atomic(p, b"good")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(OSError):
        write_atomic(p, b"bad")
    assert p.read_bytes() == b"good"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["f.txt"]

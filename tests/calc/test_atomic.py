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


# ---------------------------------------------------------------- backups, links, modes, names

from calc.atomic import backup_path, remove_stale_temporaries  # noqa: E402


def _names(folder):
    return sorted(x.name for x in folder.iterdir())


def test_backup_failure_changes_nothing(tmp_path, monkeypatch):
    import calc.atomic as A

    p = tmp_path / "f.txt"
    write_atomic(p, b"one")
    write_atomic(p, b"two", backup=True)
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".bak"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(A.os, "replace", replace)
    with pytest.raises(OSError):
        write_atomic(p, b"three", backup=True)
    assert p.read_bytes() == b"two" and (tmp_path / "f.txt.bak").read_bytes() == b"one"
    assert _names(tmp_path) == ["f.txt", "f.txt.bak"]


def test_backup_copied_when_hard_links_fail_is_whole(tmp_path, monkeypatch):
    import calc.atomic as A

    p = tmp_path / "f.txt"
    write_atomic(p, b"x" * 100_000)
    monkeypatch.setattr(A.os, "link", lambda *a: (_ for _ in ()).throw(OSError(1, "not supported")))
    write_atomic(p, b"new", backup=True)
    assert (tmp_path / "f.txt.bak").read_bytes() == b"x" * 100_000
    assert _names(tmp_path) == ["f.txt", "f.txt.bak"]


def test_an_interrupted_write_leaves_no_temporary(tmp_path, monkeypatch):
    import calc.atomic as A

    p = tmp_path / "f.txt"
    write_atomic(p, b"good")
    monkeypatch.setattr(A.os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(p, b"bad", backup=True)
    assert p.read_bytes() == b"good" and _names(tmp_path) == ["f.txt"]


def test_temporaries_of_a_killed_writer_are_removed_on_the_next_save(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "f.txt"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)  # a process that has ended
    (tmp_path / f".f.txt.{pid}.0123abcd.tmp").write_bytes(b"half")
    (tmp_path / f".f.txt.{os.getppid()}.0123abcd.tmp").write_bytes(b"running writer")  # alive: kept
    (tmp_path / f".other.{pid}.0123abcd.tmp").write_bytes(b"another file's")  # not ours: kept
    write_atomic(p, b"good")
    assert _names(tmp_path) == sorted([f".f.txt.{os.getppid()}.0123abcd.tmp", f".other.{pid}.0123abcd.tmp",
                                       "f.txt"])
    assert remove_stale_temporaries(p) == 0


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_permissions_are_kept(tmp_path, mode):
    p = tmp_path / "f.txt"
    p.write_bytes(b"old")
    os.chmod(p, mode)
    write_atomic(p, b"new", backup=True)
    assert (os.stat(p).st_mode & 0o777) == mode
    assert (os.stat(backup_path(p)).st_mode & 0o777) == mode


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root may write any file")
def test_a_read_only_file_is_not_overwritten(tmp_path):
    p = tmp_path / "f.txt"
    p.write_bytes(b"old")
    os.chmod(p, 0o444)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomic(p, b"new")
    assert p.read_bytes() == b"old" and _names(tmp_path) == ["f.txt"]


def test_a_read_only_file_is_not_overwritten_even_by_root(tmp_path, monkeypatch):
    import calc.atomic as A

    p = tmp_path / "f.txt"
    p.write_bytes(b"old")
    monkeypatch.setattr(A.os, "access", lambda path, how: False)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomic(p, b"new")
    assert p.read_bytes() == b"old"


def test_saving_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "data" / "project.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new", backup=True)
    assert link.is_symlink() and real.read_bytes() == b"new" and link.read_bytes() == b"new"
    assert (real.parent / "project.json.bak").read_bytes() == b"old"
    assert _names(tmp_path) == ["data", "link.json"]


def test_long_names_up_to_the_file_system_limit(tmp_path):
    name = "项" * 80 + ".json"  # 240 + 5 = 245 bytes of UTF-8
    p = tmp_path / name
    write_atomic(p, b"one")
    write_atomic(p, b"two", backup=True)
    assert p.read_bytes() == b"two"
    bak = backup_path(p)
    assert bak.read_bytes() == b"one" and len(bak.name.encode()) <= 255 and bak.name.endswith(".bak")
    longest = tmp_path / ("a" * 250 + ".json")
    write_atomic(longest, b"x")
    write_atomic(longest, b"y", backup=True)
    assert backup_path(longest).name == "a" * 250 + "..bak"  # 251 bytes of the name + ".bak"
    with pytest.raises(OSError):
        write_atomic(tmp_path / ("a" * 256), b"x")


def test_kill_9_in_mid_save_leaves_whole_file_and_whole_backup(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    p = tmp_path / "p.json"
    contents = {bytes([65 + i]) * 2_000_000 for i in range(3)}
    write_atomic(p, b"A" * 2_000_000)
    write_atomic(p, b"B" * 2_000_000, backup=True)
    child = ("import sys, itertools; sys.path.insert(0, sys.argv[2]); from calc.atomic import write_atomic\n"
             "for i in itertools.count():\n"
             "    write_atomic(sys.argv[1], bytes([65 + i % 3]) * 2_000_000, backup=True)\n")
    root = str(__import__("pathlib").Path(__file__).resolve().parents[2])
    rng = random.Random(12)
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", child, str(p), root])
        time.sleep(0.3 + rng.random() * 0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert p.read_bytes() in contents
        assert (tmp_path / "p.json.bak").read_bytes() in contents
    write_atomic(p, b"A" * 2_000_000, backup=True)  # removes what the killed writers left
    import calc.atomic as A

    # a temporary stays only if its writer's process id now belongs to a
    # live process (ids are reused on a busy machine)
    left = [n for n in _names(tmp_path) if n not in ("p.json", "p.json.bak")]
    assert all(A._alive(int(A._TMP_RE.match(n)["pid"])) for n in left), left

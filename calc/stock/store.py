"""The results file of a stock run: one JSON line per finished task,
appended and flushed to disk as each task arrives, so a killed run loses
only the tasks in flight and ``--resume`` skips the finished ones.

Layout of the output folder::

    run.json            what was run (fingerprint of the stock, the package and the program version)
    results.jsonl       one line per finished task (records and row errors)
    projects/*.json     the project file of every assessed task
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from ..atomic import fsync_folder, write_atomic

RESULTS = "results.jsonl"
RUN = "run.json"


class ResumeError(ValueError):
    """``--resume`` on a folder holding another stock's results."""


def fingerprint(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


class ResultStore:
    """Append-only results of one run in ``folder``."""

    def __init__(self, folder, run_id: str, *, resume: bool = False):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / RESULTS
        run_file = self.folder / RUN
        self.done: set[str] = set()
        if resume and self.path.exists():
            previous = _run_id(run_file)
            if previous != run_id:
                raise ResumeError(f"{self.folder}: holds the results of another stock, package or program version; "
                                  "run without --resume or choose another folder")
            self.done = self._finished_keys()
        else:
            self.path.write_bytes(b"")
        write_atomic(run_file, json.dumps({"run_id": run_id}).encode("utf-8"), backup=False)
        self._folders: set[Path] = set()
        for stale in self.folder.glob(f"*/*{_PARTIAL}"):
            stale.unlink(missing_ok=True)  # a project file cut short by a kill; its task reruns
        self._file = open(self.path, "ab")

    def _finished_keys(self) -> set[str]:
        """Keys of complete lines; a line cut short by a kill is dropped so
        the next append starts on a fresh line."""
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            with open(self.path, "r+b") as f:
                f.truncate(end)
        keys = set()
        for number, line in enumerate(data[:end].splitlines(), start=1):
            if line.strip():
                try:
                    keys.add(json.loads(line)["key"])
                except (ValueError, KeyError, TypeError):  # UnicodeDecodeError is a ValueError
                    raise ResumeError(f"{self.path}: line {number} is not a result (the file is damaged); "
                                      "run without --resume to assess the stock again") from None
        return keys

    def add(self, result: dict) -> None:
        """Write the task's project file, then its line (so a line on disk
        means the project file is there too)."""
        self.add_many([result])

    def add_many(self, results: list[dict]) -> None:
        """Write a batch of task results: every project file (each whole on
        disk before its name appears), then the lines, with one flush and
        one sync of the results file for the batch -- syncing per task
        costs milliseconds each and bounded the rate of a run."""
        folders = set()
        for result in results:
            text = result.pop("project_text", None)
            if text is not None:
                path = self.folder / result["records"][0]["project_file"]
                if path.parent not in self._folders:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    self._folders.add(path.parent)
                _write_whole(path, text.encode("utf-8"))
                folders.add(path.parent)
        for folder in folders:
            fsync_folder(folder)
        self._file.write(b"".join(json.dumps(r, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"
                                  for r in results))
        self._file.flush()
        os.fsync(self._file.fileno())
        self.done.update(r["key"] for r in results)

    def close(self):
        self._file.close()


#: Suffix of a project file being written (the parent alone writes the folder).
_PARTIAL = ".partial"


def _run_id(run_file: Path):
    """The run id a previous run recorded (None: no record)."""
    if not run_file.exists():
        return None
    try:
        return json.loads(run_file.read_text("utf-8"))["run_id"]
    except (ValueError, KeyError, TypeError):
        raise ResumeError(f"{run_file}: not the record of a run (the file is damaged); "
                          "run without --resume to assess the stock again") from None


def _write_whole(path: Path, data: bytes) -> None:
    """``data`` to ``path``, synced, under a temporary name renamed into
    place: a kill leaves the old file or the new one, never half of one.
    (calc.atomic.write_atomic does more -- backups, permissions, stale
    temporaries of other writers found by listing the folder -- which for
    thousands of project files in one folder made each write slower than
    the last.)"""
    tmp = path.with_name(path.name + _PARTIAL)
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# A line's first row number: the line is json.dumps of {"key": ..., "rows":
# [...], ...}, and within the key's JSON string every quote is escaped, so
# the first unescaped '"rows": [' is the field's.
_FIRST_ROW = re.compile(rb'"rows": \[(\d+)')


def _first_row(line: bytes) -> int:
    m = _FIRST_ROW.search(line)
    return int(m.group(1)) if m else json.loads(line)["rows"][0]


def read_results(folder):
    """Every task result of ``folder``'s results file, ordered by the first
    row of each task (the stock file's order) -- read twice: once for an
    index of line offsets (each line's row number found without parsing
    the line), once line by line, so memory stays small."""
    path = Path(folder) / RESULTS
    index = []
    with open(path, "rb") as f:
        offset = 0
        for line in f:
            if line.strip():
                index.append((_first_row(line), offset))
            offset += len(line)
        index.sort()
        for _, offset in index:
            f.seek(offset)
            yield json.loads(f.readline())

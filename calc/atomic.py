"""Atomic file writes: a broken write never destroys the last good file."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder
    (written, flushed, fsynced, then renamed over the target), so a crash or
    a full disk leaves either the old file or the new one, never half of
    one. With ``backup`` the previous file is kept as ``<name>.bak``. The
    file gets ordinary permissions (``mkstemp`` would leave it private).

    Raises ``OSError`` (the temporary file is removed) or whatever interrupts
    the write (e.g. ``KeyboardInterrupt``), after removing the temporary file.
    """
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        if backup and p.exists():
            shutil.copy2(p, p.with_name(p.name + ".bak"))
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return p

"""Atomic file writes: a broken write never destroys the last good file,
nor its backup.

Every file is written as a temporary file in the target's folder (written,
flushed, fsynced) and renamed over its target, so a reader, a crash or a
full disk sees the old file or the new one, never half of one. Temporary
names carry the writer's process id: a later save removes those whose
writer is gone (a killed program cannot clean up after itself).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from pathlib import Path

# File names longer than this many bytes are refused by the usual file
# systems (ext4, NTFS, APFS: 255).
NAME_MAX = 255
# Bytes of the target's name kept in the name of a temporary file, so that
# a long target name still leaves room for the rest.
_TMP_STEM_BYTES = 64
_TMP_RE = re.compile(r"^\.(?P<stem>.*)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$", re.DOTALL)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _clip(name: str, max_bytes: int) -> str:
    """``name`` cut to at most ``max_bytes`` of UTF-8 (never inside a character)."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= max_bytes:
        return name
    return raw[:max_bytes].decode("utf-8", "ignore")


def backup_path(path: str | os.PathLike) -> Path:
    """``<name>.bak`` beside ``path``; a name too long for that loses its end."""
    p = Path(path)
    return p.with_name(_clip(p.name, NAME_MAX - len(".bak")) + ".bak")


def _tmp_name(target: Path) -> Path:
    stem = _clip(target.name, _TMP_STEM_BYTES)
    return target.with_name(f".{stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its files alone
    return True


def remove_stale_temporaries(target: Path) -> int:
    """Remove temporary files of ``target`` left by writers that no longer
    run. Returns how many were removed."""
    stem = _clip(target.name, _TMP_STEM_BYTES)
    removed = 0
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m or m["stem"] != stem or _alive(int(m["pid"])):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (where the system can)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; its renames are durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_temporary(target: Path, data: bytes, mode: int) -> Path:
    tmp = _tmp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _copy_temporary(source: Path, target: Path, mode: int) -> Path:
    """A complete, fsynced copy of ``source`` under a temporary name beside
    ``target``: a hard link where the file system has them (no data to
    write, so a full disk cannot truncate it), else a byte copy."""
    tmp = _tmp_name(target)
    try:
        os.link(source, tmp)
        return tmp
    except OSError:
        pass
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh, open(source, "rb") as src:
            shutil.copyfileobj(src, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_atomic(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically.

    * A symbolic link is followed: the file it points to is replaced and
      the link stays.
    * An existing file keeps its permissions; a new one gets the ordinary
      ones (0666 less the umask). A read-only file is not overwritten.
    * With ``backup`` the previous file is first kept as ``<name>.bak``
      (:func:`backup_path`), itself replaced atomically, so the backup too
      is always a whole file; if the backup cannot be made, nothing changes.
    * Temporary files are removed whatever happens, and those left by a
      killed earlier writer are removed on the next write.

    Returns the path given. Raises ``OSError`` (with nothing changed on
    disk) or whatever interrupts the write (e.g. ``KeyboardInterrupt``),
    after removing its temporary files.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    if not str(target.parent):
        target = Path(".") / target
    if len(target.name.encode("utf-8", "surrogateescape")) > NAME_MAX:
        raise OSError(36, f"file name longer than {NAME_MAX} bytes", str(given))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not os.access(target, os.W_OK):
        raise PermissionError(13, "the file is read-only", str(given))
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    remove_stale_temporaries(target)
    tmp = _write_temporary(target, data, mode)
    tmp_bak = None
    try:
        if backup and st is not None:
            tmp_bak = _copy_temporary(target, target, mode)
            os.replace(tmp_bak, backup_path(target))
            tmp_bak = None
        os.replace(tmp, target)
        tmp = None
        fsync_folder(target.parent)
    finally:
        for leftover in (tmp, tmp_bak):
            if leftover is not None:
                _unlink(leftover)
    return given

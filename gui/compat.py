"""Work-around for a reference-counting fault of the PySide6 6.12 binding
on Python < 3.12.

PySide6 6.12 treats ``None``, ``True`` and ``False`` as immortal objects
(as they are from Python 3.12 on) and skips reference increments when it
hands them to Python: every ``processEvents()`` call and every signal
emitted from Python releases one reference that was never taken. On Python
3.11, after a few hundred signals the interpreter aborts with
"Fatal Python error: bool_dealloc / none_dealloc". Making those singletons
effectively immortal (a reference count far beyond what a session can
consume) is what Python 3.12 does itself; it is applied only where needed.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_applied = False


def _needed() -> bool:
    if sys.version_info >= (3, 12):
        return False
    try:
        import PySide6
    except ImportError:
        return False
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    return (major, minor) >= (6, 12)


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True, False, the empty tuple and
    the small integers (once). Returns True if applied."""
    global _applied
    if _applied or not _needed():
        return _applied
    for obj in (None, True, False, (), "", *range(-5, 257)):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
    return True


make_singletons_immortal()

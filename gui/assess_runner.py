"""Runs ``calc.assess.assess`` off the UI thread, debounced after edits.

Only the newest request matters: each run carries a generation number and
results of an older generation are dropped. One run at a time; an edit
made during a run starts another when it ends.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

DEBOUNCE_MS = 60


def _assess(project, folder=None):
    from calc.assess import assess  # imported on the worker: the engine may be heavy
    from calc.uncertainty import DEFAULT_SAMPLES

    return assess(project, uncertainty=DEFAULT_SAMPLES, folder=folder)


def _compare(project, assessment):
    """The variants side by side (None without variants)."""
    if not getattr(project, "variants", ()):
        return None
    from calc.variants import compare

    return compare(project, package_assessment=assessment)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


def _job(generation: int, project, signals: _Signals, function, comparison=_compare):
    """Body of one calculation on a pool thread; reports through ``signals``."""
    try:
        result = function(project)
        result = (result, comparison(project, result))
    except Exception as e:  # noqa: BLE001 - every failure is shown to the user
        message = str(e) or type(e).__name__
        if isinstance(e, ImportError):
            message = "calculation engine not available: " + message
        traceback.print_exc()
        _report(signals.failed, generation, message)
        return
    _report(signals.done, generation, result)


def _report(signal, generation, payload):
    """Emit a job's outcome; a runner deleted meanwhile (its window closed
    during a long calculation) has nobody left to tell."""
    try:
        signal.emit(generation, payload)
    except RuntimeError:
        pass


class AssessRunner(QObject):
    """Signals
    -------
    started()           a calculation began
    finished(object)    the Assessment of the newest project
    failed(str)         the calculation of the newest project failed
    """

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None, function=_assess, pool: QThreadPool | None = None, enabled: bool = True):
        super().__init__(parent)
        self.enabled = enabled
        self._function = function
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._pending = None
        self._generation = 0
        self._running = False
        self.assessment = None
        self.assessed_project = None
        self.comparison = None  # calc.variants.VariantComparison of assessed_project, or None
        self.error = ""
        # Folder of the project file (None: unsaved): a relative weather file
        # is read from there, as `main.py assess` does.
        self.folder_of = lambda: None

    def is_busy(self) -> bool:
        return self._running or self._timer.isActive()

    def request(self, project, immediate: bool = False):
        """Assess ``project`` after the debounce delay (or now)."""
        if not self.enabled:
            return
        self._pending = project
        self._generation += 1
        if immediate:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    @Slot()
    def _start(self):
        if self._running or self._pending is None:
            return
        project, self._pending = self._pending, None
        self._running = True
        self.started.emit()
        self._running_project = project
        generation, signals, function = self._generation, self._signals, self._function
        if function is _assess:
            folder = self.folder_of()
            function = lambda p: _assess(p, folder)  # noqa: E731 - the folder as of this request
        self._pool.start(lambda: _job(generation, project, signals, function))

    def _next(self):
        self._running = False
        if self._pending is not None:
            self._start()

    @Slot(int, object)
    def _on_done(self, generation, result):
        project = self._running_project
        self._next()
        result, comparison = result
        if generation == self._generation:
            self.assessment = result
            self.comparison = comparison
            self.assessed_project = project
            self.error = ""
            self.finished.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation, message):
        self._next()
        if generation == self._generation:
            self.error = message
            self.failed.emit(message)

    def wait(self, msecs: int = 60000) -> bool:
        return self._pool.waitForDone(msecs)

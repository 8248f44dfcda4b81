"""Languages of the user interface: Qt translators, switched at run time.

Translations live in ``gui/i18n/retrofit_<lang>.ts`` (source, edited with
Qt Linguist) and ``.qm`` (compiled with ``pyside6-lrelease``). English is
the source language; Simplified Chinese is the default where the system
locale is Chinese.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("zh", "en")

_installed: list[QTranslator] = []
_language = ["en"]


def default_language() -> str:
    """``"zh"`` where the system locale is Chinese, else ``"en"``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> str:
    """Replace the application's translators with those for ``language``
    (``"zh"`` or ``"en"``). Returns the language installed."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    _language[0] = language
    if language == "zh":
        t = QTranslator(app)
        if t.load(str(I18N_DIR / "retrofit_zh_CN.qm")):
            app.installTranslator(t)
            _installed.append(t)
        qt = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def current_language() -> str:
    """The language last installed ("zh" or "en")."""
    return _language[0]


def lookup(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (for strings held in tables; literal
    strings in code call ``QCoreApplication.translate`` so lupdate finds them)."""
    return QCoreApplication.translate(context, text)

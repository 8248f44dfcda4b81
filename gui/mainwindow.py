"""The main window: owns the document, the navigation between pages, the
file commands, undo/redo, languages, autosave and the assessment runner."""

from __future__ import annotations

import datetime
import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QLabel, QListWidget, QMainWindow, QMessageBox, QProgressBar,
    QSplitter, QStackedWidget, QWidget,
)

from calc import projectfile
from calc.projectfile import ProjectFileError

from . import i18n, settings
from .assess_runner import AssessRunner
from .document import Document
from .editors import FieldEditor, error_notifier


class UndoKeysFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the window's undo and redo actions
    whatever widget has focus: a line edit (or a spin box's) would otherwise
    claim the keys for its own text undo, and the project's undo would only
    work from the menu."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and isinstance(obj, QWidget) and obj.window() is self.window_:
            combo = event.keyCombination()
            if any(combo == key[0] for seq in (QKeySequence.Undo, QKeySequence.Redo)
                   for key in QKeySequence.keyBindings(seq) if key.count()):
                event.ignore()
                return True
        return False



class MainWindow(QMainWindow):
    buildingChanged = Signal(int)

    PAGE_KEYS = ("project", "buildings", "envelope", "supply", "equipment", "measures", "results", "report")
    PAGE_KEYS += ("meters",)

    def __init__(self, project, path: str | None = None, language: str = "en", runner: AssessRunner | None = None):
        super().__init__()
        self.language = language
        self.document = Document(project, path, self)
        self.current_building = 0
        self.runner = runner or AssessRunner(self)
        self.runner.setParent(self)
        self.runner.folder_of = lambda: os.path.dirname(os.path.abspath(self.document.path)) if self.document.path else None
        self.pages = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(230)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.setCentralWidget(splitter)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)

        self._make_actions()
        self._build_pages()
        self._retranslate_actions()

        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self.document.projectChanged.connect(self._project_changed)
        self.runner.started.connect(self._calc_started)
        self.runner.finished.connect(self._calc_finished)
        self.runner.failed.connect(self._calc_failed)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(settings.autosave_seconds() * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        error_notifier.changed.connect(self._update_status)
        self._undo_keys = UndoKeysFilter(self)
        QApplication.instance().installEventFilter(self._undo_keys)

        self.resize(QSize(1280, 740))
        self.restore_geometry()
        self._update_title()
        self.runner.request(self.document.project, immediate=True)

    # ------------------------------------------------------------------ pages
    def _build_pages(self):
        from .pages.buildings_page import BuildingsPage
        from .pages.envelope_page import EnvelopePage
        from .pages.equipment_page import EquipmentPage
        from .pages.measures_page import MeasuresPage
        from .pages.project_page import ProjectPage
        from .pages.report_page import ReportPage
        from .pages.results_page import ResultsPage
        from .pages.supply_page import SupplyPage

        classes = (ProjectPage, BuildingsPage, EnvelopePage, SupplyPage, EquipmentPage, MeasuresPage,
                   ResultsPage, ReportPage)
        titles = (QCoreApplication.translate("MainWindow", "Project"), QCoreApplication.translate("MainWindow", "Buildings"), QCoreApplication.translate("MainWindow", "Envelope"), QCoreApplication.translate("MainWindow", "Heating supply"), QCoreApplication.translate("MainWindow", "Equipment"),
                  QCoreApplication.translate("MainWindow", "Measures"), QCoreApplication.translate("MainWindow", "Results"), QCoreApplication.translate("MainWindow", "Report"))
        from .pages.meters_page import MetersPage

        classes += (MetersPage,)
        titles += (QCoreApplication.translate("MainWindow", "Meters and savings"),)
        index = max(0, self.stack.currentIndex())
        for page in list(self.pages.values()):
            if hasattr(page, "cleanup"):
                page.cleanup()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.nav.blockSignals(True)
        self.nav.clear()
        for key, cls, title in zip(self.PAGE_KEYS, classes, titles):
            page = cls(self)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(title)
        self.nav.blockSignals(False)
        self.show_page(self.PAGE_KEYS[index])

    def show_page(self, key: str):
        i = self.PAGE_KEYS.index(key)
        self.nav.setCurrentRow(i)
        self.stack.setCurrentIndex(i)

    def set_current_building(self, index: int):
        index = max(0, min(index, len(self.document.project.buildings) - 1))
        if index != self.current_building:
            self.current_building = index
            self.buildingChanged.emit(index)

    # ---------------------------------------------------------------- actions
    def _make_actions(self):
        stack = self.document.undo_stack
        self.act_new = QAction(self, shortcut=QKeySequence.New, triggered=self.new_project)
        self.act_open = QAction(self, shortcut=QKeySequence.Open, triggered=lambda: self.open_file())
        self.act_open_stock = QAction(self, triggered=lambda: self.open_stock())
        self.act_save = QAction(self, shortcut=QKeySequence.Save, triggered=self.save)
        self.act_save_as = QAction(self, shortcut=QKeySequence.SaveAs, triggered=lambda: self.save_as())
        self.act_export_pdf = QAction(self, triggered=lambda: self.pages["report"].export())
        self.act_print = QAction(self, shortcut=QKeySequence.Print, triggered=self.print_report)
        self.act_export_json = QAction(self, triggered=lambda: self.export_results("json"))
        self.act_export_xlsx = QAction(self, triggered=lambda: self.export_results("xlsx"))
        self.act_export_csv = QAction(self, triggered=lambda: self.export_results("csv"))
        self.act_quit = QAction(self, shortcut=QKeySequence.Quit, triggered=self.close)
        self.act_undo = stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = stack.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.Redo)
        self.act_recalc = QAction(self, shortcut=QKeySequence("F5"),
                                  triggered=lambda: self.runner.request(self.document.project, immediate=True))
        from . import help as help_

        self.act_manual = QAction(self, triggered=lambda: help_.ManualDialog(self, self.language).exec())
        self.act_field_help = QAction(self, shortcut=QKeySequence.HelpContents,
                                      triggered=lambda: help_.show_field_help(self))
        self.act_about = QAction(self, triggered=lambda: help_.show_about(self))
        self.lang_group = QActionGroup(self)
        self.act_zh = QAction("中文", self, checkable=True, triggered=lambda: self.set_language("zh"))
        self.act_en = QAction("English", self, checkable=True, triggered=lambda: self.set_language("en"))
        for a in (self.act_zh, self.act_en):
            self.lang_group.addAction(a)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.addAction(self.act_zh)
        self.lang_menu.addAction(self.act_en)
        self.file_menu.clear()
        for a in (self.act_new, self.act_open, self.act_open_stock):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_save)
        self.file_menu.addAction(self.act_save_as)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export_pdf)
        self.export_menu = self.file_menu.addMenu("")
        for a in (self.act_export_json, self.act_export_xlsx, self.act_export_csv):
            self.export_menu.addAction(a)
        self.file_menu.addAction(self.act_print)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.view_menu.addAction(self.act_recalc)
        self.help_menu = bar.addMenu("")
        for a in (self.act_manual, self.act_field_help, self.act_about):
            self.help_menu.addAction(a)

    def _retranslate_actions(self):
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.lang_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.act_new.setText(QCoreApplication.translate("MainWindow", "&New from archetype…"))
        self.act_open.setText(QCoreApplication.translate("MainWindow", "&Open…"))
        self.act_open_stock.setText(QCoreApplication.translate("MainWindow", "Open building &stock results…"))
        self.act_save.setText(QCoreApplication.translate("MainWindow", "&Save"))
        self.act_save_as.setText(QCoreApplication.translate("MainWindow", "Save &As…"))
        self.act_export_pdf.setText(QCoreApplication.translate("MainWindow", "&Export PDF…"))
        self.act_print.setText(QCoreApplication.translate("MainWindow", "&Print…"))
        self.export_menu.setTitle(QCoreApplication.translate("MainWindow", "Export &results"))
        self.act_export_json.setText(QCoreApplication.translate("MainWindow", "Results &JSON…"))
        self.act_export_xlsx.setText(QCoreApplication.translate("MainWindow", "Tables as &XLSX…"))
        self.act_export_csv.setText(QCoreApplication.translate("MainWindow", "Tables as &CSV…"))
        self.act_quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.act_recalc.setText(QCoreApplication.translate("MainWindow", "&Recalculate"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_manual.setText(QCoreApplication.translate("MainWindow", "User &manual"))
        self.act_field_help.setText(QCoreApplication.translate("MainWindow", "Help on this &field"))
        self.act_about.setText(QCoreApplication.translate("MainWindow", "&About"))
        self.act_zh.setChecked(self.language == "zh")
        self.act_en.setChecked(self.language == "en")
        self._update_status()

    def _fill_recent(self):
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            a = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)"))
            a.setEnabled(False)
        for path in files:
            self.recent_menu.addAction(path, lambda p=path: self.open_file(p))

    def set_language(self, language: str):
        """Switch the interface language at run time (pages are rebuilt)."""
        self.language = i18n.install(language)
        settings.set_language(self.language)
        self._retranslate_actions()
        self._build_pages()
        self._update_title()

    # ------------------------------------------------------------------ title
    def _update_title(self, *_):
        path = self.document.path
        name = os.path.basename(path) if path else QCoreApplication.translate("MainWindow", "Untitled")
        program = QCoreApplication.translate("MainWindow", "Building Retrofit Calculator")
        self.setWindowTitle(f"{name}[*] — {program}")
        self.setWindowModified(self.document.is_modified())

    # ------------------------------------------------------------ calculation
    def _project_changed(self, project):
        if self.current_building >= len(project.buildings):
            self.set_current_building(len(project.buildings) - 1)
        self.runner.request(project)
        self._update_status()

    def _calc_started(self):
        self.progress.show()
        self._update_status()

    def _calc_finished(self, _assessment):
        if not self.runner.is_busy():
            self.progress.hide()
        self._update_status()

    def _calc_failed(self, _message):
        if not self.runner.is_busy():
            self.progress.hide()
        self._update_status()

    def invalid_fields(self) -> list:
        """Editors and table cells whose typed text was refused (the project
        keeps the previous value there)."""
        from .tables import ChildrenTable

        fields = [e for e in self.findChildren(FieldEditor) if e.has_error()]
        for t in self.findChildren(ChildrenTable):
            fields += [(t, cell) for cell in t._bad_cells]
        return fields

    def _update_status(self, *_):
        invalid = len(self.invalid_fields()) if hasattr(self, "pages") else 0
        self._show_status()
        if invalid:
            text = (QCoreApplication.translate("MainWindow", "1 field invalid") if invalid == 1 else
                    QCoreApplication.translate("MainWindow", "{0} fields invalid").format(invalid))
            self.status.setText(text + " — " + self.status.text() if self.status.text() else text)

    def _show_status(self):
        if self.runner.is_busy():
            self.status.setText(QCoreApplication.translate("MainWindow", "Calculating…"))
        elif self.runner.error:
            self.status.setText(QCoreApplication.translate("MainWindow", "Calculation failed; results shown are stale: {0}").format(self.runner.error))
        elif self.runner.assessment is not None:
            self.status.setText(QCoreApplication.translate("MainWindow", "Results up to date"))
        else:
            self.status.setText("")

    # ------------------------------------------------------------------ files
    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes. False = the user cancelled."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate("MainWindow", "The project has unsaved changes. Save them?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_project(self):
        from .archetype_dialog import ArchetypeDialog

        if not self.maybe_save():
            return
        dialog = ArchetypeDialog(self, self.document.project.site.city)
        if dialog.exec() and dialog.project is not None:
            from calc.schema import set_path

            today = datetime.date.today().isoformat()
            self.load_project(set_path(dialog.project, "meta.date", today), None)

    def load_project(self, project, path: str | None):
        self.current_building = 0
        self.document.replace(project, path)
        self.buildingChanged.emit(0)
        settings.clear_recovery()

    def open_file(self, path: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("MainWindow", "Open project"), os.path.dirname(self.document.path or ""),
                QCoreApplication.translate("MainWindow", "Project files (*.json);;All files (*)"))
            if not path:
                return False
        try:
            project = projectfile.load(path)
        except ProjectFileError as e:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot open the project"), str(e))
            return False
        self.load_project(project, path)
        settings.add_recent(path)
        return True

    def confirm_invalid_fields(self) -> bool:
        """Saving writes the last valid values, not the refused text on
        screen: say so and let the user choose. True = go on and save."""
        n = len(self.invalid_fields())
        if n == 0:
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Invalid fields"),
            (QCoreApplication.translate(
                "MainWindow", "1 field is invalid — save anyway? The file keeps its last valid value.")
             if n == 1 else QCoreApplication.translate(
                "MainWindow", "{0} fields are invalid — save anyway? The file keeps their last valid values.").format(n)),
            QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Save

    def export_results(self, kind: str, path: str | None = None):
        """Write the current results as JSON, XLSX or CSV files; refused
        (with the reason) when the results are not the current project's."""
        from . import export

        reason = self.pages["report"].stale_reason()
        if reason:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot export the results"), reason)
            return None
        if path is None:
            filters = {"json": QCoreApplication.translate("MainWindow", "JSON files (*.json)"),
                       "xlsx": QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
                       "csv": QCoreApplication.translate("MainWindow", "CSV files (*.csv)")}
            stem = os.path.splitext(self.document.path or "results")[0]
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("MainWindow", "Export results"), f"{stem}-results.{kind}", filters[kind])
            if not path:
                return None
        runner = self.runner
        try:
            if kind == "json":
                with open(path, "w", encoding="utf-8") as f:
                    f.write(export.results_json(runner.assessment))
                written = [path]
            else:
                tables = export.result_tables(runner.assessment, runner.assessed_project, runner.comparison)
                written = [export.write_xlsx(tables, path)] if kind == "xlsx" else export.write_csv(tables, path)
        except OSError as e:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot export the results"),
                                f"{path}: {e.strerror or e}")
            return None
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Results written to {0}").format(
            ", ".join(map(str, written))), 6000)
        return written

    def print_report(self):
        """File ▸ Print: print the report of the current results (built first
        when the preview is not current)."""
        page = self.pages["report"]
        self.show_page("report")
        if page.has_current_pdf():
            return page.print_()
        page.print_when_built = True
        if not page.build(None):
            page.print_when_built = False
            return False
        return True

    def open_stock(self, folder: str | None = None):
        """The results of ``main.py portfolio`` in a window of their own; a
        double-clicked building opens here."""
        from .stock import StockWindow

        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("MainWindow", "Open the output folder of a stock run"))
            if not folder:
                return None
        try:
            win = StockWindow(folder, self)
        except (OSError, ValueError, KeyError) as e:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot open the stock results"),
                                QCoreApplication.translate("MainWindow", "{folder} holds no stock results: {error}")
                                .format(folder=folder, error=e))
            return None
        win.openProject.connect(self.open_file)
        win.show()
        return win

    def save(self) -> bool:
        if not self.confirm_invalid_fields():
            return False
        if not self.document.path:
            return self.save_as(confirmed=True)
        return self._write(self.document.path)

    def save_as(self, *, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_invalid_fields():
            return False
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save project as"), self.document.path or "project.json",
            QCoreApplication.translate("MainWindow", "Project files (*.json)"))
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            projectfile.save(self.document.project, path)
        except ProjectFileError as e:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot save the project"), str(e))
            return False
        if path != self.document.path:
            self.document.set_path(path)
        self.document.mark_saved()
        settings.add_recent(path)
        settings.clear_recovery()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved {0}").format(path), 4000)
        return True

    def autosave(self):
        """Write the recovery copy when there are unsaved changes."""
        if self.document.is_modified():
            try:
                settings.write_recovery(projectfile.dumps(self.document.project), self.document.path)
            except OSError as e:
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Autosave failed: {0}").format(e), 4000)

    def offer_recovery(self) -> bool:
        """At start: offer the autosaved copy left by a session that did
        not close normally. True if it was restored."""
        found = settings.read_recovery()
        if found is None:
            return False
        text, original = found
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Recover unsaved work"),
            QCoreApplication.translate("MainWindow", "The program did not close normally. Restore the unsaved changes of {0}?").format(
                original or QCoreApplication.translate("MainWindow", "Untitled")),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            settings.clear_recovery()
            return False
        try:
            project = projectfile.loads(text, original or "recovery")
        except ProjectFileError as e:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot recover"), str(e))
            settings.clear_recovery()
            return False
        self.current_building = 0
        self.document.replace(project, original or None)
        # restored work is unsaved: make it one undoable step from the file's state
        self.document.undo_stack.resetClean()
        self.buildingChanged.emit(0)
        self._update_title()
        return True

    def restore_geometry(self):
        saved = settings.settings().value("window/geometry")
        if saved:
            self.restoreGeometry(saved)

    def closeEvent(self, event):
        if self.maybe_save():
            settings.clear_recovery()
            s = settings.settings()
            s.setValue("window/geometry", self.saveGeometry())
            s.sync()
            self.pages["report"].cleanup()
            QApplication.instance().removeEventFilter(self._undo_keys)
            self.runner.wait(30000)
            event.accept()
        else:
            event.ignore()

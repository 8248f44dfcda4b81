"""Defects that lose data or mislead, driven through the real widgets:
printing, saving with refused fields, undo from the keyboard with a field
focused, and a report never built from results of another project state."""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from calc import projectfile
from calc.units import Q_

from .conftest import make_window


def _type(qtbot, editor, text):
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, text)
    qtbot.keyClick(editor.input, Qt.Key_Return)


def _storey_height(window):
    window.show_page("buildings")
    return window.pages["buildings"].geometry_form.editors["storey_height"]


def _wait_results(qtbot, w):
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)


def _wait_report(qtbot, page):
    qtbot.waitUntil(lambda: not page._busy, timeout=120000)


@pytest.fixture
def pdf_print_dialog(monkeypatch, tmp_path):
    """The print dialog 'accepted' with a PDF printer chosen."""
    target = tmp_path / "printed.pdf"
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        dialog.printer().setOutputFormat(QPrinter.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return target, shown


# ------------------------------------------------------------------ print
def test_print_button_opens_the_dialog_and_prints(qtbot, pdf_print_dialog, tmp_path):
    target, shown = pdf_print_dialog
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    w.show_page("report")
    assert page.build(None)
    _wait_report(qtbot, page)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.LeftButton)
    assert len(shown) == 1
    assert target.stat().st_size > 1000


def test_file_menu_print_builds_then_prints(qtbot, pdf_print_dialog):
    target, shown = pdf_print_dialog
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    assert w.act_print in w.file_menu.actions() and w.act_export_pdf in w.file_menu.actions()
    w.act_print.trigger()
    _wait_report(qtbot, w.pages["report"])
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    assert len(shown) == 1 and target.stat().st_size > 1000


# ------------------------------------------------------------------- save
def test_save_with_invalid_fields_asks_and_counts(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "p.json"
    window.document.set_path(str(path))
    ed = _storey_height(window)
    _type(qtbot, ed, "25")  # refused: the model keeps the previous height
    assert ed.has_error()
    assert "1 field invalid" in window.status.text()

    asked = []

    def answer(reply):
        def question(parent, title, text, *a, **k):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Cancel))
    assert not window.save()
    assert not path.exists()
    assert "1 field is invalid — save anyway?" in asked[-1]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Save))
    assert window.save()
    assert path.exists()

    ed.revert()
    assert "invalid" not in window.status.text()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Cancel))
    n = len(asked)
    assert window.save()  # nothing invalid: no question
    assert len(asked) == n


def test_two_invalid_fields_are_counted(qtbot, window):
    form = window.pages["buildings"].geometry_form
    window.show_page("buildings")
    _type(qtbot, form.editors["storey_height"], "25")
    _type(qtbot, form.editors["storey_height"], "25")
    other = next(e for n, e in form.editors.items() if n != "storey_height" and hasattr(e, "parse"))
    _type(qtbot, other, "not a number")
    assert len(window.invalid_fields()) == 2
    assert "2 fields invalid" in window.status.text()


# ------------------------------------------------------------------- undo
def test_ctrl_z_and_ctrl_y_with_a_line_edit_focused(qtbot, window):
    ed = _storey_height(window)
    before = window.document.project.buildings[0].geometry.storey_height
    _type(qtbot, ed, "3.3")
    assert window.document.project.buildings[0].geometry.storey_height == Q_(3.3, "m")
    assert ed.input.hasFocus()
    qtbot.keyClick(ed.input, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.project.buildings[0].geometry.storey_height == before
    assert ed.input.text() != "3.3"
    qtbot.keyClick(ed.input, Qt.Key_Y, Qt.ControlModifier)
    assert window.document.project.buildings[0].geometry.storey_height == Q_(3.3, "m")
    qtbot.keyClick(ed.input, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # no-op redo at the top
    assert window.document.project.buildings[0].geometry.storey_height == Q_(3.3, "m")


def test_ctrl_z_with_a_count_field_focused(qtbot, window):
    window.show_page("buildings")
    spin = window.pages["buildings"].geometry_form.editors["storeys"]
    before = window.document.project.buildings[0].geometry.storeys
    spin.input.setFocus()
    qtbot.keyClick(spin.input, Qt.Key_Up)
    assert window.document.project.buildings[0].geometry.storeys == before + 1
    qtbot.keyClick(spin.input, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.project.buildings[0].geometry.storeys == before


# ------------------------------------------------------------------ stale
def test_report_refused_after_an_edit_until_recalculated(qtbot):
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    w.runner.enabled = False  # the edit is not assessed: results are stale
    w.document.edit("meta.client", "另一单位")
    assert not page.build(None)
    assert "not those of the current project" in page.status.text()
    w.runner.enabled = True
    w.act_recalc.trigger()
    _wait_results(qtbot, w)
    assert page.build(None)
    _wait_report(qtbot, page)
    assert page.has_current_pdf()


def test_report_refused_after_a_failed_calculation(qtbot):

    def broken(_project):
        raise RuntimeError("engine broke")

    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    w.runner._function = broken
    w.document.edit("meta.client", "另一单位")
    qtbot.waitUntil(lambda: bool(w.runner.error) and not w.runner.is_busy(), timeout=20000)
    page = w.pages["report"]
    assert not page.build(None)
    assert "engine broke" in page.status.text()


def test_preview_withdrawn_on_edit_and_on_open(qtbot, tmp_path):
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    assert page.build(None)
    _wait_report(qtbot, page)
    temp = page._temp_path
    assert os.path.exists(temp) and page.has_current_pdf()
    w.runner.enabled = False
    w.document.edit("meta.client", "另一单位")
    assert not page.has_current_pdf() and not page.print_button.isEnabled()
    assert page.pdf.pageCount() == 0
    assert not os.path.exists(temp), "the withdrawn preview's temporary file is deleted"
    # a file opened while the calculation is off: old results are not its own
    other = tmp_path / "other.json"
    projectfile.save(w.document.project, other)
    w.open_file(str(other))
    assert not page.build(None)


def test_edit_while_building_is_not_shown(qtbot):
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    w.runner.enabled = False
    assert page.build(None)
    w.document.edit("meta.client", "另一单位")
    _wait_report(qtbot, page)
    assert not page.has_current_pdf()
    assert "changed while the report was built" in page.status.text()


def test_preview_temp_files_do_not_pile_up(qtbot):
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    before = {f for f in os.listdir(tempfile.gettempdir()) if f.startswith("retrofit-report-")}
    for _ in range(2):
        assert page.build(None)
        _wait_report(qtbot, page)
    after = {f for f in os.listdir(tempfile.gettempdir()) if f.startswith("retrofit-report-")}
    assert len(after - before) == 1
    w.close()
    left = {f for f in os.listdir(tempfile.gettempdir()) if f.startswith("retrofit-report-")}
    assert not (left - before)


def test_preview_zoom_and_page_controls(qtbot):
    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    assert not page.zoom_in_button.isEnabled()
    assert page.build(None)
    _wait_report(qtbot, page)
    assert page.page_spin.maximum() == page.pdf.pageCount() > 1
    assert page.page_count_label.text() == f"of {page.pdf.pageCount()}"
    qtbot.mouseClick(page.zoom_in_button, Qt.LeftButton)
    assert page.view.zoomFactor() == pytest.approx(1.25)
    page.page_spin.setValue(2)
    assert page.view.pageNavigator().currentPage() == 1


def test_report_without_the_inputs_appendix(qtbot, tmp_path):
    import pypdf

    w = make_window(qtbot, assess=True)
    _wait_results(qtbot, w)
    page = w.pages["report"]
    page.appendix_box.setChecked(False)
    assert page.build(str(tmp_path / "short.pdf"))
    _wait_report(qtbot, page)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "short.pdf")).pages)
    assert "附录：全部输入参数" not in text and "Appendix: all inputs" not in text

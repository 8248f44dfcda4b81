"""The report page builds the real PDF, shows it with QtPdf and prints it."""

from PySide6.QtPrintSupport import QPrinter

from .conftest import make_window



def test_preview_and_print(qtbot, tmp_path):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    page = w.pages["report"]
    w.show_page("report")
    assert page.build(str(tmp_path / "r.pdf"))
    qtbot.waitUntil(lambda: not page._busy, timeout=120000)
    assert page.pdf.pageCount() > 1
    image = page.pdf.render(0, page.pdf.pagePointSize(0).toSize())
    assert not image.isNull() and image.width() > 100
    assert str(tmp_path / "r.pdf") in page.status.text()

    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFromTo(1, 2)
    assert page.print_(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
